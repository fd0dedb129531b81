"""The chronology as a table, and its filters (pure, no Streamlit)."""

from __future__ import annotations

import pandas as pd

from dashboard.timeline_models import TimelineFile


def chronology_frame(timeline: TimelineFile, names: dict[str, dict]) -> pd.DataFrame:
    """One row per milestone: date, title, kind, islands, summary, sources."""
    rows = []
    for m in timeline.milestones:
        rows.append(
            {
                "id": m.id,
                "Date": m.when,
                "Title": m.title,
                "Kind": m.kind,
                "Islands": ", ".join(names[g]["en"] for g in m.islands) or "(context)",
                "groups": tuple(m.islands),
                "Summary": m.summary,
                "Sources": " · ".join(s.publisher for s in m.sources),
                "First source": str(m.sources[0].url),
            }
        )
    return pd.DataFrame(rows)


def filter_chronology(
    frame: pd.DataFrame, kinds: list[str], groups: list[str], text: str = ""
) -> pd.DataFrame:
    """Rows of the chosen kinds that concern any of the chosen groups and contain `text`.

    An empty list of kinds or groups means no filter on it; text matching ignores case and
    looks in the date, title, summary and sources.
    """
    keep = pd.Series(True, index=frame.index)
    if kinds:
        keep &= frame["Kind"].isin(kinds)
    if groups:
        keep &= frame["groups"].map(lambda concerned: bool(set(concerned) & set(groups)))
    words = text.strip().casefold()
    if words:
        haystack = frame[["Date", "Title", "Summary", "Sources"]].agg(" ".join, axis=1).str.casefold()
        keep &= haystack.str.contains(words, regex=False)
    return frame[keep]
