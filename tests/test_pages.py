"""Every page run through Streamlit's AppTest, with good data, broken data and simulated clicks."""

import json
import re
from pathlib import Path
from unittest.mock import patch

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard import compare, data, map_widget, store, ui, version
from dashboard.i18n import texts
from dashboard.markdown import md_escape
from dashboard.milestone_text import option_label

ROOT = Path(__file__).resolve().parents[1]
PAGES = [page for page, _, _ in ui.PAGES]
TIMEOUT = 30  # a cold run imports geopandas and folium
TIMELINE = data.load_timeline(ROOT / "geodata" / "timeline.yaml")
FIRST, SECOND, LATEST = (TIMELINE.milestones[i].id for i in (0, 1, -1))
EVE = compare.default_pair(TIMELINE)[0]  # the Compare page opens on it and the latest milestone
EVE_LABEL, LATEST_LABEL = (option_label(TIMELINE.by_id[i], texts()) for i in (EVE, LATEST))


def run(page="streamlit_app.py"):
    """Open the app at its entry point, then go to `page` as the menu does."""
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT).run()
    if page != "streamlit_app.py":
        at.switch_page(page).run()
    return at


def map_args(at):
    component = at.get("component_instance")[0]
    return json.loads(component.proto.json_args)


def event_card(at):
    """The Markdown of the event card (one element: its title is a level-4 heading)."""
    return next(m.value for m in at.markdown if m.value.startswith(":small[") and "\n\n#### " in m.value)


def twin(at):
    """The text twin of the map, as {group: (administered by, claimed by)}, read from its table."""
    return {group: (admin, claimed) for group, (admin, claimed, _) in twin_rows(at).items()}


def twin_rows(at):
    """The text twin's rows, as {group: (administered by, claimed by, residents)}."""
    text = next(m.value for m in at.markdown if m.value.startswith("**On "))
    rows = [line.strip("| ").split(" | ") for line in text.splitlines() if line.startswith("| ")]
    assert rows[0] == ["Island group", "Administered by", "Claimed by", "Residents \\(nearest figure\\)"]
    return {row[0].replace("\\", ""): tuple(row[1:]) for row in rows[1:]}


def card_heading(at):
    """The heading of the island facts card (the section's own heading is 'Island facts')."""
    return next(h.value for h in at.subheader if h.value != "Island facts")


TITLES = {
    "streamlit_app.py": "Etorofu, Kunashiri, Shikotan and the Habomai Islands",
    "pages/1_Islands.py": "The four island groups",
    "pages/2_Chronology.py": "Chronology",
    "pages/3_Compare.py": "Compare two moments",
    "pages/4_Sources_and_data.py": "Sources & data",
}


@pytest.mark.parametrize("page_file", PAGES)
def test_page_renders_without_errors(page_file):
    at = run(page_file)
    assert not at.exception
    assert not at.error
    assert at.title[0].value == TITLES[page_file]


def test_islands_page_shows_locator_table_charts_and_island_list():
    at = run("pages/1_Islands.py")
    table = at.table[0].value
    assert list(table.columns) == ["Etorofu / Iturup", "Kunashiri / Kunashir", "Shikotan", "Habomai Islands"]
    # on a phone the page's style sheet shows one table per group instead, the same rows
    assert [list(t.value.columns) for t in at.table[1:]] == [[c] for c in table.columns]
    assert all(list(t.value.index) == list(table.index) for t in at.table[1:])
    assert len(at.get("vega_lite_chart")) == 2
    assert len(at.dataframe[0].value) > 50  # every island and islet


@pytest.mark.parametrize(
    ("lang", "title", "names"),
    [
        ("en", "Residents over time", ["Etorofu / Iturup", "Habomai Islands"]),
        ("ja", "住民数の推移", ["択捉島", "歯舞群島"]),
        ("ru", "Число жителей по годам", ["остров Итуруп", "острова Хабомаи"]),
    ],
)
def test_islands_page_in_every_language_has_the_locator_and_both_charts(lang, title, names):
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    at.run()
    at.switch_page("pages/1_Islands.py").run()
    assert not at.exception and not at.error
    locator = [h.proto.body for h in at.get("html") if 'class="islands-locator"' in h.proto.body]
    assert len(locator) == 1 and all(name in locator[0] for name in names)  # in the alt text
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert len(specs) == 2 and specs[0]["layer"][-1]["title"] == title


