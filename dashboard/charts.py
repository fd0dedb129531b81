"""Altair charts of the island groups. Builders return charts; pages render them."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dashboard.i18n import Texts
from dashboard.models import GROUPS, FactsFile
from dashboard.tables import latest

LEGEND = alt.Legend(orient="bottom", direction="vertical", labelLimit=400)


def population_frame(facts: FactsFile, names: dict[str, dict], t: Texts) -> pd.DataFrame:
    """Long table: group, series (1945 or the latest figure's date), residents."""
    rows = []
    for group in GROUPS:
        g = facts.group(group)
        now = latest(g.population_now)
        for label, population in (
            (
                t._("Japanese residents, {date}", date=t.partial_date(g.population_1945.as_of)),
                g.population_1945,
            ),
            (t._("Residents, {date}", date=t.partial_date(now.as_of)), now),
        ):
            rows.append({"group": t.name(names[group]), "series": label, "value": population.persons})
    return pd.DataFrame(rows)


def grouped_bars(frame: pd.DataFrame, value_title: str, title: str, colours: list[str], order: list[str]):
    """Horizontal bars: one row per island group, one bar per series (column 'series')."""
    return (
        alt.Chart(frame, title=title)
        .mark_bar()
        .encode(
            y=alt.Y("group:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            yOffset=alt.YOffset("series:N"),
            x=alt.X("value:Q", title=value_title),
            color=alt.Color("series:N", title=None, scale=alt.Scale(range=colours), legend=LEGEND),
            tooltip=[
                alt.Tooltip("group:N", title=" "),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("value:Q", format=",", title=value_title),
            ],
        )
    )


def population_chart(facts: FactsFile, names: dict[str, dict], t: Texts) -> alt.Chart:
    """Residents of each group in 1945 and now, side by side."""
    order = [t.name(names[g]) for g in GROUPS]
    return grouped_bars(
        population_frame(facts, names, t),
        t._("Residents"),
        t._("Residents in August 1945 and today"),
        ["#999999", "#0072B2"],
        order,
    )


def area_chart(frame: pd.DataFrame, names: dict[str, dict], t: Texts) -> alt.Chart:
    """Japan's official area of each group beside the area of the coastline data drawn here
    (`frame` from tables.area_frame)."""
    order = [t.name(names[g]) for g in GROUPS]
    frame = frame.rename(columns={"km²": "value"})
    return grouped_bars(
        frame,
        "km²",
        t._("Area: Japan's figure and the coastline data drawn here"),
        ["#56B4E9", "#999999"],
        order,
    )
