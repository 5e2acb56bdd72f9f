"""The waiver file: strict loading, matching by fingerprint or article + code, expiry."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from claimcheck.ci.waivers import WaiverError, apply_waivers, load_waivers
from claimcheck.cli.main import main
from claimcheck.records import Finding

TODAY = dt.date(2026, 6, 1)
SLIP = "The council met on Friday, Oct. 3, 2024, to debate the budget."


def write(tmp_path, text: str, name: str = "claimcheck-waivers.yml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_loads_both_kinds_of_waiver(tmp_path):
    path = write(
        tmp_path,
        "waivers:\n"
        "  - article: council\n    code: cc101\n    reason: letter quoted as sent\n"
        "    expires: 2026-12-31\n"
        "  - fingerprint: abc123\n    reason: checked\n    expires: '2027-01-31'\n",
    )
    first, second = load_waivers(path)
    assert (first.article, first.code, first.expires, first.line) == (
        "council", "CC101", dt.date(2026, 12, 31), 2,
    )  # fmt: skip
    assert (second.fingerprint, second.expires, second.line) == (
        "abc123", dt.date(2027, 1, 31), 6,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("waivers:\n  - article: a\n    code: CC1\n    reason: r\n", ":2: key 'expires': missing"),
        (
            "waivers:\n  - article: a\n    code: CC1\n    reason: r\n    expires: soon\n",
            ":5: key 'expires': must be a date",
        ),
        ("waivers:\n  - article: a\n    reason: r\n    expires: 2027-01-01\n", "key 'code'"),
        (
            "waivers:\n  - fingerprint: f\n    reason: r\n    expires: 2027-01-01\n"
            "    colour: red\n",
            ":5: key 'colour': unknown key",
        ),
        ("waivers:\n  - fingerprint: f\n    expires: 2027-01-01\n", ":2: key 'reason': missing"),
        ("waivers:\n  - fingerprint: [1, 2]\n", ":2: key 'fingerprint': must be text"),
        ("waivers: {a: 1}\n", ":1: key 'waivers': must be a list"),
        ("waiver:\n  - x\n", ":1: key 'waiver': unknown key"),
        ("waivers:\n  - [unclosed\n", "not YAML"),
    ],
)
def test_malformed_waiver_file_names_file_line_and_key(tmp_path, text, expected):
    path = write(tmp_path, text)
    with pytest.raises(WaiverError) as caught:
        load_waivers(path)
    assert str(caught.value).startswith(str(path))
    assert expected in str(caught.value)


def test_matching_by_fingerprint_and_by_article_and_code(tmp_path):
    path = write(
        tmp_path,
        "- fingerprint: f-1\n  reason: one\n  expires: 2026-12-31\n"
        "- article: council\n  code: CC1\n  reason: prefix\n  expires: 2026-12-31\n",
    )
    waivers = load_waivers(path)
    by_print = Finding("other", "GEO001", "error", "m")
    by_code = Finding("council", "CC101", "error", "m")
    untouched = Finding("council", "GEO001", "error", "m")
    pairs = [(by_print, "f-1"), (by_code, "f-2"), (untouched, "f-3")]
    kept, waived, expired = apply_waivers(waivers, pairs, today=TODAY)
    assert kept == [2]
    assert [entry.reason for entry in waived] == ["one", "prefix"]
    assert expired == []


def test_expired_waiver_stops_waiving_and_is_reported(tmp_path):
    path = write(
        tmp_path, "- article: council\n  code: CC101\n  reason: r\n  expires: 2026-05-31\n"
    )
    finding = Finding("council", "CC101", "error", "m")
    kept, waived, [notice] = apply_waivers(load_waivers(path), [(finding, "f")], today=TODAY)
    assert kept == [0] and waived == []
    assert (notice.rule, notice.severity, notice.path, notice.line) == (
        "CC003", "warning", str(path), 1,
    )  # fmt: skip
    assert "expired on 2026-05-31" in notice.message
    # A waiver is good through its expiry day.
    still = apply_waivers(load_waivers(path), [(finding, "f")], today=dt.date(2026, 5, 31))
    assert still[0] == [] and still[2] == []


def draft(tmp_path):
    path = tmp_path / "council.md"
    path.write_text(f"---\nid: council\npublished: 2024-10-04T09:00:00Z\n---\n\n{SLIP}\n")
    return path


def test_cli_finds_the_waiver_file_in_the_current_directory(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "- article: council\n  code: CC101\n  reason: r\n  expires: 2999-12-31\n")
    code = main(["check", str(draft(tmp_path)), "--format", "json", "--no-config"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 0
    assert payload["findings"] == []
    assert payload["suppressed"]["waivers"] == 1
    # --no-waivers brings the finding back.
    assert main(["check", str(draft(tmp_path)), "--no-waivers", "--no-config"]) == 1


def test_cli_expired_waiver_is_a_warning_and_the_finding_returns(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "- article: council\n  code: CC101\n  reason: r\n  expires: 2001-01-31\n")
    code = main(["check", str(draft(tmp_path)), "--no-config"])
    out = capsys.readouterr().out
    assert code == 1
    assert "claimcheck-waivers.yml:1:1: CC003 [warning] Waiver for CC101 in article" in out
    assert "CC101 [error]" in out
    # Only the warning left: fails with --fail-level warning, passes with the default.
    args = ["check", str(draft(tmp_path)), "--ignore", "CC101", "--no-config"]
    assert main(args) == 0
    assert main([*args, "--fail-level", "warning"]) == 1


def test_cli_malformed_waiver_file_exits_2_with_location(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    waivers = write(tmp_path, "- article: council\n  code: CC101\n  expires: 2999-12-31\n")
    code = main(["check", str(draft(tmp_path)), "--waivers", str(waivers), "--no-config"])
    captured = capsys.readouterr()
    assert code == 2 and captured.out == ""
    assert f"{waivers}:1: key 'reason': missing" in captured.err


def test_cli_named_waiver_file_must_exist(tmp_path, capsys):
    code = main(["check", str(draft(tmp_path)), "--waivers", str(tmp_path / "none.yml")])
    assert code == 2
    assert "none.yml: waiver file not found" in capsys.readouterr().err
