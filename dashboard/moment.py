"""What the landing page says about a milestone, as Markdown built from the data (pure).

Each block is one Markdown string, so that a timeline step sends one element for the event card
and one for the text twin of the map instead of one per line: Streamlit's cost of a rerun grows
with the number of elements it sends. Every text from the data is escaped (summary.md_escape).
"""

from __future__ import annotations

from dashboard import control
from dashboard.models import Source
from dashboard.summary import md_escape
from dashboard.timeline_models import Milestone

TWIN_HEADER = ("Island group", "Administered by", "Claimed by")


def source_link(source: Source) -> str:
    """A Markdown link to a source: its title, then its publisher."""
    return f"[{md_escape(source.title)}]({source.url}) ({md_escape(source.publisher)})"


def source_list(sources: list[Source]) -> str:
    """'**Sources**' and a numbered list of links."""
    return "**Sources**\n\n" + "\n".join(f"{i}. {source_link(s)}" for i, s in enumerate(sources, start=1))


def small(text: str) -> str:
    """Markdown text in Streamlit's small type (`text` must already be escaped)."""
    return f":small[{text}]"


def event_markdown(milestone: Milestone) -> str:
    """The event card: date and kind, title, summary, both governments' positions, sources."""
    blocks = [
        small(f"{md_escape(milestone.when)} · {md_escape(milestone.kind)}"),
        f"#### {md_escape(milestone.title)}",
        md_escape(milestone.summary),
    ]
    if milestone.japan_position:
        blocks.append(f"**Japan's position.** {md_escape(milestone.japan_position)}")
    if milestone.russia_position:
        blocks.append(f"**Russia's position.** {md_escape(milestone.russia_position)}")
    if milestone.date_note:
        blocks.append(small(f"On the date: {md_escape(milestone.date_note)}"))
    blocks.append(source_list(milestone.sources))
    return "\n\n".join(blocks)


def state_rows(
    states: dict[str, control.GroupState], names: dict[str, dict], labels: dict[str, str]
) -> list[tuple[str, str, str]]:
    """(group, administered by, claimed by) per group, in words: the text twin of the map."""
    rows = []
    for group, state in states.items():
        admin = labels.get(state.administered_by, "no agreed border")
        if state.administered_by == "soviet-occupation":
            admin = "Soviet military occupation"
        claimed = ", ".join(control.CLAIMANT_NAMES[c] for c in state.claimed_by) or "no other claim"
        rows.append((names[group]["en"], admin[0].upper() + admin[1:], claimed))
    return rows


def markdown_table(header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """A Markdown table; every cell escaped and on one line, so no text can break a row."""

    def line(cells):
        return "| " + " | ".join(md_escape(" ".join(cell.split())) for cell in cells) + " |"

    return "\n".join([line(header), "|" + " --- |" * len(header), *(line(row) for row in rows)])


def twin_markdown(when: str, rows: list[tuple[str, str, str]], lines: list[str] | None) -> str:
    """The text twin under the map: the date, who administered and claimed each group, and the
    border lines drawn (None: the borders file is unavailable, so say nothing about lines)."""
    blocks = [f"**On {md_escape(when)}**", markdown_table(TWIN_HEADER, rows)]
    if lines is not None:
        names = "; ".join(md_escape(name) for name in lines) or "none"
        blocks.append(small(f"Lines on the map (schematic): {names}."))
    return "\n\n".join(blocks)
