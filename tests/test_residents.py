"""Residents over time: the figure nearest a day, said with its date and whose figure it is."""

import datetime as dt

import pytest

from dashboard import data, residents
from dashboard.i18n import texts
from dashboard.paths import GEODATA

POPULATION = data.load_population(GEODATA / "population.yaml")


@pytest.mark.parametrize(
    ("group", "day", "as_of"),
    [
        ("kunashiri", dt.date(1855, 2, 7), "1945-08-15"),  # before any figure: the first one
        ("kunashiri", dt.date(1956, 10, 19), "1945-08-15"),
        ("etorofu", dt.date(2021, 3, 1), "2021-01-01"),
        ("etorofu", dt.date(2026, 6, 1), "2023"),  # the latest
        ("habomai", dt.date(2022, 2, 1), "2022-01-01"),
    ],
)
def test_the_nearest_figure(group, day, as_of):
    assert residents.nearest(POPULATION, group, day).as_of == as_of


def test_a_district_figure_is_not_taken_for_a_group():
    series = residents.group_series(POPULATION, "kunashiri")
    assert all(f.unit == "kunashiri" for f in series)
    assert [f.as_of for f in series] == sorted(f.as_of for f in series)


def test_the_figure_says_its_date_and_whose_it_is():
    figure = residents.nearest(POPULATION, "kunashiri", dt.date(1956, 1, 1))
    assert residents.figure_text(figure, texts("en")) == "7,364 (15 August 1945, Japan's count)"
    assert residents.figure_text(figure, texts("ja")).startswith("7,364（1945年8月15日")


def test_without_the_file_there_is_no_column():
    assert residents.nearest_texts(None, dt.date(2000, 1, 1), texts("en")) is None


def test_the_facts_card_gives_the_residents_over_time_with_their_sources():
    from dashboard import facts_card

    facts = data.load_facts(GEODATA / "facts.yaml")
    names = {"en": "Kunashiri"}
    card = facts_card.build_card("kunashiri", facts, names, texts("en"), population=POPULATION)
    line = next(line for line in card.lines if line.startswith("**Residents over time:**"))
    assert "15 Aug 1945: 7,364" in line and "1 Jan 2022: 8,725" in line
    cited = {str(s.url) for s in card.sources}
    assert {str(POPULATION.sources[k].url) for k in ("hoppou-population", "doshin-2021")} <= cited
