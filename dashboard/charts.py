"""Altair charts of the island groups. Builders return charts; pages render them."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dashboard.mapping import GROUP_COLOURS
from dashboard.models import GROUPS, FactsFile
from dashboard.summary import format_date, latest

LEGEND = alt.Legend(orient="bottom", direction="vertical", labelLimit=400)


def population_frame(facts: FactsFile, names: dict[str, dict]) -> pd.DataFrame:
    """Long table: group, when ('15 August 1945' or the latest figure's date), residents."""
    rows = []
    for group in GROUPS:
        g = facts.group(group)
        now = latest(g.population_now)
        for label, population in (
            ("Japanese residents, 15 Aug 1945", g.population_1945),
            (f"Residents, {format_date(now.as_of)}", now),
        ):
            rows.append({"group": names[group]["en"], "when": label, "residents": population.persons})
    return pd.DataFrame(rows)


def grouped_bars(frame: pd.DataFrame, value: str, title: str, colours: list[str], order: list[str]):
    """Horizontal bars: one row per island group, one bar per series (column 'series')."""
    return (
        alt.Chart(frame, title=title)
        .mark_bar()
        .encode(
            y=alt.Y("group:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            yOffset=alt.YOffset("series:N"),
            x=alt.X(f"{value}:Q", title=value),
            color=alt.Color("series:N", title=None, scale=alt.Scale(range=colours), legend=LEGEND),
            tooltip=["group", "series", alt.Tooltip(f"{value}:Q", format=",")],
        )
    )


def population_chart(facts: FactsFile, names: dict[str, dict]) -> alt.Chart:
    """Residents of each group in 1945 and now, side by side."""
    frame = population_frame(facts, names).rename(columns={"when": "series", "residents": "Residents"})
    order = [names[g]["en"] for g in GROUPS]
    return grouped_bars(
        frame, "Residents", "Residents in August 1945 and today", ["#999999", "#0072B2"], order
    )


def area_chart(table: pd.DataFrame) -> alt.Chart:
    """Japan's official area of each group beside the area of the coastline data drawn here."""
    frame = table.melt(
        id_vars="Island group",
        value_vars=["Area, Japan's figure (km²)", "Area, coastline data (km²)"],
        var_name="series",
        value_name="km²",
    ).dropna()
    frame = frame.rename(columns={"Island group": "group"})
    colours = [GROUP_COLOURS["etorofu"], "#999999"]
    order = list(table["Island group"])
    return grouped_bars(
        frame, "km²", "Area: Japan's figure and the coastline data drawn here", colours, order
    )
