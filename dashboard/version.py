"""The data's version: a short hash of every data file and translation, for citations, the
Sources page and the static edition (the same data gives the same version wherever it is read)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from dashboard.files import DATA_FILES, TRANSLATIONS

DIGITS = 10  # 40 bits: enough to tell releases apart, short enough to quote


def data_files(folder: Path) -> list[Path]:
    """The files the version covers, in a fixed order: the DATA_FILES table, then the content
    translations (geodata/i18n)."""
    translations = sorted((folder / TRANSLATIONS).glob("*.yaml"))
    return [folder / item.name for item in DATA_FILES] + translations


def data_version(folder: Path) -> str:
    """SHA-256 over each file's name and bytes (a missing file counts as absent), shortened."""
    digest = hashlib.sha256()
    for path in data_files(folder):
        name = path.relative_to(folder).as_posix().encode()
        content = path.read_bytes() if path.is_file() else b""
        digest.update(len(name).to_bytes(4, "big") + name + len(content).to_bytes(8, "big") + content)
    return digest.hexdigest()[:DIGITS]
