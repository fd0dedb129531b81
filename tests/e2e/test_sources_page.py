"""The Sources & data page in Chromium: its contents lead to each section, the search narrows the
groups of sources, and on a phone nothing makes the page scroll sideways."""

import csv
import io
import re
from pathlib import Path

import pytest

from dashboard import data
from dashboard.paths import GEODATA
from dashboard.sources_ui import SECTIONS

PATH = "/Sources_and_data"
SIZES = {
    "desk": {"width": 1400, "height": 1000},
    "wide": {"width": 1920, "height": 1080},
    "small": {"width": 1024, "height": 768},
    "phone": {"width": 390, "height": 844},
}
SIDEWAYS = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  return [document.documentElement.scrollWidth - window.innerWidth, main.scrollWidth - main.clientWidth];
}"""


def group_counts(app) -> dict[str, int]:
    """{group label: its count} of the collapsible groups of sources on the page."""
    counts = {}
    for label in (
        app.page.get_by_test_id("stExpander")
        .locator("summary [data-testid=stMarkdownContainer]")
        .all_inner_texts()
    ):
        match = re.fullmatch(r"(.+) \((\d+)\)", " ".join(label.split()))
        if match:
            counts[match[1]] = int(match[2])
    return counts


def heading_top(app, anchor: str) -> float:
    return app.page.evaluate("(id) => document.getElementById(id).getBoundingClientRect().top", anchor)


def test_the_contents_lead_to_every_section(app):
    app.page.set_viewport_size(SIZES["desk"])
    app.open(PATH)
    for anchor, _ in SECTIONS:
        app.page.evaluate("() => document.querySelector('[data-testid=\"stMain\"]').scrollTo(0, 0)")
        assert heading_top(app, anchor) > 0 or anchor == SECTIONS[0][0]
        app.page.locator(f'a[href="#{anchor}"]:not([aria-label])').click()  # not the heading's own
        app.page.wait_for_timeout(400)
        top = heading_top(app, anchor)
        assert 0 <= top < SIZES["desk"]["height"] - 100, (anchor, top)  # in view, near the top
        assert app.page.url.endswith(f"#{anchor}")
    assert app.page.url.split("#")[0].endswith(f"{PATH}?lang=en")  # still the same page


def test_the_search_narrows_the_groups(app):
    app.open(PATH)
    before = group_counts(app)
    assert len(before) >= 5
    app.page.get_by_role("textbox", name="Search the sources").fill("Diet 1956")
    app.page.keyboard.press("Enter")
    app.settle()
    after = group_counts(app)
    assert 0 < sum(after.values()) < sum(before.values())
    assert all(after[label] <= before[label] for label in after)
    first = app.page.get_by_test_id("stExpander").first
    assert first.locator("details").get_attribute("open") is not None  # what was found is open
    assert "Diet" in first.inner_text()


@pytest.mark.parametrize(("lang", "heading"), [("en", "title"), ("ja", "タイトル")])
def test_the_timeline_downloads_as_csv_in_the_page_s_language(app, lang, heading):
    app.open(f"{PATH}?lang={lang}")
    with app.page.expect_download() as download:
        app.page.get_by_role("button", name=re.compile(f"timeline-{lang}\\.csv")).click()
    assert download.value.suggested_filename == f"timeline-{lang}.csv"
    text = Path(download.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert heading in rows[0]
    assert [row[0] for row in rows[1:]] == [
        m.id for m in data.load_timeline(GEODATA / "timeline.yaml").milestones
    ]
    with app.page.expect_download() as download:  # a data file, read when asked for
        app.page.get_by_role("button", name=re.compile(r"facts\.yaml")).click()
    assert Path(download.value.path()).read_bytes() == (GEODATA / "facts.yaml").read_bytes()


@pytest.mark.parametrize("lang", ["en", "ja", "ru"])
def test_on_a_phone_the_page_says_what_it_is_for_and_never_scrolls_sideways(app, lang):
    app.page.set_viewport_size(SIZES["phone"])
    app.open(f"{PATH}?lang={lang}")
    intro = app.page.get_by_test_id("stMarkdownContainer").nth(1).bounding_box()
    assert intro["y"] + intro["height"] <= SIZES["phone"]["height"]  # on the first screen
    for expander in app.page.get_by_test_id("stExpander").locator("summary").all():
        expander.click()  # every group open: long titles and addresses must wrap too
    app.settle()
    overflow = app.page.evaluate(SIDEWAYS)
    assert overflow == [0, 0], overflow


@pytest.mark.parametrize("size", SIZES)
def test_screenshots(app, size):
    """The page at the four sizes (kept by CI with the other pages' screenshots)."""
    app.page.set_viewport_size(SIZES[size])
    for lang in ("en", "ja", "ru") if size == "phone" else ("en",):
        app.open(f"{PATH}?lang={lang}")
        assert app.page.evaluate(SIDEWAYS) == [0, 0]
        app.screenshot(f"sources-{lang}-{size}")
