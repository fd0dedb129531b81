"""Typed records of the data files, validated when loaded (pydantic)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, field_validator, model_validator

GROUPS = ("etorofu", "kunashiri", "shikotan", "habomai")
Group = Literal["etorofu", "kunashiri", "shikotan", "habomai"]
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class Record(BaseModel):
    """Base of every record: immutable; unknown fields are an error (typos don't pass), and so
    is a number that is not finite (.inf, .nan)."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False, defer_build=True)


# what kind of publisher a source is (the Sources page groups by it; validate enforces it)
SourceKind = Literal[
    "official-jp", "official-ru", "official-other", "international", "press", "academic", "reference"
]


class Source(Record):
    """Where a fact comes from."""

    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    url: HttpUrl
    kind: SourceKind
    archived_url: HttpUrl | None = None
    license: str | None = None


class Names(Record):
    """A place's name in English (both names), Japanese and Russian."""

    en: str = Field(min_length=1)
    ja: str | None = None
    ja_latn: str | None = None
    ru: str | None = None
    ru_latn: str | None = None


class IslandProperties(Record):
    """The properties of one feature of islands.geojson."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    group: Group
    names: Names | None
    area_km2: float = Field(gt=0)
    gshhg_id: str
    sources: list[Source] = Field(min_length=1)


class ContextProperties(Record):
    """The properties of one feature of context.geojson."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    names: Names
    derivation: str | None = None
    sources: list[Source] = Field(min_length=1)


class BorderProperties(Record):
    """The properties of one line of borders.geojson."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    name: str
    kind: Literal["treaty border", "line of control", "claimed boundary"]
    drawn_by: str | None
    from_: str = Field(alias="from", pattern=r"^\d{4}-\d{2}-\d{2}$")
    until: str | None = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")
    schematic: bool
    sources: list[Source] = Field(min_length=1)


class Sourced(Record):
    """A fact that cites sources of the file's `sources` table by key."""

    source_ids: list[str] = Field(min_length=1)
    note: str | None = None


def check_partial_date(value: str) -> str:
    """Accept YYYY, YYYY-MM or YYYY-MM-DD."""
    if not PARTIAL_DATE.match(value):
        raise ValueError(f"{value!r} is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


class Area(Sourced):
    value_km2: float = Field(gt=0)
    per: Literal["Japan", "Russia"]
    basis: str
    as_of: str
    _as_of = field_validator("as_of")(check_partial_date)


class PeakName(Record):
    ja: str | None = None
    ja_latn: str | None = None
    ru: str | None = None
    ru_latn: str | None = None


class Peak(Sourced):
    per: Literal["Japan", "Russia"]
    name: PeakName | None
    elevation_m: float = Field(gt=0, lt=3000)


class Population(Sourced):
    persons: int = Field(ge=0)
    households: int | None = Field(default=None, ge=0)
    as_of: str
    _as_of = field_validator("as_of")(check_partial_date)


class PublishedDistance(Record):
    """A distance published by a government, from a named point to one island."""

    island: str
    name: str
    group: Group
    km: float = Field(gt=0)
    from_: str = Field(default="Cape Nosappu", alias="from")


class PublishedDistances(Sourced):
    entries: list[PublishedDistance] = Field(min_length=1)


class GroupFacts(Record):
    """What is known about one island group."""

    id: Group
    area: list[Area] = Field(min_length=1)
    highest_point: list[Peak]
    population_1945: Population
    population_now: list[Population] = Field(min_length=1)
    missing: list[str] = []


class FactsFile(Record):
    """geodata/facts.yaml: the four groups, their facts and the sources they cite."""

    notes: list[str] = []
    sources: dict[str, Source]
    groups: list[GroupFacts]
    published_distances: PublishedDistances

    @model_validator(mode="after")
    def check_groups_and_sources(self) -> FactsFile:
        ids = [g.id for g in self.groups]
        if sorted(ids) != sorted(GROUPS):
            raise ValueError(f"groups must be exactly {', '.join(GROUPS)}; found {', '.join(ids)}")
        for owner, fact in self.cited_facts():
            unknown = [key for key in fact.source_ids if key not in self.sources]
            if unknown:
                raise ValueError(f"{owner} cites unknown source {unknown[0]!r}")
        return self

    def cited_facts(self) -> list[tuple[str, Sourced]]:
        """Every fact that cites sources, with what it belongs to."""
        facts = [("published_distances", self.published_distances)]
        for g in self.groups:
            owner = f"group {g.id!r}"
            group_facts = [*g.area, *g.highest_point, g.population_1945, *g.population_now]
            facts += [(owner, fact) for fact in group_facts]
        return facts

    def group(self, group_id: str) -> GroupFacts:
        """The facts of one group."""
        return next(g for g in self.groups if g.id == group_id)


class NamedPlace(Sourced):
    """A group, island or stretch of context land with its names."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    names: Names


class GroupNames(NamedPlace):
    id: Group


class NamedIsland(NamedPlace):
    """An island of the four groups, found in GSHHG by a point on or near it (lat, lon)."""

    group: Group
    point: tuple[float, float]


class ContextLand(NamedPlace):
    """Land drawn for orientation, clipped to `window` (west, south, east, north)."""

    window: tuple[float, float, float, float]
    anchor_points: list[tuple[float, float]] = []
    collect: bool = False


class MapLabel(NamedPlace):
    """A name written on the map where no polygon of the data carries it (a sea, a peninsula).

    `point` (lat, lon) is where the label is placed: a cartographic choice inside the named
    area, not a surveyed position."""

    point: tuple[float, float]
    kind: Literal["sea", "land"]


class NamesFile(Record):
    """geodata/names.yaml: every name the dashboard shows, with its sources."""

    sources: dict[str, Source]
    groups: list[GroupNames]
    islands: list[NamedIsland]
    context: list[ContextLand]
    cape_nosappu: NamedPlace
    labels: list[MapLabel] = []

    @model_validator(mode="after")
    def check_sources(self) -> NamesFile:
        if sorted(g.id for g in self.groups) != sorted(GROUPS):
            raise ValueError(f"groups must be exactly {', '.join(GROUPS)}")
        for place in [*self.groups, *self.islands, *self.context, self.cape_nosappu, *self.labels]:
            unknown = [key for key in place.source_ids if key not in self.sources]
            if unknown:
                raise ValueError(f"{place.id!r} cites unknown source {unknown[0]!r}")
        return self

    def sources_of(self, place: NamedPlace) -> list[Source]:
        """The sources a place cites, in order."""
        return [self.sources[key] for key in place.source_ids]

    def group_names(self) -> dict[str, dict]:
        """{group id: names as a dict} for the four groups."""
        return {g.id: g.names.model_dump() for g in self.groups}


class District(Record):
    """A Russian administrative district whose population figures stand for island groups."""

    id: str = Field(pattern=r"^[a-z0-9-]+$")
    names: Names
    covers: list[Group] = Field(min_length=1)
    note: str
    source_ids: list[str] = Field(min_length=1)


class PopulationFigure(Sourced):
    """Residents of a group or a district on a date, as one side's statistics give them."""

    unit: str  # a group id, or the id of one of the file's districts
    as_of: str
    persons: int = Field(ge=0)
    households: int | None = Field(default=None, ge=0)
    per: Literal["Japan", "USSR", "Russia"]
    basis: Literal["census", "estimate", "count"]
    _as_of = field_validator("as_of")(check_partial_date)


class PopulationFile(Record):
    """geodata/population.yaml: residents over time, per group or per district."""

    notes: list[str] = []
    sources: dict[str, Source]
    districts: list[District] = []
    figures: list[PopulationFigure] = Field(min_length=1)

    @model_validator(mode="after")
    def check_units_and_sources(self) -> PopulationFile:
        units = set(GROUPS) | {d.id for d in self.districts}
        for index, figure in enumerate(self.figures):
            if figure.unit not in units:
                raise ValueError(f"figures[{index}]: unknown unit {figure.unit!r}")
        for owner, keys in [(d.id, d.source_ids) for d in self.districts] + [
            (f"figures[{i}]", f.source_ids) for i, f in enumerate(self.figures)
        ]:
            unknown = [key for key in keys if key not in self.sources]
            if unknown:
                raise ValueError(f"{owner} cites unknown source {unknown[0]!r}")
        return self
