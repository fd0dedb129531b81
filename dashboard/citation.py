"""Citing a view of the map: its address, and a citation as text and as BibTeX (pure, no Streamlit).

A citation names the dashboard, the milestone on screen, the address that opens the same view,
the data's version (dashboard.version) and the day it was read.
"""

from __future__ import annotations

import codecs
import datetime as dt
import functools
import re
import urllib.parse

import jinja2

from dashboard.i18n import N_, Texts
from dashboard.milestone_text import when
from dashboard.paths import TEMPLATES
from dashboard.timeline_models import Milestone

SITE = N_("Etorofu, Kunashiri, Shikotan and the Habomai Islands: a sourced map")  # as the README's title


@functools.cache
def bibtex_template() -> jinja2.Template:
    """The BibTeX entry's template (dashboard/templates/citation.bib.j2), compiled when first used."""
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False)
    return environment.get_template("citation.bib.j2")


# what LaTeX would read as markup and the codec leaves alone
LATEX_LEFT = {"{": r"\{", "}": r"\}", "$": r"\$", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}"}


def view_url(base: str | None, params: dict[str, str]) -> str:
    """The address of a view: the page's own address (without its query) and `params`."""
    query = urllib.parse.urlencode(params, safe=",")
    if base and not urllib.parse.urlsplit(base).path:
        base += "/"  # the root's own address ends with its slash
    return f"{base or ''}?{query}"


def latex_text(text: str) -> str:
    """Text for a BibTeX field that LaTeX typesets: its special characters escaped (latexcodec,
    keeping Japanese and Cyrillic as UTF-8)."""
    import latexcodec  # noqa: F401 (registers the "ulatex+utf8" codec; imported when first cited)

    text = "".join(LATEX_LEFT.get(c, c) for c in text)
    return codecs.encode(text, "ulatex+utf8")


def citation_text(milestone: Milestone, url: str, version: str, accessed: dt.date, t: Texts) -> str:
    """A citation of the view in the reader's language, as plain text."""
    return t._(
        "{site}. Milestone: {milestone} ({date}). Data version {version}. {url} (accessed {accessed}).",
        site=t._(SITE),
        milestone=milestone.title,
        date=when(milestone, t),
        version=version,
        url=url,
        accessed=t.day(accessed),
    )


def bibtex_key(milestone: Milestone, version: str) -> str:
    """A BibTeX key from the milestone's id and the data version (letters, digits and '-')."""
    return re.sub(r"[^A-Za-z0-9-]", "-", f"islands-{milestone.id}-{version}")


def bibtex(milestone: Milestone, url: str, version: str, accessed: dt.date, t: Texts) -> str:
    """A BibTeX @misc entry for the view (biblatex's url and urldate fields; the address is
    written verbatim, as biblatex reads it)."""
    if any(c in url for c in "{}\\"):
        url = urllib.parse.quote(url, safe=":/?&=,%#")
    return bibtex_template().render(
        key=bibtex_key(milestone, version),
        title=latex_text(f"{t._(SITE)}: {milestone.title} ({when(milestone, t)})"),
        note=latex_text(t._("Data version {version}", version=version)),
        url=url,
        year=accessed.year,
        urldate=accessed.isoformat(),
        language={"en": "english", "ja": "japanese", "ru": "russian"}.get(t.code, t.code),
    )
