"""No data file can crash or exhaust the process: too large, nested too deep, too many points,
numbers that are not finite. Each hostile file is checked by `python -m dashboard.validate` in a
subprocess, so that a crash (a signal) fails the test instead of killing pytest."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard import data

ROOT = Path(__file__).resolve().parents[1]


def validate_in_a_process(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard.validate", str(folder)],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("timeline.yaml", "a: " + "[" * 30_000 + "]" * 30_000, "nested more than 64 levels deep"),
        (
            "facts.yaml",
            "a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 200)),
            "nested more than 64 levels deep",
        ),
        ("islands.geojson", "[" * 200_000 + "]" * 200_000, "nested too deep"),
        ("names.yaml", "x: " + "a" * 2_100_000, "more than the 2,000,000 a data file may have"),
    ],
    ids=["yaml-brackets", "yaml-indentation", "json-brackets", "too-large"],
)
def test_a_hostile_file_gets_a_message_not_a_crash(geodata_copy, name, content, words):
    (geodata_copy / name).write_text(content, encoding="utf-8")
    done = validate_in_a_process(geodata_copy)
    assert done.returncode == 1, (done.returncode, done.stderr[-500:])  # not a signal (negative)
    assert f"{name}: " in done.stdout and words in done.stdout
    assert "Traceback" not in done.stdout + done.stderr


def square(points: int) -> dict:
    """A polygon of `points` points (a square's outline, densified)."""
    side = points // 4
    ring = [[145 + i / side, 43] for i in range(side)] + [[146, 43 + i / side] for i in range(side)]
    ring += [[146 - i / side, 44] for i in range(side)] + [[145, 44 - i / side] for i in range(side)]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def test_a_geometry_with_too_many_points_is_refused(geodata_copy):
    path = geodata_copy / "context.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"][0]["geometry"] = square(data.MAX_POINTS_PER_GEOMETRY + 1000)
    path.write_text(json.dumps(collection), encoding="utf-8")
    with pytest.raises(data.DataError, match="more than 200,000 points"):
        data.load_context(path)


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan"])
def test_numbers_must_be_finite(geodata_copy, value):
    path = geodata_copy / "facts.yaml"
    text = path.read_text(encoding="utf-8").replace("value_km2: 3166.64", f"value_km2: {value}", 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(data.DataError, match="finite"):
        data.load_facts(path)


def test_the_committed_files_are_well_within_the_limits():
    for path in (ROOT / "geodata").glob("*.*"):
        assert path.stat().st_size < data.MAX_BYTES.get(path.suffix, data.MAX_BYTES[".yaml"]) / 4, path.name
