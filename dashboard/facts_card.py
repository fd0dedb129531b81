"""The facts card of an island group, as Markdown built from the data (pure, no Streamlit)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard import residents
from dashboard.i18n import Texts
from dashboard.markdown import md_line
from dashboard.models import FactsFile, PopulationFile, Source
from dashboard.tables import latest, peak_text


@dataclass(frozen=True)
class Card:
    """What the card shows: a heading, a subtitle, fact lines and the numbered sources."""

    heading: str
    subtitle: str
    lines: list[str]
    sources: list[Source]


class Citations:
    """Numbers sources in order of first citation: cite(['key']) -> ' [1]'."""

    def __init__(self, table: dict[str, Source]):
        self.table = table
        self.order: list[str] = []

    def cite(self, keys: list[str]) -> str:
        marks = []
        for key in keys:
            if key not in self.order:
                self.order.append(key)
            marks.append(f"[{self.order.index(key) + 1}]")
        return " " + "".join(marks)

    def sources(self) -> list[Source]:
        return [self.table[key] for key in self.order]


def side(per: str, t: Texts) -> str:
    """Whose figure: Japan, Russia, the USSR."""
    return {"Japan": t._("Japan"), "Russia": t._("Russia"), "USSR": t._("the USSR")}.get(per, per)


def build_card(
    group: str,
    facts: FactsFile,
    group_names: dict,
    t: Texts,
    measures: pd.Series | None = None,
    island: dict | None = None,
    population: PopulationFile | None = None,
) -> Card:
    """The card of `group`; `island` (a row of the islands frame of this group) adds the
    clicked island's line, and `population` the residents over time. An island of another
    group is ignored: the card and the selection never disagree."""
    g = facts.group(group)
    refs = Citations({**(population.sources if population else {}), **facts.sources})
    lines = []

    def fact(label: str, text: str) -> None:
        lines.append(f"**{md_line(label)}:** {text}")

    if island is not None and island.get("group") == group and island["id"] != group:
        label = t.name({k.removeprefix("name_"): v for k, v in island.items() if k.startswith("name_")})
        shown = md_line(label) if label else md_line(t._("An unnamed islet of this group"))
        fact(t._("Selected"), t._("{island}, {area} km² in the coastline data", island=shown,
                                   area=t.number(island["area_km2"], 2)))  # fmt: skip
    for area in g.area:
        fact(
            t._("Area"),
            t._("{value} km² ({basis}; {side}, {year})", value=t.number(area.value_km2),
                basis=md_line(area.basis), side=side(area.per, t),
                year=t.partial_date(area.as_of)) + refs.cite(area.source_ids),
        )  # fmt: skip
    if measures is not None:
        count = int(measures["islands"])
        fact(
            t._("Area in the coastline data"),
            t.n_("{area} km² over {n} island", "{area} km² over {n} islands", count,
                 area=t.number(measures["area_km2"], 1)),
        )  # fmt: skip
    for peak in g.highest_point:
        note = f" {md_line(peak.note)}" if peak.note else ""
        fact(
            t._("Highest point per {side}", side=side(peak.per, t)),
            md_line(peak_text(peak, t)) + "." + note + refs.cite(peak.source_ids),
        )
    if not g.highest_point:
        fact(t._("Highest point"), t._("no verified figure"))
    p45 = g.population_1945
    fact(
        t._("Japanese residents, {date}", date=t.partial_date(p45.as_of)),
        t._("{persons} in {households} households", persons=t.number(p45.persons),
            households=t.number(p45.households or 0)) + refs.cite(p45.source_ids),
    )  # fmt: skip
    now = latest(g.population_now)
    note = f" ({md_line(now.note)})" if now.note else ""
    fact(
        t._("Residents, {date}", date=t.partial_date(now.as_of)),
        t.number(now.persons) + note + refs.cite(now.source_ids),
    )
    series = residents.group_series(population, group) if population else []
    if len(series) > 1:
        fact(
            t._("Residents over time"),
            " · ".join(f"{t.partial_date(f.as_of, short=True)}: {t.number(f.persons)}" for f in series)
            + refs.cite(list(dict.fromkeys(k for f in series for k in f.source_ids))),
        )
    if measures is not None:
        fact(
            t._("Nearest point to Cape Nosappu"),
            t._("{km} km (coastline data)", km=t.number(measures["nosappu_km"], 1)),
        )
    published = [e for e in facts.published_distances.entries if e.group == group]
    if published:
        nearest = min(published, key=lambda e: e.km)
        fact(
            t._("Distance published by Japan"),
            t._("{km} km from {origin} to {island}", km=t.number(nearest.km),
                origin=md_line(nearest.from_), island=md_line(nearest.name))
            + refs.cite(facts.published_distances.source_ids),
        )  # fmt: skip
    lines += [f"*{md_line(m)}*" for m in g.missing]
    return Card(
        heading=t.name(group_names) or group,
        subtitle=" · ".join(t.other_names(group_names)),
        lines=lines,
        sources=refs.sources(),
    )
