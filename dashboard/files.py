"""The data files of geodata/: one table, read by the loaders, `validate` and the Sources page.

Adding a data file is one row here (and its loader in dashboard.data).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dashboard import data

GEO_LICENCE = "LGPL-3.0-or-later (derived from GSHHG)"
COMPILATION = "This project's compilation; the {} are public facts"


@dataclass(frozen=True)
class DataFile:
    """One file of geodata/: its name, its loader, what it holds and under which licence."""

    name: str
    attr: str  # its field of the loaded bundle (dashboard.store.Bundle)
    loader: Callable[[Path], object]
    mime: str
    holds: str
    licence: str


DATA_FILES = (
    DataFile(
        "islands.geojson",
        "islands",
        data.load_islands,
        "application/geo+json",
        "One feature per island or islet of the four groups (RFC 7946, WGS84): id, group, names in "
        "three scripts where published, area in km² and sources. Generated from GSHHG.",
        GEO_LICENCE,
    ),
    DataFile(
        "context.geojson",
        "context",
        data.load_context,
        "application/geo+json",
        "Land around the islands for orientation, simplified: eastern Hokkaido, Urup and the Kuril "
        "Islands to Shumshu, southern Sakhalin, the southern tip of Kamchatka; and Cape Nosappu.",
        GEO_LICENCE,
    ),
    DataFile(
        "borders.geojson",
        "borders",
        data.load_borders,
        "application/geo+json",
        "Schematic lines of the treaty borders (1855, 1875, 1905), the line of control since 1945 "
        "and the boundary Japan claims, each with the dates it was in force and the treaty that "
        "drew it. Generated from GSHHG; not surveyed lines.",
        GEO_LICENCE,
    ),
    DataFile(
        "timeline.yaml",
        "timeline",
        data.load_timeline,
        "application/yaml",
        "Every milestone (date and precision, title, kind, islands concerned, summary, Japan's and "
        "Russia's positions, sources), who administered and who claimed each group over time, the "
        "sides' names and colours, and the border lines' dates.",
        COMPILATION.format("dates and texts cited"),
    ),
    DataFile(
        "names.yaml",
        "names",
        data.load_names,
        "application/yaml",
        "Every name the dashboard shows, in English, Japanese and Russian, with sources; the "
        "points that match names to coastline polygons.",
        COMPILATION.format("names"),
    ),
    DataFile(
        "facts.yaml",
        "facts",
        data.load_facts,
        "application/yaml",
        "Areas, highest points, residents in 1945 and today, and Japan's published distances, "
        "each with its sources.",
        COMPILATION.format("figures"),
    ),
    DataFile(
        "population.yaml",
        "population",
        data.load_population,
        "application/yaml",
        "Residents over time per island group or per Russian district: Japan's count of August 1945 "
        "and the Russian statistics published since, with sources and how districts map onto islands.",
        COMPILATION.format("figures"),
    ),
)
BY_NAME = {item.name: item for item in DATA_FILES}
