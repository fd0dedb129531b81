"""The Chronology page's parts: the filters, the table that fills the page, and the milestone a
click on a row opens, with its summary, both positions, its sources and the way to the map
(this module imports Streamlit).

The table is sent in three layouts, and the page's style sheet shows the one that fits: date,
title, island groups and kind in columns on a wide screen; date and title in one column on a
narrower screen and on a phone, where the whole title can be read without scrolling sideways
(Streamlit cannot tell a phone from the server, and a table's rows have one height).
"""

from __future__ import annotations

import streamlit as st

from dashboard import chronology, legend, milestone_text, page_data, time_axis, ui
from dashboard.markdown import md_line
from dashboard.milestone_text import kind_label
from dashboard.models import GROUPS
from dashboard.store import Bundle
from dashboard.timeline_models import Kind

OPEN = "chronology_open"  # the milestone a click opened
FOLDED = "chronology_folded"  # its panel is folded away
SHOWN = "chronology_ids"  # the ids of the rows shown, in order (a click names a row by position)
ROUND = "chronology_round"  # bumped by Close: the tables start afresh, with nothing selected
VIEW = "chronology_view"  # the table or the timeline
YEARS = "chronology_years"  # the years the timeline view shows
AXIS = "chronology_axis"  # the timeline view's chart
# the layouts of the table, by their keys; the page's style sheet shows the one that fits the
# screen. Row heights in px: Streamlit wraps a cell's text only in rows taller than 64 px.
WIDE = "chronology_table"  # over 1180 px: date, title, groups, kind; titles on two or three lines
NARROW = "chronology_list"  # 641-1180 px: date and title in one column, on up to three lines
PHONE = "chronology_phone"  # up to 640 px: the same, on up to four lines
ROW_HEIGHTS = {WIDE: 66, NARROW: 72, PHONE: 96}


def choose_filters(bundle: Bundle) -> tuple[list[str], list[str], str]:
    """Kinds, island groups and search words, side by side (one under the other on a phone)."""
    t, names = bundle.t, bundle.group_names()
    kinds_column, groups_column, search_column = st.container(key="chronology_filters").columns(3)
    kinds = kinds_column.multiselect(
        t._("Kind"), list(Kind.__args__), format_func=lambda k: md_line(kind_label(k, t)),
        key="chronology_kinds", placeholder=t._("All kinds"),
    )  # fmt: skip
    groups = groups_column.multiselect(
        t._("Island group"), list(GROUPS), format_func=lambda g: md_line(t.name(names[g])),
        key="chronology_groups", placeholder=t._("All groups"),
    )  # fmt: skip
    text = search_column.text_input(
        t._("Search"), key="chronology_search", placeholder=t._("e.g. Shikotan 1956")
    )
    return kinds, groups, text


def open_row(key: str) -> None:
    """A click on a row of the table `key`: open that milestone (a table callback)."""
    selection = (st.session_state.get(key) or {}).get("selection") or {}
    rows = list(selection.get("rows") or [])
    rows += [cell[0] for cell in selection.get("cells") or [] if isinstance(cell, list | tuple) and cell]
    ids = st.session_state.get(SHOWN, [])
    rows = [r for r in rows if isinstance(r, int) and not isinstance(r, bool) and 0 <= r < len(ids)]
    if rows:
        st.session_state[OPEN] = ids[rows[0]]
        st.session_state[FOLDED] = False


def open_pick(key: str) -> None:
    """A click on a point of the timeline view `key`: open that milestone (a chart callback)."""
    selection = (st.session_state.get(key) or {}).get("selection") or {}
    picked = [p.get("id") for p in selection.get(time_axis.BROWSE_PICK) or [] if isinstance(p, dict)]
    picked = [i for i in picked if isinstance(i, str) and i in st.session_state.get(SHOWN, [])]
    if picked:
        st.session_state[OPEN] = picked[0]
        st.session_state[FOLDED] = False


def fold_milestone(folded: bool) -> None:
    """Fold the milestone's panel away, or open it again (a button callback). A table reports a
    click only on a cell other than the one selected, so folding also gives the tables new keys:
    they come back with nothing selected, and a click on the same cell opens the panel again.
    The folded panel stays at hand as a small button too."""
    st.session_state[FOLDED] = folded
    if folded:
        st.session_state[ROUND] = st.session_state.get(ROUND, 0) + 1


def table_key(layout_key: str) -> str:
    """The key of a layout's table in this round (see fold_milestone)."""
    return f"{layout_key}_{st.session_state.get(ROUND, 0)}"


