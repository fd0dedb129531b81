"""Loaders: good files load; every kind of broken file gives a message naming file, record, problem."""

import json

import pytest
import yaml

from dashboard import data


def write_features(path, features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")


def island_features(folder):
    return json.loads((folder / "islands.geojson").read_text(encoding="utf-8"))["features"]


def test_good_files_load(islands, land, facts, names):
    assert len(islands) > 50 and islands.crs.to_epsg() == 4326
    assert "cape-nosappu" in land.index
    assert len(facts.groups) == 4 and len(names.groups) == 4


# each case: (how to break islands.geojson, words the message must contain)
def bowtie(features):
    features[1]["geometry"] = {
        "type": "Polygon",
        "coordinates": [[[146, 44], [147, 45], [147, 44], [146, 45], [146, 44]]],
    }


def swap_coordinates(features):
    features[0]["geometry"]["coordinates"] = [
        [[lat, lon] for lon, lat in ring] for ring in features[0]["geometry"]["coordinates"]
    ]


def drop_group(features):
    features[:] = [f for f in features if f["properties"]["group"] != "shikotan"]


def duplicate_id(features):
    features[2]["properties"]["id"] = features[1]["properties"]["id"]


def unknown_group(features):
    features[3]["properties"]["group"] = "urup"


def missing_field(features):
    del features[4]["properties"]["area_km2"]


def point_geometry(features):
    features[0]["geometry"] = {"type": "Point", "coordinates": [146.0, 44.0]}


def broken_geometry(features):
    features[0]["geometry"] = {"type": "Polygon", "coordinates": "nonsense"}


@pytest.mark.parametrize(
    ("breaker", "record", "words"),
    [
        (bowtie, "feature 1 (id 'kunashiri')", "invalid geometry: Self-intersection"),
        (swap_coordinates, "feature 0 (id 'etorofu')", "coordinates out of range"),
        (drop_group, None, "no island of group shikotan"),
        (duplicate_id, "feature 2", "duplicate id 'kunashiri'"),
        (unknown_group, "feature 3", "field 'group'"),
        (missing_field, "feature 4", "field 'area_km2': Field required"),
        (point_geometry, "feature 0", "geometry is a Point, expected Polygon or MultiPolygon"),
        (broken_geometry, "feature 0", "geometry is not valid GeoJSON"),
    ],
    ids=lambda v: getattr(v, "__name__", None),
)
def test_broken_islands_file(geodata_copy, breaker, record, words):
    features = island_features(geodata_copy)
    breaker(features)
    path = geodata_copy / "islands.geojson"
    write_features(path, features)
    with pytest.raises(data.DataError) as caught:
        data.load_islands(path)
    message = str(caught.value)
    assert message.startswith("islands.geojson")
    assert words in message
    if record:
        assert record in message


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "the file is missing"),
        ("", "not valid JSON (line 1, column 1"),
        ("{not json", "not valid JSON"),
        ('{"type": "Feature"}', "not a GeoJSON FeatureCollection"),
        ('{"type": "FeatureCollection", "features": []}', "has no features"),
        (b"\xff\xfe\x00", "cannot be read"),
    ],
)
def test_unreadable_geojson(geodata_copy, content, words):
    path = geodata_copy / "context.geojson"
    if content is None:
        path.unlink()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(data.DataError, match="^context.geojson") as caught:
        data.load_context(path)
    assert words in str(caught.value)


def test_context_without_cape_nosappu(geodata_copy):
    path = geodata_copy / "context.geojson"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    write_features(path, [f for f in features if f["properties"]["id"] != "cape-nosappu"])
    with pytest.raises(data.DataError, match="cape-nosappu"):
        data.load_context(path)


def edit_yaml(path, change):
    content = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(content)
    path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "record", "words"),
    [
        (lambda c: c["groups"].pop(), None, "groups must be exactly"),
        (
            lambda c: c["groups"][2]["area"][0].update(value_km2=-5),
            "groups[2] (id 'shikotan')",
            "greater than 0",
        ),
        (
            lambda c: c["groups"][0]["population_1945"].update(as_of="15/08/1945"),
            "groups[0] (id 'etorofu')",
            "not an ISO 8601 date",
        ),
        (
            lambda c: c["groups"][1]["area"][0].update(source_ids=["nowhere"]),
            None,
            "unknown source 'nowhere'",
        ),
        (lambda c: c["sources"]["mlit-hoppo-data"].update(url="javascript:alert(1)"), None, "URL"),
        (
            lambda c: c["groups"][3].update(colour="red"),
            "groups[3] (id 'habomai')",
            "Extra inputs are not permitted",
        ),
    ],
)
def test_broken_facts_file(geodata_copy, change, record, words):
    path = geodata_copy / "facts.yaml"
    edit_yaml(path, change)
    with pytest.raises(data.DataError) as caught:
        data.load_facts(path)
    message = str(caught.value)
    assert message.startswith("facts.yaml") and words in message
    if record:
        assert record in message


