"""Landing page: the timeline of the islands on the map, the event card and the islands' facts."""

import streamlit as st

from dashboard import control, timeline_ui, ui

ui.setup_page("Etorofu, Kunashiri, Shikotan, Habomai: a sourced map")

st.title("Etorofu, Kunashiri, Shikotan and the Habomai Islands")
st.markdown(
    "Four island groups northeast of Hokkaido, **administered by Russia** and **claimed by Japan**: "
    "Japan calls them the Northern Territories, Russia the Southern Kurils (Iturup, Kunashir, "
    "Shikotan and the Habomai Islands). Step through 170 years of treaties and control changes; "
    "hover over an island for its names, click it for its facts."
)

bundle = ui.load_bundle()
milestone = states = None
if bundle.timeline is not None:
    milestone = timeline_ui.timeline_controls(bundle.timeline)
    states = control.state_at(bundle.timeline.control, milestone.start)

map_column, side_column = st.columns([3, 2], gap="medium")
with map_column:
    ui.select_from_click(bundle, ui.show_map(bundle, milestone, states))
    if states is not None:
        st.markdown(f"**On {milestone.when}**")
        labels = bundle.timeline.control.administrators
        st.table(timeline_ui.state_table(states, ui.group_names(bundle), labels))
        timeline_ui.show_lines_in_force(bundle.borders, milestone)
    st.caption(
        "Coastlines: GSHHG full resolution (Wessel & Smith, LGPL-3.0). Sources of every figure "
        "are on the cards beside the map and on the Sources & data page."
    )
with side_column:
    if milestone is not None:
        timeline_ui.show_event_card(milestone, bundle.timeline)
    ui.show_facts_panel(bundle)
