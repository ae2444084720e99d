"""Request bodies for Elasticsearch and OpenSearch, built with elasticsearch.dsl, and reading their answers.

Kept apart from the transport (remote.py) so that one piece of DSL code serves both engines: a `Search()`
without a client is only a builder, and its `to_dict()` goes through whichever client the flavour uses.
"""

import re

from elasticsearch.dsl import Q, Search

from search import intent, vocabulary
from search.documents import CONTENT_TYPES
from search.folding import fold_for_search
from search.german import apart, compound_text, meaningful_words, snippet

from .base import FACET_FIELDS, FACETS, SNIPPET_CHARS, Hit, SearchResult
from .suggestions import CANDIDATES, suggestions, tag_limit

#: Fields for free text, with weights: a word in the title says more than one in the body.
#: The parts of compounds count where they stand: in the title as the title (search.german.compound_text).
TEXT_FIELDS = [
    *("title^4", "summary^2", "tags.text^3", "topic_names^2", "municipality_name", "body"),
    *("title_parts^4", "compound_parts"),
]
#: How much a match of a query's compounds written apart counts against a match of the words as typed.
PARTS_BOOST = 0.8
#: How much a match of a term related to the query's (search.vocabulary) counts: so little that a document
#: with the words typed ranks above one with related terms only (the database engine's RELATED_WEIGHT).
RELATED_BOOST = 0.05

#: Up to three words all must match; from four on, three quarters. Unanalysed queries contain stop words
#: ("Probleme bei der Ausschreibung"), which must not make a relevant page fall out because it lacks "bei".
MINIMUM_SHOULD_MATCH = "3<75%"

#: A reader's query is cut to this many characters: longer input is pasted text, not a question, and would
#: exceed the engine's limit on query clauses.
MAX_QUERY_CHARS = 300

#: Facet bucket limits; tags are many, the others are short vocabularies.
FACET_SIZES = {"tag": 100, "municipality": 100}
DEFAULT_FACET_SIZE = 30

_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def clean_text(text):
    """The query as the engine should see it: no control characters, bounded length, trimmed."""
    return _CONTROL.sub(" ", text or "")[:MAX_QUERY_CHARS].strip()


def text_query(text):
    """Relevance: exact words (with synonyms and compounds) first, then phrases, then typos at a discount,
    and last, terms related to the query's (search.vocabulary).

    `cross_fields` treats the fields as one, so every word must appear somewhere, not all in one field.
    Fuzziness is a separate, weaker clause (cross_fields cannot be fuzzy), so exact beats fuzzy.
    Stop words count in none of the word clauses ("Sirenen wieder aufbauen" needs no "wieder"), as in the
    database engine; the phrase clause keeps them, and with them synonyms such as "Internet der Dinge".
    """
    phrase = Q("multi_match", query=text, fields=["title^3", "body"], type="phrase", slop=2, boost=2)
    text = " ".join(meaningful_words(text)) or text
    exact = Q(
        "multi_match",
        query=text,
        fields=TEXT_FIELDS,
        type="cross_fields",
        minimum_should_match=MINIMUM_SHOULD_MATCH,
    )
    fuzzy = Q(
        "multi_match",
        query=text,
        fields=TEXT_FIELDS,
        type="best_fields",
        fuzziness="AUTO:5,8",  # no typos in short words: "iot" must not match "ist"
        prefix_length=1,
        max_expansions=30,
        minimum_should_match=MINIMUM_SHOULD_MATCH,
        boost=0.3,
    )
    # Pages that answer only part of a question ("Gemeinderat überzeugen" → the Gemeinderat lesson) still
    # belong on the list, well below those that match it all.
    partial = Q("multi_match", query=text, fields=TEXT_FIELDS, type="cross_fields", minimum_should_match="1", boost=0.2)
    # The fuzzy clause is asked for every query, not only for words no list knows: it also bridges word
    # forms the stemmer keeps apart („erklären“, „erklärt“), which the judged sets need (docs/search.md).
    should = [exact, phrase, fuzzy, partial]
    pairs = apart(text)
    if pairs:
        # "Mobilfunkausbau" also matches as "Mobilfunk" and "Ausbau" together, a mistyped compound
        # ("Verwaltungsdigitalisirung") as its mended parts (search.compounds): word by word, each word
        # either as typed or all its parts, as many words required as in `exact`, and as `partial` any.
        clauses = [_word_or_parts(word, parts) for word, parts in pairs]
        should.append(Q("bool", should=clauses, minimum_should_match=MINIMUM_SHOULD_MATCH, boost=PARTS_BOOST))
        should.append(Q("bool", should=clauses, minimum_should_match=1, boost=0.2))
    related = vocabulary.vocabulary().related_terms(text)
    if related:
        # "Hitzeschutz" also finds pages on "Klimaanpassung", far below those on "Hitzeschutz": the best
        # related term counts, each with all its words (its equivalents come from the synonym filter).
        terms = [
            Q("multi_match", query=term, fields=TEXT_FIELDS, type="cross_fields", operator="and") for term in related
        ]
        should.append(Q("dis_max", queries=terms, boost=RELATED_BOOST))
    return Q("bool", should=should, minimum_should_match=1)


