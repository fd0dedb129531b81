"""Every source the data files cite, with what it is cited for (pure, no Streamlit)."""

from __future__ import annotations

from dataclasses import dataclass, field

import geopandas as gpd

from dashboard import milestone_text
from dashboard.i18n import Texts
from dashboard.markdown import md_line
from dashboard.models import GROUPS, FactsFile, NamesFile, Source
from dashboard.timeline_models import TimelineFile

KINDS = ("official-jp", "official-ru", "official-other", "international", "academic", "press", "reference")


def kind_label(kind: str | None, t: Texts) -> str:
    """A source kind in words."""
    labels = {
        "official-jp": t._("Japanese government"),
        "official-ru": t._("Russian and Soviet government"),
        "official-other": t._("Other governments"),
        "international": t._("International organisations"),
        "academic": t._("Scholarship and archives"),
        "press": t._("Press"),
        "reference": t._("Reference works"),
    }
    return labels.get(kind or "", t._("Unclassified"))


@dataclass(eq=False)  # one object per source, hashed by identity (the page keys its lines by it)
class SourceUse:
    """A source and what the data cites it for."""

    source: Source
    uses: list[str] = field(default_factory=list)


def source_uses(
    facts: FactsFile | None,
    names: NamesFile | None,
    islands: gpd.GeoDataFrame | None,
    timeline: TimelineFile | None,
    t: Texts,
    when=lambda m: m.date,
) -> list[SourceUse]:
    """Every distinct source the data files cite, with what it is cited for, in file order.
    `when(milestone)` dates a milestone's use."""
    found: dict[str, SourceUse] = {}

    def use(source: Source, what: str) -> None:
        entry = found.setdefault(str(source.url) + source.title, SourceUse(source))
        if what not in entry.uses:
            entry.uses.append(what)

    if islands is not None:  # every feature's first source is the coastline data set
        use(
            Source(**islands["sources"].iloc[0][0]), t._("coastlines of every island and of the context land")
        )
    label = {g: g for g in GROUPS}
    if names is not None:
        label = {g: t.name(n) for g, n in names.group_names().items()}
    if facts is not None:
        for group in facts.groups:
            for what, items in (
                (t._("area of {group}", group=label[group.id]), group.area),
                (t._("highest point of {group}", group=label[group.id]), group.highest_point),
                (
                    t._("residents of {group}", group=label[group.id]),
                    [group.population_1945, *group.population_now],
                ),
            ):
                for item in items:
                    for key in item.source_ids:
                        use(facts.sources[key], what)
        for key in facts.published_distances.source_ids:
            use(facts.sources[key], t._("distances from Cape Nosappu"))
    if names is not None:
        for place in [*names.groups, *names.islands, *names.context, names.cape_nosappu]:
            for source in names.sources_of(place):
                use(source, t._("names of {place}", place=t.name(place.names.model_dump())))
    if timeline is not None:
        for milestone in timeline.milestones:
            for source in milestone.sources:
                use(source, f"{milestone.short_title} ({when(milestone)})")
    return list(found.values())


def by_kind(uses: list[SourceUse]) -> dict[str, list[SourceUse]]:
    """The sources grouped by kind, in the order of KINDS (unclassified last)."""
    groups: dict[str, list[SourceUse]] = {kind: [] for kind in KINDS}
    for entry in uses:
        groups.setdefault(entry.source.kind or "", []).append(entry)
    return {kind: entries for kind, entries in groups.items() if entries}


def source_line(entry: SourceUse, t: Texts) -> str:
    """A source as one Markdown list item's text: its link, publisher and what it is cited for."""
    cited = t._("Cited for: {uses}", uses=", ".join(entry.uses))
    return f"{milestone_text.source_link(entry.source)}. *{md_line(cited)}.*"


def search_text(entry: SourceUse) -> str:
    """What the search looks in: the publisher, the title and what the source is cited for."""
    return " ".join([entry.source.publisher, entry.source.title, *entry.uses]).casefold()


def filter_sources(uses: list[SourceUse], query: str = "") -> list[SourceUse]:
    """The sources that contain every word of `query` (anywhere, in any order, ignoring case) in
    their publisher, title or what they are cited for; all of them for an empty query."""
    words = query.casefold().split()
    return [entry for entry in uses if all(word in search_text(entry) for word in words)]


def methods_body(text: str) -> str:
    """How the map is made without its own leading heading (the page gives the section's)."""
    lines = text.lstrip().splitlines()
    if lines and lines[0].startswith("#"):
        lines = lines[1:]
    return "\n".join(lines).strip()
