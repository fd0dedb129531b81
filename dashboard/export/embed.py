"""Where a published static edition is, and the <iframe> that embeds it in another page (pure)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from markupsafe import escape

from dashboard.export.page import page_file

EMBED_HEIGHT = 900  # px: the controls, the map and the start of the card


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


def embed_snippet(url: str, title: str, height: int = EMBED_HEIGHT) -> str:
    """The HTML to paste into a web page to show the static edition at `url` (escaped)."""
    if checked_url(url) is None:
        raise ValueError(f"not an http(s) address: {url!r}")
    return (
        f'<iframe src="{escape(url)}" title="{escape(title)}" width="100%" height="{int(height)}" '
        f'style="border:0" loading="lazy"></iframe>'
    )
