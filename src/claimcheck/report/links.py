"""Links on the editors' pages: only web addresses become links, and a rule's name links to its
page under the configured docs base or to the copy each run writes into reports/rules/."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

from claimcheck.codes import CATALOG, doc_url

RULES_FOLDER = "rules"
NAMES_FILE = "index.json"  # code -> name of every rule page written
# The reports folder, seen from each kind of page.
_TO_REPORTS_ROOT = {"article": "../../", "run": "../", "reports": ""}


def safe_href(url: str) -> str | None:
    """A URL fit for an href: only http(s) links; anything else (javascript:, data:) is text."""
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def rule_href(code: str, docs_url: str | None, page: str) -> str:
    """The documentation page a rule name links to from a page of kind `page` ("article",
    "run", "reports"): under the configured docs base, else the reports' own copy (never a
    guessed address)."""
    return doc_url(docs_url, code) or f"{_TO_REPORTS_ROOT[page]}{RULES_FOLDER}/{code}.html"


def rule_name(code: str, names: dict[str, str] | None = None) -> str:
    """ "weekday-date-mismatch" for CC101 (a rule set's names come in `names`)."""
    entry = CATALOG.get(code)
    if entry is not None:
        return entry.name
    return (names or {}).get(code, "")


def read_rule_names(reports_root: Path) -> dict[str, str]:
    """The names of the rules whose pages the runs wrote (reports/rules/index.json)."""
    try:
        names = json.loads((reports_root / RULES_FOLDER / NAMES_FILE).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return names if isinstance(names, dict) else {}
