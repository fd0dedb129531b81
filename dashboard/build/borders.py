"""Schematic border lines derived from the coastline data (used by dashboard.build.geodata).

The lines stand for borders that treaties describe in words ("between the islands of Etorofu
and Urup", "the 50th parallel"); they are drawn so a reader can see where the border ran,
not surveyed. Each function takes shapely geometries in longitude/latitude.
"""

from __future__ import annotations

import numpy as np
import pyproj
import shapely

STRAIT_LINE_KM = 50  # length of a line drawn across a strait
SAMPLE_KM = 0.5  # spacing of coastline points for the median line
SIMPLIFY_KM = 0.3


def transform(project, geom):
    """`geom` with every coordinate passed through a pyproj transform function."""
    return shapely.transform(geom, lambda xy: np.column_stack(project(xy[:, 0], xy[:, 1])))


def local_projection(geom) -> tuple:
    """Forward and inverse transforms of an azimuthal equidistant projection centred on `geom`."""
    centre = geom.envelope.centroid
    local = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={centre.y} +lon_0={centre.x} +datum=WGS84 +units=m")
    forward = pyproj.Transformer.from_crs("EPSG:4326", local, always_xy=True).transform
    inverse = pyproj.Transformer.from_crs(local, "EPSG:4326", always_xy=True).transform
    return forward, inverse


def across_strait(first, second) -> shapely.LineString:
    """A line across the strait between two lands: through the middle of their shortest gap,
    at right angles to it."""
    forward, inverse = local_projection(shapely.union(first.envelope, second.envelope))
    a, b = transform(forward, first), transform(forward, second)
    gap = shapely.shortest_line(a, b)
    (x1, y1), (x2, y2) = gap.coords
    middle = np.array([(x1 + x2) / 2, (y1 + y2) / 2])
    direction = np.array([x2 - x1, y2 - y1]) / max(gap.length, 1.0)
    normal = np.array([-direction[1], direction[0]]) * STRAIT_LINE_KM * 500
    return transform(inverse, shapely.LineString([middle - normal, middle + normal]))


def along_parallel(latitude: float, land) -> shapely.LineString:
    """The parallel `latitude` from shore to shore across `land`, a little past each coast."""
    west, _, east, _ = land.bounds
    crossing = land.intersection(shapely.LineString([(west - 1, latitude), (east + 1, latitude)]))
    if crossing.is_empty:
        raise ValueError(f"the parallel {latitude} does not cross the land given")
    west, _, east, _ = crossing.bounds
    return shapely.LineString([(west - 0.05, latitude), (east + 0.05, latitude)])


def median_line(first, others, window: tuple[float, float, float, float]):
    """The line equidistant between the coasts of `first` and of `others`, inside `window`.

    Coast points are taken every SAMPLE_KM; the line is the border between the Voronoi cells
    of `first`'s points and those of the others' points.
    """
    box = shapely.box(*window)
    forward, inverse = local_projection(box)
    area = transform(forward, box)

    def coast_points(geom):
        coast = transform(forward, geom.intersection(box.buffer(0.3))).boundary
        points = shapely.get_coordinates(shapely.segmentize(coast, SAMPLE_KM * 1000))
        return np.unique(points.round(1), axis=0)  # Voronoi wants each point once

    mine, theirs = coast_points(first), coast_points(others)
    theirs = theirs[~(theirs[:, None, :] == mine[None, :, :]).all(axis=2).any(axis=1)]
    points = shapely.MultiPoint(np.vstack([mine, theirs]))
    cells = shapely.voronoi_polygons(points, extend_to=area, ordered=True)
    parts = list(cells.geoms)
    own = shapely.union_all(parts[: len(mine)]).intersection(area)
    other = shapely.union_all(parts[len(mine) :]).intersection(area)
    line = shapely.line_merge(own.boundary.intersection(other.buffer(1.0)))
    line = shapely.simplify(line, SIMPLIFY_KM * 1000)
    return transform(inverse, line)
