"""Landing page: the timeline of the islands on the map, the event card and the islands' facts."""

import streamlit as st

from dashboard import store, timeline_ui, ui
from dashboard.i18n import N_

t = ui.setup_page(N_("Etorofu, Kunashiri, Shikotan, Habomai: a sourced map"))
bundle = store.load_bundle(t.code)

st.title(t._("Etorofu, Kunashiri, Shikotan and the Habomai Islands"))
with st.container(key="intro"):
    st.markdown(
        t._(
            "Four island groups northeast of Hokkaido, **administered by Russia** and **claimed by Japan**, "
            "which Japan calls the Northern Territories and Russia the Southern Kurils."
        )
    )

fallback = st.empty()  # above the map, filled once the map is on its way
if bundle.timeline is not None:
    timeline_ui.show_timeline_section(bundle)
else:  # without the timeline, the map shows the groups in their own colours
    ui.select_from_click(bundle, ui.show_island_map(bundle, None))
with fallback:
    ui.show_map_fallback(bundle)  # hidden unless the map cannot be drawn

st.subheader(t._("Island facts"), divider="gray")
facts_column, _ = st.columns([3, 2], gap="medium")
with facts_column:
    ui.show_facts_panel(bundle)
st.caption(
    t._(
        "Coastlines: GSHHG full resolution (Wessel & Smith, LGPL-3.0). Sources of every figure are on "
        "the cards and on the Sources & data page."
    )
)
