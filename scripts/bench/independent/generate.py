"""Write corpus.json, the independent evaluation corpus, from the hand-written texts in topics_a/topics_b.

    .venv/bin/python scripts/bench/independent/generate.py

Everything is invented: fourteen fictional municipalities and 164 items about 25 municipal topics. Each
topic has six items (a case study, a stumbling block, a booster, an article, an event or a second case
study, and a short report) assembled from its own sentences; each municipality has a digital strategy naming three topics.
The output is deterministic and in the import format (docs/import-format.md), so
`manage.py import_exchange --check scripts/bench/independent/corpus.json` validates it.
"""

import json
from pathlib import Path

from topics_a import TOPICS_A
from topics_b import TOPICS_B

HERE = Path(__file__).parent
TOPICS = TOPICS_A + TOPICS_B
SOURCE = "Erfundene Kommune für die unabhängige Suchbewertung; keine realen Angaben."

# slug, name, kind, Bundesland, population, lat, lon
MUNICIPALITIES = [
    ("talbach", "Verbandsgemeinde Talbach", "verbandsgemeinde", "Rheinland-Pfalz", 14200, 49.71, 7.62),
    ("nordheide-ost", "Landkreis Nordheide-Ost", "landkreis", "Niedersachsen", 168000, 53.21, 10.12),
    ("wiesenbrueck", "Stadt Wiesenbrück", "stadt", "Hessen", 38500, 50.62, 9.11),
    ("oberweilerbach", "Gemeinde Oberweilerbach", "gemeinde", "Baden-Württemberg", 4800, 48.52, 9.41),
    ("hafenstedt", "Stadt Hafenstedt", "kreisfreie_stadt", "Schleswig-Holstein", 212000, 54.22, 10.31),
    ("mittelfels", "Landkreis Mittelfels", "landkreis", "Bayern", 131000, 49.05, 12.02),
    ("kranichsee", "Stadt Kranichsee", "stadt", "Brandenburg", 22000, 52.61, 13.92),
    ("moorbruch", "Gemeinde Moorbruch", "gemeinde", "Mecklenburg-Vorpommern", 3100, 53.71, 12.48),
    ("hohes-sandland", "Region Hohes Sandland", "region", "Sachsen-Anhalt", 95000, 52.05, 11.63),
    ("eulenbach", "Stadt Eulenbach", "stadt", "Nordrhein-Westfalen", 61000, 51.33, 7.71),
    ("rebenhoeh", "Verbandsgemeinde Rebenhöh", "verbandsgemeinde", "Rheinland-Pfalz", 19000, 49.91, 7.21),
    ("erzhoehen", "Landkreis Erzhöhen", "landkreis", "Sachsen", 145000, 50.61, 13.02),
    ("fichtenried", "Gemeinde Fichtenried", "gemeinde", "Thüringen", 6900, 50.72, 10.91),
    ("saarwinkel", "Stadt Saarwinkel", "stadt", "Saarland", 27000, 49.38, 6.92),
]
NAMES = {m[0]: m[1] for m in MUNICIPALITIES}


def _forms(slug):
    """The name with its article, as running text needs it: {"dat": "im Landkreis …", "nom": …, "gen": …}."""
    name = NAMES[slug]
    if name.startswith("Landkreis"):
        rest = name.removeprefix("Landkreis ")
        forms = {"dat": f"im {name}", "nom": f"der {name}", "gen": f"des Landkreises {rest}"}
        return {**forms, "council": "vom Kreistag"}
    council = "von der Regionalversammlung" if name.startswith("Region") else "vom Rat"
    return {"dat": f"in der {name}", "nom": f"die {name}", "gen": f"der {name}", "council": council}


def _capital(text):
    return text[0].upper() + text[1:]


KIND_SUFFIX = ["praxis", "stolperstein", "booster", "bericht", "extra", "erfahrungen"]


def _sentences(*parts):
    return " ".join(p for p in parts if p)


