"""Figures derived from the data files: per-group measures and the tables the pages show."""

from __future__ import annotations

import re

import geopandas as gpd
import pandas as pd

from dashboard.geo import distances_km
from dashboard.models import GROUPS, FactsFile, GroupFacts, Peak, Population, Source
from dashboard.timeline_models import format_partial as format_date

# CommonMark's punctuation, and ':' for Streamlit's own directives (:red[...], :small[...],
# :material/icon:, emoji shortcodes)
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:])")


def md_escape(text: str) -> str:
    """Text safe to put inside Markdown: every character Markdown could read as syntax escaped."""
    return MD_SPECIAL.sub(r"\\\1", text)


def measure_groups(islands: gpd.GeoDataFrame, context: gpd.GeoDataFrame) -> pd.DataFrame:
    """Per group: area from the coastline data, number of islands, distance from Cape Nosappu.

    A group's distance is that of its nearest island: the same as the distance to the group's
    union, without computing the union (which took most of this function's time).
    """
    nosappu = context.loc["cape-nosappu"].geometry
    per_island = islands[["group", "id", "area_km2"]].assign(km=distances_km(nosappu, islands.geometry))
    groups = per_island.groupby("group").agg(
        area_km2=("area_km2", "sum"), islands=("id", "count"), nosappu_km=("km", "min")
    )
    groups = groups.reindex(list(GROUPS))
    return pd.DataFrame(
        {
            "area_km2": groups["area_km2"].round(1),
            "islands": groups["islands"].astype(int),
            "nosappu_km": groups["nosappu_km"].round(1),
        },
        index=pd.Index(GROUPS, name="group"),
    )


def latest(populations: list[Population]) -> Population:
    """The most recent of several population figures (ISO dates sort as text)."""
    return max(populations, key=lambda p: p.as_of)


def peak_text(peak: Peak) -> str:
    """'西単冠山 (Nishi-Hitokappu-yama), 1,629 m' from whichever name forms the source gives."""
    name = ""
    if peak.name is not None:
        native = peak.name.ja or peak.name.ru
        latin = peak.name.ja_latn or peak.name.ru_latn
        name = f"{native} ({latin}), " if native and latin else f"{native or latin}, "
    return f"{name}{peak.elevation_m:,.0f} m"


def peaks_by_side(group: GroupFacts) -> dict[str, str]:
    """{'Japan': text, 'Russia': text} for the sides that give a highest point."""
    return {p.per: peak_text(p) for p in group.highest_point}


def group_table(facts: FactsFile, names: dict[str, dict], measures: pd.DataFrame | None) -> pd.DataFrame:
    """One row per group: names in three scripts and the key figures, for the Islands page."""
    rows = []
    for group in GROUPS:
        g = facts.group(group)
        official = next(a for a in g.area if a.per == "Japan")
        now = latest(g.population_now)
        peaks = peaks_by_side(g)
        n = names[group]
        row = {
            "Island group": n["en"],
            "Japanese": f"{n.get('ja', '')} ({n.get('ja_latn', '')})",
            "Russian": f"{n.get('ru', '')} ({n.get('ru_latn', '')})",
            "Area, Japan's figure (km²)": official.value_km2,
            "Area, coastline data (km²)": None,
            "Coastline data vs Japan's figure": None,
            "Highest point per Japan": peaks.get("Japan", "not verified"),
            "Highest point per Russia": peaks.get("Russia", "not verified"),
            "Japanese residents, Aug 1945": g.population_1945.persons,
            "Residents, latest figure": now.persons,
            "Latest figure as of": format_date(now.as_of),
            "From Cape Nosappu, coastline data (km)": None,
        }
        if measures is not None:
            row["Area, coastline data (km²)"] = measures.loc[group, "area_km2"]
            row["Coastline data vs Japan's figure"] = (
                f"{measures.loc[group, 'area_km2'] / official.value_km2 - 1:+.1%}"
            )
            row["From Cape Nosappu, coastline data (km)"] = measures.loc[group, "nosappu_km"]
        rows.append(row)
    return pd.DataFrame(rows)


def island_list(islands: gpd.GeoDataFrame, names: dict[str, dict]) -> pd.DataFrame:
    """Every island and islet: its group, names (where it has them) and area in the data."""
    return pd.DataFrame(
        {
            "Island group": [names[g]["en"] for g in islands["group"]],
            "Name": islands["name_en"].fillna("(unnamed)"),
            "Japanese": islands["name_ja"].fillna(""),
            "Russian": islands["name_ru"].fillna(""),
            "Area in the data (km²)": islands["area_km2"],
            "GSHHG polygon": islands["gshhg_id"],
        }
    )


def source_uses(
    facts: FactsFile | None, names, islands: gpd.GeoDataFrame | None, timeline=None
) -> list[tuple[object, list[str]]]:
    """Every distinct source the data files cite, with what it is cited for, in file order."""
    found: dict[str, tuple[object, list[str]]] = {}

    def use(source, what: str) -> None:
        entry = found.setdefault(str(source.url) + source.title, (source, []))
        if what not in entry[1]:
            entry[1].append(what)

    if islands is not None:  # every feature's first source is the coastline data set
        use(Source(**islands["sources"].iloc[0][0]), "coastlines of every island and of the context land")
    label = {g: g for g in GROUPS}
    if names is not None:
        label = {g: n["en"] for g, n in names.group_names().items()}
    if facts is not None:
        for group in facts.groups:
            for kind, items in (
                ("area", group.area),
                ("highest point", group.highest_point),
                ("residents", [group.population_1945, *group.population_now]),
            ):
                for item in items:
                    for key in item.source_ids:
                        use(facts.sources[key], f"{kind} of {label[group.id]}")
        for key in facts.published_distances.source_ids:
            use(facts.sources[key], "distances from Cape Nosappu")
    if names is not None:
        for place in [*names.groups, *names.islands, *names.context, names.cape_nosappu]:
            for source in names.sources_of(place):
                use(source, f"names of {place.names.en}")
    if timeline is not None:
        for milestone in timeline.milestones:
            for source in milestone.sources:
                use(source, f"{milestone.short_title} ({milestone.when})")
    return list(found.values())


def display_table(table: pd.DataFrame) -> pd.DataFrame:
    """group_table turned for reading: one column per group, figures formatted as text."""

    def text(value) -> str:
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return "n/a"
        if isinstance(value, int | float):
            return f"{value:,.2f}".rstrip("0").rstrip(".") if isinstance(value, float) else f"{value:,}"
        return str(value)

    return table.set_index("Island group").T.map(text).rename_axis(None, axis=1)
