"""The Sources & data page's parts: what the page is for and its contents, the data files and the
timeline as CSV, how the map is made, the sources by kind with a search, and the licences (this
module imports Streamlit; the pure parts are dashboard.sources and dashboard.timeline_csv)."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from dashboard import milestone_text, page_data, sources, store, timeline_csv
from dashboard.files import DATA_FILES
from dashboard.i18n import N_, Texts
from dashboard.markdown import md_escape, md_line
from dashboard.store import Bundle

# (anchor, heading) of the page's sections, in order: the anchors are the same in every language
# so that a link to a section works whatever language it is read in
SECTIONS = (
    ("data-files", N_("Data files")),
    ("methods", N_("How the map is made")),
    ("sources", N_("Sources")),
    ("licences", N_("Licences")),
    ("embed", N_("Embedding and the static edition")),
)
HEADINGS = dict(SECTIONS)
SEARCH_KEY = "source_search"
CARD_COLUMNS = 2  # data files side by side on a wide screen (Streamlit stacks them on a phone)


def show_header(anchor: str, t: Texts) -> None:
    """A section's heading, with its fixed anchor (the contents link to it)."""
    st.header(t._(HEADINGS[anchor]), anchor=anchor)


def show_intro(bundle: Bundle, t: Texts) -> None:
    """What the page is for, the data's version and the contents."""
    st.markdown(
        md_escape(
            t._(
                "Where every island outline, name, date and figure of this dashboard comes from: the "
                "data files to download, how the map is made, every source it cites and under which "
                "licences it may be reused."
            )
        )
    )
    version = store.cached_data_version(str(bundle.folder))
    # our own message, and a hexadecimal hash: nothing from the data
    st.markdown(
        t._(
            "Data version {version}. A citation of this dashboard names the version of the data it "
            "was made from: if it names another, the data has changed since.",
            version=f"`{version}`",
        )
    )
    links = " · ".join(f"[{md_line(t._(heading))}](#{anchor})" for anchor, heading in SECTIONS)
    heading = md_escape(t._("On this page:"))
    st.markdown(f"**{heading}** {links}")


@dataclass(frozen=True)
class Download:
    """One card of the Data files section: a file, what it holds and its bytes (or a function
    that makes them when the reader first asks; None if the file cannot be read)."""

    name: str
    holds: str
    data: bytes | Callable[[], bytes] | None
    mime: str


def readable(path: str) -> bool:
    """Whether a data file is there to download."""
    return os.path.isfile(path) and os.access(path, os.R_OK)


def data_file_cards(bundle: Bundle, t: Texts) -> list[Download]:
    """The downloads: every data file, and after timeline.yaml the timeline as CSV in the
    reader's language."""
    cards = []
    for item in DATA_FILES:
        # the bytes are read when the reader first asks (not copied into every rerun)
        path = bundle.path(item.name)
        content = functools.partial(store.cached_bytes, path) if readable(path) else None
        cards.append(Download(item.name, t._(item.holds), content, item.mime))
        if item.name == "timeline.yaml" and bundle.timeline is not None:
            holds = t._(
                "The timeline as a table for spreadsheets, in this page's language: one row per "
                "milestone with its date, kind, title, island groups, summary, both governments' "
                "positions and its sources with their addresses."
            )
            make = functools.partial(page_data.cached_timeline_csv, str(bundle.folder), t.code)
            cards.append(Download(timeline_csv.file_name(t.code), holds, make, "text/csv"))
    return cards


def show_data_files(bundle: Bundle, t: Texts) -> None:
    """One card per download, two to a row on a wide screen."""
    cards = data_file_cards(bundle, t)
    with st.container(key="data_files"):
        show_cards(cards, t)


def show_cards(cards: list[Download], t: Texts) -> None:
    """The cards, CARD_COLUMNS to a row."""
    for start in range(0, len(cards), CARD_COLUMNS):
        row = cards[start : start + CARD_COLUMNS]
        for column, card in zip(st.columns(CARD_COLUMNS), row, strict=False):
            with column.container(border=True, height="stretch"):
                st.markdown(f"**`{card.name}`**: {md_line(card.holds)}")
                if card.data is None:
                    st.warning(t._("{file} is missing.", file=card.name))
                    continue
                st.download_button(
                    t._("Download {file}", file=card.name), data=card.data, file_name=card.name,
                    mime=card.mime, icon=":material/download:", key=f"download_{card.name}",
                )  # fmt: skip


def show_methods(bundle: Bundle, t: Texts) -> None:
    """How the map is made (geodata/methods*.md, our own Markdown), under the section's heading."""
    methods = store.methods_text(str(bundle.folder), t.code)
    if methods:
        st.markdown(sources.methods_body(methods))
    else:
        st.warning(t._("The description of how the map is made could not be read."))


def show_policy(t: Texts) -> None:
    """The sourcing policy, briefly."""
    st.markdown(
        md_escape(
            t._(
                "Primary sources come first: treaty texts, UN documents, the pages of both "
                "governments' ministries, the records of Japan's Diet and the US State Department's "
                "Foreign Relations of the United States (FRUS). Each government's reading of an event "
                "is given as its own and attributed to it; where the two sides' figures differ, both "
                "are shown. Scholarship, the press and reference works fill the gaps, and Wikipedia "
                "only where nothing else was found."
            )
        )
    )


def show_sources(bundle: Bundle, t: Texts) -> None:
    """The policy, a search, and every source grouped by kind, one collapsible group each."""
    show_policy(t)
    # each file through the bundle first, so that one that fails is reported on the page
    present = tuple(getattr(bundle, attr) is not None for attr in page_data.SOURCE_FILES)
    lines = page_data.cached_source_lines(str(bundle.folder), t.code, present)
    uses = list(lines)
    query = st.text_input(
        t._("Search the sources"),
        key=SEARCH_KEY,
        placeholder=t._("e.g. Diet 1956"),
        help=t._("Every word is looked for separately in the publisher, the title and what it is cited for."),
    )
    found = sources.filter_sources(uses, query)
    if query.strip():
        st.caption(t._("{found} of {total} sources match.", found=len(found), total=len(uses)))
    if not found:
        st.info(t._("No source matches this search."))
    for kind, entries in sources.by_kind(found).items():
        label = f"{sources.kind_label(kind, t)} ({len(entries)})"
        with st.expander(md_line(label), expanded=bool(query.strip())):
            st.markdown("\n".join(f"{i}. {lines[e]}" for i, e in enumerate(entries, start=1)))


def show_licences(t: Texts) -> None:
    """Under which licences the code, each data file and the sources may be reused."""
    by_licence: dict[str, list[str]] = {}
    for item in DATA_FILES:
        by_licence.setdefault(item.licence, []).append(item.name)
    rows = [(", ".join(names), t._(licence)) for licence, names in by_licence.items()]
    table = milestone_text.markdown_table((t._("Files"), t._("Licence")), rows)  # it escapes
    st.markdown(
        md_escape(t._("The code of this dashboard is under the MIT licence."))
        + "\n\n"
        + table
        + "\n\n"
        + md_escape(
            t._(
                "The CSV of the timeline is under the licence of timeline.yaml. The sources remain "
                "their publishers' and are under their own terms: the dashboard links to them."
            )
        )
    )
