"""Landing page: the timeline of the islands on the map, the event card and the islands' facts."""

import streamlit as st

from dashboard import timeline_ui, ui

ui.setup_page("Etorofu, Kunashiri, Shikotan, Habomai: a sourced map")

st.title("Etorofu, Kunashiri, Shikotan and the Habomai Islands")
st.markdown(
    "Four island groups northeast of Hokkaido, **administered by Russia** and **claimed by Japan**: "
    "Japan calls them the Northern Territories, Russia the Southern Kurils (Iturup, Kunashir, "
    "Shikotan and the Habomai Islands). Step through 170 years of treaties and control changes; "
    "hover over an island for its names, click it for its facts."
)

bundle = ui.load_bundle()
fallback = st.empty()  # above the map, filled once the map is on its way
if bundle.timeline is not None:
    timeline_ui.show_timeline_section(bundle)
else:  # without the timeline, the map shows the groups in their own colours
    ui.select_from_click(bundle, ui.show_map(bundle))
with fallback:
    ui.show_map_fallback()  # hidden unless the map cannot be drawn

st.subheader("Island facts", divider="gray")
facts_column, _ = st.columns([3, 2], gap="medium")
with facts_column:
    ui.show_facts_panel(bundle)
st.caption(
    "Coastlines: GSHHG full resolution (Wessel & Smith, LGPL-3.0). Sources of every figure are on "
    "the cards and on the Sources & data page."
)
