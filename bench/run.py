"""Benchmark the dashboard against the floor app, side by side in one run.

    python bench/run.py [--rounds 3] [--play]

Each round measures, in headless Chromium through bench/measure_app.py, the floor
(bench/floor_app.py: the least a Streamlit page with a folium map and a slider can cost) and
then the dashboard's landing page stepping through the 1945 milestones. It prints a table of
medians over the rounds and the ratios the speed targets are stated in, then the warm AppTest
rerun of the landing page (CPU time of the Python process) and, with --play, the server's
memory during one whole pass of play. Needs what the browser tests need (Chromium and
`npm ci --prefix tests/e2e`). Not part of the test run: these machines are noisy, so compare
the ratios of one run rather than figures of different runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DASHBOARD_PAGE = "?event=japan-accepts-potsdam-1945"
DASHBOARD_STEPS = 9  # through the landings of 1945 to the decree of 1946: some steps recolour the map
FLOOR_STEPS = 8  # 1855 to 2022: one step recolours the map, the others leave it alone


def measure(app: str, cwd: Path, steps: int, page: str = "", min_paths: int = 1) -> dict:
    """One run of measure_app.py, as its JSON line."""
    command = [sys.executable, str(BENCH / "measure_app.py"), app, "--cwd", str(cwd), "--steps", str(steps),
               "--probe", "--min-paths", str(min_paths), "--page", page]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarise(run: dict) -> dict:
    """The figures the targets use, from one run."""
    changed = [s for s in run["steps"] if s["fills_changed"]]
    unchanged = [s for s in run["steps"] if not s["fills_changed"]]
    return {
        "first_map_s": run["first_map_s"],
        "change_step_s": statistics.median(s["map_s"] for s in changed) if changed else None,
        "change_step_s_harness": statistics.median(s["s"] for s in changed) if changed else None,
        "change_step_bytes": statistics.median(s["ws_bytes"] for s in changed) if changed else None,
        "same_step_s": statistics.median(s["s"] for s in unchanged) if unchanged else None,
        "same_step_bytes": statistics.median(s["ws_bytes"] for s in unchanged) if unchanged else None,
        "rss_mb": run["server_rss_mb"],
        "reloaded": any(s.get("reloaded") for s in changed + unchanged),
    }


def median_of(rounds: list[dict], key: str):
    values = [r[key] for r in rounds if r[key] is not None]
    return statistics.median(values) if values else None


def warm_rerun_cpu_s(runs: int = 10) -> dict[str, float]:
    """Median CPU time of a warm AppTest rerun of each page, the landing page first."""
    sys.path.insert(0, str(ROOT))
    from streamlit.testing.v1 import AppTest

    from dashboard.ui import PAGES

    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=60).run()
    medians = {}
    for page, _, _ in PAGES:
        at.switch_page(page).run()
        at.run()
        times = []
        for _ in range(runs):
            start = time.process_time()
            at.run()
            times.append(time.process_time() - start)
        medians[page] = statistics.median(times)
    return medians


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--play", action="store_true", help="also watch memory during one pass of play")
    parser.add_argument("--lang", default="en", help="the dashboard's language (en, ja, ru)")
    args = parser.parse_args()
    page = f"{DASHBOARD_PAGE}&lang={args.lang}"
    floor, dashboard = [], []
    for number in range(1, args.rounds + 1):
        floor.append(summarise(measure("floor_app.py", BENCH, FLOOR_STEPS)))
        dashboard.append(summarise(measure("streamlit_app.py", ROOT, DASHBOARD_STEPS, page, 80)))
        print(
            f"round {number}: floor {json.dumps(floor[-1])}\n         dashboard {json.dumps(dashboard[-1])}"
        )

    f = {k: median_of(floor, k) for k in floor[0]}
    d = {k: median_of(dashboard, k) for k in dashboard[0]}

    def ratio(key):
        return d[key] / f[key]

    rows = [
        ("first map drawn (s)", "first_map_s", ratio("first_map_s"), "<= 1.2"),
        ("map-changing step (s)", "change_step_s", ratio("change_step_s"), "<= 0.5"),
        (
            "  same, harness's s (s)",
            "change_step_s_harness",
            ratio("change_step_s_harness"),
            "(+0.3 s quiet)",
        ),
        ("map-changing step (bytes)", "change_step_bytes", None, "<= 20480"),
        ("step, map unchanged (s)", "same_step_s", ratio("same_step_s"), "<= 1.3"),
        ("server memory (MB)", "rss_mb", d["rss_mb"] - f["rss_mb"], "<= +60 MB (difference)"),
    ]
    title = f"median of {args.rounds} rounds, lang={args.lang}"
    print(f"\n{title:<30}{'floor':>10}{'dashboard':>11}{'ratio':>8}  target")
    for name, key, value, target in rows:
        shown = "" if value is None else f"{value:8.2f}"
        print(f"{name:<30}{f[key]:10.3f}{d[key]:11.3f}{shown:>8}  {target}")
    print(f"map reloaded during a step: floor {any(r['reloaded'] for r in floor)}, "
          f"dashboard {any(r['reloaded'] for r in dashboard)}")  # fmt: skip
    reruns = {page: round(cpu * 1000) for page, cpu in warm_rerun_cpu_s().items()}
    print(f"warm AppTest rerun of the landing page: {reruns.pop('streamlit_app.py')} ms CPU (target < 50 ms)")
    print("  other pages: " + ", ".join(f"{page} {ms} ms" for page, ms in reruns.items()))
    if args.play:
        from play_memory import play_pass  # only with --play

        samples = play_pass()
        print(f"server memory during a whole pass of play: {min(samples):.0f} to {max(samples):.0f} MB "
              f"({len(samples)} samples)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
