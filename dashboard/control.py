"""Who administered and who claimed each island group on a given day (pure, no Streamlit)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dashboard.models import GROUPS
from dashboard.timeline_models import Control, Milestone, Period, TimelineFile

CLAIMANT_NAMES = {"japan": "Japan", "soviet-occupation": "the USSR", "ussr": "the USSR", "russia": "Russia"}


@dataclass(frozen=True)
class GroupState:
    """The state of one group on one day."""

    administered_by: str | None  # an administrator id of timeline.yaml, None before 1855
    claimed_by: tuple[str, ...]  # standing claims of the side that does not administer it
    status: str  # the plain sentence: 'administered by the USSR; claimed by Japan'


def current(periods: list[Period], day: dt.date) -> Period | None:
    """The period in force on `day`: the last one that has started."""
    started = [p for p in periods if p.start <= day]
    return started[-1] if started else None


def status_text(administrator: str | None, claimants: tuple[str, ...], labels: dict[str, str]) -> str:
    """'under Soviet military occupation; claimed by Japan', 'administered by Japan', ..."""
    if administrator is None:
        return "no agreed border yet"
    label = labels[administrator]
    text = f"under {label}" if administrator == "soviet-occupation" else f"administered by {label}"
    if claimants:
        text += "; claimed by " + " and ".join(CLAIMANT_NAMES[c] for c in claimants)
    return text


def state_at(control: Control, day: dt.date) -> dict[str, GroupState]:
    """{group: GroupState} on `day`, for the four groups in their usual order."""
    states = {}
    for group in GROUPS:
        table = control.groups[group]
        admin = current(table.administered, day)
        claim = current(table.claimed, day)
        administrator = admin.by if admin else None
        claimants = (claim.by,) if claim and claim.by != administrator else ()
        states[group] = GroupState(
            administrator, claimants, status_text(administrator, claimants, control.administrators)
        )
    return states


def milestone_on_or_before(timeline: TimelineFile, day: dt.date) -> Milestone:
    """The latest milestone that has started by `day` (the first one for earlier days)."""
    started = [m for m in timeline.milestones if m.start <= day]
    return started[-1] if started else timeline.milestones[0]


def describe_change(name: str, before: GroupState, after: GroupState) -> str:
    """One plain sentence on what changed for a group between two states."""
    if before == after:
        return f"{name}: no change; {after.status}."
    return f"{name}: {before.status} → {after.status}."


def in_force(borders, day: dt.date):
    """The lines of a borders frame in force on `day` (from <= day < until)."""
    iso = day.isoformat()
    return borders[(borders["from"] <= iso) & (borders["until"].isna() | (borders["until"] > iso))]
