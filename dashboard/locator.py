"""The Islands page's locator: a small picture of the four island groups, each in its own colour
(the colours of the map without a moment, dashboard.mapping.GROUP_COLOURS, which the page's charts
use too) and named, on the land around them (pure, no Streamlit).

It reuses the projected, simplified geometry of the downloadable pictures
(dashboard.picture.PictureBase), so it costs one template render per language; the template
escapes every text (Jinja's autoescape), and the picture goes on the page as an <img> whose
`alt` is escaped too, so no text from the data becomes markup.
"""

from __future__ import annotations

import base64
import functools
import html
from dataclasses import dataclass

import geopandas as gpd
import jinja2
import shapely

from dashboard.i18n import Texts
from dashboard.map_layers import names_of
from dashboard.mapping import CONTEXT_STYLE, GROUP_COLOURS, SEA_COLOUR
from dashboard.models import GROUPS
from dashboard.paths import TEMPLATES
from dashboard.picture import (
    FONTS,
    LEGEND_WIDTH,
    MAP_HEIGHT,
    MERCATOR,
    WIDTH,
    PictureBase,
    frame,
    picture_base,
)

MARGIN = 0.3  # the sea and land shown around the islands, a share of their extent
FONT_SIZE = 34  # in the picture's units: about 15 px when the picture is 400 px wide
# where each group's name goes against the point inside its largest island (dashboard.picture's
# label point), in the picture's units, and which end of the text sits there: on the sea beside
# the islands, so that the names hide none of the colours and none overlaps another
PLACES = {
    "etorofu": (30, 105, "start"),  # the Pacific, south-east of the island
    "kunashiri": (-40, -190, "middle"),  # the Sea of Okhotsk, north-west of the island
    "shikotan": (70, 20, "start"),  # the Pacific, east of Shikotan
    "habomai": (0, 85, "middle"),  # the Pacific, under the islets
}


@dataclass(frozen=True)
class Label:
    """A name written on the locator: text, its anchor point and which end of it sits there."""

    text: str
    x: float
    y: float
    anchor: str
    colour: str | None = None  # a group's colour for its swatch; None for the land's names


@functools.cache
def template() -> jinja2.Template:
    """The locator's template (dashboard/templates/locator.svg.j2), compiled when first used."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, trim_blocks=True, lstrip_blocks=True
    )
    return environment.get_template("locator.svg.j2")


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """About how wide `text` is drawn in bold at `size`: a Japanese character as wide as the
    font is high, a Latin or Cyrillic one about two thirds of that (generously)."""
    return sum(size if ord(c) > 0x2E80 else size * 0.68 for c in text)


def fitted(label: Label, width: float, size: float = FONT_SIZE) -> Label:
    """The label moved sideways so that all of it lies inside the picture's `width`."""
    wide = text_width(label.text, size)
    left = {"start": label.x, "middle": label.x - wide / 2, "end": label.x - wide}[label.anchor]
    shift = max(0.0, 8 - left) - max(0.0, left + wide - (width - 8))
    return Label(label.text, label.x + shift, label.y, label.anchor, label.colour)


def group_labels(base: PictureBase, group_names: dict[str, str]) -> list[Label]:
    """The four groups' names beside their islands, each inside the picture."""
    width = WIDTH - LEGEND_WIDTH
    labels = []
    for group in GROUPS:
        if group not in base.labels or group not in group_names:
            continue
        x, y = base.labels[group]
        dx, dy, anchor = PLACES[group]
        label = Label(group_names[group], float(x + dx), float(y + dy), anchor, GROUP_COLOURS[group])
        labels.append(fitted(label, width))
    return labels


def locator_base(islands: gpd.GeoDataFrame, context: gpd.GeoDataFrame | None) -> PictureBase:
    """The locator's geometry: the pictures' (dashboard.picture), with more land around."""
    return picture_base(islands, context, None, MARGIN)


def land_points(islands: gpd.GeoDataFrame, context: gpd.GeoDataFrame, ids: tuple[str, ...]) -> dict:
    """{context id: (x, y)}: a point inside each named piece of land as far as the locator
    shows it (in the picture's units), for its name; land the locator does not show is left out."""
    west, south, east, north, scale = frame(islands, MARGIN)
    box = shapely.box(west, south, east, north)
    land = context[context["id"].isin(ids)].to_crs(MERCATOR)
    points = {}
    for row_id, geom in zip(land["id"], land.geometry.intersection(box), strict=True):
        if geom.is_empty or geom.area == 0:
            continue
        largest = max(getattr(geom, "geoms", [geom]), key=lambda g: g.area)
        point = largest.point_on_surface()
        points[row_id] = ((point.x - west) * scale, (north - point.y) * scale)
    return points


def locator_svg(base: PictureBase, labels: list[Label], lang: str) -> str:
    """The locator as an SVG: the sea, the land around, the islands in their groups' colours,
    and `labels` (group names with a swatch in the group's colour, land names in grey)."""
    return template().render(
        width=WIDTH - LEGEND_WIDTH,
        height=MAP_HEIGHT,
        sea=SEA_COLOUR,
        land=CONTEXT_STYLE["fillColor"],
        land_stroke=CONTEXT_STYLE["color"],
        context=base.context,
        islands=[{"path": path, "colour": GROUP_COLOURS[group]} for group, path in base.islands],
        labels=labels,
        size=FONT_SIZE,
        lang=lang,
        fonts=FONTS.get(lang, FONTS["en"]),
    )


def locator_html(svg: str, alt: str) -> str:
    """The locator as an <img> (st.html keeps an <img> with a data URI, while it strips inline
    <svg>), with `alt` (text, escaped here) for screen readers."""
    encoded = base64.b64encode(svg.encode("utf-8")).decode()
    return (
        f'<img class="islands-locator" alt="{html.escape(alt)}" role="img" '
        f'src="data:image/svg+xml;base64,{encoded}">'
    )


def build_locator(
    base: PictureBase,
    islands: gpd.GeoDataFrame,
    context: gpd.GeoDataFrame | None,
    group_names: dict[str, dict],
    t: Texts,
) -> str:
    """The locator in a language, as an <img>: the groups named beside their islands, Hokkaido
    named on its land, and a description of the picture for screen readers."""
    names = {g: t.name(n) for g, n in group_names.items()}
    labels = group_labels(base, names)
    if context is not None:
        rows = context.set_index("id")
        for place, (x, y) in land_points(islands, context, ("hokkaido",)).items():
            text = t.name(names_of(rows.loc[place]))
            labels.append(
                fitted(Label(text, float(x), float(y), "middle"), WIDTH - LEGEND_WIDTH, FONT_SIZE * 0.85)
            )
    alt = t._(
        "Locator map: {names}, each in its own colour, north-east of Hokkaido.",
        names=", ".join(names[g] for g in GROUPS if g in names),
    )
    return locator_html(locator_svg(base, labels, t.code), alt)
