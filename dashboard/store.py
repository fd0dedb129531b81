"""The data as the pages get it: every file loaded and validated once per process, and the map's
prepared layers once per process and language (Streamlit's caches; this module imports Streamlit).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard import (
    control,
    data,
    legend,
    map_layers,
    mapping,
    measures,
    milestone_text,
    picture,
    time_axis,
    version,
)
from dashboard.files import BY_NAME, DATA_FILES, TRANSLATIONS
from dashboard.i18n import DEFAULT, LANGUAGES, Texts, texts
from dashboard.models import GROUPS
from dashboard.paths import GEODATA

# what the groups are called when names.yaml cannot be used
PLAIN_GROUP_NAMES = {g: {"en": g.capitalize()} for g in GROUPS}
# tests point the app at other data files through this variable
GEODATA_ENV = "DASHBOARD_GEODATA"


def geodata_dir() -> Path:
    """The folder the data files are read from."""
    return Path(os.environ.get(GEODATA_ENV) or GEODATA)


# Cached per process and per path: each file is read and validated once. A DataError is raised,
# not returned, so that a fixed file is picked up on the next rerun. A resource cache hands every
# session the same objects (no copy per rerun): the records are frozen pydantic models, and no
# code changes a loaded GeoDataFrame (they are filtered, projected and assigned into new ones).
@st.cache_resource(show_spinner=False, max_entries=32)
def cached_file(name: str, path: str):
    """A data file of the DATA_FILES table, loaded by its loader."""
    return BY_NAME[name].loader(Path(path))


@st.cache_data(show_spinner=False, max_entries=32)
def cached_bytes(path: str) -> bytes | None:
    """A data file's bytes for its download button, read once (None if it cannot be read)."""
    try:
        return Path(path).read_bytes()
    except OSError:
        return None


def attempt(loader, *args):
    """Call a cached loader; on a DataError return (None, message) instead of failing the page."""
    try:
        return loader(*args), None
    except data.DataError as err:
        return None, str(err)


ATTRS = {item.attr: item.name for item in DATA_FILES}
MAP_FILES = ("islands", "context", "borders", "names", "timeline")  # what cached_map_layers reads


@dataclass
class Bundle:
    """The data files by the `attr` of DATA_FILES (bundle.islands, bundle.timeline, ...), each
    loaded when a page first asks for it (so that the map is sent before the files it does not
    need are read); a file that failed is None, and its message is shown where it was asked
    for and kept in `errors`."""

    folder: Path
    lang: str = DEFAULT
    loaded: dict[str, object] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def __getattr__(self, name: str):
        if name not in ATTRS:
            raise AttributeError(name)
        loaded = self.__dict__["loaded"]
        if name not in loaded:
            loaded[name], problems = load_file(self.folder, ATTRS[name], self.lang)
            for problem in problems:
                self.errors.append(problem)
                message = texts(self.lang)._("A data file could not be used: {error}", error=problem)
                st.error(message, icon=":material/error:")
        return loaded[name]

    def path(self, name: str) -> str:
        return str(self.folder / name)

    def group_names(self) -> dict[str, dict]:
        """Names of the four groups; plain ids if names.yaml failed to load."""
        return self.names.group_names() if self.names is not None else PLAIN_GROUP_NAMES

    def line_names(self) -> dict[str, str]:
        """{border line id: name} from the timeline's border table."""
        return {b.id: b.name for b in self.timeline.borders} if self.timeline is not None else {}

    @property
    def layers(self) -> dict:
        """The map's prepared layers in the bundle's language (a copy of the shared dict); the
        files they come from are loaded first, so that a broken one is reported here."""
        for attr in MAP_FILES:
            getattr(self, attr)
        return dict(cached_map_layers(str(self.folder), self.lang))

    @property
    def measures(self) -> pd.DataFrame | None:
        """Per-group measures of the coastline data, worked out (once per process) when first
        asked for, so that a page draws its map before it measures anything."""
        if self.islands is None or self.context is None:
            return None
        return attempt(cached_measures, str(self.folder))[0]

    def snapshot(self, milestone) -> control.Snapshot:
        return control.snapshot(self.timeline, milestone)

    @property
    def t(self) -> Texts:
        return texts(self.lang)


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_translation(path: str) -> dict:
    """A language's content file (geodata/i18n/<lang>.yaml), read once."""
    return data.load_translation(Path(path))


@st.cache_resource(show_spinner=False, max_entries=32)
def cached_localized(name: str, path: str, translation: str):
    """A data file of the DATA_FILES table with its texts in a language (`translation` is the
    language's content file)."""
    overlay = cached_translation(translation).get(name)
    try:
        return BY_NAME[name].loader(Path(path), overlay)
    except data.DataError as err:  # the English file loads: the translation is at fault
        where = f"{TRANSLATIONS}/{Path(translation).name}, for {name}"
        raise data.DataError(where, err.problem, err.record) from None


def load_file(folder: Path, name: str, lang: str = DEFAULT) -> tuple[object, list[str]]:
    """A data file in a language (its texts translated where the language's content file has
    them; English if that file cannot be used): (the loaded file or None, problems)."""
    path = str(folder / name)
    if lang != DEFAULT and BY_NAME[name].translated:
        translation = folder / TRANSLATIONS / f"{lang}.yaml"
        value, error = attempt(cached_localized, name, path, str(translation))
        if error is None:
            return value, []
        english, english_error = attempt(cached_file, name, path)
        return english, [english_error or error]
    value, error = attempt(cached_file, name, path)
    return value, [error] if error else []