def _item(topic, index, kind, municipality, year):
    """One item of `topic`: the `kind`-th of its six, with text from the topic's own sentences."""
    c, m, p, s, r = (topic[k] for k in ("context", "measure", "problem", "success", "rec"))
    name = NAMES[municipality]
    forms = _forms(municipality)
    title = topic["titles"][kind] if kind < 5 else f"{topic['label']}: Erfahrungen aus {name}"
    slug = f"{municipality}-{topic['key']}-{KIND_SUFFIX[kind]}"
    base = {
        "slug": slug,
        "municipality": municipality,
        "title": title,
        "topics": topic["topics"],
        "tags": topic["tags"],
        "date": f"{year}-{(index % 12) + 1:02d}-{(index * 7) % 27 + 1:02d}",
    }
    if kind == 0:
        body = "\n\n".join(
            [
                _sentences(f"Ausgangslage {forms['dat']}:", c[0], c[1]),
                "## Umsetzung",
                _sentences(m[0], m[1], m[2]),
                "## Ergebnisse",
                _sentences(s[0], s[1], s[2]),
            ]
        )
        return {
            **base,
            "type": "case_study",
            "status": "operation",
            "start_year": year - 2,
            "summary": m[0],
            "body": body,
            "outcomes": s[2],
            "transferability": r[1],
        }
    if kind in (1, 2):
        stumbling = kind == 1
        phase, cause = topic["stumble" if stumbling else "booster"]
        lead = (
            f"Was {forms['dat']} beim Thema {topic['label']} schiefging und was wir daraus gelernt haben."
            if stumbling
            else f"Was {forms['dat']} beim Thema {topic['label']} den Ausschlag für den Erfolg gab."
        )
        context = [c[0], c[2]] if stumbling else [c[0], c[1], c[2]]
        body = _sentences(lead, *context, *(p if stumbling else s), m[1] if stumbling else m[0])
        return {
            **base,
            "type": "lesson",
            "lesson_kind": "stumbling_block" if stumbling else "booster",
            "phase": phase,
            "cause": cause,
            "summary": (p if stumbling else s)[0],
            "body": body,
            "recommendation": r[0] if stumbling else r[1],
            "related_case_study": f"{_case_municipality(topic)}-{topic['key']}-praxis",
        }
    if kind == 3:
        body = "\n\n".join(
            [
                _sentences(c[0], c[1], c[2]),
                "## Was Kommunen tun können",
                _sentences(m[1], m[2], s[1]),
                "## Worauf zu achten ist",
                _sentences(p[0], r[0], r[1]),
            ]
        )
        return {**base, "type": "article", "author": f"Redaktion {name}", "summary": c[0], "body": body}
    if kind == 5:
        lead = f"Seit {year} beschäftigt sich {forms['nom']} mit dem Thema {topic['label']}."
        body = "\n\n".join([_sentences(lead, c[0], c[1]), _sentences(m[0], m[1], m[2]), _sentences(p[2], s[2], r[1])])
        return {**base, "type": "article", "author": f"Pressestelle {name}", "summary": s[2], "body": body}
    if topic["extra"] == "event":
        body = "\n\n".join(
            [
                _sentences(
                    f"{_capital(forms['nom'])} lädt Verwaltungen aus der Region zum Austausch über {topic['label']} ein.",
                    c[1],
                ),
                "## Programm",
                _sentences("Impulse aus der Praxis:", m[0], m[2], "Danach berichten wir offen über Hürden:", p[1]),
                "## Zielgruppe",
                "Beschäftigte aus Kommunalverwaltungen, Ratsmitglieder und alle, die ein ähnliches Vorhaben "
                "planen. Die Teilnahme ist kostenlos, eine Anmeldung ist erforderlich.",
            ]
        )
        online = kind % 2 == 0 or "Webinar" in title
        return {
            **base,
            "type": "event",
            "summary": _sentences(f"Austausch zu {topic['label']}.", c[1]),
            "body": body,
            "start": f"2027-{(index % 9) + 2:02d}-{(index % 20) + 5:02d}T10:00:00+01:00",
            "end": f"2027-{(index % 9) + 2:02d}-{(index % 20) + 5:02d}T12:30:00+01:00",
            "location": "Online" if online else f"Rathaus {name.split()[-1]}",
            "online": online,
            "capacity": 60,
            "event_kind": "webinar" if "Webinar" in title else ("kommunalcamp" if "camp" in title else "workshop"),
        }
    body = "\n\n".join(
        [
            _sentences(c[2], c[1], c[0]),
            "## Vorgehen",
            _sentences(m[2], m[1]),
            "## Erfahrungen",
            _sentences(p[1], s[1], s[2], r[0]),
        ]
    )
    return {**base, "type": "case_study", "status": "pilot", "start_year": year - 1, "summary": m[2], "body": body}


