"""Hostile and random input never crashes and never turns into markup or script."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import data, leaflet, links, map_widget
from dashboard.markdown import md_escape
from dashboard.paths import GEODATA

TIMELINE = data.load_timeline(GEODATA / "timeline.yaml")
IDS = {m.id for m in TIMELINE.milestones}
HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "javascript:alert(1)",
        "\"'><svg onload=alert(1)>",
        "[link](javascript:alert(1))",
        "</script><script>alert(1)</script>",
        "1956-10-19<script>",
        "\u202e\u0000\ufeff",
    ]
)
TEXT = st.one_of(HOSTILE, st.text(max_size=300))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["event", "date", "other"]), TEXT, max_size=3))
def test_any_query_string_opens_a_real_milestone(params):
    chosen, notice = links.milestone_from_link(params, TIMELINE)
    assert chosen in IDS
    if notice is not None:
        assert len(notice) < 220
        shown = md_escape(notice)
        assert "<" not in shown.replace("\\<", "")


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_markdown_escape_leaves_no_syntax(text):
    escaped = md_escape(text)
    for character in "<>[]()*_`#|:":
        assert escaped.count(character) == escaped.count("\\" + character)


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(TEXT, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4))
)
def test_json_for_scripts_cannot_close_the_script_and_round_trips(value):
    text = leaflet.safe_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == value


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_relay_script_has_exactly_one_script_element(text):
    script = map_widget.relay_html({"island_map": {"groups": {text: {"status": text}}, "lines": [text]}})
    assert script.count("<script>") == 1 and script.count("</script>") == 1
