"""Translations of the content, beside the content: geodata/i18n/<lang>.yaml (pure, no Streamlit).

English is the source language and lives in the data files themselves. A language's file holds,
per data file, the translatable fields in the same nesting as the data, with lists of records
keyed by their id (milestones by milestone id, groups by group id) and other lists by position:

    timeline.yaml:
      milestones:
        joint-declaration-1956: {title: …, short_title: …, summary: …, japan_position: …}
      control: {administrators: {japan: {label: 日本, status: …, claimant: 日本}}}
      borders: {shimoda-line: {name: …}}
    facts.yaml:
      notes: [… , …]
      groups: {etorofu: {area: [{basis: …}], missing: [...]}}

`apply_translation` lays the translation over the English record before it is validated, so a
translated file is checked by the same schema; a field without a translation stays English, and
`missing_translations` lists such fields for `validate`.
"""

from __future__ import annotations

import copy

TEXT = "text"
# what can be translated in each data file: {field: spec}; "[id]" is a list of records keyed by
# their id, "[]" a list by position, "{}" a mapping by its keys, TEXT a string
MILESTONE_FIELDS = (
    "title",
    "short_title",
    "summary",
    "japan_position",
    "russia_position",
    "positions_note",
    "date_note",
)
NOTE = {"note": TEXT}
TRANSLATABLE: dict[str, dict] = {
    "timeline.yaml": {
        "milestones": {"[id]": dict.fromkeys(MILESTONE_FIELDS, TEXT)},
        "control": {"administrators": {"{}": {"label": TEXT, "status": TEXT, "claimant": TEXT}}},
        "borders": {"[id]": {"name": TEXT, "label": TEXT}},
    },
    "facts.yaml": {
        "notes": {"[]": TEXT},
        "groups": {
            "[id]": {
                "area": {"[]": {"basis": TEXT, "note": TEXT}},
                "highest_point": {"[]": NOTE},
                "population_1945": NOTE,
                "population_now": {"[]": NOTE},
                "missing": {"[]": TEXT},
            }
        },
        "published_distances": {"note": TEXT, "entries": {"[]": {"name": TEXT, "from": TEXT}}},
    },
    "population.yaml": {
        "notes": {"[]": TEXT},
        "districts": {"[id]": {"note": TEXT}},
        "figures": {"[]": NOTE},
    },
}


def _items(raw, spec):
    """(key, value, subspec) of the translatable children of `raw` under `spec`."""
    if not isinstance(spec, dict):
        return
    for field, sub in spec.items():
        if field == "[id]" and isinstance(raw, list):
            for record in raw:
                if isinstance(record, dict) and isinstance(record.get("id"), str):
                    yield record["id"], record, sub
        elif field == "[]" and isinstance(raw, list):
            for index, value in enumerate(raw):
                yield index, value, sub
        elif field == "{}" and isinstance(raw, dict):
            for key, value in raw.items():
                yield key, value, sub
        elif isinstance(raw, dict) and field in raw:
            yield field, raw[field], sub


def extract(raw, spec) -> dict | list | str | None:
    """The English texts of `raw` that `spec` marks translatable, in the translation's shape."""
    if spec == TEXT:
        return raw if isinstance(raw, str) and raw.strip() else None
    by_position = isinstance(spec, dict) and "[]" in spec
    out = [] if by_position else {}
    for key, value, sub in _items(raw, spec):
        text = extract(value, sub)
        if by_position:
            out.append(text if text is not None else {})
        elif text not in (None, {}, []):
            out[key] = text
    return out


def _lookup(overlay, key):
    if isinstance(overlay, dict):
        return overlay.get(key)
    if isinstance(overlay, list) and isinstance(key, int) and key < len(overlay):
        return overlay[key]
    return None


def _apply(raw, spec, overlay):
    """Replace, in place, the texts of `raw` that `overlay` translates."""
    for key, value, sub in _items(raw, spec):
        translated = _lookup(overlay, key)
        if translated is None:
            continue
        if sub == TEXT:
            if isinstance(value, str) and isinstance(translated, str) and translated.strip():
                raw[key] = translated  # `raw` is the list or mapping that holds the text
        else:
            _apply(value, sub, translated)


def apply_translation(raw: dict, file: str, overlay: dict | None) -> dict:
    """A copy of the English `raw` data of `file` with the texts `overlay` translates."""
    if not overlay or file not in TRANSLATABLE:
        return raw
    translated = copy.deepcopy(raw)
    _apply(translated, TRANSLATABLE[file], overlay)
    return translated


def missing_translations(raw, spec, overlay, path: str = "") -> list[str]:
    """The dotted paths of English texts under `spec` that `overlay` does not translate."""
    if spec == TEXT:
        has_text = isinstance(raw, str) and raw.strip()
        return [path] if has_text and not (isinstance(overlay, str) and overlay.strip()) else []
    missing = []
    for key, value, sub in _items(raw, spec):
        missing += missing_translations(
            value, sub, _lookup(overlay, key), f"{path}.{key}" if path else str(key)
        )
    return missing


def unknown_translations(raw, spec, overlay, path: str = "") -> list[str]:
    """The dotted paths of translated texts whose record is not in the data any more (a
    milestone removed or renamed), so that a stale translation is noticed."""
    if spec == TEXT or not isinstance(overlay, dict):
        return []
    present = {key: (value, sub) for key, value, sub in _items(raw, spec)}
    unknown = []
    for key, translated in overlay.items():
        where = f"{path}.{key}" if path else str(key)
        if key not in present:
            named = any(field in ("[id]", "{}") for field in spec) or key not in spec
            if named:
                unknown.append(where)
            continue
        value, sub = present[key]
        unknown += unknown_translations(value, sub, translated, where)
    return unknown
