"""python -m dashboard.export --out DIR: write the static edition into DIR."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

APP_URL_ENV = "DASHBOARD_APP_URL"  # the live app's address, linked from the pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.export", description=__doc__)
    parser.add_argument("--out", type=Path, required=True, help="the folder to write (created if needed)")
    parser.add_argument(
        "--app-url",
        default=os.environ.get(APP_URL_ENV) or None,
        help=f"the live app's address, linked from every page (default: ${APP_URL_ENV})",
    )
    args = parser.parse_args(argv)
    # outside a Streamlit server the app's caches say, as each is made, that they keep their
    # values in memory: quiet, once Streamlit has made its loggers
    import streamlit.runtime.caching.cache_data_api  # noqa: F401

    logging.getLogger("streamlit.runtime.caching.cache_data_api").setLevel(logging.ERROR)
    from dashboard.export.site import BUDGET, ExportError, build_site, write_site

    try:
        files = build_site(app_url=args.app_url)
    except ExportError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    write_site(args.out, files)
    total = sum(len(content) for content in files.values())
    for name in sorted(files):
        print(f"{len(files[name]):>10,}  {args.out / name}")
    print(f"{total:>10,}  in all (budget {BUDGET:,})")
    if total > BUDGET:
        print(f"warning: the static edition is over its budget of {BUDGET:,} bytes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
