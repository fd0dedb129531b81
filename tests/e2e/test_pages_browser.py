"""The pages beside the map as a reader meets them, in Chromium: the Chronology's table filling the
screen and a click on a row opening its milestone; Compare's two linked maps with one legend, its
swap and its link; and every page at four screen sizes, its title in the first screen, nothing
pushing a phone's page sideways (screenshots saved where the other browser tests keep theirs)."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from dashboard import chronology_ui, compare, data
from dashboard.paths import GEODATA

TIMELINE = data.load_timeline(GEODATA / "timeline.yaml")
SIZES = {
    "desktop": {"width": 1400, "height": 1000},
    "wide": {"width": 1920, "height": 1080},
    "small": {"width": 1024, "height": 768},
    "phone": {"width": 390, "height": 844},
}
PAGES = {
    "map": "/?event=joint-declaration-1956",
    "islands": "/Islands",
    "chronology": "/Chronology",
    "compare": "/Compare?from=potsdam-declaration-1945&to=joint-declaration-1956",
    "sources": "/Sources_and_data",
}
MAP = 'iframe[title="streamlit_folium.st_folium"]'
HEADER_PX = 36  # the table's header row
PAIR = ("potsdam-declaration-1945", "joint-declaration-1956")


def params(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


# ---- Chronology ------------------------------------------------------------------------------


def table(app):
    """The layout of the table the page's style sheet shows at this size."""
    return app.page.locator('[data-testid="stDataFrame"]:visible').first


def click_row(app, row: int, column_at: float = 0.3) -> None:
    """Click a cell of the `row`th row (from 0) of the table shown, at `column_at` of its width."""
    box, height = table(app).bounding_box(), chronology_ui.ROW_HEIGHTS[chronology_ui.WIDE]
    app.page.mouse.click(box["x"] + box["width"] * column_at, box["y"] + HEADER_PX + height * (row + 0.5))
    app.settle()


def expect_panel(app, title: str) -> None:
    """The panel shows the milestone `title` (waiting for the rerun a click starts)."""
    expect(app.page.locator(".st-key-chronology_detail h4").first).to_have_text(title)


def test_the_chronology_fills_the_screen_with_four_columns(app):
    app.page.set_viewport_size(SIZES["desktop"])
    app.open("/Chronology")
    grid = table(app)
    box = grid.bounding_box()
    assert box["y"] + box["height"] <= SIZES["desktop"]["height"]  # all of it in the first screen
    assert box["y"] + box["height"] >= SIZES["desktop"]["height"] - 60  # and down to its bottom
    rows = (box["height"] - HEADER_PX) / chronology_ui.ROW_HEIGHTS[chronology_ui.WIDE]
    assert rows >= 9
    scroller = grid.locator(".dvn-scroller").evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert scroller[0] <= scroller[1] + 1  # date, title, groups and kind without sideways scrolling
    assert app.page.locator(".st-key-chronology_table_box").is_visible()  # the four-column layout


def test_a_click_on_a_row_opens_its_milestone_and_the_map_link_goes_there(app):
    app.page.set_viewport_size(SIZES["desktop"])
    app.open("/Chronology")
    first, fifth = TIMELINE.milestones[2], TIMELINE.milestones[4]
    click_row(app, 2, column_at=0.8)  # any cell of the row: here its kind
    expect_panel(app, first.title)
    # beside the table, not over it: every column of the table stays in view
    panel, grid = app.page.locator(".st-key-chronology_detail").bounding_box(), table(app).bounding_box()
    assert grid["x"] + grid["width"] <= panel["x"]
    click_row(app, 4, column_at=0.05)  # another row (its date) opens that one
    expect_panel(app, fifth.title)
    app.page.locator(".st-key-chronology_close").get_by_role("button").click()
    app.settle()
    expect(app.page.locator(".st-key-chronology_detail")).to_have_count(0)
    click_row(app, 4, column_at=0.05)  # the same cell again opens it again
    expect_panel(app, fifth.title)
    app.page.locator(".st-key-chronology_close").get_by_role("button").click()
    app.settle()
    expect(app.page.locator(".st-key-chronology_detail")).to_have_count(0)
    app.page.locator(".st-key-chronology_reopen").get_by_role("button").last.click()  # brought back
    app.settle()
    expect_panel(app, fifth.title)
    link = app.page.locator(".st-key-chronology_detail_bar a")
    assert params(link.get_attribute("href")) == {"event": fifth.id, "lang": "en"}
    link.click()
    app.page.wait_for_url(f"**/?event={fifth.id}*", timeout=15_000)
    app.settle()
    app.wait_for_map()
    assert app.event() == fifth.id


def test_the_timeline_view_draws_the_milestones_shown_and_a_click_opens_one(app):
    app.page.set_viewport_size(SIZES["desktop"])
    app.open("/Chronology")
    search = app.page.locator(".st-key-chronology_search input")
    search.fill("Tanaka Brezhnev")
    search.press("Enter")
    app.settle()
    app.page.locator(".st-key-chronology_view button").nth(1).click()  # Timeline
    app.settle()
    chart = app.page.get_by_test_id("stVegaLiteChart")
    points = chart.locator("g.mark-symbol path")
    expect(points).to_have_count(1)  # the one milestone the search keeps
    legend = app.page.locator(".page-legend li")
    expect(legend).to_have_count(len(TIMELINE.control.administrators) + 1)
    box = chart.bounding_box()
    assert box["y"] + box["height"] <= SIZES["desktop"]["height"]  # the whole chart in the first screen
    milestone = TIMELINE.by_id["tanaka-brezhnev-statement-1973"]
    for _ in range(2):  # a click opens it; after Close, a click on the same point opens it again
        points.first.click()
        expect_panel(app, milestone.title)
        app.page.locator(".st-key-chronology_close").get_by_role("button").click()
        app.settle()
        expect(app.page.locator(".st-key-chronology_detail")).to_have_count(0)
    app.screenshot("pages-chronology-timeline")


