"""The folium map, checked by its structure: layers, styles, tooltips, legend."""

import folium
import pytest

from dashboard import mapping
from dashboard.models import GROUPS


@pytest.fixture(scope="module")
def group_names(names):
    return names.group_names()


@pytest.fixture(scope="module")
def built(islands, context, group_names):
    return mapping.build_base_map(islands, context.reset_index(), group_names)


def layers(fmap, cls):
    return [child for child in fmap._children.values() if isinstance(child, cls)]


def island_layer(fmap):
    return next(layer for layer in layers(fmap, folium.GeoJson) if layer.layer_name == "Islands")


def test_every_island_is_a_feature_of_the_islands_layer(built, islands):
    features = island_layer(built).data["features"]
    assert sorted(f["properties"]["id"] for f in features) == sorted(islands["id"])


def test_each_group_has_its_own_colour(built):
    layer = island_layer(built)
    for feature in layer.data["features"]:
        style = layer.style_function(feature)
        assert style["fillColor"] == mapping.GROUP_COLOURS[feature["properties"]["group"]]
    assert len(set(mapping.GROUP_COLOURS.values())) == len(GROUPS)


def test_tooltips_name_each_island_in_three_languages(built):
    layer = island_layer(built)
    tooltip = next(c for c in layer._children.values() if isinstance(c, folium.GeoJsonTooltip))
    assert tooltip.fields == ["tip_en", "tip_ja", "tip_ru"]
    props = {f["properties"]["id"]: f["properties"] for f in island_layer(built).data["features"]}
    assert props["suisho"]["tip_en"] == "Suisho / Tanfilyeva"
    assert props["suisho"]["tip_ja"] == "水晶島 (Suishō-tō)"
    assert props["suisho"]["tip_ru"] == "остров Танфильева (ostrov Tanfil&#x27;yeva)"
    unnamed = next(p for p in props.values() if p["id"].startswith("habomai-islet-"))
    assert unnamed["tip_en"] == "Unnamed islet, Habomai Islands"
    assert unnamed["tip_ja"] == "歯舞群島 (Habomai-guntō)"


def test_tooltip_text_from_data_is_escaped(islands, group_names):
    hostile = islands.head(1).copy()
    hostile["name_en"] = '<img src=x onerror="alert(1)">'
    frame = mapping.tooltip_frame(hostile, group_names)
    assert frame["tip_en"].iloc[0] == "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"


def test_legend_lists_the_four_groups_and_other_land(built, group_names):
    legend = next(c for c in built._children.values() if isinstance(c, mapping.Legend))
    for group in GROUPS:
        assert group_names[group]["en"] in legend.body
        assert mapping.GROUP_COLOURS[group] in legend.body
    assert "Other land" in legend.body
    assert "GSHHG" in legend.credit


def test_no_tile_layer_and_framed_on_the_islands(built, islands):
    assert not layers(built, folium.TileLayer)
    html = built.get_root().render()
    west, south, east, north = islands.total_bounds
    assert f"[[{south}, {west}], [{north}, {east}]]" in html


def test_context_land_and_cape_nosappu_are_drawn(built):
    land = next(layer for layer in layers(built, folium.GeoJson) if layer.layer_name == "Other land")
    ids = {f["properties"]["id"] for f in land.data["features"]}
    assert {"hokkaido", "urup", "kamchatka"} <= ids and "cape-nosappu" not in ids
    assert len(layers(built, folium.CircleMarker)) == 1


def test_the_map_is_the_same_on_every_build(islands, context, group_names):
    """st_folium keeps the drawn map only while the map's script stays the same."""
    import re

    def script(fmap):
        # folium gives each element a random id; streamlit-folium ignores those
        return re.sub(r"_[0-9a-f]{32}", "_ID", fmap.get_root().render())

    first = mapping.build_base_map(islands, context.reset_index(), group_names)
    second = mapping.build_base_map(islands, context.reset_index(), group_names)
    assert script(first) == script(second)


def test_map_builds_without_islands_or_context(context, group_names):
    assert island_layer_absent(mapping.build_base_map(None, context.reset_index(), group_names))
    assert mapping.build_base_map(None, None, group_names) is not None


def island_layer_absent(fmap):
    return all(layer.layer_name != "Islands" for layer in layers(fmap, folium.GeoJson))
