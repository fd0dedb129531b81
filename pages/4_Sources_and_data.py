"""Sources & data: where every file and figure comes from, licences, and the files to download."""

import streamlit as st

from dashboard import milestone_text, sources, store, ui
from dashboard.files import DATA_FILES
from dashboard.i18n import N_
from dashboard.markdown import md_line

t = ui.setup_page(N_("Sources & data"))
bundle = store.load_bundle(t.code)
st.title(t._("Sources & data"))

st.header(t._("Data files"))
for item in DATA_FILES:
    content = store.cached_bytes(bundle.path(item.name))
    with st.container(border=True):
        st.markdown(f"**`{item.name}`**: {md_line(t._(item.holds))}")
        st.caption(md_line(t._("Licence: {licence}", licence=t._(item.licence))))
        if content is not None:
            st.download_button(
                t._("Download {file}", file=item.name), data=content, file_name=item.name, mime=item.mime,
                key=f"download_{item.name}",
            )  # fmt: skip
        else:
            st.warning(t._("{file} is missing.", file=item.name))

st.header(t._("Sources"))
st.markdown(
    t._(
        "Every source the data files cite, and what it is cited for. Official sources are preferred; "
        "press reports and encyclopaedias fill gaps, and Wikipedia only where nothing else was found."
    )
)
uses = sources.source_uses(bundle.facts, bundle.names, bundle.islands, bundle.timeline, t,
                           when=lambda m: milestone_text.when(m, t))  # fmt: skip
ui.show_sources(uses, t)

methods = store.methods_text(str(bundle.folder), t.code)
if methods:
    st.markdown(methods)

# the static edition: its download, and its address and embed code when configured
from dashboard.export.app import show_static_edition  # noqa: E402

show_static_edition(t)
