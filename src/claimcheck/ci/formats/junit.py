"""The `junit` format: JUnit XML, one test case per article, one failure per failing finding."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from claimcheck.ci.formats.model import CheckReport, ReportedFinding, finding_notes

# Characters XML 1.0 cannot carry at all, even escaped (control characters other than tab,
# line feed and carriage return, lone surrogates, U+FFFE and U+FFFF).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _describe(item: ReportedFinding) -> str:
    finding = item.finding
    lines = [
        f"{item.location}:{finding.line}:{finding.column}: {finding.rule} "
        f"[{finding.severity}] {finding.message}"
    ]
    normalized, hint = finding_notes(finding)
    if finding.text:
        lines.append(f"text: {finding.text}")
    if normalized:
        lines.append(f"normalized: {normalized}")
    if hint:
        lines.append(f"hint: {hint}")
    return xml_text("\n".join(lines))


def render(report: CheckReport) -> str:
    # One test case per article checked, in order, plus one per other source of findings
    # (an unreadable record, the waiver file).
    cases: dict[str, tuple[str, list[ReportedFinding]]] = {
        entry.article_id: (entry.path, []) for entry in report.articles
    }
    for item in report.findings:
        case = cases.setdefault(item.finding.article_id, (item.finding.path, []))
        case[1].append(item)
    # JUnit counts failed test cases; an article with three failing findings is one failure.
    failures = sum(1 for _, items in cases.values() if any(report.fails(i) for i in items))
    suite = ET.Element(
        "testsuite",
        {
            "name": "claimcheck",
            "tests": str(len(cases)),
            "failures": str(failures),
            "errors": "0",
            "skipped": "0",
        },
    )
    for article_id, (path, items) in cases.items():
        case = ET.SubElement(
            suite,
            "testcase",
            {"name": xml_text(article_id), "classname": xml_text(path or article_id)},
        )
        if path:
            case.set("file", xml_text(path))
        below = []
        for item in items:
            if report.fails(item):
                failure = ET.SubElement(
                    case,
                    "failure",
                    {
                        "type": item.rule,
                        "message": xml_text(f"{item.rule}: {item.finding.message}"),
                    },
                )
                failure.text = _describe(item)
            else:
                below.append(_describe(item))
        if below:
            ET.SubElement(case, "system-out").text = "\n".join(below)
    ET.indent(suite)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suite, "unicode") + "\n"
