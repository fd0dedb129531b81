"""dashboard.collector: what tuning the garbage collector leaves behind."""

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import collector


@pytest.fixture
def python_default_thresholds():
    """Python's own thresholds for the test, and whatever was set before it afterwards."""
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_importing_the_package_leaves_the_collector_alone():
    code = (
        "import gc, dashboard, dashboard.collector, dashboard.store, dashboard.ui; "
        "print(gc.isenabled(), gc.get_threshold(), gc.get_freeze_count())"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n")[0] == "True (700, 10, 10) 0"


def test_tuning_sets_the_thresholds_and_switches_nothing_off(python_default_thresholds):
    collector.tune_collector()
    collector.tune_collector()  # idempotent
    assert gc.get_threshold() == collector.THRESHOLDS
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_reference_cycles_are_still_collected(python_default_thresholds):
    collector.tune_collector()

    class Node:
        pass

    first, second = Node(), Node()
    first.other, second.other = second, first
    ids = {id(first), id(second)}
    del first, second
    gc.collect()
    assert not ids & {id(o) for o in gc.get_objects() if type(o).__name__ == "Node"}


def test_a_page_tunes_the_collector_when_it_runs(python_default_thresholds):
    at = AppTest.from_file(str(Path(__file__).parents[1] / "streamlit_app.py"), default_timeout=60)
    at.run()
    assert not at.exception
    assert gc.get_threshold() == collector.THRESHOLDS
