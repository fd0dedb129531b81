"""The administrators' colours stay apart for readers with the common colour-vision deficiencies.

Each side's fill, as the map draws it (85 % opaque over the sea), is simulated for full
deuteranopia, protanopia and tritanopia (colorspacious, Machado et al. 2009) and compared in
CAM02-UCS; docs/colours.md records the figures.
"""

import itertools

import numpy as np
import pytest
from colorspacious import cspace_convert

from dashboard.mapping import SEA_COLOUR

MIN_DISTANCE = 12  # CAM02-UCS ΔE; about 10 and more reads as clearly different colours


def rgb(hex_colour: str) -> np.ndarray:
    return np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)]) / 255


def as_seen(hex_colour: str, deficiency: str | None) -> np.ndarray:
    drawn = 0.85 * rgb(hex_colour) + 0.15 * rgb(SEA_COLOUR)
    if deficiency is None:
        return drawn
    space = {"name": "sRGB1+CVD", "cvd_type": deficiency, "severity": 100}
    return np.clip(cspace_convert(drawn, space, "sRGB1"), 0, 1)


def distance(a: np.ndarray, b: np.ndarray) -> float:
    return float(
        np.linalg.norm(cspace_convert(a, "sRGB1", "CAM02-UCS") - cspace_convert(b, "sRGB1", "CAM02-UCS"))
    )


@pytest.mark.parametrize("deficiency", [None, "deuteranomaly", "protanomaly", "tritanomaly"])
def test_every_pair_of_sides_is_apart(sides, deficiency):
    seen = {side: as_seen(info.colour, deficiency) for side, info in sides.items()}
    for first, second in itertools.combinations(seen, 2):
        assert distance(seen[first], seen[second]) >= MIN_DISTANCE, (first, second, deficiency)
