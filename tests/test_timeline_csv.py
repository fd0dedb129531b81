"""The timeline as CSV: one row per milestone, read back by the csv module, in every language."""

import csv
import io

import pytest

from dashboard import store, timeline_csv
from dashboard.i18n import texts
from dashboard.paths import GEODATA


def read(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, so that spreadsheets read UTF-8
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_one_row_per_milestone_with_its_cells(timeline, names, t):
    rows = read(timeline_csv.timeline_csv(timeline, names.group_names(), t))
    header, body = rows[0], rows[1:]
    assert header == [
        "id", "date", "end date", "date precision", "kind", "title", "island groups", "summary",
        "Japan's position", "Russia's position", "sources",
    ]  # fmt: skip
    assert [row[0] for row in body] == [m.id for m in timeline.milestones]
    assert all(len(row) == len(header) for row in body)
    by_id = {row[0]: dict(zip(header, row, strict=True)) for row in body}
    declaration = by_id["joint-declaration-1956"]
    milestone = timeline.by_id["joint-declaration-1956"]
    assert declaration["date"] == "1956-10-19" and declaration["date precision"] == "day"
    assert declaration["kind"] == "treaty" and declaration["title"] == milestone.title
    assert declaration["summary"] == milestone.summary
    assert declaration["Japan's position"] == milestone.japan_position
    assert "Shikotan" in declaration["island groups"]
    lines = declaration["sources"].split("\n")
    assert len(lines) == len(milestone.sources)
    assert all(
        str(s.url) in line and s.title in line for s, line in zip(milestone.sources, lines, strict=True)
    )


def test_commas_quotes_and_newlines_survive(timeline, names, t):
    title = 'Treaty, "so-called",\nsigned; 1956'
    first = timeline.milestones[0].model_copy(update={"title": title, "summary": "a\r\nb, c"})
    changed = timeline.model_copy(update={"milestones": [first, *timeline.milestones[1:]]})
    rows = read(timeline_csv.timeline_csv(changed, names.group_names(), t))
    assert len(rows) == len(timeline.milestones) + 1
    assert rows[1][5] == title and rows[1][7] == "a\r\nb, c"


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)"])
def test_a_cell_a_spreadsheet_would_run_is_inert(timeline, names, t, text):
    first = timeline.milestones[0].model_copy(update={"title": text})
    changed = timeline.model_copy(update={"milestones": [first]})
    rows = read(timeline_csv.timeline_csv(changed, names.group_names(), t))
    assert rows[1][5] == "'" + text


@pytest.mark.parametrize(
    ("code", "heading", "kind"), [("ja", "タイトル", "条約"), ("ru", "название", "договор")]
)
def test_the_csv_is_in_the_page_s_language(names, code, heading, kind):
    timeline = store.load_file(GEODATA, "timeline.yaml", code)[0]
    rows = read(timeline_csv.timeline_csv(timeline, names.group_names(), texts(code)))
    assert heading in rows[0]
    declaration = next(row for row in rows if row[0] == "joint-declaration-1956")
    assert declaration[4] == kind
    assert declaration[5] == timeline.by_id["joint-declaration-1956"].title
    assert timeline_csv.file_name(code) == f"timeline-{code}.csv"
