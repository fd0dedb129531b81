"""Browser tests: a real Streamlit server, Debian's Chromium through Playwright, no network.

The server is started once per session on a free loopback port. folium's map loads Leaflet and
friends from public CDNs; every such request is answered from the npm copies in
tests/e2e/node_modules (`npm ci --prefix tests/e2e`), and any other request that leaves the
machine fails the test that made it, so a new network dependency is noticed the day it appears.
A browser test that cannot start fails; it is never skipped.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import folium.folium
import pytest

ROOT = Path(__file__).resolve().parents[2]
ASSETS = Path(__file__).resolve().parent / "node_modules"
ARTIFACTS = Path(os.environ.get("SCREENSHOTS", ROOT / "artifacts" / "screenshots"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
OUTSIDE = re.compile(r"^https?://(?!127\.0\.0\.1[:/]|localhost[:/])")
# (pattern of a CDN URL, folder of the npm copy that holds the captured path)
LOCAL_COPIES = [
    (re.compile(r"/npm/leaflet@[^/]+/(.+)$"), "leaflet"),
    (re.compile(r"/jquery-[0-9.]+\.min\.js$"), "jquery/dist/jquery.min.js"),
    (re.compile(r"/npm/bootstrap@[^/]+/(.+)$"), "bootstrap"),
    (re.compile(r"/npm/@fortawesome/fontawesome-free@[^/]+/(.+)$"), "@fortawesome/fontawesome-free"),
]
# what folium itself asks for: answered locally when we have a copy, else with an empty body
FOLIUM_ASSETS = {url for _, url in folium.folium._default_js + folium.folium._default_css}
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium, never a downloaded browser."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"Chromium not found at {CHROMIUM}: apt-get install chromium (or set CHROMIUM)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def assets():
    """The npm copies of folium's CDN files and axe-core."""
    if not (ASSETS / "leaflet" / "dist" / "leaflet.js").is_file():
        pytest.fail(f"offline browser assets missing in {ASSETS}: run  npm ci --prefix tests/e2e")
    return ASSETS


class Server:
    """The running app: its address and its process (for memory readings)."""

    def __init__(self, url: str, process: subprocess.Popen):
        self.url, self.process = url, process

    def rss_mb(self) -> float:
        """Resident memory of the server process."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise RuntimeError("no VmRSS for the server")


@pytest.fixture(scope="session")
def app_url(server):
    """The address of the running app."""
    return server.url


@pytest.fixture(scope="session")
def server():
    """A Streamlit server running the app, for the whole session (its log in artifacts/)."""
    port = free_port()
    (ROOT / "artifacts").mkdir(exist_ok=True)
    command = [
        sys.executable, "-m", "streamlit", "run", "streamlit_app.py",
        "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
    ]  # fmt: skip
    with open(ROOT / "artifacts" / "server.log", "w") as log:
        server = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                    break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("the Streamlit server did not start (see artifacts/server.log)")
            time.sleep(0.2)
        yield Server(url, server)
        server.terminate()
        server.wait(timeout=20)


def local_file(url: str) -> Path | None:
    """The npm copy that stands for a CDN URL, if there is one."""
    for pattern, folder in LOCAL_COPIES:
        match = pattern.search(url)
        if match:
            path = ASSETS.joinpath(folder, *match.groups())
            return path if path.is_file() else None
    return None


class Network:
    """Answers the page's requests for the outside world and remembers the unexpected ones."""

    def __init__(self):
        self.unexpected: list[str] = []

    def handle(self, route):
        url = route.request.url.split("?")[0]
        path = local_file(url)
        if path is not None:
            kind = "text/css" if path.suffix == ".css" else "application/javascript"
            return route.fulfill(path=str(path), content_type=kind)
        if url in FOLIUM_ASSETS:
            kind = "text/css" if url.endswith(".css") else "application/javascript"
            return route.fulfill(body="", content_type=kind)
        if "/tile" in url or url.endswith(".png"):
            return route.fulfill(body=PNG_1PX, content_type="image/png")
        self.unexpected.append(url)
        return route.abort()


