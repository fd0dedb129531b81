"""The time axis: proportional years, control lanes, a mark per milestone, the months around one."""

import datetime as dt

import pytest

from dashboard import time_axis
from dashboard.models import GROUPS

TODAY = dt.date(2026, 11, 26)


@pytest.fixture(scope="module")
def overview(timeline, t):
    return time_axis.overview_spec(timeline, t, TODAY)


def layer(spec, mark):
    return next(item for item in spec["layer"] if item["mark"]["type"] == mark)


def test_the_overview_spans_the_timeline_on_one_proportional_axis(overview, timeline):
    first, _ = timeline.years
    ticks = layer(overview, "tick")
    assert ticks["encoding"]["x"]["type"] == "temporal"
    assert ticks["encoding"]["x"]["scale"]["domain"] == [f"{first}-01-01", "2026-12-31"]
    labels = ticks["encoding"]["x"]["axis"]["values"]
    assert {v["year"] % 50 for v in labels} == {0}  # a year label every 50 years
    decades = layer(overview, "rule")["data"]["values"]
    assert [int(d["d"][:4]) % 10 for d in decades] == [0] * len(decades)  # a tick every decade


def test_a_mark_per_milestone_coloured_by_kind(overview, timeline):
    marks = layer(overview, "tick")["data"]["values"]
    assert [m["id"] for m in marks] == [m.id for m in timeline.milestones]
    assert {m["c"] for m in marks} <= set(time_axis.KIND_COLOURS.values())
    assert layer(overview, "tick")["params"][0]["name"] == time_axis.PICK  # a click picks a milestone


def test_a_lane_per_group_coloured_by_who_administered_it(overview, timeline, sides):
    bands = layer(overview, "rect")["data"]["values"]
    assert {b["lane"] for b in bands} == set(range(len(GROUPS)))
    etorofu = [b for b in bands if b["lane"] == GROUPS.index("etorofu")]
    periods = timeline.control.groups["etorofu"].administered
    assert [b["c"] for b in etorofu][-len(periods) :] == [sides[p.by].colour for p in periods]
    assert etorofu[-1]["b"] == TODAY.isoformat()
    assert all(a["b"] == b["a"] for a, b in zip(etorofu, etorofu[1:], strict=False))  # no gaps


def test_the_overview_is_the_same_at_every_step(timeline, t):
    """It carries no current milestone (the page places a cursor), so Streamlit sends it once."""
    assert time_axis.overview_spec(timeline, t, TODAY) == time_axis.overview_spec(timeline, t, TODAY)


def test_the_months_around_a_milestone_show_its_neighbours_and_ring_it(timeline, t):
    current = timeline.milestone("landing-etorofu-1945")
    near = time_axis.near_spec(timeline, current, t)
    shown = {m["id"]: m for m in near["data"]["values"]}
    assert {"landing-kunashiri-1945", "landing-habomai-1945", "soviet-declaration-of-war-1945"} <= set(shown)
    assert [i for i, m in shown.items() if m["cur"]] == ["landing-etorofu-1945"]
    assert near["params"][0]["name"] == time_axis.PICK_NEAR


@pytest.mark.parametrize(("milestone", "low", "high"), [(0, 0.0, 0.02), (-1, 0.97, 1.0)])
def test_the_cursor_position(timeline, milestone, low, high):
    assert low <= time_axis.position(timeline, timeline.milestones[milestone], TODAY) <= high


# ---- the Chronology's timeline view ----------------------------------------------------------

NAMES = ["Etorofu", "Kunashiri", "Shikotan", "Habomai"]


def test_the_timeline_view_shows_the_milestones_shown_in_the_years_chosen(timeline, t):
    chosen = [m.id for m in timeline.milestones if m.kind == "treaty"]
    spec = time_axis.browse_spec(timeline, chosen, NAMES, (1850, 1960), t)
    points = layer(spec, "point")
    shown = [p["id"] for p in points["data"]["values"]]
    expected = [m.id for m in timeline.milestones if m.kind == "treaty" and 1850 <= m.start.year <= 1960]
    assert shown == expected and "shimoda-treaty-1855" in shown and "portsmouth-treaty-1905" in shown
    assert points["encoding"]["x"]["scale"]["domain"] == ["1850-01-01", "1960-12-31"]
    assert points["params"][0]["name"] == time_axis.BROWSE_PICK  # a click picks a milestone


def test_the_timeline_view_has_a_lane_per_group_then_per_kind(timeline, t):
    spec = time_axis.browse_spec(timeline, [m.id for m in timeline.milestones], NAMES, timeline.years, t)
    lanes = layer(spec, "point")["encoding"]["y"]["scale"]["domain"]
    assert lanes[:4] == NAMES and len(lanes) == 4 + len(time_axis.KIND_COLOURS)
    assert {p["lane"] for p in layer(spec, "point")["data"]["values"]} <= set(lanes[4:])
    bands = layer(spec, "rect")["data"]["values"]
    assert {b["g"] for b in bands} == set(NAMES)
    assert spec["height"] == time_axis.LANE_PX * len(lanes)
    assert len(layer(spec, "point")["data"]["values"]) == len(timeline.milestones)
    who = layer(spec, "rect")["encoding"]["color"]["scale"]
    sides = timeline.control.administrators
    assert dict(zip(who["domain"], who["range"], strict=True)) == {
        **{side.status[:1].upper() + side.status[1:]: side.colour for side in sides.values()},
        "No state administration on record": time_axis.NO_STATE,
    }
    assert {b["who"] for b in bands} == set(who["domain"])
