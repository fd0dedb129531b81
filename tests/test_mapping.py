"""The map and its states, checked by structure: layers, styles, tooltips, legend, escaping."""

import datetime as dt
import json
import re

import folium
import pytest

from dashboard import control, leaflet, map_widget, mapping
from dashboard.models import GROUPS


@pytest.fixture(scope="module")
def group_names(names):
    return names.group_names()


@pytest.fixture(scope="module")
def layers(islands, land, borders, group_names, timeline, t):
    line_names = {b.id: b.name for b in timeline.borders}
    return {
        "islands": mapping.islands_json(islands, group_names, t),
        "context": mapping.context_json(land.reset_index(), t),
        "borders": mapping.borders_json(borders, line_names, t),
    }


def shot_on(timeline, day, concerned=()):
    """A snapshot of the timeline on `day`, concerning `concerned`."""
    milestone = control.milestone_on_or_before(timeline, dt.date.fromisoformat(day))
    milestone = milestone.model_copy(update={"date": day, "precision": "day", "islands": list(concerned)})
    return control.snapshot(timeline, milestone)


def features(text):
    return json.loads(text)["features"]


def test_every_island_is_drawn_with_its_group_and_names(layers, islands):
    drawn = {f["properties"]["id"]: f["properties"] for f in features(layers["islands"])}
    assert sorted(drawn) == sorted(islands["id"])
    assert drawn["suisho"]["tip"] == [
        "Suisho / Tanfilyeva",
        "水晶島 (Suishō-tō)",
        "остров Танфильева (ostrov Tanfil'yeva)",
    ]
    unnamed = next(p for i, p in drawn.items() if i.startswith("habomai-islet-"))
    assert unnamed["tip"][:2] == ["Unnamed islet, Habomai Islands", "歯舞群島 (Habomai-guntō)"]
    assert unnamed["group"] == "habomai"


def test_drawn_outlines_are_simplified_but_close(layers, islands):
    drawn = features(layers["islands"])
    points = sum(len(re.findall(r"\[-?\d", json.dumps(f["geometry"]))) for f in drawn)
    assert points < 0.8 * sum(len(g.exterior.coords) for g in islands.geometry)
    assert len(layers["islands"]) < 120_000


def test_context_and_borders_layers(layers, borders):
    assert {f["properties"]["id"] for f in features(layers["context"])} >= {"hokkaido", "urup", "kamchatka"}
    lines = {f["properties"]["id"]: f["properties"] for f in features(layers["borders"])}
    assert sorted(lines) == sorted(borders["id"])
    assert lines["line-of-control"]["style"] == mapping.LINE_STYLES["line of control"]
    assert lines["shimoda-line"]["tip"][0].endswith("(schematic)")


def test_text_from_the_data_cannot_end_the_script(islands, group_names, t):
    hostile = islands.head(1).copy()
    hostile["name_en"] = '</script><img src=x onerror="alert(1)">'
    text = mapping.islands_json(hostile, group_names, t)
    assert "<" not in text and ">" not in text
    assert json.loads(text)["features"][0]["properties"]["tip"][0] == hostile["name_en"].iloc[0]


def test_without_a_timeline_each_group_has_its_own_colour(sides, t):
    state = mapping.map_state(None, sides, t)
    assert {g: s["style"]["fillColor"] for g, s in state["groups"].items()} == mapping.GROUP_COLOURS
    assert len(set(mapping.GROUP_COLOURS.values())) == len(GROUPS)


@pytest.mark.parametrize(
    ("day", "group", "fill", "claimed"),
    [
        ("1900-01-01", "etorofu", "japan", False),
        ("1945-08-29", "etorofu", "soviet-occupation", True),
        ("1945-08-29", "kunashiri", "japan", False),
        ("1960-01-01", "habomai", "ussr", True),
        ("2000-01-01", "shikotan", "russia", True),
    ],
)
def test_groups_are_coloured_by_administrator_with_dashed_claims(
    timeline, sides, t, day, group, fill, claimed
):
    style = mapping.map_state(shot_on(timeline, day), sides, t)["groups"][group]["style"]
    assert style["fillColor"] == sides[fill].colour
    assert (style["dashArray"] is not None) is claimed
    if claimed:
        assert style["color"] == sides["japan"].colour


def test_concerned_groups_are_bright_and_the_others_faded(timeline, sides, t):
    state = mapping.map_state(shot_on(timeline, "2010-11-01", ["kunashiri"]), sides, t)
    opacity = {g: s["style"]["fillOpacity"] for g, s in state["groups"].items()}
    assert opacity["kunashiri"] > opacity["etorofu"] == mapping.FADED_OPACITY


