"""What each data file of geodata/ holds, for the Sources & data page (prose lives here once)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DataFile:
    name: str
    mime: str
    holds: str
    licence: str


DATA_FILES = (
    DataFile(
        "islands.geojson",
        "application/geo+json",
        "One feature per island or islet of the four groups (RFC 7946, WGS84): id, group, names in "
        "three scripts where published, area in km² and sources. Generated from GSHHG.",
        "LGPL-3.0-or-later (derived from GSHHG)",
    ),
    DataFile(
        "context.geojson",
        "application/geo+json",
        "Land around the islands for orientation, simplified: eastern Hokkaido, Urup and the Kuril "
        "Islands to Shumshu, southern Sakhalin, the southern tip of Kamchatka; and Cape Nosappu.",
        "LGPL-3.0-or-later (derived from GSHHG)",
    ),
    DataFile(
        "borders.geojson",
        "application/geo+json",
        "Schematic lines of the treaty borders (1855, 1875, 1905), the line of control since 1945 "
        "and the boundary Japan claims, each with the dates it was in force and the treaty that "
        "drew it. Generated from GSHHG; not surveyed lines.",
        "LGPL-3.0-or-later (derived from GSHHG)",
    ),
    DataFile(
        "timeline.yaml",
        "application/yaml",
        "Every milestone from 1855 to 2022 (date and precision, title, kind, islands concerned, "
        "summary, Japan's and Russia's positions, sources), who administered and who claimed each "
        "group over time, and the border lines' dates.",
        "This project's compilation; the dates and texts cited are public facts",
    ),
    DataFile(
        "names.yaml",
        "application/yaml",
        "Every name the dashboard shows, in English, Japanese and Russian, with sources; the "
        "points that match names to coastline polygons.",
        "This project's compilation; the names are public facts",
    ),
    DataFile(
        "facts.yaml",
        "application/yaml",
        "Areas, highest points, residents in 1945 and today, and Japan's published distances, "
        "each with its sources.",
        "This project's compilation; the figures are public facts",
    ),
)
