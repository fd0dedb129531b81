"""The list of sources: every cited source once, with what it is cited for, grouped by kind."""

from dashboard import sources


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
