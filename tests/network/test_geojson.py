"""GET /api/municipalities.geojson: one Point per public municipality with coordinates, [lon, lat]."""

import json

import pytest
from wagtail.models import PageViewRestriction

from exchange.interchange.importer import import_document
from exchange.models import MunicipalityPage

from .network_site import MUNICIPALITIES

pytestmark = pytest.mark.django_db

URL = "/api/municipalities.geojson"


def get_features(client):
    response = client.get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    collection = json.loads(response.content)
    assert collection["type"] == "FeatureCollection"
    return {feature["properties"]["slug"]: feature for feature in collection["features"]}


def test_one_point_per_live_municipality_with_coordinates(client, network):
    features = get_features(client)
    expected = {m["slug"] for m in MUNICIPALITIES if "lat" in m} - {"vg-entwurf"}
    assert set(features) == expected
    assert len(features) == 8


def test_coordinates_are_longitude_then_latitude(client, network):
    features = get_features(client)
    for entry in MUNICIPALITIES:
        if entry["slug"] in features:
            geometry = features[entry["slug"]]["geometry"]
            assert geometry == {"type": "Point", "coordinates": [entry["lon"], entry["lat"]]}


def test_properties_name_the_municipality_and_link_its_profile(client, network):
    feature = get_features(client)["kreis-gross"]
    assert feature["type"] == "Feature"
    assert feature["properties"] == {
        "slug": "kreis-gross",
        "name": "Landkreis Groß",
        "kind": "landkreis",
        "state": "Rheinland-Pfalz",
        "funded": True,
        "cohort": 2020,
        "url": "/kommunen/kreis-gross/",
    }
    assert client.get(feature["properties"]["url"]).status_code == 200
    other = get_features(client)["vg-klein"]["properties"]
    assert (other["funded"], other["cohort"]) == (False, None)


def test_drafts_restricted_and_unlocated_municipalities_are_left_out(client, network):
    restricted = MunicipalityPage.objects.get(slug="vg-fern")
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    features = get_features(client)
    assert not {"vg-entwurf", "vg-fern", "stadt-ohne-ort"} & set(features)
    assert "vg-klein" in features


def test_no_municipality_is_an_empty_collection(client, site_tree):
    assert get_features(client) == {}


def test_query_count_does_not_grow_with_the_municipalities(client, network, django_assert_max_num_queries):
    client.get(URL)  # the site root paths are cached once per process
    with django_assert_max_num_queries(3) as first:
        client.get(URL)
    import_document(
        {
            "municipalities": [
                {"slug": f"kommune-{n}", "name": f"Kommune {n}", "kind": "gemeinde", "lat": 50 + n / 100, "lon": 8}
                for n in range(30)
            ]
        }
    )
    with django_assert_max_num_queries(len(first.captured_queries)):
        assert len(get_features(client)) == 38


def test_only_get_is_allowed(client, network):
    response = client.post(URL)
    assert response.status_code == 405
    assert response["Allow"] == "GET"
    assert json.loads(response.content)["error"]["message"]