def test_facts_file_that_is_not_yaml(geodata_copy):
    path = geodata_copy / "facts.yaml"
    path.write_text("groups: [unclosed\n  - x: {", encoding="utf-8")
    with pytest.raises(data.DataError, match=r"^facts.yaml: not valid YAML \(line \d+, column \d+\)"):
        data.load_facts(path)


def test_names_file_with_unknown_source(geodata_copy):
    path = geodata_copy / "names.yaml"
    edit_yaml(path, lambda c: c["islands"][0].update(source_ids=["nowhere"]))
    with pytest.raises(data.DataError, match="names.yaml: .*'etorofu' cites unknown source 'nowhere'"):
        data.load_names(path)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda f: f[0]["properties"].update(kind="frontier"), "field 'kind'"),
        (lambda f: f[1]["properties"].update({"from": "1855/02/07"}), "field 'from'"),
        (lambda f: f[2].update(geometry={"type": "Point", "coordinates": [142, 50]}), "expected LineString"),
        (lambda f: f[3]["geometry"].update(coordinates=[[50, 142], [51, 143]]), "coordinates out of range"),
        (lambda f: f[4]["properties"].update(sources=[]), "field 'sources'"),
    ],
)
def test_broken_borders_file(geodata_copy, change, words):
    path = geodata_copy / "borders.geojson"
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    change(features)
    write_features(path, features)
    with pytest.raises(data.DataError, match="^borders.geojson") as caught:
        data.load_borders(path)
    assert words in str(caught.value)


GEOJSON_LOADERS = {
    "islands.geojson": data.load_islands,
    "context.geojson": data.load_context,
    "borders.geojson": data.load_borders,
}


def out_of_range(features):
    features[0]["geometry"]["coordinates"] = json.loads(
        json.dumps(features[0]["geometry"]["coordinates"]).replace("[1", "[31")
    )


def self_intersecting(features):
    kind = features[0]["geometry"]["type"]
    if kind in ("LineString", "MultiLineString"):  # a line may cross itself: make it empty instead
        features[0]["geometry"] = {"type": "LineString", "coordinates": []}
    else:
        features[0]["geometry"] = {
            "type": "Polygon",
            "coordinates": [[[146, 44], [147, 45], [147, 44], [146, 45], [146, 44]]],
        }


@pytest.mark.parametrize("name", GEOJSON_LOADERS)
@pytest.mark.parametrize(
    ("fault", "words"),
    [
        (lambda f: f.__setitem__(1, f[0]), "duplicate id"),
        (out_of_range, "coordinates out of range"),
        (self_intersecting, "geometry"),
        (lambda f: f[0].update(properties="not an object"), "Input should be"),
        (lambda f: f[0].update(type="Polygon"), "not a GeoJSON Feature"),
    ],
    ids=["duplicate-id", "out-of-range", "bad-geometry", "wrong-type", "not-a-feature"],
)
def test_every_geojson_file_names_file_record_and_problem(geodata_copy, name, fault, words):
    path = geodata_copy / name
    features = json.loads(path.read_text(encoding="utf-8"))["features"]
    fault(features)
    write_features(path, features)
    with pytest.raises(data.DataError) as caught:
        GEOJSON_LOADERS[name](path)
    message = str(caught.value)
    assert message.startswith(f"{name}, feature ") and words in message


@pytest.mark.parametrize("name", ["names.yaml", "facts.yaml", "timeline.yaml"])
@pytest.mark.parametrize(
    ("content", "words"),
    [
        (None, "the file is missing"),
        ("", "Input should be"),
        ("[1, 2", "not valid YAML"),
        ("- a\n- b", "Input should be"),
    ],
    ids=["missing", "empty", "not-yaml", "wrong-type"],
)
def test_every_yaml_file_names_file_and_problem(geodata_copy, name, content, words):
    path = geodata_copy / name
    if content is None:
        path.unlink()
    else:
        path.write_text(content, encoding="utf-8")
    loader = {
        "names.yaml": data.load_names,
        "facts.yaml": data.load_facts,
        "timeline.yaml": data.load_timeline,
    }
    with pytest.raises(data.DataError) as caught:
        loader[name](path)
    assert str(caught.value).startswith(name) and words in str(caught.value)
