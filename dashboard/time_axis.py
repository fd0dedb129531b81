"""The time axis beside the slider: Vega-Lite specs built from the data (pure, no Streamlit).

Two charts. The overview: the whole timeline on a proportional axis of years, one lane per island
group coloured by who administered it (the control periods of timeline.yaml), a tick per
milestone coloured by its kind. It is the same at every step, so Streamlit sends it once; the
current milestone is marked on it by a cursor the page places at `position`. Under it, the months
around the current milestone (`near_spec`), where dense stretches such as August–September 1945
can be read and picked, the current mark ringed. A click on any mark picks its milestone (the
selection params PICK and PICK_NEAR).
"""

from __future__ import annotations

import datetime as dt

from dashboard.i18n import Texts
from dashboard.milestone_text import capitalised, kind_label, when
from dashboard.models import GROUPS
from dashboard.timeline_models import Milestone, TimelineFile

PICK, PICK_NEAR = "pick", "pick_near"
# a milestone's kind: colours apart from the administrators' (Paul Tol's muted scheme)
KIND_COLOURS = {
    "treaty": "#332288",
    "control change": "#117733",
    "diplomacy": "#44AA99",
    "conflict": "#CC6677",
    "sanctions": "#999933",
    "administration": "#AA4499",
}
NEAR_DAYS = 150  # the detail row shows this many days on either side of the current milestone
NO_STATE = "#d9d9d9"


def periods(timeline: TimelineFile, end: dt.date) -> list[dict]:
    """One band per control period and group (lane, start, end, colour), the last one until
    `end` (today); grey before a group's first period (no state administration on record)."""
    sides = timeline.control.administrators
    first = dt.date(timeline.years[0], 1, 1)
    bands = []
    for lane, group in enumerate(GROUPS):
        administered = timeline.control.groups[group].administered
        starts = [p.start for p in administered] + [end]
        if starts[0] > first:
            bands.append(
                {"lane": lane, "a": first.isoformat(), "b": starts[0].isoformat(), "c": NO_STATE, "by": None}
            )
        for period, stop in zip(administered, starts[1:], strict=True):
            bands.append(
                {
                    "lane": lane,
                    "a": period.start.isoformat(),
                    "b": stop.isoformat(),
                    "c": sides[period.by].colour,
                    "by": period.by,
                }
            )
    return bands


def marks(milestones: list[Milestone], current: Milestone | None, t: Texts) -> list[dict]:
    """A mark per milestone: id, day, kind colour, tooltip text, and whether it is the current one."""
    return [
        {
            "id": m.id,
            "t": m.start.isoformat(),
            "c": KIND_COLOURS.get(m.kind, "#555555"),
            "k": kind_label(m.kind, t),
            "s": f"{when(m, t, short=True)} · {m.short_title}",
            "cur": current is not None and m.id == current.id,
        }
        for m in milestones
    ]


def decade_years(first: int, last: int) -> list[int]:
    """The decades from the first year on (1610, 1620, ... for a first year of 1615)."""
    return list(range(first - first % 10 + 10, last + 1, 10))


PADDING = 8  # px left and right of the overview's plot; the cursor is placed with it


def domain(timeline: TimelineFile, today: dt.date) -> tuple[dt.date, dt.date]:
    """The overview's first and last day: the timeline's first year to the end of this year."""
    first, last = timeline.years
    return dt.date(first, 1, 1), dt.date(max(last, today.year), 12, 31)


def position(timeline: TimelineFile, milestone: Milestone, today: dt.date) -> float:
    """Where `milestone` sits on the overview, from 0 (left) to 1 (right)."""
    start, end = domain(timeline, today)
    return (milestone.start - start).days / (end - start).days


def tooltip(t: Texts) -> list[dict]:
    return [
        {"field": "s", "type": "nominal", "title": t._("Milestone")},
        {"field": "k", "type": "nominal", "title": t._("Kind")},
    ]


