"""The run's end streamed: its index lines wait on disk (`RunLines`) and the run index,
catalog.json and findings.csv are written from them a part at a time, byte for byte as the
whole run held in memory would write them."""

import csv
import io
import json

import pytest

from claimcheck.records import Finding
from claimcheck.report import html, summary
from claimcheck.report.html import StreamedRunIndex, run_index_html
from claimcheck.report.summary import (
    CATALOG_NAME,
    build_summary,
    finding_rows,
    update_shared_files,
    write_findings_csv,
)
from claimcheck.run.staging import RunLines


def line(article_id, worst=None, counts=(0, 0, 0), title="", source="Wire", checks=3):
    errors, warnings, infos = counts
    return {
        "id": article_id,
        "title": title,
        "source": source,
        "published": "2025-03-04T12:00:00+00:00",
        "stem": article_id.replace("/", "_"),
        "claims": 2,
        "claims_checked": 2,
        "checks": checks,
        "findings_by_severity": {"info": infos, "warning": warnings, "error": errors},
        "worst": worst,
    }


LINES = [
    line("a1", title="Zinc output rises"),
    line("a2", "warning", (0, 1, 0), "Élan buys a mill", source=""),
    line("a3", "error", (1, 1, 0), "Port strike"),
    line("a4", "warning", (0, 1, 0), "Élan buys a mill"),  # a tie with a2: staged order
    line("a5", "info", (0, 0, 2), None),
    line("a6", None, title="Aardvark census", checks=5),
    line("a7", "warning", (0, 1, 0), "Ébène prices"),
]
FINDINGS = [
    Finding("a3", "CC101", "error", "one", 0, 3),
    Finding("a3", "CC104", "warning", "two", 4, 6),
    Finding("a2", "CC202", "warning", "three", 1, 2),
    Finding("a4", "CC107", "warning", "four", 1, 2),
    Finding("a5", "CC105", "info", "five", 0, 1),
    Finding("a7", "CC201", "warning", "six", 0, 1),
]


@pytest.fixture
def lines(tmp_path):
    staged = RunLines(tmp_path / "run")
    staged.add(LINES[:3])
    staged.add(LINES[3:])
    yield staged
    staged.close()
    assert not list((tmp_path / "run").glob(".staged-*"))


def test_lines_come_back_in_the_run_index_s_order(lines):
    assert list(lines.in_index_order()) == sorted(LINES, key=html._entry_order)
    assert [entry["id"] for entry in lines.with_findings()] == ["a2", "a3", "a4", "a5", "a7"]
    assert lines.most_checks() == 5
    assert lines.sources_of(["a2", "a3", "zz"]) == {"a2": "(no source)", "a3": "Wire"}


def test_the_streamed_run_index_is_the_page_written_at_once(lines, tmp_path, monkeypatch):
    monkeypatch.setattr(html, "_ROWS_PER_WRITE", 2)  # several parts for a handful of lines
    page = build_summary("r1", 7, 0, 14, FINDINGS, {"total": 1.0}, checks=5, status="completed")
    sources = lines.sources_of(f.article_id for f in FINDINGS)
    path = StreamedRunIndex(tmp_path, lines.in_index_order, sources, FINDINGS).write(page)
    assert path.read_text(encoding="utf-8") == run_index_html(page, LINES, FINDINGS)
    empty = RunLines(tmp_path / "empty")
    path = StreamedRunIndex(tmp_path, empty.in_index_order, {}, []).write(page)
    assert path.read_text(encoding="utf-8") == run_index_html(page, [], [])


