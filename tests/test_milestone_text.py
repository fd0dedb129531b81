"""The event card, the text twin and the change sentences as Markdown: what they say, and that
data stays text."""

import datetime as dt

import pytest

from dashboard import control, milestone_text
from dashboard.markdown import md_escape, md_line, md_url

HOSTILE = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) | pipe ] bracket\nnew line'


def test_event_card_has_date_title_positions_and_numbered_sources(timeline, t):
    milestone = timeline.milestone("joint-declaration-1956")
    text = milestone_text.event_markdown(milestone, t)
    blocks = text.split("\n\n")
    assert blocks[0] == f":small[{md_escape('19 October 1956')} · {md_escape('treaty')}]"
    assert blocks[1] == f"#### {md_line(milestone.title)}"
    assert "**Japan's position\\.** " in text and "**Russia's position\\.** " in text
    assert "**Sources**" in text
    for number, source in enumerate(milestone.sources, start=1):
        assert f"{number}. [{md_line(source.title)}]({md_url(str(source.url))})" in text


def test_event_card_leaves_out_what_a_milestone_does_not_have(timeline, t):
    plain = next(m for m in timeline.milestones if not m.date_note)
    assert "On the date:" not in milestone_text.event_markdown(plain, t)
    noted = next(m for m in timeline.milestones if m.date_note)
    expected = f":small[On the date: {md_escape(noted.date_note)}]"
    assert expected in milestone_text.event_markdown(noted, t)


def test_event_card_escapes_every_text_from_the_data(timeline, t):
    milestone = timeline.milestone("joint-declaration-1956").model_copy(
        update={"title": HOSTILE, "summary": HOSTILE, "japan_position": HOSTILE, "date_note": HOSTILE}
    )
    text = milestone_text.event_markdown(milestone, t)
    assert "<img" not in text.replace("\\<img", "")
    assert "](javascript" not in text
    assert text.count(md_escape(HOSTILE)) == 3 and text.count(md_line(HOSTILE)) == 1


@pytest.mark.parametrize(
    ("day", "group", "expected"),
    [
        ("1945-08-14", "Etorofu / Iturup", ("Japan", "no other claim")),
        ("1945-08-28", "Etorofu / Iturup", ("Soviet military occupation", "Japan")),
        ("1956-10-19", "Shikotan", ("The USSR", "Japan")),
        ("2022-03-21", "Habomai Islands", ("The Russian Federation", "Japan")),
    ],
)
def test_state_rows_say_who_administered_and_who_claimed(timeline, names, sides, t, day, group, expected):
    states = control.state_at(timeline.control, dt.date.fromisoformat(day))
    rows = milestone_text.state_rows(states, names.group_names(), sides, t)
    assert {row[0]: row[1:] for row in rows}[group] == expected


def test_markdown_table_keeps_hostile_cells_in_their_row():
    table = milestone_text.markdown_table(("a", "b"), [(HOSTILE, "x")])
    lines = table.splitlines()
    assert lines[:2] == ["| a | b |", "| --- | --- |"]
    assert len(lines) == 3  # the newline in the cell did not start a row
    assert lines[2].count(" | ") == 1  # the '|' in the cell is escaped
    assert "<img" not in table.replace("\\<img", "")


def test_twin_names_the_lines_in_force_or_says_none(timeline, names, sides, t):
    shot = control.snapshot(timeline, timeline.milestone("joint-declaration-1956"))
    line_names = {b.id: b.name for b in timeline.borders}
    text = milestone_text.twin_markdown(shot, names.group_names(), sides, line_names, t)
    assert text.startswith("**On 19 October 1956**")
    assert (
        md_line(line_names["line-of-control"]) in text and md_line(line_names["japan-claimed-line"]) in text
    )
    empty = control.Snapshot(shot.milestone, shot.groups, shot.concerned, ())
    assert "schematic\\)\\: none" in milestone_text.twin_markdown(empty, names.group_names(), sides, {}, t)


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (
            ("japan", ()),
            ("soviet-occupation", ("japan",)),
            "Shikotan: administered by Japan → under Soviet military occupation; claimed by Japan.",
        ),
        (
            ("ussr", ("japan",)),
            ("ussr", ("japan",)),
            "Shikotan: no change; administered by the USSR; claimed by Japan.",
        ),
        ((None, ()), ("japan", ()), "Shikotan: no state administration on record → administered by Japan."),
    ],
)
def test_change_sentences(sides, t, before, after, expected):
    states = [control.GroupState(*before), control.GroupState(*after)]
    assert milestone_text.change_sentence("Shikotan", *states, sides, t) == expected


def test_an_archived_copy_is_linked_beside_its_source(timeline):
    source = (
        timeline.milestones[0].sources[0].model_copy(update={"archived_url": "https://web.archive.org/x"})
    )
    assert "[archived copy](https://web.archive.org/x)" in milestone_text.source_link(source)
