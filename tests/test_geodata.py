"""The committed GeoJSON files: RFC 7946, complete, and in agreement with published figures."""

import json

import pytest
import shapely

from dashboard.geo import distances_km
from dashboard.measures import measure_groups
from dashboard.models import GROUPS
from dashboard.paths import GEODATA

HABOMAI_NAMED = ["suisho", "yuri", "akiyuri", "shibotsu", "taraku", "harukari", "moemoshiri", "odoke", "todo"]
# GSHHG full resolution outlines small islands generously; tolerances grow as the groups get smaller
AREA_TOLERANCE = {"etorofu": 0.03, "kunashiri": 0.03, "shikotan": 0.05, "habomai": 0.15}


def raw(path):
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    "path",
    [GEODATA / "islands.geojson", GEODATA / "context.geojson", GEODATA / "borders.geojson"],
    ids=lambda p: p.name,
)
def test_rfc7946_collection(path):
    collection = raw(path)
    assert collection["type"] == "FeatureCollection"
    assert "crs" not in collection
    for feature in collection["features"]:
        coords = shapely.get_coordinates(shapely.geometry.shape(feature["geometry"]))
        assert (coords.round(5) == coords).all(), feature["properties"]["id"]
        assert ((coords[:, 0] >= -180) & (coords[:, 0] <= 180)).all()
        assert ((coords[:, 1] >= -90) & (coords[:, 1] <= 90)).all()


@pytest.mark.parametrize(
    "path", [GEODATA / "islands.geojson", GEODATA / "context.geojson"], ids=lambda p: p.name
)
def test_right_hand_winding_and_valid(path):
    for feature in raw(path)["features"]:
        geom = shapely.geometry.shape(feature["geometry"])
        assert geom.is_valid, feature["properties"]["id"]
        for polygon in getattr(geom, "geoms", [geom]):
            if polygon.geom_type != "Polygon":
                continue
            assert polygon.exterior.is_ccw, feature["properties"]["id"]
            assert all(not ring.is_ccw for ring in polygon.interiors)


def test_ids_unique_and_all_groups_present(islands):
    assert islands["id"].is_unique
    assert set(islands["group"]) == set(GROUPS)


@pytest.mark.parametrize("island_id", HABOMAI_NAMED)
def test_every_named_habomai_islet_is_drawn(islands, island_id):
    row = islands.set_index("id").loc[island_id]
    assert row["group"] == "habomai"
    assert row["name_ja"] and row["name_ru"]


def test_named_points_lie_on_their_islands(islands, names):
    by_id = islands.set_index("id")
    for entry in names.islands:
        point = shapely.Point(entry.point[1], entry.point[0])
        outline = by_id.loc[[entry.id], "geometry"]
        assert distances_km(point, outline)[0] < 1.5, entry.id


def test_islets_near_hokkaido_are_not_in_the_groups(islands, land):
    """GSHHG rocks off Cape Nosappu, nearer to Hokkaido than to any Habomai island, stay out."""
    nosappu = land.loc["cape-nosappu"].geometry
    assert min(distances_km(nosappu, islands.geometry)) > 3.0


@pytest.mark.parametrize("group", GROUPS)
def test_areas_agree_with_japans_figures(islands, land, facts, group):
    official = next(a for a in facts.group(group).area if a.per == "Japan").value_km2
    computed = measure_groups(islands, land).loc[group, "area_km2"]
    assert computed == pytest.approx(official, rel=AREA_TOLERANCE[group])


def test_main_island_areas(islands, facts):
    by_id = islands.set_index("id")
    for group in ("etorofu", "kunashiri", "shikotan"):
        official = facts.group(group).area[0]
        assert official.basis == "main island"
        assert by_id.loc[group, "area_km2"] == pytest.approx(official.value_km2, rel=AREA_TOLERANCE[group])


def test_distances_agree_with_japans_published_figures(islands, land, facts):
    nosappu = land.loc["cape-nosappu"].geometry
    by_id = islands.set_index("id")
    checked = 0
    for entry in facts.published_distances.entries:
        if entry.from_ != "Cape Nosappu" or entry.island not in by_id.index:
            continue
        computed = distances_km(nosappu, by_id.loc[[entry.island], "geometry"])[0]
        assert computed == pytest.approx(entry.km, abs=0.6), entry.island
        checked += 1
    assert checked >= 6


def test_context_is_small_and_complete(land):
    assert (GEODATA / "context.geojson").stat().st_size <= 300 * 1024
    expected = {"hokkaido", "urup", "shumshu", "kuril-islands", "sakhalin", "kamchatka", "cape-nosappu"}
    assert set(land.index) == expected
    # Cape Nosappu is Hokkaido's eastern tip, near 43.385°N 145.817°E
    nosappu = land.loc["cape-nosappu"].geometry
    assert nosappu.y == pytest.approx(43.385, abs=0.01) and nosappu.x == pytest.approx(145.817, abs=0.01)


@pytest.mark.parametrize(
    "path", [GEODATA / "islands.geojson", GEODATA / "context.geojson"], ids=lambda p: p.name
)
def test_every_feature_credits_gshhg_and_its_licence(path):
    for feature in raw(path)["features"]:
        first = feature["properties"]["sources"][0]
        assert first["title"].startswith("GSHHG") and first["license"] == "LGPL-3.0-or-later"


@pytest.fixture(scope="module")
def borders():
    from dashboard.data import load_borders

    return load_borders(GEODATA / "borders.geojson").set_index("id")


def test_border_lines_cross_no_island_of_the_groups(borders, islands):
    land = islands.union_all()
    for line_id, line in borders.geometry.items():
        assert not line.intersects(land), line_id


def test_strait_lines_lie_midway(borders, islands, land):
    from dashboard.geo import distances_km

    middle = borders.loc["shimoda-line"].geometry.interpolate(0.5, normalized=True)
    etorofu = islands.set_index("id").loc[["etorofu"], "geometry"]
    urup = land.loc[["urup"], "geometry"]
    assert distances_km(middle, etorofu)[0] == pytest.approx(distances_km(middle, urup)[0], abs=1.0)


def test_portsmouth_line_follows_the_50th_parallel_across_sakhalin(borders, land):
    line = borders.loc["portsmouth-line"].geometry
    assert {y for _, y in line.coords} == {50.0}
    assert line.intersects(land.loc["sakhalin"].geometry)


def test_line_of_control_runs_between_hokkaido_and_the_islands(borders, land, islands):
    line = borders.loc["line-of-control"].geometry
    assert not line.intersects(land.loc["hokkaido"].geometry)
    assert line.length > 1.0  # degrees: from the Nemuro Strait down past Cape Nosappu
    assert borders["until"].isna()["line-of-control"]  # still in force


def test_borders_carry_dates_and_sources(borders):
    assert borders.loc["shimoda-line", "from"] == "1855-02-07"
    assert borders.loc["shimoda-line", "until"] == "1875-05-07"
    assert borders.loc["portsmouth-line", "from"] == "1905-09-05"