def _word_or_parts(word, parts):
    """One query word as typed, or all of its parts (if it has any) at PARTS_BOOST."""
    typed = Q("multi_match", query=word, fields=TEXT_FIELDS, type="cross_fields")
    if not parts:
        return typed
    together = Q(
        "multi_match", query=" ".join(parts), fields=TEXT_FIELDS, type="cross_fields", operator="and", boost=PARTS_BOOST
    )
    return Q("bool", should=[typed, together], minimum_should_match=1)


def preference_filter(prefer):
    """The documents of a preferred kind (search.intent): its type, and for lessons its lesson kind."""
    clauses = [Q("term", type=prefer.type)]
    if prefer.lesson_kind:
        clauses.append(Q("term", lesson_kind=prefer.lesson_kind))
    return Q("bool", filter=clauses)


def understood_query(text):
    """The relevance query for what a reader typed, with the kind it names as a boost (search.intent).

    The kind words are left out of the text that must match; a document of that kind scores `KIND_BOOST`
    times as much (a factor rather than an added clause score, so it weighs the same as in the database
    engine, whatever the scale of the text scores). A query naming only a kind also finds its documents.
    """
    understood = intent.parse(text)
    query = text_query(understood.text)
    if understood.prefer is None:
        return query
    preferred = preference_filter(understood.prefer)
    if understood.kind_only:
        query = Q("bool", should=[query, Q("constant_score", filter=preferred, boost=1.0)], minimum_should_match=1)
    return Q(
        "function_score",
        query=query,
        functions=[{"filter": preferred.to_dict(), "weight": intent.KIND_BOOST}],
        boost_mode="multiply",
    )


def document_source(document):
    """What the engine stores of a search document: the document and the parts of its compounds, those
    of the title apart, since a word in the title says more."""
    texts = [document.get("summary"), document.get("body"), *(document.get("tags") or [])]
    return {
        **document,
        "title_parts": compound_text([document.get("title") or ""]),
        "compound_parts": compound_text(text for text in texts if text),
    }


def _clean_values(facet, values):
    """Drop values the field cannot hold, so a hand-edited URL yields no hits rather than an engine error."""
    values = [str(value) for value in values if str(value) != ""]
    if facet == "year":
        return [value for value in values if value.isdigit() and len(value) <= 6]
    if facet == "funded":
        return [value for value in values if value in ("true", "false")]
    return values


def facet_filters(filters):
    """One `terms` filter per facet with values (OR within a facet); tags match case- and umlaut-blind."""
    result = {}
    for facet in FACETS:
        values = _clean_values(facet, filters.get(facet) or [])
        if filters.get(facet) and not values:
            result[facet] = Q("match_none")
        elif values:
            field = "tags.folded" if facet == "tag" else FACET_FIELDS[facet]
            result[facet] = Q("terms", **{field: values})
    return result


