"""Widgets every page shares: the page frame and menu, the island map, the facts panel and the
source list. Builders live in the pure modules; this one puts their output on the page."""

from __future__ import annotations

import functools
import json
import logging
import math

import streamlit as st

from dashboard import collector, facts_card, geo, map_widget, mapping, milestone_text
from dashboard.control import Snapshot
from dashboard.i18n import DEFAULT, LANGUAGES, N_, Texts, language_of, texts
from dashboard.links import shown
from dashboard.markdown import md_line
from dashboard.models import GROUPS
from dashboard.paths import FAVICON, TEMPLATES
from dashboard.store import Bundle, cached_fallback

# (file, label, icon) of every page, in menu order; Streamlit's own menu is off in config.toml
PAGES = (
    ("streamlit_app.py", N_("Map"), ":material/map:"),
    ("pages/1_Islands.py", N_("Islands"), ":material/table_chart:"),
    ("pages/2_Chronology.py", N_("Chronology"), ":material/event_note:"),
    ("pages/3_Compare.py", N_("Compare"), ":material/compare:"),
    ("pages/4_Sources_and_data.py", N_("Sources & data"), ":material/menu_book:"),
)
LANG = "lang"  # the reader's language: the query parameter, and its key in the session
LOG = logging.getLogger(__name__)
# the reader's choices that outlive a page's widgets (a widget's own state is dropped when
# another page is shown)
SELECTED_GROUP, SELECTED_ISLAND = "selected_group", "selected_island"


def choose_language() -> tuple[str, str | None]:
    """The reader's language: ?lang= if the link gives one, else the one chosen in this session,
    else the browser's; English otherwise. With a notice when ?lang= names no language here."""
    asked = st.query_params.get(LANG)
    if asked is not None:
        code = language_of(asked)
        if code is None:
            st.session_state[LANG] = DEFAULT
            notice = texts(DEFAULT)._(
                "The link asks for a language this dashboard doesn't have ({value}); showing English.",
                value=shown(asked),
            )
            return DEFAULT, notice
        st.session_state[LANG] = code
        return code, None
    if LANG not in st.session_state:
        st.session_state[LANG] = language_of(st.context.locale) or DEFAULT
    return st.session_state[LANG], None


def switch_language() -> None:
    """The switch moved: the page in that language, and the address saying so."""
    code = st.session_state.get("language_switch") or DEFAULT
    st.session_state[LANG] = code
    st.query_params[LANG] = code


def setup_page(title: str) -> Texts:
    """Page config, the reader's language, the language switch and the menu, the same on every
    page; returns the page's Texts. `title` is a message (marked with N_)."""
    collector.tune_collector()  # before the data files are read (dashboard.collector)
    # readers never see a traceback, whatever the host sets (config.toml says the same)
    st.set_option("client.showErrorDetails", "none")
    code, notice = choose_language()
    t = texts(code)
    # an SVG of our own, not an emoji (Streamlit then compiles its emoji catalogue, a quarter
    # of a second on the first run of a process) nor a Material icon (fetched from Google)
    st.set_page_config(page_title=t._(title), page_icon=str(FAVICON), layout="wide")
    # our own style sheet and the page's language (for fonts, hyphenation and screen readers)
    st.html(
        f"<style>{page_css()}</style><script>document.documentElement.lang = {json.dumps(code)};</script>",
        unsafe_allow_javascript=True,
    )
    st.query_params[LANG] = code  # every address the page writes keeps the language
    with st.sidebar:
        st.session_state["language_switch"] = code
        # a radio, not a segmented control: that one looks for emoji in its options, which makes
        # Streamlit load its emoji catalogue (a quarter of a second) before the map is sent
        st.radio(
            t._("Language"),
            list(LANGUAGES),
            format_func=lambda c: LANGUAGES[c].name,
            key="language_switch",
            on_change=switch_language,
        )
        for path, label, icon in PAGES:
            st.page_link(path, label=t._(label), icon=icon, query_params={LANG: code})
        st.caption(
            t._(
                "A sourced map of the islands that Japan calls the Northern Territories and Russia "
                "the Southern Kurils."
            )
        )
    if notice:
        st.info(md_line(notice), icon=":material/translate:")
    return t


@functools.cache
def page_css() -> str:
    """The page's style sheet (dashboard/templates/page.css), read once per process."""
    return (TEMPLATES / "page.css").read_text(encoding="utf-8")


