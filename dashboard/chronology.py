"""The chronology as a table, and its filters (pure, no Streamlit)."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa

from dashboard.i18n import Texts
from dashboard.milestone_text import kind_label, when
from dashboard.models import GROUPS
from dashboard.timeline_models import Milestone, TimelineFile


def chronology_frame(
    timeline: TimelineFile,
    names: dict[str, dict],
    t: Texts,
    also_search: dict[str, list[str]] | None = None,
) -> pd.DataFrame:
    """One row per milestone: id, date, title, date and title in one text (`milestone`), kind,
    islands, summary, sources, and the text a search looks in (`also_search` adds, per milestone
    id, its texts in other languages)."""
    rows = []
    for m in timeline.milestones:
        date = when(m, t)
        rows.append(
            {
                "id": m.id,
                "date": date,
                "title": m.title,
                "milestone": f"{date} · {m.title}",  # date and title in one cell, for a phone
                "kind": m.kind,
                "kind_label": kind_label(m.kind, t),
                "islands": groups_text(m.islands, names, t),
                "groups": tuple(m.islands),
                "summary": m.summary,
                "sources": " · ".join(s.publisher for s in m.sources),
                "first_source": str(m.sources[0].url),
                "search": search_text(m, names, (also_search or {}).get(m.id, [])),
            }
        )
    return pd.DataFrame(rows)


def groups_text(groups: list[str], names: dict[str, dict], t: Texts) -> str:
    """The island groups a milestone concerns, in plain words: 'all four', their names, or
    'none directly' for what happened elsewhere (on Sakhalin, in Tokyo, in Manchuria)."""
    if len(groups) == len(GROUPS):
        return t._("all four")
    return ", ".join(t.name(names[g]) for g in groups) or t._("none directly")


def search_text(milestone: Milestone, names: dict[str, dict], extra: list[str]) -> str:
    """Everything a search matches for a milestone: its date, texts, sources and the names of
    its groups in every script, case-folded."""
    parts = [milestone.date, milestone.title, milestone.short_title, milestone.summary, *extra]
    parts += [milestone.japan_position or "", milestone.russia_position or ""]
    parts += [s.publisher for s in milestone.sources]
    for group in milestone.islands:
        parts += [value for value in names[group].values() if isinstance(value, str)]
    return " ".join(parts).casefold()


def filter_chronology(
    frame: pd.DataFrame, kinds: list[str], groups: list[str], text: str = ""
) -> pd.DataFrame:
    """Rows of the chosen kinds that concern any of the chosen groups and contain every word of
    `text` (anywhere, in any order, ignoring case).

    An empty list of kinds or groups means no filter on it.
    """
    keep = pd.Series(True, index=frame.index)
    if kinds:
        keep &= frame["kind"].isin(kinds)
    if groups:
        keep &= frame["groups"].map(lambda concerned: bool(set(concerned) & set(groups)))
    for word in text.casefold().split():
        keep &= frame["search"].str.contains(word, regex=False)
    return frame[keep]


# the table's layouts (dashboard.chronology_ui shows the one that fits the screen): their columns
WIDE_COLUMNS = ("date", "title", "islands", "kind_label")
NARROW_COLUMNS = ("milestone",)


def column_labels(t: Texts) -> dict[str, str]:
    """The heading of each column a layout may show."""
    return {
        "date": t._("Date"),
        "title": t._("Title"),
        "islands": t._("Island groups"),
        "kind_label": t._("Kind"),
        "milestone": t._("Milestone"),
    }


def layout_table(shown: pd.DataFrame, columns: tuple[str, ...], t: Texts) -> pa.Table:
    """The rows shown in one layout, with their headings, as an Arrow table (what the page sends
    as it is, with no conversion on a rerun)."""
    labels = column_labels(t)
    return pa.Table.from_pandas(shown[list(columns)].rename(columns=labels), preserve_index=False)
