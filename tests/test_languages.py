"""The dashboard in English, Japanese and Russian: every page in every language, the switch and
?lang= links, no English left on a Japanese or Russian page, completeness checked by validate."""

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po
from streamlit.testing.v1 import AppTest

from dashboard import catalogues, store, validate
from dashboard.i18n import LANGUAGES, texts
from dashboard.paths import GEODATA

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["streamlit_app.py", *sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))]
OTHERS = [code for code in LANGUAGES if code != "en"]
TIMEOUT = 30
# words that stay as they are in every language: names of data sets, licences, file formats
ALLOWED = {"GSHHG", "LGPL-3.0", "RFC 7946", "WGS84", "Wessel & Smith", "km²"}


def open_page(page: str, lang: str, **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    at.query_params["lang"] = lang
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != "streamlit_app.py":
        at.switch_page(page).run()
    return at


def page_text(at: AppTest) -> str:
    """Every text the page shows: Markdown, headings, captions, notices, widget labels."""
    parts = []
    for kind in ("markdown", "title", "header", "subheader", "caption", "info", "warning", "error"):
        parts += [element.value for element in getattr(at, kind)]
    for kind in ("button", "select_slider", "segmented_control", "multiselect", "text_input"):
        parts += [element.label for element in getattr(at, kind)]
    text = "\n".join(str(part) for part in parts)
    # source titles stay in their own language: leave out the links' texts (and the publishers)
    return re.sub(r"\[(?:\\.|[^\]\\])*\]\([^)]*\)( \([^)]*\))?", "", text)


def english_messages(code: str) -> list[str]:
    """The interface's messages whose translation differs from the English: the sentences and
    labels that must not appear in English on a page in `code`."""
    with catalogues.po_path(code).open("rb") as handle:
        catalogue = read_po(handle, locale=LANGUAGES[code].locale)
    shown = []
    for message in catalogue:
        if not message.id or isinstance(message.id, tuple) or message.string == message.id:
            continue
        plain = re.sub(r"\{\w+\}", "", message.id).strip(" .:;")
        if len(plain) >= 12 and " " in plain and plain not in ALLOWED:
            shown.append(plain.split("{")[0].strip())
    return [text for text in shown if len(text) >= 12]


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize("page", PAGES)
def test_every_page_opens_in_every_language(page, lang):
    at = open_page(page, lang)
    assert not at.exception, (page, lang)
    assert not at.error, [e.value for e in at.error]
    assert at.query_params["lang"] == lang


@pytest.mark.parametrize("lang", OTHERS)
@pytest.mark.parametrize("page", PAGES)
def test_a_page_in_japanese_or_russian_has_no_english_interface_text(page, lang):
    text = page_text(open_page(page, lang, event="joint-declaration-1956"))
    left = [message for message in english_messages(lang) if message in text]
    assert not left, left


@pytest.mark.parametrize(
    ("lang", "title", "name"),
    [
        ("ja", "択捉島、国後島、色丹島、歯舞群島", "択捉島"),
        ("ru", "Итуруп, Кунашир, Шикотан и острова Хабомаи", "Итуруп"),
    ],
)
def test_the_landing_page_speaks_the_readers_language(lang, title, name):
    at = open_page("streamlit_app.py", lang, event="joint-declaration-1956")
    assert at.title[0].value == title
    text = page_text(at)
    assert name in text
    card = next(m.value for m in at.markdown if "\n\n#### " in m.value)
    date = {"ja": "1956年10月19日", "ru": "19 октября 1956"}[lang]
    assert date in card.replace("\xa0", " ").replace("\u202f", " ")


def test_an_unknown_language_falls_back_to_english_with_a_notice():
    at = open_page("streamlit_app.py", "fr")
    assert at.title[0].value == "Etorofu, Kunashiri, Shikotan and the Habomai Islands"
    assert any("doesn't have" in notice.value and "fr" in notice.value for notice in at.info)
    assert at.query_params["lang"] == "en"


def test_the_browsers_language_is_the_default():
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=TIMEOUT)
    at.context["locale"] = "ru-RU"
    at.run()
    assert at.query_params["lang"] == "ru" and at.title[0].value.startswith("Итуруп")