def search_body(query):
    """The request for one results page with its facets (the spelling suggestion is asked apart, for few hits
    only: `needs_suggestion`, `suggestion_body`).

    Filters go into `post_filter` so they narrow the hits but not the query; each facet's aggregation is
    filtered by all *other* facets. So a facet shows what choosing one more of its values would add
    (OR within a facet) while the other facets narrow it (AND across facets).
    """
    text = clean_text(query.text)
    search = Search().query(understood_query(text) if text else Q("match_all"))
    if query.within:
        search = search.filter("ids", values=list(query.within))
    if not text or query.sort == "newest":
        search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "_score")
    filters = facet_filters(query.filters)
    if filters:
        search = search.post_filter(Q("bool", filter=list(filters.values())))
    for facet in FACETS:
        others = [clause for name, clause in filters.items() if name != facet]
        bucket = search.aggs.bucket(facet, "filter", filter=Q("bool", filter=others))
        bucket.bucket("values", "terms", field=FACET_FIELDS[facet], size=FACET_SIZES.get(facet, DEFAULT_FACET_SIZE))
    if text:
        search = search.highlight_options(
            encoder="html",
            pre_tags=["<mark>"],
            post_tags=["</mark>"],
            fragment_size=SNIPPET_CHARS,
            number_of_fragments=1,
        ).highlight("summary", "body")
    start = (max(query.page, 1) - 1) * query.per_page
    search = search.extra(track_total_hits=True)[start : start + query.per_page]
    return search.source(excludes=["body", "title_parts", "compound_parts"]).to_dict()


def needs_suggestion(query, count):
    """Whether "Meinten Sie …?" is asked for: a query text with fewer than three hits."""
    return bool(clean_text(query.text)) and count < 3


def suggestion_body(query):
    """The phrase suggester alone, asked only when `needs_suggestion`: with every search it would cost about
    a quarter of the search's time at 100,000 documents, for an answer read only when hardly anything is found."""
    search = Search().suggest(
        "spelling",
        clean_text(query.text),
        phrase={
            "field": "spelling",
            "size": 1,
            "max_errors": 2,
            # One edit per word: with two, a rare correct word ("Dinge") becomes a frequent other one ("diese").
            "direct_generator": [
                {"field": "spelling", "suggest_mode": "missing", "min_word_length": 4, "max_edits": 1}
            ],
        },
    )
    return search.extra(size=0, track_total_hits=False).to_dict()


def _snippet(source, highlight):
    """HTML: the best highlighted fragment, else the summary (escaped) cut to snippet length as the database
    engine cuts it."""
    for field in ("summary", "body"):
        if highlight.get(field):
            return highlight[field][0]
    return snippet([source.get("summary") or ""], (), SNIPPET_CHARS)


def to_hit(raw):
    """A Hit from one hit of the engine's answer."""
    source = raw.get("_source", {})
    return Hit(
        id=raw["_id"],
        type=source.get("type", ""),
        slug=source.get("slug", ""),
        title=source.get("title", ""),
        url=source.get("url", ""),
        municipality=source.get("municipality_name", "") or "",
        municipality_slug=source.get("municipality", "") or "",
        date=source.get("date"),
        snippet=_snippet(source, raw.get("highlight", {})),
        score=raw.get("_score"),
        lesson_kind=source.get("lesson_kind", "") or "",
        last_reviewed=source.get("last_reviewed"),
    )


def _facet_counts(aggregations):
    """{facet: {value: count}}; the empty value ("no phase") is not a value, as in the database engine."""
    facets = {}
    for facet in FACETS:
        buckets = aggregations.get(facet, {}).get("values", {}).get("buckets", [])
        counts = {str(b.get("key_as_string", b["key"])): b["doc_count"] for b in buckets}
        facets[facet] = {value: count for value, count in counts.items() if value != ""}
    return facets


