"""The Islands page's locator: the four groups in their map colours, named inside the picture,
no text from the data as markup."""

import base64
import re

import pytest

from dashboard import locator
from dashboard.i18n import texts
from dashboard.mapping import GROUP_COLOURS
from dashboard.models import GROUPS
from dashboard.picture import LEGEND_WIDTH, WIDTH

FRAME = WIDTH - LEGEND_WIDTH


@pytest.fixture(scope="module")
def base(islands, land):
    return locator.locator_base(islands, land.reset_index())


@pytest.mark.parametrize(
    ("label", "left"),
    [
        (locator.Label("Kunashiri / Kunashir", 20, 100, "middle"), 8),  # off the left edge: moved in
        (locator.Label("Etorofu / Iturup", 860, 100, "start"), None),  # off the right edge: moved in
        (locator.Label("Shikotan", 400, 100, "start"), 400),  # inside: left where it is
    ],
)
def test_a_label_is_moved_inside_the_picture(label, left):
    moved = locator.fitted(label, FRAME)
    width = locator.text_width(label.text)
    start = {"start": moved.x, "middle": moved.x - width / 2}[moved.anchor]
    assert start >= 8 - 1e-9 and start + width <= FRAME - 8 + 1e-9
    if left is not None:
        assert start == pytest.approx(left)


def test_japanese_text_is_measured_wider_per_character():
    assert locator.text_width("択捉島") > locator.text_width("abc")


@pytest.mark.parametrize("code", ["en", "ja", "ru"])
def test_every_group_is_named_inside_the_picture_and_no_names_overlap(base, names, code):
    t = texts(code)
    labels = locator.group_labels(base, {g: t.name(n) for g, n in names.group_names().items()})
    assert [label.colour for label in labels] == [GROUP_COLOURS[g] for g in GROUPS]
    boxes = []
    for label in labels:
        width = locator.text_width(label.text)
        left = {"start": label.x, "middle": label.x - width / 2, "end": label.x - width}[label.anchor]
        assert left >= 0 and left + width <= FRAME and label.y - locator.FONT_SIZE > 0 and label.y < 820
        boxes.append((left, label.y - locator.FONT_SIZE, left + width, label.y))
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1], (a, b)


def test_the_locator_draws_each_group_in_its_colour_and_names_hokkaido(base, islands, land, names):
    t = texts("ja")
    html = locator.build_locator(base, islands, land.reset_index(), names.group_names(), t)
    assert html.startswith('<img class="islands-locator" alt="位置図：')
    svg = base64.b64decode(re.search(r'base64,([^"]+)"', html).group(1)).decode()
    fills = set(re.findall(r'<path d="[^"]*" fill="(#[0-9A-Fa-f]{6})" fill-opacity="0.9"', svg))
    assert fills == set(GROUP_COLOURS.values())
    for name in ("択捉島", "国後島", "色丹島", "歯舞群島", "北海道"):
        assert f">{name}</text>" in svg


def test_no_text_from_the_data_becomes_markup(base, islands, names):
    group_names = {g: {"en": '<script>alert(1)</script> & "x"'} for g in GROUPS}
    html = locator.build_locator(base, islands, None, group_names, texts("en"))
    svg = base64.b64decode(re.search(r'base64,([^"]+)"', html).group(1)).decode()
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    alt = re.search(r'alt="([^"]*)"', html).group(1)
    assert "<" not in alt and "&lt;script&gt;" in alt
