"""Sources & data: the data files and the timeline as CSV, how the map is made, every source by
kind with a search, the licences, and the codes to embed the app and its static edition."""

import streamlit as st

from dashboard import sources_ui as page
from dashboard import store, ui
from dashboard.export.app import show_embedding
from dashboard.i18n import N_

t = ui.setup_page(N_("Sources & data"))
bundle = store.load_bundle(t.code)
with st.container(key="sources_page"):
    st.title(t._("Sources & data"))
    page.show_intro(bundle, t)

    page.show_header("data-files", t)
    page.show_data_files(bundle, t)

    page.show_header("methods", t)
    page.show_methods(bundle, t)

    page.show_header("sources", t)
    page.show_sources(bundle, t)

    page.show_header("licences", t)
    page.show_licences(t)

    page.show_header("embed", t)
    show_embedding(t)
