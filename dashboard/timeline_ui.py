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
    if index >= len(ids) - 1:
        st.session_state["playing"] = False


def toggle_play(ids: list[str]) -> None:
    """Start or stop play; starting at the last milestone begins again from the first."""
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    if playing and st.session_state[KEY] == ids[-1]:
        st.session_state[KEY] = ids[0]
    st.session_state["played_at"] = time.monotonic()


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
    if playing:
        player(ids)
    st.query_params.from_dict({KEY: st.session_state[KEY]})  # the address bar shares this view
    st.session_state["last_event"] = st.session_state[KEY]  # outlives the slider's own state
    return by_id[st.session_state[KEY]]


@st.fragment(run_every=PLAY_SECONDS)
def player(ids: list[str]) -> None:
    """While playing, advance one milestone every PLAY_SECONDS and rerun the page."""
    if not st.session_state.get("playing"):
        return
    if time.monotonic() - st.session_state.get("played_at", 0) < PLAY_SECONDS * 0.8:
        return  # this call is part of a page run, not a timer tick
    st.session_state["played_at"] = time.monotonic()
    step(ids, 1)
    st.rerun()


def show_event_card(milestone: Milestone, timeline: TimelineFile) -> None:
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
