"""Check every data file of geodata/ the way the app loads it; exit non-zero on any problem.

    python -m dashboard.validate [FOLDER]

Each file is loaded by the app's own loader, so the messages are the ones the app would show
(file, record, problem). Then the files are checked against each other: the groups and ids that
one file names must exist in the others.
"""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard import data
from dashboard.paths import GEODATA

LOADERS = {
    "islands.geojson": data.load_islands,
    "context.geojson": data.load_context,
    "borders.geojson": data.load_borders,
    "names.yaml": data.load_names,
    "facts.yaml": data.load_facts,
    "timeline.yaml": data.load_timeline,
}


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
        defined = {b.id for b in timeline.borders}
        if set(borders["id"]) != defined:
            problems.append(
                "borders.geojson: its lines differ from timeline.yaml's borders (rebuild the geodata)"
            )
    return problems


def validate(folder: Path = GEODATA) -> list[str]:
    """Every problem found in the data files of `folder`, as the app would word it."""
    problems, loaded = [], {}
    for name, loader in LOADERS.items():
        try:
            loaded[name] = loader(folder / name)
        except data.DataError as err:
            problems.append(str(err))
    return problems + cross_checks(loaded)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else GEODATA
    problems = validate(folder)
    for problem in problems:
        print(problem)
    if not problems:
        print(f"all {len(LOADERS)} data files in {folder} are valid")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
