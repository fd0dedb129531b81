"""The Compare page's pair: which two milestones it opens on, and which ?from=ID&to=ID asks for
(pure, no Streamlit)."""

from __future__ import annotations

from dashboard import control
from dashboard.i18n import Texts, texts
from dashboard.links import shown
from dashboard.milestone_text import option_label
from dashboard.timeline_models import TimelineFile

FROM, TO = "from", "to"  # the query parameters


def default_pair(timeline: TimelineFile) -> tuple[str, str]:
    """(first id, second id) the page opens on: the latest milestone, and before it the last
    milestone that concerns the islands at which every group was administered by a side that
    claims it at the latest one: the eve of today's control, framed on the islands as the
    latest is (the first milestone if the timeline has no such moment). Read from the control
    table, never named here."""
    latest = timeline.milestones[-1]
    now = control.state_at(timeline.control, latest.start)

    def held_by_todays_claimants(milestone) -> bool:
        then = control.state_at(timeline.control, milestone.start)
        return all(then[g].administered_by in now[g].claimed_by for g in now)

    before = [m for m in timeline.milestones if m.islands and held_by_todays_claimants(m)]
    return (before[-1] if before else timeline.milestones[0]).id, latest.id


def pair_from_link(
    params: dict[str, str], timeline: TimelineFile, t: Texts | None = None
) -> tuple[str, str, list[str]]:
    """(first id, second id, notices) for ?from=ID&to=ID; the default pair where a parameter
    is missing. A value the timeline does not have falls back to that default and says so in a
    notice, naming the milestone shown instead; nothing ever fails."""
    t = t or texts()
    ids = {m.id for m in timeline.milestones}
    defaults = dict(zip((FROM, TO), default_pair(timeline), strict=True))
    chosen, notices = dict(defaults), []
    for param in (FROM, TO):
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
                    instead=option_label(timeline.by_id[defaults[param]], t),
                )
            )
    return chosen[FROM], chosen[TO], notices
