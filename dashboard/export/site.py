"""The static edition as a folder: a page per language, and Leaflet beside them.

Built from the app's own loaders and caches (dashboard.store): the same data files, the same
prepared layers, names and legend, the same snapshot and map state per milestone. Leaflet is taken
at export time from the npm copy the browser tests install (tests/e2e/node_modules), never
committed; the pages load nothing else, so the folder works opened from disk with no network.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import json
import threading
import zipfile
from pathlib import Path

import jinja2
from markupsafe import Markup

from dashboard import store, timeline_ui
from dashboard.export.embed import checked_url
from dashboard.export.map_html import geometry_script, split_geometry
from dashboard.export.page import page_context, page_file
from dashboard.i18n import LANGUAGES, texts
from dashboard.paths import ROOT

ASSETS = ROOT / "tests" / "e2e" / "node_modules"  # `npm ci --prefix tests/e2e` fills it
NPM_COMMAND = "npm ci --prefix tests/e2e"
BUDGET = 1_500_000  # bytes: the whole folder stays under this
# the files taken from Leaflet's npm copy: (name in the folder, path in the package)
LEAFLET_FILES = (
    ("leaflet.js", "dist/leaflet.js"),
    ("leaflet.css", "dist/leaflet.css"),
    ("leaflet-LICENSE.txt", "LICENSE"),
)
GEOMETRY_FILE = "geometry.js"  # the outlines every page shares
HERE = Path(__file__).parent / "templates"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    keep_trailing_newline=True,
)


class ExportError(Exception):
    """The static edition cannot be built; the message says why and what to do."""


def can_build(assets: Path | None = None) -> bool:
    """Whether the static edition can be built here: Leaflet's npm copy is installed."""
    package = (assets or ASSETS) / "leaflet"
    return all((package / path).is_file() for _, path in LEAFLET_FILES)


def leaflet_files(assets: Path | None = None) -> dict[str, bytes]:
    """Leaflet's script, style sheet and licence from the npm copy (`assets`, a node_modules
    folder; tests/e2e/node_modules by default), at the version its package.json pins."""
    assets = assets or ASSETS
    package = assets / "leaflet"
    missing = [str(package / path) for _, path in LEAFLET_FILES if not (package / path).is_file()]
    if missing:
        raise ExportError(
            f"Leaflet's npm copy is missing ({', '.join(missing)}). Install it first:  {NPM_COMMAND}"
        )
    pins = assets.parent / "package.json"
    if pins.is_file():
        pinned = json.loads(pins.read_text(encoding="utf-8"))["dependencies"]["leaflet"]
        found = json.loads((package / "package.json").read_text(encoding="utf-8")).get("version")
        if found != pinned:
            raise ExportError(
                f"{package} holds Leaflet {found}, but {pins} pins {pinned}. Reinstall:  {NPM_COMMAND}"
            )
    return {name: (package / path).read_bytes() for name, path in LEAFLET_FILES}


def language_inputs(folder: Path, code: str) -> dict:
    """The loaded data a page needs in a language, from the app's caches; ExportError if a file
    the map or the timeline needs cannot be used (the static edition has no page to say so on)."""
    problems = []
    loaded = {}
    for attr in store.MAP_FILES:
        loaded[attr], found = store.load_file(folder, store.ATTRS[attr], code)
        problems += found
    if problems or any(value is None for value in loaded.values()):
        raise ExportError("the data cannot be exported: " + "; ".join(problems or ["a file is missing"]))
    timeline = loaded["timeline"]
    return {
        "timeline": timeline,
        "layers": store.cached_map_layers(str(folder), code),
        "group_names": loaded["names"].group_names(),
        "line_names": {b.id: b.name for b in timeline.borders},
    }


def render_page(inputs: dict, code: str, version: str, today: dt.date, app_url: str | None) -> str:
    """One language's page, from its language_inputs (with the outlines taken out)."""
    play = (timeline_ui.DENSE_DAYS, timeline_ui.PLAY_SECONDS, timeline_ui.PLAY_TICK)  # the app's rhythm
    context = page_context(**inputs, t=texts(code), version=version, today=today, app_url=app_url, play=play)
    own = {name: Markup((HERE / name).read_text(encoding="utf-8")) for name in ("page.css", "page.js")}
    return TEMPLATES.get_template("page.html.j2").render(
        **context, css=own["page.css"], page_js=own["page.js"]
    )


def build_site(
    folder: Path | None = None,
    app_url: str | None = None,
    assets: Path | None = None,
    today: dt.date | None = None,
) -> dict[str, bytes]:
    """{file name: bytes} of the static edition: a page per language (index.html in the default
    language), the outlines they share (geometry.js), Leaflet and its licence. `app_url` is the
    live app's address, linked from every page when given."""
    if app_url is not None and checked_url(app_url) is None:
        raise ExportError(f"the live app's address is not an http(s) address: {app_url!r}")
    folder = Path(folder or store.geodata_dir())
    files = leaflet_files(assets)
    version = store.cached_data_version(str(folder))
    today = today or dt.date.today()
    shared = None
    for code in LANGUAGES:
        inputs = language_inputs(folder, code)
        inputs["layers"], geometry = split_geometry(inputs["layers"])
        if shared is None:
            shared = geometry
        elif geometry != shared:  # the outlines never depend on the language
            raise ExportError(f"the map's outlines in {code} differ from those in the other languages")
        files[page_file(code)] = render_page(inputs, code, version, today, app_url).encode("utf-8")
    files[GEOMETRY_FILE] = geometry_script(shared)
    return files


def write_site(out: Path, files: dict[str, bytes]) -> None:
    """Write the files into `out` (created if needed; other files in it are left alone)."""
    out.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (out / name).write_bytes(content)


def zip_bytes(files: dict[str, bytes], top: str) -> bytes:
    """The files as a zip archive, inside one folder named `top`."""
    buffer = io.BytesIO()
    stamp = (1980, 1, 1, 0, 0, 0)  # the same files give the same archive
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(zipfile.ZipInfo(f"{top}/{name}", stamp), files[name], zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


_LOCK = threading.Lock()


@functools.lru_cache(maxsize=4)
def _cached_zip(folder: str, version: str, app_url: str | None) -> bytes:
    return zip_bytes(build_site(Path(folder), app_url), archive_name(version))


def archive_name(version: str) -> str:
    """The archive's folder name: the data version says which data it holds."""
    return f"islands-static-{version}"


def site_zip(folder: Path | None = None, app_url: str | None = None) -> bytes:
    """The static edition as a zip archive, built once per process and data version (exporting
    takes seconds: never on a rerun)."""
    folder = Path(folder or store.geodata_dir())
    version = store.cached_data_version(str(folder))
    with _LOCK:  # two readers clicking at once build it once
        return _cached_zip(str(folder), version, app_url)
