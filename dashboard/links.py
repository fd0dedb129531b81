"""Deep links: which milestone a URL's query parameters ask for (pure, no Streamlit)."""

from __future__ import annotations

import datetime as dt

from dashboard.control import milestone_on_or_before
from dashboard.i18n import Texts, texts
from dashboard.timeline_models import TimelineFile

MAX_SHOWN = 40  # characters of a bad value repeated back to the reader


def shown(value: str) -> str:
    """A query value as it may be repeated in a notice: short, on one line."""
    flat = " ".join(value.split())
    return flat if len(flat) <= MAX_SHOWN else flat[: MAX_SHOWN - 1] + "…"


def milestone_from_link(
    params: dict[str, str], timeline: TimelineFile, t: Texts | None = None
) -> tuple[str, str | None]:
    """(milestone id, notice or None) for ?event=ID or ?date=YYYY-MM-DD; the latest otherwise.

    A bad value never fails: it falls back to the latest milestone and says so in the notice.
    """
    t = t or texts()
    default = timeline.milestones[-1].id
    ids = {m.id for m in timeline.milestones}
    if "event" in params:
        value = params["event"]
        if value in ids:
            return value, None
        return default, t._(
            "The link asks for an event this timeline doesn't have ({value}); showing the latest milestone.",
            value=shown(value),
        )
    if "date" in params:
        value = params["date"]
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return default, t._(
                "The link's date ({value}) is not a date like 1956-10-19; showing the latest milestone.",
                value=shown(value),
            )
        first = timeline.milestones[0].start
        if day < first:
            return timeline.milestones[0].id, t._(
                "The timeline starts on {date}; showing its first milestone.", date=first.isoformat()
            )
        return milestone_on_or_before(timeline, day).id, None
    return default, None
