"""Pure geometry helpers: areas, distances and point look-ups on the island GeoDataFrame."""

from __future__ import annotations

import geopandas as gpd
import shapely

# Lambert azimuthal equal-area centred on the islands: areas in m² without distortion
AREA_CRS = "+proj=laea +lat_0=44 +lon_0=147 +datum=WGS84 +units=m +no_defs"
# azimuthal equidistant centred on the islands: distances between nearby outlines
DISTANCE_CRS = "+proj=aeqd +lat_0=44 +lon_0=147 +datum=WGS84 +units=m +no_defs"


def distances_km(origin: shapely.Point, geoms: gpd.GeoSeries) -> list[float]:
    """Shortest distance in km from `origin` (lon/lat) to each geometry.

    An azimuthal equidistant projection centred on the origin keeps every distance from the
    origin true (PROJ computes it on the WGS84 ellipsoid), so a planar distance there is the
    geodesic one.
    """
    crs = f"+proj=aeqd +lat_0={origin.y} +lon_0={origin.x} +datum=WGS84 +units=m +no_defs"
    projected = geoms.to_crs(crs)
    return [g.distance(shapely.Point(0, 0)) / 1000 for g in projected]


def island_at(islands: gpd.GeoDataFrame, lat: float, lon: float, tolerance_km: float = 1.0):
    """The row of the island containing (lat, lon), or the nearest within `tolerance_km`.

    Map clicks land a little off an island when the drawn outline is simplified; None if
    nothing is near.
    """
    point = shapely.Point(lon, lat)
    hits = islands[islands.contains(point)]
    if len(hits):
        return hits.iloc[0]
    near = distances_km(point, islands.geometry)
    best = min(range(len(near)), key=near.__getitem__, default=None)
    if best is None or near[best] > tolerance_km:
        return None
    return islands.iloc[best]
