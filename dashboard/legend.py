"""The map's legend as HTML, built from the administrators table and the border lines (pure).

Grouped: who administers a group (each side as the map draws it, bright and faded, and groups
with no state administration on record), who claims it, which lines are drawn. Every text is
escaped here; the HTML goes into the map as a Leaflet control (dashboard.leaflet.LegendControl).
"""

from __future__ import annotations

import html

from dashboard.i18n import Texts
from dashboard.mapping import CONTEXT_STYLE, FADED_OPACITY, GROUP_COLOURS, NO_STATE_COLOUR, line_style
from dashboard.milestone_text import capitalised
from dashboard.models import GROUPS
from dashboard.time_axis import NO_STATE
from dashboard.timeline_models import Administrator, TimelineFile


def fill_css(colour: str, pattern: str, opacity: float = 1.0) -> str:
    """A swatch's CSS background: the colour, hatched or dotted like the map's fill."""
    tint = f"color-mix(in srgb, {colour} {opacity * 100:.0f}%, white)"
    if pattern == "hatch":
        return f"repeating-linear-gradient(45deg, {tint} 0 3px, #ffffff 3px 4.6px)"
    if pattern == "dots":
        return f"radial-gradient(#ffffff 1px, {tint} 1.2px) 0 0 / 4px 4px"
    return tint


def swatch(background: str, border: str = "1px solid #333") -> str:
    return f'<span class="sw" style="background:{background};border:{border}"></span>'


def line_swatch(style: dict) -> str:
    kind = "dashed" if style.get("dashArray") else "solid"
    return f'<span class="ln" style="border-top:3px {kind} {style["color"]}"></span>'


def row(marks: str, text: str) -> str:
    return f'<li>{marks}<span class="tx">{html.escape(text)}</span></li>'


def section(title: str, rows: list[str]) -> str:
    return f'<p class="hd">{html.escape(title)}</p><ul>{"".join(rows)}</ul>'


def timeline_legend(timeline: TimelineFile, t: Texts) -> str:
    """The legend of the map coloured by who administered each group."""
    sides: dict[str, Administrator] = timeline.control.administrators
    administered = [
        row(
            swatch(fill_css(side.colour, side.pattern))
            + swatch(fill_css(side.colour, side.pattern, FADED_OPACITY)),
            capitalised(side.status),
        )
        for side in sides.values()
    ]
    administered.append(
        row(
            swatch(NO_STATE_COLOUR) + swatch(fill_css(NO_STATE_COLOUR, "solid", FADED_OPACITY)),
            capitalised(t._("no state administration on record")),
        )  # fmt: skip
    )
    claimants = {p.by for g in timeline.control.groups.values() for p in g.claimed}
    claims = [
        row(
            swatch("transparent", f"2px dashed {sides[c].colour}"),
            t._("Claimed by {claimant}", claimant=sides[c].claimant),
        )
        for c in sides
        if c in claimants
    ]
    kinds = {}
    for border in timeline.borders:
        kinds.setdefault(border.label or border.name, line_style(border, sides))
    lines = [row(line_swatch(style), text) for text, style in kinds.items()]
    lines.append(row(swatch(CONTEXT_STYLE["fillColor"], "1px solid #8a8a8a"), t._("Other land")))
    faded = t._("Faded (right): the milestone does not concern the group.")
    return (
        section(t._("Administered by"), administered)
        + f'<p class="nt">{html.escape(faded)}</p>'
        + section(t._("Claims"), claims)
        + section(t._("Lines (schematic) and land"), lines)
    )


def control_legend(timeline: TimelineFile, t: Texts, opacity: float = 1.0) -> str:
    """Who administered a group, in the plain colours of the time axis's lanes (drawn at
    `opacity`): each side, then no state administration on record."""
    sides: dict[str, Administrator] = timeline.control.administrators
    rows = [
        row(swatch(fill_css(side.colour, "solid", opacity)), capitalised(side.status))
        for side in sides.values()
    ]
    rows.append(
        row(
            swatch(fill_css(NO_STATE, "solid", opacity)),
            capitalised(t._("no state administration on record")),
        )
    )
    return f"<ul>{''.join(rows)}</ul>"


def group_legend(group_names: dict[str, dict], t: Texts) -> str:
    """The legend of the map coloured by group (when the timeline is unavailable)."""
    rows = [row(swatch(GROUP_COLOURS[g]), t.name(group_names[g])) for g in GROUPS]
    rows.append(row(swatch(CONTEXT_STYLE["fillColor"]), t._("Other land")))
    return section(t._("Island groups"), rows)
