"""timeline.yaml: schema, coverage, order, sources; and the control periods through state_at."""

import datetime as dt

import pytest
import yaml

from dashboard import control, data
from dashboard.timeline_models import Milestone


def test_the_timeline_reaches_from_before_the_first_treaty_to_recent_years(timeline):
    assert len(timeline.milestones) >= 40
    first, last = timeline.years
    assert first == timeline.milestones[0].start.year and last >= timeline.milestones[-1].start.year


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


def test_habomai_dates_differ_by_source_and_say_so(timeline, t):
    habomai = timeline.milestone("landing-habomai-1945")
    assert t.period(habomai.date, habomai.end_date) == "3–5 Sept 1945"
    assert "1 September" in habomai.date_note and "5 September" in habomai.date_note


def test_removal_of_residents_is_a_period(timeline, t):
    removal = timeline.milestone("removal-of-residents-1947")
    assert t.period(removal.date, removal.end_date) == "1947–1949" and "17,291" in removal.summary


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


def test_every_side_of_the_control_table_has_a_name_and_a_colour(timeline):
    used = {p.by for table in timeline.control.groups.values() for p in table.administered + table.claimed}
    assert used <= set(timeline.control.administrators)
    colours = [side.colour for side in timeline.control.administrators.values()]
    assert len(set(colours)) == len(colours)


def test_a_side_missing_from_the_table_is_named(geodata_copy):
    path = geodata_copy / "timeline.yaml"
    edit(path, lambda c: c["control"]["administrators"].pop("ussr"))
    with pytest.raises(data.DataError, match="'ussr' is not in the administrators table"):
        data.load_timeline(path)


def test_milestone_on_or_before(timeline):
    assert control.milestone_on_or_before(timeline, date("1956-11-01")).id == "joint-declaration-1956"
    assert control.milestone_on_or_before(timeline, date("1000-01-01")) == timeline.milestones[0]


GOOD = {
    "id": "x-1900",
    "date": "1900-01-01",
    "precision": "day",
    "title": "T",
    "short_title": "T",
    "kind": "treaty",
    "islands": ["etorofu"],
    "summary": "S",
    "sources": [{"title": "t", "publisher": "p", "url": "https://example.org/", "kind": "press"}],
}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"date": "1900-13-01"}, "not a calendar date"),
        ({"date": "1900-02-30"}, "not a calendar date"),
        ({"date": "1900-01"}, "does not match precision 'day'"),
        ({"end_date": "1899-12-31"}, "is not after"),
        ({"kind": "war"}, "kind"),
        ({"islands": ["urup"]}, "islands"),
        ({"sources": []}, "sources"),
        ({"short_title": "x" * 40}, "short_title"),
        (
            {"sources": [{"title": "t", "publisher": "p", "url": "javascript:alert(1)", "kind": "press"}]},
            "url",
        ),
        ({"sources": [{"title": "t", "publisher": "p", "url": "https://a.org/", "kind": "blog"}]}, "kind"),
    ],
)
def test_bad_milestones_are_rejected(change, words):
    with pytest.raises(ValueError, match=words):
        Milestone.model_validate(GOOD | change)


def test_good_milestone_passes():
    assert Milestone.model_validate(GOOD).start == dt.date(1900, 1, 1)


def edit(path, change):
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (
            lambda c: c["milestones"][5].pop("sources"),
            "milestones[5] (id '{5}'): field 'milestones.5.sources': Field required",
        ),
        (lambda c: c["milestones"][3].update(date="1905-13-05", precision="day"), "milestones[3] (id '{3}')"),
        (lambda c: c["milestones"].insert(3, c["milestones"].pop(1)), "comes after"),
        (lambda c: c["milestones"].append(c["milestones"][-1]), "duplicate milestone id"),
        (
            lambda c: c["milestones"].append(c["milestones"][-1] | {"id": "another-2099"}),
            "duplicate milestone short_title",
        ),
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
def test_bad_timeline_file_names_record_and_field(geodata_copy, timeline, change, words):
    path = geodata_copy / "timeline.yaml"
    words = words.replace("{5}", timeline.milestones[5].id).replace("{3}", timeline.milestones[3].id)
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
def test_lines_in_force(timeline, day, expected):
    assert list(control.lines_in_force(timeline, date(day))) == expected


def test_the_drawn_lines_carry_the_timelines_dates(timeline, borders):
    drawn = {
        row["id"]: (row["from"], row["until"] if isinstance(row["until"], str) else None)
        for _, row in borders.iterrows()
    }
    assert drawn == control.border_dates(timeline)


def test_a_snapshot_holds_states_concerned_groups_and_lines(timeline):
    milestone = timeline.milestone("joint-declaration-1956")
    shot = control.snapshot(timeline, milestone)
    assert shot.day == milestone.start and shot.concerned == frozenset(milestone.islands)
    assert shot.groups == control.state_at(timeline.control, milestone.start)
    assert shot.lines == ("line-of-control", "japan-claimed-line")


BOTH_NAMES = [
    (r"Etorofu(?! / Iturup)", "Etorofu without Iturup"),
    (r"(?<!Etorofu / )Iturup", "Iturup without Etorofu"),
    (r"Kunashiri(?! / Kunashir)", "Kunashiri without Kunashir"),
    (r"(?<!Kunashiri / )Kunashir(?!i)", "Kunashir without Kunashiri"),
]


def test_neutral_texts_give_both_names(timeline):
    """Titles and summaries name each island both ways; only the attributed positions and
    quotations (a map's label, an inscription, in double quotes) may not."""
    import re

    for m in timeline.milestones:
        for text in (m.title, m.short_title, m.summary):
            text = re.sub(r'"[^"]*"', "", text)
            for pattern, problem in BOTH_NAMES:
                assert not re.search(pattern, text), f"{m.id}: {problem}"
