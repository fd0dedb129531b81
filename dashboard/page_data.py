"""Cached tables, charts and pictures of the pages beside the map: the Chronology's table and its
layouts, the Islands page's locator and charts, the Sources page's list and the timeline as CSV
(this module imports Streamlit).

They are kept apart from dashboard.store so that the map page, which most readers open first,
imports none of their builders: Altair alone takes about 0.3 s and 30 MB to import. Each is made
once per process (and language) from the files dashboard.store has loaded.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import streamlit as st

from dashboard import (
    charts,
    chronology,
    locator,
    milestone_text,
    picture,
    sources,
    store,
    tables,
    time_axis,
    timeline_csv,
)
from dashboard.i18n import texts
from dashboard.models import GROUPS


@st.cache_resource(show_spinner=False, max_entries=8)
def cached_chronology(folder: str, lang: str) -> pd.DataFrame | None:
    """The Chronology's table in a language (dashboard.chronology), made once per process and
    shared (pages filter it into new frames, never change it); None without a timeline."""
    timeline = store.loaded(folder, "timeline.yaml", lang)
    if timeline is None:
        return None
    names = store.loaded(folder, "names.yaml")
    group_names = names.group_names() if names is not None else store.PLAIN_GROUP_NAMES
    return chronology.chronology_frame(timeline, group_names, texts(lang), store.cached_search_texts(folder))


@st.cache_resource(show_spinner=False, max_entries=64)
def cached_chronology_tables(
    folder: str, lang: str, kinds: tuple[str, ...], groups: tuple[str, ...], text: str
) -> tuple[list[str], dict[str, pa.Table]]:
    """The Chronology's rows for a choice of filters: their ids in order, and the table in each
    layout ("wide", "narrow") as Arrow tables, made once per choice and shared (a rerun sends
    them with no conversion; the page sends three layouts)."""
    frame = cached_chronology(folder, lang)
    shown = chronology.filter_chronology(frame, list(kinds), list(groups), text)
    t = texts(lang)
    tables = {
        "wide": chronology.layout_table(shown, chronology.WIDE_COLUMNS, t),
        "narrow": chronology.layout_table(shown, chronology.NARROW_COLUMNS, t),
    }
    return list(shown["id"]), tables


@st.cache_data(show_spinner=False, max_entries=64)
def cached_browse_spec(folder: str, lang: str, ids: tuple[str, ...], years: tuple[int, int]) -> dict | None:
    """The Chronology's timeline view of the milestones `ids` over `years` (dashboard.time_axis),
    made once per choice; None without a timeline."""
    timeline = store.loaded(folder, "timeline.yaml", lang)
    if timeline is None:
        return None
    names = store.loaded(folder, "names.yaml")
    group_names = names.group_names() if names is not None else store.PLAIN_GROUP_NAMES
    t = texts(lang)
    return time_axis.browse_spec(timeline, list(ids), [t.name(group_names[g]) for g in GROUPS], years, t)


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_locator_base(folder: str) -> picture.PictureBase | None:
    """The projected, simplified geometry of the Islands page's locator, made once; None
    without the islands."""
    islands = store.loaded(folder, "islands.geojson")
    return (
        locator.locator_base(islands, store.loaded(folder, "context.geojson"))
        if islands is not None
        else None
    )


@st.cache_data(show_spinner=False, max_entries=8)
def cached_locator(folder: str, lang: str) -> str | None:
    """The Islands page's locator in a language (an <img>, dashboard.locator), made once."""
    base = cached_locator_base(folder)
    if base is None:
        return None
    names = store.loaded(folder, "names.yaml")
    group_names = names.group_names() if names is not None else store.PLAIN_GROUP_NAMES
    islands, context = store.loaded(folder, "islands.geojson"), store.loaded(folder, "context.geojson")
    return locator.build_locator(base, islands, context, group_names, texts(lang))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_island_charts(folder: str, lang: str) -> dict[str, dict | None]:
    """The Islands page's two charts as Vega-Lite specs, made once per language (building an
    Altair chart and validating it takes tens of milliseconds): 'residents' (None without
    population.yaml) and 'areas' (None without facts.yaml)."""
    t = texts(lang)
    names = store.loaded(folder, "names.yaml")
    group_names = names.group_names() if names is not None else store.PLAIN_GROUP_NAMES
    facts, population = (
        store.loaded(folder, "facts.yaml", lang),
        store.loaded(folder, "population.yaml", lang),
    )
    shapes = (
        store.loaded(folder, "islands.geojson") is not None
        and store.loaded(folder, "context.geojson") is not None
    )
    group_measures = store.attempt(store.cached_measures, folder)[0] if shapes else None
    areas = tables.area_frame(facts, group_names, group_measures, t) if facts is not None else None
    return {
        "residents": charts.residents_chart(population, group_names, t).to_dict()
        if population is not None
        else None,
        "areas": charts.area_chart(areas, group_names, t).to_dict() if areas is not None else None,
    }


@st.cache_data(show_spinner=False, max_entries=8)
def cached_timeline_csv(folder: str, lang: str) -> bytes:
    """The timeline as CSV in a language (dashboard.timeline_csv), made once per language."""
    timeline = store.loaded(folder, "timeline.yaml", lang)
    names = store.loaded(folder, "names.yaml")
    group_names = names.group_names() if names is not None else store.PLAIN_GROUP_NAMES
    return timeline_csv.timeline_csv(timeline, group_names, texts(lang))


SOURCE_FILES = ("facts", "names", "islands", "timeline")  # the files whose sources the page lists


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_source_lines(folder: str, lang: str, present: tuple[bool, ...]) -> dict:
    """{source use: its Markdown line} of every source the data files cite, in a language, made
    once per process and shared (never changed). `present` says which of SOURCE_FILES loaded,
    so that a file fixed or broken since gives a new list."""
    t = texts(lang)
    files = {
        "facts": store.loaded(folder, "facts.yaml"),
        "names": store.loaded(folder, "names.yaml"),
        "islands": store.loaded(folder, "islands.geojson"),
        "timeline": store.loaded(folder, "timeline.yaml", lang),
    }
    files = {attr: value if ok else None for (attr, value), ok in zip(files.items(), present, strict=True)}
    uses = sources.source_uses(**files, t=t, when=lambda m: milestone_text.when(m, t))
    return {entry: sources.source_line(entry, t) for entry in uses}
