"""The one escape for every place where data text reaches Markdown (pure, no Streamlit).

Streamlit reads Markdown in st.markdown, headers, captions, notices, table cells, widget labels
and options. Text from the data files or from a URL goes through `md_escape` before any of them,
and a source's address through `md_url`, so that no data can add a link, an image, a directive
(:red[…], :material/…:) or HTML, or reorder what is shown with bidirectional controls.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# CommonMark's punctuation, and ':' for Streamlit's own directives (:red[...], :small[...],
# :material/icon:, emoji shortcodes)
MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|~$:])")
# what may stay unencoded in an address: RFC 3986's unreserved and delimiter characters, less
# those that can end a Markdown link or start one or an image: ( ) [ ] < > ! and the space
URL_SAFE = ":/?#@$&'*+,;=%~-._"


# Unicode's format characters (category Cf: bidirectional controls U+202A–U+202E and
# U+2066–U+2069, zero-width marks, soft hyphen, tags...), as of Unicode 15; a test checks the
# list against unicodedata
FORMAT_CHARACTERS = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U0001343f"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)
CONTROL_CHARACTERS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Text without invisible format characters (FORMAT_CHARACTERS) and with control
    characters other than newline turned into spaces."""
    return CONTROL_CHARACTERS.sub(" ", FORMAT_CHARACTERS.sub("", str(text)))


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
