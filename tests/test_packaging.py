"""The install story stays true: pins, one deploy file, README commands == CI commands."""

import re
import tomllib
from pathlib import Path

import pytest

from dashboard.data import load_context, load_islands
from dashboard.measures import measure_groups
from dashboard.paths import GEODATA

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands():
    return re.findall(r"```bash\n(.+?)\n```", README, flags=re.S)


def test_requirements_are_pinned_and_the_only_deploy_file():
    lines = [
        line
        for line in (ROOT / "requirements.txt").read_text().splitlines()
        if line and not line.startswith("#")
    ]
    assert lines and all(re.fullmatch(r"[A-Za-z0-9_.-]+==[0-9][0-9A-Za-z.]*", line) for line in lines)
    for other in ("uv.lock", "Pipfile", "environment.yml"):
        assert not (ROOT / other).exists()


def test_pyproject_reads_its_dependencies_from_requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert project["project"]["dynamic"] == ["dependencies"]
    assert project["tool"]["setuptools"]["dynamic"]["dependencies"] == {"file": ["requirements.txt"]}
    assert project["project"]["requires-python"] == ">=3.11"
    # build-only data stays out of the runtime dependencies
    assert "basemap" not in (ROOT / "requirements.txt").read_text()


def test_readme_run_and_test_commands_are_what_ci_runs():
    commands = readme_commands()
    assert "pip install -r requirements.txt && streamlit run streamlit_app.py" in commands
    test_command = 'pip install -e ".[test]" && pytest'
    assert test_command in commands
    assert test_command in (ROOT / ".ci" / "run").read_text().splitlines()


def test_readme_counts_and_areas_match_the_data():
    islands = load_islands(GEODATA / "islands.geojson")
    context = load_context(GEODATA / "context.geojson").set_index("id")
    for area in measure_groups(islands, context)["area_km2"]:
        assert f"| {area:,.1f} |" in README
    assert f"The result is {len(islands)} islands and" in README
    counts = islands.groupby("group").size()
    for label, group in [
        ("Etorofu / Iturup", "etorofu"),
        ("Kunashiri / Kunashir", "kunashiri"),
        ("Shikotan", "shikotan"),
        ("Habomai", "habomai"),
    ]:
        assert f"| {label} | {counts[group]} |" in README


PAGE_FILES = ["streamlit_app.py", *sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))]


@pytest.mark.parametrize("path", PAGE_FILES)
def test_pages_stay_thin(path):
    assert len((ROOT / path).read_text().splitlines()) <= 80


def test_readme_counts_the_timeline_as_the_data_does():
    from dashboard.data import load_timeline

    timeline = load_timeline(GEODATA / "timeline.yaml")
    first, last = timeline.years
    assert f"a timeline of {len(timeline.milestones)} milestones" in README
    assert f"({first})" in README and f"to {last}" in README


def test_readme_lists_every_language():
    from dashboard.i18n import LANGUAGES

    names = {"en": "English", "ja": "Japanese", "ru": "Russian"}
    assert all(names[code] in README for code in LANGUAGES)
