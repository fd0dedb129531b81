"""The Compare page's link: which two milestones ?from=ID&to=ID asks for (pure, no Streamlit)."""

from __future__ import annotations

from dashboard.i18n import Texts, texts
from dashboard.links import shown
from dashboard.timeline_models import TimelineFile

FROM, TO = "from", "to"  # the query parameters


def pair_from_link(
    params: dict[str, str], timeline: TimelineFile, t: Texts | None = None
) -> tuple[str, str, list[str]]:
    """(first id, second id, notices) for ?from=ID&to=ID; the first and the latest milestone
    where a parameter is missing. A value the timeline does not have falls back to that default
    and says so in a notice; nothing ever fails."""
    t = t or texts()
    ids = {m.id for m in timeline.milestones}
    defaults = {FROM: timeline.milestones[0].id, TO: timeline.milestones[-1].id}
    chosen, notices = dict(defaults), []
    for param, instead in ((FROM, t._("the first milestone")), (TO, t._("the latest milestone"))):
        value = params.get(param)
        if value is None:
            continue
        if value in ids:
            chosen[param] = value
        else:
            notices.append(
                t._(
                    "The link asks to compare a milestone this timeline doesn't have ({value}); "
                    "showing {instead} instead.",
                    value=shown(value),
                    instead=instead,
                )
            )
    return chosen[FROM], chosen[TO], notices
