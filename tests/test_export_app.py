"""The static edition in the app: its address and embed code (dashboard.export.embed), and the
Sources & data page's download, link and embed code (dashboard.export.app)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.export import app, embed, site

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://example.org/islands/", "https://example.org/islands/"),
        ("  http://example.org  ", "http://example.org"),
        ("javascript:alert(1)", None),
        ("example.org/islands", None),
        ("https://", None),
        ("https://exa mple.org/", None),
        ("", None),
        (None, None),
    ],
)
def test_only_an_http_address_is_taken(value, expected):
    assert embed.checked_url(value) == expected


@pytest.mark.parametrize(
    ("base", "code", "expected"),
    [
        ("https://x.org/islands/", "en", "https://x.org/islands/index.html"),
        ("https://x.org/islands", "ja", "https://x.org/islands/ja.html"),
        ("https://x.org/islands/index.html", "ru", "https://x.org/islands/ru.html"),
        ("https://x.github.io/", "ru", "https://x.github.io/ru.html"),
    ],
)
def test_a_language_s_page_of_a_published_edition(base, code, expected):
    assert embed.page_url(base, code) == expected


@pytest.mark.parametrize(
    ("base", "code", "expected"),
    [
        ("https://islands.streamlit.app", "en", "https://islands.streamlit.app/?embed=true&lang=en"),
        ("https://islands.streamlit.app/", "ja", "https://islands.streamlit.app/?embed=true&lang=ja"),
        ("https://x.org/app/?lang=en&embed=false#top", "ru", "https://x.org/app/?embed=true&lang=ru"),
        (
            "https://x.org/?event=joint-declaration-1956",
            "en",
            "https://x.org/?event=joint-declaration-1956&embed=true&lang=en",
        ),
    ],
)
def test_the_live_app_is_embedded_with_streamlit_s_embed_option(base, code, expected):
    assert embed.app_embed_url(base, code) == expected


def test_the_embed_snippet_is_an_escaped_iframe():
    snippet = embed.embed_snippet('https://x.org/a?b=1&c="2"', 'Map "of" <islands>', height=700)
    assert snippet == (
        '<iframe src="https://x.org/a?b=1&amp;c=&#34;2&#34;" title="Map &#34;of&#34; &lt;islands&gt;" '
        'width="100%" height="700" style="border:0" loading="lazy"></iframe>'
    )
    with pytest.raises(ValueError, match="javascript"):
        embed.embed_snippet("javascript:alert(1)", "Map")


def sources_page(monkeypatch, **settings) -> AppTest:
    for name in (app.STATIC_URL, app.APP_URL):
        monkeypatch.delenv(name, raising=False)
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30).run()
    at.switch_page("pages/4_Sources_and_data.py").run()
    assert not at.exception and not at.error
    return at


def download_labels(at) -> list[str]:
    return [button.label for button in at.get("download_button")]


def test_without_an_address_the_page_offers_the_download_only(monkeypatch):
    at = sources_page(monkeypatch)
    assert "Static edition" in [h.value for h in at.subheader]
    assert "Download the static edition (ZIP)" in download_labels(at)
    assert not at.code and not any("Open the static edition" in m.value for m in at.markdown)


def test_with_its_address_the_page_links_to_it_and_gives_its_embed_code(monkeypatch):
    at = sources_page(monkeypatch, DASHBOARD_STATIC_URL="https://example.org/islands/")
    assert "[Open the static edition](https://example.org/islands/index.html)" in [
        m.value for m in at.markdown
    ]
    (snippet,) = [c.value for c in at.code]
    assert snippet.startswith('<iframe src="https://example.org/islands/index.html" title="Map and timeline')
    assert "Download the static edition (ZIP)" in download_labels(at)


def test_the_embed_code_is_for_the_reader_s_language(monkeypatch):
    for name in (app.STATIC_URL, app.APP_URL):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(app.STATIC_URL, "https://example.org/islands/")
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30)
    at.query_params["lang"] = "ja"
    at.run().switch_page("pages/4_Sources_and_data.py").run()
    (snippet,) = [c.value for c in at.code]
    assert (
        'src="https://example.org/islands/ja.html" title="択捉島・国後島・色丹島・歯舞群島の地図と年表"'
        in snippet
    )


def test_a_bad_address_is_ignored_with_a_log_line(monkeypatch, caplog):
    with caplog.at_level(logging.WARNING, logger="dashboard.export.app"):
        at = sources_page(monkeypatch, DASHBOARD_STATIC_URL="javascript:alert(1)")
    assert not at.code and "Download the static edition (ZIP)" in download_labels(at)
    assert any("DASHBOARD_STATIC_URL" in r.getMessage() for r in caplog.records)


def test_a_server_that_cannot_build_it_links_to_the_published_one(monkeypatch, tmp_path):
    monkeypatch.setattr(site, "ASSETS", tmp_path / "node_modules")
    at = sources_page(monkeypatch, DASHBOARD_STATIC_URL="https://example.org/islands/")
    assert "Download the static edition (ZIP)" not in download_labels(at) and at.code
    at = sources_page(monkeypatch)  # nothing to offer: no part on the static edition
    assert "Static edition" not in [h.value for h in at.subheader]


def test_the_static_edition_links_back_to_the_configured_app(monkeypatch):
    monkeypatch.setenv(app.APP_URL, "https://islands.example/")
    assert app.setting(app.APP_URL) == "https://islands.example/"
    monkeypatch.setenv(app.APP_URL, "ftp://islands.example/")
    assert app.setting(app.APP_URL) is None


def test_without_the_app_s_address_the_page_says_how_to_set_it(monkeypatch):
    at = sources_page(monkeypatch)
    assert "Embed the live app" in [h.value for h in at.subheader]
    (notice,) = [i.value for i in at.info if app.APP_URL in i.value.replace("\\", "")]
    assert "secrets" in notice and "http" not in notice  # no made-up address
    assert not any("embed=true" in c.value for c in at.code)


@pytest.mark.parametrize(("code", "title"), [("en", "Map and timeline"), ("ja", "地図と年表")])
def test_with_the_app_s_address_the_page_gives_the_code_to_embed_it(monkeypatch, code, title):
    for name in (app.STATIC_URL, app.APP_URL):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(app.APP_URL, "https://islands.streamlit.app/")
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30)
    at.query_params["lang"] = code
    at.run().switch_page("pages/4_Sources_and_data.py").run()
    (snippet,) = [c.value for c in at.code if "embed=true" in c.value]
    assert snippet.startswith(
        f'<iframe src="https://islands.streamlit.app/?embed=true&amp;lang={code}" title="'
    )
    assert title in snippet and 'height="1000"' in snippet
