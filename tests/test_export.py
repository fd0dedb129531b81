"""The static edition: the files it writes, its size, and that it shows what the app shows, milestone
by milestone and in every language, with every text from the data escaped."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import folium
import pytest
import yaml
from babel.messages.pofile import read_po

from dashboard import catalogues, control, mapping, milestone_text, store
from dashboard.export import __main__ as cli
from dashboard.export import site
from dashboard.export.map_html import GEOMETRY_GLOBAL, GEOMETRY_LAYERS
from dashboard.export.page import page_file
from dashboard.i18n import LANGUAGES, texts
from dashboard.paths import GEODATA

TODAY = dt.date(2026, 3, 1)
APP_URL = "https://islands.example/app"
ROOT = Path(__file__).resolve().parents[1]
PAGES = [page_file(code) for code in LANGUAGES]
FILES = {*PAGES, "geometry.js", "leaflet.js", "leaflet.css", "leaflet-LICENSE.txt"}


@pytest.fixture(scope="module")
def files():
    """The static edition of the committed data, as {file name: bytes}."""
    return site.build_site(GEODATA, APP_URL, today=TODAY)


class Page(HTMLParser):
    """A page of the static edition, parsed: its elements by id, their text, the script blocks."""

    VOID = {"meta", "link", "input", "br", "img", "hr", "source", "rect", "line", "path", "circle"}
    BLOCKS = {"p", "li", "h2", "th", "td", "tr", "div", "table"}  # their text stands apart

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.by_id: dict[str, dict] = {}
        self.open: list[dict] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.handle_data(" ")
        element = {"tag": tag, "attrs": dict(attrs), "text": []}
        self.elements.append((tag, element["attrs"]))
        if "id" in element["attrs"]:
            self.by_id[element["attrs"]["id"]] = element
        if tag not in self.VOID:
            self.open.append(element)

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self.handle_data(" ")
        if self.open and self.open[-1]["tag"] == tag:
            self.open.pop()

    def handle_data(self, data):
        for element in self.open:
            element["text"].append(data)

    def text(self, element_id: str) -> str:
        return " ".join("".join(self.by_id[element_id]["text"]).split())

    def json(self, element_id: str):
        return json.loads("".join(self.by_id[element_id]["text"]))


def parsed(files, code: str) -> Page:
    return Page(files[page_file(code)].decode("utf-8"))


def timeline_in(code: str):
    return store.loaded(str(GEODATA), "timeline.yaml", code)


def plain_markdown(text: str) -> str:
    """What a reader sees of the app's Markdown (milestone_text): without the marks of links,
    bold, headings, small type, lists and tables, and with the escapes undone."""
    text = re.sub(r"\[((?:\\.|[^\]\\])*)\]\([^)]*\)", r"\1", text)  # links: their text
    text = re.sub(r"(?<!\\):small\[((?:\\.|[^\]\\])*)\]", r"\1", text)
    text = re.sub(r"(?m)^(#### |\d+\. )", "", text)
    text = re.sub(r"(?m)^\|( --- \|)+$", "", text)  # a table's rule
    text = re.sub(r"(?<!\\)\*\*", "", text)
    text = re.sub(r"(?<!\\)\|", " ", text)  # a table's cell borders
    text = re.sub(r"\\(.)", r"\1", text)
    return " ".join(text.split())


def test_the_folder_holds_a_page_per_language_its_outlines_and_leaflet(files, tmp_path):
    site.write_site(tmp_path, files)
    assert {p.name for p in tmp_path.iterdir()} == FILES
    assert (tmp_path / "leaflet.js").read_bytes() == (site.ASSETS / "leaflet/dist/leaflet.js").read_bytes()


def test_the_folder_stays_under_its_budget(files):
    total = sum(len(content) for content in files.values())
    assert total < site.BUDGET, f"{total:,} bytes"


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_page_loads_only_files_beside_it(files, code):
    page = parsed(files, code)
    loaded = [attrs.get("src") for tag, attrs in page.elements if tag == "script" and attrs.get("src")]
    loaded += [
        attrs["href"] for tag, attrs in page.elements if tag == "link" and attrs.get("rel") == "stylesheet"
    ]
    assert sorted(loaded) == ["geometry.js", "leaflet.css", "leaflet.js"]
    assert "cdn.jsdelivr" not in files[page_file(code)].decode()


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_milestone_shows_the_apps_map_state(files, code):
    """The state the page hands the map at each milestone is mapping.map_state of the app's
    snapshot, in that language."""
    data = parsed(files, code).json("static-data")
    timeline, t = timeline_in(code), texts(code)
    assert data["ids"] == [m.id for m in timeline.milestones]
    for i, milestone in enumerate(timeline.milestones):
        expected = mapping.map_state(
            control.snapshot(timeline, milestone), timeline.control.administrators, t
        )
        assert data["states"][data["state"][i]] == json.loads(json.dumps(expected)), milestone.id


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_map_draws_the_apps_prepared_layers_names_and_legend(files, code):
    """With the shared outlines put back (as the page does before the map's script runs), every
    layer is the app's, as are the names on the map and the legend."""
    page = parsed(files, code)
    script = files["geometry.js"].decode()
    geometry = json.loads(script[script.index("=") + 1 :].strip().rstrip(";"))
    assert script.startswith(f"window.{GEOMETRY_GLOBAL} =")
    layers = store.cached_map_layers(str(GEODATA), code)
    for name in GEOMETRY_LAYERS:
        layer = page.json(f"layer-{name}")
        for feature, outline in zip(layer["features"], geometry[name], strict=True):
            assert feature["geometry"] is None
            feature["geometry"] = outline
        assert layer == json.loads(layers[name]), name
    assert page.json("map-labels") == json.loads(layers["labels"])
    legend = files[page_file(code)].decode().split('<template id="map-legend">')[1].split("</template>")[0]
    assert legend == layers["legend"]


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_event_card_says_what_the_apps_says(files, code):
    page, timeline, t = parsed(files, code), timeline_in(code), texts(code)
    for i, milestone in enumerate(timeline.milestones):
        app = plain_markdown(milestone_text.event_markdown(milestone, t)).replace(
            "archived copy", t._("archived copy")
        )
        assert page.text(f"card-{i}") == app, milestone.id


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_text_twin_says_what_the_apps_says(files, code):
    page, timeline, t = parsed(files, code), timeline_in(code), texts(code)
    data = page.json("static-data")
    names = store.loaded(str(GEODATA), "names.yaml").group_names()
    lines = {b.id: b.name for b in timeline.borders}
    sides = timeline.control.administrators
    for i, milestone in enumerate(timeline.milestones):
        shot = control.snapshot(timeline, milestone)
        twin = " ".join(
            page.text(part)
            for part in (f"twin-head-{i}", f"twin-table-{data['table'][i]}", f"twin-lines-{i}")
        )
        assert twin == plain_markdown(milestone_text.twin_markdown(shot, names, sides, lines, t)), (
            milestone.id
        )


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_page_opens_at_the_latest_milestone_with_its_card_and_twin_shown(files, code):
    page = parsed(files, code)
    last = len(timeline_in(code).milestones) - 1
    shown = [
        key
        for key, element in page.by_id.items()
        if key.startswith(("card-", "twin-")) and "hidden" not in element["attrs"]
    ]
    data = page.json("static-data")
    assert sorted(shown) == sorted(
        [f"card-{last}", f"twin-head-{last}", f"twin-lines-{last}", f"twin-table-{data['table'][last]}"]
    )
    assert page.by_id["milestone"]["attrs"]["value"] == str(last)


def test_every_page_offers_every_language_and_keeps_its_own(files):
    for code in LANGUAGES:
        page = parsed(files, code)
        assert ("html", {"lang": code}) in page.elements
        links = {
            attrs["hreflang"]: attrs for tag, attrs in page.elements if tag == "a" and "hreflang" in attrs
        }
        assert {c: links[c]["href"] for c in links} == {c: page_file(c) for c in LANGUAGES}
        assert [c for c in links if "aria-current" in links[c]] == [code]


@pytest.mark.parametrize("code", [c for c in LANGUAGES if c != "en"])
def test_a_japanese_or_russian_page_shows_no_english_interface_text(files, code):
    html = files[page_file(code)].decode("utf-8")
    html = re.sub(
        r"<(script|style|template|ol)\b.*?</\1>", " ", html, flags=re.S
    )  # sources keep their language
    shown = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    with catalogues.po_path(code).open("rb") as handle:
        catalogue = read_po(handle, locale=LANGUAGES[code].locale)
    for message in catalogue:
        if message.id and isinstance(message.id, str) and message.string != message.id:
            english = re.sub(r"\{\w+\}", "", message.id).strip(" .:;")
            if len(english) >= 12 and " " in english and "GSHHG" not in english:
                assert english not in shown, english


HOSTILE = "<img src=x onerror=alert(1)> </script><script>alert(2)</script> \u202eevil\u202c & \"q\" 'a'"


def test_texts_from_the_data_are_shown_as_text(files, geodata_copy):
    from test_sinks import poison

    poison(geodata_copy, HOSTILE)
    hostile = site.build_site(geodata_copy, today=TODAY)
    for code in LANGUAGES:
        html = hostile[page_file(code)].decode("utf-8")
        page = Page(html)
        assert not [tag for tag, _ in page.elements if tag == "img"]
        assert not [attrs for _, attrs in page.elements if any(name.startswith("on") for name in attrs)]
        assert html.count("<script") == files[page_file(code)].decode().count("<script")  # none added
        # no reordering of what the page writes (the map's own data is the app's, checked above)
        written = re.sub(r"<(script|template)\b.*?</\1>", "", html, flags=re.S)
        assert "\u202e" not in written and "\u202c" not in written
        assert "\u202e" not in json.dumps(page.json("static-data")["labels"], ensure_ascii=False)
        assert "&lt;img src=x onerror=alert(1)&gt;" in html  # escaped where it is shown
        for block in ("static-data", "map-labels", *(f"layer-{name}" for name in GEOMETRY_LAYERS)):
            page.json(block)  # each data block is whole: nothing in it ended its <script> early
        if code == "en":  # names in English carry it (and reach the map as text, not HTML)
            assert any("<img src=x" in label["text"] for label in page.json("map-labels"))


def test_without_leaflets_npm_copy_the_export_says_what_to_run(tmp_path, monkeypatch, capsys):
    with pytest.raises(site.ExportError, match=re.escape("npm ci --prefix tests/e2e")):
        site.build_site(GEODATA, assets=tmp_path / "node_modules")
    monkeypatch.setattr(site, "ASSETS", tmp_path / "node_modules")
    assert cli.main(["--out", str(tmp_path / "out")]) == 2
    assert "npm ci --prefix tests/e2e" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_live_app_address_that_is_not_http_is_refused(tmp_path, capsys):
    assert cli.main(["--out", str(tmp_path / "out"), "--app-url", "javascript:alert(1)"]) == 2
    assert "not an http(s) address" in capsys.readouterr().err


def test_the_pages_workflow_exports_what_the_readme_says():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "pages.yml").read_text())
    runs = [step.get("run", "") for step in workflow["jobs"]["build"]["steps"]]
    assert "npm ci --prefix tests/e2e --no-audit --no-fund" in runs
    assert "python -m dashboard.export --out site" in runs
    uploads = [s for s in workflow["jobs"]["build"]["steps"] if "upload-pages-artifact" in s.get("uses", "")]
    assert uploads[0]["with"]["path"] == "site"
    assert "deploy-pages" in workflow["jobs"]["deploy"]["steps"][0]["uses"]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "python -m dashboard.export --out site" in readme and "npm ci --prefix tests/e2e" in readme


