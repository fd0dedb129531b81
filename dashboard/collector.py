"""Python's garbage collector, tuned for a process that serves this app (one explicit call,
`tune_collector`, made by every page through dashboard.ui.setup_page).

Python collects its youngest objects every 700 net allocations, and every object alive every
100 such collections. The first run of a server process allocates a few million objects while
it reads the data files (the islands' GeoJSON alone is some 30,000 numbers in lists) and builds
the map, with 140,000 objects of pandas, geopandas, pydantic and folium alive: the collector ran
115 times in that run and took 70-90 ms of it, and the first map came 0.3 s later than without
(bench/RESULTS.md). Collecting every 50,000 net allocations instead keeps the young collections
few and cheap; reference cycles are still collected, later. Streamlit's own full collection
after every run is off (`runner.postScriptGC` in .streamlit/config.toml).

Nothing is frozen or switched off, and nothing happens on import.
"""

from __future__ import annotations

import gc

THRESHOLDS = (50_000, 10, 10)  # (youngest, middle, oldest): see the module's docstring


def tune_collector() -> None:
    """Collect the youngest objects every 50,000 net allocations instead of every 700 (the
    other two thresholds as Python's own); the same call again changes nothing."""
    if gc.get_threshold() != THRESHOLDS:
        gc.set_threshold(*THRESHOLDS)
