"""Typed records of geodata/timeline.yaml: milestones and control periods, validated on load."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from dashboard.models import GROUPS, Group, Record, Source

Kind = Literal["treaty", "control change", "diplomacy", "conflict", "sanctions", "administration"]
Precision = Literal["day", "month", "year"]
PATTERNS = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}


def first_day(value: str) -> dt.date:
    """The first day a partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) can mean."""
    return dt.date.fromisoformat((value + "-01-01")[:10])


def last_day(value: str) -> dt.date:
    """The last day a partial ISO date can mean."""
    start = first_day(value)
    if len(value) == 4:
        return start.replace(month=12, day=31)
    if len(value) == 7:
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def check_date(value: str, precision: str) -> str:
    """A real calendar date, written at `precision`."""
    if not re.fullmatch(PATTERNS[precision], value):
        raise ValueError(f"{value!r} does not match precision {precision!r} ({PATTERNS[precision]})")
    try:
        first_day(value)
    except ValueError as err:
        raise ValueError(f"{value!r} is not a calendar date ({err})") from None
    return value


class Milestone(Record):
    """One event of the chronology."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    date: str
    precision: Precision
    end_date: str | None = None
    title: str = Field(min_length=1)
    short_title: str = Field(min_length=1, max_length=32)
    kind: Kind
    islands: list[Group]
    summary: str = Field(min_length=1)
    japan_position: str | None = None
    russia_position: str | None = None
    date_note: str | None = None
    positions_note: str | None = None
    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def check_positions(self) -> Milestone:
        """Both governments' readings, or one with a note saying why the other is not given."""
        if (self.japan_position is None) != (self.russia_position is None) and not self.positions_note:
            given = "japan_position" if self.japan_position else "russia_position"
            raise ValueError(
                f"only {given} is given: add the other government's reading, or a positions_note "
                "saying that it made no statement"
            )
        return self

    @model_validator(mode="after")
    def check_dates(self) -> Milestone:
        check_date(self.date, self.precision)
        if self.end_date is not None:
            end_precision = {10: "day", 7: "month", 4: "year"}.get(len(self.end_date), "day")
            check_date(self.end_date, end_precision)
            if last_day(self.end_date) <= first_day(self.date):
                raise ValueError(f"end_date {self.end_date} is not after date {self.date}")
        return self

    @property
    def start(self) -> dt.date:
        """The first day of the event, the day the timeline places it on."""
        return first_day(self.date)

    @property
    def end(self) -> dt.date:
        """The last day of the event (the start for a one-day event)."""
        return last_day(self.end_date or self.date)


class Administrator(Record):
    """One side that administers or claims a group: how the pages name it and how the map draws it.

    `label` names it in the text twin and the legend ('the USSR'), `status` says what a group in
    its hands is ('administered by the USSR', 'under Soviet military occupation'), `claimant`
    names it as the side that claims a group ('the USSR'). The map fills its groups with
    `colour`, overlaid with `pattern`.
    """

    label: str = Field(min_length=1)
    status: str = Field(min_length=1)
    claimant: str = Field(min_length=1)
    colour: str = Field(pattern=r"^#[0-9A-Fa-f]{6}$")
    pattern: Literal["solid", "hatch", "dots"] = "solid"


class Period(Record):
    """From `from_` on (until the group's next period), `by` administers or claims the group."""

    by: str
    from_: str = Field(alias="from")
    milestone: str

    @field_validator("from_")
    @classmethod
    def check_from(cls, value: str) -> str:
        return check_date(value, "day")

    @property
    def start(self) -> dt.date:
        return first_day(self.from_)


class GroupControl(Record):
    administered: list[Period] = Field(min_length=1)
    claimed: list[Period] = []


class Control(Record):
    administrators: dict[str, Administrator] = Field(min_length=1)
    groups: dict[Group, GroupControl]

    @model_validator(mode="after")
    def check_sides(self) -> Control:
        for group, table in self.groups.items():
            for period in table.administered + table.claimed:
                if period.by not in self.administrators:
                    raise ValueError(f"control of {group}: {period.by!r} is not in the administrators table")
        return self


