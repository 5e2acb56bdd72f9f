"""The committed docs/rules/ pages are exactly what `claimcheck rules doc` generates."""

from __future__ import annotations

from pathlib import Path

from claimcheck.rules import load_rules
from claimcheck.rules.docs import (
    INDEX_NAME,
    builtin_pages,
    index_page,
    page_name,
    rule_page,
    write_docs,
)

ROOT = Path(__file__).resolve().parents[2]


def test_committed_docs_are_up_to_date():
    rules = load_rules(ROOT / "rules")
    docs = ROOT / "docs" / "rules"
    stale = [
        page_name(rule)
        for rule in rules
        if (docs / page_name(rule)).read_text(encoding="utf-8") != rule_page(rule, ROOT / "rules")
    ]
    stale += [
        f"{code}.md"
        for code, text in builtin_pages().items()
        if not (docs / f"{code}.md").exists()
        or (docs / f"{code}.md").read_text(encoding="utf-8") != text
    ]
    assert stale == [], "run: claimcheck rules doc"
    assert (docs / INDEX_NAME).read_text(encoding="utf-8") == index_page(
        rules.rules, ROOT / "rules"
    )


def test_pages_of_removed_rules_are_deleted_but_hand_written_pages_kept(
    tmp_path, rule_file, valid_fact
):
    rules = load_rules(rule_file(valid_fact).parent)
    out = tmp_path / "out"
    out.mkdir()
    write_docs(rules.rules, out)
    (out / "OLD001.md").write_text(rule_page(rules.rules[0]).replace("TST001", "OLD001"))
    (out / "notes.md").write_text("hand-written\n")
    write_docs(rules.rules, out)
    builtin = [f"{code}.md" for code in builtin_pages()]
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["TST001.md", "index.md", "notes.md", *builtin]
    )