def test_sources_page_offers_every_geojson_for_download():
    at = run("pages/4_Sources_and_data.py")
    labels = [b.proto.label for b in at.get("download_button")]
    assert "Download islands.geojson" in labels and "Download context.geojson" in labels
    text = "\n".join(m.value for m in at.markdown)
    assert "LGPL" in text and "soest.hawaii.edu/pwessel/gshhg" in text


SEARCHES = {"en": "Diet 1956", "ja": "国会 1956", "ru": "декларация 1956"}


def group_counts(at) -> dict[str, int]:
    """{group label: its count} of the Sources section's collapsible groups."""
    found = (re.fullmatch(r"(.+) \((\d+)\)", e.label.replace("\\", "")) for e in at.expander)
    return {m[1]: int(m[2]) for m in found if m}


@pytest.mark.parametrize("code", ["en", "ja", "ru"])
def test_sources_page_has_contents_groups_search_csv_and_version(code):
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = code
    at.run().switch_page("pages/4_Sources_and_data.py").run()
    assert not at.exception and not at.error
    text = "\n".join(m.value for m in at.markdown)
    anchors = ["data-files", "methods", "sources", "licences", "embed"]
    assert all(f"](#{anchor})" in text for anchor in anchors)  # the contents link to each section
    assert [h.proto.anchor for h in at.header] == anchors
    assert f"`{version.data_version(ROOT / 'geodata')}`" in text
    labels = [b.proto.label for b in at.get("download_button")]
    assert any(f"timeline-{code}.csv" in label for label in labels)  # beside the data files
    before = group_counts(at)
    assert len(before) >= 5 and not any(e.proto.expanded for e in at.expander)
    at.text_input(key="source_search").set_value(SEARCHES[code]).run()
    after = group_counts(at)
    assert 0 < sum(after.values()) < sum(before.values())
    assert all(after[label] <= before[label] for label in after)
    assert all(e.proto.expanded for e in at.expander)  # what the search found is open
    at.text_input(key="source_search").set_value("zzzz-no-such-source").run()
    assert not group_counts(at) and at.info


