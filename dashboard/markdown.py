"""The one escape for every place where data text reaches Markdown (pure, no Streamlit).

Streamlit reads Markdown in st.markdown, headers, captions, notices, table cells, widget labels
and options. Text from the data files or from a URL goes through `md_escape` before any of them,
and a source's address through `md_url`, so that no data can add a link, an image, a directive
(:red[…], :material/…:) or HTML, or reorder what is shown with bidirectional controls.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

# CommonMark's punctuation, and ':' for Streamlit's own directives (:red[...], :small[...],
# :material/icon:, emoji shortcodes)
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:])")
# what may stay unencoded in an address: RFC 3986's unreserved and delimiter characters, less
# those that can end a Markdown link or start one or an image: ( ) [ ] < > ! and the space
URL_SAFE = ":/?#@$&'*+,;=%~-._"


def clean(text: str) -> str:
    """Text without invisible format characters (bidirectional controls U+202A–U+202E and
    U+2066–U+2069, zero-width marks, soft hyphens; Unicode category Cf) and with control
    characters other than newline turned into spaces."""
    kept = []
    for char in str(text):
        category = unicodedata.category(char)
        if category == "Cf":
            continue
        kept.append(" " if category == "Cc" and char != "\n" else char)
    return "".join(kept)


def md_escape(text: str) -> str:
    """Text safe to put inside Markdown: cleaned, and every character Markdown could read as
    syntax escaped."""
    return MD_SPECIAL.sub(r"\\\1", clean(text))


def md_line(text: str) -> str:
    """md_escape on one line: newlines and runs of spaces become one space (for table cells,
    labels and list items, where a newline would end the element)."""
    return md_escape(" ".join(clean(text).split()))


def md_url(url: str) -> str:
    """An address that cannot close or open a Markdown link: every character outside URL_SAFE
    percent-encoded (a '%' already there is kept)."""
    return quote(clean(str(url)).strip(), safe=URL_SAFE)


def md_link(title: str, url: str) -> str:
    """A Markdown link whose text and address are both safe."""
    return f"[{md_line(title)}]({md_url(url)})"
