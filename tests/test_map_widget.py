"""The contract between dashboard.map_widget and the pinned streamlit-folium (see the module's
docstring). If an upgrade changes what the relay and the watchdog rely on, these fail and say what."""

from pathlib import Path

import streamlit_folium

from dashboard import map_widget


def bundle_text() -> str:
    build = Path(streamlit_folium._component_func.path)
    return "".join(p.read_text(encoding="utf-8") for p in (build / "static" / "js").glob("main*.js"))


def test_the_maps_frame_is_titled_after_the_component():
    assert streamlit_folium._component_func.name == map_widget.COMPONENT, (
        "streamlit-folium's component has a new name: its iframe's title changed, and the relay "
        "(map_widget.FRAME_SELECTOR) no longer finds the map"
    )


def test_the_frame_is_served_by_the_app_itself():
    component = streamlit_folium._component_func
    assert component.url is None and Path(component.path, "index.html").is_file(), (
        "streamlit-folium's frontend is no longer served from the package: the frame may not share "
        "the page's origin, and the relay cannot call into it"
    )


def test_the_frame_runs_the_maps_script_in_its_own_document():
    text = bundle_text()
    assert 'document.createElement("script")' in text and "innerHTML=script" in text, (
        "streamlit-folium no longer runs the map's script as a <script> of the frame's document: "
        "window.__applyIslandState and L may no longer live in the frame's window"
    )


def test_the_widget_returns_clicks_on_shapes():
    import inspect

    assert "last_object_clicked" in inspect.getsource(streamlit_folium.st_folium), (
        "st_folium no longer returns last_object_clicked: clicks on islands would not reach the facts card"
    )


def test_the_frame_exposes_streamlit_and_the_value_it_sent():
    text = bundle_text()
    assert "window.Streamlit=" in text and "previous_data" in text, (
        "streamlit-folium no longer puts Streamlit on the frame's window or keeps the value it sent: "
        "the map can no longer report the reader's view (StateHook, map_widget.reported_view), so "
        "links would not keep the view"
    )
