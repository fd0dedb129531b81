import pytest

from dashboard import chronology, data
from dashboard.paths import NAMES_FILE, TIMELINE_FILE


@pytest.fixture(scope="module")
def frame():
    names = data.load_names(NAMES_FILE).group_names()
    return chronology.chronology_frame(data.load_timeline(TIMELINE_FILE), names)


def test_one_row_per_milestone_with_sources(frame):
    assert len(frame) == 54 and frame["id"].is_unique
    assert frame["First source"].str.match(r"https?://").all()
    assert (frame["Sources"] != "").all()


@pytest.mark.parametrize(
    ("kinds", "groups", "text", "expected"),
    [
        ([], [], "", 54),
        (["sanctions"], [], "", 2),
        ([], ["kunashiri"], "medvedev", 1),
        ([], [], "TOKYO DECLARATION", 3),  # the declaration, and two summits that refer to it
        (["treaty"], ["habomai"], "1956", 1),
        ([], [], "no such words anywhere", 0),
    ],
)
def test_filters(frame, kinds, groups, text, expected):
    assert len(chronology.filter_chronology(frame, kinds, groups, text)) == expected


def test_group_filter_keeps_events_concerning_any_chosen_group(frame):
    shown = chronology.filter_chronology(frame, [], ["shikotan", "habomai"])
    assert "soviet-memorandum-1960" in set(shown["id"])
    assert "medvedev-kunashir-2010" not in set(shown["id"])
