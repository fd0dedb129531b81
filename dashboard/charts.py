"""Altair charts of the island groups. Builders return charts; pages render them.

One colour per meaning on the Islands page: **a colour always means an island group**, in the
colours of the map without a moment (dashboard.mapping.GROUP_COLOURS), which the page's locator
uses too. A reader who has found Kunashiri's orange on the locator finds it again in every chart.
What differs within a group is never a colour: whose figure a point is (Japan's count, a Soviet
or Russian census, a Russian estimate) is the point's shape, and Japan's area against the
coastline data's is a full-colour bar against a lighter one. Each chart has a legend for what it
encodes; the groups' names stand on the area chart's own axis.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
from babel.numbers import get_decimal_symbol, get_group_symbol

from dashboard.i18n import Texts
from dashboard.mapping import GROUP_COLOURS
from dashboard.models import GROUPS, PopulationFile
from dashboard.residents import WHOSE, figure_text, group_series, whose_text
from dashboard.timeline_models import first_day

LEGEND = {"orient": "bottom", "direction": "vertical", "labelLimit": 320, "titleLimit": 320}
# whose figure a point is, by its shape (in the order of residents.WHOSE)
SHAPES = ["circle", "triangle-up", "diamond", "square"]
GAP_YEARS = 30  # a longer stretch without figures is drawn narrow, as a break in the time axis
HEIGHT = 280  # px, of the residents chart's plot
LIGHT = 0.4  # the opacity of the coastline data's bars beside Japan's figures
BREAK = (0.12, 0.2)  # where the break starts and ends, as shares of the chart's width


def number_locale(t: Texts) -> dict:
    """Vega's number locale for the reader's language (3,166 / 3 166), for axes and tooltips."""
    return {
        "decimal": get_decimal_symbol(t.locale),
        "thousands": get_group_symbol(t.locale),
        "grouping": [3],
        "currency": ["", ""],
    }


def configured(chart, t: Texts):
    """The chart with the reader's number format, and its legends one under another (side by
    side they would run off a narrow chart's right edge)."""
    return chart.configure(locale={"number": number_locale(t)}).configure_legend(
        # Vega's legend layout, which Vega-Lite's schema types as an expression
        layout=alt.ExprRef("{bottom: {direction: 'vertical', anchor: 'start'}}")
    )


def group_scale(names: dict[str, dict], t: Texts) -> alt.Scale:
    """The groups' names, in the groups' order, each to its colour."""
    return alt.Scale(domain=[t.name(names[g]) for g in GROUPS], range=[GROUP_COLOURS[g] for g in GROUPS])


def decimal_year(day: dt.date) -> float:
    """1 January 2021 -> 2021.0, 15 August 1945 -> 1945.62: a date as a position on a year axis."""
    start = dt.date(day.year, 1, 1)
    return day.year + (day - start).days / (dt.date(day.year + 1, 1, 1) - start).days


def residents_frame(population: PopulationFile, names: dict[str, dict], t: Texts) -> pd.DataFrame:
    """Long table of every group's own figures: group, year (decimal), persons, whose figure,
    the figure as text, and `segment` (the line a point belongs to: Japan's 1945 count is not
    joined to the Soviet and Russian statistics that follow it)."""
    rows = []
    for group in GROUPS:
        for figure in group_series(population, group):
            rows.append(
                {
                    "group": t.name(names[group]),
                    "year": round(decimal_year(first_day(figure.as_of)), 3),
                    "persons": figure.persons,
                    "whose": whose_text(figure, t),
                    "figure": figure_text(figure, t),
                    "segment": f"{group}-{'japan' if figure.per == 'Japan' else 'ussr-russia'}",
                }
            )
    return pd.DataFrame(rows, columns=["group", "year", "persons", "whose", "figure", "segment"])


def year_axis(years: list[float]) -> tuple[list[float], list[float]]:
    """The time axis's domain (years) and where each point of it goes (shares of the width):
    a gap of more than GAP_YEARS without figures is squeezed between BREAK's two shares, so
    that the figures on either side of it get the room."""
    years = sorted(set(years))
    low, high = int(min(years)) - 1, int(max(years)) + 2
    gaps = [(b - a, a, b) for a, b in zip(years, years[1:], strict=False)]
    widest = max(gaps, default=(0, 0, 0))
    if widest[0] <= GAP_YEARS:
        return [low, high], [0.0, 1.0]
    return [low, int(widest[1]) + 2, int(widest[2]) - 1, high], [0.0, BREAK[0], BREAK[1], 1.0]


