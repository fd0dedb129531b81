"""The Compare page's link: the two milestones of ?from=ID&to=ID, and what a bad value gives."""

import pytest

from dashboard import compare
from dashboard.i18n import texts

FIRST, LATEST = "{first}", "{latest}"  # the timeline's first and last milestones


@pytest.mark.parametrize(
    ("params", "expected", "notices"),
    [
        ({}, (FIRST, LATEST), []),
        ({"from": "joint-declaration-1956"}, ("joint-declaration-1956", LATEST), []),
        ({"to": "potsdam-declaration-1945"}, (FIRST, "potsdam-declaration-1945"), []),
        (  # later first is fine: the reader compares backwards
            {"from": "joint-declaration-1956", "to": "potsdam-declaration-1945"},
            ("joint-declaration-1956", "potsdam-declaration-1945"),
            [],
        ),
        ({"from": "no-such-event"}, (FIRST, LATEST), ["(no-such-event); showing the first milestone"]),
        ({"to": ""}, (FIRST, LATEST), ["(); showing the latest milestone"]),
        ({"from": "a", "to": "b"}, (FIRST, LATEST), ["(a)", "(b)"]),
        ({"to": "x" * 500}, (FIRST, LATEST), ["…"]),
        ({"event": "joint-declaration-1956"}, (FIRST, LATEST), []),  # the map page's parameter
    ],
)
def test_pair_from_link(timeline, params, expected, notices):
    ends = {FIRST: timeline.milestones[0].id, LATEST: timeline.milestones[-1].id}
    first, second, said = compare.pair_from_link(params, timeline)
    assert (first, second) == tuple(ends.get(value, value) for value in expected)
    assert len(said) == len(notices) and all(words in n for words, n in zip(notices, said, strict=True))


def test_the_notice_is_in_the_reader_s_language(timeline):
    _, _, said = compare.pair_from_link({"from": "x"}, timeline, texts("ja"))
    assert said == [
        "リンクで比較を指定された出来事（x）はこの年表にないため、代わりに最初の出来事を表示しています。"
    ]
