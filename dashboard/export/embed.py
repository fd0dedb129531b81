"""Where a published static edition is, the live app's embedding address, and the <iframe> that
embeds either in another page (pure)."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from markupsafe import escape

from dashboard.export.page import page_file

EMBED_HEIGHT = 900  # px: the controls, the map and the start of the card
APP_EMBED_HEIGHT = 1000  # px: the live app's title, controls and map


def checked_url(value: str | None) -> str | None:
    """An http(s) address with a host, stripped; None for anything else (an empty setting, a
    typo, a javascript: address)."""
    value = (value or "").strip()
    parts = urlsplit(value)
    return (
        value
        if parts.scheme in ("http", "https") and parts.netloc and not any(c.isspace() for c in value)
        else None
    )


def page_url(base: str, code: str) -> str:
    """The address of a language's page of the static edition published at `base` (its folder,
    or its index.html)."""
    folder = base if base.endswith("/") or base.rsplit("/", 1)[-1].endswith(".html") else base + "/"
    return urljoin(folder, page_file(code))


def app_embed_url(base: str, code: str) -> str:
    """The live app at `base` as Streamlit embeds it (`?embed=true`: no menu, no toolbar), in a
    language; the address's own query is kept, its embed and lang replaced."""
    parts = urlsplit(base)
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in ("embed", "lang")]
    query += [("embed", "true"), ("lang", code)]
    return urlunsplit(parts._replace(path=parts.path or "/", query=urlencode(query), fragment=""))


def embed_snippet(url: str, title: str, height: int = EMBED_HEIGHT) -> str:
    """The HTML to paste into a web page to show the static edition at `url` (escaped)."""
    if checked_url(url) is None:
        raise ValueError(f"not an http(s) address: {url!r}")
    return (
        f'<iframe src="{escape(url)}" title="{escape(title)}" width="100%" height="{int(height)}" '
        f'style="border:0" loading="lazy"></iframe>'
    )
