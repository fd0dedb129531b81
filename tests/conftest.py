"""Shared fixtures: the committed data files, loaded once, a scratch copy of geodata/, the
English texts; and the markers: tests/e2e are `browser` tests, the slow ones `slow`."""

import shutil
from pathlib import Path

import pytest

from dashboard import data
from dashboard.i18n import texts
from dashboard.paths import GEODATA

E2E = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(items):
    """Every test under tests/e2e runs a browser: mark it, so `-m "not browser"` leaves it out."""
    for item in items:
        if E2E in Path(item.fspath).parents:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def islands():
    """islands.geojson as loaded by the app."""
    return data.load_islands(GEODATA / "islands.geojson")


@pytest.fixture(scope="session")
def land():
    """context.geojson as loaded by the app, indexed by feature id."""
    return data.load_context(GEODATA / "context.geojson").set_index("id")


@pytest.fixture(scope="session")
def facts():
    """facts.yaml, validated."""
    return data.load_facts(GEODATA / "facts.yaml")


@pytest.fixture(scope="session")
def names():
    """names.yaml, validated."""
    return data.load_names(GEODATA / "names.yaml")


@pytest.fixture(scope="session")
def timeline():
    """timeline.yaml, validated."""
    return data.load_timeline(GEODATA / "timeline.yaml")


@pytest.fixture(scope="session")
def borders():
    """borders.geojson as loaded by the app."""
    return data.load_borders(GEODATA / "borders.geojson")


@pytest.fixture(scope="session")
def t():
    """The English texts (the catalogues' source language)."""
    return texts("en")


@pytest.fixture(scope="session")
def sides(timeline):
    """The administrators table of the timeline."""
    return timeline.control.administrators


@pytest.fixture
def geodata_copy(tmp_path):
    """A writable copy of geodata/ that a test may corrupt."""
    target = tmp_path / "geodata"
    shutil.copytree(GEODATA, target)
    return target
