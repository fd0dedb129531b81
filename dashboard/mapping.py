"""Build the folium map of the islands and the states it shows. Builders never render."""

from __future__ import annotations

import base64
import html

import folium
import geopandas as gpd
import shapely

from dashboard.control import GroupState, Snapshot
from dashboard.i18n import N_, Texts
from dashboard.leaflet import DataLayer, LabelLayer, LegendControl, MapLink, StateHook
from dashboard.milestone_text import capitalised, status_text
from dashboard.models import GROUPS
from dashboard.timeline_models import Administrator, Border

# Okabe-Ito palette: distinguishable with the common forms of colour blindness
GROUP_COLOURS = {
    "etorofu": "#0072B2",
    "kunashiri": "#E69F00",
    "shikotan": "#009E73",
    "habomai": "#CC79A7",
}
CONTEXT_STYLE = {"fillColor": "#b8b8b8", "color": "#8a8a8a", "weight": 0.8, "fillOpacity": 0.55}
SEA_COLOUR = "#dce9f2"
CREDIT = N_("Coastlines: GSHHG, Wessel & Smith (LGPL-3.0)")
ISLAND_BASE = {"fillColor": "#999999", "fillOpacity": 0.6, "color": "#333333", "weight": 0.8}
CLAIM_STYLE = {"fill": False, "weight": 2, "dashArray": "6 5", "opacity": 0.95, "interactive": False}
MAP_HEIGHT = 560  # px; the page's style sheet makes the landing page's map follow the viewport
NO_STATE_COLOUR = "#999999"
FADED_OPACITY = 0.3
LINE_STYLES = {
    "treaty border": {"color": "#111111", "weight": 3, "dashArray": None},
    "line of control": {"color": "#5c3566", "weight": 3, "dashArray": "9 5"},
    "claimed boundary": {"color": "#555555", "weight": 3, "dashArray": "3 5"},
}


class IslandMap(folium.Map):
    """folium's map with only what it uses: Leaflet's script and style sheet. (folium adds
    jQuery, Bootstrap, Font Awesome and awesome-markers from three more CDN hosts; nothing on
    this map uses them, and if any of them fails to arrive the map is not drawn.)"""

    default_js = [(name, url) for name, url in folium.Map.default_js if name == "leaflet"]
    default_css = [(name, url) for name, url in folium.Map.default_css if name == "leaflet_css"]


def line_style(border: Border, sides: dict[str, Administrator]) -> dict:
    """A border line's style: by its kind; a claimed boundary in its claimant's colour."""
    style = dict(LINE_STYLES[border.kind])
    if border.claimed_by in sides:
        style["color"] = sides[border.claimed_by].colour
    return style


def group_style(group: str) -> dict:
    """Each group in its own colour (the map without a timeline)."""
    colour = GROUP_COLOURS[group]
    return {"fillColor": colour, "color": colour, "weight": 1, "fillOpacity": 0.75}


def state_style(state: GroupState, sides: dict[str, Administrator], bright: bool) -> dict:
    """Filled by who administers the group, faded when the milestone does not concern it."""
    side = sides.get(state.administered_by) if state.administered_by else None
    return {
        "fillColor": side.colour if side else NO_STATE_COLOUR,
        "fillOpacity": 0.85 if bright else FADED_OPACITY,
        "color": "#333333",
        "weight": 0.8,
    }


def map_state(shot: Snapshot | None, sides: dict[str, Administrator], t: Texts) -> dict:
    """What the map shows at one moment: per group a style, a pattern, the colour of the side
    that claims it and a status line; the lines drawn; the lines to bring into view.

    Without a snapshot (no timeline) each group is drawn in its own colour.
    """
    groups = {}
    for group in GROUPS:
        if shot is None:
            groups[group] = {"style": group_style(group), "status": "", "pattern": None, "claim": None}
            continue
        state = shot.groups[group]
        bright = not shot.concerned or group in shot.concerned
        side = sides.get(state.administered_by) if state.administered_by else None
        groups[group] = {
            "style": state_style(state, sides, bright),
            "pattern": side.pattern if side and side.pattern != "solid" else None,
            "claim": sides[state.claimed_by[0]].colour if state.claimed_by else None,
            "status": capitalised(status_text(state, sides, t)),
        }
    return {
        "groups": groups,
        "lines": list(shot.lines) if shot else [],
        "focus": list(shot.focus) if shot else [],
    }


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
    claims: str | None = None,
    labels: str | None = None,
    legend: str | None = None,
    legend_title: str = "Legend",
    credit: str = CREDIT,
    lang: str = "en",
    link: str | None = None,
    report_view: bool = False,
) -> folium.Map:
    """The map, the same at every step: land, islands, claim outlines, every border line, the
    names and the legend, from prepared strings (dashboard.map_layers, dashboard.legend; None
    leaves a part out).

    No tile layer: the land comes from the project's own coastline data, so the map carries no
    one side's place names, loads nothing from a tile server and reads the same offline. The
    colours, outlines and lines of a moment come from map_state through dashboard.map_widget.
    `nosappu` is (lat, lon, label) of the point distances are measured from; the map frames
    `bounds` (west, south, east, north) when it opens (dashboard.leaflet.StateHook); with
    `report_view`, the map reports its centre and zoom to the page once the reader has moved it
    (dashboard.map_widget.reported_view). Maps of a page built with the same `link` move
    together (dashboard.leaflet.MapLink).
    """
    # quarter zoom steps, so that the islands fill a narrow frame too
    fmap = IslandMap(location=[44.2, 146.8], zoom_start=7, tiles=None, zoom_snap=0.25, zoom_delta=0.5)
    if context is not None:
        DataLayer("context", context, CONTEXT_STYLE).add_to(fmap)
    if nosappu is not None:
        lat, lon, label = nosappu
        folium.CircleMarker(
            location=[lat, lon], radius=4, color="#222", fill=True, fill_opacity=1, tooltip=html_text(label)
        ).add_to(fmap)
    if islands is not None:
        DataLayer("islands", islands, ISLAND_BASE, hover=True).add_to(fmap)
    if claims is not None:
        DataLayer("claims", claims, CLAIM_STYLE, shown=False).add_to(fmap)
    if borders is not None:
        DataLayer("borders", borders, {}, shown=False).add_to(fmap)
    if labels is not None:
        LabelLayer(labels).add_to(fmap)
    if legend is not None:
        LegendControl(legend, legend_title).add_to(fmap)
    StateHook(key, html.escape(credit), SEA_COLOUR, bounds, lang, report_view).add_to(
        fmap
    )  # Leaflet reads credits as HTML
    if link is not None:
        MapLink(link).add_to(fmap)
    return fmap


def html_text(text: str) -> str:
    """Text for a folium tooltip, which Leaflet reads as HTML."""
    return html.escape(text)


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
