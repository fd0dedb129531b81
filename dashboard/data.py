"""Load and validate the data files of geodata/; every problem names the file, record and field."""

from __future__ import annotations

import json
from pathlib import Path

import geopandas as gpd
import shapely
import yaml
from pydantic import BaseModel, ValidationError

from dashboard.content import TRANSLATABLE, apply_translation
from dashboard.models import (
    GROUPS,
    BorderProperties,
    ContextProperties,
    FactsFile,
    IslandProperties,
    NamesFile,
    PopulationFile,
)
from dashboard.timeline_models import TimelineFile

# PyYAML's safe loader, through libyaml where the wheel has it (ten times faster than the
# pure-Python one, which took a tenth of a second over the timeline on the first run)
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# limits that no real data file comes near, so that no file can exhaust the server: size before
# reading, nesting before building (libyaml's composer recurses in C, and a file of nested
# brackets crashes the process), points per geometry and per file
MAX_BYTES = {".geojson": 16_000_000, ".yaml": 2_000_000, ".md": 200_000}
MAX_DEPTH = 64
MAX_POINTS_PER_GEOMETRY, MAX_POINTS_PER_FILE = 200_000, 1_000_000


class DataError(Exception):
    """A data file that cannot be used, with where and why."""

    def __init__(self, file: str, problem: str, record: str | None = None):
        super().__init__(file, problem, record)
        self.file, self.problem, self.record = file, problem, record

    def __str__(self) -> str:
        where = f"{self.file}, {self.record}" if self.record else self.file
        return f"{where}: {self.problem}"


def read_text(path: Path) -> str:
    """The file's text, or a DataError saying why it can't be read (or is too large to)."""
    try:
        size = path.stat().st_size
        limit = MAX_BYTES.get(path.suffix, MAX_BYTES[".yaml"])
        if size > limit:
            raise DataError(
                path.name, f"the file is {size:,} bytes, more than the {limit:,} a data file may have"
            )
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DataError(path.name, "the file is missing") from None
    except (OSError, UnicodeDecodeError) as err:
        raise DataError(path.name, f"the file cannot be read ({err})") from None


