"""The timeline as CSV: one row per milestone, in a language, for spreadsheets (pure, no Streamlit).

Written by the standard library's csv module (RFC 4180 quoting, CRLF line ends) as UTF-8 with a
byte-order mark, so that a spreadsheet opens the Japanese and Russian text as such. A text cell
that a spreadsheet would read as a formula (=, +, -, @) starts with an apostrophe instead.
"""

from __future__ import annotations

import csv
import io

from dashboard.i18n import N_, Texts
from dashboard.milestone_text import kind_label
from dashboard.timeline_models import Milestone, TimelineFile

# the columns' headings, in order (messages: the file is in the reader's language)
COLUMNS = (
    N_("id"),
    N_("date"),
    N_("end date"),
    N_("date precision"),
    N_("kind"),
    N_("title"),
    N_("island groups"),
    N_("summary"),
    N_("Japan's position"),
    N_("Russia's position"),
    N_("sources"),
)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
SOURCE_SEPARATOR = "\n"  # one source per line within its cell


def inert(text: str | None) -> str:
    """A cell's text that no spreadsheet runs as a formula ('' for none)."""
    text = text or ""
    return "'" + text if text.startswith(FORMULA_START) else text


def milestone_row(milestone: Milestone, group_names: dict[str, dict], t: Texts) -> list[str]:
    """One milestone's cells, in the order of COLUMNS."""
    sources = SOURCE_SEPARATOR.join(
        f"{s.title} ({s.publisher}) {s.url}"
        + (f" [{t._('archived copy')}: {s.archived_url}]" if s.archived_url else "")
        for s in milestone.sources
    )
    groups = ", ".join(t.name(group_names[g]) if g in group_names else g for g in milestone.islands)
    return [
        milestone.id,
        milestone.date,
        milestone.end_date or "",
        milestone.precision,
        kind_label(milestone.kind, t),
        *(
            inert(text)
            for text in (
                milestone.title,
                groups,
                milestone.summary,
                milestone.japan_position,
                milestone.russia_position,
                sources,
            )
        ),
    ]


def timeline_csv(timeline: TimelineFile, group_names: dict[str, dict], t: Texts) -> bytes:
    """The timeline as CSV bytes: a heading row, then one row per milestone in timeline order."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)  # the csv module quotes; nothing here does it by hand
    writer.writerow([t._(column) for column in COLUMNS])
    writer.writerows(milestone_row(m, group_names, t) for m in timeline.milestones)
    return out.getvalue().encode("utf-8-sig")


def file_name(code: str) -> str:
    """The download's file name in a language: timeline-ja.csv."""
    return f"timeline-{code}.csv"
