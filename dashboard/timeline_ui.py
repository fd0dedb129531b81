"""The timeline on the landing page: slider, buttons, player, deep links, event card, text twin."""

from __future__ import annotations

import datetime as dt
import time

import streamlit as st

from dashboard import (
    links,
    map_widget,
    milestone_text,
    residents,
    share_ui,
    store,
    time_axis,
    ui,
)
from dashboard.markdown import md_line
from dashboard.store import Bundle
from dashboard.timeline_models import Milestone, TimelineFile

PLAY_SECONDS = 2.5  # how long play shows a milestone...
PLAY_TICK = 1.25  # ...or only this long when the next one follows within DENSE_DAYS
DENSE_DAYS = 62
KEY = "event"  # the slider's key, and the URL's query parameter
LINK_NOTICE = "link_notice"  # (why a link was not followed, the milestone shown instead)
MAP_VIEW = "map_view"  # the map view a link asked for: (lat, lng, zoom), or None to frame the islands
SHOWN_VIEW = "shown_view"  # the map's view as the reader left it (or the link's), for the address
SHARING = "sharing"  # the reader asked for the share dialog
AXIS_KEY = "time_axis_pick"  # counts the picks on the axis: a new chart after each, its selection cleared
AXIS_SHOWN = "time_axis_shown"  # the session has asked for the time axis (see show_time_axis)


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


def dwell(timeline: TimelineFile, milestone_id: str) -> float:
    """How long play shows a milestone: less where the next one follows within weeks, so that
    play moves through the calendar as well as through the stops."""
    ids = [m.id for m in timeline.milestones]
    index = ids.index(milestone_id)
    if index + 1 < len(ids):
        gap = timeline.milestones[index + 1].start - timeline.milestones[index].start
        if gap.days <= DENSE_DAYS:
            return PLAY_TICK
    return PLAY_SECONDS


def advance_if_playing(timeline: TimelineFile) -> None:
    """On a tick of the play timer, the next milestone once the current one has had its time
    (before the slider is drawn)."""
    if not st.session_state.get("playing"):
        return
    elapsed = time.monotonic() - st.session_state.get("played_at", 0)
    if elapsed >= dwell(timeline, st.session_state[KEY]) - PLAY_TICK * 0.2:
        st.session_state["played_at"] = time.monotonic()
        step([m.id for m in timeline.milestones], 1)


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
    view, view_notice = (None, None)
    if links.VIEW_PARAM in params:
        view, view_notice = links.view_from_link(params[links.VIEW_PARAM], t)
    st.session_state[KEY] = chosen
    st.session_state[MAP_VIEW] = st.session_state[SHOWN_VIEW] = view
    notices = " ".join(n for n in (notice, view_notice) if n)
    st.session_state[LINK_NOTICE] = (notices, chosen) if notices else None


def page_params(t) -> dict[str, str]:
    """The query parameters of the view on screen: milestone, language and, once the reader has
    moved the map (or a link set it), its centre and zoom."""
    params = {KEY: st.session_state[KEY], ui.LANG: t.code}
    view = st.session_state.get(SHOWN_VIEW)
    if view:
        params[links.VIEW_PARAM] = links.view_text(view)
    return params


def follow_map_view(key: str) -> None:
    """Keep the view the map reported (after the reader moved it) for the address and the
    citation; a malformed report is ignored."""
    reported = map_widget.reported_view(key)
    if reported is not None:
        view = links.valid_view(reported)
        if view:
            st.session_state[SHOWN_VIEW] = view


def show_link_notice() -> None:
    """Why the page did not open at the link's milestone, for as long as the reader stays at
    the milestone shown instead (the runs the page makes by itself keep it)."""
    kept = st.session_state.get(LINK_NOTICE)
    if kept and kept[1] == st.session_state.get(KEY):
        st.info(md_line(kept[0]), icon=":material/link_off:")
    elif kept:
        st.session_state[LINK_NOTICE] = None


def timeline_controls(timeline: TimelineFile, t) -> Milestone:
    """The slider over the milestones with previous, next and play; returns the chosen one."""
    ids = [m.id for m in timeline.milestones]
    labels = store.cached_slider_labels(str(store.geodata_dir()), t.code)
    slider_column, buttons_column = st.columns([1, 1], vertical_alignment="bottom", gap="small")
    slider_column.select_slider(
        t._("Milestone"),
        label_visibility="collapsed",
        options=ids,
        format_func=labels.__getitem__,
        key=KEY,
        help=t._("Drag, or focus the slider and use the arrow keys. Shortcuts: P previous, N next."),
    )
    playing = st.session_state.get("playing", False)
    with buttons_column, st.container(horizontal=True, key="step_buttons"):
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
        st.button(
            t._("Share"),
            icon=":material/share:",
            key="share",
            help=t._("Link, citation and map pictures of this view"),
            on_click=st.session_state.__setitem__,
            args=(SHARING, True),
        )
    st.session_state["last_event"] = st.session_state[KEY]  # outlives the slider's own state
    return timeline.by_id[st.session_state[KEY]]


