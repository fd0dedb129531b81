"""Check every data file of geodata/ the way the app loads it; exit non-zero on any problem.

    python -m dashboard.validate [FOLDER]

Each file is loaded by the app's own loader, so the messages are the ones the app would show
(file, record, problem). Then the files are checked against each other (the groups, ids and
dates that one file names must exist in the others), every source against the source
policy (dashboard.policy: a kind, and no blog, mirror or file-sharing host), and every
language for completeness (geodata/i18n/<lang>.yaml and the interface catalogues).
"""

from __future__ import annotations

import sys
from pathlib import Path

from dashboard import catalogues, control, data, policy
from dashboard.content import TRANSLATABLE, missing_translations, unknown_translations
from dashboard.files import BY_NAME, DATA_FILES, TRANSLATIONS
from dashboard.i18n import DEFAULT, LANGUAGES
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


def translation_problems(folder: Path) -> list[str]:
    """Every text of the content without its translation in a language (or translated for a
    record that is gone), every translation that breaks the schema, every interface message
    without its translation."""
    problems = []
    for code in LANGUAGES:
        if code == DEFAULT:
            continue
        where = f"{TRANSLATIONS}/{code}.yaml"
        try:
            overlay = data.load_translation(folder / TRANSLATIONS / f"{code}.yaml")
        except data.DataError as err:
            problems.append(str(err))
            continue
        for name, spec in TRANSLATABLE.items():
            try:
                raw = data.read_yaml(folder / name)
            except data.DataError:
                continue  # the file's own problem is reported already
            problems += [
                f"{where}: no translation of {name} {p}"
                for p in missing_translations(raw, spec, overlay.get(name))
            ]
            problems += [
                f"{where}: {name} has no {p}" for p in unknown_translations(raw, spec, overlay.get(name))
            ]
            try:
                BY_NAME[name].loader(folder / name, overlay.get(name))
            except data.DataError as err:
                problems.append(f"{where}, for {err}")
        problems += [
            f"dashboard/locale/{code}: no translation of {m!r}" for m in catalogues.untranslated(code)
        ]
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
    return problems + cross_checks(loaded) + policy.policy_problems(loaded) + translation_problems(folder)


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
