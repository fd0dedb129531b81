"""Altair charts of the island groups. Builders return charts; pages render them."""

from __future__ import annotations

import altair as alt
import pandas as pd

from dashboard.mapping import GROUP_COLOURS
from dashboard.models import GROUPS, FactsFile
from dashboard.summary import format_date, latest


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


def population_chart(facts: FactsFile, names: dict[str, dict]) -> alt.Chart:
    """Residents of each group in 1945 and now, side by side."""
    frame = population_frame(facts, names)
    order = [names[g]["en"] for g in GROUPS]
    return (
        alt.Chart(frame, title="Residents in August 1945 and today")
        .mark_bar()
        .encode(
            y=alt.Y("group:N", sort=order, title=None),
            yOffset=alt.YOffset("when:N"),
            x=alt.X("residents:Q", title="Residents"),
            color=alt.Color(
                "when:N",
                title=None,
                scale=alt.Scale(range=["#999999", "#0072B2"]),
                legend=alt.Legend(orient="bottom"),
            ),
            tooltip=["group", "when", alt.Tooltip("residents:Q", format=",")],
        )
    )


def area_chart(table: pd.DataFrame) -> alt.Chart:
    """Japan's official area of each group beside the area of the coastline data drawn here."""
    frame = table.melt(
        id_vars="Island group",
        value_vars=["Area, Japan's figure (km²)", "Area, coastline data (km²)"],
        var_name="figure",
        value_name="km2",
    ).dropna()
    colours = [GROUP_COLOURS["etorofu"], "#999999"]
    return (
        alt.Chart(frame, title="Area (km², logarithmic scale)")
        .mark_bar()
        .encode(
            y=alt.Y("Island group:N", sort=list(table["Island group"]), title=None),
            yOffset=alt.YOffset("figure:N"),
            x=alt.X("km2:Q", title="km²", scale=alt.Scale(type="log")),
            color=alt.Color(
                "figure:N", title=None, scale=alt.Scale(range=colours), legend=alt.Legend(orient="bottom")
            ),
            tooltip=["Island group", "figure", alt.Tooltip("km2:Q", format=",.1f")],
        )
    )
