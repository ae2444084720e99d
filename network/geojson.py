"""The municipalities as a GeoJSON FeatureCollection, the data behind the map on the „Kommunen“ page.

Every live public municipality with coordinates is one Point feature (RFC 7946: `[longitude, latitude]`);
those without coordinates are left out, since there is nowhere to put them (the page's table lists them).
"""

from exchange.models import MunicipalityPage
from exchange.visibility import publicly_visible

#: Six decimals are about 10 cm, as stored.
DECIMALS = 6


def mapped_municipalities():
    """The municipalities the map shows: publicly visible, with both coordinates, by name."""
    located = MunicipalityPage.objects.filter(latitude__isnull=False, longitude__isnull=False)
    return (
        publicly_visible(located)
        .only(
            "title", "slug", "url_path", "path", "depth", "kind", "state", "funded", "cohort", "latitude", "longitude"
        )
        .order_by("title")
    )


def municipality_feature(municipality, request=None):
    """One municipality as a GeoJSON Point feature."""
    return {
        "type": "Feature",
        "id": municipality.slug,
        "geometry": {
            "type": "Point",
            "coordinates": [
                round(float(municipality.longitude), DECIMALS),
                round(float(municipality.latitude), DECIMALS),
            ],
        },
        "properties": {
            "slug": municipality.slug,
            "name": municipality.title,
            "kind": municipality.kind,
            "state": municipality.state,
            "funded": municipality.funded,
            "cohort": municipality.cohort,
            "url": municipality.get_url(request=request),
        },
    }


def feature_collection(request=None):
    """All mapped municipalities as one FeatureCollection, in a fixed number of queries."""
    return {
        "type": "FeatureCollection",
        "features": [municipality_feature(m, request) for m in mapped_municipalities()],
    }
