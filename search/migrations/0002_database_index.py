"""The database engine keeps its own index: documents with an integer key, facet values, spelling words and
full text per database (an SQLite FTS5 table, or PostgreSQL tsvector columns with GIN indexes).

The old `SearchDocument` rows (indexed through Wagtail's search backend) are dropped, with their Wagtail index
entries: the index is derived data, rebuilt by `manage.py search_index rebuild` (and by `load_demo`).
"""

from django.db import migrations, models

SQLITE = [
    (
        "CREATE VIRTUAL TABLE search_fulltext USING fts5("
        "title, summary, tags, topics, municipality, body, completion, "
        "tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')",
        "DROP TABLE IF EXISTS search_fulltext",
    ),
    (
        "CREATE TRIGGER search_fulltext_cleanup AFTER DELETE ON search_searchdocument "
        "BEGIN DELETE FROM search_fulltext WHERE rowid = OLD.id; END",
        "DROP TRIGGER IF EXISTS search_fulltext_cleanup",
    ),
]

#: On PostgreSQL the vectors are columns of the document table itself (unknown to the model, which must work on
#: SQLite too), so Django's flush, a TRUNCATE of its own tables, takes them along.
POSTGRESQL = [
    (
        "ALTER TABLE search_searchdocument ADD COLUMN terms tsvector, ADD COLUMN completion tsvector",
        "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS terms, DROP COLUMN IF EXISTS completion",
    ),
    ("CREATE INDEX search_document_terms ON search_searchdocument USING gin (terms)", ""),
    ("CREATE INDEX search_document_completion ON search_searchdocument USING gin (completion)", ""),
]


def _statements(schema_editor):
    vendor = schema_editor.connection.vendor
    if vendor == "sqlite":
        return SQLITE
    if vendor == "postgresql":
        return POSTGRESQL
    raise RuntimeError(f"The database search engine supports SQLite and PostgreSQL, not {vendor}.")


def create_fulltext(apps, schema_editor):
    for forward, _backward in _statements(schema_editor):
        schema_editor.execute(forward)


def drop_fulltext(apps, schema_editor):
    for _forward, backward in reversed(_statements(schema_editor)):
        if backward:
            schema_editor.execute(backward)


def drop_wagtail_index_entries(apps, schema_editor):
    """The old documents were indexed by Wagtail's search backend; their entries go with them."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    IndexEntry = apps.get_model("wagtailsearch", "IndexEntry")
    content_type = ContentType.objects.filter(app_label="search", model="searchdocument").first()
    if content_type is not None:
        IndexEntry.objects.filter(content_type=content_type).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        migrations.RunPython(drop_wagtail_index_entries, migrations.RunPython.noop),
        migrations.DeleteModel(name="SearchDocument"),
        migrations.CreateModel(
            name="SearchDocument",
            fields=[
                ("id", models.BigAutoField(primary_key=True, serialize=False)),
                ("doc_id", models.CharField(max_length=40, unique=True)),
                ("type", models.CharField(max_length=20)),
                ("slug", models.CharField(max_length=255)),
                ("title", models.CharField(max_length=255)),
                ("summary", models.TextField(blank=True)),
                ("body", models.TextField(blank=True)),
                ("date", models.DateField(null=True)),
                ("data", models.JSONField(default=dict)),
            ],
            options={
                "verbose_name": "Suchdokument",
                "verbose_name_plural": "Suchdokumente",
                "indexes": [models.Index(fields=["date"], name="search_doc_date")],
            },
        ),
        migrations.CreateModel(
            name="SearchWord",
            fields=[
                ("word", models.CharField(max_length=100, primary_key=True, serialize=False)),
                ("folded", models.CharField(db_index=True, max_length=100)),
            ],
            options={"verbose_name": "Suchwort", "verbose_name_plural": "Suchwörter"},
        ),
        migrations.CreateModel(
            name="SearchFacetTerm",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("facet", models.CharField(max_length=20)),
                ("key", models.CharField(max_length=255)),
                ("value", models.CharField(max_length=255)),
            ],
            options={
                "verbose_name": "Facettenwert",
                "verbose_name_plural": "Facettenwerte",
                "constraints": [models.UniqueConstraint(fields=("facet", "key"), name="search_facet_term_unique")],
            },
        ),
        migrations.CreateModel(
            name="SearchDocumentFacet",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "document",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=models.deletion.CASCADE,
                        related_name="facets",
                        to="search.searchdocument",
                    ),
                ),
                (
                    "term",
                    models.ForeignKey(
                        db_index=False,
                        on_delete=models.deletion.CASCADE,
                        related_name="documents",
                        to="search.searchfacetterm",
                    ),
                ),
            ],
            options={
                "verbose_name": "Facette eines Dokuments",
                "verbose_name_plural": "Facetten der Dokumente",
                "indexes": [models.Index(fields=["term", "document"], name="search_facet_documents")],
                "constraints": [
                    models.UniqueConstraint(fields=("document", "term"), name="search_document_facet_unique")
                ],
            },
        ),
        migrations.RunPython(create_fulltext, drop_fulltext),
    ]
