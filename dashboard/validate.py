"""Check every data file of geodata/ the way the app loads it; exit non-zero on any problem.

    python -m dashboard.validate [FOLDER]

Each file is loaded by the app's own loader, so the messages are the ones the app would show
(file, record, problem). Then the files are checked against each other (the groups, ids and
dates that one file names must exist in the others), and every source against the source
policy (dashboard.policy: a kind, and no blog, mirror or file-sharing host).
"""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard import control, data, policy
from dashboard.files import DATA_FILES
from dashboard.paths import GEODATA


def cross_checks(loaded: dict) -> list[str]:
    """Problems between files: ids named in one file that another file does not have."""
    problems = []
    islands, names = loaded.get("islands.geojson"), loaded.get("names.yaml")
    borders, timeline = loaded.get("borders.geojson"), loaded.get("timeline.yaml")
    if islands is not None and names is not None:
        missing = sorted({i.id for i in names.islands} - set(islands["id"]))
        if missing:
            problems.append(f"islands.geojson: no island with id {missing[0]!r}, which names.yaml names")
    if borders is not None and timeline is not None:
        dates = control.border_dates(timeline)
        drawn = {
            row["id"]: (row["from"], row["until"] if isinstance(row["until"], str) else None)
            for _, row in borders.iterrows()
        }
        if drawn != dates:
            problems.append(
                "borders.geojson: its lines or their dates differ from timeline.yaml's borders "
                "(rebuild the geodata: python -m dashboard.build)"
            )
    return problems


def validate(folder: Path = GEODATA) -> list[str]:
    """Every problem found in the data files of `folder`, as the app would word it."""
    problems, loaded = [], {}
    for item in DATA_FILES:
        name = item.name
        try:
            loaded[name] = item.loader(folder / name)
        except data.DataError as err:
            problems.append(str(err))
    return problems + cross_checks(loaded) + policy.policy_problems(loaded)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else GEODATA
    problems = validate(folder)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"all {len(DATA_FILES)} data files in {folder} are valid")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
