"""The one escape: Markdown syntax, directives, links, images and invisible characters."""

import pytest

from dashboard.markdown import clean, md_escape, md_line, md_link, md_url


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain", "plain"),
        ("[link](javascript:alert(1))", r"\[link\]\(javascript\:alert\(1\)\)"),
        (":red[red] :smile: :material/home:", r"\:red\[red\] \:smile\: \:material/home\:"),
        ("**bold** <b>", r"\*\*bold\*\* \<b\>"),
        ("3.7 km", r"3\.7 km"),
        ("evil\u202egnp.exe", r"evilgnp\.exe"),  # a right-to-left override cannot reorder the text
        ("a\u2066b\u2069c\u200bd\ufeffe\u00adf", "abcdef"),
        ("tab\there\x00", "tab here "),
    ],
)
def test_md_escape(text, expected):
    assert md_escape(text) == expected


def test_md_line_keeps_one_line():
    assert md_line("one\n\n two   three") == "one two three"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://example.org/a)![px](http://host/p.png)",
            "https://example.org/a%29%21%5Bpx%5D%28http://host/p.png%29",
        ),
        ("https://kotobank.jp/word/%E5%BE%97", "https://kotobank.jp/word/%E5%BE%97"),
        (
            "https://vseslova.com.ua/word/Шикотан",
            "https://vseslova.com.ua/word/%D0%A8%D0%B8%D0%BA%D0%BE%D1%82%D0%B0%D0%BD",
        ),
        ("https://a.org/x y<z>", "https://a.org/x%20y%3Cz%3E"),
    ],
)
def test_md_url_cannot_close_the_link(url, expected):
    assert md_url(url) == expected


def test_md_link_breakout_becomes_text():
    link = md_link("Title ](x)", "https://example.org/a)![px](http://host/p.png)")
    assert link.startswith("[Title \\]\\(x\\)](https://example.org/a%29")
    assert link.count("](") == 1 and "![" not in link


def test_clean_removes_every_format_character():
    assert clean("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") == ""


def test_the_list_of_format_characters_is_unicodes():
    import sys
    import unicodedata

    from dashboard.markdown import FORMAT_CHARACTERS

    cf = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"]
    assert all(FORMAT_CHARACTERS.fullmatch(char) for char in cf)
    assert not FORMAT_CHARACTERS.search("plain text, 択捉島, Итуруп, ← → ·")
