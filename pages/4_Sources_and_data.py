"""Sources & data: where every file and figure comes from, licences, and the files to download."""

import streamlit as st

from dashboard import summary, ui
from dashboard.files import DATA_FILES

ui.setup_page("Sources & data")
st.title("Sources & data")

bundle = ui.load_bundle()
folder = ui.geodata_dir()

st.header("Data files")
for item in DATA_FILES:
    path = folder / item.name
    with st.container(border=True):
        st.markdown(f"**`{item.name}`**: {item.holds}")
        st.caption(f"Licence: {item.licence}")
        if path.is_file():
            st.download_button(
                f"Download {item.name}",
                data=path.read_bytes(),
                file_name=item.name,
                mime=item.mime,
                key=f"download_{item.name}",
            )
        else:
            st.warning(f"{item.name} is missing.")

st.header("Sources")
st.markdown(
    "Every source the data files cite, and what it is cited for. Official sources are preferred; "
    "press reports and encyclopaedias fill gaps, and Wikipedia only where nothing else was found."
)
ui.show_sources(summary.source_uses(bundle.facts, bundle.names, bundle.islands, bundle.timeline))

methods = folder / "methods.md"
if methods.is_file():
    st.markdown(methods.read_text(encoding="utf-8"))