def test_every_page_file_is_in_the_menu():
    files = {"streamlit_app.py"} | {f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py")}
    assert files == set(PAGES)


def test_landing_map_reruns_only_on_clicks():
    args = map_args(run())
    assert args["returned_objects"] == ["last_object_clicked"]
    assert args["height"] == 560


def test_landing_card_defaults_to_etorofu_with_sources():
    at = run()
    assert card_heading(at) == "Etorofu / Iturup"
    text = "\n".join(m.value for m in at.markdown)
    assert (
        "3,166.64 km²" in text
        and "**Sources**" in text
        and "https://www.mlit.go.jp/hkb/hoppo-data.html" in text
    )


def test_picking_a_group_shows_its_card():
    at = run()
    at.segmented_control(key="facts_group").set_value("shikotan").run()
    assert card_heading(at) == "Shikotan"
    assert any("1,038 in 206 households" in m.value for m in at.markdown)


def click(lat, lng):
    return patch("streamlit_folium.st_folium", return_value={"last_object_clicked": {"lat": lat, "lng": lng}})


def test_clicking_an_islet_shows_its_group_and_the_islet():
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    with click(43.4385, 145.9136):  # Suisho
        at.run()
    assert not at.exception
    assert at.segmented_control(key="facts_group").value == "habomai"
    assert card_heading(at) == "Habomai Islands"
    assert any("**Selected:** Suisho / Tanfilyeva" in m.value for m in at.markdown)


def test_a_click_in_the_sea_changes_nothing():
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    with click(42.5, 149.0):
        at.run()
    assert card_heading(at) == "Etorofu / Iturup"


def count_loads(monkeypatch) -> dict:
    """Count the calls of every data file's loader (through the files table the store uses),
    per file and translation (the same overlay object stands for the same language)."""
    import collections
    import dataclasses

    from dashboard import files

    counted = collections.Counter()
    for item in files.DATA_FILES:

        def wrapper(path, *overlay, original=item.loader, name=item.name):
            counted[(name, id(overlay[0]) if overlay and overlay[0] is not None else None)] += 1
            return original(path, *overlay)

        monkeypatch.setitem(files.BY_NAME, item.name, dataclasses.replace(item, loader=wrapper))
    return counted


def test_data_is_loaded_once_per_process(monkeypatch):
    st.cache_data.clear()
    st.cache_resource.clear()
    counted = count_loads(monkeypatch)
    at = run()
    at.run()
    at.segmented_control(key="facts_group").set_value("kunashiri").run()
    assert counted[("islands.geojson", None)] == 1


def test_no_page_reads_or_simplifies_geometry_again_on_a_rerun(monkeypatch):
    """Every page, opened and run again: each file is read and the map's outlines simplified
    once per process, whichever page comes first."""
    from dashboard import map_layers

    st.cache_data.clear()
    st.cache_resource.clear()
    counted = count_loads(monkeypatch)
    simplified = []
    original = map_layers.feature_collection
    monkeypatch.setattr(
        map_layers, "feature_collection", lambda *a, **k: simplified.append(1) or original(*a, **k)
    )
    at = run()
    for page in PAGES:
        at.switch_page(page).run()
        at.run()
        assert not at.exception, page
    assert len(simplified) == 4  # islands, context land, borders, claim outlines
    assert counted == dict.fromkeys(counted, 1)


# the files a page does not read (each page loads a file when it first needs it; a page that
# does not need a broken file works without a word about it)
UNUSED = {
    "pages/1_Islands.py": {"timeline.yaml"},
    "pages/2_Chronology.py": {"islands.geojson", "facts.yaml"},
    "pages/3_Compare.py": {"facts.yaml"},
}


def assert_reported(at, page_file, name, start):
    """`name`'s problem is on the page if the page reads the file, and nothing is if not."""
    assert not at.exception
    if name in UNUSED.get(page_file, ()):
        assert not at.error
    else:
        assert any(start in e.value for e in at.error)


@pytest.fixture
def broken(geodata_copy, monkeypatch):
    """Point the app at a copy of geodata/ and return a function that breaks one file."""
    monkeypatch.setenv(store.GEODATA_ENV, str(geodata_copy))

    def breaker(name, content):
        path = geodata_copy / name
        if content is None:
            path.unlink()
        else:
            path.write_text(content, encoding="utf-8")

    return breaker


@pytest.mark.parametrize("page_file", PAGES)
def test_unreadable_islands_file_is_reported_and_the_rest_works(broken, page_file):
    broken("islands.geojson", "{broken")
    at = run(page_file)
    assert_reported(at, page_file, "islands.geojson", "islands.geojson: not valid JSON (line 1, column 2")
    if page_file == "streamlit_app.py":
        assert card_heading(at) == "Etorofu / Iturup"  # the facts still work
        assert at.get("component_instance")  # the map still draws the context land


@pytest.mark.parametrize("page_file", PAGES)
def test_missing_facts_file_is_reported_and_the_map_still_draws(broken, page_file):
    broken("facts.yaml", None)
    at = run(page_file)
    assert_reported(at, page_file, "facts.yaml", "facts.yaml: the file is missing")
    if page_file == "streamlit_app.py":
        assert at.get("component_instance")


def test_missing_group_is_reported_by_record(broken, geodata_copy):
    path = geodata_copy / "islands.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"] = [f for f in collection["features"] if f["properties"]["group"] != "habomai"]
    broken("islands.geojson", json.dumps(collection))
    at = run()
    assert any("islands.geojson: no island of group habomai" in e.value for e in at.error)


def test_invalid_names_file_falls_back_to_plain_group_names(broken):
    broken("names.yaml", "groups: 3")
    at = run()
    assert not at.exception
    assert any(e.value.startswith("A data file could not be used: names.yaml") for e in at.error)
    assert card_heading(at) == "Etorofu"


