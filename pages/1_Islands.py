"""Islands: the four groups side by side, in a table and two charts."""

import streamlit as st

from dashboard import charts, summary, ui

ui.setup_page("Islands: Etorofu, Kunashiri, Shikotan, Habomai")
st.title("The four island groups")
st.markdown(
    "Names in English, Japanese and Russian; areas, highest points, residents in 1945 and today, "
    "and the distance from Cape Nosappu, Hokkaido's eastern tip. Where Japanese and Russian "
    "sources differ, both figures are shown."
)

bundle = ui.load_bundle()
if bundle.facts is None:
    st.stop()
names = ui.group_names(bundle)
table = summary.group_table(bundle.facts, names, bundle.measures)
st.table(summary.display_table(table))
st.caption(
    "Japan's areas are GSI's (2025), main island only for Etorofu, Kunashiri and Shikotan. The "
    "coastline data includes every islet and outlines small islands generously, so its areas run "
    "higher, the more so the smaller the islands (the row 'Coastline data vs Japan's figure'). "
    "Sources for every figure are on the map's facts cards and the Sources & data page."
)

left, right = st.columns(2)
left.altair_chart(charts.population_chart(bundle.facts, names), width="stretch")
right.altair_chart(charts.area_chart(table), width="stretch")

with st.expander("Every island and islet in the coastline data"):
    if bundle.islands is not None:
        st.dataframe(summary.island_list(bundle.islands, names), hide_index=True, width="stretch")
for note in bundle.facts.notes:
    st.caption(note)
