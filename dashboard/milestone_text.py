"""What the pages say about a milestone, as Markdown built from the data (pure, no Streamlit).

Each block is one Markdown string, so that a timeline step sends one element for the event card
and one for the text twin of the map instead of one per line: Streamlit's cost of a rerun grows
with the number of elements it sends. Every text from the data goes through dashboard.markdown.
"""

from __future__ import annotations

from dashboard.control import GroupState, Snapshot
from dashboard.i18n import Texts
from dashboard.markdown import clean, md_escape, md_line, md_link
from dashboard.models import Source
from dashboard.timeline_models import Administrator, Milestone


def when(milestone: Milestone, t: Texts, short: bool = False) -> str:
    """The milestone's date at its precision: '19 October 1956', '1947–1949'."""
    return t.period(milestone.date, milestone.end_date, short)


def slider_label(milestone: Milestone, t: Texts) -> str:
    """'19 Oct 1956 · Joint Declaration', escaped (slider options are read as Markdown)."""
    return md_line(f"{when(milestone, t, short=True)} · {milestone.short_title}")


def option_label(milestone: Milestone, t: Texts) -> str:
    """'19 Oct 1956 · Joint Declaration' as plain text on one line (for a select box's options,
    which are not read as Markdown)."""
    return " ".join(clean(f"{when(milestone, t, short=True)} · {milestone.short_title}").split())


def kind_label(kind: str, t: Texts) -> str:
    """A milestone's kind in words."""
    labels = {
        "treaty": t._("treaty"),
        "control change": t._("control change"),
        "diplomacy": t._("diplomacy"),
        "conflict": t._("conflict"),
        "sanctions": t._("sanctions"),
        "administration": t._("administration"),
    }
    return labels.get(kind, kind)


def source_link(source: Source) -> str:
    """A Markdown link to a source: its title, then its publisher (and an archived copy)."""
    link = f"{md_link(source.title, str(source.url))} ({md_line(source.publisher)})"
    if source.archived_url:
        link += f" · {md_link('archived copy', str(source.archived_url))}"
    return link


def source_list(sources: list[Source], t: Texts) -> str:
    """'**Sources**' and a numbered list of links."""
    items = "\n".join(f"{i}. {source_link(s)}" for i, s in enumerate(sources, start=1))
    return f"**{t._('Sources')}**\n\n{items}"


def small(text: str) -> str:
    """Markdown text in Streamlit's small type (`text` must already be escaped)."""
    return f":small[{text}]"


def event_markdown(milestone: Milestone, t: Texts) -> str:
    """The event card: date and kind, title, summary, both governments' positions, sources."""
    blocks = [
        small(f"{md_line(when(milestone, t))} · {md_line(kind_label(milestone.kind, t))}"),
        f"#### {md_line(milestone.title)}",
        md_escape(milestone.summary),
    ]
    for label, position in (
        (t._("Japan's position."), milestone.japan_position),
        (t._("Russia's position."), milestone.russia_position),
    ):
        if position:
            blocks.append(f"**{md_line(label)}** {md_escape(position)}")
    if milestone.positions_note:
        blocks.append(small(md_escape(milestone.positions_note)))
    if milestone.date_note:
        blocks.append(small(t._("On the date: {note}", note=md_escape(milestone.date_note))))
    blocks.append(source_list(milestone.sources, t))
    return "\n\n".join(blocks)


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def status_text(state: GroupState, sides: dict[str, Administrator], t: Texts) -> str:
    """'under Soviet military occupation; claimed by Japan', 'administered by Japan', ..."""
    if state.administered_by is None:
        text = t._("no state administration on record")
    else:
        text = sides[state.administered_by].status
    if state.claimed_by:
        claimants = ", ".join(sides[c].claimant for c in state.claimed_by)
        text = t._("{status}; claimed by {claimants}", status=text, claimants=claimants)
    return text


def state_rows(
    states: dict[str, GroupState], names: dict[str, dict], sides: dict[str, Administrator], t: Texts
) -> list[tuple[str, str, str]]:
    """(group, administered by, claimed by) per group, in words: the text twin of the map."""
    rows = []
    for group, state in states.items():
        admin = sides[state.administered_by].label if state.administered_by else t._("no state on record")
        claimed = ", ".join(sides[c].claimant for c in state.claimed_by) or t._("no other claim")
        rows.append((t.name(names[group]), capitalised(admin), claimed))
    return rows


def twin_header(t: Texts) -> tuple[str, str, str]:
    return (t._("Island group"), t._("Administered by"), t._("Claimed by"))


def markdown_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A Markdown table; every cell escaped and on one line, so no text can break a row."""

    def line(cells):
        return "| " + " | ".join(md_line(cell) for cell in cells) + " |"

    return "\n".join([line(header), "|" + " --- |" * len(header), *(line(row) for row in rows)])


def twin_markdown(
    shot: Snapshot,
    names: dict[str, dict],
    sides: dict[str, Administrator],
    line_names: dict[str, str],
    t: Texts,
    residents: dict[str, str] | None = None,
) -> str:
    """The text twin under the map: the date, who administered and claimed each group (and,
    given `residents`, {group: text}, its residents by the figure nearest the date), and the
    border lines drawn (named by `line_names`, {line id: name})."""
    rows = state_rows(shot.groups, names, sides, t)
    header = twin_header(t)
    if residents is not None:
        header += (t._("Residents (nearest figure)"),)
        rows = [(*row, residents[group]) for row, group in zip(rows, shot.groups, strict=True)]
    drawn = "; ".join(md_line(line_names.get(i, i)) for i in shot.lines) or md_escape(t._("none"))
    heading = t._("On {date}", date=when(shot.milestone, t))
    return "\n\n".join(
        [
            f"**{md_line(heading)}**",
            markdown_table(header, rows),
            small(md_escape(t._("Lines on the map (schematic):")) + " " + drawn),
        ]
    )


def change_sentence(name: str, before: GroupState, after: GroupState, sides, t: Texts) -> str:
    """One plain sentence on what changed for a group between two states."""
    if before == after:
        return t._("{name}: no change; {status}.", name=name, status=status_text(after, sides, t))
    return t._(
        "{name}: {before} → {after}.",
        name=name,
        before=status_text(before, sides, t),
        after=status_text(after, sides, t),
    )