def read_features(path: Path) -> list[dict]:
    """The features of a GeoJSON FeatureCollection file."""
    text = read_text(path)
    try:
        collection = json.loads(text)
    except json.JSONDecodeError as err:
        raise DataError(
            path.name, f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from None
    except (RecursionError, MemoryError):
        raise DataError(path.name, "not usable JSON: nested too deep or too large to read") from None
    if not isinstance(collection, dict) or collection.get("type") != "FeatureCollection":
        raise DataError(path.name, "not a GeoJSON FeatureCollection")
    features = collection.get("features")
    if not isinstance(features, list) or not features:
        raise DataError(path.name, "the FeatureCollection has no features")
    return features


def describe_validation(err: ValidationError, limit: int = 3) -> str:
    """A pydantic error as one readable line: field path and message, for the first few."""
    parts = []
    for item in err.errors()[:limit]:
        message = item["msg"].removeprefix("Value error, ")
        field = ".".join(str(p) for p in item["loc"])
        parts.append(f"field '{field}': {message}" if field else message)
    more = len(err.errors()) - limit
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def feature_label(index: int, feature: object) -> str:
    """'feature 3 (id 'suisho')', or without the id when there is none to read."""
    properties = feature.get("properties") if isinstance(feature, dict) else None
    fid = properties.get("id") if isinstance(properties, dict) else None
    return f"feature {index}" + (f" (id '{fid}')" if isinstance(fid, str) else "")


def parse_geometry(path: Path, label: str, geometry: object, allowed: tuple[str, ...]):
    """A valid shapely geometry in WGS84 longitude/latitude, or a DataError."""
    try:
        geom = shapely.geometry.shape(geometry)
    except Exception as err:  # shapely raises several types for malformed GeoJSON
        raise DataError(path.name, f"geometry is not valid GeoJSON ({err})", label) from None
    if shapely.get_num_coordinates(geom) > MAX_POINTS_PER_GEOMETRY:
        raise DataError(path.name, f"geometry has more than {MAX_POINTS_PER_GEOMETRY:,} points", label)
    if geom.geom_type not in allowed:
        raise DataError(path.name, f"geometry is a {geom.geom_type}, expected {' or '.join(allowed)}", label)
    if geom.is_empty:
        raise DataError(path.name, "geometry is empty", label)
    west, south, east, north = geom.bounds
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise DataError(
            path.name,
            f"coordinates out of range (longitude {west:g} to {east:g}, latitude {south:g} to "
            f"{north:g}); GeoJSON wants longitude first, in degrees",
            label,
        )
    if not geom.is_valid:
        raise DataError(path.name, f"invalid geometry: {shapely.is_valid_reason(geom)}", label)
    return geom


def load_features(
    path: Path, model: type[BaseModel], allowed: tuple[str, ...]
) -> tuple[list[BaseModel], list]:
    """Validated properties and geometries of every feature; ids must be unique."""
    records, geoms, seen, points = [], [], set(), 0
    for index, raw in enumerate(read_features(path)):
        label = feature_label(index, raw)
        if not isinstance(raw, dict) or raw.get("type") != "Feature":
            raise DataError(path.name, "not a GeoJSON Feature", label)
        try:
            record = model.model_validate(raw.get("properties"))
        except ValidationError as err:
            raise DataError(path.name, describe_validation(err), label) from None
        if record.id in seen:
            raise DataError(path.name, f"duplicate id '{record.id}'", label)
        seen.add(record.id)
        geom = parse_geometry(path, label, raw.get("geometry"), allowed)
        points += shapely.get_num_coordinates(geom)
        if points > MAX_POINTS_PER_FILE:
            raise DataError(path.name, f"more than {MAX_POINTS_PER_FILE:,} points in all", label)
        geoms.append(geom)
        records.append(record)
    return records, geoms


def load_islands(path: Path) -> gpd.GeoDataFrame:
    """islands.geojson as a GeoDataFrame: one row per island, names flattened to name_* columns."""
    records, geoms = load_features(path, IslandProperties, ("Polygon", "MultiPolygon"))
    missing = [g for g in GROUPS if g not in {r.group for r in records}]
    if missing:
        raise DataError(path.name, f"no island of group {', '.join(missing)}")
    rows = []
    for r in records:
        names = r.names.model_dump() if r.names else {}
        rows.append(
            {
                "id": r.id,
                "group": r.group,
                **{f"name_{k}": names.get(k) for k in ("en", "ja", "ja_latn", "ru", "ru_latn")},
                "area_km2": r.area_km2,
                "gshhg_id": r.gshhg_id,
                "sources": [s.model_dump(mode="json") for s in r.sources],
            }
        )
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def load_context(path: Path) -> gpd.GeoDataFrame:
    """context.geojson as a GeoDataFrame (land polygons, and the point of Cape Nosappu)."""
    records, geoms = load_features(path, ContextProperties, ("Polygon", "MultiPolygon", "Point"))
    if "cape-nosappu" not in {r.id for r in records}:
        raise DataError(
            path.name, "no feature with id 'cape-nosappu' (the point distances are measured from)"
        )
    rows = [
        {
            "id": r.id,
            **{f"name_{k}": v for k, v in r.names.model_dump().items()},
            "sources": [s.model_dump(mode="json") for s in r.sources],
        }
        for r in records
    ]
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def check_nesting(text: str, name: str) -> None:
    """Refuse YAML nested deeper than MAX_DEPTH, from libyaml's event stream (its parser keeps
    its own stack; only building the nested objects recurses)."""
    depth = 0
    for event in yaml.parse(text, Loader=SAFE_LOADER):
        if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                where = f"line {event.start_mark.line + 1}, column {event.start_mark.column + 1}"
                raise DataError(name, f"nested more than {MAX_DEPTH} levels deep ({where})")
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            depth -= 1


def read_yaml(path: Path):
    """A YAML file's content, or a DataError with the line and column of the problem."""
    text = read_text(path)
    try:
        check_nesting(text, path.name)
        return yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        raise DataError(path.name, f"not valid YAML{where}: {getattr(err, 'problem', err)}") from None
    except (RecursionError, MemoryError):
        raise DataError(path.name, "not usable YAML: nested too deep or too large to read") from None


def load_yaml(path: Path, model: type[BaseModel], overlay: dict | None = None):
    """A YAML file validated against `model`, with the texts `overlay` translates (a language's
    part of geodata/i18n/<lang>.yaml for this file); errors name the record by its id."""
    raw = apply_translation(read_yaml(path), path.name, overlay)
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        raise DataError(path.name, describe_validation(err), yaml_record(raw, err)) from None


def yaml_record(raw: object, err: ValidationError) -> str | None:
    """ "groups[2] (id 'shikotan')" for an error inside a list of records, else None."""
    loc = err.errors()[0]["loc"]
    if len(loc) < 2 or not isinstance(loc[1], int):
        return None
    label = f"{loc[0]}[{loc[1]}]"
    try:
        return f"{label} (id '{raw[loc[0]][loc[1]]['id']}')"
    except (KeyError, IndexError, TypeError):
        return label


def load_borders(path: Path) -> gpd.GeoDataFrame:
    """borders.geojson: schematic lines with the dates they were in force (until: None = still)."""
    records, geoms = load_features(path, BorderProperties, ("LineString", "MultiLineString"))
    rows = [{"id": r.id, "name": r.name, "kind": r.kind, "from": r.from_, "until": r.until} for r in records]
    return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")


def load_facts(path: Path, overlay: dict | None = None) -> FactsFile:
    """facts.yaml, validated: all four groups, every fact citing a known source."""
    return load_yaml(path, FactsFile, overlay)


def load_names(path: Path) -> NamesFile:
    """names.yaml, validated: every group, island and context name with known sources."""
    return load_yaml(path, NamesFile)


def load_timeline(path: Path, overlay: dict | None = None) -> TimelineFile:
    """timeline.yaml, validated: dated, sourced milestones in order, and the control periods."""
    return load_yaml(path, TimelineFile, overlay)


def load_population(path: Path, overlay: dict | None = None) -> PopulationFile:
    """population.yaml, validated: every figure of a known group or district, citing known sources."""
    return load_yaml(path, PopulationFile, overlay)


def load_translation(path: Path) -> dict:
    """A language's content file (geodata/i18n/<lang>.yaml): {data file: translated texts}."""
    name = f"{path.parent.name}/{path.name}"
    try:
        raw = read_yaml(path)
    except DataError as err:
        raise DataError(name, err.problem) from None
    if not isinstance(raw, dict) or not all(isinstance(v, dict) for v in raw.values()):
        raise DataError(name, "not a mapping of data files to their translated texts")
    unknown = sorted(set(raw) - set(TRANSLATABLE))
    if unknown:
        raise DataError(name, f"{unknown[0]!r} is not a data file with translatable texts")
    return raw
