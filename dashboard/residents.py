"""Residents of the island groups over time (geodata/population.yaml), as the map's text twin
and the facts card show them (pure, no Streamlit)."""

from __future__ import annotations

import datetime as dt

from dashboard.i18n import N_, Texts
from dashboard.models import GROUPS, PopulationFigure, PopulationFile
from dashboard.timeline_models import first_day


def group_series(population: PopulationFile, group: str) -> list[PopulationFigure]:
    """The figures counted for `group` itself (not for a district it shares), oldest first."""
    return sorted((f for f in population.figures if f.unit == group), key=lambda f: first_day(f.as_of))


def nearest(population: PopulationFile, group: str, day: dt.date) -> PopulationFigure | None:
    """The group's figure nearest to `day` (the earlier one when two are as near)."""
    series = group_series(population, group)
    if not series:
        return None
    return min(series, key=lambda f: (abs((first_day(f.as_of) - day).days), first_day(f.as_of)))


# whose statistics a figure is, by (per, basis), in the order the charts' legends list them
WHOSE = {
    ("Japan", "count"): N_("Japan's count"),
    ("USSR", "census"): N_("Soviet census"),
    ("Russia", "census"): N_("Russian census"),
    ("Russia", "estimate"): N_("Russian estimate"),
}


def whose_text(figure: PopulationFigure, t: Texts) -> str:
    """Whose figure it is: 'Japan's count', 'Soviet census', 'Russian estimate', ..."""
    message = WHOSE.get((figure.per, figure.basis))
    return t._(message) if message else figure.per


def figure_text(figure: PopulationFigure, t: Texts) -> str:
    """'7,364 (15 August 1945, Japan's count)': the number, its date and whose figure it is."""
    return t._(
        "{persons} ({date}, {whose})",
        persons=t.number(figure.persons),
        date=t.partial_date(figure.as_of),
        whose=whose_text(figure, t),
    )


def nearest_texts(population: PopulationFile | None, day: dt.date, t: Texts) -> dict[str, str] | None:
    """{group: the text of its figure nearest to `day`} for the text twin, or None without data."""
    if population is None:
        return None
    figures = {g: nearest(population, g, day) for g in GROUPS}
    return {g: figure_text(f, t) if f else t._("no figure") for g, f in figures.items()}
