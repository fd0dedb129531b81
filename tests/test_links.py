import pytest

from dashboard import links

LATEST, FIRST = "{latest}", "{first}"  # the timeline's last and first milestones


@pytest.mark.parametrize(
    ("params", "expected", "notice"),
    [
        ({}, LATEST, None),
        ({"event": "joint-declaration-1956"}, "joint-declaration-1956", None),
        ({"date": "1956-10-19"}, "joint-declaration-1956", None),
        ({"date": "1956-11-30"}, "joint-declaration-1956", None),  # the latest milestone by then
        ({"date": "1945-08-28"}, "landing-etorofu-1945", None),
        ({"date": "1000-01-01"}, FIRST, "The timeline starts on"),
        ({"event": "no-such-event"}, LATEST, "(no-such-event)"),
        (
            {"event": "<script>alert(1)</script>"},
            LATEST,
            "doesn't have",
        ),
        ({"date": "19/10/1956"}, LATEST, "is not a date"),
        ({"date": "1956-02-30"}, LATEST, "is not a date"),
        ({"event": "x" * 500}, LATEST, "…"),
    ],
)
def test_milestone_from_link(timeline, params, expected, notice):
    expected = {LATEST: timeline.milestones[-1].id, FIRST: timeline.milestones[0].id}.get(expected, expected)
    chosen, said = links.milestone_from_link(params, timeline)
    assert chosen == expected
    if notice is None:
        assert said is None
    else:
        assert notice in said and len(said) < 200
