"""The dashboard as a reader uses it, in Chromium: the map drawn, stepped, clicked and shared."""

import json

import pytest

from dashboard import data, ui
from dashboard.paths import GEODATA, ROOT

TIMELINE = data.load_timeline(GEODATA / "timeline.yaml")
ADMIN_COLOURS = {side: info.colour for side, info in TIMELINE.control.administrators.items()}

PAGES = {
    "streamlit_app.py": "/",
    "pages/1_Islands.py": "/Islands",
    "pages/2_Chronology.py": "/Chronology",
    "pages/3_Compare.py": "/Compare",
    "pages/4_Sources_and_data.py": "/Sources_and_data",
}
PHONE = {"width": 390, "height": 844}
README_SCREENSHOT = ROOT / "docs" / "screenshot.png"


def test_every_page_has_a_browser_path():
    assert set(PAGES) == {path for path, _, _ in ui.PAGES}


def test_every_island_and_islet_is_drawn(app):
    app.open("/?event=joint-declaration-1956").wait_for_map()
    drawn = app.island_styles()
    assert sorted(drawn) == sorted(data.load_islands(GEODATA / "islands.geojson")["id"])
    # each is an SVG shape of its own on the map
    assert app.map.locator("path.leaflet-interactive").count() >= len(drawn)
    assert {style["fill"] for style in drawn.values()} == {ADMIN_COLOURS["ussr"]}
    assert all(style["pattern"] for style in drawn.values())  # the USSR's hatching
    assert app.claims() == dict.fromkeys(
        ("etorofu", "kunashiri", "shikotan", "habomai"), ADMIN_COLOURS["japan"]
    )


@pytest.mark.parametrize("page_file", PAGES)
def test_page_opens_without_an_error(app, page_file):
    app.open(PAGES[page_file])
    assert app.page.get_by_test_id("stException").count() == 0
    assert app.page.locator('[data-testid="stAlertContentError"]').count() == 0
    assert app.page.locator("h1").first.is_visible()


def test_stepping_changes_colours_at_1945_and_keeps_the_view(app):
    app.open("/?event=soviet-offensive-sakhalin-1945").wait_for_map()
    assert app.island_styles()["etorofu"]["fill"] == ADMIN_COLOURS["japan"]
    app.map.locator(".leaflet-control-zoom-in").click()
    app.page.wait_for_timeout(600)
    app.map_eval("map.panBy([60, -40], {animate: false}); window.__same_map = true;")
    view = app.view()

    app.slider().focus()
    app.slider().press("ArrowRight")  # Japan accepts the Potsdam Declaration
    app.settle()
    assert app.event() == "japan-accepts-potsdam-1945"
    app.page.get_by_role("button", name="Next").click()  # the Shumshu landing: far to the north
    app.settle()
    assert app.event() == "shumshu-landing-1945"
    app.page.keyboard.press("n")  # the landing on Etorofu, by the keyboard shortcut
    app.settle()
    assert app.event() == "landing-etorofu-1945"
    styles = app.island_styles()
    assert styles["etorofu"]["fill"] == ADMIN_COLOURS["soviet-occupation"]
    assert styles["kunashiri"]["fill"] == ADMIN_COLOURS["japan"]
    assert styles["kunashiri"]["opacity"] < styles["etorofu"]["opacity"]  # not concerned: faded
    assert app.claims()["etorofu"] == ADMIN_COLOURS["japan"] and "kunashiri" not in app.claims()
    view = app.view()  # the map moved north for Shumshu; from here on the reader's view stays
    app.map.locator(".leaflet-control-zoom-in").click()
    app.page.wait_for_timeout(600)
    view = app.view()
    app.page.get_by_role("button", name="Next").click()  # the landing on Kunashiri
    app.settle()
    assert app.event() == "landing-kunashiri-1945"
    assert app.island_styles()["kunashiri"]["fill"] == ADMIN_COLOURS["soviet-occupation"]
    app.page.get_by_role("button", name="Next").click()  # the landing on Shikotan
    app.settle()

    assert app.view() == pytest.approx(view)  # the reader's zoom and centre survive
    assert app.map_eval("return window.__same_map === true;")  # the map was never reloaded


def test_play_advances_and_stops(app):
    app.open("/?event=shimoda-treaty-1855").wait_for_map()
    app.page.get_by_role("button", name="Play").click()
    app.page.wait_for_function("() => !location.search.includes('shimoda-treaty-1855')", timeout=15_000)
    app.page.get_by_role("button", name="Stop").click()
    app.settle()
    stopped_at = app.event()
    app.page.wait_for_timeout(4000)
    assert app.event() == stopped_at != "shimoda-treaty-1855"


@pytest.mark.parametrize(
    ("query", "milestone", "label"),
    [
        ("?event=joint-declaration-1956", "joint-declaration-1956", "19 Oct 1956 · Joint Declaration"),
        ("?date=1945-08-28", "landing-etorofu-1945", "28 Aug 1945 · Landing on Etorofu / Iturup"),
    ],
)
def test_deep_link_opens_its_milestone(app, query, milestone, label):
    app.open("/" + query).wait_for_map()
    assert app.event() == milestone
    assert app.page.get_by_test_id("stSlider").first.get_by_text(label).is_visible()


