"""The map's own Leaflet elements: layers from pre-serialised GeoJSON, and the state hook.

Why not folium.GeoJson: the map must be the same script at every step (so the browser keeps it)
and cheap to build on every rerun. Here the GeoJSON is serialised once (cached by the caller) and
only inserted into the map's HTML; a step then sends a small state (colours, outlines, lines in
force) that the page hands to `window.__applyIslandState` inside the map's frame
(dashboard.map_widget), instead of sending the islands again. Tooltips are built from text
nodes, so no text from the data is ever read as HTML. The JavaScript is in
dashboard/templates/, as folium keeps its own elements' JavaScript in Jinja templates.
"""

from __future__ import annotations

import json

import geopandas as gpd
import shapely
from branca.element import Element, MacroElement, Template

from dashboard.paths import TEMPLATES

STATE_GLOBAL = "__islandStates"  # in the Streamlit page: {map key: state}


def template(name: str) -> Template:
    """A template of dashboard/templates/."""
    return Template((TEMPLATES / name).read_text(encoding="utf-8"))


def style(name: str) -> str:
    """A style sheet of dashboard/templates/ as a <style> element. Elements put theirs into the
    map's HTML as RawHtml: branca compiles the output of an html macro as a new template on
    every rendering, tens of milliseconds per step."""
    return "<style>" + (TEMPLATES / name).read_text(encoding="utf-8") + "</style>"


def safe_json(value) -> str:
    """JSON that can sit inside an HTML <script>: no '<', '>' or '&' left to end it early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def feature_collection(frame: gpd.GeoDataFrame, columns: list[str], decimals: int, tolerance: float) -> str:
    """The frame as a GeoJSON string for the map: simplified, rounded, only `columns` kept.
    (GEOS writes the geometries; a row's properties go through safe_json.)"""
    geoms = shapely.simplify(frame.geometry.values, tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms, 10.0**-decimals)
    features = [
        f'{{"type":"Feature","properties":{safe_json(properties)},"geometry":{geometry}}}'
        for properties, geometry in zip(
            frame[columns].to_dict("records"), shapely.to_geojson(geoms), strict=True
        )
    ]
    return '{"type":"FeatureCollection","features":[' + ",".join(features) + "]}"


class OwnElement(MacroElement):
    """A MacroElement whose script goes into the map as it is rendered. (branca wraps a macro's
    output in a new Element, which compiles it as a Jinja template: several milliseconds per
    element, on every rerun.)"""

    def render(self, **kwargs):
        figure = self.get_root()
        script = self._template.module.__dict__.get("script")
        if script is not None:
            figure.script.add_child(RawHtml(str(script(self, kwargs))), name=self.get_name())
        for element in self._children.values():
            element.render(**kwargs)


class DataLayer(OwnElement):
    """A GeoJSON layer built in the browser from a prepared string, kept in window.__layers[name].

    Each feature's `tip` property (a list of lines) and, once a state is applied, its `status`
    make its tooltip. With `hover`, the outline thickens under the pointer. The data travels in
    the map's HTML as an inert JSON block, not in its script: streamlit-folium runs regular
    expressions over the script on every rerun, which would cost tens of milliseconds.
    """

    _template = template("data_layer.js.j2")

    def __init__(self, name: str, data_json: str, style: dict, shown: bool = True, hover: bool = False):
        super().__init__()
        self._name = "DataLayer"
        self.layer_name, self.data_json, self.shown, self.hover = name, data_json, shown, hover
        self.style_json = safe_json(style)

    def render(self, **kwargs):
        """Also put the data in the map's HTML, as it is (see RawHtml)."""
        block = f'<script type="application/json" id="layer-{self.layer_name}">{self.data_json}</script>'
        self.get_root().html.add_child(RawHtml(block), name=f"data_{self.layer_name}")
        super().render(**kwargs)


class RawHtml(Element):
    """HTML that is inserted as it is: wrapping it in a Jinja template, as branca does with the
    output of an html macro, would compile a template of the size of the data on every rerun."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class StateHook(OwnElement):
    """Defines window.__applyIslandState in the map's frame and applies the state already waiting.

    A state is {"groups": {group: {"style": {...}, "status": text}}, "lines": [border ids]}; the
    page keeps one per map key in window.parent.__islandStates. A state's "view" ([lat, lng,
    zoom], from a link) is where the map opens; with `report_view` the map reports its view to
    the page once the reader has moved it (dashboard.map_widget, contract point 4).
    """

    _template = template("state_hook.js.j2")
    _style = style("map.css")

    def render(self, **kwargs):
        self.get_root().html.add_child(RawHtml(self._style), name="map_style")
        super().render(**kwargs)

    def __init__(
        self,
        key: str,
        credit: str,
        sea: str,
        bounds: tuple[float, float, float, float] | None = None,
        lang: str = "en",
        report_view: bool = False,
    ):
        super().__init__()
        self._name = "StateHook"
        self.key, self.credit, self.sea, self.lang = key, credit, sea, lang
        self.report_view = report_view
        self.state_global = STATE_GLOBAL
        west, south, east, north = bounds or (None, None, None, None)
        self.bounds_json = safe_json([[south, west], [north, east]] if bounds else None)


class LabelLayer(OwnElement):
    """The names written on the map, from a prepared JSON list (dashboard.map_layers.map_labels),
    placed so that none overlaps another (window.__placeLabels in the map's frame)."""

    _template = template("labels.js.j2")
    _style = style("labels.css")

    def __init__(self, labels_json: str):
        super().__init__()
        self._name = "LabelLayer"
        self.labels_json = labels_json

    def render(self, **kwargs):
        block = f'{self._style}<script type="application/json" id="map-labels">{self.labels_json}</script>'
        self.get_root().html.add_child(RawHtml(block), name="data_map_labels")
        super().render(**kwargs)


class LegendControl(OwnElement):
    """The legend as a control on the map, from HTML that dashboard.legend made and escaped."""

    _template = template("legend.js.j2")
    _style = style("legend.css")

    def __init__(self, legend_html: str, title: str):
        super().__init__()
        self._name = "LegendControl"
        self.legend_html, self.title = legend_html, title

    def render(self, **kwargs):
        block = f'{self._style}<template id="map-legend">{self.legend_html}</template>'
        self.get_root().html.add_child(RawHtml(block), name="data_map_legend")
        super().render(**kwargs)


class MapLink(OwnElement):
    """Links the views of the maps of a page that share `group`: zooming or panning one moves the
    others (window.__followView in each map's frame, called through the page)."""

    _template = template("map_link.js.j2")

    def __init__(self, group: str):
        super().__init__()
        self._name = "MapLink"
        self.group = group
