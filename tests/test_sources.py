"""The list of sources: every cited source once, with what it is cited for, grouped by kind."""

import pytest

from dashboard import sources
from dashboard.models import Source
from dashboard.paths import GEODATA


def test_source_uses_cover_every_cited_source(facts, names, islands, timeline, t):
    uses = sources.source_uses(facts, names, islands, timeline, t)
    urls = {str(entry.source.url) for entry in uses}
    assert "https://www.soest.hawaii.edu/pwessel/gshhg/" in urls
    cited = {str(facts.sources[k].url) for _, fact in facts.cited_facts() for k in fact.source_ids}
    cited |= {str(s.url) for m in timeline.milestones for s in m.sources}
    assert cited <= urls
    assert all(entry.uses for entry in uses)


def test_sources_grouped_by_kind_in_a_fixed_order(facts, names, islands, timeline, t):
    grouped = sources.by_kind(sources.source_uses(facts, names, islands, timeline, t))
    order = [k for k in sources.KINDS if k in grouped]
    assert list(grouped)[: len(order)] == order
    assert sum(len(v) for v in grouped.values()) == len(
        sources.source_uses(facts, names, islands, timeline, t)
    )
    for kind, entries in grouped.items():
        assert all((e.source.kind or "") == kind for e in entries)


def use(publisher: str, title: str, *uses: str, kind: str = "press") -> sources.SourceUse:
    source = Source(title=title, publisher=publisher, url="https://example.org/" + title[:3], kind=kind)
    return sources.SourceUse(source, list(uses))


USES = [
    use("Ministry of Foreign Affairs of Japan", "Joint Declaration", "Joint Declaration (19 October 1956)"),
    use("National Diet Library", "第24回国会 衆議院", "Diet debate (15 February 1956)"),
    use("TASS", "Курилы", "residents of Kunashiri / Kunashir"),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", [0, 1, 2]),
        ("   ", [0, 1, 2]),
        ("1956", [0, 1]),  # what it is cited for
        ("diet 1956", [1]),  # every word, anywhere
        ("1956 DIET", [1]),  # in any order, any case
        ("ministry", [0]),  # the publisher
        ("国会", [1]),  # the title
        ("курилы", [2]),  # Cyrillic, ignoring case
        ("tass 1956", []),  # words in different sources do not add up
        ("nothing", []),
    ],
)
def test_the_search_keeps_sources_with_every_word(query, expected):
    assert sources.filter_sources(USES, query) == [USES[i] for i in expected]


def test_the_search_then_the_groups_narrow_together(facts, names, islands, timeline, t):
    uses = sources.source_uses(facts, names, islands, timeline, t)
    found = sources.filter_sources(uses, "Diet 1956")
    assert 0 < len(found) < len(uses)
    grouped = sources.by_kind(found)
    assert sum(len(v) for v in grouped.values()) == len(found)
    assert len(grouped) < len(sources.by_kind(uses))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("### How the map is made\n\n**Coastlines.** From GSHHG.\n", "**Coastlines.** From GSHHG."),
        ("\n### 地図の作成方法\n本文", "本文"),
        ("**Coastlines.** No heading.", "**Coastlines.** No heading."),
        ("", ""),
    ],
)
def test_the_methods_lose_their_own_heading(text, expected):
    assert sources.methods_body(text) == expected


@pytest.mark.parametrize("code", ["en", "ja", "ru"])
def test_every_methods_file_starts_with_the_heading_the_page_replaces(code):
    name = "methods.md" if code == "en" else f"methods.{code}.md"
    text = (GEODATA / name).read_text(encoding="utf-8")
    assert text.startswith("### ") and not sources.methods_body(text).startswith("#")