def test_a_leaflet_other_than_the_pinned_one_is_refused(tmp_path):
    package = tmp_path / "node_modules" / "leaflet"
    for _, path in site.LEAFLET_FILES:
        (package / path).parent.mkdir(parents=True, exist_ok=True)
        (package / path).write_text("x")
    (package / "package.json").write_text('{"version": "1.7.1"}')
    (tmp_path / "package.json").write_text('{"dependencies": {"leaflet": "1.9.3"}}')
    with pytest.raises(site.ExportError, match="holds Leaflet 1.7.1.*pins 1.9.3"):
        site.leaflet_files(tmp_path / "node_modules")


def test_the_pinned_leaflet_is_the_one_the_app_loads():
    pinned = json.loads((site.ASSETS.parent / "package.json").read_text())["dependencies"]["leaflet"]
    app = dict(folium.Map.default_js)["leaflet"]
    assert f"/leaflet@{pinned}/" in app


def test_the_same_data_exports_the_same_bytes(files):
    assert site.build_site(GEODATA, APP_URL, today=TODAY) == files


def test_the_command_writes_the_folder_and_reports_its_size(tmp_path, capsys):
    assert cli.main(["--out", str(tmp_path / "site"), "--app-url", APP_URL]) == 0
    assert {p.name for p in (tmp_path / "site").iterdir()} == FILES
    out = capsys.readouterr().out
    assert "in all (budget 1,500,000)" in out
    assert APP_URL in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_the_zip_holds_the_folder_and_is_built_once_per_process(monkeypatch):
    calls = []
    build = site.build_site
    monkeypatch.setattr(site, "build_site", lambda *a, **k: calls.append(1) or build(*a, **k))
    site._cached_zip.cache_clear()
    first = site.site_zip(GEODATA)
    assert site.site_zip(GEODATA) is first and len(calls) == 1
    top = site.archive_name(store.cached_data_version(str(GEODATA)))
    with zipfile.ZipFile(BytesIO(first)) as archive:
        assert {Path(name).name for name in archive.namelist()} == FILES
        assert all(name.startswith(f"{top}/") for name in archive.namelist())
    site._cached_zip.cache_clear()
