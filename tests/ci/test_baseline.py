"""Baselines and fingerprints: only new findings are reported, and edits elsewhere keep prints."""

from __future__ import annotations

import json

import pytest

from claimcheck.ci.baseline import BaselineError, load_baseline
from claimcheck.ci.fingerprint import FINGERPRINT_KEY, fingerprint_findings
from claimcheck.cli.main import main
from claimcheck.records import Finding

SLIP = "The council met on Friday, Oct. 3, 2024, to debate the budget."
SECOND_SLIP = "The vote is set for Friday, Oct. 10, 2024, at noon."


def write_draft(tmp_path, *paragraphs: str):
    path = tmp_path / "council.md"
    body = "\n\n".join(paragraphs)
    path.write_text(f"---\nid: council\npublished: 2024-10-04T09:00:00Z\n---\n\n{body}\n")
    return path


def run_json(capsys, *args):
    code = main(["check", *map(str, args), "--format", "json", "--no-config"])
    return code, json.loads(capsys.readouterr().out)


def test_fingerprint_ignores_lines_and_rewrapping_but_not_the_words():
    def print_of(body: str, text: str = "Friday") -> str:
        start = body.index(text)
        finding = Finding("a", "CC101", "error", "m", start, start + len(text), text, line=9)
        return fingerprint_findings([finding], body)[0]

    sentence = "The council met on Friday, Oct. 3."
    original = print_of(sentence)
    assert print_of(f"A new lead paragraph.\n\n{sentence}") == original
    assert print_of(sentence.replace("met on", "met\non")) == original
    assert print_of(sentence.replace("council", "board")) != original


def test_repeated_identical_findings_get_distinct_fingerprints():
    body = "Friday, Friday."
    findings = [Finding("a", "CC101", "error", "m", 0, 6, "Friday"),
                Finding("a", "CC101", "error", "m", 8, 14, "Friday")]  # fmt: skip
    first, second = fingerprint_findings(findings, body)
    assert first != second


def test_edit_above_keeps_the_finding_out_of_a_json_baseline_run(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = write_draft(tmp_path, SLIP)
    code, first = run_json(capsys, draft)
    assert code == 1 and len(first["findings"]) == 1
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(first))

    write_draft(tmp_path, "A new opening paragraph went in above.", SLIP)
    code, second = run_json(capsys, draft, "--baseline", baseline)
    assert code == 0
    assert second["findings"] == []
    assert second["suppressed"]["baseline"] == 1

    write_draft(tmp_path, "A new opening paragraph went in above.", SLIP, SECOND_SLIP)
    code, third = run_json(capsys, draft, "--baseline", baseline)
    assert code == 1
    assert [f["text"] for f in third["findings"]] == ["Friday, Oct. 10, 2024"]
    assert third["findings"][0]["baseline_state"] == "new"


def test_sarif_baseline_marks_new_unchanged_and_absent(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = write_draft(tmp_path, SLIP, SECOND_SLIP)
    sarif = tmp_path / "baseline.sarif"
    assert main(["check", str(draft), "--format", "sarif", "-o", str(sarif), "--no-config"]) == 1
    assert capsys.readouterr().out == ""
    # One slip fixed, one new slip added, one unchanged.
    write_draft(tmp_path, SLIP, "The vote is set for Thursday, Oct. 10, 2024, at noon.",
                "Ballots close on Monday, Oct. 15, 2024.")  # fmt: skip
    code = main(["check", str(draft), "--format", "sarif", "--baseline", str(sarif),
                 "--no-config"])  # fmt: skip
    results = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    states = sorted((r["baselineState"], r["message"]["text"].split("'")[1]) for r in results)
    assert states == [
        ("absent", "Friday, Oct. 10, 2024"),
        ("new", "Monday, Oct. 15, 2024"),
        ("unchanged", "Friday, Oct. 3, 2024"),
    ]
    assert code == 1  # the new slip is an error


def test_sarif_baseline_with_nothing_new_exits_0(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft = write_draft(tmp_path, SLIP)
    sarif = tmp_path / "baseline.sarif"
    main(["check", str(draft), "--format", "sarif", "-o", str(sarif), "--no-config"])
    assert main(["check", str(draft), "--baseline", str(sarif), "--no-config"]) == 0
    assert "1 unchanged since the baseline" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("not json", "baseline is not JSON"),
        ('{"something": []}', "not a claimcheck baseline"),
        ('{"findings": [{"rule": "CC101"}]}', "has no 'fingerprint'"),
        ('{"runs": [{"results": [{"ruleId": "X"}]}]}', f"partialFingerprints['{FINGERPRINT_KEY}']"),
    ],
)
def test_unusable_baseline_is_an_error(tmp_path, content, problem):
    path = tmp_path / "baseline.json"
    path.write_text(content)
    with pytest.raises(BaselineError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        load_baseline(path)


def test_missing_baseline_exits_2(tmp_path, capsys):
    draft = write_draft(tmp_path, SLIP)
    code = main(["check", str(draft), "--baseline", str(tmp_path / "gone.sarif"), "--no-config"])
    assert code == 2
    assert "gone.sarif: cannot read baseline" in capsys.readouterr().err
