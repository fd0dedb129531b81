"""The map of a moment as a picture to download: an SVG drawn from the same data, snapshot and
colours as the map on the page (dashboard.mapping.map_state), and a PNG of that SVG (cairosvg).

Pure, no Streamlit. The geometry is projected (Web Mercator, as the map) and simplified once
(`PictureBase`); a picture then only colours it and writes its texts, which the template
escapes (Jinja's autoescape), so no text from the data becomes markup.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import textwrap
from dataclasses import dataclass, field

import geopandas as gpd
import jinja2
import shapely

from dashboard.control import Snapshot
from dashboard.i18n import Texts
from dashboard.map_layers import CLAIM_MARGIN_M
from dashboard.mapping import CONTEXT_STYLE, NO_STATE_COLOUR, SEA_COLOUR, line_style, map_state
from dashboard.milestone_text import capitalised, when
from dashboard.models import GROUPS
from dashboard.paths import TEMPLATES
from dashboard.timeline_models import Administrator, Border

WIDTH = 1200  # the SVG's user units (px); the PNG is drawn at PNG_SCALE times that
MAP_HEIGHT = 820  # of the map part; a header and the legend come above and beside it
LEGEND_WIDTH = 330
FOOTER = 48
TITLE_SIZE = 24
LEGEND_SIZE = 14
MARGIN = 0.12  # of the islands' extent, around them
TOLERANCE_M = 120  # simplification of the outlines, in metres (a pixel is about 300 m)
PNG_SCALE = 1.5
# the first family is the one cairosvg draws with (it does not fall back per character), so a
# language's own script comes first; a browser falls back along the list
FONTS = {
    "ja": "'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', sans-serif",
    "en": "'DejaVu Sans', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    "ru": "'DejaVu Sans', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
}
MERCATOR = "EPSG:3857"


@functools.cache
def template() -> jinja2.Template:
    """The SVG's template (dashboard/templates/map.svg.j2), compiled when first used."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    return environment.get_template("map.svg.j2")


def wrap_width(lang: str, pixels: float, size: float = LEGEND_SIZE) -> int:
    """How many characters fit in `pixels` at font `size`: a Japanese character is about as
    wide as the font is high, a Latin or Cyrillic one about half that."""
    return max(8, int(pixels / (size * (1.0 if lang == "ja" else 0.55))))


@dataclass
class Legend:
    """The legend beside the map, laid out top to bottom: headings, rows (a swatch and text
    wrapped to `width` characters) and notes; each item knows its y."""

    width: int
    y: float = 18
    items: list[dict] = field(default_factory=list)

    def heading(self, text: str) -> None:
        if self.items:
            self.y += 16
        self.items.append({"kind": "heading", "y": self.y, "lines": [text]})
        self.y += 12

    def row(
        self, kind: str, text: str, colour: str, pattern: str | None = None, dash: str | None = None
    ) -> None:
        lines = textwrap.wrap(text, self.width) or [""]
        self.items.append(
            {"kind": kind, "y": self.y, "lines": lines, "colour": colour, "pattern": pattern, "dash": dash}
        )
        self.y += max(26, 18 * len(lines) + 8)

    def note(self, text: str) -> None:
        lines = textwrap.wrap(text, int(self.width * 1.2)) or [""]
        self.items.append({"kind": "note", "y": self.y + 4, "lines": lines})
        self.y += 15 * len(lines) + 8


@dataclass(frozen=True)
class PictureBase:
    """The projected, simplified geometry every picture draws: per island its group and path,
    the land around, the border lines by id, and where each group's name goes."""

    islands: tuple[tuple[str, str], ...]  # (group, SVG path)
    context: tuple[str, ...]
    borders: dict[str, str]
    claims: dict[str, str]  # group: an outline around its islands, where a claim is drawn
    labels: dict[str, tuple[float, float]]  # group: (x, y) in the map part


