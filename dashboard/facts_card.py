"""The facts card of an island group, as Markdown built from the data (pure, no Streamlit)."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.models import FactsFile, Source
from dashboard.summary import format_date, latest, md_escape, peak_text


@dataclass(frozen=True)
class Card:
    """What the card shows: a heading, a subtitle, fact lines and the numbered sources."""

    heading: str
    subtitle: str
    lines: list[str]
    sources: list[Source]


def names_subtitle(names: dict) -> str:
    """'択捉島 (Etorofu-tō) · остров Итуруп (ostrov Iturup)'."""
    parts = []
    if names.get("ja"):
        parts.append(f"{names['ja']} ({names.get('ja_latn', '')})")
    if names.get("ru"):
        parts.append(f"{names['ru']} ({names.get('ru_latn', '')})")
    return " · ".join(parts)


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


def build_card(
    group: str,
    facts: FactsFile,
    group_names: dict,
    measures: pd.Series | None = None,
    island: dict | None = None,
) -> Card:
    """The card of `group`; `island` (a row of the islands frame) adds the clicked island's line."""
    g = facts.group(group)
    refs = Citations(facts.sources)
    lines = []
    if island is not None and island["id"] != group:  # an islet, not the group's main island
        label = island.get("name_en") or "An unnamed islet of this group"
        lines.append(f"**Selected:** {md_escape(label)}, {island['area_km2']:,.2f} km² in the coastline data")
    for area in g.area:
        lines.append(
            f"**Area:** {area.value_km2:,g} km² ({md_escape(area.basis)}; {area.per}, {area.as_of})"
            + refs.cite(area.source_ids)
        )
    if measures is not None:
        lines.append(
            f"**Area in the coastline data:** {measures['area_km2']:,.1f} km² over "
            f"{int(measures['islands'])} island{'s' if measures['islands'] != 1 else ''}"
        )
    for peak in g.highest_point:
        note = f" {md_escape(peak.note)}" if peak.note else ""
        lines.append(
            f"**Highest point per {peak.per}:** {md_escape(peak_text(peak))}.{note}"
            + refs.cite(peak.source_ids)
        )
    if not g.highest_point:
        lines.append("**Highest point:** no verified figure")
    p45 = g.population_1945
    lines.append(
        f"**Japanese residents, 15 August 1945:** {p45.persons:,} in {p45.households:,} households"
        + refs.cite(p45.source_ids)
    )
    now = latest(g.population_now)
    note = f" ({md_escape(now.note)})" if now.note else ""
    lines.append(
        f"**Residents, {format_date(now.as_of)}:** {now.persons:,}{note}" + refs.cite(now.source_ids)
    )
    if measures is not None:
        lines.append(f"**Nearest point to Cape Nosappu:** {measures['nosappu_km']:,.1f} km (coastline data)")
    published = [e for e in facts.published_distances.entries if e.group == group]
    if published:
        nearest = min(published, key=lambda e: e.km)
        lines.append(
            f"**Distance published by Japan:** {nearest.km:,g} km from {md_escape(nearest.from_)} "
            f"to {md_escape(nearest.name)}" + refs.cite(facts.published_distances.source_ids)
        )
    lines += [f"*{md_escape(m)}*" for m in g.missing]
    return Card(
        heading=group_names.get("en", group),
        subtitle=names_subtitle(group_names),
        lines=lines,
        sources=refs.sources(),
    )
