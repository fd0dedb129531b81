"""The landing page as a first-time reader meets it: the map as large as the screen allows, named,
with a time axis; the first click answered; events far away brought into view."""

import pytest
import shapely

from dashboard import data
from dashboard.paths import GEODATA

DESKTOPS = [{"width": 1400, "height": 1000}, {"width": 1920, "height": 1080}]
PHONE = {"width": 390, "height": 844}
MAP = 'iframe[title="streamlit_folium.st_folium"]'
GROUP_NAMES = ("Etorofu / Iturup", "Kunashiri / Kunashir", "Shikotan", "Habomai Islands")


def box(app, selector):
    return app.page.locator(selector).first.bounding_box()


@pytest.mark.parametrize("size", DESKTOPS, ids=lambda s: f"{s['width']}x{s['height']}")
def test_on_a_desktop_the_map_fills_the_screen_above_the_fold(app, size):
    app.page.set_viewport_size(size)
    app.open("/?event=joint-declaration-1956").wait_for_map()
    frame, column = box(app, MAP), box(app, '[data-testid="stMainBlockContainer"]')
    assert frame["width"] >= 0.6 * (column["width"] - 2 * 48)  # the column's padding aside
    assert 0.6 * size["height"] <= frame["height"] <= 0.78 * size["height"]
    assert frame["y"] + frame["height"] <= size["height"]  # the whole map above the fold
    for control in (app.slider(), app.page.get_by_role("button", name="Next")):
        control_box = control.bounding_box()
        assert control_box["y"] + control_box["height"] <= size["height"]
    title = box(app, "h1")
    assert title["height"] < 60  # one line
    card = box(app, ".st-key-event_card")
    assert card["x"] > frame["x"] + frame["width"] - 1 and card["y"] < frame["y"] + 20  # beside the map
    legend = app.map.locator(".map-legend")
    assert legend.is_visible()


WATCH_THE_MAP = """
window.__mapTops = [];
(function poll() {
  const frame = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  const top = frame ? Math.round(frame.getBoundingClientRect().top + window.scrollY) : null;
  const axis = document.querySelectorAll(".st-key-time_axis [data-testid=stVegaLiteChart]").length;
  const last = window.__mapTops[window.__mapTops.length - 1];
  if (!last || last[0] !== top || last[1] !== axis) window.__mapTops.push([top, axis]);
  requestAnimationFrame(poll);
})();
"""


def test_the_map_never_moves_while_the_time_axis_arrives_or_steps(app):
    """The axis comes after the map has drawn, in room kept for it: a reader who clicks the map
    as soon as it shows must not have it jump away (nor at a step, when the axis is redrawn)."""
    app.page.add_init_script(WATCH_THE_MAP)
    app.open("/?event=joint-declaration-1956").wait_for_map()
    app.page.locator(".st-key-time_axis [data-testid=stVegaLiteChart]").nth(1).wait_for()
    for _ in range(3):
        app.page.get_by_role("button", name="Next").click()
        app.settle()
    seen = app.page.evaluate("window.__mapTops")
    tops = {top for top, _ in seen if top}
    assert len(tops) == 1, seen
    assert max(axis for _, axis in seen) == 2  # the axis did arrive meanwhile


def test_on_a_phone_the_map_comes_first_and_the_card_under_it(app):
    app.page.set_viewport_size(PHONE)
    app.open("/?event=joint-declaration-1956").wait_for_map()
    frame, card = box(app, MAP), box(app, ".st-key-event_card")
    assert frame["y"] < PHONE["height"] / 2  # starts in the upper half of the first screen
    assert frame["height"] >= 0.45 * PHONE["height"]
    assert frame["x"] >= 0 and frame["x"] + frame["width"] <= PHONE["width"]
    assert 0 < card["y"] - (frame["y"] + frame["height"]) < 60  # the card directly under the map
    for control in (app.slider(), app.page.get_by_role("button", name="Next")):
        assert control.bounding_box()["y"] < frame["y"]  # reachable without scrolling past the map
    axis = box(app, ".st-key-time_axis")
    assert axis["y"] > card["y"]  # the time axis after the card


def test_a_touch_screen_shows_no_keyboard_hints(touch_app):
    touch_app.open("/?event=joint-declaration-1956").wait_for_map()
    assert not touch_app.page.get_by_role("button", name="Next").locator("kbd").is_visible()
    assert not touch_app.page.locator('[data-testid="stTooltipIcon"]').first.is_visible()


def overlap(a, b) -> bool:
    return not (
        a["right"] <= b["left"]
        or b["right"] <= a["left"]
        or a["bottom"] <= b["top"]
        or b["bottom"] <= a["top"]
    )


