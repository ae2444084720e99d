"""A small network of municipalities for the network tests: kinds, Länder and sizes chosen so that the map,
the peers' order and the comparison of strategies each have something to tell apart."""

from wagtail.models import Page

from exchange.interchange.importer import import_document


def municipality(slug, name, kind, state, population, lat=None, lon=None, **extra):
    entry = {"slug": slug, "name": name, "kind": kind, "state": state, "population": population, **extra}
    if lat is not None:
        entry.update(lat=lat, lon=lon)
    return entry


MUNICIPALITIES = [
    # The one whose pages ask for peers: a small Verbandsgemeinde in Rheinland-Pfalz.
    municipality("vg-klein", "VG Klein", "verbandsgemeinde", "Rheinland-Pfalz", 12000, 49.95, 7.1),
    # Same kind, similar size, same Land: the best peer.
    municipality("vg-nachbar", "VG Nachbar", "verbandsgemeinde", "Rheinland-Pfalz", 15000, 50.1, 7.3),
    # Same kind and size, another Land.
    municipality("vg-fern", "VG Fern", "verbandsgemeinde", "Bayern", 14000, 48.5, 11.2),
    # Same kind and Land, comparable size (×3.3), then far (×7.5).
    municipality("vg-mittel", "VG Mittel", "verbandsgemeinde", "Rheinland-Pfalz", 40000, 49.6, 7.6),
    municipality("vg-gross", "VG Groß", "verbandsgemeinde", "Rheinland-Pfalz", 90000, 49.4, 7.9),
    # Another kind, the same size and Land: after every Verbandsgemeinde.
    municipality("stadt-gleich", "Stadt Gleich", "stadt", "Rheinland-Pfalz", 13000, 50.3, 7.6),
    # Another kind, far larger: the sixth, beyond the limit of five. A funded model project.
    municipality(
        "kreis-gross", "Landkreis Groß", "landkreis", "Rheinland-Pfalz", 200000, 50.36, 7.6, funded=True, cohort=2020
    ),
    # Just like VG Klein, but with content on another topic only.
    municipality("vg-anderes", "VG Anderes Thema", "verbandsgemeinde", "Rheinland-Pfalz", 12000, 49.9, 6.9),
    # Just like VG Klein, but not published (unpublished by the fixture).
    municipality("vg-entwurf", "VG Entwurf", "verbandsgemeinde", "Rheinland-Pfalz", 12000, 49.8, 7.0),
    # Funded, without coordinates: in the table, not on the map.
    municipality("stadt-ohne-ort", "Stadt ohne Ort", "stadt", "Sachsen", 50000, funded=True, cohort=2021),
]


def case_study(slug, municipality_slug, topics):
    return {
        "type": "case_study",
        "slug": slug,
        "municipality": municipality_slug,
        "title": f"Praxisbeispiel {slug}",
        "summary": "Kurz.",
        "topics": topics,
        "date": "2025-03-01",
        "status": "pilot",
    }


ITEMS = [
    case_study("rufbus", "vg-klein", ["Mobilität"]),
    {
        "type": "lesson",
        "slug": "vergabe",
        "municipality": "vg-klein",
        "title": "Die Vergabe dauert",
        "summary": "Kurz.",
        "topics": ["Mobilität", "Verwaltung"],
        "date": "2025-04-01",
        "lesson_kind": "stumbling_block",
    },
    case_study("nachbar-1", "vg-nachbar", ["Mobilität"]),
    case_study("fern-1", "vg-fern", ["Mobilität"]),
    case_study("mittel-1", "vg-mittel", ["Verwaltung"]),
    case_study("gross-1", "vg-gross", ["Mobilität"]),
    case_study("gross-2", "vg-gross", ["Mobilität", "Verwaltung"]),
    case_study("gleich-1", "stadt-gleich", ["Mobilität"]),
    case_study("kreis-1", "kreis-gross", ["Mobilität"]),
    case_study("anderes-1", "vg-anderes", ["Bildung"]),
    case_study("entwurf-1", "vg-entwurf", ["Mobilität"]),
    {
        "type": "strategy",
        "slug": "strategie-klein",
        "municipality": "vg-klein",
        "title": "Digitalstrategie VG Klein",
        "summary": "Kurz.",
        "date": "2024-01-01",
        "measures": [
            {
                "title": "Rufbus einführen",
                "field_of_action": "Mobilität",
                "status": "in_progress",
                "start_year": 2024,
                "end_year": 2026,
                "description": "Ein Rufbus für die Dörfer.",
            },
            {
                "title": "Online-Bürgerbüro",
                "field_of_action": "Verwaltung",
                "status": "completed",
                "start_year": 2023,
                "end_year": 2023,
            },
            {"title": "Mitfahrbänke", "field_of_action": "Mobilität", "status": "planned", "start_year": 2027},
            {"title": "Datenstrategie", "status": "planned", "start_year": 2025, "end_year": 2027},
        ],
    },
    {
        "type": "strategy",
        "slug": "strategie-kreis",
        "municipality": "kreis-gross",
        "title": "Smarte Region",
        "summary": "Kurz.",
        "date": "2024-01-01",
        "measures": [
            {
                "title": "Ladesäulen",
                "field_of_action": "Mobilität",
                "status": "completed",
                "start_year": 2023,
                "end_year": 2024,
            },
        ],
    },
    {
        "type": "strategy",
        "slug": "strategie-entwurf",
        "municipality": "vg-nachbar",
        "title": "Noch nicht veröffentlicht",
        "summary": "Kurz.",
        "measures": [{"title": "Geheime Maßnahme", "field_of_action": "Mobilität", "start_year": 2025}],
    },
]

NETWORK = {"municipalities": MUNICIPALITIES, "items": ITEMS}


def build_network():
    """Import the network and unpublish what the tests expect to stay hidden."""
    import_document(NETWORK)
    for slug in ("vg-entwurf", "strategie-entwurf"):
        Page.objects.get(slug=slug).unpublish()
