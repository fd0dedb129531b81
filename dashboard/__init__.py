"""Northern Territories / Southern Kurils dashboard: data, domain logic and map builders."""

import gc
import sys

# In a Streamlit server, the first page run of a new process imports geopandas, pandas,
# pydantic and folium and loads the data: 150,000 objects that live as long as the process.
# Python's collector would go over them two or three times on the way, 0.1-0.2 s before the
# first reader sees a map. It is paused here, before those imports, and started again by
# dashboard.ui.freeze_loaded_objects once the data has loaded and those objects are frozen.
# Outside a server (the build, the validator, plain imports) nothing changes.
_streamlit_runtime = sys.modules.get("streamlit.runtime")
if _streamlit_runtime is not None and _streamlit_runtime.exists():
    gc.disable()