def open_with(**params):
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def test_every_milestone_renders_on_the_landing_page():
    at = run()
    timeline = data.load_timeline(ROOT / "geodata" / "timeline.yaml")
    for milestone in timeline.milestones:
        at.select_slider(key="event").set_value(milestone.id).run()
        assert not at.exception, milestone.id
        assert f"\n\n#### {md_escape(milestone.title)}\n\n" in event_card(at), milestone.id
        assert at.query_params["event"] == milestone.id


def test_the_text_twin_gives_the_residents_nearest_the_milestone():
    at = open_with(event="joint-declaration-1956")
    assert twin_rows(at)["Kunashiri / Kunashir"][2] == "7,364 \\(15 August 1945, Japan's count\\)"
    at = open_with(event=LATEST)
    assert "Russian estimate" in twin_rows(at)["Etorofu / Iturup"][2]


def test_deep_link_by_event_restores_the_milestone():
    at = open_with(event="joint-declaration-1956")
    assert at.select_slider(key="event").value == "joint-declaration-1956"
    assert not at.info
    assert twin(at)["Shikotan"] == ("The USSR", "Japan")


def test_deep_link_by_date_opens_the_milestone_of_that_day():
    at = open_with(date="1945-08-28")
    assert at.select_slider(key="event").value == "landing-etorofu-1945"
    assert twin(at)["Etorofu / Iturup"][0] == "Soviet military occupation"
    assert twin(at)["Kunashiri / Kunashir"] == ("Japan", "no other claim")


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"event": "no-such-event"}, "doesn't have"),
        ({"date": "yesterday"}, "is not a date"),
        ({"event": "<script>alert(1)</script>"}, "doesn't have"),
    ],
)
def test_bad_deep_link_falls_back_with_a_notice(params, words):
    at = open_with(**params)
    assert not at.exception and not at.error
    assert at.select_slider(key="event").value == LATEST
    assert words in at.info[0].value
    assert "<script>" not in at.info[0].value  # escaped for Markdown
    assert at.query_params["event"] == LATEST


def test_a_link_notice_stays_through_the_page_s_own_reruns_until_the_reader_steps():
    at = open_with(event="no-such-event")
    at.button(key=map_widget.DRAWN_BUTTON_KEY).click().run()  # what the page does once the map drew
    assert "doesn't have" in at.info[0].value
    at.button[1].click().run()  # Next... at the last milestone: still there, still the notice
    at.button[0].click().run()  # Previous: the reader has moved on
    assert not at.info


def test_the_time_axis_waits_for_the_map_then_stays():
    at = open_with(event=FIRST)
    assert not at.get("vega_lite_chart")  # the first view sends the map first...
    at.button(key=map_widget.DRAWN_BUTTON_KEY).click().run()  # ...and the axis once it has drawn
    assert len(at.get("vega_lite_chart")) == 2
    at.button[1].click().run()
    assert len(at.get("vega_lite_chart")) == 2
    assert not [b for b in at.button if b.key == map_widget.DRAWN_BUTTON_KEY]


def test_a_view_in_the_link_opens_the_map_there_and_stays_in_the_address():
    at = open_with(event=FIRST, view="43.9,145.7,9")
    assert map_state_sent(at)["view"] == [43.9, 145.7, 9.0]
    assert at.query_params["view"] == "43.9000,145.7000,9"
    at.button[1].click().run()  # Next
    assert at.query_params["view"] == "43.9000,145.7000,9"
    assert at.query_params["event"] == SECOND


def test_a_bad_view_in_the_link_frames_the_islands_with_a_notice():
    at = open_with(event=FIRST, view="<b>north</b>")
    assert "view" not in map_state_sent(at)
    assert "map view" in at.info[0].value and "<b>" not in at.info[0].value
    assert "view" not in at.query_params


