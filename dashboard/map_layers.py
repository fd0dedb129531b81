"""The map's layers as prepared once per process and language: GeoJSON strings, the names written
on the map and the outlines that mark a claim (pure, no Streamlit)."""

from __future__ import annotations

import functools

import geopandas as gpd
import numpy as np
import pyproj
import shapely
from shapely.ops import polylabel

from dashboard.geo import DISTANCE_CRS
from dashboard.i18n import NAME_FORMS, Texts
from dashboard.leaflet import feature_collection, safe_json
from dashboard.models import GROUPS, NamesFile

DISPLAY_TOLERANCE = 0.0005  # degrees (about 50 m): the islands as drawn; clicks use the full outline
CLAIM_MARGIN_M = 2500  # a claim is outlined this far around a group's islands
LABELLED_ISLETS = ("suisho", "yuri", "akiyuri", "shibotsu", "taraku")  # the larger Habomai islands
# how prominent each kind of label is (1 first: a lesser label gives way where two would overlap)
# and from which zoom it shows
LABEL_RANKS = {
    "group": (1, 0),
    "land": (2, 0),
    "line": (3, 0),
    "sea": (4, 0),
    "point": (5, 0),
    "islet": (6, 9),
}


def names_of(row) -> dict:
    """The name forms of a row of the islands or context frame (name_en, name_ja, ...)."""
    return {k: row.get(f"name_{k}") for k in NAME_FORMS if isinstance(row.get(f"name_{k}"), str)}


def name_lines(row, group_names: dict[str, dict], t: Texts) -> list[str]:
    """A tooltip's lines: the name in the reader's language, then the other scripts' names;
    unnamed islets borrow their group's names."""
    names = names_of(row)
    if names.get("en"):
        return [t.name(names), *t.other_names(names)]
    group = group_names[row["group"]]
    return [t._("Unnamed islet, {group}", group=t.name(group)), *t.other_names(group)]


def islands_json(islands: gpd.GeoDataFrame, group_names: dict[str, dict], t: Texts) -> str:
    """The islands as drawn: outlines simplified to about 50 m, id, group and tooltip lines."""
    rows = islands.drop(columns="geometry").to_dict("records")
    frame = islands[["id", "group", "geometry"]].assign(tip=[name_lines(row, group_names, t) for row in rows])
    return feature_collection(frame, ["id", "group", "tip"], decimals=4, tolerance=DISPLAY_TOLERANCE)


def context_json(context: gpd.GeoDataFrame, t: Texts) -> str:
    """The context land as drawn (already simplified by the build), named in its tooltip."""
    land = context[context.geom_type != "Point"]
    rows = land.drop(columns="geometry").to_dict("records")
    frame = land[["id", "geometry"]].assign(tip=[[t.name(names_of(row))] for row in rows])
    return feature_collection(frame, ["id", "tip"], decimals=4, tolerance=0)


def borders_json(
    borders: gpd.GeoDataFrame, line_names: dict[str, str], styles: dict[str, dict], t: Texts
) -> str:
    """Every border line, styled (`styles`: {id: style}) and named (`line_names`: {id: name})
    as schematic in its tooltip."""
    frame = borders[["id", "kind", "geometry"]].assign(
        tip=[[t._("{line} (schematic)", line=line_names.get(i, i))] for i in borders["id"]],
        style=[styles[i] for i in borders["id"]],
    )
    return feature_collection(frame, ["id", "kind", "tip", "style"], decimals=4, tolerance=0)


def claims_json(islands: gpd.GeoDataFrame) -> str:
    """Per group, an outline around all its islands (their convex hull, CLAIM_MARGIN_M wide):
    a claim is drawn on it, so that the fill of the smallest islet stays visible."""
    to_metres, to_degrees = transformers()
    features = []
    for group in GROUPS:
        # the hull of the outlines' points, in metres so that the margin is the same everywhere
        points = shapely.get_coordinates(islands.geometry[islands["group"] == group].values)
        if not len(points):
            continue
        hull = shapely.transform(shapely.multipoints(points).convex_hull, to_metres)
        outline = shapely.simplify(hull.buffer(CLAIM_MARGIN_M, quad_segs=4), 150)
        features.append({"group": group, "geometry": shapely.transform(outline, to_degrees)})
    frame = gpd.GeoDataFrame(features, geometry="geometry", crs="EPSG:4326")
    return feature_collection(frame, ["group"], decimals=4, tolerance=0)


