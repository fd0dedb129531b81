"""Landing page: the map of the four island groups and the facts of the one a reader picks."""

import streamlit as st

from dashboard import ui

ui.setup_page("Etorofu, Kunashiri, Shikotan, Habomai: a sourced map")

st.title("Etorofu, Kunashiri, Shikotan and the Habomai Islands")
st.markdown(
    "Four island groups northeast of Hokkaido, **administered by Russia** and **claimed by Japan**: "
    "Japan calls them the Northern Territories, Russia the Southern Kurils (Iturup, Kunashir, "
    "Shikotan and the Habomai Islands). Hover over an island for its names, click it for its facts."
)

bundle = ui.load_bundle()
map_column, facts_column = st.columns([3, 2], gap="medium")
with map_column:
    ui.select_from_click(bundle, ui.show_map(bundle))
    st.caption(
        "Coastlines: GSHHG full resolution (Wessel & Smith, LGPL-3.0). Sources of every figure "
        "are on the card beside the map and on the Sources & data page."
    )
with facts_column:
    ui.show_facts_panel(bundle)