def test_on_a_phone_the_milestone_reads_across_the_screen(touch_app):
    touch_app.open("/Chronology")
    assert touch_app.page.locator(".st-key-chronology_phone_box").is_visible()
    box, height = table(touch_app).bounding_box(), chronology_ui.ROW_HEIGHTS[chronology_ui.PHONE]
    touch_app.page.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + HEADER_PX + height * 1.5)
    touch_app.settle()
    panel = touch_app.page.locator(".st-key-chronology_detail")
    expect(panel.locator("h4").first).to_have_text(TIMELINE.milestones[1].title)
    shown = panel.bounding_box()
    assert shown["x"] >= 0 and shown["x"] + shown["width"] <= SIZES["phone"]["width"]
    sizes = panel.locator("p").evaluate_all("ps => ps.map(p => parseFloat(getComputedStyle(p).fontSize))")
    assert max(sizes) >= 15  # the summary, at the size of the page's text
    assert touch_app.page.locator(".st-key-chronology_close").is_visible()
    touch_app.screenshot("pages-chronology-phone-panel")


# ---- Compare ---------------------------------------------------------------------------------


def map_frames(app):
    frames = [app.page.frame_locator(MAP).nth(i) for i in range(2)]
    for frame in frames:
        frame.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=30_000)
    app.page.wait_for_timeout(300)
    return frames


def in_map(frame, script: str):
    """Run `script` (a function body of the Leaflet `map`) inside one map's frame."""
    return frame.locator(".leaflet-container").evaluate(
        """(el, script) => {
            const map = Object.values(window).find(v => v instanceof L.Map);
            return new Function("map", script)(map);
        }""",
        script,
    )


def wait_for_pair(app, first: str) -> None:
    app.page.wait_for_function("first => location.search.includes('from=' + first)", arg=first)
    app.settle()


def pair(app) -> tuple[str, str]:
    shown = params(app.page.url)
    return shown["from"], shown["to"]


def test_compare_has_one_legend_and_linked_maps(app):
    app.open(PAGES["compare"])
    left, right = map_frames(app)
    assert app.page.locator(".page-legend").count() == 1
    for frame in (left, right):
        assert frame.locator(".map-legend").count() == 0
    before = in_map(right, "return map.getZoom();")
    in_map(left, "map.setZoom(map.getZoom() + 1, {animate: false}); return 0;")
    app.page.wait_for_timeout(300)
    assert in_map(right, "return map.getZoom();") == before + 1
    # and the other way round, with the mouse wheel over the right-hand map
    frame_box = app.page.locator(MAP).nth(1).bounding_box()
    app.page.mouse.move(frame_box["x"] + frame_box["width"] / 2, frame_box["y"] + frame_box["height"] / 2)
    app.page.mouse.wheel(0, 200)
    app.page.wait_for_timeout(800)
    assert in_map(left, "return map.getZoom();") == in_map(right, "return map.getZoom();") < before + 1


def test_swap_turns_the_pair_round_without_reloading_the_maps_and_a_reload_keeps_it(app):
    app.open(PAGES["compare"])
    left, right = map_frames(app)
    in_map(left, "window.__kept = 'left'; return 0;")  # gone if the map's frame were rebuilt
    fills = in_map(
        left, "const f = []; window.__layers.islands.eachLayer(l => f.push(l.options.fillColor)); return f;"
    )
    swap = app.page.locator(".st-key-compare_swap").get_by_role("button").last
    swap.click()
    wait_for_pair(app, PAIR[1])
    assert pair(app) == PAIR[::-1]
    assert in_map(left, "return window.__kept;") == "left"  # restyled, not reloaded
    app.page.wait_for_timeout(300)
    refilled = in_map(
        left, "const f = []; window.__layers.islands.eachLayer(l => f.push(l.options.fillColor)); return f;"
    )
    assert refilled != fills
    swap.click()
    wait_for_pair(app, PAIR[0])
    assert pair(app) == PAIR
    app.page.reload()
    app.settle()
    assert pair(app) == PAIR
    boxes = app.page.locator(".st-key-compare_controls [data-testid=stSelectbox] input")
    labels = [boxes.nth(i).input_value() for i in range(2)]
    assert "Potsdam" in labels[0] and "Joint Declaration" in labels[1]
    assert not app.page.get_by_test_id("stAlertContentInfo").count()


def test_a_bad_compare_link_falls_back_with_a_notice(app):
    app.open("/Compare?from=no-such-milestone&to=joint-declaration-1956")
    notice = app.page.get_by_test_id("stAlertContentInfo").first
    assert "no-such-milestone" in notice.inner_text()
    assert pair(app) == (compare.default_pair(TIMELINE)[0], "joint-declaration-1956")


# ---- every page, every size ------------------------------------------------------------------


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", PAGES)
def test_every_page_at_every_size(app, name, size):
    """The title in the first screen, nothing pushing the page sideways, a screenshot."""
    app.page.set_viewport_size(SIZES[size])
    app.open(PAGES[name])
    if name in ("map", "compare"):
        app.wait_for_map()
    title = app.page.locator("h1").first.bounding_box()
    assert title["y"] >= 0 and title["y"] + title["height"] <= SIZES[size]["height"]
    widths = app.page.evaluate(
        """() => [document.scrollingElement, document.querySelector('[data-testid=stMain]')]
              .map(e => [e.scrollWidth, e.clientWidth])"""
    )
    assert all(scroll <= client for scroll, client in widths), widths  # no sideways scrolling
    app.screenshot(f"pages-{name}-{size}")
