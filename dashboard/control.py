"""Who administered and who claimed each island group, and what the map shows at a milestone.

Pure, no Streamlit: every view of a milestone (the landing page's map and text twin, Compare,
the static edition) draws from one `Snapshot`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dashboard.models import GROUPS
from dashboard.timeline_models import Control, Milestone, Period, TimelineFile


@dataclass(frozen=True)
class GroupState:
    """The state of one group on one day: administrator and claimants are ids of the
    timeline's administrators table (None: no state administration on record)."""

    administered_by: str | None
    claimed_by: tuple[str, ...]  # standing claims of a side that does not administer it


@dataclass(frozen=True)
class Snapshot:
    """What the map shows at a milestone: each group's state, the groups the milestone
    concerns (the others are shown faded), the border lines in force and the lines it brings
    into view, by id."""

    milestone: Milestone
    groups: dict[str, GroupState]
    concerned: frozenset[str]
    lines: tuple[str, ...]
    focus: tuple[str, ...] = ()  # lines the milestone draws, ends or moves: the map shows them

    @property
    def day(self) -> dt.date:
        return self.milestone.start


def current(periods: list[Period], day: dt.date) -> Period | None:
    """The period in force on `day`: the last one that has started."""
    started = [p for p in periods if p.start <= day]
    return started[-1] if started else None


def state_at(control: Control, day: dt.date) -> dict[str, GroupState]:
    """{group: GroupState} on `day`, for the four groups in their usual order."""
    states = {}
    for group in GROUPS:
        table = control.groups[group]
        admin = current(table.administered, day)
        claim = current(table.claimed, day)
        administrator = admin.by if admin else None
        claimants = (claim.by,) if claim and claim.by != administrator else ()
        states[group] = GroupState(administrator, claimants)
    return states


def lines_in_force(timeline: TimelineFile, day: dt.date) -> tuple[str, ...]:
    """Ids of the border lines in force on `day`: from their `from` milestone's start until
    their `until` milestone's start."""
    start = {m.id: m.start for m in timeline.milestones}
    return tuple(
        b.id for b in timeline.borders if start[b.from_] <= day and (b.until is None or day < start[b.until])
    )


def snapshot(timeline: TimelineFile, milestone: Milestone) -> Snapshot:
    """Everything the map and its text twin show at `milestone`."""
    day = milestone.start
    return Snapshot(
        milestone=milestone,
        groups=state_at(timeline.control, day),
        concerned=frozenset(milestone.islands),
        lines=lines_in_force(timeline, day),
        focus=tuple(b.id for b in timeline.borders if milestone.id in (b.from_, b.until, b.drawn_by)),
    )


def milestone_on_or_before(timeline: TimelineFile, day: dt.date) -> Milestone:
    """The latest milestone that has started by `day` (the first one for earlier days)."""
    started = [m for m in timeline.milestones if m.start <= day]
    return started[-1] if started else timeline.milestones[0]


def border_dates(timeline: TimelineFile) -> dict[str, tuple[str, str | None]]:
    """{line id: (from, until)} as ISO days, the dates borders.geojson must carry."""
    start = {m.id: m.start.isoformat() for m in timeline.milestones}
    return {b.id: (start[b.from_], start[b.until] if b.until else None) for b in timeline.borders}
