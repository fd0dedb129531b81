import re

import pytest

from dashboard import cards
from dashboard.models import GROUPS
from dashboard.summary import measure_groups


@pytest.mark.parametrize("group", GROUPS)
def test_every_card_cites_its_sources(group, facts, names, islands, land):
    measures = measure_groups(islands, land).loc[group]
    card = cards.build_card(group, facts, names.group_names()[group], measures)
    marks = {int(n) for line in card.lines for n in re.findall(r"\[(\d+)\]", line)}
    assert marks == set(range(1, len(card.sources) + 1))
    assert any(line.startswith("**Japanese residents, 15 August 1945:**") for line in card.lines)
    assert card.heading == names.group_names()[group]["en"]


def test_card_shows_both_sides_where_they_differ(facts, names):
    card = cards.build_card("etorofu", facts, names.group_names()["etorofu"])
    text = "\n".join(card.lines)
    assert "Highest point per Japan:** 西単冠山" in text and "1,629 m" in text
    assert "Highest point per Russia:** вулкан Стокап" in text and "1,634 m" in text


def test_card_says_what_is_missing(facts, names):
    card = cards.build_card("habomai", facts, names.group_names()["habomai"])
    assert "**Highest point:** no verified figure" in card.lines
    assert any("No residents besides border guards" in line for line in card.lines)


def test_selected_islet_line(facts, names, islands):
    suisho = islands.set_index("id").loc["suisho"].to_dict() | {"id": "suisho"}
    card = cards.build_card("habomai", facts, names.group_names()["habomai"], island=suisho)
    assert card.lines[0].startswith("**Selected:** Suisho / Tanfilyeva, 15.37 km²")
    main = islands.set_index("id").loc["shikotan"].to_dict() | {"id": "shikotan"}
    card = cards.build_card("shikotan", facts, names.group_names()["shikotan"], island=main)
    assert not card.lines[0].startswith("**Selected:**")


def test_subtitle_has_both_scripts(names):
    assert (
        cards.names_subtitle(names.group_names()["kunashiri"])
        == "国後島 (Kunashiri-tō) · остров Кунашир (ostrov Kunashir)"
    )


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
def test_card_gives_japans_published_distance(facts, names, group, line):
    card = cards.build_card(group, facts, names.group_names()[group])
    assert any(text.startswith(line) for text in card.lines)
