"""The source policy: every source has a kind and no denied host; both readings or a note."""

import pytest

from dashboard import policy, validate
from dashboard.models import Source
from dashboard.timeline_models import Milestone


def source(url, kind="press", archived=None):
    return Source(title="t", publisher="p", url=url, kind=kind, archived_url=archived)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("https://www.scribd.com/document/1", "scribd.com, a file-sharing site"),
        ("https://hoppou.blog/?p=2942", "hoppou.blog, a blog"),
        ("http://zmierzchowe.htw.pl/x.php", "htw.pl, a mirror"),
        ("https://ndl.go.jp./constitution/", "a host ending in a dot"),
        ("https://kokalog.net/search.html?x=1", "kokkai.ndl.go.jp"),
    ],
)
def test_weak_hosts_are_refused_with_the_reason(url, words):
    assert words in policy.source_problem(source(url))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.mofa.go.jp/region/",
        "https://kokkai.ndl.go.jp/txt/1",
        "https://tass.com/x",
        "https://blog.example.org/",
    ],
)
def test_good_hosts_pass(url):
    assert policy.source_problem(source(url)) is None


def test_an_archived_copy_is_checked_too():
    assert "archived_url" in policy.source_problem(
        source("https://a.org/", archived="https://x.scribd.com/y")
    )


def test_the_committed_data_follows_the_policy():
    loaded = {item.name: item.loader(item_path) for item, item_path in _files()}
    assert policy.policy_problems(loaded) == []


def _files():
    from dashboard.files import DATA_FILES
    from dashboard.paths import GEODATA

    return [(item, GEODATA / item.name) for item in DATA_FILES]


def test_validate_names_file_and_record_of_a_denied_source(geodata_copy):
    path = geodata_copy / "facts.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "https://www.mlit.go.jp/hkb/hoppo-data.html", "https://x.blogspot.com/a"
    )
    path.write_text(text, encoding="utf-8")
    problems = validate.validate(geodata_copy)
    assert any(
        p.startswith("facts.yaml, source 'mlit-hoppo-data': url is on blogspot.com, a blog") for p in problems
    )


MILESTONE = {
    "id": "x-1900",
    "date": "1900",
    "precision": "year",
    "title": "T",
    "short_title": "T",
    "kind": "treaty",
    "islands": [],
    "summary": "S",
    "sources": [{"title": "t", "publisher": "p", "url": "https://example.org/", "kind": "press"}],
}


def test_one_governments_reading_needs_a_note_on_the_other():
    with pytest.raises(ValueError, match="only japan_position is given"):
        Milestone.model_validate(MILESTONE | {"japan_position": "J"})
    noted = MILESTONE | {"japan_position": "J", "positions_note": "No Russian statement was found."}
    assert Milestone.model_validate(noted).positions_note
    assert Milestone.model_validate(MILESTONE | {"japan_position": "J", "russia_position": "R"})


def test_every_source_needs_a_kind():
    with pytest.raises(ValueError, match="kind"):
        Source(title="t", publisher="p", url="https://a.org/")
