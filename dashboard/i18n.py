"""The reader's language: the languages table, interface strings and Babel's dates and numbers.

Interface strings are gettext messages: the code says `t._("Next")`, and the catalogues in
dashboard/locale/<lang>/LC_MESSAGES/messages.po (managed with Babel, see the README) give their
translations. Content (milestones, facts, names) is translated in geodata/, beside the content
(dashboard.content). Dates and numbers are Babel's, in the language's own forms:
19 October 1956, 1956年10月19日, 19 октября 1956 г.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
from dataclasses import dataclass
from gettext import NullTranslations

from babel.dates import format_date, format_interval, format_skeleton, get_day_names, get_month_names
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal
from babel.support import Translations

from dashboard.paths import LOCALE


@dataclass(frozen=True)
class Language:
    """One language of the dashboard."""

    code: str  # the ?lang= value and the catalogue's folder
    name: str  # its own name, for the switch
    locale: str  # Babel's locale for dates and numbers
    month_axis: str  # how a time axis labels months (a d3 time format)


LANGUAGES = {
    language.code: language
    for language in (
        Language("en", "English", "en_GB", "%b %Y"),
        Language("ja", "日本語", "ja", "%Y年%-m月"),
        Language("ru", "Русский", "ru", "%b %Y"),
    )
}
DEFAULT = "en"
# the forms a place's name has in the data (dashboard.models.Names), and the one each language shows
NAME_FORMS = ("en", "ja", "ja_latn", "ru", "ru_latn")


def N_(message: str) -> str:
    """Marks a message for the catalogues where it is translated later (gettext's noop)."""
    return message


def language_of(value: str | None) -> str | None:
    """The language code a ?lang= value or a browser locale ('ja-JP', 'ru') stands for, or None."""
    if not value:
        return None
    code = value.replace("_", "-").split("-")[0].casefold()
    return code if code in LANGUAGES else None


@functools.cache
def catalogue(code: str):
    """The interface translations of a language, read from its .po file once per process
    (English, the source language, has none)."""
    path = LOCALE / code / "LC_MESSAGES" / "messages.po"
    if code == DEFAULT or not path.is_file():
        return NullTranslations()
    with path.open("rb") as handle:
        po = read_po(handle, locale=LANGUAGES[code].locale)
    compiled = io.BytesIO()
    write_mo(compiled, po)
    compiled.seek(0)
    return Translations(compiled)


class Texts:
    """Everything a page says, in one language: messages, dates, numbers and place names."""

    def __init__(self, code: str = DEFAULT):
        self.code = code if code in LANGUAGES else DEFAULT
        self.language = LANGUAGES[self.code]
        self.locale = self.language.locale
        self.translations = catalogue(self.code)

    def _(self, message: str, **values) -> str:
        """The message in this language; `values` fill its {named} fields."""
        text = self.translations.gettext(message)
        return text.format(**values) if values else text

    def n_(self, singular: str, plural: str, n: int, **values) -> str:
        """The singular or plural message for `n` (this language's plural rules)."""
        text = self.translations.ngettext(singular, plural, n)
        return text.format(n=self.number(n), **values)

    def number(self, value: float, decimals: int | None = None) -> str:
        """A number in this language's form: 3,166.64 / 3 166,64."""
        if decimals is not None:
            value = round(value, decimals)
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            return format_decimal(value, format=pattern, locale=self.locale)
        return format_decimal(value, locale=self.locale)

    def day(self, value: dt.date) -> str:
        """19 October 1956 / 1956年10月19日 / 19 октября 1956 г."""
        return format_date(value, "long", locale=self.locale)

    def partial_date(self, value: str, short: bool = False) -> str:
        """An ISO date at its own precision (YYYY, YYYY-MM or YYYY-MM-DD), as a reader reads it."""
        parts = [int(p) for p in value.split("-")]
        day = dt.date(parts[0], *(parts[1:] + [1, 1])[:2])
        if len(parts) == 3:
            return format_skeleton("yMMMd", day, locale=self.locale) if short else self.day(day)
        if len(parts) == 2:
            return format_skeleton("yMMM" if short else "yMMMM", day, locale=self.locale)
        return format_skeleton("y", day, locale=self.locale)

    def period(self, start: str, end: str | None, short: bool = False) -> str:
        """A date or a span of dates at their precision: '3–5 Sept 1945', '1947–1949'."""
        if end is None:
            return self.partial_date(start, short)
        skeleton = {3: "yMMMd", 2: "yMMM", 1: "y"}[min(start.count("-"), end.count("-")) + 1]
        first, last = (dt.date(*([int(p) for p in v.split("-")] + [1, 1])[:3]) for v in (start, end))
        return format_interval(first, last, skeleton, locale=self.locale)

    def vega_locale(self) -> dict:
        """The language's names of months and days for Vega's time axes (d3's time locale)."""
        months = get_month_names("wide", "stand-alone", locale=self.locale)
        short = get_month_names("abbreviated", "stand-alone", locale=self.locale)
        days = get_day_names("wide", "stand-alone", locale=self.locale)  # Monday first
        short_days = get_day_names("abbreviated", "stand-alone", locale=self.locale)
        sunday_first = [6, 0, 1, 2, 3, 4, 5]
        return {
            "time": {
                "dateTime": "%x, %X",
                "date": "%Y-%m-%d",
                "time": "%H:%M:%S",
                "periods": ["AM", "PM"],
                "days": [days[i] for i in sunday_first],
                "shortDays": [short_days[i] for i in sunday_first],
                "months": [months[i] for i in range(1, 13)],
                "shortMonths": [short[i] for i in range(1, 13)],
            }
        }

    def name(self, names: dict) -> str:
        """A place's name as this language writes it, the English form where it has no other."""
        return names.get(self.code) or names.get("en") or ""

    def other_names(self, names: dict) -> list[str]:
        """The place's names in the other scripts, each with its romanisation:
        ['択捉島 (Etorofu-tō)', 'остров Итуруп (ostrov Iturup)'] for an English reader."""
        shown = []
        for code in ("en", "ja", "ru"):
            native = names.get(code)
            if code == self.code or not native:
                continue
            latin = names.get(f"{code}_latn")
            shown.append(f"{native} ({latin})" if latin else native)
        return shown


@functools.cache
def texts(code: str = DEFAULT) -> Texts:
    """The Texts of a language, made once per process."""
    return Texts(code)
