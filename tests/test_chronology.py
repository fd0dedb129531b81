"""The chronology table and its filters: every word searched, in every name of a group."""

import pytest

from dashboard import chronology


@pytest.fixture(scope="module")
def frame(timeline, names, t):
    return chronology.chronology_frame(timeline, names.group_names(), t)


def test_one_row_per_milestone_with_sources(frame, timeline):
    assert len(frame) == len(timeline.milestones) and frame["id"].is_unique
    assert frame["first_source"].str.match(r"https?://").all()
    assert (frame["sources"] != "").all()


def count(frame, kinds=(), groups=(), text=""):
    return len(chronology.filter_chronology(frame, list(kinds), list(groups), text))


def test_filters(frame, timeline):
    assert count(frame) == len(timeline.milestones)
    assert count(frame, kinds=["sanctions"]) == sum(m.kind == "sanctions" for m in timeline.milestones)
    assert count(frame, text="no such words anywhere") == 0
    assert count(frame, groups=["kunashiri"], text="medvedev") == 1


@pytest.mark.parametrize("text", ["Shikotan 1956", "1956 shikotan", "色丹", "Шикотан", "JOINT DECLARATION"])
def test_every_word_is_searched_separately_in_every_script(frame, text):
    found = set(chronology.filter_chronology(frame, [], [], text)["id"])
    assert "joint-declaration-1956" in found


def test_words_narrow_the_search(frame):
    assert count(frame, text="Shikotan") > count(frame, text="Shikotan 1956") > 0


def test_group_filter_keeps_events_concerning_any_chosen_group(frame):
    shown = chronology.filter_chronology(frame, [], ["shikotan", "habomai"])
    assert "soviet-memorandum-1960" in set(shown["id"])
    assert "medvedev-kunashir-2010" not in set(shown["id"])


@pytest.mark.parametrize(
    ("columns", "headings"),
    [
        (chronology.WIDE_COLUMNS, ["Date", "Title", "Island groups", "Kind"]),
        (chronology.NARROW_COLUMNS, ["Milestone"]),
    ],
)
def test_each_layout_is_a_table_of_the_rows_shown_under_its_headings(frame, t, columns, headings):
    shown = chronology.filter_chronology(frame, [], ["shikotan"], "1956")
    table = chronology.layout_table(shown, columns, t)
    assert table.column_names == headings
    assert table.num_rows == len(shown) > 0
    assert table.column(0).to_pylist() == list(shown[columns[0]])
