"""The Compare page's pair: the one it opens on, the two milestones of ?from=ID&to=ID, and what a
bad value gives."""

import pytest

from dashboard import compare, control
from dashboard.i18n import texts
from dashboard.milestone_text import option_label

FIRST, LATEST = "{eve}", "{latest}"  # the default pair: the eve of today's control, the latest


def held_by_todays_claimants(timeline, milestone) -> bool:
    now = control.state_at(timeline.control, timeline.milestones[-1].start)
    then = control.state_at(timeline.control, milestone.start)
    return all(then[g].administered_by in now[g].claimed_by for g in now)


def test_the_page_opens_on_the_eve_of_today_s_control_and_the_latest_milestone(timeline):
    first, second = compare.default_pair(timeline)
    assert second == timeline.milestones[-1].id
    ids = [m.id for m in timeline.milestones]
    eve = ids.index(first)
    assert held_by_todays_claimants(timeline, timeline.milestones[eve])  # every group, then
    assert timeline.milestones[eve].islands  # a milestone of the islands: its map is framed on them
    later = [m for m in timeline.milestones[eve + 1 :] if m.islands]
    assert not any(held_by_todays_claimants(timeline, m) for m in later)
    assert first == "potsdam-declaration-1945"  # this timeline: the last of the islands before the landings


def test_without_a_claim_today_the_page_opens_on_the_first_milestone(timeline):
    control_now = timeline.control.model_copy(deep=True)
    for table in control_now.groups.values():
        table.claimed.clear()
    unclaimed = timeline.model_copy(update={"control": control_now})
    assert compare.default_pair(unclaimed) == (timeline.milestones[0].id, timeline.milestones[-1].id)


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
        (
            {"from": "no-such-event"},
            (FIRST, LATEST),
            ["(no-such-event); showing 26 Jul 1945 · Potsdam Declaration"],
        ),
        ({"to": ""}, (FIRST, LATEST), ["(); showing "]),
        ({"from": "a", "to": "b"}, (FIRST, LATEST), ["(a)", "(b)"]),
        ({"to": "x" * 500}, (FIRST, LATEST), ["…"]),
        ({"event": "joint-declaration-1956"}, (FIRST, LATEST), []),  # the map page's parameter
    ],
)
def test_pair_from_link(timeline, params, expected, notices):
    ends = dict(zip((FIRST, LATEST), compare.default_pair(timeline), strict=True))
    first, second, said = compare.pair_from_link(params, timeline)
    assert (first, second) == tuple(ends.get(value, value) for value in expected)
    assert len(said) == len(notices) and all(words in n for words, n in zip(notices, said, strict=True))


def test_the_notice_is_in_the_reader_s_language(timeline):
    _, _, said = compare.pair_from_link({"from": "x"}, timeline, texts("ja"))
    eve = option_label(timeline.by_id[compare.default_pair(timeline)[0]], texts("ja"))
    assert said == [
        f"リンクで比較を指定された出来事（x）はこの年表にないため、代わりに「{eve}」を表示しています。"
    ]
