"""The one module besides the pages that imports Streamlit: cached loaders and shared widgets."""

from __future__ import annotations

import gc
import os
import sys
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
import streamlit as st

from dashboard import cards, control, data, geo, leaflet, mapping, moment, summary
from dashboard.models import FactsFile, NamesFile
from dashboard.paths import FAVICON, GEODATA
from dashboard.timeline_models import TimelineFile

# what the groups are called when names.yaml cannot be used
PLAIN_GROUP_NAMES = {g: {"en": g.capitalize()} for g in summary.GROUPS}
# tests point the app at other data files through this variable
GEODATA_ENV = "DASHBOARD_GEODATA"
# (file, label, icon) of every page, in menu order; Streamlit's own menu is off in config.toml
PAGES = (
    ("streamlit_app.py", "Map", ":material/map:"),
    ("pages/1_Islands.py", "Islands", ":material/table_chart:"),
    ("pages/2_Chronology.py", "Chronology", ":material/event_note:"),
    ("pages/3_Compare.py", "Compare", ":material/compare:"),
    ("pages/4_Sources_and_data.py", "Sources & data", ":material/menu_book:"),
)


def setup_page(title: str) -> None:
    """Page config and the sidebar menu, the same on every page."""
    # an SVG of our own, not an emoji (Streamlit then compiles its emoji catalogue, a quarter
    # of a second on the first run of a process) nor a Material icon (fetched from Google)
    st.set_page_config(page_title=title, page_icon=str(FAVICON), layout="wide")
    with st.sidebar:
        for path, label, icon in PAGES:
            st.page_link(path, label=label, icon=icon)
        st.caption(
            "A sourced map of the islands that Japan calls the Northern Territories and Russia "
            "the Southern Kurils."
        )


def geodata_dir() -> Path:
    """The folder the data files are read from."""
    return Path(os.environ.get(GEODATA_ENV) or GEODATA)


