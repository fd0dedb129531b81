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


VIEW_PARAM = "view"  # ?view=LAT,LNG,ZOOM: where the reader had moved the map
VIEW_LIMITS = ((-85.0, 85.0), (-180.0, 180.0), (3.0, 16.0))  # latitude, longitude, zoom


def valid_view(numbers) -> tuple[float, float, float] | None:
    """(lat, lng, zoom), rounded as the address writes them, if `numbers` are three numbers in
    range (what the map reports or a link carries); None otherwise."""
    if not isinstance(numbers, list | tuple) or len(numbers) != 3:
        return None
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        return None
    if not all(low <= n <= high for n, (low, high) in zip(numbers, VIEW_LIMITS, strict=True)):
        return None  # NaN fails every comparison
    lat, lng, zoom = numbers
    return round(lat, 4), round(lng, 4), round(zoom * 4) / 4


def view_from_link(
    value: str, t: Texts | None = None
) -> tuple[tuple[float, float, float] | None, str | None]:
    """((lat, lng, zoom) or None, notice or None) for a ?view= value; a bad value is dropped
    with a notice (the map then frames the islands)."""
    t = t or texts()
    try:
        numbers = [float(part) for part in value.split(",")]
    except ValueError:
        numbers = []
    view = valid_view(numbers)
    if view:
        return view, None
    return None, t._(
        "The link's map view ({value}) is not a latitude, longitude and zoom like 44.0,146.5,8; "
        "the map shows the islands whole.",
        value=shown(value),
    )


def view_text(view: tuple[float, float, float]) -> str:
    """The ?view= value of a view: latitude and longitude to 4 decimals (about 10 m), the zoom."""
    lat, lng, zoom = view
    return f"{lat:.4f},{lng:.4f},{zoom:g}"
