#!/usr/bin/env python3
"""Measure a Streamlit map page in a real browser (headless Chromium).

A copy of the project's shared yardstick (shared/bench/measure_app.py) with one addition:
`map_s`, for a step that changes the map, the time from the keypress until the map first shows
other colours, polled while the step runs (`s` also waits out 300 ms of websocket quiet).
The CDN copies come from tests/e2e/node_modules when CDN_CACHE is not set.

Starts `streamlit run APP` on a free loopback port, opens it in Chromium
through Playwright and reports, as one JSON line:
  first_map_s   navigation until the folium map shows >= MIN_PATHS vector paths
  steps_s       for each slider step (ArrowRight on the first slider):
                keypress until the script run is over and the map is drawn again
  ws_bytes_*    bytes the browser received over Streamlit's websocket
  frame_bytes   size of the map iframe's document after the first load
  server_rss_mb resident memory of the server after the runs

Usage: measure_app.py APP [--cwd DIR] [--steps N] [--min-paths N] [--page PATH]
Needs: streamlit in the current Python, playwright, /usr/bin/chromium, and
local copies of folium's CDN files (see ../notes/browser-offline.md):
  npm install --prefix ~/.cache/dashboard-cdn leaflet@1.9.3 jquery@3.7.1 \
      bootstrap@5.2.2 @fortawesome/fontawesome-free@6.2.0
(or point CDN_CACHE at another node_modules folder).
"""

import argparse
import json
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


CDN_CACHE = os.environ.get(
    "CDN_CACHE",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e", "node_modules"),
)
# what a browser with internet would fetch from public CDNs, served from npm copies
CDN_FILES = [  # (pattern in the URL, folder in the npm cache that holds the rest of the path)
    (re.compile(r"/npm/leaflet@[^/]+/(.*)$"), "leaflet"),
    (re.compile(r"/jquery-[0-9.]+\.min\.js$"), "jquery/dist/jquery.min.js"),
    (re.compile(r"/npm/bootstrap@[^/]+/(.*)$"), "bootstrap"),
    (re.compile(r"/npm/@fortawesome/fontawesome-free@[^/]+/(.*)$"), "@fortawesome/fontawesome-free"),
]
PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def serve_offline(route):
    """Answer a request for the outside world from local copies (no network here)."""
    url = route.request.url
    if is_local(url):
        return route.continue_()
    for pattern, local in CDN_FILES:
        m = pattern.search(url.split("?")[0])
        if m:
            path = os.path.join(CDN_CACHE, local, *m.groups())
            if os.path.isfile(path):
                ctype = "text/css" if path.endswith(".css") else "application/javascript"
                return route.fulfill(path=path, content_type=ctype)
    if url.endswith(".png") or "/tile" in url or "{z}" in url:
        return route.fulfill(body=PNG_1PX, content_type="image/png")
    ctype = "text/css" if ".css" in url else "application/javascript"
    return route.fulfill(body="", content_type=ctype)


def is_local(url):
    return url.startswith(("http://127.0.0.1", "http://localhost", "ws://", "data:", "about:", "blob:"))


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def start_server(app, cwd, port, python):
    cmd = [
        python,
        "-m",
        "streamlit",
        "run",
        app,
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--browser.gatherUsageStats",
        "false",
        "--server.fileWatcherType",
        "none",
    ]
    proc = subprocess.Popen(
        cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1) as r:
                if r.status == 200:
                    return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("server did not come up: " + proc.stderr.read().decode()[-2000:])


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None


def map_frame(page):
    for fr in page.frames:
        try:
            if fr.locator(".leaflet-container").count():
                return fr
        except Exception:
            pass
    return None


def wait_map(page, min_paths, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        fr = map_frame(page)
        if fr is not None:
            try:
                if fr.locator("path.leaflet-interactive").count() >= min_paths:
                    return fr
            except Exception:
                pass
        time.sleep(0.02)
    raise TimeoutError("map never showed %d paths" % min_paths)


def wait_idle(page, timeout=60):
    page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=timeout * 1000)


def fills(fr):
    try:
        return fr.eval_on_selector_all(
            "path.leaflet-interactive", "els => els.map(e => e.getAttribute('fill'))"
        )
    except Exception:
        return None


PROBE_SET = """() => {
  const k = Object.keys(window).find(n => n.startsWith('map_') && window[n] && window[n].getZoom);
  if (!k) return null;
  const m = window[k];
  m.setZoom(m.getZoom() + 1, {animate: false});
  window.__probe = 1;
  return m.getZoom();
}"""
PROBE_CHECK = """() => {
  const k = Object.keys(window).find(n => n.startsWith('map_') && window[n] && window[n].getZoom);
  return [window.__probe !== 1, k ? window[k].getZoom() : null];
}"""


