"""The map's own Leaflet elements: layers from pre-serialised GeoJSON, and the state hook.

Why not folium.GeoJson: the map must be the same script at every step (so the browser keeps it)
and cheap to build on every rerun. Here the GeoJSON is serialised once (cached by the caller) and
only inserted into the script; a step then sends a small state (colours, outlines, lines in
force) that the page hands to `window.__applyIslandState` inside the map's frame (see
relay_script), instead of sending the islands again. Tooltips are built from text nodes, so no
text from the data is ever read as HTML.
"""

from __future__ import annotations

import json

import geopandas as gpd
import shapely
from branca.element import Element, MacroElement, Template

STATE_GLOBAL = "__islandStates"  # in the Streamlit page: {map key: state}
MAP_TITLE = "streamlit_folium.st_folium"  # the title of st_folium's iframe


def safe_json(value) -> str:
    """JSON that can sit inside an HTML <script>: no '<', '>' or '&' left to end it early."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def feature_collection(frame: gpd.GeoDataFrame, columns: list[str], decimals: int, tolerance: float) -> str:
    """The frame as a GeoJSON string for the map: simplified, rounded, only `columns` kept."""
    geoms = shapely.simplify(frame.geometry.values, tolerance, preserve_topology=True)
    geoms = shapely.set_precision(geoms, 10.0**-decimals)
    features = []
    for geom, (_, row) in zip(geoms, frame.iterrows(), strict=True):
        properties = {column: row[column] for column in columns}
        features.append(
            {"type": "Feature", "properties": properties, "geometry": shapely.geometry.mapping(geom)}
        )
    return safe_json({"type": "FeatureCollection", "features": features})


class DataLayer(MacroElement):
    """A GeoJSON layer built in the browser from a prepared string, kept in window.__layers[name].

    Each feature's `tip` property (a list of lines) and, once a state is applied, its `status`
    make its tooltip. With `hover`, the outline thickens under the pointer. The data travels in
    the map's HTML as an inert JSON block, not in its script: streamlit-folium runs regular
    expressions over the script on every rerun, which would cost tens of milliseconds.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        (function (map) {
          const layers = window.__layers = window.__layers || {};
          const data = JSON.parse(document.getElementById("layer-{{ this.layer_name }}").textContent);
          const base = {{ this.style_json }};
          function rest(sub) { return sub._restStyle || sub.feature.properties.style || base; }
          function tip(layer) {
            const box = document.createElement("div");
            const p = layer.feature.properties;
            (p.tip || []).concat(p.status ? [p.status] : []).forEach(function (line) {
              if (!line) return;
              const row = document.createElement("div");
              row.textContent = line;
              box.appendChild(row);
            });
            return box;
          }
          const layer = L.geoJson(data, {
            style: function (feature) { return feature.properties.style || base; },
            onEachFeature: function (feature, sub) {
              sub.bindTooltip(tip, {sticky: true});
              {% if this.hover %}
              sub.on("mouseover", function () { sub.setStyle({weight: 3}); });
              sub.on("mouseout", function () { sub.setStyle(rest(sub)); });
              {% endif %}
            }
          });
          layers[{{ this.layer_name|tojson }}] = layer;
          {% if this.shown %}layer.addTo(map);{% endif %}
        })({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

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


class StateHook(MacroElement):
    """Defines window.__applyIslandState in the map's frame and applies the state already waiting.

    A state is {"groups": {group: {"style": {...}, "status": text}}, "lines": [border ids]}; the
    page keeps one per map key in window.parent.__islandStates.
    """

    _template = Template(
        """
        {% macro html(this, kwargs) %}
        <style>
          /* no focus box around an island clicked with the mouse; keyboard focus still shows */
          path.leaflet-interactive:focus:not(:focus-visible) { outline: none; }
          /* on a narrow map the credit wraps beside the scale bar instead of running over it */
          .leaflet-control-attribution { max-width: calc(100vw - 110px); }
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function (map, key) {
          map.attributionControl.addAttribution({{ this.credit|tojson }});
          map.getContainer().style.background = {{ this.sea|tojson }};
          window.__applyIslandState = function (states) {
            const state = states && states[key];
            const layers = window.__layers || {};
            if (!state) return;
            if (layers.islands) layers.islands.eachLayer(function (sub) {
              const group = state.groups[sub.feature.properties.group];
              if (!group) return;
              sub._restStyle = group.style;
              sub.setStyle(group.style);
              sub.feature.properties.status = group.status;
            });
            if (layers.borders) layers.borders.eachLayer(function (sub) {
              const on = state.lines.indexOf(sub.feature.properties.id) >= 0;
              if (on && !map.hasLayer(sub)) map.addLayer(sub);
              if (!on && map.hasLayer(sub)) map.removeLayer(sub);
            });
          };
          let waiting = null;
          try { waiting = window.parent[{{ this.state_global|tojson }}]; } catch (e) { waiting = null; }
          window.__applyIslandState(waiting);
        })({{ this._parent.get_name() }}, {{ this.key|tojson }});
        {% endmacro %}
        """
    )

    def __init__(self, key: str, credit: str, sea: str):
        super().__init__()
        self._name = "StateHook"
        self.key, self.credit, self.sea = key, credit, sea
        self.state_global = STATE_GLOBAL


def relay_script(states: dict[str, dict]) -> str:
    """A <script> for the Streamlit page: store the maps' states and apply them in each map frame."""
    return (
        "<script>(function () {"
        f"const all = window.{STATE_GLOBAL} = window.{STATE_GLOBAL} || {{}};"
        f"Object.assign(all, {safe_json(states)});"
        f"document.querySelectorAll('iframe[title=\"{MAP_TITLE}\"]').forEach(function (frame) {{"
        "try { if (frame.contentWindow.__applyIslandState) frame.contentWindow.__applyIslandState(all); }"
        "catch (e) { /* a frame still loading picks the state up itself */ }"
        "});"
        "})();</script>"
    )


MISSING_MAP = (
    "The map could not be drawn: its drawing library (Leaflet, loaded from a public CDN) did not "
    "arrive. The table under the map gives the same information in words."
)


def watchdog_html(key: str, picture: str = "", seconds: int = 12) -> str:
    """A notice, hidden unless no map on the page has drawn itself after `seconds` (a CDN that
    is down or blocked leaves the map's frame empty, not an error), with `picture` (an SVG the
    project makes) to show the islands all the same."""
    notice_id = f"map-missing-{key}"
    return (
        f'<div id="{notice_id}" role="status" hidden style="padding:8px 12px;border-radius:6px;'
        f'background:#fff4e5;color:#5a3d00">{MISSING_MAP}{picture}</div>'
        "<script>(function () {"
        f"setTimeout(function () {{"
        f"const notice = document.getElementById({safe_json(notice_id)});"
        f"const frames = document.querySelectorAll('iframe[title=\"{MAP_TITLE}\"]');"
        "const drawn = [...frames].some(function (frame) {"
        "try { return !!frame.contentWindow.L && frame.getBoundingClientRect().height > 0; }"
        "catch (e) { return false; } });"
        "if (notice) notice.hidden = drawn;"
        f"}}, {seconds * 1000});"
        "})();</script>"
    )
