"""The data files of geodata/: one table, read by the loaders, `validate` and the Sources page.

Adding a data file is one row here (and its loader in dashboard.data).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from dashboard import data
from dashboard.content import TRANSLATABLE
from dashboard.i18n import N_

GEO_LICENCE = N_("LGPL-3.0-or-later (derived from GSHHG)")
COMPILATION = N_("This project's compilation; the dates, names and figures it cites are public facts")


@dataclass(frozen=True)
class DataFile:
    """One file of geodata/: its name, its loader, what it holds and under which licence."""

    name: str
    attr: str  # its field of the loaded bundle (dashboard.store.Bundle)
    loader: Callable[[Path], object]
    mime: str
    holds: str
    licence: str

    @property
    def translated(self) -> bool:
        """Whether geodata/i18n/<lang>.yaml translates texts of this file (dashboard.content)."""
        return self.name in TRANSLATABLE


DATA_FILES = (
    DataFile(
        "islands.geojson",
        "islands",
        data.load_islands,
        "application/geo+json",
        N_(
            "One feature per island or islet of the four groups (RFC 7946, WGS84): id, group, names in "
            "three scripts where published, area in km² and sources. Generated from GSHHG."
        ),
        GEO_LICENCE,
    ),
    DataFile(
        "context.geojson",
        "context",
        data.load_context,
        "application/geo+json",
        N_(
            "Land around the islands for orientation, simplified: eastern Hokkaido, Urup and the Kuril "
            "Islands to Shumshu, southern Sakhalin, the southern tip of Kamchatka; and Cape Nosappu."
        ),
        GEO_LICENCE,
    ),
    DataFile(
        "borders.geojson",
        "borders",
        data.load_borders,
        "application/geo+json",
        N_(
            "Schematic lines of the treaty borders (1855, 1875, 1905), the line of control since 1945 "
            "and the boundary Japan claims, each with the dates it was in force and the treaty that "
            "drew it. Generated from GSHHG; not surveyed lines."
        ),
        GEO_LICENCE,
    ),
    DataFile(
        "timeline.yaml",
        "timeline",
        data.load_timeline,
        "application/yaml",
        N_(
            "Every milestone (date and precision, title, kind, islands concerned, summary, Japan's and "
            "Russia's positions, sources), who administered and who claimed each group over time, the "
            "sides' names and colours, and the border lines' dates."
        ),
        COMPILATION,
    ),
    DataFile(
        "names.yaml",
        "names",
        data.load_names,
        "application/yaml",
        N_(
            "Every name the dashboard shows, in English, Japanese and Russian, with sources; the "
            "points that match names to coastline polygons."
        ),
        COMPILATION,
    ),
    DataFile(
        "facts.yaml",
        "facts",
        data.load_facts,
        "application/yaml",
        N_(
            "Areas, highest points, residents in 1945 and today, and Japan's published distances, "
            "each with its sources."
        ),
        COMPILATION,
    ),
    DataFile(
        "population.yaml",
        "population",
        data.load_population,
        "application/yaml",
        N_(
            "Residents over time per island group or per Russian district: Japan's count of August 1945 "
            "and the Russian statistics published since, with sources and how districts map onto islands."
        ),
        COMPILATION,
    ),
)
BY_NAME = {item.name: item for item in DATA_FILES}
TRANSLATIONS = "i18n"  # geodata/i18n/<lang>.yaml: the content in each language but English
