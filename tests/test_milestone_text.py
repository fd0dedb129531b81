"""The event card and the text twin as Markdown: what they say, and that data stays text."""

import datetime as dt

import pytest

from dashboard import control, data, moment
from dashboard.paths import TIMELINE_FILE
from dashboard.summary import md_escape

HOSTILE = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) | pipe ] bracket\nnew line'


@pytest.fixture(scope="module")
def timeline():
    return data.load_timeline(TIMELINE_FILE)


def test_event_card_has_date_title_positions_and_numbered_sources(timeline):
    milestone = timeline.milestone("joint-declaration-1956")
    text = moment.event_markdown(milestone)
    blocks = text.split("\n\n")
    assert blocks[0] == f":small[{md_escape(milestone.when)} · {md_escape(milestone.kind)}]"
    assert blocks[1] == f"#### {md_escape(milestone.title)}"
    assert "**Japan's position.** " in text and "**Russia's position.** " in text
    assert "**Sources**" in text
    for number, source in enumerate(milestone.sources, start=1):
        assert f"{number}. [{md_escape(source.title)}]({source.url})" in text


def test_event_card_leaves_out_what_a_milestone_does_not_have(timeline):
    plain = next(m for m in timeline.milestones if not m.date_note)
    assert "On the date:" not in moment.event_markdown(plain)
    noted = next(m for m in timeline.milestones if m.date_note)
    assert f":small[On the date: {md_escape(noted.date_note)}]" in moment.event_markdown(noted)


def test_event_card_escapes_every_text_from_the_data(timeline):
    milestone = timeline.milestone("joint-declaration-1956").model_copy(
        update={"title": HOSTILE, "summary": HOSTILE, "japan_position": HOSTILE, "date_note": HOSTILE}
    )
    text = moment.event_markdown(milestone)
    assert "<img" not in text.replace("\\<img", "")
    assert "](javascript" not in text
    assert text.count(md_escape(HOSTILE)) == 4


@pytest.mark.parametrize(
    ("day", "group", "expected"),
    [
        ("1945-08-14", "Etorofu / Iturup", ("Japan", "no other claim")),
        ("1945-08-28", "Etorofu / Iturup", ("Soviet military occupation", "Japan")),
        ("1956-10-19", "Shikotan", ("The USSR", "Japan")),
        ("2022-03-21", "Habomai Islands", ("The Russian Federation", "Japan")),
    ],
)
def test_state_rows_say_who_administered_and_who_claimed(timeline, names, day, group, expected):
    states = control.state_at(timeline.control, dt.date.fromisoformat(day))
    rows = moment.state_rows(states, names.group_names(), timeline.control.administrators)
    assert {row[0]: row[1:] for row in rows}[group] == expected


def test_markdown_table_keeps_hostile_cells_in_their_row():
    table = moment.markdown_table(("a", "b"), [(HOSTILE, "x")])
    lines = table.splitlines()
    assert lines[:2] == ["| a | b |", "| --- | --- |"]
    assert len(lines) == 3  # the newline in the cell did not start a row
    assert lines[2].count(" | ") == 1  # the '|' in the cell is escaped
    assert "<img" not in table.replace("\\<img", "")


def test_twin_names_the_lines_or_says_none_and_stays_quiet_without_borders():
    rows = [("Shikotan", "Japan", "no other claim")]
    assert "Lines on the map (schematic): Line A; Line B." in moment.twin_markdown(
        "1 May 1900", rows, ["Line A", "Line B"]
    )
    assert "Lines on the map (schematic): none." in moment.twin_markdown("1 May 1900", rows, [])
    assert "Lines on the map" not in moment.twin_markdown("1 May 1900", rows, None)
    assert moment.twin_markdown("1 May 1900", rows, None).startswith("**On 1 May 1900**")