def residents_chart(population: PopulationFile, names: dict[str, dict], t: Texts) -> alt.LayerChart:
    """Residents of each group over time: a line per group and per side's statistics, a point
    per figure shaped by whose figure it is; a break in the time axis where decades have none."""
    frame = residents_frame(population, names, t)
    domain, shares = year_axis(frame["year"].tolist())
    ticks = sorted({int(y) for y in frame["year"]})
    x = alt.X(
        "year:Q",
        title=t._("Year"),
        scale=alt.Scale(domain=domain, range=[alt.ExprRef(f"width * {s}") for s in shares], nice=False),
        axis=alt.Axis(values=ticks, format="d", labelOverlap="greedy", grid=False),
    )
    y = alt.Y("persons:Q", title=t._("Residents"), axis=alt.Axis(format=",d"))
    colour = alt.Color(
        "group:N", title=t._("Island group"), scale=group_scale(names, t), legend=alt.Legend(**LEGEND)
    )
    present = [t._(w) for w in WHOSE.values() if t._(w) in set(frame["whose"])]
    shape = alt.Shape(
        "whose:N",
        title=t._("Whose figure"),
        scale=alt.Scale(domain=present, range=SHAPES[: len(present)]),
        legend=alt.Legend(**LEGEND, symbolFillColor="#666666", symbolStrokeColor="#666666"),
    )
    tooltip = [
        alt.Tooltip("group:N", title=t._("Island group")),
        alt.Tooltip("figure:N", title=t._("Residents")),
    ]
    base = alt.Chart(frame, title=t._("Residents over time"))
    lines = base.mark_line(strokeWidth=2).encode(x=x, y=y, color=colour, detail="segment:N")
    points = base.mark_point(filled=True, size=90, opacity=1).encode(
        x=x, y=y, color=colour, shape=shape, tooltip=tooltip
    )
    layers = [lines, points]
    if len(domain) == 4:  # the break, as a light band behind the lines
        band = (
            alt.Chart(pd.DataFrame({"start": [domain[1]], "end": [domain[2]]}))
            .mark_rect(color="#eeeeee", opacity=0.8)
            .encode(x="start:Q", x2="end:Q")
        )
        layers.insert(0, band)
    chart = (
        alt.layer(*layers)
        # fit the width only (Streamlit's default fits the height too, which would take the
        # legends' room from the plot)
        .properties(height=HEIGHT, autosize=alt.AutoSizeParams(type="fit-x", contains="padding"))
        .resolve_scale(color="shared", shape="independent")
    )
    return configured(chart, t)


def area_chart(frame: pd.DataFrame, names: dict[str, dict], t: Texts) -> alt.Chart:
    """Japan's official area of each group (a filled bar) beside the area of the coastline data
    drawn here (a lighter bar), both in the group's colour (`frame` from tables.area_frame)."""
    order = [t.name(names[g]) for g in GROUPS]
    frame = frame.rename(columns={"km²": "value"})
    series = [t._("Japan's figure"), t._("Coastline data")]
    present = [s for s in series if s in set(frame["series"])]
    chart = (
        alt.Chart(frame, title=t._("Area (km²)"))
        .mark_bar()
        .encode(
            y=alt.Y("group:N", sort=order, title=None, axis=alt.Axis(labelLimit=220)),
            yOffset=alt.YOffset("series:N", sort=series),
            x=alt.X("value:Q", title="km²", axis=alt.Axis(format=",d")),
            color=alt.Color("group:N", scale=group_scale(names, t), legend=None),
            # opacity, not fillOpacity: Vega-Lite draws no legend for fillOpacity
            opacity=alt.Opacity(
                "series:N",
                title=None,
                scale=alt.Scale(domain=present, range=[1.0, LIGHT][: len(present)]),
                legend=alt.Legend(**LEGEND, symbolType="square"),
            ),
            tooltip=[
                alt.Tooltip("group:N", title=t._("Island group")),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("value:Q", format=",.2~f", title="km²"),
            ],
        )
    )
    return configured(chart, t)
