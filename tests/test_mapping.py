"""The folium map, checked by its structure: layers, styles, tooltips, legend."""

import datetime as dt
import re

import folium
import pytest

from dashboard import control, data, mapping
from dashboard.models import GROUPS
from dashboard.paths import TIMELINE_FILE


@pytest.fixture(scope="module")
def group_names(names):
    return names.group_names()


@pytest.fixture(scope="module")
def timeline():
    return data.load_timeline(TIMELINE_FILE)


@pytest.fixture(scope="module")
def tips(islands, group_names):
    return mapping.tooltip_frame(islands, group_names)


def states_on(timeline, day):
    return control.state_at(timeline.control, dt.date.fromisoformat(day))


def geojson_of(container):
    return next(c for c in container._children.values() if isinstance(c, folium.GeoJson))


def styles(layer_group):
    layer = geojson_of(layer_group)
    return {f["properties"]["id"]: layer.style_function(f) for f in layer.data["features"]}


def test_every_island_is_a_feature_of_the_layer(tips, islands):
    features = geojson_of(mapping.build_island_layer(tips)).data["features"]
    assert sorted(f["properties"]["id"] for f in features) == sorted(islands["id"])


def test_without_a_timeline_each_group_has_its_own_colour(tips):
    for island_id, style in styles(mapping.build_island_layer(tips)).items():
        group = tips.set_index("id").loc[island_id, "group"]
        assert style["fillColor"] == mapping.GROUP_COLOURS[group]
    assert len(set(mapping.GROUP_COLOURS.values())) == len(GROUPS)


@pytest.mark.parametrize(
    ("day", "island", "fill", "claimed"),
    [
        ("1900-01-01", "etorofu", "japan", False),
        ("1945-08-29", "etorofu", "soviet-occupation", True),
        ("1945-08-29", "kunashiri", "japan", False),
        ("1960-01-01", "suisho", "ussr", True),
        ("2000-01-01", "shikotan", "russia", True),
    ],
)
def test_islands_are_coloured_by_administrator_with_dashed_claims(tips, timeline, day, island, fill, claimed):
    style = styles(mapping.build_island_layer(tips, states_on(timeline, day)))[island]
    assert style["fillColor"] == mapping.ADMIN_COLOURS[fill]
    assert ("dashArray" in style) is claimed
    if claimed:
        assert style["color"] == mapping.ADMIN_COLOURS["japan"]


def test_concerned_islands_are_bright_and_the_others_faded(tips, timeline):
    layer = mapping.build_island_layer(tips, states_on(timeline, "2010-11-01"), frozenset({"kunashiri"}))
    by_island = styles(layer)
    assert (
        by_island["kunashiri"]["fillOpacity"] > by_island["etorofu"]["fillOpacity"] == mapping.FADED_OPACITY
    )


def test_tooltips_name_each_island_in_three_languages_and_its_state(tips, timeline):
    layer = geojson_of(mapping.build_island_layer(tips, states_on(timeline, "1960-01-01")))
    tooltip = next(c for c in layer._children.values() if isinstance(c, folium.GeoJsonTooltip))
    assert tooltip.fields == ["tip_en", "tip_ja", "tip_ru", "tip_state"]
    props = {f["properties"]["id"]: f["properties"] for f in layer.data["features"]}
    assert props["suisho"]["tip_en"] == "Suisho / Tanfilyeva"
    assert props["suisho"]["tip_ja"] == "水晶島 (Suishō-tō)"
    assert props["suisho"]["tip_ru"] == "остров Танфильева (ostrov Tanfil&#x27;yeva)"
    assert props["suisho"]["tip_state"] == "Administered by the USSR; claimed by Japan"
    unnamed = next(p for p in props.values() if p["id"].startswith("habomai-islet-"))
    assert unnamed["tip_en"] == "Unnamed islet, Habomai Islands"
    assert unnamed["tip_ja"] == "歯舞群島 (Habomai-guntō)"


def test_tooltip_text_from_data_is_escaped(islands, group_names):
    hostile = islands.head(1).copy()
    hostile["name_en"] = '<img src=x onerror="alert(1)">'
    frame = mapping.tooltip_frame(hostile, group_names)
    assert frame["tip_en"].iloc[0] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"


def test_group_legend(group_names):
    body = mapping.legend_html(mapping.group_legend(group_names))
    for group in GROUPS:
        assert group_names[group]["en"] in body and mapping.GROUP_COLOURS[group] in body
    assert "Other land" in body


def test_map_credits_the_coastline_data(land):
    html = mapping.build_base_map(land.reset_index(), None).get_root().render()
    assert "Coastlines: GSHHG, Wessel" in html and "LGPL-3.0" in html


def test_timeline_legend_explains_colours_claims_and_fading(timeline):
    body = mapping.legend_html(mapping.timeline_legend(timeline.control.administrators))
    for text in (
        "Administered by Japan",
        "Under Soviet military occupation",
        "Administered by the USSR",
        "Administered by the Russian Federation",
        "claimed by Japan",
        "not concerned",
        "Other land",
    ):
        assert text in body
    assert "dashed" in body


def test_legend_labels_are_escaped():
    assert "&lt;b&gt;" in mapping.legend_html([("", "<b>")])


def test_base_map_has_no_tiles_no_islands_and_is_framed(land, islands, group_names):
    bounds = tuple(islands.total_bounds)
    fmap = mapping.build_base_map(land.reset_index(), bounds)
    assert not [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]
    layers = [c for c in fmap._children.values() if isinstance(c, folium.GeoJson)]
    assert [layer.layer_name for layer in layers] == ["Other land"]
    ids = {f["properties"]["id"] for f in layers[0].data["features"]}
    assert {"hokkaido", "urup", "kamchatka"} <= ids and "cape-nosappu" not in ids
    west, south, east, north = bounds
    assert f"[[{south}, {west}], [{north}, {east}]]" in fmap.get_root().render()


def script(fmap):
    # folium gives each element a random id; streamlit-folium ignores those
    return re.sub(r"_[0-9a-f]{32}", "_ID", fmap.get_root().render())


def test_the_base_map_is_the_same_at_every_step(land, islands, timeline):
    """st_folium keeps the drawn map only while the base map's script stays the same."""
    bounds = tuple(islands.total_bounds)
    first = mapping.build_base_map(land.reset_index(), bounds)
    second = mapping.build_base_map(land.reset_index(), bounds)
    assert script(first) == script(second)


def test_base_map_builds_without_context(group_names):
    assert mapping.build_base_map(None, None) is not None


def test_lines_in_force_are_drawn_with_their_kind_style(tips, timeline):
    from dashboard.paths import BORDERS_FILE

    lines = control.in_force(data.load_borders(BORDERS_FILE), dt.date(2000, 1, 1))
    layer = mapping.build_island_layer(tips, states_on(timeline, "2000-01-01"), frozenset(), lines)
    borders = [c for c in layer._children.values() if isinstance(c, folium.GeoJson)][1]
    kinds = {f["properties"]["kind"] for f in borders.data["features"]}
    assert kinds == {"line of control", "claimed boundary"}
    for feature in borders.data["features"]:
        assert borders.style_function(feature) == mapping.LINE_STYLES[feature["properties"]["kind"]]
        assert feature["properties"]["tip"].endswith("(schematic)")
