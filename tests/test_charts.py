"""The Islands page's charts: one colour per island group in every chart, whose figure a point
is by its shape, the time axis's break, numbers in the reader's language."""

import datetime as dt

import pytest

from dashboard import charts, data, residents, tables
from dashboard.i18n import texts
from dashboard.mapping import GROUP_COLOURS
from dashboard.models import GROUPS
from dashboard.paths import GEODATA

POPULATION = data.load_population(GEODATA / "population.yaml")


@pytest.fixture(scope="module")
def group_names(names):
    return names.group_names()


@pytest.mark.parametrize(
    ("day", "year"),
    [
        (dt.date(2021, 1, 1), 2021.0),
        (dt.date(1945, 8, 15), 1945 + 226 / 365),
        (dt.date(2020, 12, 31), 2020 + 365 / 366),  # a leap year
    ],
)
def test_decimal_year(day, year):
    assert charts.decimal_year(day) == pytest.approx(year)


@pytest.mark.parametrize(
    ("years", "domain", "shares"),
    [
        ([2015.0, 2016.0, 2023.0], [2014, 2025], [0.0, 1.0]),  # no long gap: a plain axis
        ([1945.6, 1975.0], [1944, 1977], [0.0, 1.0]),  # 29.4 years: still plain
        ([1945.6, 2015.0, 2023.0], [1944, 1947, 2014, 2025], [0.0, *charts.BREAK, 1.0]),
        ([2023.0, 1945.6, 2015.0, 1945.6], [1944, 1947, 2014, 2025], [0.0, *charts.BREAK, 1.0]),
    ],
)
def test_the_time_axis_breaks_only_over_a_long_gap(years, domain, shares):
    assert charts.year_axis(years) == (domain, shares)


def test_the_residents_frame_holds_each_groups_own_figures(group_names, t):
    frame = charts.residents_frame(POPULATION, group_names, t)
    for group in GROUPS:
        rows = frame[frame["group"] == t.name(group_names[group])]
        assert list(rows["persons"]) == [f.persons for f in residents.group_series(POPULATION, group)]
    first = frame.iloc[0]
    assert first["whose"] == "Japan's count" and first["figure"] == "3,608 (15 August 1945, Japan's count)"
    # Japan's 1945 count is not joined to the Russian statistics that follow it
    assert set(frame.loc[frame["group"] == first["group"], "segment"]) == {
        "etorofu-japan",
        "etorofu-ussr-russia",
    }


def colour_scale(encoding):
    return encoding["color"]["scale"]


def test_every_chart_colours_the_groups_as_the_locator_does(facts, group_names, t):
    """One colour per meaning: a group's colour is the same in both charts and on the map."""
    expected = {
        "domain": [t.name(group_names[g]) for g in GROUPS],
        "range": [GROUP_COLOURS[g] for g in GROUPS],
    }
    residents_spec = charts.residents_chart(POPULATION, group_names, t).to_dict()
    areas = tables.area_frame(facts, group_names, None, t)
    area_spec = charts.area_chart(areas, group_names, t).to_dict()
    layers = [layer for layer in residents_spec["layer"] if "color" in layer.get("encoding", {})]
    assert layers and all(colour_scale(layer["encoding"]) == expected for layer in layers)
    assert colour_scale(area_spec["encoding"]) == expected
    # what differs within a group is not a colour: whose figure is a shape, the area's series
    # an opacity, each with its legend
    points = next(layer for layer in layers if "shape" in layer["encoding"])
    assert points["encoding"]["shape"]["scale"]["domain"] == ["Japan's count", "Russian estimate"]
    assert points["encoding"]["shape"]["legend"] is not None
    assert area_spec["encoding"]["opacity"]["scale"]["domain"] == ["Japan's figure"]
    assert area_spec["encoding"]["color"]["legend"] is None  # the axis names the groups


@pytest.mark.parametrize("code", ["en", "ja", "ru"])
def test_chart_titles_and_axes_are_in_the_readers_language(code, group_names):
    t = texts(code)
    spec = charts.residents_chart(POPULATION, group_names, t).to_dict()
    points = spec["layer"][-1]["encoding"]
    assert spec["layer"][-1]["title"] == t._("Residents over time")
    assert points["x"]["title"] == t._("Year") and points["y"]["title"] == t._("Residents")
    assert points["color"]["title"] == t._("Island group") and points["shape"]["title"] == t._("Whose figure")
    assert spec["config"]["locale"]["number"] == charts.number_locale(t)
    if code != "en":
        assert t._("Year") != "Year"


@pytest.mark.parametrize(
    ("code", "decimal", "thousands"), [("en", ".", ","), ("ja", ".", ","), ("ru", ",", "\xa0")]
)
def test_number_locale(code, decimal, thousands):
    number = charts.number_locale(texts(code))
    assert (number["decimal"], number["thousands"]) == (decimal, thousands)


def test_whose_figure_names_the_statistics(t):
    figures = {(f.per, f.basis): f for f in POPULATION.figures}
    assert residents.whose_text(figures[("Japan", "count")], t) == "Japan's count"
    assert residents.whose_text(figures[("Russia", "estimate")], t) == "Russian estimate"
