"""The map widget: st_folium, the state relay and the watchdog, and their contract in one place.

The contract with streamlit-folium (checked against the pinned version by tests/test_map_widget.py):

1. `st_folium` draws the map in an iframe titled ``streamlit_folium.st_folium`` (Streamlit names
   a component's frame after the component), served by the Streamlit server itself from the
   package's frontend build, so the page and the frame share an origin and may call each other.
2. The frame loads the map's JavaScript and CSS links, then inserts the map's HTML and runs its
   script as a <script> element of its own document: `L` and the functions our elements define
   (window.__applyIslandState, by dashboard.leaflet.StateHook) live in the frame's window.
3. The map's script is sent again only when it changes (streamlit-folium keys the component on
   it), so building the same map at every step keeps the drawn map; what changes from step to
   step travels apart from it.
4. streamlit-folium puts its `Streamlit` object on the frame's window (`window.Streamlit`) and
   keeps the value it last sent in `window.__GLOBAL_DATA__.previous_data`: the map's own script
   reports the reader's view by sending that value with a "view" added (a rerun, as a click is),
   so the page's address and citation can carry the view.

What this module adds on the page (one st.html per step, its script our own):
- the relay: stores each map's state in window.__islandStates and calls
  __applyIslandState(states) in every map frame that is ready; a frame still loading reads the
  waiting state from window.parent when its script runs, and calls window.parent.__islandMapDrawn
  once it has drawn, which presses the hidden button (DRAWN_BUTTON_KEY) that asks the page for
  what waits for the map (the time axis, dashboard.timeline_ui);
- the watchdog: a notice with a plain picture of the islands, shown if no frame has drawn a map
  (its library comes from a public CDN) after a while, or a notice that the map's style sheet
  is missing; hidden again when a late map draws.
"""

from __future__ import annotations

import jinja2
import markupsafe
import streamlit as st

from dashboard.leaflet import STATE_GLOBAL, safe_json
from dashboard.paths import TEMPLATES

COMPONENT = "streamlit_folium.st_folium"  # the component's name, and so its frame's title
AXIS_CLASS = "st-key-time_axis"  # the container of the time axis's overview (Streamlit's key class)
DRAWN_BUTTON_KEY = "show_time_axis"  # the key of the hidden button pressed once a map has drawn
FRAME_SELECTOR = f'iframe[title="{COMPONENT}"]'
PAGE_TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=False
)
PAGE_TEMPLATES.filters["safe_json"] = lambda value: markupsafe.Markup(safe_json(value))


def relay_html(states: dict[str, dict], cursor: float | None = None) -> str:
    """The <script> that hands `states` ({map key: state}) to the map frames of the page, and
    places the time axis's cursor at `cursor` (0-1 along its overview) when given."""
    return PAGE_TEMPLATES.get_template("relay.html.j2").render(
        states=states,
        state_global=STATE_GLOBAL,
        frame_selector=FRAME_SELECTOR,
        cursor=cursor,
        axis_class=AXIS_CLASS,
        drawn_button_class=f"st-key-{DRAWN_BUTTON_KEY}",
    )


def watchdog_html(key: str, no_script: str, no_style: str, picture: str = "", seconds: int = 12) -> str:
    """The notice shown when no map of the page has drawn after `seconds` (`no_script`, with
    `picture`: HTML the project makes, an <img> of an SVG) or when a map drew without Leaflet's
    style sheet (`no_style`); hidden again when a late map draws. Messages are escaped."""
    return PAGE_TEMPLATES.get_template("watchdog.html.j2").render(
        notice_id=f"map-missing-{key}",
        no_script=no_script,
        no_style=no_style,
        picture=markupsafe.Markup(picture),
        frame_selector=FRAME_SELECTOR,
        seconds=seconds,
    )


def show_map(fmap, key: str, height: int, clickable: bool) -> dict | None:
    """Draw a folium map built the same way on every run; return the last clicked point
    ({'lat', 'lng'}) of a shape, or None. Only clicks rerun the script (`clickable`)."""
    from streamlit_folium import st_folium  # imported here so tests can patch it per run

    # a fresh map needs no second rendering of its figure (st_folium renders the map itself)
    result = st_folium(
        fmap,
        key=key,
        height=height,
        use_container_width=True,
        returned_objects=["last_object_clicked"] if clickable else [],
        render=False,
    )
    return (result or {}).get("last_object_clicked")


def reported_view(key: str):
    """What the map `key` last reported as its view ([lat, lng, zoom], unchecked: it comes from
    the browser), or None. The map's own script reports it (StateHook with a view_param) through
    streamlit-folium's component value (contract point 4)."""
    value = st.session_state.get(key)
    return value.get("view") if isinstance(value, dict) else None


def send_state(states: dict[str, dict], cursor: float | None = None) -> None:
    """Hand the maps their states (and the time axis its cursor) in one element."""
    st.html(relay_html(states, cursor), unsafe_allow_javascript=True)


def show_watchdog(key: str, no_script: str, no_style: str, picture: str) -> None:
    """Send the watchdog once, outside fragments, above the map."""
    st.html(watchdog_html(key, no_script, no_style, picture), unsafe_allow_javascript=True)
