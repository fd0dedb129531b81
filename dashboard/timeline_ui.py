"""The timeline on the pages: slider, buttons, player, deep links, event card, state table."""

from __future__ import annotations

import time

import pandas as pd
import streamlit as st

from dashboard import control, links
from dashboard.summary import md_escape
from dashboard.timeline_models import Milestone, TimelineFile

PLAY_SECONDS = 2.5  # how long play shows each milestone
KEY = "event"  # the slider's key, and the URL's query parameter


def slider_label(milestone: Milestone) -> str:
    """'19 Oct 1956 · Joint Declaration' (dates shortened to fit under the slider)."""
    parts = milestone.when.split(" ")
    if len(parts) >= 3 and parts[-2].isalpha():
        parts[-2] = parts[-2][:3]
    return f"{' '.join(parts)} · {milestone.short_title}"


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


def follow_link(timeline: TimelineFile) -> None:
    """When the page opens, show the milestone the URL asks for (saying why not if it can't),
    or else the one the reader last looked at in this session."""
    if KEY in st.session_state:
        return  # the slider is live: the reader is stepping on this page
    params = st.query_params.to_dict()
    remembered = st.session_state.get("last_event")
    if remembered and not params:
        st.session_state[KEY] = remembered
        return
    chosen, notice = links.milestone_from_link(params, timeline)
    st.session_state[KEY] = chosen
    if notice:
        st.info(md_escape(notice), icon=":material/link_off:")


def timeline_controls(timeline: TimelineFile) -> Milestone:
    """The slider over the milestones with previous, next and play; returns the chosen one."""
    ids = [m.id for m in timeline.milestones]
    by_id = {m.id: m for m in timeline.milestones}
    follow_link(timeline)
    st.select_slider(
        "Milestone",
        options=ids,
        format_func=lambda i: slider_label(by_id[i]),
        key=KEY,
        help="Drag, or focus the slider and use the arrow keys. Shortcuts: P previous, N next.",
    )
    playing = st.session_state.get("playing", False)
    with st.container(horizontal=True):
        st.button("Previous", icon=":material/skip_previous:", on_click=step, args=(ids, -1), shortcut="P")
        st.button("Next", icon=":material/skip_next:", on_click=step, args=(ids, 1), shortcut="N")
        st.button(
            "Stop" if playing else "Play",
            icon=":material/stop:" if playing else ":material/play_arrow:",
            on_click=toggle_play,
            args=(ids,),
            key="play",
        )
    st.query_params.from_dict({KEY: st.session_state[KEY]})  # the address bar shares this view
    st.session_state["last_event"] = st.session_state[KEY]  # outlives the slider's own state
    return by_id[st.session_state[KEY]]


def show_event_card(milestone: Milestone) -> None:
    """Date, title, summary, both governments' positions and the sources of a milestone."""
    with st.container(border=True):
        st.caption(f"{milestone.when} · {milestone.kind}")
        st.markdown(f"#### {md_escape(milestone.title)}")
        st.markdown(md_escape(milestone.summary))
        if milestone.japan_position:
            st.markdown(f"**Japan's position.** {md_escape(milestone.japan_position)}")
        if milestone.russia_position:
            st.markdown(f"**Russia's position.** {md_escape(milestone.russia_position)}")
        if milestone.date_note:
            st.caption(f"On the date: {md_escape(milestone.date_note)}")
        st.markdown(
            "**Sources**\n\n"
            + "\n".join(
                f"{i}. [{md_escape(s.title)}]({s.url}) ({md_escape(s.publisher)})"
                for i, s in enumerate(milestone.sources, start=1)
            )
        )


def state_table(states: dict[str, control.GroupState], names: dict[str, dict], labels: dict[str, str]):
    """The text twin of the map: who administered and who claimed each group."""
    rows = []
    for group, state in states.items():
        admin = labels.get(state.administered_by, "no agreed border")
        if state.administered_by == "soviet-occupation":
            admin = "Soviet military occupation"
        claimed = ", ".join(control.CLAIMANT_NAMES[c] for c in state.claimed_by) or "no other claim"
        rows.append(
            {
                "Island group": names[group]["en"],
                "Administered by": admin[0].upper() + admin[1:],
                "Claimed by": claimed,
            }
        )
    return pd.DataFrame(rows).set_index("Island group")


def show_lines_in_force(borders, milestone: Milestone) -> None:
    """Name the border lines drawn on the map at this milestone (some lie outside the view)."""
    if borders is None:
        return
    lines = control.in_force(borders, milestone.start)
    names = "; ".join(md_escape(name) for name in lines["name"]) or "none"
    st.caption(f"Lines on the map (schematic): {names}.")


def show_timeline_section(bundle) -> None:
    """The timeline, the map and the event card, as one fragment: a step reruns only this part
    of the page, and while play is on a timer reruns it every PLAY_SECONDS."""
    playing = st.session_state.get("playing", False)
    st.fragment(run_every=PLAY_SECONDS if playing else None)(timeline_section)(bundle)


def timeline_section(bundle) -> None:
    """Slider and buttons; the map at the chosen milestone with its text twin; the event card."""
    from dashboard import ui  # the section draws the map the way every page does

    timeline = bundle.timeline
    follow_link(timeline)
    advance_if_playing([m.id for m in timeline.milestones])
    milestone = timeline_controls(timeline)
    rerun_page_if_play_changed()
    states = control.state_at(timeline.control, milestone.start)
    map_column, card_column = st.columns([3, 2], gap="medium")
    with map_column:
        click = ui.show_map(bundle, milestone, states)
        st.markdown(f"**On {milestone.when}**")
        st.table(state_table(states, ui.group_names(bundle), timeline.control.administrators))
        show_lines_in_force(bundle.borders, milestone)
    with card_column:
        show_event_card(milestone)
    if ui.select_from_click(bundle, click):
        st.rerun(scope="app")  # the island facts, outside this section, follow the click