def test_share_shows_the_link_citation_and_downloads_of_the_view():
    at = open_with(event="joint-declaration-1956", lang="ja")
    at.button(key="share").click().run()
    codes = [c.value for c in at.code]
    assert any("?event=joint-declaration-1956&lang=ja" in c for c in codes)
    assert any(c.startswith("@misc{islands-joint-declaration-1956-") for c in codes)
    assert any("日ソ共同宣言" in c for c in codes)  # the citation in the reader's language
    downloads = [b.proto.label for b in at.get("download_button")]
    assert len(downloads) == 2
    at.button[1].click().run()  # a step closes nothing it should not: no dialog content is sent
    assert not at.code


def test_previous_and_next_buttons_step_and_stop_at_the_ends():
    at = open_with(event=FIRST)
    at.button[0].click().run()  # Previous at the first milestone stays there
    assert at.select_slider(key="event").value == FIRST
    at.button[1].click().run()  # Next
    assert at.select_slider(key="event").value == SECOND


def test_play_starts_and_stop_stops():
    at = open_with(event="landing-etorofu-1945")
    at.button(key="play").click().run()
    assert at.session_state["playing"] is True
    assert at.button(key="play").label == "Stop"
    at.button(key="play").click().run()
    assert at.session_state["playing"] is False


def map_state_sent(at, key="island_map"):
    """The map state the page handed to the map, from the relay script of st.html."""
    for element in at.get("html"):
        body = element.proto.body
        if "__islandStates" in body:
            payload = re.search(r"Object\.assign\(all, (.*?)\);\n", body).group(1)
            return json.loads(payload)[key]
    raise AssertionError("no map state on the page")


def test_the_map_state_follows_the_milestone_and_the_map_stays_the_same():
    before_page = open_with(event="potsdam-declaration-1945")
    after_page = open_with(event="landing-etorofu-1945")
    before, after = map_state_sent(before_page), map_state_sent(after_page)
    sides = TIMELINE.control.administrators
    assert before["groups"]["etorofu"]["style"]["fillColor"] == sides["japan"].colour
    assert after["groups"]["etorofu"]["style"]["fillColor"] == sides["soviet-occupation"].colour
    assert after["groups"]["kunashiri"]["style"]["fillColor"] == sides["japan"].colour
    assert after["lines"] == ["japan-claimed-line"]

    def script(at):
        return re.sub(r"_[0-9a-f]{32}", "", map_args(at)["script"])

    assert script(before_page) == script(after_page)
    assert map_args(after_page)["feature_group"] is None


def test_every_milestone_renders_on_both_sides_of_the_compare_page():
    at = run("pages/3_Compare.py")
    ids = [m.id for m in TIMELINE.milestones]
    for milestone_id in ids:
        for key in ("compare_from", "compare_to"):
            at.selectbox(key=key).set_value(milestone_id).run()
            assert not at.exception, (key, milestone_id)
            assert len(at.get("component_instance")) == 2
            assert at.query_params[key.removeprefix("compare_")] == milestone_id


def open_compare(**params):
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT).run()
    at.switch_page("pages/3_Compare.py")
    for key, value in params.items():
        at.query_params[key] = value
    return at.run()


def compare_pair(at):
    return at.selectbox(key="compare_from").value, at.selectbox(key="compare_to").value


def test_the_compare_page_opens_at_the_pair_of_its_link_and_writes_it_back():
    at = open_compare(**{"from": "potsdam-declaration-1945", "to": "joint-declaration-1956"})
    assert compare_pair(at) == ("potsdam-declaration-1945", "joint-declaration-1956")
    assert not at.info
    assert at.query_params["from"] == "potsdam-declaration-1945"
    assert at.query_params["to"] == "joint-declaration-1956"
    changes = next(m.value for m in at.markdown if m.value.startswith("- Etorofu")).replace("\\", "")
    assert "- Shikotan: administered by Japan → administered by the USSR; claimed by Japan." in changes


