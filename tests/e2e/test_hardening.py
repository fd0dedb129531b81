"""The map when a CDN file fails or comes late, and errors that never show a reader a traceback."""

import subprocess
import sys
import time
import urllib.request

import pytest

from .conftest import ROOT, free_port


def test_without_leaflets_script_the_page_says_so_with_a_picture(app):
    app.page.route("**/leaflet.js", lambda route: route.abort())
    app.open("/?event=joint-declaration-1956")
    notice = app.page.locator("#map-missing-island_map")
    notice.wait_for(state="visible", timeout=30_000)
    assert "leaflet.js" in notice.inner_text() and "leaflet.css" not in notice.inner_text()
    assert notice.locator("img").is_visible()


def test_without_leaflets_style_sheet_the_map_draws_and_the_page_says_so(app):
    app.page.route("**/leaflet.css", lambda route: route.abort())
    app.open("/?event=joint-declaration-1956").wait_for_map()
    notice = app.page.locator("#map-missing-island_map")
    notice.wait_for(state="visible", timeout=30_000)
    assert "leaflet.css" in notice.inner_text() and not notice.locator("img").is_visible()


@pytest.mark.parametrize(
    "url",
    [
        "https://code.jquery.com/jquery-3.7.1.min.js",
        "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js",
        "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css",
    ],
)
def test_the_map_needs_nothing_but_leaflet(app, url):
    """folium's other files are not asked for at all, so their hosts failing changes nothing."""
    asked = []
    app.page.on("request", lambda request: asked.append(request.url))
    app.page.route(url, lambda route: route.abort())
    app.open("/?event=joint-declaration-1956").wait_for_map()
    assert url not in asked
    assert not any(
        host in u for u in asked for host in ("code.jquery.com", "cdnjs.cloudflare.com", "bootstrapcdn")
    )


def test_a_late_map_library_hides_the_notice_once_the_map_draws(app, assets):
    leaflet = (assets / "leaflet" / "dist" / "leaflet.js").read_bytes()

    def late(route):
        time.sleep(16)  # Playwright answers routes one at a time per page: the map waits
        route.fulfill(body=leaflet, content_type="application/javascript")

    app.page.route("**/leaflet.js", late)
    app.page.goto(app.url + "/?event=joint-declaration-1956")
    notice = app.page.locator("#map-missing-island_map")
    notice.wait_for(state="visible", timeout=30_000)  # 12 s without a map
    app.wait_for_map()
    notice.wait_for(state="hidden", timeout=10_000)


@pytest.fixture
def failing_server():
    """The failing page on a server started with error details switched on."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", "tests/e2e/apps/failing_page.py",
        "--server.headless=true", f"--server.port={port}", "--server.address=127.0.0.1",
        "--browser.gatherUsageStats=false", "--server.fileWatcherType=none", "--client.showErrorDetails=full",
    ]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                break
        except OSError:
            time.sleep(0.2)
    yield url
    server.terminate()
    server.wait(timeout=20)


def test_no_reader_sees_a_traceback_whatever_the_host_sets(app, failing_server):
    app.url = failing_server
    app.open("/")
    error = app.page.get_by_test_id("stException")
    error.wait_for(timeout=30_000)
    shown = app.page.inner_text("body")
    assert "RuntimeError" not in shown and "only the server's log" not in shown and "Traceback" not in shown
