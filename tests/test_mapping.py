"""The map and its states, checked by structure: layers, styles, tooltips, labels, legend, escaping."""

import datetime as dt
import json
import re

import folium
import pytest

from dashboard import control, leaflet, legend, map_layers, map_widget, mapping, time_axis
from dashboard.models import GROUPS


@pytest.fixture(scope="module")
def group_names(names):
    return names.group_names()


@pytest.fixture(scope="module")
def layers(islands, land, borders, group_names, timeline, sides, names, t):
    lines = {b.id: b for b in timeline.borders}
    styles = {i: mapping.line_style(lines[i], sides) for i in borders["id"]}
    bounds = mapping.framing(islands)
    labels = map_layers.map_labels(
        islands,
        land.reset_index(),
        borders,
        names,
        group_names,
        {i: b.label for i, b in lines.items()},
        bounds,
        t,
    )
    return {
        "islands": map_layers.islands_json(islands, group_names, t),
        "context": map_layers.context_json(land.reset_index(), t),
        "borders": map_layers.borders_json(borders, {i: b.name for i, b in lines.items()}, styles, t),
        "claims": map_layers.claims_json(islands),
        "labels": map_layers.labels_json(labels),
        "legend": legend.timeline_legend(timeline, t),
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


def test_context_and_borders_layers(layers, borders, timeline, sides):
    assert {f["properties"]["id"] for f in features(layers["context"])} >= {"hokkaido", "urup", "kamchatka"}
    lines = {f["properties"]["id"]: f["properties"] for f in features(layers["borders"])}
    assert sorted(lines) == sorted(borders["id"])
    assert lines["line-of-control"]["style"] == mapping.LINE_STYLES["line of control"]
    assert lines["japan-claimed-line"]["style"]["color"] == sides["japan"].colour  # its claimant's colour
    assert lines["shimoda-line"]["tip"][0].endswith("(schematic)")


def test_a_claim_is_outlined_around_the_whole_group(layers, islands):
    import shapely

    outlines = {
        f["properties"]["group"]: shapely.geometry.shape(f["geometry"]) for f in features(layers["claims"])
    }
    assert sorted(outlines) == sorted(GROUPS)
    for _, island in islands.iterrows():
        assert outlines[island["group"]].contains(island.geometry.representative_point()), island["id"]


def test_the_map_names_the_groups_the_land_the_seas_and_the_lines(layers, timeline):
    labels = json.loads(layers["labels"])
    texts = {item["text"]: item for item in labels}
    expected = ["Etorofu / Iturup", "Kunashiri / Kunashir", "Shikotan", "Habomai Islands", "Hokkaido"]
    expected += ["Urup / Uruppu", "Sea of Okhotsk", "Pacific Ocean", "Cape Nosappu", "Nemuro Peninsula"]
    for name in expected:
        assert name in texts, name
    for border in timeline.borders:
        assert texts[border.label]["line"] == border.id  # shown only while its line is drawn
    assert texts["Suisho / Tanfilyeva"]["zoom"] > texts["Habomai Islands"]["zoom"]  # closer in
    assert all(len(item["at"]) >= 1 for item in labels) and len(texts["Hokkaido"]["at"]) > 1  # other places
    ranks = [item["rank"] for item in labels]
    assert ranks == sorted(ranks) and texts["Etorofu / Iturup"]["rank"] == 1  # the groups first


def test_text_from_the_data_cannot_end_the_script(islands, group_names, t):
    hostile = islands.head(1).copy()
    hostile["name_en"] = '</script><img src=x onerror="alert(1)">'
    text = map_layers.islands_json(hostile, group_names, t)
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
def test_groups_are_filled_by_administrator_and_outlined_by_claimant(
    timeline, sides, t, day, group, fill, claimed
):
    state = mapping.map_state(shot_on(timeline, day), sides, t)["groups"][group]
    assert state["style"]["fillColor"] == sides[fill].colour
    assert state["pattern"] == (sides[fill].pattern if sides[fill].pattern != "solid" else None)
    assert state["claim"] == (sides["japan"].colour if claimed else None)


def test_the_ussr_is_told_from_the_occupation_by_a_pattern(sides):
    assert sides["ussr"].pattern != sides["soviet-occupation"].pattern
    assert sides["ussr"].pattern != sides["russia"].pattern


def test_concerned_groups_are_bright_and_the_others_faded(timeline, sides, t):
    state = mapping.map_state(shot_on(timeline, "2010-11-01", ["kunashiri"]), sides, t)
    opacity = {g: s["style"]["fillOpacity"] for g, s in state["groups"].items()}
    assert opacity["kunashiri"] > opacity["etorofu"] == mapping.FADED_OPACITY


def test_status_lines_and_lines_in_force(timeline, sides, t):
    state = mapping.map_state(shot_on(timeline, "2000-01-01"), sides, t)
    assert state["groups"]["shikotan"]["status"] == "Administered by the Russian Federation; claimed by Japan"
    assert state["lines"] == ["line-of-control", "japan-claimed-line"]


@pytest.mark.parametrize(
    ("milestone", "focus"),
    [
        ("st-petersburg-treaty-1875", {"shimoda-line", "st-petersburg-line"}),
        ("portsmouth-treaty-1905", {"portsmouth-line"}),
        ("shumshu-landing-1945", {"st-petersburg-line"}),
        ("joint-declaration-1956", set()),
    ],
)
def test_a_milestone_brings_the_lines_it_changes_into_view(timeline, sides, t, milestone, focus):
    state = mapping.map_state(control.snapshot(timeline, timeline.milestone(milestone)), sides, t)
    assert set(state["focus"]) == focus


def test_relay_script_stores_and_applies_the_state_and_places_the_cursor():
    script = map_widget.relay_html({"island_map": {"groups": {}, "lines": ["</script>"]}}, cursor=0.25)
    assert script.startswith("<script>") and script.count("</script>") == 1
    assert "window.__islandStates" in script and "__applyIslandState" in script
    assert json.dumps(map_widget.FRAME_SELECTOR) in script  # 'iframe[title="streamlit_folium.st_folium"]'
    assert '"--cursor", 0.25' in script
    assert "--cursor" not in map_widget.relay_html({})


def test_watchdog_escapes_its_messages_and_keeps_the_picture():
    body = map_widget.watchdog_html("k", "<b>no map</b>", "<i>no style</i>", '<img alt="x" src="data:,">')
    assert "&lt;b&gt;no map" in body and "&lt;i&gt;no style" in body and '<img alt="x" src="data:,">' in body
    assert 'id="map-missing-k"' in body and "setTimeout" in body


def test_legend_shows_every_state_the_map_can_show(timeline, sides, group_names, t):
    body = legend.timeline_legend(timeline, t)
    for side in sides.values():
        assert side.status[:1].upper() + side.status[1:] in body
        assert body.count(side.colour) >= 2  # bright and faded
    assert "repeating-linear-gradient" in body  # the USSR's hatching
    for text in ("No state administration on record", "Claimed by Japan", "Faded", "Other land"):
        assert text in body
    for border in timeline.borders:
        assert border.label in body
    groups = legend.group_legend(group_names, t)
    assert all(group_names[g]["en"] in groups for g in GROUPS)


def test_legend_escapes_text(timeline, t):
    hostile = timeline.model_copy(deep=True)
    side = hostile.control.administrators["japan"].model_copy(update={"status": "<b>x</b>"})
    hostile.control.administrators["japan"] = side
    assert "&lt;b&gt;x&lt;/b&gt;" in legend.timeline_legend(hostile, t)
    assert "&lt;b&gt;x&lt;/b&gt;" in legend.control_legend(hostile, t)


def test_the_time_axis_lanes_legend_names_each_side_in_its_colour(timeline, sides, t):
    body = legend.control_legend(timeline, t, 0.8)
    assert body.count("<li>") == len(sides) + 1  # each side, then no state administration
    for side in sides.values():
        assert side.status[:1].upper() + side.status[1:] in body
        assert f"color-mix(in srgb, {side.colour} 80%, white)" in body  # as the lanes draw it
    assert "No state administration on record" in body and time_axis.NO_STATE in body


def build(layers, **changes):
    args = {
        "key": "island_map",
        **layers,
        "nosappu": (43.38, 145.82, "Cape Nosappu"),
        "bounds": (145, 43, 149, 46),
    }
    return mapping.build_map(**(args | changes))


def test_map_has_layers_hook_labels_legend_credit_and_no_tiles(layers):
    fmap = build(layers)
    assert not [c for c in fmap._children.values() if isinstance(c, folium.TileLayer)]
    names = [c.layer_name for c in fmap._children.values() if isinstance(c, leaflet.DataLayer)]
    assert names == ["context", "islands", "claims", "borders"]
    assert [
        type(c) for c in fmap._children.values() if isinstance(c, leaflet.LabelLayer | leaflet.LegendControl)
    ]
    html = fmap.get_root().render()
    assert "Coastlines: GSHHG, Wessel" in html and "__applyIslandState" in html and "__placeLabels" in html
    assert '"island_map"' in html
    assert "[[43,145],[46,149]]" in html  # the framing, applied by the state hook
    assert 'id="map-legend"' in html and 'id="map-labels"' in html
    assert "preventScroll: true" in html  # the first click on the map is not lost to a scroll


def script(fmap):
    # folium gives each element a random id; streamlit-folium ignores those
    return re.sub(r"_[0-9a-f]{32}", "_ID", fmap.get_root().render())


def test_the_map_is_the_same_at_every_step(layers):
    """Streamlit keeps the drawn map (and sends nothing) only while its script stays the same."""
    assert script(build(layers)) == script(build(layers))


@pytest.mark.parametrize("link", [None, "compare"])
def test_linked_maps_carry_their_group_and_stay_the_same_at_every_step(layers, link):
    fmap = build(layers, key="compare_first", link=link)
    links = [c for c in fmap._children.values() if isinstance(c, leaflet.MapLink)]
    assert [c.group for c in links] == ([link] if link else [])
    html = fmap.get_root().render()
    assert ("__followView" in html) == bool(link) and ('"compare");' in html) == bool(link)
    assert script(build(layers, key="compare_first", link=link)) == script(fmap)


def test_map_builds_with_missing_layers(layers):
    fmap = build(layers, islands=None, context=None, borders=None, claims=None, labels=None, legend=None,
                 nosappu=None, bounds=None)  # fmt: skip
    assert not [c for c in fmap._children.values() if isinstance(c, leaflet.DataLayer)]


def test_fallback_picture_is_an_image_of_numbers_only(islands, land):
    import base64

    picture = mapping.fallback_svg(islands, land.reset_index())
    assert picture.startswith("<img alt=") and 'src="data:image/svg+xml;base64,' in picture
    svg = base64.b64decode(picture.split("base64,")[1].split('"')[0]).decode()
    assert svg.count("<path") >= len(islands)
    words = (
        "http://www.w3.org/2000/svg",
        "viewBox",
        "xmlns",
        "stroke",
        "width",
        "height",
        "fill",
        "path",
        "rect",
    )
    for word in words:
        svg = svg.replace(word, "")
    assert not re.search(r"[A-Za-z]{4,}", svg)


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
    """map_widget.show_map passes render=False (one rendering instead of two per step): for a
    fresh map streamlit-folium must send exactly what it sends when it renders the figure first."""
    assert component_args(build(layers), render=False) == component_args(build(layers), render=True)
