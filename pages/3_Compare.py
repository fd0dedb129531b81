"""Compare: the islands at two milestones side by side, and what changed between them."""

import streamlit as st

from dashboard import milestone_text, store, ui
from dashboard.i18n import N_
from dashboard.markdown import md_line
from dashboard.models import GROUPS

t = ui.setup_page(N_("Compare two moments"))
bundle = store.load_bundle(t.code)
st.title(t._("Compare two moments"))
st.markdown(
    t._(
        "Pick two milestones: the maps show who administered each group then, and the list says what changed."
    )
)

if bundle.timeline is None:
    st.stop()
timeline, names = bundle.timeline, bundle.group_names()
sides = timeline.control.administrators
ids = [m.id for m in timeline.milestones]
first_id, second_id = st.select_slider(
    t._("Milestones to compare"),
    options=ids,
    value=(ids[0], ids[-1]),
    format_func=lambda i: milestone_text.slider_label(timeline.milestone(i), t),
    key="compare_range",
)
shots = [bundle.snapshot(timeline.milestone(i)) for i in (first_id, second_id)]
dates = [milestone_text.when(s.milestone, t) for s in shots]

st.subheader(md_line(t._("From {start} to {end}", start=dates[0], end=dates[1])))
changes = [
    milestone_text.change_sentence(t.name(names[g]), shots[0].groups[g], shots[1].groups[g], sides, t)
    for g in GROUPS
]
st.markdown("\n".join(f"- {md_line(sentence)}" for sentence in changes))

ui.show_map_fallback(bundle, "compare_first")  # hidden unless the maps cannot be drawn
for column, shot, date, key in zip(
    st.columns(2), shots, dates, ("compare_first", "compare_second"), strict=True
):
    with column:
        st.markdown(f"**{md_line(date)}** · {md_line(shot.milestone.title)}")
        ui.show_island_map(bundle, shot, key=key, height=420, clickable=False)
        rows = milestone_text.state_rows(shot.groups, names, sides, t)
        st.markdown(milestone_text.markdown_table(milestone_text.twin_header(t), rows))
