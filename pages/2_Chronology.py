"""Chronology: every milestone in a table, filtered and searched; a row opens it on the map."""

import streamlit as st

from dashboard import chronology, store, ui
from dashboard.i18n import N_
from dashboard.markdown import md_line
from dashboard.milestone_text import kind_label
from dashboard.models import GROUPS
from dashboard.timeline_models import Kind

t = ui.setup_page(N_("Chronology"))
bundle = store.load_bundle(t.code)
st.title(t._("Chronology"))
st.markdown(
    t._(
        "Every milestone of the timeline with its sources. Filter by kind or island group, search "
        "the text, and select a row to open that milestone on the map."
    )
)

if bundle.timeline is None:
    st.stop()
names = bundle.group_names()
frame = chronology.chronology_frame(bundle.timeline, names, t, store.cached_search_texts(str(bundle.folder)))

kinds_column, groups_column, search_column = st.columns(3)
kinds = kinds_column.multiselect(
    t._("Kind"), list(Kind.__args__), format_func=lambda k: md_line(kind_label(k, t)),
    key="chronology_kinds", placeholder=t._("All kinds"),
)  # fmt: skip
groups = groups_column.multiselect(
    t._("Island group"), list(GROUPS), format_func=lambda g: md_line(t.name(names[g])),
    key="chronology_groups", placeholder=t._("All groups"),
)  # fmt: skip
text = search_column.text_input(t._("Search"), key="chronology_search", placeholder=t._("e.g. Shikotan 1956"))
shown = chronology.filter_chronology(frame, kinds, groups, text)
st.caption(t._("{shown} of {total} milestones", shown=len(shown), total=len(frame)))

columns = {
    "date": t._("Date"), "title": t._("Title"), "kind_label": t._("Kind"), "islands": t._("Islands"),
    "summary": t._("Summary"), "sources": t._("Sources"), "first_source": t._("First source"),
}  # fmt: skip
selection = st.dataframe(
    shown[list(columns)].rename(columns=columns),
    hide_index=True,
    width="stretch",
    on_select="rerun",
    selection_mode="single-row",
    key="chronology_table",
    column_config={
        columns["summary"]: st.column_config.TextColumn(width="large"),
        columns["first_source"]: st.column_config.LinkColumn(display_text=t._("open")),
    },
)
rows = [r for r in selection.selection.rows if isinstance(r, int) and 0 <= r < len(shown)]
if rows:
    chosen = shown.iloc[rows[0]]["id"]
    st.switch_page("streamlit_app.py", query_params={"event": chosen, ui.LANG: t.code})
