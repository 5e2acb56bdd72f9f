"""Drafts before publication: `check --published WHEN` as a CMS calls it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.cli.main import main

EARLIER = (
    "---\nid: zenda-bridge-opens\nsource: Gazette\npublished: {published}\n---\n\n"
    "The Zenda Bridge is 1,200 metres long, the county engineer said.\n"
)
# No date of its own, as a draft in a CMS: a relative date, a weekday beside it, and a length
# that disagrees with the article already published.
DRAFT = (
    "---\nid: zenda-bridge-draft\n{front}---\n\n"
    "The Zenda Bridge is 1,500 metres long. Yesterday (Thursday) the last lane reopened.\n"
)


def check(capsys, *args) -> tuple[int, dict]:
    code = main(["check", *map(str, args), "--format", "json", "--no-config", "--no-waivers"])
    out = capsys.readouterr().out
    return code, json.loads(out) if out else {}


def rules_of(output: dict) -> set[str]:
    return {finding["rule"] for finding in output["findings"]}


@pytest.fixture()
def ledger(tmp_path, capsys) -> Path:
    """A ledger holding one article, published a week after the draft's planned time."""
    earlier = tmp_path / "earlier.md"
    earlier.write_text(EARLIER.format(published="2026-12-12T08:00:00Z"), encoding="utf-8")
    path = tmp_path / "ledger.sqlite"
    check(capsys, earlier, "--ledger", path, "--record")
    return path


def test_a_draft_without_a_date_is_compared_with_everything_and_left_unresolved(
    tmp_path, ledger, capsys
):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(front=""), encoding="utf-8")
    _, output = check(capsys, draft, "--ledger", ledger)
    found = rules_of(output)
    assert "CC201" in found  # every stored article counts as earlier
    assert "CC001" in found  # "yesterday" stays unresolved, and the editor is told
    assert "CC103" not in found


def test_published_resolves_relative_dates_and_orders_the_draft_after_the_ledger(
    tmp_path, ledger, capsys
):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(front=""), encoding="utf-8")
    code, output = check(capsys, draft, "--ledger", ledger, "--published", "2026-12-05T09:00")
    found = rules_of(output)
    # Saturday 5 December: yesterday was a Friday, not a Thursday.
    assert "CC103" in found and "CC001" not in found
    # The article in the ledger is dated 12 December, after the planned time, and still counts.
    [contradiction] = [f for f in output["findings"] if f["rule"] == "CC201"]
    assert contradiction["evidence"]["prior_article_id"] == "zenda-bridge-opens"
    assert code == 1
    # Nothing is stored without --record: the ledger still holds one article.
    _, again = check(capsys, draft, "--ledger", ledger, "--published", "2026-12-05T09:00")
    assert rules_of(again) == found


def test_published_overrides_a_date_in_the_draft(tmp_path, ledger, capsys):
    dated = tmp_path / "dated.md"
    dated.write_text(DRAFT.format(front="published: 2026-12-01T09:00:00Z\n"), encoding="utf-8")
    _, before = check(capsys, dated, "--ledger", ledger)
    assert "CC201" not in rules_of(before)  # its own date is before the stored article
    _, planned = check(capsys, dated, "--ledger", ledger, "--published", "2026-12-05T09:00Z")
    assert "CC201" in rules_of(planned)


def test_an_unreadable_planned_time_stops_with_one_line(tmp_path, capsys):
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT.format(front=""), encoding="utf-8")
    assert main(["check", str(draft), "--published", "next-ish"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--published 'next-ish'" in err
