"""timeline.yaml: schema, coverage, order, sources; and the control periods through state_at."""

import datetime as dt

import pytest
import yaml

from dashboard import control, data
from dashboard.paths import TIMELINE_FILE
from dashboard.timeline_models import Milestone


@pytest.fixture(scope="module")
def timeline():
    return data.load_timeline(TIMELINE_FILE)


def test_at_least_forty_milestones_from_1855_to_2022(timeline):
    assert len(timeline.milestones) >= 40
    assert timeline.milestones[0].start.year == 1855 and timeline.milestones[-1].start.year == 2022


def test_ids_unique_and_dates_in_order(timeline):
    ids = [m.id for m in timeline.milestones]
    assert len(ids) == len(set(ids))
    starts = [m.start for m in timeline.milestones]
    assert starts == sorted(starts)


def test_every_milestone_has_an_http_source(timeline):
    for m in timeline.milestones:
        assert m.sources and all(s.url.scheme in ("http", "https") for s in m.sources), m.id


@pytest.mark.parametrize(
    ("milestone_id", "date"),
    [
        ("shimoda-treaty-1855", "1855-02-07"),
        ("st-petersburg-treaty-1875", "1875-05-07"),
        ("portsmouth-treaty-1905", "1905-09-05"),
        ("neutrality-pact-1941", "1941-04-13"),
        ("yalta-agreement-1945", "1945-02-11"),
        ("potsdam-declaration-1945", "1945-07-26"),
        ("japan-accepts-potsdam-1945", "1945-08-14"),
        ("landing-etorofu-1945", "1945-08-28"),
        ("landing-kunashiri-1945", "1945-09-01"),
        ("landing-shikotan-1945", "1945-09-01"),
        ("instrument-of-surrender-1945", "1945-09-02"),
        ("landing-habomai-1945", "1945-09-03"),
        ("scapin-677-1946", "1946-01-29"),
        ("presidium-decree-1946", "1946-02-02"),
        ("san-francisco-treaty-signed-1951", "1951-09-08"),
        ("san-francisco-treaty-in-force-1952", "1952-04-28"),
        ("joint-declaration-1956", "1956-10-19"),
        ("joint-declaration-in-force-1956", "1956-12-12"),
        ("soviet-memorandum-1960", "1960-01-27"),
        ("tanaka-brezhnev-statement-1973", "1973-10-10"),
        ("gorbachev-kaifu-communique-1991", "1991-04-18"),
        ("tokyo-declaration-1993", "1993-10-13"),
        ("irkutsk-statement-2001", "2001-03-25"),
        ("medvedev-kunashir-2010", "2010-11-01"),
        ("singapore-summit-2018", "2018-11-14"),
        ("unga-es-11-1-2022", "2022-03-02"),
        ("russia-halts-peace-treaty-talks-2022", "2022-03-21"),
    ],
)
def test_key_dates(timeline, milestone_id, date):
    assert timeline.milestone(milestone_id).date == date


def test_the_1956_document_is_the_joint_declaration_and_tokyo_is_1993(timeline):
    assert "Joint Declaration" in timeline.milestone("joint-declaration-1956").title
    assert timeline.milestone("tokyo-declaration-1993").start.year == 1993


def test_habomai_dates_differ_by_source_and_say_so(timeline):
    habomai = timeline.milestone("landing-habomai-1945")
    assert habomai.when == "3–5 September 1945"
    assert "1 September" in habomai.date_note and "5 September" in habomai.date_note


def test_removal_of_residents_is_a_period(timeline):
    removal = timeline.milestone("removal-of-residents-1947")
    assert removal.when == "1947–1949" and "17,291" in removal.summary


def date(text):
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("1900-01-01", {g: ("japan", ()) for g in ("etorofu", "kunashiri", "shikotan", "habomai")}),
        ("1945-08-27", {"etorofu": ("japan", ())}),  # the day before the landing on Etorofu
        ("1945-08-28", {"etorofu": ("soviet-occupation", ("japan",))}),
        ("1945-08-29", {"etorofu": ("soviet-occupation", ("japan",)), "kunashiri": ("japan", ())}),
        (
            "1945-09-01",
            {
                "kunashiri": ("soviet-occupation", ("japan",)),
                "shikotan": ("soviet-occupation", ("japan",)),
                "habomai": ("japan", ()),
            },
        ),
        ("1945-09-03", {"habomai": ("soviet-occupation", ("japan",))}),
        ("1946-02-01", {"shikotan": ("soviet-occupation", ("japan",))}),
        ("1946-02-02", {"shikotan": ("ussr", ("japan",))}),
        ("1960-01-01", {g: ("ussr", ("japan",)) for g in ("etorofu", "kunashiri", "shikotan", "habomai")}),
        ("1991-12-25", {"etorofu": ("ussr", ("japan",))}),
        ("1991-12-26", {"etorofu": ("russia", ("japan",))}),
        ("2000-01-01", {g: ("russia", ("japan",)) for g in ("etorofu", "kunashiri", "shikotan", "habomai")}),
    ],
)
def test_state_at(timeline, day, expected):
    states = control.state_at(timeline.control, date(day))
    for group, (administrator, claimants) in expected.items():
        assert (states[group].administered_by, states[group].claimed_by) == (administrator, claimants)


