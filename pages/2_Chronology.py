"""Chronology: every milestone in a table, filtered and searched; a click on a row opens it."""

import streamlit as st

from dashboard import chronology_ui, store, ui
from dashboard.i18n import N_

t = ui.setup_page(N_("Chronology"))
bundle = store.load_bundle(t.code)
st.title(t._("Chronology"))
st.markdown(
    t._(
        "Every milestone of the timeline, from the first records to today, in a table or on a time "
        "line. Filter by kind or island group, search the text, and click a row or a point to read "
        "the milestone and open it on the map."
    )
)

if bundle.timeline is None:
    st.stop()
chronology_ui.show_chronology(bundle)