def test_the_language_is_kept_when_switching_pages():
    at = open_page("streamlit_app.py", "ja")
    at.switch_page("pages/1_Islands.py").run()
    assert at.title[0].value != "The four island groups"
    assert at.query_params["lang"] == "ja"


def test_the_switch_changes_the_language():
    at = open_page("streamlit_app.py", "en")
    at.radio(key="language_switch").set_value("ru").run()
    assert at.title[0].value.startswith("Итуруп") and at.query_params["lang"] == "ru"


def test_every_link_the_landing_page_writes_keeps_the_language():
    at = open_page("streamlit_app.py", "ja", event="joint-declaration-1956")
    at.button[1].click().run()  # Next
    assert at.query_params["event"] != "joint-declaration-1956" and at.query_params["lang"] == "ja"


@pytest.mark.slow
@pytest.mark.parametrize("lang", OTHERS)
def test_every_milestone_renders_in_every_language(lang):
    at = open_page("streamlit_app.py", lang)
    timeline = store.loaded(str(GEODATA), "timeline.yaml", lang)
    for milestone in timeline.milestones:
        at.select_slider(key="event").set_value(milestone.id).run()
        assert not at.exception, milestone.id
        assert any(milestone.title.split("\n")[0][:10] in m.value.replace("\\", "") for m in at.markdown), (
            milestone.id
        )


@pytest.mark.slow
@pytest.mark.parametrize("lang", OTHERS)
def test_every_milestone_renders_on_compare_in_every_language(lang):
    at = open_page("pages/3_Compare.py", lang)
    ids = [m.id for m in store.loaded(str(GEODATA), "timeline.yaml", lang).milestones]
    for milestone_id in ids:
        at.selectbox(key="compare_to").set_value(milestone_id).run()
        assert not at.exception, milestone_id


def test_every_message_of_the_code_has_its_translation():
    assert catalogues.main(["--check"]) == 0


def test_content_translations_are_complete():
    assert not validate.translation_problems(GEODATA)


def test_a_missing_translation_is_named_by_validate(geodata_copy):
    path = geodata_copy / "i18n" / "ja.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    del content["timeline.yaml"]["milestones"]["joint-declaration-1956"]["summary"]
    content["timeline.yaml"]["milestones"]["no-such-milestone"] = {"title": "x"}
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    problems = validate.translation_problems(geodata_copy)
    assert (
        "i18n/ja.yaml: no translation of timeline.yaml milestones.joint-declaration-1956.summary" in problems
    )
    assert "i18n/ja.yaml: timeline.yaml has no milestones.no-such-milestone" in problems


def test_a_translation_that_breaks_the_schema_is_named(geodata_copy):
    path = geodata_copy / "i18n" / "ru.yaml"
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    content["timeline.yaml"]["milestones"]["joint-declaration-1956"]["short_title"] = "x" * 40
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    assert any(
        p.startswith("i18n/ru.yaml, for timeline.yaml") for p in validate.translation_problems(geodata_copy)
    )


@pytest.mark.parametrize("lang", OTHERS)
def test_short_titles_fit_the_slider_and_stay_unique(lang):
    timeline = store.loaded(str(GEODATA), "timeline.yaml", lang)
    titles = [m.short_title for m in timeline.milestones]
    assert len(set(titles)) == len(titles) and max(map(len, titles)) <= 32


def test_search_finds_a_milestone_in_any_language(timeline, names):
    from dashboard import chronology

    frame = chronology.chronology_frame(
        timeline, names.group_names(), texts("en"), store.cached_search_texts(str(GEODATA))
    )
    for words in ("Shikotan 1956", "色丹", "Шикотан", "日ソ共同宣言", "Советско-японская декларация"):
        found = set(chronology.filter_chronology(frame, [], [], words)["id"])
        assert "joint-declaration-1956" in found, words
