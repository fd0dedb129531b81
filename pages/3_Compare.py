"""Compare: the islands at two milestones side by side, and what changed between them."""

import streamlit as st

from dashboard import compare_ui, store, ui
from dashboard.i18n import N_

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
first, second = compare_ui.choose_pair(bundle)
compare_ui.show_comparison(bundle, first, second)
