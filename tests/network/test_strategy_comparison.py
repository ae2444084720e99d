"""/strategien/vergleich/: per Handlungsfeld, which municipalities have measures on it and how far they are."""

import pytest

from exchange.interchange.importer import import_document

pytestmark = pytest.mark.django_db

URL = "/strategien/vergleich/"


def section(html, slug):
    start = html.index(f'<section class="comparison-field" aria-labelledby="feld-{slug}">')
    return html[start : html.index("</section>", start)]


def test_each_field_of_action_lists_the_municipalities_with_their_measures_and_status(client, network):
    response = client.get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.index('id="feld-mobilitaet"') < html.index('id="feld-verwaltung"')
    mobility = section(html, "mobilitaet")
    assert mobility.index("Landkreis Groß") < mobility.index("VG Klein")  # by name
    assert "2 Kommunen, 3 Maßnahmen: Geplant 1, In Umsetzung 1, Abgeschlossen 1." in mobility
    assert '<a href="/kommunen/vg-klein/">VG Klein</a>' in mobility
    assert 'href="/kommunen/vg-klein/strategie-klein/">Digitalstrategie VG Klein</a>' in mobility
    assert '<th scope="rowgroup" rowspan="2">' in mobility  # VG Klein's two measures on mobility
    for title, status in (
        ("Rufbus einführen", "In Umsetzung"),
        ("Mitfahrbänke", "Geplant"),
        ("Ladesäulen", "Abgeschlossen"),
    ):
        row = mobility[mobility.index(f"<td>{title}</td>") :]
        assert row.index(status) < row.index("</tr>")
    administration = section(html, "verwaltung")
    assert "1 Kommune" not in administration and "Eine Kommune, eine Maßnahme: Abgeschlossen 1." in administration


def test_drafts_and_measures_without_field_of_action_are_left_out(client, network):
    html = client.get(URL).content.decode()
    assert "Geheime Maßnahme" not in html
    assert "Datenstrategie" not in html
    assert 'id="feld-bildung"' not in html  # a topic without measures


def test_without_measures_the_page_says_so(client, site_tree):
    html = client.get(URL).content.decode()
    assert "Noch hat keine Strategie Maßnahmen mit Handlungsfeld." in html


def test_query_count_does_not_grow_with_strategies(client, network, django_assert_max_num_queries):
    client.get(URL)
    with django_assert_max_num_queries(12) as first:
        client.get(URL)
    import_document(
        {
            "municipalities": [{"slug": f"k{n}", "name": f"Kommune {n}"} for n in range(10)],
            "items": [
                {
                    "type": "strategy",
                    "slug": f"s{n}",
                    "municipality": f"k{n}",
                    "title": f"Strategie {n}",
                    "measures": [
                        {"title": f"Maßnahme {n}", "field_of_action": f"Feld {n % 3}", "start_year": 2024},
                        {"title": f"Noch eine {n}", "field_of_action": "Mobilität", "status": "completed"},
                    ],
                }
                for n in range(10)
            ],
        }
    )
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = client.get(URL).content.decode()
    assert "12 Kommunen, 13 Maßnahmen" in html


def test_only_safe_methods(client, network):
    assert client.post(URL).status_code == 405
