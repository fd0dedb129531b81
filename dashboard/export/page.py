"""One language's page of the static edition: what it shows at each milestone, from the same
snapshot, map state and texts as the app (pure, no Streamlit).

Everything here is plain data for the page's Jinja template (autoescaped: no text from the data
is ever HTML) and for its script (one JSON block, made safe by dashboard.leaflet.safe_json).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from markupsafe import Markup, escape

from dashboard import control, mapping, milestone_text, time_axis
from dashboard.export.map_html import KEY, map_parts
from dashboard.i18n import DEFAULT, LANGUAGES, N_, Texts
from dashboard.leaflet import safe_json
from dashboard.markdown import clean
from dashboard.models import GROUPS
from dashboard.timeline_models import Milestone, TimelineFile

# the app's own messages, so that both say the same
TITLE = N_("Etorofu, Kunashiri, Shikotan and the Habomai Islands")
PAGE_TITLE = N_("Etorofu, Kunashiri, Shikotan, Habomai: a sourced map")
INTRO = N_(
    "Four island groups northeast of Hokkaido, **administered by Russia** and **claimed by Japan**, "
    "which Japan calls the Northern Territories and Russia the Southern Kurils."
)
SLIDER_HELP = N_("Drag, or focus the slider and use the arrow keys. Shortcuts: P previous, N next.")
YEAR_LABELS = 50  # the axis writes a year every this many years, as the app's does


def page_file(code: str) -> str:
    """The file of a language's page: index.html for the default language, else <code>.html."""
    return "index.html" if code == DEFAULT else f"{code}.html"


