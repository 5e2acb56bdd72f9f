"""The rule pages every run with new articles writes into reports/rules/: one self-contained
HTML page per code (built-in and the rule set's), so that a rule's name on an editor's page
links to what it checks and why even without a published docs site (`docs-url`), and
reports/rules/index.json (code -> name) for the pages that name rules."""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

from claimcheck.codes import CATALOG
from claimcheck.report.files import write_atomic
from claimcheck.report.html import render
from claimcheck.report.links import NAMES_FILE, RULES_FOLDER


def _paragraphs(text: str) -> list[str]:
    return [" ".join(block.split()) for block in text.strip().split("\n\n") if block.strip()]


def builtin_page(code: str) -> dict[str, Any]:
    """A built-in code's page: its catalog entry and, for a check, its docstring."""
    from claimcheck.checks import registered_checks

    entry = CATALOG[code]
    check = registered_checks().get(code)
    text = inspect.cleandoc(check.function.__doc__ or "") if check else entry.details
    # A docstring's "Why:", "Example:" lines each start a paragraph of their own.
    blocks = []
    for paragraph in _paragraphs(text or entry.summary):
        for marker in (" Why: ", " Example: ", " Known limits: ", " Level: "):
            paragraph = paragraph.replace(marker, "\n" + marker.strip() + " ")
        blocks.extend(line.strip() for line in paragraph.split("\n"))
    return {
        "code": code,
        "name": entry.name,
        "level": entry.level,
        "kind": "built-in check" if check else f"reported by claimcheck ({entry.stage})",
        "summary": entry.summary,
        "paragraphs": blocks,
        "parameters": [],
        "source": "",
        "cases": {},
    }


def rule_set_page(rule) -> dict[str, Any]:
    """A rule of the newsroom's rule set: what it flags and why, what it knows, its cases."""
    doc = rule.doc
    paragraphs = _paragraphs(doc.what) + _paragraphs(doc.why)
    if doc.example:
        paragraphs.append("Example: " + " ".join(doc.example.split()))
    return {
        "code": rule.code,
        "name": rule.name,
        "level": rule.level,
        "kind": f"rule set, kind {rule.kind}",
        "summary": " ".join(doc.what.split()),
        "paragraphs": paragraphs,
        "parameters": [(name, " ".join(str(value).split())) for name, value in rule.describe()],
        "source": " ".join(rule.source.split()),
        "cases": {
            "flagged": [case.text for case in rule.cases if case.expect_finding],
            "not flagged": [case.text for case in rule.cases if not case.expect_finding],
        },
    }


def write_rule_pages(reports_root: Path, rules_dir: str | None = None) -> dict[str, str]:
    """reports/rules/<CODE>.html for every built-in code and every rule of `rules_dir`, and
    index.json; returns code -> name."""
    pages = [builtin_page(code) for code in CATALOG]
    if rules_dir:
        from claimcheck.rules import load_rules

        pages += [rule_set_page(rule) for rule in load_rules(Path(rules_dir))]
    folder = reports_root / RULES_FOLDER
    for page in pages:
        write_atomic(folder / f"{page['code']}.html", render("rule.html.j2", page=page))
    names = {page["code"]: page["name"] for page in pages}
    write_atomic(folder / NAMES_FILE, json.dumps(names, indent=1, sort_keys=True))
    return names
