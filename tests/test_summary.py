import pandas as pd
import pytest

from dashboard import summary
from dashboard.models import GROUPS, Peak


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "plain"),
        ("[link](javascript:alert(1))", r"\[link\]\(javascript\:alert\(1\)\)"),
        (":red[red] :smile: :material/home:", r"\:red\[red\] \:smile\: \:material/home\:"),
        ("**bold** <b>", r"\*\*bold\*\* \<b\>"),
        ("3.7 km", r"3\.7 km"),
    ],
)
def test_md_escape(text, expected):
    assert summary.md_escape(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1945-08-15", "15 August 1945"),
        ("2021-01", "January 2021"),
        ("2016", "2016"),
        ("2021-01-01", "1 January 2021"),
    ],
)
def test_format_date(value, expected):
    assert summary.format_date(value) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ({"ja": "斜古丹山", "ja_latn": "Shakotan-yama"}, "斜古丹山 (Shakotan-yama), 413 m"),
        ({"ru": "вулкан Тятя", "ru_latn": "vulkan Tyatya"}, "вулкан Тятя (vulkan Tyatya), 413 m"),
        (None, "413 m"),
    ],
)
def test_peak_text(name, expected):
    peak = Peak(per="Japan", name=name, elevation_m=413, source_ids=["x"])
    assert summary.peak_text(peak) == expected


def test_latest_population(facts):
    assert summary.latest(facts.group("etorofu").population_now).as_of == "2021-01-01"


def test_measure_groups(islands, land):
    measures = summary.measure_groups(islands, land)
    assert list(measures.index) == list(GROUPS)
    assert measures["islands"].sum() == len(islands)
    assert measures.loc["habomai", "islands"] >= 9
    # Etorofu is 144.5 km from Cape Nosappu by Japan's figures, the Habomai group a few km
    assert measures.loc["etorofu", "nosappu_km"] == pytest.approx(144.5, abs=0.6)
    assert measures.loc["habomai", "nosappu_km"] < 6


def test_group_table_and_display(facts, names, islands, land):
    table = summary.group_table(facts, names.group_names(), summary.measure_groups(islands, land))
    assert list(table["Island group"]) == [names.group_names()[g]["en"] for g in GROUPS]
    row = table.set_index("Island group").loc["Habomai Islands"]
    assert row["Japanese residents, Aug 1945"] == 5281
    assert row["Highest point per Japan"] == "not verified"
    shown = summary.display_table(table)
    assert list(shown.columns) == list(table["Island group"])
    assert shown.loc["Japanese residents, Aug 1945", "Kunashiri / Kunashir"] == "7,364"
    assert shown.loc["Area, Japan's figure (km²)", "Etorofu / Iturup"] == "3,166.64"


def test_group_table_without_measures(facts, names):
    table = summary.group_table(facts, names.group_names(), None)
    assert table["Area, coastline data (km²)"].isna().all()
    assert (summary.display_table(table).loc["Area, coastline data (km²)"] == "n/a").all()


def test_source_uses_cover_every_cited_source(facts, names, islands):
    uses = summary.source_uses(facts, names, islands)
    urls = {str(source.url) for source, _ in uses}
    assert "https://www.soest.hawaii.edu/pwessel/gshhg/" in urls
    cited = {str(facts.sources[k].url) for _, fact in facts.cited_facts() for k in fact.source_ids}
    assert cited <= urls
    assert all(what for _, what in uses)


def test_island_list(islands, names):
    frame = summary.island_list(islands, names.group_names())
    assert len(frame) == len(islands)
    assert (frame["Name"] == "(unnamed)").sum() == islands["name_en"].isna().sum()
    assert isinstance(frame, pd.DataFrame)


def test_area_difference_is_derived_from_the_data(facts, names, islands, land):
    measures = summary.measure_groups(islands, land)
    table = summary.group_table(facts, names.group_names(), measures).set_index("Island group")
    official = facts.group("habomai").area[0].value_km2
    expected = f"{measures.loc['habomai', 'area_km2'] / official - 1:+.1%}"
    assert table.loc["Habomai Islands", "Coastline data vs Japan's figure"] == expected


def test_a_groups_distance_is_that_of_its_nearest_island(islands, land):
    """measure_groups takes the nearest island instead of the group's union: the same figure."""
    from dashboard.geo import distances_km

    groups = islands.dissolve(by="group")
    nosappu = land.loc["cape-nosappu"].geometry
    union = dict(zip(groups.index, distances_km(nosappu, groups.geometry), strict=True))
    measures = summary.measure_groups(islands, land)
    for group in GROUPS:
        assert measures.loc[group, "nosappu_km"] == pytest.approx(round(union[group], 1))