def probe_set(fr):
    """Zoom the map one level in and mark its window, to tell a reload from an update."""
    try:
        return fr.evaluate(PROBE_SET)
    except Exception:
        return None


def probe_check(fr, zoom0):
    try:
        reloaded, zoom = fr.evaluate(PROBE_CHECK)
    except Exception:
        return True, False
    return reloaded, zoom0 is not None and zoom == zoom0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("app")
    ap.add_argument("--cwd", default=".")
    ap.add_argument("--steps", type=int, default=3)
    ap.add_argument("--min-paths", type=int, default=1)
    ap.add_argument("--page", default="", help="path and query after the host, e.g. '?event=x'")
    ap.add_argument("--home", action="store_true", help="press Home on the slider before stepping")
    ap.add_argument(
        "--probe",
        action="store_true",
        help="zoom the map in before stepping; report per step whether the map reloaded or lost the zoom",
    )
    ap.add_argument("--python", default=sys.executable)
    ap.add_argument(
        "--slider",
        default='[data-testid="stSlider"] input[type="range"]',
        help="CSS selector of the control that ArrowRight steps",
    )
    a = ap.parse_args()

    port = free_port()
    proc = start_server(a.app, a.cwd, port, a.python)
    ws = {"bytes": 0, "frames": 0, "last": 0.0}
    out = {"app": a.app}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), serve_offline)

            def on_ws(w):
                def got(payload):
                    ws["bytes"] += len(payload)
                    ws["frames"] += 1
                    ws["last"] = time.perf_counter()

                w.on("framereceived", got)

            page.on("websocket", on_ws)
            t0 = time.perf_counter()
            page.goto(f"http://127.0.0.1:{port}/{a.page}")
            fr = wait_map(page, a.min_paths)
            out["first_map_s"] = round(time.perf_counter() - t0, 3)
            wait_idle(page)
            out["ws_bytes_first"] = ws["bytes"]
            try:
                out["frame_bytes"] = len(fr.content())
            except Exception:
                out["frame_bytes"] = None
            out["paths"] = fr.locator("path.leaflet-interactive").count()
            steps = []
            slider = page.locator(a.slider).first
            if a.home:
                slider.focus()
                page.keyboard.press("Home")
                page.wait_for_timeout(300)
                wait_idle(page)
                wait_map(page, a.min_paths)
            zoom0 = None
            if a.probe:
                zoom0 = probe_set(map_frame(page))
            for _ in range(a.steps):
                before, nframes = ws["bytes"], ws["frames"]
                f0 = fills(map_frame(page))
                slider.focus()
                t1 = time.perf_counter()
                page.keyboard.press("ArrowRight")
                # a rerun answers with websocket frames; the step is over when they
                # stop (300 ms quiet), the script is idle and the map is drawn again
                deadline = t1 + 30
                changed_at = None
                while time.perf_counter() < deadline:
                    if changed_at is None and fills(map_frame(page)) not in (f0, None):
                        changed_at = time.perf_counter()
                    if ws["frames"] > nframes and time.perf_counter() - ws["last"] > 0.3:
                        break
                    if ws["frames"] == nframes and time.perf_counter() - t1 > 3:
                        break  # no rerun: the slider is at its end
                    page.wait_for_timeout(20)
                if ws["frames"] == nframes:
                    out["end_of_slider"] = len(steps)
                    break
                wait_idle(page)
                fr = wait_map(page, a.min_paths)
                f1 = fills(fr)
                done = max(ws["last"], t1)
                if f1 != f0:  # the map changed: count until its colours settled
                    done = max(done, time.perf_counter() - 0.0)
                step = {"s": round(done - t1, 3), "ws_bytes": ws["bytes"] - before, "fills_changed": f1 != f0}
                if f1 != f0:  # keypress until the map first showed other colours (no quiet period)
                    step["map_s"] = round((changed_at or time.perf_counter()) - t1, 3)
                if a.probe:
                    step["reloaded"], step["zoom_kept"] = probe_check(fr, zoom0)
                steps.append(step)
            out["steps"] = steps
            out["step_median_s"] = sorted(s["s"] for s in steps)[len(steps) // 2] if steps else None
            out["ws_bytes_total"] = ws["bytes"]
            out["server_rss_mb"] = rss_mb(proc.pid)
            browser.close()
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=10)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