class App:
    """The app in one browser tab, with the waits and looks the tests share."""

    MAP = 'iframe[title="streamlit_folium.st_folium"]'

    def __init__(self, page, url: str):
        self.page, self.url = page, url

    def open(self, path: str = "/") -> App:
        self.page.goto(self.url + path)
        self.settle()
        return self

    def settle(self) -> None:
        """Wait until Streamlit has finished running the script and the page is still."""
        self.page.wait_for_timeout(150)
        self.page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=30_000)
        self.page.wait_for_timeout(300)

    @property
    def map(self):
        return self.page.frame_locator(self.MAP).first

    def wait_for_map(self) -> None:
        """Until the map has drawn its shapes (some may lie outside the view) and settled."""
        self.map.locator("path.leaflet-interactive").first.wait_for(state="attached", timeout=30_000)
        self.page.wait_for_timeout(300)

    def map_eval(self, script: str, arg=None):
        """Run `script` (a function of the Leaflet map and `arg`) inside the map's frame."""
        return self.map.locator(".leaflet-container").evaluate(
            """(el, [script, arg]) => {
                const map = Object.values(window).find(v => v instanceof L.Map);
                return new Function("map", "arg", script)(map, arg);
            }""",
            [script, arg],
        )

    def view(self) -> tuple:
        return tuple(self.map_eval("const c = map.getCenter(); return [map.getZoom(), c.lat, c.lng];"))

    def island_styles(self) -> dict[str, dict]:
        """{island id: {fill, opacity, pattern}} of the islands drawn now (pattern: the SVG
        fill when it is a pattern, else None)."""
        return self.map_eval(
            """const out = {};
            window.__layers.islands.eachLayer(l => {
                const fill = l._path && l._path.getAttribute("fill");
                out[l.feature.properties.id] = {fill: l.options.fillColor, opacity: l.options.fillOpacity,
                    pattern: fill && fill.startsWith("url(") ? fill : null};
            });
            return out;"""
        )

    def claims(self) -> dict[str, str]:
        """{group: colour} of the claim outlines drawn now."""
        return self.map_eval(
            """const out = {};
            window.__layers.claims.eachLayer(l => {
                if (map.hasLayer(l)) out[l.feature.properties.group] = l.options.color;
            });
            return out;"""
        )

    def labels(self) -> list[dict]:
        """The names shown on the map now, with their boxes in the map frame."""
        return self.map_eval(
            """return [...document.querySelectorAll(".map-label")].filter(el => el.style.display !== "none")
                .map(el => { const r = el.firstChild.getBoundingClientRect();
                  return {text: el.firstChild.textContent, cls: el.className,
                          left: r.left, top: r.top, right: r.right, bottom: r.bottom}; });"""
        )

    def event(self) -> str:
        return dict(p.split("=", 1) for p in self.page.url.split("?", 1)[1].split("&"))["event"]

    def slider(self):
        return self.page.get_by_test_id("stSlider").first.get_by_role("slider")

    def screenshot(self, name: str) -> None:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def app(page, app_url, assets):
    """The app in a fresh tab, cut off from the network; fails on any unexpected request."""
    network = Network()
    page.route(OUTSIDE, network.handle)
    page.set_default_timeout(30_000)
    yield App(page, app_url)
    assert not network.unexpected, f"the page tried to reach the network: {network.unexpected}"


@pytest.fixture
def touch_app(browser, app_url, assets):
    """The app on a phone with a touch screen and no mouse (so `hover: none` applies)."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    network = Network()
    page.route(OUTSIDE, network.handle)
    page.set_default_timeout(30_000)
    yield App(page, app_url)
    context.close()
    assert not network.unexpected, f"the page tried to reach the network: {network.unexpected}"
