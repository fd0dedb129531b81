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
# who administers a group, in Okabe-Ito colours (safe for the common colour-vision deficiencies)
ADMIN_COLOURS = {"japan": "#0072B2", "soviet-occupation": "#CC79A7", "ussr": "#D55E00", "russia": "#E69F00"}
NO_STATE_COLOUR = "#999999"
FADED_OPACITY = 0.3
LINE_STYLES = {
    "treaty border": {"color": "#111111", "weight": 3, "dashArray": None},
    "line of control": {"color": "#5c3566", "weight": 3, "dashArray": "9 5"},
    "claimed boundary": {"color": ADMIN_COLOURS["japan"], "weight": 3, "dashArray": "3 5"},
}
LINE_LABELS = {
    "treaty border": "Border drawn by a treaty in force",
    "line of control": "Line of control since 1945",
    "claimed boundary": "Boundary claimed by Japan",
}


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


def group_style(feature: dict) -> dict:
    """Fill each island with its group's colour (the map without a timeline)."""
    colour = GROUP_COLOURS[feature["properties"]["group"]]
    return {"fillColor": colour, "color": colour, "weight": 1, "fillOpacity": 0.75}


def state_style(states: dict | None, concerned: frozenset[str]):
    """A style function: fill by administrator, dashed outline in the claimant's colour,
    islands the milestone concerns bright and the others faded."""

    def style(feature: dict) -> dict:
        group = feature["properties"]["group"]
        if states is None:
            return group_style(feature)
        state = states[group]
        fill = ADMIN_COLOURS.get(state.administered_by, NO_STATE_COLOUR)
        bright = not concerned or group in concerned
        opacity = 0.85 if bright else FADED_OPACITY
        result = {"fillColor": fill, "fillOpacity": opacity, "color": "#333333", "weight": 0.8}
        if state.claimed_by:
            result |= {"color": ADMIN_COLOURS[state.claimed_by[0]], "weight": 2.5, "dashArray": "5 4"}
        return result

    return style


class MapStyle(MacroElement):
    """The map's look: sea colour, the coastline credit, and no mouse-click focus boxes."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
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

    def __init__(self):
        super().__init__()
        self._name = "MapStyle"
        self.credit = CREDIT
        self.sea = SEA_COLOUR


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


def legend_html(entries: list[tuple[str, str]]) -> str:
    """The legend, shown under the map, from (swatch HTML, label) pairs; labels are escaped here."""
    items = "".join(
        f'<span role="listitem" style="white-space:nowrap">{mark}{html.escape(label)}</span>'
        for mark, label in entries
    )
    style = "display:flex;flex-wrap:wrap;gap:2px 16px;font-size:0.85rem;line-height:1.6"
    return f'<div role="list" aria-label="Map legend" style="{style}">{items}</div>'


def group_legend(group_names: dict[str, dict]) -> list[tuple[str, str]]:
    """Legend entries of the map coloured by group."""
    entries = [(swatch(GROUP_COLOURS[g]), group_names[g]["en"]) for g in GROUPS]
    return entries + [(swatch(CONTEXT_STYLE["fillColor"]), "Other land")]


def timeline_legend(administrators: dict[str, str]) -> list[tuple[str, str]]:
    """Legend entries of the map coloured by who administered each group."""
    entries = []
    for admin, label in administrators.items():
        text = f"Under {label}" if admin == "soviet-occupation" else f"Administered by {label}"
        entries.append((swatch(ADMIN_COLOURS[admin]), text))
    claim = swatch("#ffffff", ADMIN_COLOURS["japan"], dashed=True)
    faded = swatch(f"rgba(0,114,178,{FADED_OPACITY})", "#999")
    lines = [(line_swatch(kind), label) for kind, label in LINE_LABELS.items()]
    return (
        entries
        + [
            (claim, "Dashed outline: claimed by Japan"),
            (faded, "Faded: not concerned by this milestone"),
            (swatch(CONTEXT_STYLE["fillColor"]), "Other land"),
        ]
        + lines
        + [("", "(lines are schematic, drawn from the coastline data)")]
    )


def build_base_map(
    context: gpd.GeoDataFrame | None,
    bounds: tuple[float, float, float, float] | None,
) -> folium.Map:
    """The map that stays the same at every step: context land, Cape Nosappu, framing.

    No tile layer: the land comes from the project's own coastline data, so the map carries no
    one side's place names, loads nothing from a tile server and reads the same offline.
    `bounds` (west, south, east, north) frames the view; the islands come in build_island_layer.
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
    if bounds is not None:
        west, south, east, north = bounds
        fmap.fit_bounds([[south, west], [north, east]], padding=(10, 10))
    MapStyle().add_to(fmap)
    return fmap


def build_island_layer(
    tips: gpd.GeoDataFrame,
    states: dict | None = None,
    concerned: frozenset[str] = frozenset(),
    lines: gpd.GeoDataFrame | None = None,
) -> folium.FeatureGroup:
    """The islands as one layer, styled by `states` ({group: GroupState}) when given.

    This is the part of the map that changes from step to step; st_folium swaps it in place
    (feature_group_to_add), so the reader's zoom and pan survive.
    """
    layer = folium.FeatureGroup(name="Islands")
    frame = tips
    fields = ["tip_en", "tip_ja", "tip_ru"]
    if states is not None:
        sentences = {g: s.status[0].upper() + s.status[1:] for g, s in states.items()}
        frame = tips.assign(tip_state=[html.escape(sentences[g]) for g in tips["group"]])
        fields.append("tip_state")
    folium.GeoJson(
        frame,
        name="Islands",
        style_function=state_style(states, concerned),
        highlight_function=lambda _: {"weight": 3, "fillOpacity": 0.95},
        tooltip=folium.GeoJsonTooltip(fields=fields, labels=False),
    ).add_to(layer)
    if lines is not None and len(lines):
        shown = lines[["id", "kind", "geometry"]].assign(
            tip=[html.escape(f"{name} (schematic)") for name in lines["name"]]
        )
        folium.GeoJson(
            shown,
            name="Borders",
            style_function=lambda feature: LINE_STYLES[feature["properties"]["kind"]],
            tooltip=folium.GeoJsonTooltip(fields=["tip"], labels=False),
        ).add_to(layer)
    return layer
