"""Figures measured on the coastline data: each group's area, islands and distance (pure)."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd

from dashboard.geo import distances_km
from dashboard.models import GROUPS


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
