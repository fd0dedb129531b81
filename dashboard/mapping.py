"""Build the folium map of the islands. Builders return folium objects; they never render."""

from __future__ import annotations

import html

import folium
import geopandas as gpd
from branca.element import MacroElement, Template

from dashboard.models import GROUPS

# Okabe-Ito palette: distinguishable with the common forms of colour blindness
GROUP_COLOURS = {
    "etorofu": "#0072B2",
    "kunashiri": "#E69F00",
    "shikotan": "#009E73",
    "habomai": "#CC79A7",
}
CONTEXT_STYLE = {"fillColor": "#b8b8b8", "color": "#8a8a8a", "weight": 0.8, "fillOpacity": 0.55}
SEA_COLOUR = "#dce9f2"
CREDIT = "Coastlines: GSHHG, Wessel &amp; Smith (LGPL-3.0)"
MAP_HEIGHT = 560


def name_lines(row, group_names: dict[str, dict]) -> tuple[str, str, str]:
    """English, Japanese and Russian lines for a tooltip; unnamed islets borrow their group's names."""
    if isinstance(row.get("name_en"), str):
        names = {k: row.get(f"name_{k}") for k in ("en", "ja", "ja_latn", "ru", "ru_latn")}
        english = names["en"]
    else:
        names = group_names[row["group"]]
        english = f"Unnamed islet, {names['en']}"
    japanese = f"{names['ja']} ({names['ja_latn']})" if isinstance(names.get("ja"), str) else ""
    russian = f"{names['ru']} ({names['ru_latn']})" if isinstance(names.get("ru"), str) else ""
    return english, japanese, russian


def tooltip_frame(islands: gpd.GeoDataFrame, group_names: dict[str, dict]) -> gpd.GeoDataFrame:
    """The islands with escaped tooltip columns tip_en, tip_ja, tip_ru and nothing else."""
    lines = [name_lines(row, group_names) for _, row in islands.iterrows()]
    frame = islands[["id", "group", "geometry"]].copy()
    for i, column in enumerate(("tip_en", "tip_ja", "tip_ru")):
        # Leaflet inserts tooltip text as HTML: escape it so data can never become markup
        frame[column] = [html.escape(line[i]) for line in lines]
    return frame


def island_style(feature: dict) -> dict:
    """Fill each island with its group's colour."""
    colour = GROUP_COLOURS[feature["properties"]["group"]]
    return {"fillColor": colour, "color": colour, "weight": 1, "fillOpacity": 0.75}


class Legend(MacroElement):
    """A Leaflet control in a corner of the map holding prepared (escaped) HTML."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = L.control({position: "bottomright"});
        {{ this.get_name() }}.onAdd = function (map) {
            var div = L.DomUtil.create("div", "map-legend");
            div.innerHTML = {{ this.body|tojson }};
            return div;
        };
        {{ this.get_name() }}.addTo({{ this._parent.get_name() }});
        {{ this._parent.get_name() }}.attributionControl.addAttribution({{ this.credit|tojson }});
        {{ this._parent.get_name() }}.getContainer().style.background = {{ this.sea|tojson }};
        {% endmacro %}
        {% macro header(this, kwargs) %}
        <style>
          /* no focus box around an island clicked with the mouse; keyboard focus still shows */
          path.leaflet-interactive:focus:not(:focus-visible) { outline: none; }
        </style>
        {% endmacro %}
        """
    )

    def __init__(self, body: str):
        super().__init__()
        self._name = "Legend"
        self.body = body
        self.credit = CREDIT
        self.sea = SEA_COLOUR


def legend_html(group_names: dict[str, dict]) -> str:
    """The legend's HTML: a swatch and both names per group, and the data credit."""
    rows = []
    for group in GROUPS:
        swatch = (
            f'<span style="display:inline-block;width:12px;height:12px;margin-right:6px;'
            f'background:{GROUP_COLOURS[group]};border:1px solid #333"></span>'
        )
        rows.append(f"<div>{swatch}{html.escape(group_names[group]['en'])}</div>")
    swatch = (
        f'<span style="display:inline-block;width:12px;height:12px;margin-right:6px;'
        f'background:{CONTEXT_STYLE["fillColor"]};border:1px solid #333"></span>'
    )
    rows.append(f"<div>{swatch}Other land</div>")
    style = (
        "background:rgba(255,255,255,.92);padding:6px 8px;border-radius:4px;"
        "font:12px/1.5 sans-serif;color:#111"
    )
    return f'<div style="{style}">' + "".join(rows) + "</div>"


def build_base_map(
    islands: gpd.GeoDataFrame | None,
    context: gpd.GeoDataFrame | None,
    group_names: dict[str, dict],
) -> folium.Map:
    """The map framed on the four groups: context land in grey, each group in its colour.

    No tile layer: the land comes from the project's own coastline data, so the map carries no
    one side's place names, loads nothing from a tile server and reads the same offline.
    Either frame may be None (its file failed to load); the map then shows what it has.
    """
    fmap = folium.Map(location=[44.2, 146.8], zoom_start=7, tiles=None, control_scale=True)
    if context is not None:
        land = context[context.geom_type != "Point"]
        folium.GeoJson(
            land[["id", "name_en", "geometry"]],
            name="Other land",
            style_function=lambda _: CONTEXT_STYLE,
            tooltip=folium.GeoJsonTooltip(fields=["name_en"], labels=False),
        ).add_to(fmap)
        for _, row in context[context.geom_type == "Point"].iterrows():
            folium.CircleMarker(
                location=[row.geometry.y, row.geometry.x],
                radius=4,
                color="#222",
                fill=True,
                fill_opacity=1,
                tooltip=html.escape(f"{row['name_en']} ({row['name_ja']})"),
            ).add_to(fmap)
    if islands is not None:
        folium.GeoJson(
            tooltip_frame(islands, group_names),
            name="Islands",
            style_function=island_style,
            highlight_function=lambda _: {"weight": 3, "fillOpacity": 0.9},
            tooltip=folium.GeoJsonTooltip(fields=["tip_en", "tip_ja", "tip_ru"], labels=False),
        ).add_to(fmap)
        west, south, east, north = islands.total_bounds
        fmap.fit_bounds([[south, west], [north, east]], padding=(10, 10))
    Legend(legend_html(group_names)).add_to(fmap)
    return fmap