@pytest.mark.parametrize("size", [DESKTOPS[0], PHONE], ids=["desktop", "phone"])
def test_the_groups_are_named_on_the_map_and_no_names_overlap(app, size):
    app.page.set_viewport_size(size)
    app.open("/?event=joint-declaration-1956").wait_for_map()
    app.page.wait_for_timeout(500)
    labels = app.labels()
    shown = {label["text"] for label in labels}
    assert set(GROUP_NAMES) <= shown
    assert "Line of control since 1945" in shown  # the lines drawn are named
    for i, first in enumerate(labels):
        for second in labels[i + 1 :]:
            assert not overlap(first, second), (first["text"], second["text"])


def test_closer_in_the_larger_habomai_islands_are_named(app):
    app.open("/?event=joint-declaration-1956").wait_for_map()
    app.map_eval("map.setView([43.45, 145.95], 10, {animate: false});")
    app.page.wait_for_timeout(500)
    shown = {label["text"] for label in app.labels()}
    larger = {
        "Suisho / Tanfilyeva",
        "Yuri / Yuriy",
        "Akiyuri / Anuchina",
        "Shibotsu / Zelyony",
        "Taraku / Polonskogo",
    }
    assert len(larger & shown) >= 3, shown  # a lesser name gives way where two would overlap
    app.screenshot("map-habomai-zoom-10")


def test_the_time_axis_has_years_and_a_click_on_a_mark_opens_its_milestone(app):
    app.open("/?event=joint-declaration-1956").wait_for_map()
    axis = app.page.locator(".st-key-time_axis [data-testid=stVegaLiteChart]").first
    years = axis.locator("svg text").evaluate_all("texts => texts.map(t => t.textContent)")
    assert {"1700", "1800", "1900", "2000"} <= set(years)
    near = app.page.locator(".st-key-time_axis [data-testid=stVegaLiteChart]").nth(1)
    # the detail row around 19 October 1956: pick the mark of 12 December 1956 (the declaration
    # in force), which Vega names by its tooltip
    mark = near.locator('path[aria-label*="12 Dec 1956"]')
    mark.click(force=True)
    app.page.wait_for_function("() => location.search.includes('joint-declaration-in-force-1956')")
    app.settle()
    assert app.event() == "joint-declaration-in-force-1956"


def test_the_cursor_on_the_overview_follows_the_milestone(app):
    app.open("/?event=shimoda-treaty-1855").wait_for_map()
    early = app.page.locator(".st-key-time_axis").evaluate(
        "el => getComputedStyle(el).getPropertyValue('--cursor')"
    )
    app.page.get_by_role("button", name="Next").click()
    app.settle()
    later = app.page.locator(".st-key-time_axis").evaluate(
        "el => getComputedStyle(el).getPropertyValue('--cursor')"
    )
    assert 0 < float(early) < float(later) < 1


def group_points() -> dict[str, tuple[float, float]]:
    """A point well inside each group's largest island (lat, lon)."""
    islands = data.load_islands(GEODATA / "islands.geojson")
    points = {}
    for group, members in islands.groupby("group"):
        largest = max(members.geometry, key=lambda g: g.area)
        point = shapely.ops.polylabel(max(getattr(largest, "geoms", [largest]), key=lambda p: p.area), 0.001)
        points[group] = (point.y, point.x)
    return points


HEADINGS = {
    "etorofu": "Etorofu / Iturup",
    "kunashiri": "Kunashiri / Kunashir",
    "shikotan": "Shikotan",
    "habomai": "Habomai Islands",
}


@pytest.mark.parametrize(
    "size", [{"width": 1280, "height": 720}, *DESKTOPS], ids=lambda s: f"{s['width']}x{s['height']}"
)
def test_the_first_click_on_an_island_after_the_page_opens_shows_its_facts(app, size):
    """Leaflet focuses the map on a mouse press; that focus must not scroll the page and make
    the press miss (each group clicked first thing after a fresh load)."""
    points = group_points()
    for group in ("kunashiri", "shikotan", "habomai", "etorofu"):
        app.page.set_viewport_size(size)
        app.open("/").wait_for_map()
        x, y = app.map_eval(
            "const p = map.latLngToContainerPoint(arg); return [p.x, p.y];", list(points[group])
        )
        app.map.locator(".leaflet-container").click(position={"x": x, "y": y})
        app.page.wait_for_function(
            "name => [...document.querySelectorAll('h3')].some(h => h.innerText.trim() === name)",
            arg=HEADINGS[group],
            timeout=15_000,
        )


@pytest.mark.parametrize(
    ("milestone", "line"),
    [("st-petersburg-treaty-1875", "st-petersburg-line"), ("portsmouth-treaty-1905", "portsmouth-line")],
)
def test_an_event_far_away_moves_the_map_to_show_it(app, milestone, line):
    app.open(f"/?event={milestone}").wait_for_map()
    app.page.wait_for_timeout(500)
    inside = app.map_eval(
        """let b = null;
        window.__layers.borders.eachLayer(l => { if (l.feature.properties.id === arg) b = l.getBounds(); });
        return map.getBounds().contains(b);""",
        line,
    )
    assert inside
    label = data.load_timeline(GEODATA / "timeline.yaml").borders
    assert next(b.label for b in label if b.id == line) in {item["text"] for item in app.labels()}
