import pytest

from dashboard import data, links
from dashboard.paths import TIMELINE_FILE


@pytest.fixture(scope="module")
def timeline():
    return data.load_timeline(TIMELINE_FILE)


@pytest.mark.parametrize(
    ("params", "expected", "notice"),
    [
        ({}, "russia-terminates-visa-free-agreements-2022", None),
        ({"event": "joint-declaration-1956"}, "joint-declaration-1956", None),
        ({"date": "1956-10-19"}, "joint-declaration-1956", None),
        ({"date": "1956-11-30"}, "joint-declaration-1956", None),  # the latest milestone by then
        ({"date": "1945-08-28"}, "landing-etorofu-1945", None),
        ({"date": "1800-01-01"}, "shimoda-treaty-1855", "starts on 1855-02-07"),
        ({"event": "no-such-event"}, "russia-terminates-visa-free-agreements-2022", "(no-such-event)"),
        (
            {"event": "<script>alert(1)</script>"},
            "russia-terminates-visa-free-agreements-2022",
            "doesn't have",
        ),
        ({"date": "19/10/1956"}, "russia-terminates-visa-free-agreements-2022", "is not a date"),
        ({"date": "1956-02-30"}, "russia-terminates-visa-free-agreements-2022", "is not a date"),
        ({"event": "x" * 500}, "russia-terminates-visa-free-agreements-2022", "…"),
    ],
)
def test_milestone_from_link(timeline, params, expected, notice):
    chosen, said = links.milestone_from_link(params, timeline)
    assert chosen == expected
    if notice is None:
        assert said is None
    else:
        assert notice in said and len(said) < 200
