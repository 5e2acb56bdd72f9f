"""Inline suppression comments: which findings they switch off, and how the CLI counts them."""

from __future__ import annotations

import json

from claimcheck.ci.suppression import (
    InlineSuppressions,
    apply_inline_suppressions,
    parse_directives,
)
from claimcheck.cli.main import main
from claimcheck.records import Finding

SLIP = "The council met on Friday, Oct. 3, 2024, to debate the budget."


def finding_at(body: str, text: str, rule: str = "CC101") -> Finding:
    start = body.index(text)
    return Finding("a", rule, "error", "m", start, start + len(text), text)


def suppressed_codes(body: str, *findings: Finding) -> list[str]:
    _, dropped = apply_inline_suppressions(body, findings)
    return [entry.finding.rule for entry in dropped]


def test_directive_parsing_reads_codes_and_reason():
    body = "<!-- claimcheck-disable-next-line CC101, cc102 GEO -- the source misdated it -->\n"
    [directive] = parse_directives(body)
    assert directive.kind == "disable-next-line"
    assert directive.codes == ("CC101", "CC102", "GEO")
    assert directive.reason == "the source misdated it"


def test_disable_next_line_covers_only_the_next_line():
    body = f"<!-- claimcheck-disable-next-line CC101 -->\n{SLIP}\n{SLIP}\n"
    first = finding_at(body, "Friday")
    second_start = body.rindex("Friday")
    second = Finding("a", "CC101", "error", "m", second_start, second_start + 6)
    kept, dropped = apply_inline_suppressions(body, [first, second])
    assert [entry.finding for entry in dropped] == [first]
    assert kept == [1]


def test_codes_filter_and_prefixes_match():
    body = f"<!-- claimcheck-disable-next-line CC10 -->\n{SLIP}\n"
    assert suppressed_codes(body, finding_at(body, "Friday", "CC101")) == ["CC101"]
    assert suppressed_codes(body, finding_at(body, "Friday", "CC201")) == []
    assert suppressed_codes(body, finding_at(body, "Friday", "GEO001")) == []


def test_no_code_means_every_code():
    body = f"<!-- claimcheck-disable-next-line -- wire copy, not ours -->\n{SLIP}\n"
    finding = finding_at(body, "Friday", "GEO001")
    _, [entry] = apply_inline_suppressions(body, [finding])
    assert entry.reason == "wire copy, not ours" and entry.by == "inline"


def test_disable_enable_block():
    body = (
        f"{SLIP}\n<!-- claimcheck-disable CC101 -- quoted letter -->\n{SLIP}\n{SLIP}\n"
        f"<!-- claimcheck-enable CC101 -->\n{SLIP}\n"
    )
    starts = [i for i in range(len(body)) if body.startswith("Friday", i)]
    findings = [Finding("a", "CC101", "error", "m", s, s + 6) for s in starts]
    kept, dropped = apply_inline_suppressions(body, findings)
    assert kept == [0, 3]
    assert [entry.reason for entry in dropped] == ["quoted letter", "quoted letter"]


def test_disable_all_then_enable_one_code():
    body = f"<!-- claimcheck-disable -->\n<!-- claimcheck-enable CC101 -->\n{SLIP}\n"
    slip = finding_at(body, "Friday", "CC101")
    other = finding_at(body, "budget", "CC107")
    assert suppressed_codes(body, slip, other) == ["CC107"]


def test_disable_at_top_covers_whole_article_findings_at_offset_zero():
    body = "<!-- claimcheck-disable CC001 -- dated by the wire desk -->\nText.\n"
    whole_article = Finding("a", "CC001", "info", "no date", 0, 0)
    assert InlineSuppressions(body).reason_for(whole_article) == "dated by the wire desk"


def test_disable_line_covers_its_own_line():
    body = f"{SLIP} <!-- claimcheck-disable-line CC101 -->\n{SLIP}\n"
    first = finding_at(body, "Friday")
    assert suppressed_codes(body, first) == ["CC101"]


def test_a_comment_that_is_not_a_directive_changes_nothing():
    body = f"<!-- claimcheck-disabled CC101 -->\n<!-- note -->\n{SLIP}\n"
    assert suppressed_codes(body, finding_at(body, "Friday")) == []


def write_draft(tmp_path, body: str):
    path = tmp_path / "council.md"
    path.write_text(
        f"---\nid: council\npublished: 2024-10-04T09:00:00Z\n---\n\n{body}\n", encoding="utf-8"
    )
    return path


def test_cli_drops_suppressed_findings_and_counts_them(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = write_draft(
        tmp_path, f"<!-- claimcheck-disable-next-line CC101 -- source misdated it -->\n{SLIP}"
    )
    code = main(["check", str(draft), "--format", "json", "--no-config"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert [f["rule"] for f in payload["findings"]] == []
    assert payload["suppressed"]["inline"] == 1
    assert payload["suppressed_findings"][0]["reason"] == "source misdated it"
    code = main(["check", str(draft), "--no-config"])
    assert "(1 suppressed inline)" in capsys.readouterr().out
    assert code == 0


def test_cli_without_the_comment_still_fails(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = write_draft(tmp_path, SLIP)
    assert main(["check", str(draft), "--no-config"]) == 1
    assert "CC101 [error]" in capsys.readouterr().out
