"""The facts card of a group: every figure cited, both sides where they differ, the selection."""

import re

import pytest

from dashboard import facts_card
from dashboard.measures import measure_groups
from dashboard.models import GROUPS


@pytest.mark.parametrize("group", GROUPS)
def test_every_card_cites_its_sources(group, facts, names, islands, land, t):
    measures = measure_groups(islands, land).loc[group]
    card = facts_card.build_card(group, facts, names.group_names()[group], t, measures)
    marks = {int(n) for line in card.lines for n in re.findall(r"\[(\d+)\]", line)}
    assert marks == set(range(1, len(card.sources) + 1))
    assert any(line.startswith("**Japanese residents, 15 August 1945:**") for line in card.lines)
    assert card.heading == names.group_names()[group]["en"]


def test_card_shows_both_sides_where_they_differ(facts, names, t):
    card = facts_card.build_card("etorofu", facts, names.group_names()["etorofu"], t)
    text = "\n".join(card.lines)
    assert "Highest point per Japan:** 西単冠山" in text and "1,629 m" in text
    assert "Highest point per Russia:** вулкан Стокап" in text and "1,634 m" in text


def test_card_says_what_is_missing(facts, names, t):
    card = facts_card.build_card("habomai", facts, names.group_names()["habomai"], t)
    assert "**Highest point:** no verified figure" in card.lines
    assert any(re.match(r"\*\*Residents, .+:\*\* 0 \(", line) for line in card.lines)
    assert any(line.startswith("*No official figure for the group") for line in card.lines)


def island_row(islands, island_id):
    return islands.set_index("id").loc[island_id].to_dict() | {"id": island_id}


def test_selected_islet_line(facts, names, islands, t):
    card = facts_card.build_card(
        "habomai", facts, names.group_names()["habomai"], t, island=island_row(islands, "suisho")
    )
    assert card.lines[0].startswith("**Selected:** Suisho / Tanfilyeva, 15.37 km²")
    main = island_row(islands, "shikotan")
    card = facts_card.build_card("shikotan", facts, names.group_names()["shikotan"], t, island=main)
    assert not card.lines[0].startswith("**Selected:**")


def test_an_island_of_another_group_is_never_shown_on_a_groups_card(facts, names, islands, t):
    """The card and the selection cannot disagree: Shibotsu is not on Etorofu's card."""
    shibotsu = island_row(islands, "shibotsu")
    card = facts_card.build_card("etorofu", facts, names.group_names()["etorofu"], t, island=shibotsu)
    assert not any("Shibotsu" in line for line in card.lines)


def test_subtitle_has_both_other_scripts(facts, names, t):
    card = facts_card.build_card("kunashiri", facts, names.group_names()["kunashiri"], t)
    assert card.subtitle == "国後島 (Kunashiri-tō) · остров Кунашир (ostrov Kunashir)"


@pytest.mark.parametrize(
    ("group", "line"),
    [
        ("habomai", "**Distance published by Japan:** 3.7 km from Cape Nosappu to Kaigara / Signalny"),
        (
            "kunashiri",
            "**Distance published by Japan:** 16 km from Notsuke Peninsula to Kunashiri / Kunashir",
        ),
    ],
)
def test_card_gives_japans_published_distance(facts, names, t, group, line):
    card = facts_card.build_card(group, facts, names.group_names()[group], t)
    assert any(text.startswith(line) for text in card.lines)
