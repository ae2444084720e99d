"""Search documents for engine tests, complete with harmless defaults (the fields of `search.documents`)."""


def doc(doc_id, **fields):
    """A complete search document with harmless defaults."""
    return {
        "id": doc_id,
        "type": "article",
        "slug": doc_id,
        "title": "Testbeitrag",
        "summary": "",
        "body": "",
        "topics": [],
        "topic_names": [],
        "tags": [],
        "municipality": "",
        "municipality_name": "",
        "municipality_kind": "",
        "state": "",
        "funded": None,
        "lesson_kind": "",
        "phase": "",
        "cause": "",
        "status": "",
        "date": None,
        "year": None,
        "last_reviewed": None,
        "url": f"/{doc_id}/",
        **fields,
    }
