"""Shared fixtures: the committed data files, loaded once, and a scratch copy of geodata/."""

import shutil

import pytest

from dashboard import data
from dashboard.paths import CONTEXT_FILE, FACTS_FILE, GEODATA, ISLANDS_FILE, NAMES_FILE


@pytest.fixture(scope="session")
def islands():
    """islands.geojson as loaded by the app."""
    return data.load_islands(ISLANDS_FILE)


@pytest.fixture(scope="session")
def land():
    """context.geojson as loaded by the app, indexed by feature id."""
    return data.load_context(CONTEXT_FILE).set_index("id")


@pytest.fixture(scope="session")
def facts():
    """facts.yaml, validated."""
    return data.load_facts(FACTS_FILE)


@pytest.fixture(scope="session")
def names():
    """names.yaml, validated."""
    return data.load_names(NAMES_FILE)


@pytest.fixture
def geodata_copy(tmp_path):
    """A writable copy of geodata/ that a test may corrupt."""
    target = tmp_path / "geodata"
    shutil.copytree(GEODATA, target)
    return target