class Derivation(Record):
    """How the build draws a schematic line from the coastline data (exactly one way)."""

    between: tuple[str, str] | None = None  # across the strait between two places
    parallel: float | None = None  # along this latitude...
    across: str | None = None  # ...across this place
    median: list[str] | None = None  # equidistant between the first place and the others...
    window: tuple[float, float, float, float] | None = None  # ...inside (west, south, east, north)

    @model_validator(mode="after")
    def check_one_way(self) -> Derivation:
        ways = [self.between is not None, self.parallel is not None, self.median is not None]
        if sum(ways) != 1:
            raise ValueError("give exactly one of between, parallel (with across) or median (with window)")
        if (self.parallel is not None) != (self.across is not None):
            raise ValueError("parallel and across go together")
        if (self.median is not None) != (self.window is not None):
            raise ValueError("median and window go together")
        return self


class Border(Record):
    """A line on the map while it is in force: from `from_`'s start until `until`'s start."""

    id: str = Field(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")
    name: str
    label: str | None = None  # what the map writes beside the line: short ('1855 treaty border')
    kind: Literal["treaty border", "line of control", "claimed boundary"]
    claimed_by: str | None = None  # a claimed boundary: the side that claims it
    drawn_by: str | None = None
    from_: str = Field(alias="from")
    until: str | None = None
    derive: Derivation


class TimelineFile(Record):
    """geodata/timeline.yaml."""

    milestones: list[Milestone] = Field(min_length=1)
    control: Control
    borders: list[Border] = []

    @model_validator(mode="after")
    def check_consistency(self) -> TimelineFile:
        for field in ("id", "short_title"):  # ids for links, short titles for the slider's stops
            seen = set()
            for m in self.milestones:
                value = getattr(m, field)
                if value in seen:
                    raise ValueError(f"duplicate milestone {field} {value!r}")
                seen.add(value)
        for before, after in zip(self.milestones, self.milestones[1:], strict=False):
            if after.start < before.start:
                raise ValueError(
                    f"milestone {after.id!r} ({after.date}) comes after {before.id!r} ({before.date})"
                )
        if sorted(self.control.groups) != sorted(GROUPS):
            raise ValueError(f"control must cover exactly {', '.join(GROUPS)}")
        by_id = {m.id: m for m in self.milestones}
        for group, table in self.control.groups.items():
            for kind, periods in (("administered", table.administered), ("claimed", table.claimed)):
                starts = [p.start for p in periods]
                if starts != sorted(starts):
                    raise ValueError(f"control of {group}: {kind} periods are not in date order")
                for p in periods:
                    event = by_id.get(p.milestone)
                    if event is None:
                        raise ValueError(f"control of {group}: unknown milestone {p.milestone!r}")
                    if not event.start <= p.start <= event.end:
                        raise ValueError(
                            f"control of {group}: {p.from_} is not within milestone "
                            f"{p.milestone!r} ({event.date})"
                        )
        for border in self.borders:
            for ref in (border.drawn_by, border.from_, border.until):
                if ref is not None and ref not in by_id:
                    raise ValueError(f"border {border.id!r}: unknown milestone {ref!r}")
            if border.claimed_by is not None and border.claimed_by not in self.control.administrators:
                raise ValueError(
                    f"border {border.id!r}: {border.claimed_by!r} is not in the administrators table"
                )
        return self

    def milestone(self, milestone_id: str) -> Milestone:
        """The milestone with this id (KeyError if there is none)."""
        return self.by_id[milestone_id]

    @functools.cached_property
    def by_id(self) -> dict[str, Milestone]:
        """The milestones by id."""
        return {m.id: m for m in self.milestones}

    @property
    def years(self) -> tuple[int, int]:
        """The first and the last year the timeline covers."""
        return self.milestones[0].start.year, max(m.end.year for m in self.milestones)