def test_status_sentences(timeline):
    states = control.state_at(timeline.control, date("1960-01-01"))
    assert states["shikotan"].status == "administered by the USSR; claimed by Japan"
    states = control.state_at(timeline.control, date("1945-08-30"))
    assert states["etorofu"].status == "under Soviet military occupation; claimed by Japan"
    assert states["kunashiri"].status == "administered by Japan"
    assert control.state_at(timeline.control, date("1855-01-01"))["habomai"].status == "no agreed border yet"


def test_describe_change(timeline):
    before = control.state_at(timeline.control, date("1900-01-01"))["shikotan"]
    after = control.state_at(timeline.control, date("1960-01-01"))["shikotan"]
    assert control.describe_change("Shikotan", before, after) == (
        "Shikotan: administered by Japan → administered by the USSR; claimed by Japan."
    )
    assert control.describe_change("Shikotan", after, after).startswith("Shikotan: no change;")


def test_milestone_on_or_before(timeline):
    assert control.milestone_on_or_before(timeline, date("1956-11-01")).id == "joint-declaration-1956"
    assert control.milestone_on_or_before(timeline, date("1800-01-01")).id == "shimoda-treaty-1855"


GOOD = {
    "id": "x-1900",
    "date": "1900-01-01",
    "precision": "day",
    "title": "T",
    "short_title": "T",
    "kind": "treaty",
    "islands": ["etorofu"],
    "summary": "S",
    "sources": [{"title": "t", "publisher": "p", "url": "https://example.org/"}],
}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"date": "1900-13-01"}, "not a calendar date"),
        ({"date": "1900-02-30"}, "not a calendar date"),
        ({"date": "1900-01"}, "does not match precision 'day'"),
        ({"date": "1400-01-01"}, "outside 1500-2100"),
        ({"end_date": "1899-12-31"}, "is not after"),
        ({"kind": "war"}, "kind"),
        ({"islands": ["urup"]}, "islands"),
        ({"sources": []}, "sources"),
        ({"short_title": "x" * 40}, "short_title"),
        ({"sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)"}]}, "url"),
    ],
)
def test_bad_milestones_are_rejected(change, words):
    with pytest.raises(ValueError, match=words):
        Milestone.model_validate(GOOD | change)


def test_good_milestone_passes():
    assert Milestone.model_validate(GOOD).when == "1 January 1900"


def edit(path, change):
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda c: c["milestones"][5].pop("sources"),
            "milestones[5] (id 'neutrality-pact-1941'): field 'milestones.5.sources': Field required",
        ),
        (
            lambda c: c["milestones"][3].update(date="1905-13-05"),
            "milestones[3] (id 'portsmouth-treaty-1905')",
        ),
        (lambda c: c["milestones"].insert(3, c["milestones"].pop(1)), "comes after"),
        (lambda c: c["milestones"].append(c["milestones"][-1]), "duplicate milestone id"),
        (
            lambda c: c["control"]["groups"]["habomai"]["administered"][1].update(milestone="nowhere"),
            "unknown milestone 'nowhere'",
        ),
        (
            lambda c: c["control"]["groups"]["etorofu"]["administered"][1].update({"from": "1945-09-20"}),
            "is not within milestone",
        ),
    ],
)
def test_bad_timeline_file_names_record_and_field(geodata_copy, change, words):
    path = geodata_copy / "timeline.yaml"
    edit(path, change)
    with pytest.raises(data.DataError) as caught:
        data.load_timeline(path)
    assert str(caught.value).startswith("timeline.yaml") and words in str(caught.value)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("1860-01-01", ["shimoda-line"]),
        ("1875-05-07", ["st-petersburg-line"]),
        ("1910-01-01", ["st-petersburg-line", "portsmouth-line"]),
        ("1945-08-30", ["japan-claimed-line"]),
        ("1945-09-03", ["line-of-control", "japan-claimed-line"]),
        ("2022-03-21", ["line-of-control", "japan-claimed-line"]),
    ],
)
def test_lines_in_force(day, expected):
    from dashboard.paths import BORDERS_FILE

    lines = control.in_force(data.load_borders(BORDERS_FILE), date(day))
    assert list(lines["id"]) == expected


BOTH_NAMES = [
    (r"Etorofu(?! / Iturup)", "Etorofu without Iturup"),
    (r"(?<!Etorofu / )Iturup", "Iturup without Etorofu"),
    (r"Kunashiri(?! / Kunashir)", "Kunashiri without Kunashir"),
    (r"(?<!Kunashiri / )Kunashir(?!i)", "Kunashir without Kunashiri"),
]


def test_neutral_texts_give_both_names(timeline):
    """Titles and summaries name each island both ways; only the attributed positions may not."""
    import re

    for m in timeline.milestones:
        for text in (m.title, m.short_title, m.summary):
            for pattern, problem in BOTH_NAMES:
                assert not re.search(pattern, text), f"{m.id}: {problem}"
