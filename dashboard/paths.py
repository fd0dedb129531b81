"""Where the project's files live, independent of the working directory."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GEODATA = ROOT / "geodata"
ISLANDS_FILE = GEODATA / "islands.geojson"
CONTEXT_FILE = GEODATA / "context.geojson"
FACTS_FILE = GEODATA / "facts.yaml"
NAMES_FILE = GEODATA / "names.yaml"
TIMELINE_FILE = GEODATA / "timeline.yaml"
BORDERS_FILE = GEODATA / "borders.geojson"
FAVICON = ROOT / "dashboard" / "assets" / "favicon.svg"
