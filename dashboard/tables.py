"""The tables the pages show, built from the data files (pure, no Streamlit)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from dashboard.i18n import Texts
from dashboard.models import GROUPS, FactsFile, GroupFacts, Peak, Population


def latest(populations: list[Population]) -> Population:
    """The most recent of several population figures (ISO dates sort as text)."""
    return max(populations, key=lambda p: p.as_of)


def peak_text(peak: Peak, t: Texts) -> str:
    """'西単冠山 (Nishi-Hitokappu-yama), 1,629 m' from whichever name forms the source gives."""
    name = ""
    if peak.name is not None:
        native = peak.name.ja or peak.name.ru
        latin = peak.name.ja_latn or peak.name.ru_latn
        name = f"{native} ({latin}), " if native and latin else f"{native or latin}, "
    return f"{name}{t.number(peak.elevation_m)} m"


def peaks_by_side(group: GroupFacts, t: Texts) -> dict[str, str]:
    """{'Japan': text, 'Russia': text} for the sides that give a highest point."""
    return {p.per: peak_text(p, t) for p in group.highest_point}


def group_table(
    facts: FactsFile, names: dict[str, dict], measures: pd.DataFrame | None, t: Texts
) -> pd.DataFrame:
    """The four groups side by side: one column per group, one row per figure, as text."""
    columns = {}
    for group in GROUPS:
        g = facts.group(group)
        official = next(a for a in g.area if a.per == "Japan")
        now = latest(g.population_now)
        peaks = peaks_by_side(g, t)
        n = names[group]
        column = {
            t._("Other names"): " · ".join(t.other_names(n)),
            t._("Area, Japan's figure (km²)"): t.number(official.value_km2),
            t._("Area, coastline data (km²)"): t._("n/a"),
            t._("Coastline data vs Japan's figure"): t._("n/a"),
            t._("Highest point per Japan"): peaks.get("Japan", t._("not verified")),
            t._("Highest point per Russia"): peaks.get("Russia", t._("not verified")),
            t._("Japanese residents, August 1945"): t.number(g.population_1945.persons),
            t._("Residents, latest figure"): t.number(now.persons),
            t._("Latest figure as of"): t.partial_date(now.as_of),
            t._("From Cape Nosappu, coastline data (km)"): t._("n/a"),
        }
        if measures is not None:
            area = measures.loc[group, "area_km2"]
            column[t._("Area, coastline data (km²)")] = t.number(area, 1)
            column[t._("Coastline data vs Japan's figure")] = f"{area / official.value_km2 - 1:+.1%}"
            column[t._("From Cape Nosappu, coastline data (km)")] = t.number(
                measures.loc[group, "nosappu_km"], 1
            )
        columns[t.name(n)] = column
    return pd.DataFrame(columns)


def area_frame(
    facts: FactsFile, names: dict[str, dict], measures: pd.DataFrame | None, t: Texts
) -> pd.DataFrame:
    """Long table for the area chart: group, series (Japan's figure / coastline data), km²."""
    rows = []
    for group in GROUPS:
        official = next(a for a in facts.group(group).area if a.per == "Japan")
        rows.append(
            {"group": t.name(names[group]), "series": t._("Japan's figure"), "km²": official.value_km2}
        )
        if measures is not None:
            rows.append({"group": t.name(names[group]), "series": t._("Coastline data"),
                         "km²": float(measures.loc[group, "area_km2"])})  # fmt: skip
    return pd.DataFrame(rows)


def island_list(islands: gpd.GeoDataFrame, names: dict[str, dict], t: Texts) -> pd.DataFrame:
    """Every island and islet: its group, names (where it has them) and area in the data."""
    return pd.DataFrame(
        {
            t._("Island group"): [t.name(names[g]) for g in islands["group"]],
            t._("Name"): islands[f"name_{t.code}"].fillna(islands["name_en"]).fillna(t._("(unnamed)")),
            t._("English"): islands["name_en"].fillna(""),
            t._("Japanese"): islands["name_ja"].fillna(""),
            t._("Russian"): islands["name_ru"].fillna(""),
            t._("Area in the data (km²)"): islands["area_km2"],
            t._("GSHHG polygon"): islands["gshhg_id"],
        }
    )
