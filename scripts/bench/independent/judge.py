"""Write judgments.json for the independent set: 70 German queries, graded 0–2 against corpus.json.

    .venv/bin/python scripts/bench/independent/judge.py

The queries were written before any engine ran on them. Because the corpus is written topic by topic, each
query is judged by the topics it asks about, read off the texts: every item of the asked topic is relevant;
when the query names a kind ("Fehler bei …" = stumbling block, "was hat geholfen" = booster,
"Praxisbeispiele" = case study, "Webinar"/"Veranstaltung" = event, "Strategie" = strategy) or a detail that
only some items mention (`contains`), those items answer it (2) and the topic's others are related (1).
Strategies naming the topic and the items of closely related topics are related (1). Anything else is 0.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent

#: query, asked topics, kind asked for, related topics, detail words (lower case) that single out answers
QUERIES = [
    # compounds the corpus spells differently, or parts of compounds
    ("Mobilfunkausbau", ["mobilfunk"], None, [], None),
    ("Funklöcher schließen", ["mobilfunk"], None, [], None),
    ("Sendemast Bürgerinitiative", ["mobilfunk"], None, [], ["bürgerinitiative"]),
    ("Wärmenetz Neubaugebiet", ["waermeplanung"], None, [], ["wärmenetz"]),
    ("Glasfaserausbau Tiefbau", ["glasfaser"], None, [], ["tiefbau"]),
    ("Breitbandausbau", ["glasfaser"], None, ["mobilfunk"], None),
    ("Schulhofentsiegelung", ["starkregen"], None, [], ["entsiegelung"]),
    ("Ladenleerstand", ["leerstand"], None, ["dorfladen"], None),
    ("Dorfladengenossenschaft", ["dorfladen"], None, [], ["genossenschaft"]),
    ("Hitzeschutzplan", ["hitze"], None, [], None),
    ("Energiemonitoring Turnhalle", ["smartmeter"], None, [], ["turnhalle"]),
    ("Gästekarte Nahverkehr", ["tourismus"], None, [], ["gästekarte"]),
    ("Ratsinformationssystem Tablets", ["ratsinfo"], None, [], None),
    # typos inside compounds, ae/oe/ue spellings
    ("Verwaltungsdigitalisirung Probleme", ["ozg", "eakte", "digitallotsen"], "stumble", [], None),
    ("Wärmeplannung Datengrundlage", ["waermeplanung"], "stumble", [], None),
    ("Glasfaserausbaau Verzögerung", ["glasfaser"], "stumble", [], None),
    ("Fördermittelakquisse", ["foerdermittel"], None, [], None),
    ("Katastrophenshutz Stromausfall", ["katastrophenschutz"], None, [], ["stromausfall"]),
    ("Schuldigitalisirung Wartung", ["schule"], "stumble", [], None),
    ("Buergerbeteiligung Rueckmeldung", ["beteiligung"], None, [], ["rückmeldung"]),
    ("Waermeplanung", ["waermeplanung"], None, [], None),
    ("Leerstaende in der Innenstadt", ["leerstand"], None, [], None),
    ("Hitzeaktionsplaene", ["hitze"], None, [], None),
    ("Oeffentlicher Nahverkehr auf Abruf", ["rufbus"], None, [], None),
    ("Gebaeudedaten fehlen", ["waermeplanung"], "stumble", [], None),
    ("Strassen aufgraben Glasfaser", ["glasfaser"], None, [], ["aufgrabung", "gehwege", "trenching"]),
    # kind words
    ("Booster Schuldigitalisierung", ["schule"], "booster", [], None),
    ("Praxisbeispiele Wärmenetz", ["waermeplanung"], "case", [], None),
    ("Fehler bei der E-Akte", ["eakte"], "stumble", [], None),
    ("was hat bei der Bürgerbeteiligung geholfen", ["beteiligung"], "booster", [], None),
    ("Stolpersteine Open Data", ["opendata"], "stumble", [], None),
    ("Erfolgsfaktoren Ehrenamt", ["ehrenamt"], "booster", [], None),
    ("Webinar Vergaberecht", ["vergabe"], "event", [], None),
    ("Veranstaltung Hitzeschutz", ["hitze"], "event", [], None),
    ("Digitalstrategie Glasfaser", ["glasfaser"], "strategy", [], None),
    ("Erfahrungen mit dem Rufbus", ["rufbus"], None, [], None),
    ("Probleme mit Smart Metern", ["smartmeter"], "stumble", [], None),
    ("Beispiele KI Verwaltung", ["ki"], "case", [], None),
    ("was lief schief beim Cyberangriff", ["itsicherheit"], "stumble", [], None),
    # paraphrases
    ("Hitzeschutz", ["hitze"], None, ["starkregen"], None),
    ("Überflutung nach Unwetter", ["starkregen"], None, ["katastrophenschutz"], None),
    ("Schwammstadt", ["starkregen"], None, [], None),
    ("Sirenen wieder aufbauen", ["katastrophenschutz"], None, [], ["sirene"]),
    ("Blackout Vorsorge", ["katastrophenschutz"], None, [], ["stromausfall", "blackout", "notstrom"]),
    ("Hackerangriff Verwaltung", ["itsicherheit"], None, [], None),
    ("Nahversorgung ohne Supermarkt", ["dorfladen"], None, ["leerstand"], None),
    ("Fahrdienst für Senioren auf dem Land", ["rufbus"], None, ["pflege", "ehrenamt"], None),
    ("Fachkräftemangel Verwaltung", ["ki", "digitallotsen"], None, [], None),
    ("Mitarbeitende fortbilden", ["digitallotsen"], None, ["itsicherheit"], None),
    ("Sitzungsunterlagen digital", ["ratsinfo"], None, [], None),
    ("Geld vom Land für Projekte beantragen", ["foerdermittel"], None, [], None),
    ("pflegende Angehörige beraten", ["pflege"], None, [], None),
    ("überfüllte Parkplätze am Wochenende", ["tourismus"], None, [], None),
    ("Baugenehmigung schneller", ["bauantrag"], None, [], None),
    ("Freiwillige gewinnen", ["ehrenamt"], None, [], None),
    ("Daten veröffentlichen", ["opendata"], None, [], None),
    # abbreviations and their long forms
    ("KWP", ["waermeplanung"], None, [], None),
    ("OZG Online-Dienste", ["ozg"], None, [], None),
    ("ISMS BSI", ["itsicherheit"], None, [], None),
    ("DMS Einführung", ["eakte"], None, [], None),
    ("FTTH", ["glasfaser"], None, [], None),
    ("ÖPNV on demand", ["rufbus"], None, [], None),
    ("KI Chatbot", ["ki"], None, [], None),
    ("EfA Nachnutzung", ["ozg"], None, [], None),
    # questions
    ("Wie finde ich einen Standort für einen Funkmast?", ["mobilfunk"], None, [], None),
    ("Wer kümmert sich um kaputte Tablets in der Schule?", ["schule"], "stumble", [], None),
    ("Wie warnen wir die Bevölkerung?", ["katastrophenschutz"], None, ["hitze"], None),
    ("Wie bekommen wir mehr Leute zur Beteiligung?", ["beteiligung"], "booster", [], None),
    ("Was kostet ein digitaler Dorfladen?", ["dorfladen"], None, [], None),
    ("Wie schreibe ich eine gute Leistungsbeschreibung?", ["vergabe"], None, [], ["leistungsbeschreibung"]),
]

KINDS = {
    "stumble": lambda item: item.get("lesson_kind") == "stumbling_block",
    "booster": lambda item: item.get("lesson_kind") == "booster",
    "case": lambda item: item["type"] == "case_study",
    "event": lambda item: item["type"] == "event",
    "strategy": lambda item: item["type"] == "strategy",
}


def _topic_of(item):
    return item["slug"].split("-")[-2] if item["type"] != "strategy" else None


def _text(item):
    return " ".join(str(item.get(f, "")) for f in ("title", "summary", "body", "recommendation")).lower()


def judge(items, labels, asked, kind, related, details):
    """Grades of one query: {slug: 1 or 2}, by the rules in the module docstring."""
    grades = {}
    for item in items:
        if item["type"] == "strategy":
            if any(labels[t] in item["fields_of_action"] for t in asked):
                grades[item["slug"]] = 2 if kind == "strategy" else 1
            continue
        topic = _topic_of(item)
        if topic in asked:
            if kind:
                grades[item["slug"]] = 2 if KINDS[kind](item) else 1
            elif details:
                grades[item["slug"]] = 2 if any(d in _text(item) for d in details) else 1
            else:
                grades[item["slug"]] = 2
        elif topic in related:
            grades[item["slug"]] = 1
    return grades


def build_judgments(items):
    """The judgments file's content for the corpus `items`."""
    from generate import TOPICS

    labels = {t["key"]: t["label"] for t in TOPICS}
    assert {_topic_of(i) for i in items} - {None} == set(labels)
    queries = []
    for q, asked, kind, related, details in QUERIES:
        grades = judge(items, labels, asked, kind, related, details)
        assert 2 in grades.values(), q
        queries.append({"q": q, "judgments": dict(sorted(grades.items(), key=lambda kv: (-kv[1], kv[0])))})
    about = (
        "Independent set: German queries over the invented corpus.json, written before any engine ran on them; "
        "2 = answers it, 1 = related, unlisted = 0. Generated by judge.py; see docs/search-quality.md."
    )
    return {"about": about, "queries": queries}


def main():
    items = json.loads((HERE / "corpus.json").read_text())["items"]
    judgments = build_judgments(items)
    (HERE / "judgments.json").write_text(json.dumps(judgments, ensure_ascii=False, indent=1) + "\n")
    queries = judgments["queries"]
    print(f"{len(queries)} queries, {sum(len(q['judgments']) for q in queries) / len(queries):.1f} judged each")


if __name__ == "__main__":
    main()