def test_the_run_index_written_again_is_the_page_of_the_new_summary(lines, tmp_path, monkeypatch):
    monkeypatch.setattr(html, "_ROWS_PER_WRITE", 2)
    draft = build_summary("r1", 7, 0, 14, FINDINGS, {"total": 1.0}, checks=5, status="completed")
    final = build_summary("r1", 7, 0, 14, FINDINGS, {"total": 2.5}, checks=5, status="partial")
    sources = lines.sources_of(f.article_id for f in FINDINGS)
    read = []
    index = StreamedRunIndex(
        tmp_path, lambda: read.append(1) or lines.in_index_order(), sources, FINDINGS
    )
    assert index.write(draft).read_text(encoding="utf-8") == run_index_html(draft, LINES, FINDINGS)
    path = index.write(final)
    assert path.read_text(encoding="utf-8") == run_index_html(final, LINES, FINDINGS)
    assert index.write(draft).read_text(encoding="utf-8") == run_index_html(draft, LINES, FINDINGS)
    assert read == [1]  # the rows were read once, then copied
    empty = StreamedRunIndex(tmp_path / "none", RunLines(tmp_path / "empty").in_index_order, {}, [])
    (tmp_path / "none").mkdir()
    empty.write(draft)
    assert empty.write(final).read_text(encoding="utf-8") == run_index_html(final, [], [])


def test_the_streamed_catalog_is_the_catalog_updated_in_memory(lines, tmp_path, monkeypatch):
    monkeypatch.setattr(summary, "_CATALOG_BATCH", 2)
    known = {"old1": "r0/articles/old1.html", "a4": "r0/articles/a4.html", "ö": "r0/x.html"}
    lines.add([dict(LINES[0], stem="a1-again")])  # an article twice: its last page counts
    streamed, in_memory = tmp_path / "streamed", tmp_path / "in-memory"
    for folder in (streamed, in_memory):
        folder.mkdir()
        (folder / CATALOG_NAME).write_text(json.dumps(known, ensure_ascii=False))
    staged = [{"id": aid, "stem": stem} for aid, stem in lines.catalog_stems()]
    update_shared_files(streamed, {"run_id": "r1"}, staged, lines.stems_of)
    update_shared_files(in_memory, {"run_id": "r1"}, [*LINES, dict(LINES[0], stem="a1-again")])
    written = (streamed / CATALOG_NAME).read_bytes()
    assert written == (in_memory / CATALOG_NAME).read_bytes()
    assert json.loads(written)["a1"] == "r1/articles/a1-again.html"


def test_findings_csv_is_written_in_parts_as_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(summary, "_ROWS_PER_WRITE", 4)
    findings = FINDINGS * 3
    write_findings_csv(tmp_path / "findings.csv", findings)
    columns = list(Finding.__dataclass_fields__)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([row[column] for column in columns] for row in finding_rows(findings))
    assert (tmp_path / "findings.csv").read_text(encoding="utf-8") == buffer.getvalue()


def test_lines_placed_as_chunks_come_in_are_replaced_by_the_pages_written_again(tmp_path):
    from claimcheck.run.batch import ChunkOutcome

    staged = RunLines(tmp_path / "run")
    first = ChunkOutcome(entries=LINES[:3], entry_positions=[0, 1, 3])
    second = ChunkOutcome(entries=LINES[3:5], entry_positions=[0, 1])
    staged.place(first, 0)
    staged.place(second, 1)
    assert first.entries == [] and second.entries == []  # nothing held while the pass goes on
    # The second chunk is reported first; the first has a page written again (a2, now with
    # an error and more claims checked) and a page written only now (a6, place 2).
    second.entries, second.entry_positions = [], []
    staged.take(second)
    rewritten = dict(LINES[1], worst="error", claims_checked=7)
    rewritten["findings_by_severity"] = {"info": 0, "warning": 1, "error": 1}
    first.entries, first.entry_positions = [rewritten, LINES[5]], [1, 2]
    staged.take(first)
    in_run_order = [aid for aid, _stem in staged.catalog_stems()]
    assert in_run_order == ["a1", "a2", "a6", "a3", "a4", "a5"]
    assert [entry["id"] for entry in staged.in_index_order()][:2] == ["a3", "a2"]  # both errors
    assert staged.claims_checked() == 2 * 5 + 7
    staged.close()