def _suggestion(response, text):
    """The phrase suggester's correction, in the reader's capitalisation (it answers in lower case)."""
    options = response.get("suggest", {}).get("spelling", [{}])[0].get("options", [])
    if not options or options[0]["text"].lower() == text.lower():
        return None
    words, corrected = text.split(), options[0]["text"].split()
    if len(words) == len(corrected):
        corrected = [new.capitalize() if old[:1].isupper() else new for old, new in zip(words, corrected, strict=True)]
    return " ".join(corrected)


def to_result(query, engine_name, response, spelling=None):
    """A SearchResult from the engine's answer to `search_body(query)` and, if asked, to `suggestion_body`;
    `took_ms` is the engine's time for both."""
    count = response["hits"]["total"]["value"]
    took = response.get("took")
    if spelling and took is not None:
        took += spelling.get("took", 0)
    return SearchResult(
        query=query,
        engine=engine_name,
        count=count,
        hits=[to_hit(raw) for raw in response["hits"]["hits"]],
        facets=_facet_counts(response.get("aggregations", {})),
        took_ms=took,
        suggestion=_suggestion(spelling, clean_text(query.text)) if spelling else None,
    )


def suggest_body(word, typed, limit):
    """Titles with a word starting with the word being typed (search_as_you_type), and tags with such a word,
    as the database engine finds them; `word` as written, `typed` folded.

    Both sides are folded, so "bür", "buer" and "bur" complete "Bürgerbeteiligung". As many candidate titles
    are read as the database engine reads, for `suggestions()` to order.
    """
    search = Search().query(
        Q(
            "multi_match",
            query=word,
            type="bool_prefix",
            fields=["title.suggest", "title.suggest._2gram", "title.suggest._3gram"],
        )
    )
    search = search.source(["title", "url"])[:CANDIDATES]
    # Folded tags with a word starting with `typed` (letters and digits only: no regexp syntax), of all
    # documents, not only those with a matching title; below each, the tags of one document carrying it,
    # to show the name as written.
    tags = search.aggs.bucket("all", "global").bucket(
        "tags",
        "terms",
        field="tags.folded",
        include=f"{typed}.*|.* {typed}.*",
        size=tag_limit(limit) * 3,
        order={"_key": "asc"},
    )
    tags.bucket("carrier", "top_hits", size=1, _source=["tags"])
    return search.to_dict()


def _tag_name(bucket):
    """The name as written of a folded tag bucket: the tag of a document carrying it that folds to its key."""
    for hit in bucket.get("carrier", {}).get("hits", {}).get("hits", []):
        for name in hit.get("_source", {}).get("tags", []):
            if fold_for_search(name) == bucket["key"]:
                return name
    return None


def to_suggestions(typed, response, limit):
    """The `Suggestion`s of the answer to `suggest_body`, in the order both engines use."""
    buckets = response.get("aggregations", {}).get("all", {}).get("tags", {}).get("buckets", [])
    names = [name for name in map(_tag_name, buckets) if name]
    titles = [(hit["_source"].get("title", ""), hit["_source"].get("url", "")) for hit in response["hits"]["hits"]]
    return suggestions(typed, titles, names, limit)


def ids_page_body(after=None, size=1000):
    """One page of all ids, in `id` order; `after` is the last hit's sort value (search_after paging)."""
    search = Search().query(Q("match_all")).sort("id").source(False).extra(size=size)
    if after:
        search = search.extra(search_after=after)
    return search.to_dict()


def related_body(index, doc_id, limit):
    """Content sharing unusual words with the document; municipalities and contacts are not "related"."""
    like = Q(
        "more_like_this",
        fields=["title", "summary", "body", "tags.text"],
        like=[{"_index": index, "_id": doc_id}],
        min_term_freq=1,
        min_doc_freq=2,
        max_query_terms=30,
        minimum_should_match="10%",
    )
    query = Q("bool", must=[like], filter=[Q("terms", type=list(CONTENT_TYPES))], must_not=[Q("ids", values=[doc_id])])
    return Search().query(query).source(excludes=["body", "title_parts", "compound_parts"])[:limit].to_dict()
