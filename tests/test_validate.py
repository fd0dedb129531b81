import json

from dashboard import validate
from dashboard.files import DATA_FILES


def test_committed_data_is_valid(capsys):
    assert validate.main([]) == 0
    assert f"all {len(DATA_FILES)} data files" in capsys.readouterr().out


def test_every_problem_is_reported_with_file_and_record(geodata_copy, capsys):
    (geodata_copy / "facts.yaml").write_text("groups: [", encoding="utf-8")
    path = geodata_copy / "islands.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"][0]["properties"]["group"] = "urup"
    path.write_text(json.dumps(collection), encoding="utf-8")
    assert validate.main([str(geodata_copy)]) == 1
    out = capsys.readouterr().out
    assert "facts.yaml: not valid YAML" in out
    assert "islands.geojson, feature 0 (id 'etorofu'): field 'group'" in out


def test_files_are_checked_against_each_other(geodata_copy):
    path = geodata_copy / "borders.geojson"
    collection = json.loads(path.read_text(encoding="utf-8"))
    collection["features"].pop()
    path.write_text(json.dumps(collection), encoding="utf-8")
    assert any("differ from timeline.yaml" in p for p in validate.validate(geodata_copy))
