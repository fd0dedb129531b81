import geopandas as gpd
import pytest
import shapely

from dashboard import geo


def test_distance_along_a_meridian_is_geodesic():
    origin = shapely.Point(145.0, 43.0)
    target = gpd.GeoSeries([shapely.Point(145.0, 44.0)], crs="EPSG:4326")
    # one degree of latitude at 43.5°N on the WGS84 ellipsoid is 111.1 km
    assert geo.distances_km(origin, target)[0] == pytest.approx(111.1, abs=0.1)


def test_distance_is_to_the_nearest_point_of_an_outline():
    origin = shapely.Point(145.0, 43.0)
    square = shapely.box(145.1, 42.9, 145.3, 43.1)
    target = gpd.GeoSeries([square], crs="EPSG:4326")
    # 0.1° of longitude at 43°N is about 8.1 km
    assert geo.distances_km(origin, target)[0] == pytest.approx(8.15, abs=0.1)


@pytest.mark.parametrize(
    ("lat", "lon", "expected"),
    [
        (43.4385, 145.9136, "suisho"),  # inside Suisho
        (44.0873, 145.8121, "kunashiri"),  # inside Kunashiri
        (43.3704, 145.9990, "akiyuri"),  # inside Akiyuri
        (43.62, 146.36, "taraku"),  # just off Taraku's shore: nearest within 1 km
        (43.0, 147.0, None),  # open sea
    ],
)
def test_island_at(islands, lat, lon, expected):
    row = geo.island_at(islands, lat, lon)
    assert (None if row is None else row["id"]) == expected