def test_bad_deep_link_falls_back_with_a_notice(app):
    app.open("/?event=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E").wait_for_map()
    assert app.event() == TIMELINE.milestones[-1].id
    assert "doesn't have" in app.page.get_by_test_id("stAlertContentInfo").inner_text()
    assert app.page.locator("img[src='x']").count() == 0


def test_clicking_an_island_shows_its_facts(app):
    app.open("/").wait_for_map()
    x, y = app.map_eval("const p = map.latLngToContainerPoint([44.0873, 145.8121]); return [p.x, p.y];")
    app.map.locator(".leaflet-container").click(position={"x": x, "y": y})
    app.page.wait_for_function(
        "() => [...document.querySelectorAll('h3')].some(h => h.innerText.includes('Kunashiri / Kunashir'))",
        timeout=15_000,
    )
    app.settle()
    assert "7,364 in 1,327 households" in app.page.inner_text("body")


def test_chronology_row_opens_the_map_at_its_milestone(app):
    app.open("/Chronology")
    app.page.get_by_placeholder("e.g. Shikotan 1956").fill("Medvedev")
    app.page.keyboard.press("Enter")
    app.settle()
    grid = app.page.locator('[data-testid="stDataFrame"]:visible').first
    box = grid.bounding_box()
    app.page.mouse.click(box["x"] + 12, box["y"] + 52)  # a cell of the row: its panel opens
    app.settle()
    app.page.locator(".st-key-chronology_detail_bar a").click()  # "Open on the map"
    app.page.wait_for_url("**/?event=medvedev-kunashir-2010*", timeout=15_000)
    app.settle()
    app.wait_for_map()
    assert app.island_styles()["kunashiri"]["fill"] == ADMIN_COLOURS["russia"]


def test_phone_keeps_map_and_slider_usable(app):
    app.page.set_viewport_size(PHONE)
    app.open("/?event=potsdam-declaration-1945").wait_for_map()
    frame = app.page.locator(app.MAP).first.bounding_box()
    assert frame["width"] >= 300 and frame["height"] >= 400
    assert frame["x"] >= 0 and frame["x"] + frame["width"] <= PHONE["width"]
    app.slider().focus()
    app.slider().press("ArrowRight")
    app.settle()
    assert app.event() == "soviet-declaration-of-war-1945"


@pytest.mark.parametrize("page_file", PAGES)
@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["en", "ja", "ru"])
def test_screenshots(app, page_file, size, lang):
    """Screenshots of every page in every language, desktop and phone (kept by CI); the
    README's comes from here too."""
    if size == "phone":
        app.page.set_viewport_size(PHONE)
    else:
        app.page.set_viewport_size({"width": 1400, "height": 1000})
    query = "?event=joint-declaration-1956&" if page_file == "streamlit_app.py" else "?"
    app.open(PAGES[page_file] + query + f"lang={lang}")
    if page_file in ("streamlit_app.py", "pages/3_Compare.py"):
        app.wait_for_map()
        app.page.wait_for_timeout(800)
    # the page states its language as soon as its first run reaches the browser (a first look
    # may come before that run has begun)
    app.page.wait_for_function("lang => document.documentElement.lang === lang", arg=lang, timeout=15_000)
    name = page_file.removeprefix("pages/").removesuffix(".py")
    app.screenshot(f"{name}-{size}" if lang == "en" else f"{name}-{lang}-{size}")
    if page_file == "streamlit_app.py" and size == "desktop" and lang == "en":
        app.page.screenshot(path=str(README_SCREENSHOT))


@pytest.mark.parametrize("page_file", PAGES)
def test_no_serious_accessibility_violations(app, assets, page_file):
    app.open(PAGES[page_file])
    app.page.add_script_tag(path=str(assets / "axe-core" / "axe.min.js"))
    result = app.page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:3],
        }
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert not serious, json.dumps(serious, indent=1)


def test_without_the_map_library_the_page_says_so_and_keeps_the_text(app):
    """A CDN that is down: no map can be drawn, so the page says what is missing."""
    app.page.route("**/leaflet.js", lambda route: route.abort())
    app.open("/?event=joint-declaration-1956")
    notice = app.page.locator("#map-missing-island_map")
    notice.wait_for(state="visible", timeout=30_000)
    assert "Leaflet" in notice.inner_text()
    picture = notice.locator("img")  # the islands, drawn without the map library
    assert picture.get_attribute("src").startswith("data:image/svg+xml;base64,")
    assert picture.evaluate("img => img.complete && img.naturalWidth > 0")
    assert "The USSR" in app.page.locator("table").first.inner_text()  # the text twin
    assert "Joint Declaration" in app.page.inner_text("body")


def test_with_the_map_drawn_no_notice_shows(app):
    app.open("/?event=joint-declaration-1956").wait_for_map()
    app.page.wait_for_timeout(13_000)
    assert app.page.locator("#map-missing-island_map").is_hidden()
