"""Compare: the islands at two milestones side by side, and what changed between them."""

import streamlit as st

from dashboard import control, timeline_ui, ui
from dashboard.models import GROUPS
from dashboard.moment import TWIN_HEADER, markdown_table, state_rows
from dashboard.summary import md_escape

ui.setup_page("Compare two moments")
st.title("Compare two moments")
st.markdown(
    "Pick two milestones: the maps show who administered each group then, and the list says what changed."
)

bundle = ui.load_bundle()
if bundle.timeline is None:
    st.stop()
timeline = bundle.timeline
names = ui.group_names(bundle)
labels = timeline.control.administrators
ids = [m.id for m in timeline.milestones]
first_id, second_id = st.select_slider(
    "Milestones to compare",
    options=ids,
    value=(ids[0], ids[-1]),
    format_func=lambda i: timeline_ui.slider_label(timeline.milestone(i)),
    key="compare_range",
)
moments = [timeline.milestone(first_id), timeline.milestone(second_id)]
states = [control.state_at(timeline.control, m.start) for m in moments]

st.subheader(f"From {moments[0].when} to {moments[1].when}")
st.markdown(
    "\n".join(
        f"- {md_escape(control.describe_change(names[g]['en'], *(s[g] for s in states)))}" for g in GROUPS
    )
)

ui.show_map_fallback("compare_first")  # hidden unless the maps cannot be drawn
for column, moment, state, key in zip(
    st.columns(2), moments, states, ("compare_first", "compare_second"), strict=True
):
    with column:
        st.markdown(f"**{md_escape(moment.when)}** · {md_escape(moment.title)}")
        ui.show_map(bundle, moment, state, key=key, height=420, clickable=False)
        st.markdown(markdown_table(TWIN_HEADER, state_rows(state, names, labels)))