@pytest.mark.parametrize(
    ("params", "pair", "said"),
    [
        ({"from": "no-such-event"}, (EVE, LATEST), [f"(no-such-event); showing {EVE_LABEL} instead"]),
        ({"to": "<script>x</script>"}, (EVE, LATEST), [f"showing {LATEST_LABEL} instead"]),
        ({"from": "x", "to": "y"}, (EVE, LATEST), [EVE_LABEL, LATEST_LABEL]),
        ({"from": SECOND, "to": "bad"}, (SECOND, LATEST), [LATEST_LABEL]),
    ],
)
def test_a_bad_compare_link_falls_back_with_a_notice(params, pair, said):
    at = open_compare(**params)
    assert not at.exception and not at.error
    assert compare_pair(at) == pair
    notices = [n.value.replace("\\", "") for n in at.info]
    assert len(notices) == len(said) and all(words in n for words, n in zip(said, notices, strict=True))
    assert all("<script>" not in n.value for n in at.info)  # escaped for Markdown
    at.selectbox(key="compare_to").set_value(SECOND).run()  # the reader moves on: the notice goes
    assert not at.info


def test_swap_turns_the_comparison_round():
    at = open_compare(**{"from": "potsdam-declaration-1945", "to": "joint-declaration-1956"})
    at.button(key="compare_swap").click().run()
    assert compare_pair(at) == ("joint-declaration-1956", "potsdam-declaration-1945")
    assert at.query_params["from"] == "joint-declaration-1956"
    changed = "administered by the USSR; claimed by Japan → administered by Japan"
    assert any(changed in m.value for m in at.markdown)


def test_the_compare_pair_is_kept_while_the_reader_visits_another_page():
    at = open_compare(**{"from": "potsdam-declaration-1945", "to": "joint-declaration-1956"})
    at.switch_page("pages/2_Chronology.py").run()
    at.switch_page("pages/3_Compare.py").run()
    assert compare_pair(at) == ("potsdam-declaration-1945", "joint-declaration-1956")


def test_the_compare_maps_are_linked_and_share_one_legend():
    at = open_compare()
    maps = [json.loads(c.proto.json_args) for c in at.get("component_instance")]
    assert len(maps) == 2
    for args in maps:
        assert "__followView" in args["script"]  # dashboard.leaflet.MapLink
        assert "map-legend" not in args["html"]  # no legend on either map...
    legends = [h for h in at.get("html") if 'class="page-legend"' in h.proto.body]
    assert len(legends) == 1  # ...one on the page
    assert any("GSHHG" in c.value for c in at.caption)  # the credit once, under the maps


@pytest.mark.parametrize("page_file", PAGES)
def test_broken_timeline_is_reported_and_the_other_parts_work(broken, page_file):
    broken("timeline.yaml", "milestones: [{id: x}]")
    at = run(page_file)
    assert_reported(at, page_file, "timeline.yaml", "A data file could not be used: timeline.yaml")
    if page_file == "streamlit_app.py":
        assert at.get("component_instance")  # the map, coloured by group
        assert card_heading(at) == "Etorofu / Iturup"  # the island facts


def test_hostile_text_in_the_data_is_shown_as_text(broken, geodata_copy):
    import yaml

    path = geodata_copy / "timeline.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    hostile = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) <script>alert(2)</script>'
    content["milestones"][-1]["title"] = hostile
    content["milestones"][-1]["summary"] = hostile
    broken("timeline.yaml", yaml.safe_dump(content, allow_unicode=True, sort_keys=False))
    at = run()
    assert not at.exception and not at.error
    shown = [m.value for m in at.markdown if "img src" in m.value]
    assert shown and all(md_escape(hostile) in m for m in shown)
    assert all("<img" not in m.replace("\\<img", "") for m in shown)