def frame(islands: gpd.GeoDataFrame, margin: float = MARGIN) -> tuple[float, float, float, float, float]:
    """(west, south, east, north) in Mercator metres around the islands with a margin (a share
    of their extent), widened to the map part's proportions, and the scale (px per metre)."""
    west, south, east, north = islands.to_crs(MERCATOR).total_bounds
    pad_x, pad_y = (east - west) * margin, (north - south) * margin
    west, south, east, north = west - pad_x, south - pad_y, east + pad_x, north + pad_y
    width = WIDTH - LEGEND_WIDTH
    scale = min(width / (east - west), MAP_HEIGHT / (north - south))
    extra_x, extra_y = width / scale - (east - west), MAP_HEIGHT / scale - (north - south)
    return west - extra_x / 2, south - extra_y / 2, east + extra_x / 2, north + extra_y / 2, scale


def svg_path(geom, west: float, north: float, scale: float) -> str:
    """An SVG path for a (multi)polygon or (multi)line in Mercator metres: only numbers."""

    def points(coords) -> str:
        return " ".join(f"{(x - west) * scale:.1f},{(north - y) * scale:.1f}" for x, y in coords)

    parts = []
    for part in getattr(geom, "geoms", [geom]):
        if part.is_empty:
            continue
        if part.geom_type == "Polygon":
            parts += [f"M{points(ring.coords)}Z" for ring in (part.exterior, *part.interiors)]
        elif part.geom_type == "LineString":
            parts.append(f"M{points(part.coords)}")
    return "".join(parts)


def picture_base(
    islands: gpd.GeoDataFrame,
    context: gpd.GeoDataFrame | None,
    borders: gpd.GeoDataFrame | None,
    margin: float = MARGIN,
) -> PictureBase:
    """Project, clip and simplify the map's geometry once (a few tenths of a second); `margin`
    is the sea and land shown around the islands, a share of their extent."""
    west, south, east, north, scale = frame(islands, margin)
    box = shapely.box(west, south, east, north)
    projected = islands.to_crs(MERCATOR)
    simple = projected.geometry.simplify(TOLERANCE_M)
    island_paths = tuple(
        (group, svg_path(geom, west, north, scale))
        for group, geom in zip(projected["group"], simple, strict=True)
        if not geom.is_empty
    )
    labels, claims = {}, {}
    for group in GROUPS:
        members = projected[projected["group"] == group]
        if members.empty:
            continue
        largest = members.geometry.iloc[members.geometry.area.argmax()]
        point = largest.point_on_surface()
        labels[group] = ((point.x - west) * scale, (north - point.y) * scale)
        # as on the map (dashboard.map_layers.claims_json); Mercator stretches a metre by 1/cos(lat)
        stretch = 1 / math.cos(math.radians(islands.geometry.union_all().centroid.y))
        hull = shapely.union_all(members.geometry.values).convex_hull.buffer(
            CLAIM_MARGIN_M * stretch, quad_segs=4
        )
        claims[group] = svg_path(hull.simplify(TOLERANCE_M), west, north, scale)
    context_paths = ()
    if context is not None:
        land = context[context.geometry.geom_type != "Point"].to_crs(MERCATOR)
        clipped = land.geometry.intersection(box).simplify(TOLERANCE_M * 2)
        context_paths = tuple(svg_path(g, west, north, scale) for g in clipped if not g.is_empty)
    border_paths = {}
    if borders is not None:
        lines = borders.to_crs(MERCATOR)
        for line_id, geom in zip(lines["id"], lines.geometry.intersection(box), strict=True):
            if not geom.is_empty:
                border_paths[line_id] = svg_path(geom.simplify(TOLERANCE_M), west, north, scale)
    return PictureBase(island_paths, context_paths, border_paths, claims, labels)


def dash(style: dict) -> str | None:
    """An SVG stroke-dasharray from a Leaflet dashArray ("9 5"), scaled for the picture."""
    pattern = style.get("dashArray")
    return " ".join(str(float(n) * 1.5) for n in pattern.split()) if pattern else None


