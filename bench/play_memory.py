"""Server memory while play runs through every milestone once (used by run.py --play)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from measure_app import CHROMIUM_ARGS, free_port, rss_mb, serve_offline
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
FIRST = "shimoda-treaty-1855"


def last_milestone() -> str:
    """The id of the timeline's last milestone (play stops there), from the data itself."""
    sys.path.insert(0, str(ROOT))
    from dashboard import data
    from dashboard.paths import GEODATA

    return data.load_timeline(GEODATA / "timeline.yaml").milestones[-1].id


def start_server(port: int) -> subprocess.Popen:
    """The app on `port`, its output to a file: a long run fills a pipe nobody reads, and a
    server blocked on writing its log stops answering (as measure_app's does after a while)."""
    log = tempfile.TemporaryFile()  # noqa: SIM115 (lives as long as the server)
    command = [sys.executable, "-m", "streamlit", "run", "streamlit_app.py", "--server.headless=true",
               f"--server.port={port}", "--server.address=127.0.0.1", "--browser.gatherUsageStats=false",
               "--server.fileWatcherType=none"]  # fmt: skip
    server = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=log, start_new_session=True)
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1):
                return server
        except OSError:
            time.sleep(0.2)
    raise SystemExit("the server did not start")


def play_pass(sample_every: float = 5.0, limit: float = 400.0) -> list[float]:
    """Start at the first milestone, press Play, sample the server's RSS until the last one."""
    port = free_port()
    server = start_server(port)
    samples = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), serve_offline)
            page.goto(f"http://127.0.0.1:{port}/?event={FIRST}")
            page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=60_000)
            page.get_by_role("button", name="Play").click()
            if os.environ.get("PLAY_DEBUG"):
                time.sleep(3)
                print(
                    [b.inner_text().split()[-1] for b in page.get_by_role("button").all() if b.inner_text()],
                    flush=True,
                )
            deadline = time.monotonic() + limit
            last = last_milestone()
            while time.monotonic() < deadline and not page.url.endswith(last):
                # wait_for_timeout, not time.sleep: the page's requests go through this
                # process (offline routing), which must keep answering them
                page.wait_for_timeout(sample_every * 1000)
                samples.append(rss_mb(server.pid))
                if os.environ.get("PLAY_DEBUG"):
                    print(
                        round(time.monotonic() - deadline + limit), page.url.split("event=")[-1], flush=True
                    )
            browser.close()
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=10)
    return samples