def show_table(ids: list[str], tables: dict, t) -> None:
    """The milestones shown (`tables`: Arrow tables by layout, dashboard.page_data), in each layout;
    a click on any cell of a row opens it."""
    st.session_state[SHOWN] = ids
    labels = chronology.column_labels(t)
    widths = {"date": 110, "title": "medium", "islands": 150, "kind_label": 105, "milestone": "medium"}
    layouts = (
        (WIDE, "wide", chronology.WIDE_COLUMNS),
        (NARROW, "narrow", chronology.NARROW_COLUMNS),
        (PHONE, "narrow", chronology.NARROW_COLUMNS),
    )
    for key, layout, columns in layouts:
        # explicit widths add up to less than the table: the rest is shared out among the columns
        config = {labels[name]: st.column_config.TextColumn(width=widths[name]) for name in columns}
        with st.container(key=f"{key}_box"):
            widget_key = table_key(key)
            st.dataframe(
                tables[layout],
                hide_index=True,
                width="stretch",
                height="stretch",
                row_height=ROW_HEIGHTS[key],
                on_select=lambda widget_key=widget_key: open_row(widget_key),
                selection_mode="single-cell",
                key=widget_key,
                column_config=config,
                alt=t._("The milestones shown: click a row to open it"),
            )


def choose_view(t) -> str:
    """Table or timeline: two ways to browse the same milestones."""
    labels = {"table": t._(":material/table_rows: Table"), "timeline": t._(":material/timeline: Timeline")}
    return st.segmented_control(
        t._("View"), list(labels), format_func=labels.__getitem__, default="table", required=True,
        key=VIEW, label_visibility="collapsed",
    )  # fmt: skip


def show_timeline(bundle: Bundle, ids: list[str]) -> None:
    """The milestones shown as points on the time axis, a lane per kind under a lane per group
    coloured by who administered it, over the years the reader chooses; a click on a point
    opens it."""
    t, (first, last) = bundle.t, bundle.timeline.years
    st.session_state[SHOWN] = ids
    years = st.slider(t._("Years"), first, last, (first, last), key=YEARS)
    spec = page_data.cached_browse_spec(str(bundle.folder), t.code, tuple(ids), tuple(years))
    key = table_key(AXIS)
    lanes = legend.control_legend(bundle.timeline, t, time_axis.BAND_OPACITY)  # escaped there
    st.html(f'<div class="page-legend inline">{lanes}</div>')
    with st.container(key="chronology_axis_box"):
        st.vega_lite_chart(
            spec, on_select=lambda key=key: open_pick(key), selection_mode=[time_axis.BROWSE_PICK],
            key=key, width="stretch",
        )  # fmt: skip
    st.caption(
        t._(
            "Each point is a milestone, in the lane of its kind; the lanes above show who "
            "administered each group. Click a point to read it; narrow the years to tell close "
            "milestones apart."
        )
    )


def show_milestone(bundle: Bundle, milestone_id: str) -> None:
    """The milestone a click opened, in a panel beside the table (over it on a phone; not modal,
    so that a click on another row opens that one): the way to the map first, then the groups
    it concerns and the event card (date, kind, title, summary, positions, sources). Folded,
    a small button brings it back."""
    t, timeline = bundle.t, bundle.timeline
    milestone = timeline.by_id.get(milestone_id)
    if milestone is None:
        return
    if st.session_state.get(FOLDED):
        with st.container(key="chronology_reopen"):
            st.button(
                md_line(milestone_text.option_label(milestone, t)), icon=":material/left_panel_open:",
                key="chronology_unfold", on_click=fold_milestone, args=(False,),
                help=t._("Open this milestone's panel again"),
            )  # fmt: skip
        return
    with st.container(key="chronology_detail"):
        with st.container(horizontal=True, vertical_alignment="center", key="chronology_detail_bar"):
            st.page_link(
                "streamlit_app.py",
                label=t._("Open on the map"),
                icon=":material/map:",
                query_params={"event": milestone.id, ui.LANG: t.code},
            )
            st.button(
                t._("Close"), icon=":material/close:", key="chronology_close", on_click=fold_milestone,
                args=(True,), shortcut="Esc",
            )  # fmt: skip
        groups = chronology.groups_text(milestone.islands, bundle.group_names(), t)
        st.caption(md_line(t._("Island groups: {groups}", groups=groups)))
        st.markdown(milestone_text.event_markdown(milestone, t))


def show_chronology(bundle: Bundle) -> None:
    """Filters, the count, the table; the milestone a click opened."""
    t = bundle.t
    frame = page_data.cached_chronology(str(bundle.folder), t.code)
    kinds, groups, text = choose_filters(bundle)
    ids, tables = page_data.cached_chronology_tables(
        str(bundle.folder), t.code, tuple(kinds), tuple(groups), text
    )
    with st.container(horizontal=True, vertical_alignment="center", key="chronology_count"):
        st.caption(t._("{shown} of {total} milestones", shown=len(ids), total=len(frame)))
        view = choose_view(t)
    if view == "timeline":
        show_timeline(bundle, ids)
    else:
        show_table(ids, tables, t)
    opened = st.session_state.get(OPEN)
    if opened:
        show_milestone(bundle, opened)
