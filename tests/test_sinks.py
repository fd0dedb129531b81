"""Every place where data text reaches Markdown goes through the one escape: with hostile text in
every field of the data, no page renders an image, a link other than its sources', a Streamlit
directive or a bidirectional control character."""

import re
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard.sources_ui import SECTIONS

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["streamlit_app.py", *sorted(f"pages/{p.name}" for p in (ROOT / "pages").glob("*.py"))]
PIECES = [
    "![px](http://host.example/p.png)",
    "[click](http://host.example/x)",
    "<img src=x onerror=alert(1)>",
    ":red[red] :material/home: :smile:",
    "**bold** _it_",
    "\u202eevil\u202c",
    "\u2066x\u2069",
    "| cell |",
    "`code`",
    "# heading",
]
HOSTILE = st.lists(st.sampled_from(PIECES), min_size=1, max_size=4).map(" ".join)
SECTION_LINKS = {f"#{anchor}" for anchor, _ in SECTIONS}
BIDI = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def poison(folder: Path, text: str) -> None:
    """Put `text` into every field of the data that a page shows."""
    path = folder / "timeline.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    last = data["milestones"][-1]
    for field in ("title", "summary", "japan_position", "russia_position", "date_note"):
        last[field] = text
    last["short_title"] = text[:28]
    last["sources"][0] |= {
        "title": text,
        "publisher": text,
        "url": "https://example.org/a)![px](http://host.example/p.png)",
    }
    for side in data["control"]["administrators"].values():
        side |= {"label": text, "status": text, "claimant": text}
    for border in data["borders"]:
        border |= {"name": text, "label": text}
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    path = folder / "names.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for group in data["groups"]:
        group["names"]["en"] = f"{group['id']} {text}"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    path = folder / "facts.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["notes"] = [text]
    for group in data["groups"]:
        group["area"][0]["basis"] = text
        group["missing"] = [text]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def shown(at: AppTest) -> list[str]:
    """Everything a page hands Streamlit to render as Markdown."""
    texts = []
    for kind in ("markdown", "title", "header", "subheader", "caption", "info", "warning"):
        texts += [str(e.value) for e in getattr(at, kind)]
    for kind in ("button", "select_slider", "segmented_control", "multiselect", "text_input", "expander"):
        texts += [str(e.label) for e in getattr(at, kind)]
    texts += [str(o) for e in at.select_slider for o in e.options]
    texts += [str(o) for e in at.segmented_control for o in e.options]
    for table in at.table:
        frame = table.value
        texts += (
            [str(c) for c in frame.columns]
            + [str(i) for i in frame.index]
            + [str(v) for v in frame.to_numpy().ravel()]
        )
    return texts


def check(text: str) -> None:
    assert "![" not in text, text  # no image
    assert not BIDI.search(text), text  # no reordering of what is shown
    assert not re.search(r"(?<!\\):(?!small\[)[a-z]+\[", text), text  # no directive but our own :small[
    for target in re.findall(r"(?<!\\)\]\(([^)]*)\)", text):  # every link goes to a source, encoded
        if target in SECTION_LINKS:  # or to a section of the page (the Sources page's contents)
            continue
        assert target.startswith(("http://", "https://")) and not re.search(r"[\s()<>\[\]!]", target), target
        assert "host.example/p.png" not in target or "%29" in target


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(HOSTILE)
def test_hostile_text_in_every_field_renders_as_text_on_every_page(geodata_copy, monkeypatch, text):
    from dashboard import store

    poison(geodata_copy, text)
    monkeypatch.setenv(store.GEODATA_ENV, str(geodata_copy))
    at = AppTest.from_file(str(ROOT / "streamlit_app.py"), default_timeout=30).run()
    for page in PAGES:
        if page != "streamlit_app.py":
            at.switch_page(page).run()
        assert not at.exception and not at.error, (page, [e.value for e in at.error])
        for item in shown(at):
            check(item)