def own_markup(message: str) -> Markup:
    """One of our own messages with its **bold** as <strong> (escaped first: never data)."""
    return Markup(re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", str(escape(message))))


def paragraphs(text: str) -> list[str]:
    """A text of the data as paragraphs (split at blank lines), without invisible controls."""
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", clean(text)) if part.strip()]


def event_card(milestone: Milestone, t: Texts) -> dict:
    """The event card of milestone_text.event_markdown, as parts: date and kind, title, summary,
    both governments' positions, the notes and the sources."""
    positions = [
        (t._("Japan's position."), milestone.japan_position),
        (t._("Russia's position."), milestone.russia_position),
    ]
    return {
        "meta": f"{milestone_text.when(milestone, t)} · {milestone_text.kind_label(milestone.kind, t)}",
        "title": clean(milestone.title),
        "summary": paragraphs(milestone.summary),
        "positions": [(label, paragraphs(text)) for label, text in positions if text],
        "notes": [clean(milestone.positions_note)] if milestone.positions_note else [],
        "date_note": t._("On the date: {note}", note=clean(milestone.date_note))
        if milestone.date_note
        else None,
        "sources": [
            {
                "title": clean(s.title),
                "publisher": clean(s.publisher),
                "url": str(s.url),
                "archived": str(s.archived_url) if s.archived_url else None,
            }
            for s in milestone.sources
        ],
    }


def text_twin(shot: control.Snapshot, names, sides, line_names: dict[str, str], t: Texts) -> dict:
    """The text twin of milestone_text.twin_markdown: the date, a row per group, the lines drawn."""
    return {
        "heading": t._("On {date}", date=milestone_text.when(shot.milestone, t)),
        "rows": tuple(
            tuple(clean(cell) for cell in row)
            for row in milestone_text.state_rows(shot.groups, names, sides, t)
        ),
        "lines": "; ".join(clean(line_names.get(i, i)) for i in shot.lines) or t._("none"),
    }


def share(value: float) -> str:
    """A fraction (0-1) as an SVG percentage."""
    return f"{100 * value:.3f}%"


def anchor(at: float) -> str:
    """Where a label on the axis sits against its place: inside the axis at either end."""
    return "start" if at < 0.03 else "end" if at > 0.97 else "middle"


@dataclass(frozen=True)
class Axis:
    """The time axis as the app's overview draws it: control lanes per group, decade ticks and a
    year every YEAR_LABELS years (the page's script adds a mark per milestone, coloured by its
    kind, from the positions and labels it has anyway)."""

    bands: list[dict]
    decades: list[str]
    years: list[dict]


def time_axis_of(timeline: TimelineFile, today: dt.date) -> Axis:
    """The overview of dashboard.time_axis (the same lanes and scale) for an SVG."""
    start, end = time_axis.domain(timeline, today)
    span = (end - start).days

    def at(day: str) -> float:
        return (dt.date.fromisoformat(day) - start).days / span

    bands = [
        {"x": share(at(b["a"])), "w": share(at(b["b"]) - at(b["a"])), "lane": b["lane"], "colour": b["c"]}
        for b in time_axis.periods(timeline, today)
    ]
    decades = time_axis.decade_years(start.year, end.year)
    years = [
        {"x": share(at(f"{year}-01-01")), "text": str(year), "anchor": anchor(at(f"{year}-01-01"))}
        for year in decades
        if year % YEAR_LABELS == 0
    ]
    return Axis(bands, [share(at(f"{year}-01-01")) for year in decades], years)


def distinct(states: list[dict]) -> tuple[list[dict], list[int]]:
    """The distinct states (many milestones share one) and, per milestone, the index of its own."""
    seen: dict[str, int] = {}
    unique, index = [], []
    for state in states:
        key = safe_json(state)
        if key not in seen:
            seen[key] = len(unique)
            unique.append(state)
        index.append(seen[key])
    return unique, index


def dwell(timeline: TimelineFile, position: int, dense_days: int, long: float, short: float) -> float:
    """How long play shows a milestone: `short` where the next one follows within `dense_days`."""
    milestones = timeline.milestones
    if (
        position + 1 < len(milestones)
        and (milestones[position + 1].start - milestones[position].start).days <= dense_days
    ):
        return short
    return long


def words(t: Texts, version: str, today: dt.date) -> dict[str, str]:
    """The page's own interface texts (gettext messages: the catalogues have them all)."""
    return {
        "language": t._("Language"),
        "milestone": t._("Milestone"),
        "slider_help": t._(SLIDER_HELP),
        "previous": t._("Previous"),
        "next": t._("Next"),
        "play": t._("Play"),
        "sources": t._("Sources"),
        "archived": t._("archived copy"),
        "lines": t._("Lines on the map (schematic):"),
        "time_axis": t._("Time axis: the control of each island group, and a mark for every milestone"),
        "edition": t._(
            "Static edition of the dashboard: the map and the timeline in one page that works "
            "offline. Exported on {date}.",
            date=t.day(today),
        ),
        "version": t._("Data version {version}", version=version),
        "live": t._("Open this milestone in the live dashboard"),
        "no_script": t._(
            "The map and the timeline need JavaScript. Below are the latest milestone's event and "
            "the state of each island group."
        ),
        "licences": t._(
            "Code: MIT licence. Coastlines: GSHHG, Wessel & Smith (LGPL-3.0). Map library: Leaflet "
            "(BSD 2-Clause licence, leaflet-LICENSE.txt)."
        ),
    }


def page_context(
    timeline: TimelineFile,
    layers: dict,
    group_names: dict[str, dict],
    line_names: dict[str, str],
    t: Texts,
    version: str,
    today: dt.date,
    app_url: str | None,
    play: tuple[int, float, float],
) -> dict:
    """What the page template needs for the language of `t`: the map, the controls, the time
    axis, each milestone's card and text twin, and the JSON its script reads (the map state of
    every milestone, exactly mapping.map_state of control.snapshot)."""
    sides = timeline.control.administrators
    milestones = timeline.milestones
    shots = [control.snapshot(timeline, m) for m in milestones]
    states, state_of = distinct([mapping.map_state(shot, sides, t) for shot in shots])
    twins = [text_twin(shot, group_names, sides, line_names, t) for shot in shots]
    tables, table_of = distinct([twin["rows"] for twin in twins])
    marks = time_axis.marks(milestones, None, t)
    kinds, kind_of = distinct([[mark["c"], mark["k"]] for mark in marks])
    positions = [time_axis.position(timeline, m, today) for m in milestones]
    labels = [clean(mark["s"]) for mark in marks]
    script_data = {
        "key": KEY,
        "lang": t.code,
        "ids": [m.id for m in milestones],
        "labels": labels,
        "at": positions,
        "kinds": kinds,  # [colour, kind] of the marks on the time axis
        "kind": kind_of,
        "dwell": [dwell(timeline, i, *play) for i in range(len(milestones))],
        "states": states,
        "state": state_of,
        "table": table_of,
        "app": app_url,
        "play": t._("Play"),
        "stop": t._("Stop"),
    }
    latest = len(milestones) - 1
    return {
        "lang": t.code,
        "page_title": t._(PAGE_TITLE),
        "title": t._(TITLE),
        "intro": own_markup(t._(INTRO)),
        "languages": [
            {"code": code, "name": language.name, "file": page_file(code), "current": code == t.code}
            for code, language in LANGUAGES.items()
        ],
        "map": map_parts(layers),
        "axis": time_axis_of(timeline, today),
        "lanes": len(GROUPS),
        "current": latest,
        "cursor": share(positions[latest]),
        "labels": labels,
        "cards": [event_card(m, t) for m in milestones],
        "twins": twins,
        "twin_header": milestone_text.twin_header(t),
        "twin_tables": tables,
        "twin_table": table_of,
        "data_json": Markup(safe_json(script_data)),
        "version": version,
        "app_url": app_url,
        "words": words(t, version, today),
    }
