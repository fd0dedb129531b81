"""Chronology: every milestone in a table, filtered and searched; a row opens it on the map."""

import streamlit as st

from dashboard import chronology, summary, ui
from dashboard.timeline_models import Kind

ui.setup_page("Chronology, 1855-2022")
st.title("Chronology, 1855–2022")
st.markdown(
    "Every milestone of the timeline with its sources. Filter by kind or island group, search "
    "the text, and select a row to open that milestone on the map."
)

bundle = ui.load_bundle()
if bundle.timeline is None:
    st.stop()
names = ui.group_names(bundle)
frame = chronology.chronology_frame(bundle.timeline, names)

kinds_column, groups_column, search_column = st.columns(3)
kinds = kinds_column.multiselect("Kind", list(Kind.__args__), key="chronology_kinds", placeholder="All kinds")
groups = groups_column.multiselect(
    "Island group",
    list(summary.GROUPS),
    format_func=lambda g: names[g]["en"],
    key="chronology_groups",
    placeholder="All groups",
)
text = search_column.text_input("Search", key="chronology_search", placeholder="e.g. Shikotan, 1956, visa")
shown = chronology.filter_chronology(frame, kinds, groups, text)
st.caption(f"{len(shown)} of {len(frame)} milestones")

selection = st.dataframe(
    shown.drop(columns=["id", "groups"]),
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    key="chronology_table",
    column_config={
        "Summary": st.column_config.TextColumn(width="large"),
        "First source": st.column_config.LinkColumn(display_text="open"),
    },
)
if selection.selection.rows:
    chosen = shown.iloc[selection.selection.rows[0]]["id"]
    st.switch_page("streamlit_app.py", query_params={"event": chosen})
