"""Embedding and the static edition in the app: the live app's embed code, where the static
edition is published, its download and its embed code (this module imports Streamlit; the
Sources & data page calls `show_embedding`)."""

from __future__ import annotations

import logging
import os

import streamlit as st

from dashboard import store
from dashboard.export.embed import APP_EMBED_HEIGHT, app_embed_url, checked_url, embed_snippet, page_url
from dashboard.export.site import archive_name, can_build, site_zip
from dashboard.i18n import N_, Texts
from dashboard.markdown import md_escape, md_link

# settings: environment variables, or root-level keys of Streamlit's secrets (.streamlit/secrets.toml)
STATIC_URL = "DASHBOARD_STATIC_URL"  # the published static edition's address (its folder)
APP_URL = "DASHBOARD_APP_URL"  # the live app's address, which the static edition links back to
EMBED_TITLE = N_("Map and timeline of Etorofu, Kunashiri, Shikotan and the Habomai Islands")
LOG = logging.getLogger(__name__)


def setting(name: str) -> str | None:
    """An address from the environment or Streamlit's secrets; None if unset or not an http(s)
    address (logged: a broken setting must not reach the page)."""
    value = os.environ.get(name)
    if not value:
        try:
            value = st.secrets.get(name)
        except Exception:  # no secrets file: nothing configured
            value = None
    if not value:
        return None
    url = checked_url(str(value))
    if url is None:
        LOG.warning("ignored %s: not an http(s) address: %.100r", name, value)
    return url


def show_static_edition(t: Texts) -> None:
    """The static edition on the Sources & data page: what it is, its download (where this server
    can build it) and, when its address is configured, a link to it and the code to embed it."""
    published = setting(STATIC_URL)
    buildable = can_build()
    if not (published or buildable):
        LOG.warning("no static edition to offer: set %s, or run  npm ci --prefix tests/e2e", STATIC_URL)
        return
    st.subheader(t._("Static edition"))
    st.markdown(
        md_escape(
            t._(
                "The map and the timeline in one page per language that works from any web host or "
                "from disk, with no network: for a large audience, for embedding in another page and "
                "for archiving. It is built from the same data as this app."
            )
        )
    )
    if published:
        st.markdown(md_link(t._("Open the static edition"), page_url(published, t.code)))
    if buildable:
        folder, app_url = store.geodata_dir(), setting(APP_URL)
        version = store.cached_data_version(str(folder))
        st.download_button(
            t._("Download the static edition (ZIP)"),
            data=lambda: site_zip(folder, app_url),  # built on the first click, once per process
            file_name=f"{archive_name(version)}.zip",
            mime="application/zip",
            icon=":material/download:",
            key="download_static_edition",
        )
        st.caption(md_escape(t._("Unzip it and open index.html.")))
    if published:
        st.markdown(md_escape(t._("To embed it in another web page, copy this code:")))
        snippet = embed_snippet(page_url(published, t.code), t._(EMBED_TITLE))
        st.code(snippet, language="html", wrap_lines=True)


def show_live_embed(t: Texts) -> None:
    """The code that embeds the live app (Streamlit's `?embed=true`) in the reader's language,
    when the app's address is configured; else how to configure it (never a made-up address)."""
    st.subheader(t._("Embed the live app"))
    app_url = setting(APP_URL)
    if app_url is None:
        st.info(
            md_escape(
                t._(
                    "The code to embed the live app appears here once the app knows its own address: "
                    "set {setting} to it, as an environment variable or as a root-level key of "
                    "Streamlit's secrets (.streamlit/secrets.toml, or the app's Secrets on Streamlit "
                    "Community Cloud).",
                    setting=APP_URL,
                )
            ),
            icon=":material/settings:",
        )
        return
    st.markdown(md_escape(t._("To embed the live app in another web page, copy this code:")))
    snippet = embed_snippet(app_embed_url(app_url, t.code), t._(EMBED_TITLE), APP_EMBED_HEIGHT)
    st.code(snippet, language="html", wrap_lines=True)
    st.caption(
        md_escape(
            t._(
                "Every reader of the host page then opens a session on this app's one server; for a "
                "large audience, embed the static edition instead."
            )
        )
    )


def show_embedding(t: Texts) -> None:
    """The section's body: the live app's embed code, then the static edition."""
    show_live_embed(t)
    show_static_edition(t)