def test_status_lines_and_lines_in_force(timeline, sides, t):
    state = mapping.map_state(shot_on(timeline, "2000-01-01"), sides, t)
    assert state["groups"]["shikotan"]["status"] == "Administered by the Russian Federation; claimed by Japan"
    assert state["lines"] == ["line-of-control", "japan-claimed-line"]


def test_relay_script_stores_and_applies_the_state():
    script = map_widget.relay_html({"island_map": {"groups": {}, "lines": ["</script>"]}})
    assert script.startswith("<script>") and script.count("</script>") == 1
    assert "window.__islandStates" in script and "__applyIslandState" in script
    assert json.dumps(map_widget.FRAME_SELECTOR) in script  # 'iframe[title="streamlit_folium.st_folium"]'


def test_watchdog_escapes_its_message_and_keeps_the_picture():
    body = map_widget.watchdog_html("k", "<b>no map</b>", '<img alt="x" src="data:,">')
    assert "&lt;b&gt;no map" in body and '<img alt="x" src="data:,">' in body
    assert 'id="map-missing-k"' in body and "setTimeout" in body


def test_legends(group_names, sides, t):
    body = mapping.legend_html(mapping.group_legend(group_names, t))
    for group in GROUPS:
        assert group_names[group]["en"] in body and mapping.GROUP_COLOURS[group] in body
    body = mapping.legend_html(mapping.timeline_legend(sides, t))
    for text in (
        "Administered by Japan",
        "Under Soviet military occupation",
        "Administered by the USSR",
        "Administered by the Russian Federation",
        "claimed by Japan",
        "not concerned",
        "Other land",
        "Border drawn by a treaty in force",
        "Line of control since 1945",
        "schematic",
    ):
        assert text in body
    assert "&lt;b&gt;" in mapping.legend_html([("", "<b>")])


def build(layers, **changes):
    args = {
        "key": "island_map",
        **layers,
        "nosappu": (43.38, 145.82, "Cape Nosappu"),
        "bounds": (145, 43, 149, 46),
    }
    return mapping.build_map(**(args | changes))


def test_map_has_layers_hook_credit_and_no_tiles(layers):
    fmap = build(layers)
    assert not [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]
    names = [c.layer_name for c in fmap._children.values() if isinstance(c, leaflet.DataLayer)]
    assert names == ["context", "islands", "borders"]
    html = fmap.get_root().render()
    assert "Coastlines: GSHHG, Wessel" in html and "__applyIslandState" in html
    assert '"island_map"' in html
    assert "[[43, 145], [46, 149]]" in html


def script(fmap):
    # folium gives each element a random id; streamlit-folium ignores those
    return re.sub(r"_[0-9a-f]{32}", "_ID", fmap.get_root().render())


def test_the_map_is_the_same_at_every_step(layers):
    """Streamlit keeps the drawn map (and sends nothing) only while its script stays the same."""
    assert script(build(layers)) == script(build(layers))


def test_map_builds_with_missing_layers(layers):
    fmap = build(layers, islands=None, context=None, borders=None, nosappu=None, bounds=None)
    assert not [c for c in fmap._children.values() if isinstance(c, leaflet.DataLayer)]


def test_fallback_picture_is_an_image_of_numbers_only(islands, land):
    import base64

    picture = mapping.fallback_svg(islands, land.reset_index())
    assert picture.startswith("<img alt=") and 'src="data:image/svg+xml;base64,' in picture
    svg = base64.b64decode(picture.split("base64,")[1].split('"')[0]).decode()
    assert svg.count("<path") >= len(islands)
    assert not re.search(
        r"[A-Za-z]{4,}",
        svg.replace("http://www.w3.org/2000/svg", "")
        .replace("viewBox", "")
        .replace("xmlns", "")
        .replace("stroke", "")
        .replace("width", "")
        .replace("height", "")
        .replace("fill", "")
        .replace("path", "")
        .replace("rect", ""),
    )


def component_args(fmap, render):
    """What st_folium sends to the browser for `fmap`, ids normalised."""
    from unittest.mock import patch

    import streamlit_folium

    sent = {}
    with patch.object(streamlit_folium, "_component_func", side_effect=lambda **kw: sent.update(kw)):
        streamlit_folium.st_folium(fmap, key="island_map", render=render, returned_objects=[])
    sent.pop("on_change")
    return {k: re.sub(r"_[0-9a-f]{32}", "_ID", v) if isinstance(v, str) else v for k, v in sent.items()}


def test_the_map_needs_no_second_rendering(layers):
    """map_widget.show_map passes render=False (one rendering instead of two per step): for a fresh map
    streamlit-folium must send exactly what it sends when it renders the figure first."""
    assert component_args(build(layers), render=False) == component_args(build(layers), render=True)
