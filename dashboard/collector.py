"""Python's garbage collector, tuned for a process that serves this app (one explicit call,
`tune_collector`, made by every page through dashboard.ui.setup_page).

Python collects its youngest objects every 700 net allocations, the middle generation every
10 of those and everything alive every 10 of the middle ones. The first run of a server process
allocates a few million objects while it reads the data files (the islands' GeoJSON alone is
some 30,000 numbers in lists) and builds the map, with 140,000 objects of pandas, geopandas,
pydantic and folium alive: the collector ran 165 times in that run and took 85-90 ms of it, and
the first map came about 0.3 s later (bench/RESULTS.md).

With the youngest generation collected every 5,000 net allocations and a full collection ten
times rarer, the first run sees 18 collections and about 20 ms of them. Thresholds much higher
than that (50,000 was tried) save little more in the first run and let a session's short-lived
garbage pile up: the server held some 30 MB more during a pass of play. Reference cycles are
still collected. Streamlit's own full collection after every run is off (`runner.postScriptGC`
in .streamlit/config.toml).

Nothing is frozen or switched off, and nothing happens on import.
"""

from __future__ import annotations

import gc

THRESHOLDS = (5_000, 10, 100)  # (youngest, middle, oldest): see the module's docstring


def tune_collector() -> None:
    """Collect the youngest objects every 5,000 net allocations instead of every 700, and all of
    them ten times less often; the same call again changes nothing."""
    if gc.get_threshold() != THRESHOLDS:
        gc.set_threshold(*THRESHOLDS)
