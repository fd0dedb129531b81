"""Islands: the four groups side by side: where they lie, a table of their figures, two charts."""

import streamlit as st

from dashboard import islands_ui, store, ui
from dashboard.i18n import N_
from dashboard.markdown import md_line

t = ui.setup_page(N_("Islands: Etorofu, Kunashiri, Shikotan, Habomai"))
bundle = store.load_bundle(t.code)
st.title(t._("The four island groups"))
intro, locator = st.container(key="islands_intro").columns([3, 2], gap="medium", vertical_alignment="center")
intro.markdown(
    t._(
        "The four island groups side by side: where they lie, their names in English, Japanese and "
        "Russian, their areas and highest points, how many people lived there in 1945 and live there "
        "now, and how far each is from Cape Nosappu, Hokkaido's eastern tip."
    )
)
intro.markdown(
    t._(
        "Where Japanese and Russian sources differ, both figures are shown. Each group keeps its "
        "colour on the small map, in the table and in the charts."
    )
)
with locator:
    islands_ui.show_locator(bundle)

if bundle.facts is None:
    st.stop()
islands_ui.show_group_table(bundle)
st.caption(
    t._(
        "Japan's areas are GSI's (2025), main island only for Etorofu, Kunashiri and Shikotan. The "
        "coastline data includes every islet and outlines small islands generously, so its areas run "
        "higher, the more so the smaller the islands (the row 'Coastline data vs Japan's figure'). "
        "Sources for every figure are on the map's facts cards and the Sources & data page."
    )
)
islands_ui.show_charts(bundle)
islands_ui.show_island_list(bundle)
for note in bundle.facts.notes:
    st.caption(md_line(note))