def test_importing_the_package_changes_nothing_global():
    """No import-time side effects: the collector stays on and nothing is frozen, in or out of a
    server (Streamlit's own full collection after each run is off in config.toml instead)."""
    import subprocess
    import sys

    code = (
        "import gc, dashboard, dashboard.store, dashboard.ui, dashboard.build.geodata; "
        "print(gc.isenabled(), gc.get_freeze_count())"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert done.stdout.split() == ["True", "0"]


def test_a_page_run_leaves_the_collector_alone():
    import gc

    run()
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_streamlits_full_collection_after_each_run_is_off():
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["runner"]["postScriptGC"] is False


@pytest.mark.parametrize(
    "value",
    [
        {"lat": "43.4", "lng": 145.9},
        {"lat": float("nan"), "lng": 145.9},
        {"lat": 1e308, "lng": 145.9},
        {"lat": 43.4},
        {"lat": True, "lng": False},
        "not a point",
        ["lat", "lng"],
    ],
    ids=["string", "nan", "huge", "no-lng", "booleans", "text", "list"],
)
def test_a_crafted_click_is_ignored_with_one_log_line(value, caplog):
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    with patch("streamlit_folium.st_folium", return_value={"last_object_clicked": value}):
        at.run()
    assert not at.exception
    assert card_heading(at) == "Etorofu / Iturup"  # nothing selected
    assert [r for r in caplog.records if "ignored a map click" in r.getMessage()]


def test_the_card_the_picker_and_the_selected_island_agree_across_pages():
    """Click Shibotsu, go to the Islands page and back: the card is still Habomai's, with
    Shibotsu selected (the picker's own state is dropped by Streamlit on the other page)."""
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    with click(43.5046, 146.1329):  # Shibotsu
        at.run()
    assert card_heading(at) == "Habomai Islands"
    at.switch_page("pages/1_Islands.py").run()
    at.switch_page("streamlit_app.py").run()
    assert at.segmented_control(key="facts_group").value == "habomai"
    assert card_heading(at) == "Habomai Islands"
    assert any("**Selected:** Shibotsu" in m.value for m in at.markdown)
    at.segmented_control(key="facts_group").set_value("etorofu").run()
    assert card_heading(at) == "Etorofu / Iturup"
    assert not any("**Selected:**" in m.value for m in at.markdown)  # a new group, no islet of another


def test_the_error_details_option_is_set_by_the_page():
    import streamlit as st

    run()
    assert st.get_option("client.showErrorDetails") == "none"


# ---- Chronology: the timeline view -----------------------------------------------------------


def timeline_points(at):
    specs = [json.loads(c.proto.spec) for c in at.get("vega_lite_chart")]
    assert len(specs) == 1
    return [
        p["id"] for p in next(layer for layer in specs[0]["layer"] if "params" in layer)["data"]["values"]
    ]


def test_the_chronology_s_timeline_view_shows_the_milestones_the_filters_and_years_keep():
    at = run("pages/2_Chronology.py")
    assert not at.get("vega_lite_chart") and at.dataframe  # the table first
    at.segmented_control(key="chronology_view").set_value("timeline").run()
    assert not at.exception and not at.dataframe
    assert timeline_points(at) == [m.id for m in TIMELINE.milestones]
    at.multiselect(key="chronology_kinds").set_value(["treaty"]).run()
    assert timeline_points(at) == [m.id for m in TIMELINE.milestones if m.kind == "treaty"]
    at.slider(key="chronology_years").set_value((1900, 1960)).run()
    kept = [m.id for m in TIMELINE.milestones if m.kind == "treaty" and 1900 <= m.start.year <= 1960]
    assert timeline_points(at) == kept and "san-francisco-treaty-signed-1951" in kept
    at.segmented_control(key="chronology_view").set_value("table").run()  # and back
    assert at.dataframe and not at.get("vega_lite_chart")


@pytest.mark.parametrize(
    ("picked", "opened"),
    [
        ([{"id": "joint-declaration-1956"}], "joint-declaration-1956"),
        ([], None),  # a click beside the points
        ([{"id": "not-shown"}], None),  # a milestone the filters hide
        ([{"id": 7}], None),
    ],
)
def test_a_click_on_a_point_opens_its_milestone(monkeypatch, picked, opened):
    from dashboard import chronology_ui, time_axis

    state = {
        chronology_ui.SHOWN: ["joint-declaration-1956"],
        "axis": {"selection": {time_axis.BROWSE_PICK: picked}},
    }
    monkeypatch.setattr(st, "session_state", state)
    chronology_ui.open_pick("axis")
    assert state.get(chronology_ui.OPEN) == opened