# Each loader is cached per process and per path: the files are read and validated once.
# A DataError is raised, not returned, so that a fixed file is picked up on the next rerun.
@st.cache_data(show_spinner=False, max_entries=8)
def cached_islands(path: str) -> gpd.GeoDataFrame:
    return data.load_islands(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_context(path: str) -> gpd.GeoDataFrame:
    return data.load_context(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_facts(path: str) -> FactsFile:
    return data.load_facts(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_names(path: str) -> NamesFile:
    return data.load_names(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_borders(path: str) -> gpd.GeoDataFrame:
    return data.load_borders(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_timeline(path: str) -> TimelineFile:
    return data.load_timeline(Path(path))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_map_layers(islands_path: str, context_path: str, borders_path: str, names_path: str) -> dict:
    """What mapping.build_map needs, prepared once: the GeoJSON strings of the layers, the Cape
    Nosappu marker and the framing. A part whose file failed is None; the loader's own message
    is already on the page.
    """
    names, _ = attempt(lambda: cached_names(names_path).group_names())
    names = names or PLAIN_GROUP_NAMES
    islands, _ = attempt(cached_islands, islands_path)
    context, _ = attempt(cached_context, context_path)

    def prepared(make):
        return attempt(make)[0]

    return {
        "islands": prepared(lambda: mapping.islands_json(islands, names)) if islands is not None else None,
        "context": prepared(lambda: mapping.context_json(context)) if context is not None else None,
        "borders": prepared(lambda: mapping.borders_json(cached_borders(borders_path))),
        "nosappu": mapping.nosappu_marker(context) if context is not None else None,
        "bounds": mapping.framing(islands) if islands is not None else None,
    }


@st.cache_data(show_spinner=False, max_entries=8)
def cached_measures(islands_path: str, context_path: str) -> pd.DataFrame:
    return summary.measure_groups(cached_islands(islands_path), cached_context(context_path).set_index("id"))


@dataclass
class Bundle:
    """Whatever loaded; a field is None when its file failed (the error is already shown)."""

    islands: gpd.GeoDataFrame | None
    context: gpd.GeoDataFrame | None
    facts: FactsFile | None
    names: NamesFile | None
    timeline: TimelineFile | None
    borders: gpd.GeoDataFrame | None
    layers: dict
    errors: list[str]
    folder: Path

    @property
    def measures(self) -> pd.DataFrame | None:
        """Per-group measures of the coastline data, worked out (once per process) when first
        asked for, so that a page draws its map before it measures anything."""
        if self.islands is None or self.context is None:
            return None
        islands_path, context_path = (
            str(self.folder / "islands.geojson"),
            str(self.folder / "context.geojson"),
        )
        return attempt(cached_measures, islands_path, context_path)[0]


def attempt(loader, *args):
    """Call a cached loader; on a DataError return (None, message) instead of failing the page."""
    try:
        return loader(*args), None
    except data.DataError as err:
        return None, str(err)


def load_bundle() -> Bundle:
    """Load every data file once per process; show one clear message per file that failed."""
    folder = geodata_dir()
    islands_path = str(folder / "islands.geojson")
    context_path = str(folder / "context.geojson")
    islands, e1 = attempt(cached_islands, islands_path)
    context, e2 = attempt(cached_context, context_path)
    facts, e3 = attempt(cached_facts, str(folder / "facts.yaml"))
    names, e4 = attempt(cached_names, str(folder / "names.yaml"))
    timeline, e5 = attempt(cached_timeline, str(folder / "timeline.yaml"))
    borders, e6 = attempt(cached_borders, str(folder / "borders.geojson"))
    layers = cached_map_layers(
        islands_path, context_path, str(folder / "borders.geojson"), str(folder / "names.yaml")
    )
    errors = [e for e in (e1, e2, e3, e4, e5, e6) if e]
    for error in errors:
        st.error(f"A data file could not be used: {error}", icon=":material/error:")
    freeze_loaded_objects(len(sys.modules))
    return Bundle(islands, context, facts, names, timeline, borders, layers, errors, folder)


@st.cache_resource(show_spinner=False)
def freeze_loaded_objects(modules_loaded: int) -> bool:
    """Take what is alive once the data has loaded (modules, the cached data) out of the garbage
    collector's sight, and start the collector again (dashboard/__init__.py pauses it for the
    first run). Once per process, and again when a page has imported modules that were not
    loaded before (`modules_loaded` is len(sys.modules)), such as Altair for the charts.

    Streamlit runs a full collection after every script run (runner.postScriptGC). Over the
    150,000 objects of geopandas, pandas, pydantic, folium and the data it took 70-90 ms, which
    held up the last messages of every timeline step. Frozen objects are still freed when no
    longer referenced; only cycles among them go unnoticed, and they live as long as the process.
    """
    gc.freeze()
    gc.enable()
    return True


def group_names(bundle: Bundle) -> dict[str, dict]:
    """Names of the four groups; plain ids if names.yaml failed to load."""
    return bundle.names.group_names() if bundle.names is not None else PLAIN_GROUP_NAMES


def show_card(card) -> None:
    """Render a facts card (dashboard.cards.Card) as Markdown; nothing from the data is HTML."""
    st.subheader(card.heading)
    if card.subtitle:
        st.caption(card.subtitle)
    sources = "\n\n" + moment.source_list(card.sources) if card.sources else ""
    st.markdown("\n".join(f"- {line}" for line in card.lines) + sources)


def show_map(
    bundle: Bundle,
    milestone=None,
    states: dict | None = None,
    key: str = "island_map",
    height: int = mapping.MAP_HEIGHT,
    clickable: bool = True,
    lines: list[str] | None = None,
) -> dict | None:
    """Draw the island map at a milestone; return the last clicked point ({'lat', 'lng'}) or None.

    The map is built the same way on every run (Streamlit then keeps the drawn map and does not
    send it again); what changes from step to step, the colours, outlines and lines in force
    (`lines`, ids; looked up when not given), goes to the map as a small state through a script
    on the page (leaflet.relay_script), sent in one element with the legend. The reader's zoom
    and pan survive, and only clicks on a shape rerun the script.
    """
    from streamlit_folium import st_folium  # imported here so tests can patch it per run

    fmap = mapping.build_map(key, **bundle.layers)
    # a fresh map needs no second rendering of its figure (st_folium renders the map itself)
    result = st_folium(
        fmap,
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=["last_object_clicked"] if clickable else [],
        render=False,
    )
    if lines is None:
        in_force = lines_in_force(bundle, milestone)
        lines = [] if in_force is None else list(in_force["id"])
    concerned = frozenset(milestone.islands) if milestone is not None else frozenset()
    state = mapping.map_state(states, concerned, lines)
    if states is not None and bundle.timeline is not None:
        legend = mapping.timeline_legend(bundle.timeline.control.administrators)
    else:
        legend = mapping.group_legend(group_names(bundle))
    # the legend is generated and escaped by mapping; the script and its JSON are our own
    st.html(mapping.legend_html(legend) + leaflet.relay_script({key: state}), unsafe_allow_javascript=True)
    return (result or {}).get("last_object_clicked")


def lines_in_force(bundle: Bundle, milestone) -> gpd.GeoDataFrame | None:
    """The border lines in force at the milestone; None without borders or milestone."""
    if bundle.borders is None or milestone is None:
        return None
    return control.in_force(bundle.borders, milestone.start)


@st.cache_data(show_spinner=False, max_entries=8)
def cached_fallback(islands_path: str, context_path: str) -> str:
    """The plain picture of the islands shown when the map cannot be drawn, made once."""
    islands, _ = attempt(cached_islands, islands_path)
    context, _ = attempt(cached_context, context_path)
    return mapping.fallback_svg(islands, context)


def show_map_fallback(key: str = "island_map") -> None:
    """A notice with a plain picture of the islands, shown only if no map on the page draws
    (its library comes from a public CDN). Call it outside fragments: it is sent once."""
    folder = geodata_dir()
    picture = cached_fallback(str(folder / "islands.geojson"), str(folder / "context.geojson"))
    st.html(leaflet.watchdog_html(key, picture), unsafe_allow_javascript=True)  # our own HTML and script


def select_from_click(bundle: Bundle, click: dict | None) -> bool:
    """Point the facts panel at the island a new map click landed on; True if it moved."""
    if not click or bundle.islands is None or click == st.session_state.get("handled_click"):
        return False
    st.session_state["handled_click"] = click
    row = geo.island_at(bundle.islands, click["lat"], click["lng"])
    if row is None:
        return False
    st.session_state["facts_group"] = row["group"]
    st.session_state["facts_island"] = row["id"]
    return True


def show_facts_panel(bundle: Bundle) -> None:
    """A group picker (also set by clicking the map) and the chosen group's facts card.

    The picker is a segmented control: the four groups in view, one click to switch. (A select
    box also made the browser fetch and start its own script on the first visit, which put
    0.1-0.2 s on the time to the first map.)
    """
    names = group_names(bundle)
    st.session_state.setdefault("facts_group", summary.GROUPS[0])
    st.segmented_control(
        "Island group",
        list(summary.GROUPS),
        required=True,
        format_func=lambda g: names[g]["en"],
        wrap=True,  # on a phone the four names take two rows
        key="facts_group",
        on_change=lambda: st.session_state.pop("facts_island", None),
        help="Or click an island on the map.",
    )
    group = st.session_state["facts_group"]
    if bundle.facts is None:
        st.info("The facts of the island groups are unavailable (see the message above).")
        return
    island = None
    island_id = st.session_state.get("facts_island")
    if bundle.islands is not None and island_id:
        match = bundle.islands[bundle.islands["id"] == island_id]
        island = match.iloc[0].to_dict() if len(match) else None
    measures = bundle.measures
    measures = measures.loc[group] if measures is not None else None
    show_card(cards.build_card(group, bundle.facts, names[group], measures, island))


def show_sources(uses: list) -> None:
    """A numbered list of sources, each with what it is cited for."""
    lines = [
        f"{i}. {moment.source_link(source)}. *Cited for: {summary.md_escape(', '.join(what))}.*"
        for i, (source, what) in enumerate(uses, start=1)
    ]
    st.markdown("\n".join(lines))
