"""The source policy, enforced by `python -m dashboard.validate` (pure, no Streamlit).

Primary and official copies first (treaty texts, UN documents, the governments' own pages, the
Diet's records, FRUS), then reputable press and scholarship. No blogs, mirrors, content farms,
file-sharing pages or dead hosts: a source on a denied host is refused with its file and record.
Where an original is gone, `archived_url` gives a web archive's copy beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from dashboard.models import Source

# host (or a suffix of it after a dot) -> why it is refused
DENIED_HOSTS = {
    "geocities.com": "a transcription on a defunct personal-page host",
    "geocities.ws": "a transcription on a personal-page host",
    "pixnet.net": "a blog",
    "scribd.com": "a file-sharing site",
    "studyres.com": "a file-sharing mirror",
    "docslib.org": "a file-sharing mirror",
    "htw.pl": "a mirror",
    "ed.newdu.com": "a mirror of an encyclopaedia",
    "alcala.ru": "a mirror of an encyclopaedia",
    "vseslova.com.ua": "a mirror of dictionaries",
    "hoppou.blog": "a blog",
    "urdupoint.com": "a content aggregator",
    "naximov.ru": "a blog",
    "polkrf.ru": "a civic group's site, not a government text",
    "blogspot.com": "a blog",
    "wordpress.com": "a blog",
    "livejournal.com": "a blog",
    "hatenablog.com": "a blog",
    "hatenablog.jp": "a blog",
    "note.com": "a blog",
    "dzen.ru": "a blog platform",
    "zen.yandex.ru": "a blog platform",
    "pikabu.ru": "a forum",
    "kokalog.net": "a third-party copy of the Diet's records (use kokkai.ndl.go.jp)",
    "marsrus.ru": "a content farm",
    "visavic.ru": "a content farm",
    "mbroiler.ru": "a content farm",
    "traditio.wiki": "a wiki mirror",
}
HOST = re.compile(r"^[a-z0-9.-]+$")


def source_problem(source: Source) -> str | None:
    """Why a source breaks the policy, or None."""
    if source.kind is None:  # the schema requires one; kept for records built in code
        return "has no kind"
    for field in ("url", "archived_url"):
        url = getattr(source, field)
        if url is None:
            continue
        host = (urlsplit(str(url)).hostname or "").lower()
        raw_host = urlsplit(str(url)).netloc.split("@")[-1].split(":")[0]
        if raw_host.endswith("."):
            return f"{field} has a host ending in a dot ({raw_host!r})"
        for denied, why in DENIED_HOSTS.items():
            if host == denied or host.endswith("." + denied):
                return f"{field} is on {denied}, {why}"
    return None


def sources_of(loaded: dict) -> Iterator[tuple[str, str, Source]]:
    """(file, record, source) for every source that the loaded data files cite."""
    timeline = loaded.get("timeline.yaml")
    if timeline is not None:
        for m in timeline.milestones:
            for i, source in enumerate(m.sources):
                yield "timeline.yaml", f"milestone '{m.id}', source {i + 1}", source
    for name in ("facts.yaml", "names.yaml", "population.yaml"):
        table = loaded.get(name)
        if table is not None:
            for key, source in table.sources.items():
                yield name, f"source '{key}'", source


def policy_problems(loaded: dict) -> list[str]:
    """Every source of the loaded files that breaks the policy, named by file and record."""
    problems = []
    for file, record, source in sources_of(loaded):
        problem = source_problem(source)
        if problem:
            problems.append(f"{file}, {record}: {problem} ({source.url})")
    return problems
