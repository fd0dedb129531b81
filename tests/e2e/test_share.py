"""Sharing in the browser: the address follows the reader's view of the map and opens it again;
the share dialog gives the link, the citation and the map as pictures."""

import re
from urllib.parse import parse_qs, urlsplit


def params(app) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(app.page.url).query).items()}


def drag_map(app, dx: int, dy: int) -> None:
    box = app.page.locator(app.MAP).first.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    app.page.mouse.move(x, y)
    app.page.mouse.down()
    app.page.mouse.move(x + dx, y + dy, steps=6)
    app.page.mouse.up()


def test_the_view_round_trips_through_the_address(app):
    app.open("/?event=joint-declaration-1956&view=43.75,145.9,10").wait_for_map()
    zoom, lat, lng = app.view()
    assert (zoom, round(lat, 2), round(lng, 2)) == (10, 43.75, 145.9)  # opened where the link said
    drag_map(app, -120, 60)
    app.page.wait_for_function(
        "() => new URLSearchParams(location.search).get('view') !== '43.7500,145.9000,10'"
    )
    app.settle()
    moved = params(app)["view"]
    lat, lng, zoom = (float(n) for n in moved.split(","))
    assert zoom == 10 and (round(lat, 2), round(lng, 2)) != (43.75, 145.9)
    app.page.get_by_role("button", name="Next").click()
    app.settle()
    assert params(app)["view"] == moved  # a step keeps the reader's view in the address
    assert params(app)["event"] == "joint-declaration-in-force-1956"
    app.open(f"/?event=joint-declaration-1956&view={moved}").wait_for_map()  # the copied link
    zoom, lat2, lng2 = app.view()
    assert zoom == 10 and abs(lat2 - lat) < 1e-3 and abs(lng2 - lng) < 1e-3


def test_framing_alone_writes_no_view(app):
    app.open("/?event=joint-declaration-1956").wait_for_map()
    app.page.get_by_role("button", name="Next").click()
    app.settle()
    assert "view" not in params(app)


def test_share_gives_the_link_the_citation_and_a_png(app, tmp_path):
    app.open("/?event=joint-declaration-1956&lang=ru").wait_for_map()
    app.page.locator(".st-key-share button").first.click()
    dialog = app.page.get_by_role("dialog")
    dialog.wait_for()
    app.settle()
    text = dialog.inner_text()
    assert re.search(r"/\?event=joint-declaration-1956&lang=ru", text)
    assert "@misc{islands-joint-declaration-1956-" in text
    with app.page.expect_download() as download:
        dialog.get_by_role("button").filter(has_text="PNG").click()
    path = tmp_path / "map.png"
    download.value.save_as(path)
    assert download.value.suggested_filename.startswith("islands-joint-declaration-1956-ru-")
    assert path.read_bytes().startswith(b"\x89PNG")
    app.screenshot("share-dialog-ru")
