"""The Islands page as a first-time reader meets it: what the page is for on the first screen, a
locator naming the four groups, and at every size, in every language, nothing cut off and no
sideways scrolling; on a phone every row of the table can be read."""

import base64

import pytest

SIZES = {
    "desk": {"width": 1400, "height": 1000},
    "wide": {"width": 1920, "height": 1080},
    "small": {"width": 1024, "height": 768},
    "phone": {"width": 390, "height": 844},
}
PHONE = SIZES["phone"]
GROUP_NAMES = {
    "en": ("Etorofu / Iturup", "Kunashiri / Kunashir", "Shikotan", "Habomai Islands"),
    "ja": ("択捉島", "国後島", "色丹島", "歯舞群島"),
    "ru": ("остров Итуруп", "остров Кунашир", "остров Шикотан", "острова Хабомаи"),
}
ROWS = 10  # the figures of each group in the table

# what scrolls sideways: the page, the main section, and any element of it (a static table, a
# chart) wider than its box; a data grid may scroll, and is left out
OVERFLOW = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    const wide = [...main.querySelectorAll('*')].filter(el => {
        if (el.closest('[data-testid="stDataFrame"]') || !el.offsetParent) return false;
        const style = getComputedStyle(el);
        return ['auto', 'scroll'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
    }).map(el => el.getAttribute('data-testid') || el.className || el.tagName);
    const page = document.scrollingElement;
    const right = Math.max(...[...main.querySelectorAll('table, svg, canvas, img, p')]
        .filter(el => el.offsetParent && !el.closest('[data-testid="stDataFrame"]'))
        .map(el => el.getBoundingClientRect().right));
    return {page: page.scrollWidth - page.clientWidth, main: main.scrollWidth - main.clientWidth,
            wide, right, width: window.innerWidth};
}"""


def open_islands(app, size: str, lang: str = "en"):
    app.page.set_viewport_size(SIZES[size])
    app.open(f"/Islands?lang={lang}")
    app.page.locator("img.islands-locator").wait_for(state="visible")
    app.page.get_by_test_id("stVegaLiteChart").last.locator("svg, canvas").first.wait_for(state="attached")
    app.page.wait_for_timeout(500)
    return app


@pytest.mark.parametrize("lang", ["en", "ja", "ru"])
@pytest.mark.parametrize("size", list(SIZES))
def test_nothing_scrolls_sideways_and_the_first_screen_says_what_the_page_is_for(app, size, lang):
    open_islands(app, size, lang)
    overflow = app.page.evaluate(OVERFLOW)
    assert overflow["page"] <= 0 and overflow["main"] <= 0, overflow
    assert not overflow["wide"], overflow
    assert overflow["right"] <= overflow["width"], overflow
    # the title and the sentence saying what the page is for are on the first screen
    intro = app.page.get_by_test_id("stMarkdownContainer").filter(has_text="1945").first.bounding_box()
    assert intro["y"] + 40 < SIZES[size]["height"]
    app.screenshot(f"Islands-{lang}-{size}")  # the first screen (the page scrolls inside it)


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_on_a_phone_every_row_of_the_table_can_be_read(app, lang):
    open_islands(app, "phone", lang)
    assert not app.page.locator(".st-key-islands_table_wide").is_visible()
    tables = app.page.locator(".st-key-islands_table_stacked table")
    assert tables.count() == 4
    for i in range(4):
        table = tables.nth(i)
        header = table.locator("thead th").nth(1).inner_text()
        assert header == GROUP_NAMES[lang][i]
        rows = table.locator("tbody tr")
        assert rows.count() == ROWS
        for r in range(ROWS):
            for cell in (rows.nth(r).locator("th").first, rows.nth(r).locator("td").first):
                cell.scroll_into_view_if_needed()
                box = cell.bounding_box()
                assert cell.is_visible() and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
                assert cell.inner_text().strip()
                # the whole text fits its cell: nothing clipped sideways
                assert cell.evaluate("el => el.scrollWidth <= el.clientWidth + 1")


@pytest.mark.parametrize("size", ["desk", "phone"])
def test_the_locator_shows_and_names_the_four_groups(app, size):
    open_islands(app, size, "ja")
    picture = app.page.locator("img.islands-locator")
    box = picture.bounding_box()
    assert box["width"] >= 300 and box["height"] >= 250
    assert box["x"] >= 0 and box["x"] + box["width"] <= SIZES[size]["width"]
    assert picture.evaluate("img => img.complete && img.naturalWidth > 0")  # drawn
    if size == "desk":  # beside the introduction, on the first screen
        assert box["y"] + box["height"] <= SIZES[size]["height"]
    alt, src = picture.get_attribute("alt"), picture.get_attribute("src")
    svg = base64.b64decode(src.split(",", 1)[1]).decode()
    for name in GROUP_NAMES["ja"]:
        assert name in alt and f">{name}</text>" in svg
    app.screenshot(f"Islands-locator-{size}")