def pick_from_axis(key: str, param: str) -> None:
    """A mark of the time axis was clicked: show its milestone (a chart callback)."""
    picked = (st.session_state.get(key) or {}).get("selection", {}).get(param) or []
    if picked and picked[0].get("id") in st.session_state.get("milestone_ids", ()):
        st.session_state[KEY] = picked[0]["id"]
        st.session_state[AXIS_KEY] = st.session_state.get(AXIS_KEY, 0) + 1


def show_time_axis(bundle: Bundle, milestone: Milestone, today: dt.date) -> None:
    """The overview of the whole timeline (the same at every step) and the months around the
    milestone (its cursor on the overview is placed by the map's state relay)."""
    t, timeline = bundle.t, bundle.timeline
    st.session_state["milestone_ids"] = timeline.by_id.keys()
    picks = st.session_state.get(AXIS_KEY, 0)
    with st.container(key="time_axis"):
        if not st.session_state.get(AXIS_SHOWN):
            # the session's first view: the map first, the axis (and its chart library) once
            # the map has drawn, in the room the style sheet keeps for it (so that the map does
            # not move). The page presses this hidden button when the map has drawn (map_widget's
            # relay), which reruns the section.
            st.button("time axis", key=map_widget.DRAWN_BUTTON_KEY, on_click=show_axis)
            return
        for spec, param, name in (
            (
                store.cached_overview(str(bundle.folder), bundle.lang, today.isoformat()),
                time_axis.PICK,
                "overview",
            ),
            (time_axis.near_spec(timeline, milestone, t), time_axis.PICK_NEAR, "near"),
        ):
            key = f"axis_{name}_{picks}"
            st.vega_lite_chart(
                spec,
                on_select=lambda key=key, param=param: pick_from_axis(key, param),
                selection_mode=[param],
                key=key,
                width="stretch",
                theme=None,
            )


def show_axis() -> None:
    """The map has drawn: draw the time axis from now on (a button callback)."""
    st.session_state[AXIS_SHOWN] = True


def show_timeline_section(bundle: Bundle) -> None:
    """The timeline, the map and the event card, as one fragment: a step reruns only this
    part of the page, and while play is on a timer reruns it every PLAY_TICK."""
    playing = st.session_state.get("playing", False)
    st.fragment(run_every=PLAY_TICK if playing else None)(timeline_section)(bundle)


def timeline_section(bundle: Bundle) -> None:
    """Slider and buttons, the time axis; the map at the chosen milestone beside the event card;
    the map's text twin."""
    timeline, t = bundle.timeline, bundle.t
    with st.container(key="timeline_section"):
        with st.container(key="timeline_controls"):
            follow_link(timeline, t)
            show_link_notice()  # above the controls
            advance_if_playing(timeline)
            milestone = timeline_controls(timeline, t)
        rerun_page_if_play_changed()
        shot, today = bundle.snapshot(milestone), dt.date.today()
        # the map first, so that it starts loading before the charts (the page's style sheet
        # shows the time axis above it)
        with st.container(key="map_stage"):
            map_column, card_column = st.columns([2, 1], gap="medium")
            with map_column:
                cursor = time_axis.position(timeline, milestone, today)
                click = ui.show_island_map(
                    bundle, shot, cursor=cursor, view=st.session_state.get(MAP_VIEW), share_view=True
                )
            with card_column, st.container(border=True, key="event_card"):
                st.markdown(milestone_text.event_markdown(milestone, t))
        show_time_axis(bundle, milestone, today)
        with st.container(key="text_twin"):
            sides, names = timeline.control.administrators, bundle.group_names()
            residents_then = residents.nearest_texts(bundle.population, milestone.start, t)
            st.markdown(
                milestone_text.twin_markdown(shot, names, sides, bundle.line_names(), t, residents_then)
            )
    follow_map_view("island_map")
    st.query_params.from_dict(page_params(t))  # the address shares this view
    if st.session_state.pop(SHARING, False):
        share_ui.share_dialog(bundle, shot, page_params(t))
    if ui.select_from_click(bundle, click):
        st.rerun(scope="app")  # the island facts, outside this section, follow the click
