"""The timeline on the landing page: slider, buttons, player, deep links, event card, text twin."""

from __future__ import annotations

import time

import streamlit as st

from dashboard import links, milestone_text, ui
from dashboard.markdown import md_line
from dashboard.store import Bundle
from dashboard.timeline_models import Milestone, TimelineFile

PLAY_SECONDS = 2.5  # how long play shows each milestone
KEY = "event"  # the slider's key, and the URL's query parameter


def slider_label(milestone: Milestone, t) -> str:
    """'19 Oct 1956 · Joint Declaration', escaped (slider options are read as Markdown)."""
    return md_line(f"{milestone_text.when(milestone, t, short=True)} · {milestone.short_title}")


def step(ids: list[str], delta: int) -> None:
    """Move the slider by `delta` milestones, stopping at either end (a button callback)."""
    index = ids.index(st.session_state[KEY]) + delta
    st.session_state[KEY] = ids[max(0, min(len(ids) - 1, index))]
    if index >= len(ids) - 1 and st.session_state.get("playing"):
        set_playing(False)


def set_playing(playing: bool) -> None:
    """Start or stop play; the section's timer changes with the next run of the whole page."""
    st.session_state["playing"] = playing
    st.session_state["play_changed"] = True
    st.session_state["played_at"] = time.monotonic()


def toggle_play(ids: list[str]) -> None:
    """Start or stop play; starting at the last milestone begins again from the first."""
    playing = not st.session_state.get("playing", False)
    if playing and st.session_state[KEY] == ids[-1]:
        st.session_state[KEY] = ids[0]
    set_playing(playing)


def advance_if_playing(ids: list[str]) -> None:
    """On a tick of the play timer, the next milestone (before the slider is drawn)."""
    if st.session_state.get("playing") and time.monotonic() - st.session_state.get("played_at", 0) >= (
        PLAY_SECONDS * 0.8
    ):
        st.session_state["played_at"] = time.monotonic()
        step(ids, 1)


def rerun_page_if_play_changed() -> None:
    """Play's timer belongs to the section, set when the whole page runs: run it again."""
    if st.session_state.pop("play_changed", False):
        st.rerun(scope="app")


def follow_link(timeline: TimelineFile, t) -> None:
    """When the page opens, show the milestone the URL asks for (saying why not if it can't),
    or else the one the reader last looked at in this session."""
    if KEY in st.session_state:
        return  # the slider is live: the reader is stepping on this page
    params = st.query_params.to_dict()
    remembered = st.session_state.get("last_event")
    if remembered and KEY not in params and "date" not in params:
        st.session_state[KEY] = remembered
        return
    chosen, notice = links.milestone_from_link(params, timeline, t)
    st.session_state[KEY] = chosen
    if notice:
        st.info(md_line(notice), icon=":material/link_off:")


def timeline_controls(timeline: TimelineFile, t) -> Milestone:
    """The slider over the milestones with previous, next and play; returns the chosen one."""
    ids = [m.id for m in timeline.milestones]
    by_id = timeline.by_id
    follow_link(timeline, t)
    st.select_slider(
        t._("Milestone"),
        options=ids,
        format_func=lambda i: slider_label(by_id[i], t),
        key=KEY,
        help=t._("Drag, or focus the slider and use the arrow keys. Shortcuts: P previous, N next."),
    )
    playing = st.session_state.get("playing", False)
    with st.container(horizontal=True):
        st.button(
            t._("Previous"), icon=":material/skip_previous:", on_click=step, args=(ids, -1), shortcut="P"
        )
        st.button(t._("Next"), icon=":material/skip_next:", on_click=step, args=(ids, 1), shortcut="N")
        st.button(
            t._("Stop") if playing else t._("Play"),
            icon=":material/stop:" if playing else ":material/play_arrow:",
            on_click=toggle_play,
            args=(ids,),
            key="play",
        )
    st.query_params.from_dict({KEY: st.session_state[KEY]})  # the address bar shares this view
    st.session_state["last_event"] = st.session_state[KEY]  # outlives the slider's own state
    return by_id[st.session_state[KEY]]


def show_timeline_section(bundle: Bundle) -> None:
    """The timeline, the map and the event card, as one fragment: a step reruns only this part
    of the page, and while play is on a timer reruns it every PLAY_SECONDS."""
    playing = st.session_state.get("playing", False)
    st.fragment(run_every=PLAY_SECONDS if playing else None)(timeline_section)(bundle)


def timeline_section(bundle: Bundle) -> None:
    """Slider and buttons; the map at the chosen milestone with its text twin; the event card."""
    timeline, t = bundle.timeline, bundle.t
    follow_link(timeline, t)
    advance_if_playing([m.id for m in timeline.milestones])
    milestone = timeline_controls(timeline, t)
    rerun_page_if_play_changed()
    shot = bundle.snapshot(milestone)
    sides = timeline.control.administrators
    map_column, card_column = st.columns([3, 2], gap="medium")
    with map_column:
        click = ui.show_island_map(bundle, shot)
        st.markdown(milestone_text.twin_markdown(shot, bundle.group_names(), sides, bundle.line_names(), t))
    with card_column, st.container(border=True):
        st.markdown(milestone_text.event_markdown(milestone, t))
    if ui.select_from_click(bundle, click):
        st.rerun(scope="app")  # the island facts, outside this section, follow the click
