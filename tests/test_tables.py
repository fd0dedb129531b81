"""The tables of the Islands page and the measures of the coastline data."""

import pytest

from dashboard import tables
from dashboard.geo import distances_km
from dashboard.measures import measure_groups
from dashboard.models import GROUPS, Peak


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ({"ja": "斜古丹岳", "ja_latn": "Shakotan-dake"}, "斜古丹岳 (Shakotan-dake), 413 m"),
        ({"ru": "вулкан Тятя", "ru_latn": "vulkan Tyatya"}, "вулкан Тятя (vulkan Tyatya), 413 m"),
        (None, "413 m"),
    ],
)
def test_peak_text(name, expected, t):
    peak = Peak(per="Japan", name=name, elevation_m=413, source_ids=["x"])
    assert tables.peak_text(peak, t) == expected


def test_latest_population(facts):
    populations = facts.group("etorofu").population_now
    assert tables.latest(populations).as_of == max(p.as_of for p in populations)


def test_measure_groups(islands, land):
    measures = measure_groups(islands, land)
    assert list(measures.index) == list(GROUPS)
    assert measures["islands"].sum() == len(islands)
    assert measures.loc["habomai", "islands"] >= 9
    # Etorofu is 144.5 km from Cape Nosappu by Japan's figures, the Habomai group a few km
    assert measures.loc["etorofu", "nosappu_km"] == pytest.approx(144.5, abs=0.6)
    assert measures.loc["habomai", "nosappu_km"] < 6


def test_group_table_one_column_per_group(facts, names, islands, land, t):
    table = tables.group_table(facts, names.group_names(), measure_groups(islands, land), t)
    assert list(table.columns) == [names.group_names()[g]["en"] for g in GROUPS]
    assert table.loc["Japanese residents, August 1945", "Kunashiri / Kunashir"] == "7,364"
    assert table.loc["Area, Japan's figure (km²)", "Etorofu / Iturup"] == "3,166.64"
    assert table.loc["Highest point per Japan", "Habomai Islands"] == "not verified"


def test_group_table_without_measures(facts, names, t):
    table = tables.group_table(facts, names.group_names(), None, t)
    assert (table.loc["Area, coastline data (km²)"] == "n/a").all()


def test_area_difference_is_derived_from_the_data(facts, names, islands, land, t):
    measures = measure_groups(islands, land)
    table = tables.group_table(facts, names.group_names(), measures, t)
    official = facts.group("habomai").area[0].value_km2
    expected = f"{measures.loc['habomai', 'area_km2'] / official - 1:+.1%}"
    assert table.loc["Coastline data vs Japan's figure", "Habomai Islands"] == expected


def test_island_list(islands, names, t):
    frame = tables.island_list(islands, names.group_names(), t)
    assert len(frame) == len(islands)
    assert (frame["Name"] == "(unnamed)").sum() == islands["name_en"].isna().sum()


def test_a_groups_distance_is_that_of_its_nearest_island(islands, land):
    """measure_groups takes the nearest island instead of the group's union: the same figure."""
    groups = islands.dissolve(by="group")
    nosappu = land.loc["cape-nosappu"].geometry
    union = dict(zip(groups.index, distances_km(nosappu, groups.geometry), strict=True))
    measures = measure_groups(islands, land)
    for group in GROUPS:
        assert measures.loc[group, "nosappu_km"] == pytest.approx(round(union[group], 1))