@functools.cache
def transformers():
    """Functions from degrees to DISTANCE_CRS metres and back, for shapely.transform."""
    forward = pyproj.Transformer.from_crs("EPSG:4326", DISTANCE_CRS, always_xy=True)
    back = pyproj.Transformer.from_crs(DISTANCE_CRS, "EPSG:4326", always_xy=True)
    return (
        lambda xy: np.column_stack(forward.transform(xy[:, 0], xy[:, 1])),
        lambda xy: np.column_stack(back.transform(xy[:, 0], xy[:, 1])),
    )


def label(text: str, points, kind: str, line: str | None = None, anchor: str = "c") -> dict:
    """One name written on the map: text, the places it may go (best first: the map takes the
    first where it overlaps no other name), rank, the zoom from which it shows, the border line
    it belongs to (shown with it) and where it sits against its place."""
    rank, zoom = LABEL_RANKS[kind]
    places = [[round(p.y, 4), round(p.x, 4)] for p in (points if isinstance(points, list) else [points])]
    return {
        "text": text,
        "at": places,
        "rank": rank,
        "zoom": zoom,
        "cls": kind,
        "line": line,
        "anchor": anchor,
    }


def inside(geom, view) -> shapely.Point:
    """A good place for a name inside `geom`: the pole of inaccessibility of its largest part in
    view (or of its largest part, when none of it is in view)."""
    seen = geom.intersection(view) if view is not None else geom
    if seen.is_empty:
        seen = geom
    parts = list(getattr(seen, "geoms", [seen]))
    largest = max((p for p in parts if p.geom_type == "Polygon"), key=lambda p: p.area, default=None)
    return polylabel(largest, tolerance=0.005) if largest is not None else seen.representative_point()


def places_inside(geom, view) -> list:
    """Places for a name inside `geom`, best first: inside the view, then inside each quarter of
    the view that holds some of it, then anywhere in it."""
    places = [inside(geom, view)]
    if view is not None:
        west, south, east, north = view.bounds
        mid_x, mid_y = (west + east) / 2, (south + north) / 2
        for quarter in (
            shapely.box(west, south, mid_x, mid_y),
            shapely.box(mid_x, south, east, mid_y),
            shapely.box(west, mid_y, mid_x, north),
            shapely.box(mid_x, mid_y, east, north),
        ):
            if geom.intersection(quarter).area > 0.01:
                places.append(inside(geom, quarter))
        places.append(inside(geom, None))
    return places


def map_labels(
    islands: gpd.GeoDataFrame | None,
    context: gpd.GeoDataFrame | None,
    borders: gpd.GeoDataFrame | None,
    names: NamesFile | None,
    group_names: dict[str, dict],
    line_labels: dict[str, str],
    bounds: tuple[float, float, float, float] | None,
    t: Texts,
) -> list[dict]:
    """Every name the map writes, in the reader's language: the four groups, the larger Habomai
    islands (closer in), the land around them, the seas, Cape Nosappu and the border lines."""
    view = shapely.box(*bounds) if bounds else None
    labels = []
    if islands is not None:
        for group in GROUPS:
            members = islands[islands["group"] == group]
            main = members[members["id"] == group]
            if len(main):
                point = polylabel(max(getattr(main.geometry.iloc[0], "geoms", [main.geometry.iloc[0]]),
                                      key=lambda p: p.area), tolerance=0.002)  # fmt: skip
                labels.append(label(t.name(group_names[group]), point, "group"))
            else:  # a group of islets: its name under them, on the sea
                west, south, east, _ = members.total_bounds
                labels.append(
                    label(
                        t.name(group_names[group]),
                        shapely.Point((west + east) / 2, south),
                        "group",
                        anchor="s",
                    )
                )
        for row in islands[islands["id"].isin(LABELLED_ISLETS)].to_dict("records"):
            labels.append(label(t.name(names_of(row)), inside(row["geometry"], None), "islet"))
    if context is not None:
        for row in context.to_dict("records"):
            if row["geometry"].geom_type == "Point":
                labels.append(label(t.name(names_of(row)), row["geometry"], "point", anchor="e"))
            elif row["id"] != "kuril-islands":
                labels.append(label(t.name(names_of(row)), places_inside(row["geometry"], view), "land"))
    if names is not None:
        for place in names.labels:
            lat, lon = place.point
            labels.append(label(t.name(place.names.model_dump()), shapely.Point(lon, lat), place.kind))
    if borders is not None:
        for row in borders.to_dict("records"):
            text = line_labels.get(row["id"])
            if text:
                along = [row["geometry"].interpolate(f, normalized=True) for f in (0.5, 0.3, 0.7, 0.15, 0.85)]
                labels.append(label(text, along, "line", line=row["id"], anchor="n"))
    return sorted(labels, key=lambda item: item["rank"])


def labels_json(labels: list[dict]) -> str:
    return safe_json(labels)