def map_svg(
    base: PictureBase,
    shot: Snapshot,
    sides: dict[str, Administrator],
    borders: dict[str, Border],
    group_names: dict[str, str],
    t: Texts,
    title: str,
    footer: str,
) -> str:
    """The SVG of the map at `shot`: the islands in their administrators' colours (faded where
    the milestone does not concern them), the claims, the lines in force, the names, a legend,
    the milestone as a heading and `footer` (credit, data version, address) at the bottom."""
    state = map_state(shot, sides, t)
    fills = {}
    for group, look in state["groups"].items():
        style = look["style"]
        fills[group] = {
            "colour": style["fillColor"],
            "opacity": style["fillOpacity"],
            "stroke": style["color"],
            "pattern": f"pattern-{look['pattern']}-{style['fillColor'][1:]}" if look["pattern"] else None,
            "claim": look["claim"],
        }
    patterns = sorted(
        {
            (fills[g]["pattern"], fills[g]["colour"], look["pattern"])
            for g, look in state["groups"].items()
            if look["pattern"]
        }
    )
    lines = []
    for line_id in state["lines"]:
        if line_id in base.borders and line_id in borders:
            style = line_style(borders[line_id], sides)
            lines.append({"path": base.borders[line_id], "colour": style["color"], "dash": dash(style)})
    legend = Legend(wrap_width(t.code, LEGEND_WIDTH - 48))
    legend.heading(t._("Administered by"))
    seen = set()
    for group in GROUPS:
        side_id = shot.groups[group].administered_by
        if side_id in seen:
            continue
        seen.add(side_id)
        side = sides.get(side_id) if side_id else None
        text = capitalised(side.status) if side else capitalised(t._("no state administration on record"))
        legend.row(
            "fill", text, colour=side.colour if side else NO_STATE_COLOUR, pattern=fills[group]["pattern"]
        )
    if shot.concerned and len(shot.concerned) < len(GROUPS):
        legend.note(t._("Faded: the milestone does not concern the group."))
    claims = [c for c in dict.fromkeys(c for g in GROUPS for c in shot.groups[g].claimed_by) if c in sides]
    if claims:
        legend.heading(t._("Claims"))
        for c in claims:
            legend.row(
                "claim", t._("Claimed by {claimant}", claimant=sides[c].claimant), colour=sides[c].colour
            )
    shown = [line for line in state["lines"] if line in borders]
    if shown:
        legend.heading(t._("Lines (schematic)"))
        for line in shown:
            style = line_style(borders[line], sides)
            legend.row(
                "line", borders[line].label or borders[line].name, colour=style["color"], dash=dash(style)
            )
    title_lines = textwrap.wrap(title, wrap_width(t.code, WIDTH - 32, TITLE_SIZE)) or [""]
    header = 40 + TITLE_SIZE * 1.3 * len(title_lines) + 28
    return template().render(
        width=WIDTH,
        height=header + MAP_HEIGHT + FOOTER,
        header=header,
        map_width=WIDTH - LEGEND_WIDTH,
        map_height=MAP_HEIGHT,
        footer_y=header + MAP_HEIGHT,
        legend_x=WIDTH - LEGEND_WIDTH + 16,
        sea=SEA_COLOUR,
        land=CONTEXT_STYLE["fillColor"],
        land_stroke=CONTEXT_STYLE["color"],
        context=base.context,
        islands=[{"path": path, **fills[group]} for group, path in base.islands],
        claims=[
            {"path": base.claims[g], "colour": fills[g]["claim"]}
            for g in GROUPS
            if fills[g]["claim"] and g in base.claims
        ],
        lines=lines,
        labels=[
            {"x": x, "y": y, "text": group_names[g]} for g, (x, y) in base.labels.items() if g in group_names
        ],
        patterns=patterns,
        legend=legend.items,
        title_lines=title_lines,
        title_size=TITLE_SIZE,
        subtitle=capitalised(when(shot.milestone, t)),
        footer=footer,
        lang=t.code,
        fonts=FONTS.get(t.code, FONTS["en"]),
    )


@functools.cache
def png_available() -> bool:
    """Whether the PNG can be drawn here (cairosvg needs the cairo library: libcairo2)."""
    try:
        import cairosvg  # noqa: F401
    except (ImportError, OSError):
        return False
    return True


def png(svg: str) -> bytes:
    """The SVG drawn as a PNG (cairosvg, with the fonts of the server: Noto CJK for Japanese)."""
    import cairosvg  # imported when a reader asks for a PNG: it loads the cairo library

    return cairosvg.svg2png(bytestring=svg.encode("utf-8"), scale=PNG_SCALE)


def file_stem(milestone_id: str, lang: str, day: dt.date) -> str:
    """A file name for the picture of a milestone: islands-<milestone>-<lang>-<today>."""
    return f"islands-{milestone_id}-{lang}-{day.isoformat()}"
