"""Where the project's files live, independent of the working directory (the data files'
names are in dashboard.files)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEODATA = ROOT / "geodata"
FAVICON = ROOT / "dashboard" / "assets" / "favicon.svg"
LOCALE = ROOT / "dashboard" / "locale"
TEMPLATES = ROOT / "dashboard" / "templates"
