"""Server memory while play runs through every milestone once (used by run.py --play)."""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

from measure_app import CHROMIUM_ARGS, free_port, rss_mb, serve_offline, start_server
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
FIRST, LAST = "shimoda-treaty-1855", "russia-terminates-visa-free-agreements-2022"


def play_pass(sample_every: float = 5.0, limit: float = 400.0) -> list[float]:
    """Start at the first milestone, press Play, sample the server's RSS until the last one."""
    port = free_port()
    server = start_server("streamlit_app.py", str(ROOT), port, sys.executable)
    samples = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), serve_offline)
            page.goto(f"http://127.0.0.1:{port}/?event={FIRST}")
            page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=60_000)
            page.get_by_role("button", name="Play").click()
            deadline = time.monotonic() + limit
            while time.monotonic() < deadline and not page.url.endswith(LAST):
                time.sleep(sample_every)
                samples.append(rss_mb(server.pid))
            browser.close()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)
    return samples