def overview_spec(timeline: TimelineFile, t: Texts, today: dt.date) -> dict:
    """The whole timeline, the same at every step (so Streamlit sends it once): control lanes
    per group, a tick per milestone coloured by kind, decade ticks, a year label every 50 years."""
    start, end = domain(timeline, today)
    # every date is an ISO string (Streamlit sends the data as Arrow tables, where Vega would
    # get large integers as BigInt)
    scale = {"domain": [start.isoformat(), end.isoformat()]}
    decades = decade_years(start.year, end.year)
    # every layer states the same axis: Vega-Lite merges the layers' axes into one
    axis = {
        "values": [{"year": year, "month": 1, "date": 1} for year in decades if year % 50 == 0],
        "format": "%Y",
        "title": None,
        "tickSize": 6,
        "labelFlush": True,
        "labelOverlap": False,
        "grid": False,
    }
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "height": 46,
        "padding": {"left": PADDING, "right": PADDING, "top": 2, "bottom": 2},
        "autosize": {"type": "fit-x", "contains": "padding"},
        "layer": [
            {
                "data": {"values": periods(timeline, today)},
                "mark": {"type": "rect", "opacity": 0.8},
                "encoding": {
                    "x": {"field": "a", "type": "temporal", "scale": scale, "axis": axis},
                    "x2": {"field": "b"},
                    "y": {"field": "lane", "type": "ordinal", "axis": None, "scale": {"paddingInner": 0.3}},
                    "color": {"field": "c", "type": "nominal", "scale": None},
                },
            },
            {  # a short tick for every decade, under the lanes
                "data": {"values": [{"d": f"{year}-01-01"} for year in decades]},
                "mark": {"type": "rule", "color": "#888888"},
                "encoding": {
                    "x": {"field": "d", "type": "temporal", "scale": scale, "axis": axis},
                    "y": {"value": 46},
                    "y2": {"value": 50},
                },
            },
            {
                "data": {"values": marks(timeline.milestones, None, t)},
                "params": [{"name": PICK, "select": {"type": "point", "fields": ["id"], "toggle": False}}],
                "mark": {"type": "tick", "thickness": 2, "size": 40, "cursor": "pointer"},
                "encoding": {
                    "x": {"field": "t", "type": "temporal", "scale": scale, "axis": axis},
                    "color": {"field": "c", "type": "nominal", "scale": None},
                    "tooltip": tooltip(t),
                },
            },
        ],
        "config": {"view": {"stroke": None}, "axis": {"labelFontSize": 11}},
    }


def near_spec(timeline: TimelineFile, current: Milestone, t: Texts) -> dict:
    """The months around the current milestone, its mark ringed: where dense stretches such as
    August–September 1945 can be read and picked."""
    near_from = (current.start - dt.timedelta(days=NEAR_DAYS)).isoformat()
    near_to = (current.start + dt.timedelta(days=NEAR_DAYS)).isoformat()
    near = marks([m for m in timeline.milestones if near_from <= m.start.isoformat() <= near_to], current, t)
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "height": 22,
        "padding": {"left": PADDING, "right": PADDING, "top": 4, "bottom": 2},
        "autosize": {"type": "fit-x", "contains": "padding"},
        "data": {"values": near},
        "params": [{"name": PICK_NEAR, "select": {"type": "point", "fields": ["id"], "toggle": False}}],
        "mark": {"type": "point", "filled": True, "cursor": "pointer", "opacity": 1},
        "encoding": {
            "x": {
                "field": "t",
                "type": "temporal",
                "scale": {"domain": [near_from, near_to]},
                "axis": {
                    "format": t.language.month_axis,
                    "title": None,
                    "tickCount": 6,
                    "grid": False,
                    "labelFlush": True,
                },
            },
            "color": {"field": "c", "type": "nominal", "scale": None},
            "size": {"condition": {"test": "datum.cur", "value": 170}, "value": 70},
            "stroke": {"condition": {"test": "datum.cur", "value": "#000000"}, "value": "#ffffff"},
            "strokeWidth": {"condition": {"test": "datum.cur", "value": 2.5}, "value": 1},
            "tooltip": tooltip(t),
        },
        "config": {"view": {"stroke": None}, "axis": {"labelFontSize": 11}, "locale": t.vega_locale()},
    }


