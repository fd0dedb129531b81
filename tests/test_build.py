"""The generator: deterministic, and the committed files are what it writes today."""

import pytest
import shapely

from dashboard.build import geodata as build_geodata
from dashboard.build import gshhg

pytestmark = pytest.mark.slow  # reads GSHHG and regenerates every file


@pytest.fixture(scope="module")
def built():
    return build_geodata.build()


def test_committed_files_are_regenerated_exactly(built):
    for path, text in built.items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is stale: run python -m dashboard.build"
        )


def test_build_is_deterministic(built):
    assert build_geodata.build() == built


def test_check_mode_reports_fresh_files(capsys):
    assert build_geodata.main(["--check"]) == 0


def test_reader_returns_valid_land_polygons():
    polygons = gshhg.read_land(gshhg.data_dir(), gshhg.Bbox(145.8, 43.3, 146.0, 43.5))
    assert polygons and all(p.is_valid for p in polygons.values())
    assert "4556" in polygons  # Suisho


@pytest.mark.parametrize(
    ("lat", "lon", "expected_area_km2"),
    [
        (43.4385, 145.9136, 15.4),  # a point inside Suisho
        (43.44, 145.80, 15.4),  # a point in the sea nearest to Suisho's polygon among these
    ],
)
def test_find_polygon_contains_or_nearest(lat, lon, expected_area_km2):
    polygons = gshhg.read_land(gshhg.data_dir(), gshhg.Bbox(145.85, 43.35, 146.0, 43.5))
    gid = build_geodata.find_polygon(polygons, lat, lon)
    area = build_geodata.area_km2([polygons[gid]])[0]
    assert area == pytest.approx(expected_area_km2, abs=0.1)


def test_finish_rounds_orients_and_repairs():
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    out = build_geodata.finish(bowtie, 5)
    assert out.is_valid
    for polygon in getattr(out, "geoms", [out]):
        assert polygon.exterior.is_ccw