def load_bundle(lang: str = DEFAULT) -> Bundle:
    """The data files in a language, each loaded and validated once per process, each shown
    with one clear message if it failed."""
    return Bundle(geodata_dir(), lang)


def loaded(folder: str, name: str, lang: str = DEFAULT):
    """A file of the folder as loaded in a language, or None if it failed."""
    return load_file(Path(folder), name, lang)[0]


@st.cache_resource(show_spinner=False, max_entries=16)
def cached_map_layers(folder: str, lang: str) -> dict:
    """What mapping.build_map needs, prepared once per language: the GeoJSON strings of the
    layers, the names written on the map, the legend, the Cape Nosappu marker and the framing.
    A part whose file failed is None; the loader's own message is already on the page."""
    t = texts(lang)
    names = loaded(folder, "names.yaml")
    group_names = names.group_names() if names is not None else PLAIN_GROUP_NAMES
    islands, context = loaded(folder, "islands.geojson"), loaded(folder, "context.geojson")
    borders, timeline = loaded(folder, "borders.geojson"), loaded(folder, "timeline.yaml", lang)
    lines = {b.id: b for b in timeline.borders} if timeline is not None else {}
    sides = timeline.control.administrators if timeline is not None else {}
    bounds = mapping.framing(islands) if islands is not None else None
    if borders is not None:  # lines the timeline does not know are drawn by their kind
        styles = {
            i: mapping.line_style(lines[i], sides) if i in lines else mapping.LINE_STYLES[kind]
            for i, kind in zip(borders["id"], borders["kind"], strict=True)
        }
    labels = map_layers.map_labels(
        islands,
        context,
        borders,
        names,
        group_names,
        {i: b.label for i, b in lines.items() if b.label},
        bounds,
        t,
    )
    return {
        "islands": map_layers.islands_json(islands, group_names, t) if islands is not None else None,
        "context": map_layers.context_json(context, t) if context is not None else None,
        "borders": map_layers.borders_json(borders, {i: b.name for i, b in lines.items()}, styles, t)
        if borders is not None
        else None,
        "claims": map_layers.claims_json(islands) if islands is not None else None,
        "labels": map_layers.labels_json(labels),
        "legend": legend.timeline_legend(timeline, t)
        if timeline is not None
        else legend.group_legend(group_names, t),
        "legend_title": t._("Legend"),
        "credit": t._(mapping.CREDIT),
        "lang": lang,
        "nosappu": mapping.nosappu_marker(context, t) if context is not None else None,
        "bounds": bounds,
    }


@st.cache_data(show_spinner=False, max_entries=8)
def cached_measures(folder: str) -> pd.DataFrame:
    islands, context = loaded(folder, "islands.geojson"), loaded(folder, "context.geojson")
    return measures.measure_groups(islands, context.set_index("id"))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_fallback(folder: str) -> str:
    """The plain picture of the islands shown when the map cannot be drawn, made once."""
    return mapping.fallback_svg(loaded(folder, "islands.geojson"), loaded(folder, "context.geojson"))


@st.cache_data(show_spinner=False, max_entries=8)
def cached_overview(folder: str, lang: str, today: str) -> dict:
    """The time axis's overview spec, the same at every step of a day (Streamlit then sends a
    reference to it instead of its 15 KB)."""
    return time_axis.overview_spec(
        loaded(folder, "timeline.yaml", lang), texts(lang), dt.date.fromisoformat(today)
    )


@st.cache_data(show_spinner=False, max_entries=8)
def cached_slider_labels(folder: str, lang: str) -> dict[str, str]:
    """{milestone id: '19 Oct 1956 · Joint Declaration'}, escaped, made once per language."""
    timeline = loaded(folder, "timeline.yaml", lang)
    if timeline is None:
        return {}
    return {m.id: milestone_text.slider_label(m, texts(lang)) for m in timeline.milestones}


@st.cache_data(show_spinner=False, max_entries=8)
def cached_option_labels(folder: str, lang: str) -> dict[str, str]:
    """{milestone id: '19 Oct 1956 · Joint Declaration'} as plain text (a select box shows its
    options as text, not Markdown), made once per language."""
    timeline = loaded(folder, "timeline.yaml", lang)
    if timeline is None:
        return {}
    return {m.id: milestone_text.option_label(m, texts(lang)) for m in timeline.milestones}


@st.cache_data(show_spinner=False, max_entries=8)
def methods_text(folder: str, lang: str) -> str | None:
    """How the map is made (geodata/methods.md, or methods.<lang>.md in another language), our
    own Markdown; None if it cannot be read."""
    for name in (f"methods.{lang}.md", "methods.md"):
        path = Path(folder) / name
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                return None
    return None


@st.cache_data(show_spinner=False, max_entries=8)
def cached_search_texts(folder: str) -> dict[str, list[str]]:
    """{milestone id: its titles and summaries in every language}, for the Chronology's search."""
    texts_by_id: dict[str, list[str]] = {}
    for code in LANGUAGES:
        timeline = loaded(folder, "timeline.yaml", code)
        for m in timeline.milestones if timeline is not None else []:
            texts_by_id.setdefault(m.id, []).extend([m.title, m.short_title, m.summary])
    return texts_by_id


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_data_version(folder: str) -> str:
    """The data's version (dashboard.version), worked out once per process."""
    return version.data_version(Path(folder))


@st.cache_resource(show_spinner=False, max_entries=4)
def cached_picture_base(folder: str) -> picture.PictureBase:
    """The projected, simplified geometry of the downloadable map pictures, made once."""
    return picture.picture_base(
        loaded(folder, "islands.geojson"),
        loaded(folder, "context.geojson"),
        loaded(folder, "borders.geojson"),
    )
