"""Build the folium map of the islands and the states it shows. Builders never render."""

from __future__ import annotations

import base64
import html

import folium
import geopandas as gpd
import shapely

from dashboard.control import GroupState, Snapshot
from dashboard.i18n import Texts
from dashboard.leaflet import DataLayer, StateHook, feature_collection
from dashboard.milestone_text import capitalised, status_text
from dashboard.models import GROUPS
from dashboard.timeline_models import Administrator

# Okabe-Ito palette: distinguishable with the common forms of colour blindness
GROUP_COLOURS = {
    "etorofu": "#0072B2",
    "kunashiri": "#E69F00",
    "shikotan": "#009E73",
    "habomai": "#CC79A7",
}
CONTEXT_STYLE = {"fillColor": "#b8b8b8", "color": "#8a8a8a", "weight": 0.8, "fillOpacity": 0.55}
SEA_COLOUR = "#dce9f2"
CREDIT = "Coastlines: GSHHG, Wessel &amp; Smith (LGPL-3.0)"  # Leaflet reads attributions as HTML
ISLAND_BASE = {"fillColor": "#999999", "fillOpacity": 0.6, "color": "#333333", "weight": 0.8}
DISPLAY_TOLERANCE = 0.0005  # degrees (about 50 m): the islands as drawn; clicks use the full outline
MAP_HEIGHT = 560
NO_STATE_COLOUR = "#999999"
FADED_OPACITY = 0.3
LINE_STYLES = {
    "treaty border": {"color": "#111111", "weight": 3, "dashArray": None},
    "line of control": {"color": "#5c3566", "weight": 3, "dashArray": "9 5"},
    "claimed boundary": {"color": "#0072B2", "weight": 3, "dashArray": "3 5"},
}


def line_labels(t: Texts) -> dict[str, str]:
    """What each kind of line is, for the legend."""
    return {
        "treaty border": t._("Border drawn by a treaty in force"),
        "line of control": t._("Line of control since 1945"),
        "claimed boundary": t._("Boundary claimed by Japan"),
    }


def name_lines(row, group_names: dict[str, dict], t: Texts) -> list[str]:
    """A tooltip's lines: the name in the reader's language, then the other scripts' names;
    unnamed islets borrow their group's names."""
    names = {k: row.get(f"name_{k}") for k in ("en", "ja", "ja_latn", "ru", "ru_latn")}
    names = {k: v for k, v in names.items() if isinstance(v, str)}
    if names.get("en"):
        return [t.name(names), *t.other_names(names)]
    group = group_names[row["group"]]
    return [t._("Unnamed islet, {group}", group=t.name(group)), *t.other_names(group)]


def islands_json(islands: gpd.GeoDataFrame, group_names: dict[str, dict], t: Texts) -> str:
    """The islands as drawn: outlines simplified to about 50 m, id, group and tooltip lines."""
    frame = islands[["id", "group", "geometry"]].assign(
        tip=[name_lines(row, group_names, t) for _, row in islands.iterrows()]
    )
    return feature_collection(frame, ["id", "group", "tip"], decimals=4, tolerance=DISPLAY_TOLERANCE)


def context_json(context: gpd.GeoDataFrame, t: Texts) -> str:
    """The context land as drawn (already simplified by the build), named in its tooltip."""
    land = context[context.geom_type != "Point"]
    names = [{k: row.get(f"name_{k}") for k in ("en", "ja", "ru")} for _, row in land.iterrows()]
    frame = land[["id", "geometry"]].assign(tip=[[t.name(n)] for n in names])
    return feature_collection(frame, ["id", "tip"], decimals=4, tolerance=0)


def borders_json(borders: gpd.GeoDataFrame, line_names: dict[str, str], t: Texts) -> str:
    """Every border line, styled by its kind and named (`line_names`: {id: name}) as schematic
    in its tooltip."""
    frame = borders[["id", "kind", "geometry"]].assign(
        tip=[[t._("{line} (schematic)", line=line_names.get(i, i))] for i in borders["id"]],
        style=[LINE_STYLES[kind] for kind in borders["kind"]],
    )
    return feature_collection(frame, ["id", "kind", "tip", "style"], decimals=4, tolerance=0)


