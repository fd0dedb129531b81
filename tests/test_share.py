"""Sharing a view: links that keep the map's view, the citation, and the map as SVG and PNG."""

import datetime as dt
import re
import xml.etree.ElementTree as ET

import pytest

from dashboard import citation, control, data, links, picture
from dashboard.i18n import texts
from dashboard.paths import GEODATA

TIMELINE = data.load_timeline(GEODATA / "timeline.yaml")
DAY = dt.date(2026, 11, 26)
SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize(
    ("value", "view"),
    [
        ("44.0,146.5,8", (44.0, 146.5, 8.0)),
        ("43.67781,146.10099,9.3", (43.6778, 146.101, 9.25)),
        (" 44 , 146 , 7 ", (44.0, 146.0, 7.0)),
    ],
)
def test_a_view_in_a_link_is_read_and_rounded(value, view):
    assert links.view_from_link(value) == (view, None)


@pytest.mark.parametrize(
    "value", ["", "44,146", "44,146,8,1", "north,146,8", "nan,146,8", "91,146,8", "44,146,30", "inf,1,1"]
)
def test_a_bad_view_is_dropped_with_a_notice_that_repeats_it_safely(value):
    view, notice = links.view_from_link(value)
    assert view is None
    assert "map view" in notice


@pytest.mark.parametrize(
    "reported",
    [None, "44,146,8", [44, 146], [44, "146", 8], [True, 146, 8], [44, 146, float("nan")], {"a": 1}],
)
def test_what_the_map_reports_is_checked(reported):
    assert links.valid_view(reported) is None


def test_the_view_text_round_trips():
    view = (43.6778, 146.101, 9.25)
    assert links.view_from_link(links.view_text(view)) == (view, None)


def test_a_view_address_keeps_the_root_slash_and_the_commas():
    url = citation.view_url("https://example.org", {"event": "x", "lang": "ja", "view": "44.0,146.5,8"})
    assert url == "https://example.org/?event=x&lang=ja&view=44.0,146.5,8"
    assert citation.view_url("https://example.org/app/", {"event": "x"}) == "https://example.org/app/?event=x"


@pytest.fixture(scope="module")
def milestone():
    return TIMELINE.by_id["joint-declaration-1956"]


def test_the_citation_names_the_milestone_address_version_and_day(milestone):
    text = citation.citation_text(milestone, "https://e.org/?event=x", "abc1234567", DAY, texts("en"))
    for part in (
        milestone.title,
        "19 October 1956",
        "https://e.org/?event=x",
        "abc1234567",
        "26 November 2026",
    ):
        assert part in text
    japanese = citation.citation_text(milestone, "u", "v", DAY, texts("ja"))
    assert "2026年11月26日" in japanese


def test_the_bibtex_entry_escapes_text_and_keeps_the_address_verbatim(milestone):
    hostile = milestone.model_copy(update={"title": "A & B 50% {x} $y$ #1 \\z"})
    url = "https://e.org/?event=x&lang=en&view=44.0,146.5,8"
    entry = citation.bibtex(hostile, url, "abc1234567", DAY, texts("en"))
    assert entry.startswith("@misc{islands-joint-declaration-1956-abc1234567,")
    assert r"A \& B 50\% \{x\} \$y\$ \#1 \textbackslash{}z" in entry
    assert f"url = {{{url}}}" in entry
    assert "urldate = {2026-11-26}" in entry
    assert entry.count("{") == entry.count("}")  # balanced, so BibTeX reads it


@pytest.fixture(scope="module")
def base():
    return picture.picture_base(
        data.load_islands(GEODATA / "islands.geojson"),
        data.load_context(GEODATA / "context.geojson"),
        data.load_borders(GEODATA / "borders.geojson"),
    )


def svg_of(base, milestone_id, lang="en", title=None):
    t = texts(lang)
    shot = control.snapshot(TIMELINE, TIMELINE.by_id[milestone_id])
    names = {g: g.capitalize() for g in ("etorofu", "kunashiri", "shikotan", "habomai")}
    borders = {b.id: b for b in TIMELINE.borders}
    return picture.map_svg(
        base, shot, TIMELINE.control.administrators, borders, names, t, title or shot.milestone.title, "foot"
    )


def test_the_picture_has_every_island_in_the_colours_of_the_map(base):
    svg = svg_of(base, "landing-etorofu-1945")
    root = ET.fromstring(svg)
    sides = TIMELINE.control.administrators
    fills = [p.get("fill") for p in root.iter(f"{SVG}path") if p.get("fill") not in (None, "none", "#b8b8b8")]
    assert len(fills) == len(base.islands)
    assert sides["soviet-occupation"].colour in fills  # Etorofu, landed on
    assert sides["japan"].colour in fills  # the others, still Japanese
    shown = [el.text for el in root.iter(f"{SVG}text")]
    assert TIMELINE.by_id["landing-etorofu-1945"].title in shown  # the heading
    assert "28 August 1945" in shown
    assert {"Etorofu", "Kunashiri", "Shikotan", "Habomai"} <= set(shown)  # the names on the islands


def test_the_ussr_is_hatched_in_the_picture_as_on_the_map(base):
    svg = svg_of(base, "joint-declaration-1956")
    assert re.search(r'<pattern id="pattern-hatch-', svg)
    assert 'fill="url(#pattern-hatch-' in svg


def test_text_in_the_picture_is_escaped(base):
    svg = svg_of(base, "joint-declaration-1956", title='<script>alert(1)</script> & "x"')
    assert "<script>" not in svg
    ET.fromstring(svg)  # still well-formed XML


def test_the_png_is_drawn_from_the_svg(base):
    png = picture.png(svg_of(base, "shimoda-treaty-1855", lang="ja"))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 20_000