# ---- the Chronology's timeline view: the same axis, larger -----------------------------------
BROWSE_PICK = "browse_pick"
LANE_LABELS_PX = 130  # the width of the lanes' names on the left
LANE_PX = 34
BAND_OPACITY = 0.8


def browse_spec(
    timeline: TimelineFile, shown: list[str], group_names: list[str], years: tuple[int, int], t: Texts
) -> dict:
    """The Chronology's second view, over `years` (first, last): a lane per group (named in
    `group_names`, in the order of GROUPS) coloured by who administered it (at BAND_OPACITY; the
    page shows the legend, dashboard.legend.control_legend), then a lane per kind with a point
    for each milestone of `shown` in those years. A click on a point picks its milestone (the
    selection param BROWSE_PICK)."""
    first, last = years
    scale = {"domain": [f"{first:04d}-01-01", f"{last:04d}-12-31"]}
    picked = set(shown)
    milestones = [m for m in timeline.milestones if m.id in picked and first <= m.start.year <= last]
    kinds = [capitalised(kind_label(kind, t)) for kind in KIND_COLOURS]
    lanes = [*group_names, *kinds]
    points = [dict(mark, lane=capitalised(mark["k"])) for mark in marks(milestones, None, t)]
    # who administered each group, named in a legend: the sides in their table's order, then none
    sides = timeline.control.administrators
    names = {by: capitalised(side.status) for by, side in sides.items()}
    names[None] = capitalised(t._("no state administration on record"))
    end = dt.date(max(last, timeline.years[1]), 12, 31)
    bands = [
        dict(band, g=group_names[band["lane"]], who=names[band["by"]]) for band in periods(timeline, end)
    ]
    held = [by for by in [*sides, None] if any(band["by"] == by for band in bands)]
    who = {
        "domain": [names[by] for by in held],
        "range": [sides[by].colour if by else NO_STATE for by in held],
    }
    y_axis = {"title": None, "minExtent": LANE_LABELS_PX, "maxExtent": LANE_LABELS_PX,
              "labelLimit": LANE_LABELS_PX - 8, "ticks": False, "domain": False}  # fmt: skip
    y_scale = {"domain": lanes, "paddingInner": 0.2}
    x_axis = {"title": None, "grid": True, "labelFlush": True, "labelOverlap": True}
    return {
        "$schema": "https://vega.github.io/schema/vega-lite/v6.json",
        "height": LANE_PX * len(lanes),
        "padding": {"left": PADDING, "right": PADDING, "top": 4, "bottom": 4},
        "autosize": {"type": "fit-x", "contains": "padding"},
        "layer": [
            {
                "data": {"values": bands},
                "mark": {"type": "rect", "opacity": BAND_OPACITY, "clip": True},
                "encoding": {
                    "x": {"field": "a", "type": "temporal", "scale": scale, "axis": x_axis},
                    "x2": {"field": "b"},
                    "y": {"field": "g", "type": "nominal", "scale": y_scale, "axis": y_axis},
                    "color": {"field": "who", "type": "nominal", "scale": who, "legend": None},
                    "tooltip": [
                        {"field": "g", "type": "nominal", "title": t._("Island group")},
                        {"field": "who", "type": "nominal", "title": t._("Administered by")},
                    ],
                },
            },
            {
                "data": {"values": points},
                "params": [
                    {"name": BROWSE_PICK, "select": {"type": "point", "fields": ["id"], "toggle": False}}
                ],
                "mark": {
                    "type": "point",
                    "filled": True,
                    "size": 120,
                    "opacity": 0.85,
                    "stroke": "#ffffff",
                    "strokeWidth": 1,
                    "cursor": "pointer",
                    "clip": True,
                },  # fmt: skip
                "encoding": {
                    "x": {"field": "t", "type": "temporal", "scale": scale, "axis": x_axis},
                    "y": {"field": "lane", "type": "nominal", "scale": y_scale, "axis": y_axis},
                    "color": {"field": "c", "type": "nominal", "scale": None},
                    "tooltip": tooltip(t),
                },
            },
        ],
        "resolve": {"scale": {"color": "independent"}},
        "config": {"view": {"stroke": None}, "axis": {"labelFontSize": 12}, "locale": t.vega_locale()},
    }
