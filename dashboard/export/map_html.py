"""The app's own map, rendered for a page of the static edition (pure, no Streamlit).

The map is `mapping.build_map` from the prepared layers, exactly as the app builds it, so that
its elements (the layers, the names, the legend, the state hook) run the same JavaScript from
dashboard/templates. Only folium's page frame is left out: its <head> loads Leaflet from a public
CDN and styles the whole document for a map alone; the static page brings its own Leaflet and
style sheet and takes the map's body and script.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import folium
from markupsafe import Markup

from dashboard import mapping
from dashboard.leaflet import safe_json

KEY = "static"  # the map's key: its state is window.__islandStates[KEY]


@dataclass(frozen=True)
class MapParts:
    """The map's HTML (its element and inert data blocks) and its script, both made by folium
    and the project's templates from prepared, escaped layers."""

    html: Markup
    script: Markup


def number_elements(element, counter: list[int] | None = None) -> None:
    """Give every element of the map a stable id (folium draws random ones), so that the same
    data exports the same bytes."""
    counter = counter if counter is not None else [0]
    element._id = str(counter[0])
    counter[0] += 1
    for child in element._children.values():
        number_elements(child, counter)


def map_parts(layers: dict) -> MapParts:
    """The map of `layers` (store.cached_map_layers of one language) as HTML and script."""
    fmap: folium.Map = mapping.build_map(KEY, **layers)
    number_elements(fmap)
    figure = fmap.get_root()
    for child in figure._children.values():
        child.render()  # the elements put their parts into the figure's header, body and script
    # The figure's header holds only folium's frame (CDN links, a viewport that forbids zooming
    # the page, a full-window map): nothing of ours goes there.
    return MapParts(html=Markup(figure.html.render()), script=Markup(figure.script.render()))


GEOMETRY_LAYERS = ("context", "islands", "claims", "borders")  # the prepared layers with outlines
GEOMETRY_GLOBAL = "__staticGeometry"  # set by geometry.js: {layer: [geometry per feature]}


def split_geometry(layers: dict) -> tuple[dict, dict[str, list]]:
    """The prepared layers with every feature's geometry taken out (null), and the geometries
    by layer: the outlines are the same in every language, so the pages share one file of them
    and each keeps only its own names and tooltips. The page puts them back before the map's
    script reads its layers (page.js), which then draws exactly the prepared layers."""
    stripped, geometry = dict(layers), {}
    for name in GEOMETRY_LAYERS:
        if layers.get(name) is None:
            continue
        collection = json.loads(layers[name])
        geometry[name] = [feature["geometry"] for feature in collection["features"]]
        for feature in collection["features"]:
            feature["geometry"] = None
        stripped[name] = safe_json(collection)
    return stripped, geometry


def geometry_script(geometry: dict[str, list]) -> bytes:
    """geometry.js: the shared outlines, as a JSON literal (no text in it, only numbers)."""
    return f"window.{GEOMETRY_GLOBAL} = {safe_json(geometry)};\n".encode()