def group_style(group: str) -> dict:
    """Each group in its own colour (the map without a timeline)."""
    colour = GROUP_COLOURS[group]
    return {"fillColor": colour, "color": colour, "weight": 1, "fillOpacity": 0.75, "dashArray": None}


def state_style(state: GroupState, sides: dict[str, Administrator], bright: bool) -> dict:
    """Fill by administrator, dashed outline in the claimant's colour, faded when not concerned."""
    side = sides.get(state.administered_by) if state.administered_by else None
    style = {
        "fillColor": side.colour if side else NO_STATE_COLOUR,
        "fillOpacity": 0.85 if bright else FADED_OPACITY,
        "color": "#333333",
        "weight": 0.8,
        "dashArray": None,
    }
    if state.claimed_by:
        style |= {"color": sides[state.claimed_by[0]].colour, "weight": 2.5, "dashArray": "5 4"}
    return style


def map_state(shot: Snapshot | None, sides: dict[str, Administrator], t: Texts) -> dict:
    """What the map shows at one moment: a style and a status line per group, the lines drawn.

    Without a snapshot (no timeline) each group is drawn in its own colour.
    """
    groups = {}
    for group in GROUPS:
        if shot is None:
            groups[group] = {"style": group_style(group), "status": ""}
            continue
        state = shot.groups[group]
        bright = not shot.concerned or group in shot.concerned
        groups[group] = {
            "style": state_style(state, sides, bright),
            "status": capitalised(status_text(state, sides, t)),
        }
    return {"groups": groups, "lines": list(shot.lines) if shot else []}


def line_swatch(kind: str) -> str:
    """A short stroke of the legend in a border line's style."""
    style = LINE_STYLES[kind]
    border = "dashed" if style["dashArray"] else "solid"
    return (
        f'<span style="display:inline-block;width:16px;height:0;margin:0 4px 3px 0;'
        f'border-top:3px {border} {style["color"]}"></span>'
    )


def swatch(fill: str, outline: str = "#333", dashed: bool = False) -> str:
    """A small square of the legend."""
    border = f"2px dashed {outline}" if dashed else f"1px solid {outline}"
    return (
        f'<span style="display:inline-block;width:12px;height:12px;margin-right:6px;'
        f'vertical-align:-1px;background:{fill};border:{border}"></span>'
    )


def legend_html(entries: list[tuple[str, str]], label: str = "Map legend") -> str:
    """The legend, shown under the map, from (swatch HTML, label) pairs; labels are escaped here."""
    items = "".join(
        f'<span role="listitem" style="white-space:nowrap">{mark}{html.escape(label)}</span>'
        for mark, label in entries
    )
    style = "display:flex;flex-wrap:wrap;gap:2px 16px;font-size:0.85rem;line-height:1.6"
    return f'<div role="list" aria-label="{html.escape(label)}" style="{style}">{items}</div>'


def group_legend(group_names: dict[str, dict], t: Texts) -> list[tuple[str, str]]:
    """Legend entries of the map coloured by group."""
    entries = [(swatch(GROUP_COLOURS[g]), t.name(group_names[g])) for g in GROUPS]
    return entries + [(swatch(CONTEXT_STYLE["fillColor"]), t._("Other land"))]


def timeline_legend(sides: dict[str, Administrator], t: Texts) -> list[tuple[str, str]]:
    """Legend entries of the map coloured by who administered each group."""
    entries = [(swatch(side.colour), capitalised(side.status)) for side in sides.values()]
    claimant = next(iter(sides.values()))
    claim = swatch("#ffffff", claimant.colour, dashed=True)
    faded = swatch(f"rgba(0,114,178,{FADED_OPACITY})", "#999")
    lines = [(line_swatch(kind), label) for kind, label in line_labels(t).items()]
    return (
        entries
        + [
            (claim, t._("Dashed outline: claimed by Japan")),
            (faded, t._("Faded: not concerned by this milestone")),
            (swatch(CONTEXT_STYLE["fillColor"]), t._("Other land")),
        ]
        + lines
        + [("", t._("(lines are schematic, drawn from the coastline data)"))]
    )


