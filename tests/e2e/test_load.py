"""Twenty readers at once, each stepping the timeline for a minute, each in a session of its own.

Every step must be answered, no reader may see another's milestone, and the server's memory must
stay bounded. The figures (p95 step time, memory per session) are printed and written to
artifacts/load.json; bench/RESULTS.md records a run. The twenty browser tabs run on the same
machine as the server, so the step times measure the machine as much as the app.
"""

import asyncio
import json
import re
import statistics
import threading
import time

import pytest
from playwright.async_api import async_playwright

from .conftest import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, OUTSIDE, Network

READERS = 20
SECONDS = 60
STEP_TIMEOUT_MS = 30_000
IDLE_AT = """(wanted) => new URLSearchParams(location.search).get("event") === wanted
    && document.querySelector('[data-test-script-state="notRunning"]')"""


async def reader(
    context, url: str, start: int, ids: list[str], until: float, report: dict, delay: float
) -> None:
    """Open the app at milestone `start` and step right and left until `until`, checking each step."""
    await asyncio.sleep(delay)  # readers arrive over a few seconds, not all in the same instant
    page = await context.new_page()
    network = Network()
    await page.route(OUTSIDE, network.handle)
    await page.goto(f"{url}/?event={ids[start]}")
    await page.wait_for_selector('[data-test-script-state="notRunning"]', timeout=60_000)
    slider = page.get_by_test_id("stSlider").first.get_by_role("slider")
    await slider.wait_for(timeout=120_000)  # twenty tabs loading on two cores take a while
    index, direction = start, 1
    while time.monotonic() < until:
        if not 0 <= index + direction < len(ids):
            direction = -direction
        index += direction
        began = time.monotonic()
        await slider.focus()
        await slider.press("ArrowRight" if direction > 0 else "ArrowLeft")
        try:
            await page.wait_for_function(
                IDLE_AT,
                arg=ids[index],
                timeout=STEP_TIMEOUT_MS,
            )
            report["steps"].append(time.monotonic() - began)
        except Exception:  # noqa: BLE001 (a step not answered in time is what this test counts)
            report["unanswered"] += 1
            index = ids.index(re.search(r"event=([\w-]+)", page.url).group(1))
    shown = re.search(r"event=([\w-]+)", page.url).group(1)
    if shown != ids[index]:
        report["leaks"].append((ids[index], shown))
    report["errors"] += await page.get_by_test_id("stException").count()
    report["network"] += network.unexpected
    await page.close()


async def crowd(url: str, ids: list[str], readers: int = READERS, seconds: float = SECONDS) -> dict:
    """`readers` sessions stepping at once for `seconds`; what they saw."""
    report = {"steps": [], "unanswered": 0, "leaks": [], "errors": 0, "network": []}
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = await browser.new_context(viewport={"width": 1000, "height": 800})
        until = time.monotonic() + seconds
        starts = [(i * 7) % len(ids) for i in range(readers)]
        readers = (reader(context, url, s, ids, until, report, 0.5 * n) for n, s in enumerate(starts))
        await asyncio.gather(*readers)
        await browser.close()
    return report


@pytest.mark.slow
def test_twenty_readers_at_once(server, assets):
    from dashboard import data
    from dashboard.paths import GEODATA

    ids = [m.id for m in data.load_timeline(GEODATA / "timeline.yaml").milestones]

    def run(**kwargs) -> dict:
        # in a thread of its own: pytest-playwright already runs an event loop in this one
        result, failure = {}, []

        def work():
            try:
                result.update(asyncio.run(crowd(server.url, ids, **kwargs)))
            except Exception as err:  # noqa: BLE001 (handed to the test thread below)
                failure.append(err)

        worker = threading.Thread(target=work)
        worker.start()
        worker.join()
        if failure:
            raise failure[0]
        return result

    run(readers=1, seconds=5)  # one reader first: imports and caches are not per-session memory
    before = server.rss_mb()
    report = run()
    after = server.rss_mb()
    steps = sorted(report["steps"])
    figures = {
        "readers": READERS,
        "seconds": SECONDS,
        "steps": len(steps),
        "unanswered": report["unanswered"],
        "p50_step_s": round(statistics.median(steps), 3) if steps else None,
        "p95_step_s": round(steps[int(0.95 * (len(steps) - 1))], 3) if steps else None,
        "server_rss_before_mb": round(before, 1),
        "server_rss_after_mb": round(after, 1),
        "per_session_mb": round((after - before) / READERS, 1),
    }
    ARTIFACTS.parent.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS.parent / "load.json").write_text(json.dumps(figures, indent=1))
    print("load test:", json.dumps(figures))
    assert report["errors"] == 0 and not report["network"]
    assert not report["leaks"], f"a reader saw another's milestone: {report['leaks']}"
    assert report["unanswered"] == 0 and len(steps) >= READERS * 5
    assert figures["per_session_mb"] < 40, "memory per session is not bounded"
