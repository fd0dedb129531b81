"""Dates and numbers in each language (Babel), the languages table, and place names."""

import pytest

from dashboard.i18n import LANGUAGES, Texts, language_of


def plain(text: str) -> str:
    """Babel's no-break spaces (U+00A0, U+202F) as plain spaces, for comparing."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("code", "value", "expected"),
    [
        ("en", "1956-10-19", "19 October 1956"),
        ("ja", "1956-10-19", "1956年10月19日"),
        ("ru", "1956-10-19", "19 октября 1956 г."),
        ("en", "1956-10", "October 1956"),
        ("ja", "1956-10", "1956年10月"),
        ("en", "1956", "1956"),
        ("ja", "1956", "1956年"),
    ],
)
def test_partial_dates(code, value, expected):
    assert plain(Texts(code).partial_date(value)) == expected


@pytest.mark.parametrize(
    ("code", "start", "end", "expected"),
    [
        ("en", "1947", "1949", "1947–1949"),
        ("ja", "1945-09-03", "1945-09-05", "1945年9月3日～5日"),
        ("ru", "1945-09-03", "1945-09-05", "3–5 сент. 1945 г."),
    ],
)
def test_periods(code, start, end, expected):
    assert plain(Texts(code).period(start, end)) == expected


@pytest.mark.parametrize(("code", "expected"), [("en", "3,166.64"), ("ru", "3 166,64"), ("ja", "3,166.64")])
def test_numbers(code, expected):
    assert plain(Texts(code).number(3166.64)) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("ja", "ja"), ("ja-JP", "ja"), ("ru_RU", "ru"), ("EN-gb", "en"), ("fr", None), ("", None), (None, None)],
)
def test_language_of(value, expected):
    assert language_of(value) == expected


def test_names_in_each_language_with_the_others_beside():
    names = {
        "en": "Etorofu / Iturup",
        "ja": "択捉島",
        "ja_latn": "Etorofu-tō",
        "ru": "остров Итуруп",
        "ru_latn": "ostrov Iturup",
    }
    assert Texts("ja").name(names) == "択捉島"
    assert Texts("ru").other_names(names) == ["Etorofu / Iturup", "択捉島 (Etorofu-tō)"]
    assert Texts("en").name({"en": "Cape Nosappu"}) == Texts("ru").name({"en": "Cape Nosappu"})


def test_every_language_has_a_locale_and_its_own_name():
    assert set(LANGUAGES) == {"en", "ja", "ru"}
    assert all(language.name and language.locale for language in LANGUAGES.values())
