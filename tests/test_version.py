"""The data's version: the same files give the same short hash, any change another."""

import re
import shutil

from dashboard import version
from dashboard.paths import GEODATA


def test_the_version_is_short_hex_and_stable():
    first = version.data_version(GEODATA)
    assert re.fullmatch(r"[0-9a-f]{10}", first)
    assert version.data_version(GEODATA) == first


def test_any_change_to_a_data_file_or_translation_changes_the_version(tmp_path):
    folder = tmp_path / "geodata"
    shutil.copytree(GEODATA, folder)
    before = version.data_version(folder)
    for name in ("timeline.yaml", "islands.geojson", "i18n/ja.yaml"):
        path = folder / name
        original = path.read_bytes()
        path.write_bytes(original + b"\n")
        assert version.data_version(folder) != before, name
        path.write_bytes(original)
    assert version.data_version(folder) == before
    (folder / "facts.yaml").unlink()
    assert version.data_version(folder) != before


def test_the_version_covers_every_data_file_and_translation():
    covered = {p.relative_to(GEODATA).as_posix() for p in version.data_files(GEODATA)}
    assert {"timeline.yaml", "islands.geojson", "population.yaml", "i18n/ja.yaml", "i18n/ru.yaml"} <= covered
