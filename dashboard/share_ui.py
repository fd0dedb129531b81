"""The landing page's Share dialog: the view's address, its citation as text and BibTeX, and the
map of the milestone as SVG and PNG (this module imports Streamlit; the pure parts are
dashboard.citation and dashboard.picture)."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from dashboard import citation, mapping, picture, store
from dashboard.store import Bundle


def share_dialog(bundle: Bundle, shot, params: dict[str, str]) -> None:
    """The view's address, its citation (text and BibTeX) and the map as SVG and PNG, in a
    dialog: made only when the reader asks, so that a step sends none of it."""
    t = bundle.t

    @st.dialog(t._("Share, cite or download this view"), width="large")
    def dialog() -> None:
        milestone, today = shot.milestone, dt.date.today()
        version = store.cached_data_version(str(bundle.folder))
        url = citation.view_url(st.context.url, params)
        st.markdown(t._("**Link** to this view (the button at its right copies it)"))
        st.code(url, language=None, wrap_lines=True)
        st.markdown(t._("**Cite** this view"))
        st.code(citation.citation_text(milestone, url, version, today, t), language=None, wrap_lines=True)
        st.code(citation.bibtex(milestone, url, version, today, t), language="latex", wrap_lines=True)
        st.markdown(t._("**Download** the map of this milestone, drawn from the same data"))
        svg = map_picture(bundle, shot, url, version)
        stem = picture.file_stem(milestone.id, t.code, today)
        left, right = st.columns(2)
        left.download_button(
            t._("Map as SVG"),
            svg,
            f"{stem}.svg",
            "image/svg+xml",
            icon=":material/download:",
            on_click="ignore",
        )
        right.download_button(
            t._("Map as PNG"),
            lambda: picture.png(svg),  # drawn when asked for, apart from the page's run
            f"{stem}.png",
            "image/png",
            icon=":material/download:",
            on_click="ignore",
            disabled=not picture.png_available(),
            help=None
            if picture.png_available()
            else t._("This server cannot draw PNGs (it lacks the cairo library)."),
        )

    dialog()


def map_picture(bundle: Bundle, shot, url: str, version: str) -> str:
    """The SVG of the map at `shot`, headed by its milestone, with the credit, the data version
    and the view's address at its foot."""
    t, timeline = bundle.t, bundle.timeline
    names = {g: t.name(n) for g, n in bundle.group_names().items()}
    footer = " · ".join((t._(mapping.CREDIT), t._("Data version {version}", version=version), url))
    return picture.map_svg(
        store.cached_picture_base(str(bundle.folder)),
        shot,
        timeline.control.administrators,
        {b.id: b for b in timeline.borders},
        names,
        t,
        shot.milestone.title,
        footer,
    )