def _case_municipality(topic):
    return MUNICIPALITIES[TOPICS.index(topic) % len(MUNICIPALITIES)][0]


def _municipality_for(topic_index, kind):
    return MUNICIPALITIES[(topic_index + kind * 3) % len(MUNICIPALITIES)][0]


def _strategy(position, municipality):
    """The digital strategy of one municipality, naming three topics with a measure each."""
    chosen = [TOPICS[(position * 2 + k * 9) % len(TOPICS)] for k in range(3)]
    name = NAMES[municipality]
    forms = _forms(municipality)
    labels = ", ".join(t["label"] for t in chosen)
    body = "\n\n".join(
        [
            f"Die Digitalstrategie {forms['gen']} wurde nach einem Jahr Beteiligung {forms['council']} beschlossen. "
            f"Sie setzt drei Schwerpunkte: {labels}.",
            *(_sentences(f"## {t['label']}\n\n{t['context'][0]}", t["measure"][0]) for t in chosen),
        ]
    )
    return {
        "type": "strategy",
        "slug": f"{municipality}-digitalstrategie",
        "municipality": municipality,
        "title": f"Digitalstrategie {name} 2030",
        "summary": f"Schwerpunkte: {labels}.",
        "body": body,
        "topics": sorted({n for t in chosen for n in t["topics"]}),
        "tags": ["Digitalstrategie"],
        "date": f"{2024 + position % 3}-0{position % 9 + 1}-15",
        "starting_situation": chosen[0]["context"][1],
        "challenges": chosen[1]["problem"][0],
        "vision": f"{_capital(forms['nom'])} nutzt digitale Werkzeuge, wo sie den Menschen vor Ort den Alltag erleichtern.",
        "fields_of_action": labels,
        "measures": [
            {"title": t["titles"][0], "field_of_action": t["topics"][0], "status": "in_progress", "start_year": 2025}
            for t in chosen
        ],
    }


def build():
    municipalities = [
        {
            "slug": slug,
            "name": name,
            "kind": kind,
            "state": state,
            "population": population,
            "lat": lat,
            "lon": lon,
            "funded": False,
            "summary": f"Erfundene Kommune in {state}, angelegt für die unabhängige Suchbewertung.",
            "source": SOURCE,
        }
        for slug, name, kind, state, population, lat, lon in MUNICIPALITIES
    ]
    items = []
    for t_index, topic in enumerate(TOPICS):
        for kind in range(6):
            municipality = _case_municipality(topic) if kind == 0 else _municipality_for(t_index, kind)
            items.append(_item(topic, t_index * 6 + kind, kind, municipality, 2021 + (t_index + kind) % 5))
    items += [_strategy(i, m[0]) for i, m in enumerate(MUNICIPALITIES)]
    for item in items:
        words = len(item["body"].replace("## ", "").split())
        assert 80 <= words <= 250, (item["slug"], words)
    return {
        "about": "Invented corpus for the independent search evaluation (docs/search-quality.md). "
        "All municipalities, people and figures are fictional.",
        "municipalities": municipalities,
        "items": items,
    }


if __name__ == "__main__":
    corpus = build()
    (HERE / "corpus.json").write_text(json.dumps(corpus, ensure_ascii=False, indent=1) + "\n")
    print(f"{len(corpus['municipalities'])} municipalities, {len(corpus['items'])} items")
