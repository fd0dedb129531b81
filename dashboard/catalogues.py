"""The interface catalogues: extract the messages of the code, update every language's .po, check.

    python -m dashboard.catalogues            extract, update, and list what is untranslated
    python -m dashboard.catalogues --check    only check (exit 1 if a message lacks a translation)

Uses Babel's own extraction (babel.cfg) and catalogue update, as `pybabel extract` and
`pybabel update` do. A translator edits dashboard/locale/<lang>/LC_MESSAGES/messages.po.
"""

from __future__ import annotations

import argparse
import io

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from dashboard.i18n import DEFAULT, LANGUAGES
from dashboard.paths import LOCALE, ROOT

KEYWORDS = {"_": None, "n_": (1, 2), "N_": None}
POT = LOCALE / "messages.pot"


def po_path(code: str):
    return LOCALE / code / "LC_MESSAGES" / "messages.po"


def extract() -> Catalog:
    """Every message of the code, as a template catalogue."""
    template = Catalog(project="islands-dashboard", copyright_holder="the islands-dashboard authors")
    with (ROOT / "babel.cfg").open() as config:
        from babel.messages.frontend import parse_mapping_cfg

        method_map, options_map = parse_mapping_cfg(config)
    for _filename, _lineno, message, comments, context in extract_from_dir(
        str(ROOT), method_map, options_map, keywords=KEYWORDS
    ):
        template.add(message, None, auto_comments=comments, context=context)
    return template


def untranslated(code: str) -> list[str]:
    """The messages of a language's catalogue without a translation (or marked fuzzy)."""
    path = po_path(code)
    if not path.is_file():
        return ["(no catalogue)"]
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=LANGUAGES[code].locale)
    missing = []
    for message in catalogue:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


def missing_from_catalogue(code: str) -> list[str]:
    """Messages of the code that a language's catalogue does not have (not yet updated)."""
    with po_path(code).open("rb") as handle:
        catalogue = read_po(handle, locale=LANGUAGES[code].locale)
    return [m.id if isinstance(m.id, str) else m.id[0] for m in extract() if m.id and m.id not in catalogue]


def write(catalogue: Catalog, path) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalogue, width=76, no_location=True, sort_output=True, ignore_obsolete=True)
    path.write_bytes(buffer.getvalue())


def update() -> None:
    """Extract the messages into messages.pot and merge them into every language's catalogue."""
    template = extract()
    write(template, POT)
    for code, language in LANGUAGES.items():
        if code == DEFAULT:
            continue
        path = po_path(code)
        with path.open("rb") as handle:
            catalogue = read_po(handle, locale=language.locale)
        catalogue.update(template, no_fuzzy_matching=True)
        write(catalogue, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check only")
    args = parser.parse_args(argv)
    if not args.check:
        update()
    problems = 0
    for code in LANGUAGES:
        if code == DEFAULT:
            continue
        for message in untranslated(code) + missing_from_catalogue(code):
            print(f"{po_path(code).relative_to(ROOT)}: no translation of {message!r}")
            problems += 1
    if not problems:
        print("every message has its translation in every language")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