def framing(islands: gpd.GeoDataFrame) -> tuple[float, float, float, float]:
    """The view (west, south, east, north): the four groups, with room for the 1855 line east
    of Etorofu."""
    west, south, east, north = islands.total_bounds
    return (west - 0.1, south - 0.1, east + 0.4, north + 0.2)


def nosappu_marker(context: gpd.GeoDataFrame, t: Texts) -> tuple[float, float, str]:
    """(lat, lon, label) of Cape Nosappu, the point the distances are measured from."""
    row = context.set_index("id").loc["cape-nosappu"]
    names = {k: row.get(f"name_{k}") for k in ("en", "ja", "ja_latn", "ru", "ru_latn")}
    return (row.geometry.y, row.geometry.x, " · ".join([t.name(names), *t.other_names(names)]))


def build_map(
    key: str,
    context: str | None,
    islands: str | None,
    borders: str | None,
    nosappu: tuple[float, float, str] | None,
    bounds: tuple[float, float, float, float] | None,
) -> folium.Map:
    """The map, the same at every step: land, islands and every border line, from prepared
    GeoJSON strings (islands_json, context_json, borders_json; None leaves a layer out).

    No tile layer: the land comes from the project's own coastline data, so the map carries no
    one side's place names, loads nothing from a tile server and reads the same offline. The
    colours, outlines and lines of a moment come from map_state through leaflet.relay_script.
    `nosappu` is (lat, lon, label) of the point distances are measured from.
    """
    fmap = folium.Map(location=[44.2, 146.8], zoom_start=7, tiles=None, control_scale=True)
    if context is not None:
        DataLayer("context", context, CONTEXT_STYLE).add_to(fmap)
    if nosappu is not None:
        lat, lon, label = nosappu
        folium.CircleMarker(
            location=[lat, lon], radius=4, color="#222", fill=True, fill_opacity=1, tooltip=html.escape(label)
        ).add_to(fmap)
    if islands is not None:
        DataLayer("islands", islands, ISLAND_BASE, hover=True).add_to(fmap)
    if borders is not None:
        DataLayer("borders", borders, {}, shown=False).add_to(fmap)
    if bounds is not None:
        west, south, east, north = bounds
        fmap.fit_bounds([[south, west], [north, east]], padding=(10, 10))
    StateHook(key, CREDIT, SEA_COLOUR).add_to(fmap)
    return fmap


def fallback_svg(islands: gpd.GeoDataFrame | None, context: gpd.GeoDataFrame | None) -> str:
    """A plain picture (an <img> of an SVG) of the islands and the land around them, for when the
    map cannot be drawn.

    Only numbers from the geometry go into it (no text from the data); longitudes are shrunk
    by the cosine of 44°N so that the shapes keep their proportions.
    """
    west, south, east, north = 145.0, 43.0, 149.2, 45.8
    scale = 0.72  # cos(44°)

    def path(geom, fill: str) -> str:
        simple = geom.simplify(0.004, preserve_topology=True)
        rings = []
        for polygon in getattr(simple, "geoms", [simple]):
            if polygon.geom_type != "Polygon":
                continue
            points = " ".join(f"{(x - west) * scale:.3f},{north - y:.3f}" for x, y in polygon.exterior.coords)
            rings.append(f"M{points}Z")
        return (
            f'<path d="{"".join(rings)}" fill="{fill}" stroke="#333" stroke-width="0.01"/>' if rings else ""
        )

    parts = []
    box = shapely.box(west, south, east, north)
    if context is not None:
        for geom in context.geometry:
            if geom.geom_type != "Point" and geom.intersects(box):
                parts.append(path(geom.intersection(box), CONTEXT_STYLE["fillColor"]))
    if islands is not None:
        parts += [path(geom, NO_STATE_COLOUR) for geom in islands.geometry]
    width, height = (east - west) * scale, north - south
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:.3f} {height:.3f}">'
        f'<rect width="100%" height="100%" fill="{SEA_COLOUR}"/>{"".join(parts)}</svg>'
    )
    # as an image: st.html keeps <img> with a data URI, while it strips inline <svg>
    encoded = base64.b64encode(svg.encode()).decode()
    return (
        f'<img alt="Outline of the four island groups and the land around them" '
        f'src="data:image/svg+xml;base64,{encoded}" style="width:100%;max-width:480px;display:block">'
    )
