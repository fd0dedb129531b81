"""Islands: the four groups side by side, in a table and two charts."""

import streamlit as st

from dashboard import charts, store, tables, ui
from dashboard.i18n import N_
from dashboard.markdown import md_line

t = ui.setup_page(N_("Islands: Etorofu, Kunashiri, Shikotan, Habomai"))
bundle = store.load_bundle(t.code)
st.title(t._("The four island groups"))
st.markdown(
    t._(
        "Names in English, Japanese and Russian; areas, highest points, residents in 1945 and today, "
        "and the distance from Cape Nosappu, Hokkaido's eastern tip. Where Japanese and Russian "
        "sources differ, both figures are shown."
    )
)

if bundle.facts is None:
    st.stop()
names = bundle.group_names()
table = tables.group_table(bundle.facts, names, bundle.measures, t)
st.table(table.map(md_line).rename(index=md_line, columns=md_line))
st.caption(
    t._(
        "Japan's areas are GSI's (2025), main island only for Etorofu, Kunashiri and Shikotan. The "
        "coastline data includes every islet and outlines small islands generously, so its areas run "
        "higher, the more so the smaller the islands (the row 'Coastline data vs Japan's figure'). "
        "Sources for every figure are on the map's facts cards and the Sources & data page."
    )
)

left, right = st.columns(2)
left.altair_chart(charts.population_chart(bundle.facts, names, t), width="stretch")
areas = tables.area_frame(bundle.facts, names, bundle.measures, t)
right.altair_chart(charts.area_chart(areas, names, t), width="stretch")

with st.expander(t._("Every island and islet in the coastline data")):
    if bundle.islands is not None:
        st.dataframe(tables.island_list(bundle.islands, names, t), hide_index=True, width="stretch")
for note in bundle.facts.notes:
    st.caption(md_line(note))
