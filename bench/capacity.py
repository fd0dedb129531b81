"""How many readers stepping at once one Streamlit process holds, beside the floor app, and how
the static edition serves the same number from a plain web server.

    python bench/capacity.py [--seconds 20] [--think 1.0] [--static]

Readers are simulated at Streamlit's own protocol, not in browsers: each opens a session over
the app's websocket (as the browser does), then moves the milestone slider one step, waits until
the server has finished the run, thinks for --think seconds, and steps again. A step's time is
from sending the new slider value to the server's "script finished". The browsers' own work
(drawing the page) happens on the readers' machines and is not counted, so the figures say what
one server process holds. Levels of 1, 2, 4, 8, ... readers run for --seconds each, until the
95th percentile of the step time passes one second (the level before is the capacity).

With --static, the static edition (python -m dashboard.export) is served by Python's own
http.server and the same numbers of readers each load the page (every file of it) every
--think seconds; stepping there happens in the reader's browser, so a page load is what the
server sees.

Loopback only, bounded in time (each level at most --seconds plus the runs in flight).
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import http.server
import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
from measure_app import free_port, start_server  # noqa: E402 (the yardstick's own server start)

LEVELS = (1, 2, 4, 8, 12, 16, 24, 32, 48, 64)
P95_LIMIT_S = 1.0
APPS = {
    "floor": ("floor_app.py", BENCH, ""),
    "dashboard": ("streamlit_app.py", ROOT, "event=japan-accepts-potsdam-1945&lang=en"),
}


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def rerun(query: str, slider: dict | None = None, value: str | None = None) -> bytes:
    """A rerun request as the browser sends it: the page's query and, for a step, the slider's
    new value (a select slider's value is its option's label), scoped to its fragment."""
    message = BackMsg()
    state = message.rerun_script
    state.query_string = query
    if slider is not None:
        widget = state.widget_states.widgets.add()
        widget.id = slider["id"]
        widget.string_array_value.data.append(value)
        if slider["fragment"]:
            state.fragment_id = slider["fragment"]
    return message.SerializeToString()


async def until_finished(ws) -> dict | None:
    """Read the server's messages until the run is over; the first slider seen, if any."""
    slider = None
    while True:
        message = ForwardMsg.FromString(await ws.recv())
        kind = message.WhichOneof("type")
        if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            if element.WhichOneof("type") == "slider" and slider is None:
                options = list(element.slider.options)
                # the value the script set (a select slider sends its option's label), else the default
                shown = list(element.slider.raw_value)
                slider = {
                    "id": element.slider.id,
                    "options": options,
                    "index": options.index(shown[0]) if shown else int(element.slider.default[0]),
                    "fragment": message.delta.fragment_id,
                }
        elif kind == "script_finished":
            return slider


async def reader(url: str, query: str, until: float, think: float, report: dict) -> None:
    """One reader: open a session, then step the slider back and forth until `until`."""
    try:
        async with websockets.connect(url, subprotocols=["streamlit"], max_size=None) as ws:
            await ws.send(rerun(query))
            slider = await until_finished(ws)
            if slider is None:
                report["errors"] += 1
                return
            index, direction = slider["index"], 1
            while time.monotonic() < until:
                if not 0 <= index + direction < len(slider["options"]):
                    direction = -direction
                index += direction
                began = time.monotonic()
                await ws.send(rerun(query, slider, slider["options"][index]))
                await until_finished(ws)
                report["steps"].append(time.monotonic() - began)
                await asyncio.sleep(think)
    except (OSError, websockets.WebSocketException):
        report["errors"] += 1


async def level(url: str, query: str, readers: int, seconds: float, think: float) -> dict:
    """`readers` readers at once for `seconds`; their step times."""
    report = {"steps": [], "errors": 0}
    until = time.monotonic() + seconds
    # readers arrive over the first second, as they would, not in one instant
    await asyncio.gather(
        *(asleep_then(n / readers, reader(url, query, until, think, report)) for n in range(readers))
    )
    return report


async def asleep_then(delay: float, job) -> None:
    await asyncio.sleep(delay)
    await job


def summary(readers: int, report: dict) -> dict:
    steps = report["steps"]
    return {
        "readers": readers,
        "steps": len(steps),
        "errors": report["errors"],
        "p50_s": round(statistics.median(steps), 3) if steps else None,
        "p95_s": round(percentile(steps, 0.95), 3) if steps else None,
    }


def app_capacity(name: str, seconds: float, think: float) -> list[dict]:
    """Levels of readers on one server process of `name` until the p95 step passes the limit."""
    app, cwd, query = APPS[name]
    port = free_port()
    server = start_server(app, str(cwd), port, sys.executable)
    rows = []
    try:
        url = f"ws://127.0.0.1:{port}/_stcore/stream"
        asyncio.run(level(url, query, 1, 3, think))  # the process's first run, not counted
        for readers in LEVELS:
            row = summary(readers, asyncio.run(level(url, query, readers, seconds, think)))
            rows.append(row)
            print(name, json.dumps(row), flush=True)
            if row["p95_s"] is None or row["p95_s"] > P95_LIMIT_S or row["errors"]:
                break
    finally:
        server.terminate()
        server.wait(timeout=20)
    return rows


def static_capacity(seconds: float, think: float) -> list[dict]:
    """The static edition on Python's http.server: readers each loading every file of it."""
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "dashboard.export", "--out", folder], cwd=ROOT, check=True)
        files = sorted(p.relative_to(folder).as_posix() for p in Path(folder).rglob("*") if p.is_file())
        handler = functools.partial(QuietHandler, directory=folder)
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        rows = []
        try:
            for readers in LEVELS:
                report = {"steps": [], "errors": 0}
                until = time.monotonic() + seconds
                threads = [
                    threading.Thread(target=page_loads, args=(base, files, until, think, report))
                    for _ in range(readers)
                ]
                for thread in threads:
                    thread.start()
                for thread in threads:
                    thread.join()
                row = summary(readers, report)
                rows.append(row)
                print("static", json.dumps(row), flush=True)
                if row["p95_s"] is None or row["p95_s"] > P95_LIMIT_S or row["errors"]:
                    break
        finally:
            server.shutdown()
    return rows


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def page_loads(base: str, files: list[str], until: float, think: float, report: dict) -> None:
    """One reader of the static edition: load every file of it, think, load it again."""
    while time.monotonic() < until:
        began = time.monotonic()
        try:
            for name in files:
                with urllib.request.urlopen(base + name, timeout=30) as response:
                    response.read()
        except OSError:
            report["errors"] += 1
            return
        report["steps"].append(time.monotonic() - began)
        time.sleep(think)


def capacity(rows: list[dict]) -> int:
    """The most readers whose p95 stayed within the limit, without errors."""
    held = [
        r["readers"] for r in rows if r["p95_s"] is not None and r["p95_s"] <= P95_LIMIT_S and not r["errors"]
    ]
    return max(held, default=0)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--think", type=float, default=1.0, help="seconds a reader waits between steps")
    parser.add_argument("--static", action="store_true", help="also serve the static edition")
    args = parser.parse_args()
    results = {name: app_capacity(name, args.seconds, args.think) for name in APPS}
    if args.static:
        results["static"] = static_capacity(args.seconds, args.think)
    print(f"\nreaders held with a p95 step under {P95_LIMIT_S:g} s (think time {args.think:g} s):")
    for name, rows in results.items():
        print(f"  {name:<10} {capacity(rows)}")


if __name__ == "__main__":
    main()