def show_island_map(
    bundle: Bundle,
    shot: Snapshot | None,
    key: str = "island_map",
    height: int = mapping.MAP_HEIGHT,
    clickable: bool = True,
    legend: bool = True,
    cursor: float | None = None,
    credit: bool = True,
    link: str | None = None,
    view: tuple[float, float, float] | None = None,
    share_view: bool = False,
) -> dict | None:
    """The island map at a snapshot (None: each group in its own colour); returns the last
    clicked point of a shape or None. The map is the same at every step; the snapshot's
    colours, outlines and lines reach it as a small state (dashboard.map_widget), which also
    places the time axis's cursor at `cursor` (0-1) when given. Without `legend` or `credit`
    the page shows them once for several maps; maps with the same `link` move together. A
    `view` (lat, lng, zoom) from a link is where the map opens instead of the islands' frame;
    with `share_view` the map keeps its centre and zoom in the page's address (?view=) once the
    reader has moved it."""
    layers = bundle.layers
    if not legend:
        layers["legend"] = None
    if not credit:
        layers["credit"] = ""
    fmap = mapping.build_map(key, **layers, link=link, report_view=share_view)
    click = map_widget.show_map(fmap, key=key, height=height, clickable=clickable)
    sides = bundle.timeline.control.administrators if bundle.timeline is not None else {}
    state = mapping.map_state(shot, sides, bundle.t)
    if view:
        state["view"] = list(view)
    map_widget.send_state({key: state}, cursor)
    return click


def show_map_fallback(bundle: Bundle, key: str = "island_map") -> None:
    """A notice with a plain picture of the islands, shown only if no map on the page draws.
    Call it outside fragments: it is sent once."""
    t = bundle.t
    no_script = t._(
        "The map could not be drawn: its drawing library (Leaflet's script, leaflet.js, from a public "
        "CDN) did not arrive. The table under the map gives the same information in words."
    )
    no_style = t._(
        "The map's style sheet (Leaflet's leaflet.css, from a public CDN) did not arrive, so the map "
        "may look wrong. The table under the map gives the same information in words."
    )
    map_widget.show_watchdog(key, no_script, no_style, cached_fallback(str(bundle.folder)))


def click_point(click) -> tuple[float, float] | None:
    """(lat, lng) of a map click as the browser reported it, or None if it is not a point on
    the Earth (a crafted message may send anything)."""
    if not isinstance(click, dict):
        return None
    lat, lng = click.get("lat"), click.get("lng")
    numbers = all(
        isinstance(v, int | float) and not isinstance(v, bool) and math.isfinite(v) for v in (lat, lng)
    )
    return (lat, lng) if numbers and -90 <= lat <= 90 and -180 <= lng <= 180 else None


def select_from_click(bundle: Bundle, click: dict | None) -> bool:
    """Point the facts panel at the island a new map click landed on; True if it moved."""
    if not click or bundle.islands is None or click == st.session_state.get("handled_click"):
        return False
    st.session_state["handled_click"] = click
    point = click_point(click)
    if point is None:
        LOG.warning("ignored a map click that is not a point: %.100r", click)
        return False
    row = geo.island_at(bundle.islands, *point)
    if row is None:
        return False
    st.session_state[SELECTED_GROUP] = row["group"]
    st.session_state[SELECTED_ISLAND] = row["id"]
    return True


def pick_group() -> None:
    """The group picker moved: it is the selection now, and no island of it is selected."""
    st.session_state[SELECTED_GROUP] = st.session_state["facts_group"]
    st.session_state.pop(SELECTED_ISLAND, None)


def show_facts_panel(bundle: Bundle) -> None:
    """A group picker (also set by clicking the map) and the chosen group's facts card.

    The selection lives apart from the picker's own state, which Streamlit drops when another
    page is shown: the picker, the card and the selected island always agree.
    """
    t, names = bundle.t, bundle.group_names()
    group = st.session_state.setdefault(SELECTED_GROUP, GROUPS[0])
    st.session_state["facts_group"] = group
    st.segmented_control(
        t._("Island group"),
        list(GROUPS),
        required=True,
        format_func=lambda g: md_line(t.name(names[g])),
        wrap=True,  # on a phone the four names take two rows
        key="facts_group",
        on_change=pick_group,
        help=t._("Or click an island on the map."),
    )
    if bundle.facts is None:
        st.info(t._("The facts of the island groups are unavailable (see the message above)."))
        return
    island = None
    island_id = st.session_state.get(SELECTED_ISLAND)
    if bundle.islands is not None and island_id:
        match = bundle.islands[bundle.islands["id"] == island_id]
        island = match.iloc[0].to_dict() if len(match) else None
    measures = bundle.measures
    measures = measures.loc[group] if measures is not None else None
    card = facts_card.build_card(group, bundle.facts, names[group], t, measures, island, bundle.population)
    show_card(card, t)


def show_card(card: facts_card.Card, t) -> None:
    """Render a facts card as Markdown; nothing from the data is HTML."""
    st.subheader(md_line(card.heading))
    if card.subtitle:
        st.caption(md_line(card.subtitle))
    sources = "\n\n" + milestone_text.source_list(card.sources, t) if card.sources else ""
    st.markdown("\n".join(f"- {line}" for line in card.lines) + sources)
