"""The Compare page's parts: the two milestones (from the link, remembered in the session,
swapped), the two linked maps with one legend, and what changed (this module imports Streamlit)."""

from __future__ import annotations

import streamlit as st

from dashboard import compare, milestone_text, store, ui
from dashboard.markdown import md_line
from dashboard.models import GROUPS
from dashboard.store import Bundle
from dashboard.timeline_models import Milestone, TimelineFile

FIRST_KEY, SECOND_KEY = "compare_from", "compare_to"  # the two select boxes
REMEMBERED = "compare_last"  # the pair, kept while the reader is on other pages
NOTICE = "compare_notice"  # (why the link was not followed, the pair shown instead)
MAP_KEYS = ("compare_first", "compare_second")
LINK_GROUP = "compare"  # the two maps move together
MAP_HEIGHT = 440


def follow_link(timeline: TimelineFile, t) -> None:
    """When the page opens: the pair the URL asks for (with a notice for a value it can't
    follow), else the pair the reader last compared in this session, else the default pair (the
    eve of today's control and the latest milestone, dashboard.compare.default_pair)."""
    if FIRST_KEY in st.session_state and SECOND_KEY in st.session_state:
        return  # the select boxes are live: the reader is choosing on this page
    params = st.query_params.to_dict()
    remembered = st.session_state.get(REMEMBERED)
    asked = {compare.FROM, compare.TO} & params.keys()
    if remembered and not asked and all(i in timeline.by_id for i in remembered):
        st.session_state[FIRST_KEY], st.session_state[SECOND_KEY] = remembered
        return
    first, second, notices = compare.pair_from_link(params, timeline, t)
    st.session_state[FIRST_KEY], st.session_state[SECOND_KEY] = first, second
    st.session_state[NOTICE] = (notices, (first, second)) if notices else None


def show_link_notice() -> None:
    """Why the page did not open at the link's pair, for as long as the reader keeps the pair
    shown instead."""
    kept = st.session_state.get(NOTICE)
    if kept and kept[1] == (st.session_state.get(FIRST_KEY), st.session_state.get(SECOND_KEY)):
        for notice in kept[0]:
            st.info(md_line(notice), icon=":material/link_off:")
    elif kept:
        st.session_state[NOTICE] = None


def swap() -> None:
    """The two milestones change places (a button callback)."""
    st.session_state[FIRST_KEY], st.session_state[SECOND_KEY] = (
        st.session_state[SECOND_KEY],
        st.session_state[FIRST_KEY],
    )


def choose_pair(bundle: Bundle) -> tuple[Milestone, Milestone]:
    """Two select boxes and a swap button; the address carries the pair (?from=ID&to=ID)."""
    timeline, t = bundle.timeline, bundle.t
    follow_link(timeline, t)
    show_link_notice()
    ids = list(timeline.by_id)
    labels = store.cached_option_labels(str(bundle.folder), t.code)
    with st.container(key="compare_controls"):
        # the swap button's column takes its label's width (page.css)
        first_column, swap_column, second_column = st.columns([6, 2, 6], vertical_alignment="bottom")
        first_column.selectbox(t._("From"), ids, format_func=labels.__getitem__, key=FIRST_KEY)
        swap_column.button(
            t._("Swap"),
            icon=":material/swap_horiz:",
            on_click=swap,
            key="compare_swap",
            help=t._("Show the two milestones the other way round."),
            width="stretch",
        )
        second_column.selectbox(t._("To"), ids, format_func=labels.__getitem__, key=SECOND_KEY)
    first, second = st.session_state[FIRST_KEY], st.session_state[SECOND_KEY]
    st.query_params[compare.FROM], st.query_params[compare.TO] = first, second
    st.session_state[REMEMBERED] = (first, second)
    return timeline.by_id[first], timeline.by_id[second]


def show_comparison(bundle: Bundle, first: Milestone, second: Milestone) -> None:
    """What changed for each group, the two maps side by side (one above the other on a phone)
    with one legend and one credit, and each map's text twin."""
    t, timeline, names = bundle.t, bundle.timeline, bundle.group_names()
    sides = timeline.control.administrators
    shots = [bundle.snapshot(m) for m in (first, second)]
    dates = [milestone_text.when(m, t) for m in (first, second)]
    st.subheader(md_line(t._("From {start} to {end}", start=dates[0], end=dates[1])))
    changes = [
        milestone_text.change_sentence(t.name(names[g]), shots[0].groups[g], shots[1].groups[g], sides, t)
        for g in GROUPS
    ]
    st.markdown("\n".join(f"- {md_line(sentence)}" for sentence in changes))

    ui.show_map_fallback(bundle, MAP_KEYS[0])  # hidden unless the maps cannot be drawn
    with st.container(key="compare_maps"):
        columns = st.columns(2, vertical_alignment="bottom")  # the maps level, however long a title
        for column, shot, date, key in zip(columns, shots, dates, MAP_KEYS, strict=True):
            with column:
                st.markdown(f"**{md_line(date)}** · {md_line(shot.milestone.title)}")
                ui.show_island_map(
                    bundle, shot, key=key, height=MAP_HEIGHT, clickable=False, legend=False, credit=False,
                    link=LINK_GROUP,
                )  # fmt: skip
    st.caption(
        md_line(t._("Zooming or moving one map moves the other.")) + " " + md_line(bundle.layers["credit"])
    )
    st.html(f'<div class="page-legend">{bundle.layers["legend"]}</div>')
    for column, shot in zip(st.columns(2), shots, strict=True):
        column.markdown(milestone_text.twin_markdown(shot, names, sides, bundle.line_names(), t))
