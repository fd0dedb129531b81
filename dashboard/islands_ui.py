"""The Islands page's parts: the locator, the table of the four groups, the charts and the list
of every island (this module imports Streamlit).

The table is sent in two layouts, and the page's style sheet shows the one that fits (Streamlit
cannot tell a phone from the server): the four groups side by side on a wider screen, and on a
phone one short table per group, one under the other, so that nothing is cut off and nothing
scrolls sideways. Every group keeps its colour (dashboard.mapping.GROUP_COLOURS) on the locator,
over its column or table, and in the charts (dashboard.charts says why), which are built once
per language (dashboard.page_data.cached_island_charts).
"""

from __future__ import annotations

import streamlit as st

from dashboard import page_data, tables
from dashboard.mapping import GROUP_COLOURS
from dashboard.markdown import md_line
from dashboard.models import GROUPS
from dashboard.store import Bundle

WIDE, STACKED = "islands_table_wide", "islands_table_stacked"  # the table's two layouts


def group_colour_css() -> str:
    """A band in each group's colour over its column of the wide table and over its own table
    on a phone (made from the project's constants only)."""
    rules = [
        f".st-key-{WIDE} th:nth-child({i + 2}), .st-key-islands_group_{g} th:nth-child(2) "
        f"{{ border-top: 5px solid {GROUP_COLOURS[g]} !important; }}"
        for i, g in enumerate(GROUPS)
    ]
    return "<style>" + "\n".join(rules) + "</style>"


def show_locator(bundle: Bundle) -> None:
    """The small map of the four groups, each named in its colour (made once per language)."""
    picture = page_data.cached_locator(str(bundle.folder), bundle.lang)
    if picture is not None:
        st.html(picture)


def show_group_table(bundle: Bundle) -> None:
    """The four groups' figures: side by side, or one group under another on a phone."""
    t, names = bundle.t, bundle.group_names()
    table = tables.group_table(bundle.facts, names, bundle.measures, t)
    table = table.map(md_line).rename(index=md_line, columns=md_line)
    st.html(group_colour_css())
    st.container(key=WIDE).table(table)
    with st.container(key=STACKED):
        for group, column in zip(GROUPS, table.columns, strict=True):
            st.container(key=f"islands_group_{group}").table(table[[column]])


def show_charts(bundle: Bundle) -> None:
    """Residents over time and the areas, side by side on a wide screen (one under the other
    below 1180 px, where side by side they would be too narrow for their legends)."""
    t = bundle.t
    specs = page_data.cached_island_charts(str(bundle.folder), bundle.lang)
    left, right = st.container(key="islands_charts").columns(2, gap="large")
    if bundle.population is not None and specs["residents"] is not None:
        left.vega_lite_chart(specs["residents"], width="stretch")
        left.caption(
            t._(
                "Each point is one figure, shaped by whose it is; lines join the figures of the same "
                "statistics. Japan counted the residents in August 1945; later figures are Russian "
                "statistics. The grey band marks decades without figures here (the Soviet and "
                "Russian censuses are not yet entered), drawn narrow."
            )
        )
    if specs["areas"] is not None:
        right.vega_lite_chart(specs["areas"], width="stretch")
    right.caption(
        t._("Full colour: Japan's figure. Lighter: the area of the coastline data drawn on the map.")
    )


def show_island_list(bundle: Bundle) -> None:
    """Every island and islet in the coastline data, in a grid."""
    t = bundle.t
    with st.expander(t._("Every island and islet in the coastline data")):
        if bundle.islands is not None:
            st.dataframe(
                tables.island_list(bundle.islands, bundle.group_names(), t), hide_index=True, width="stretch"
            )
