"""findings.parquet written a row group at a time (analysis.tables)."""

import pyarrow.parquet as pq

from claimcheck.analysis.tables import FINDINGS_PER_ROW_GROUP, write_run_tables
from claimcheck.records import Finding


def _finding(number: int) -> Finding:
    return Finding(
        f"story-{number}",
        "CC201",
        "warning",
        f"The depot held {number} tonnes, not {number + 5}.",
        start=number,
        end=number + 9,
        text=f"{number} tonnes",
        path="wire.jsonl",
        evidence={"earlier": [{"article_id": f"story-{number - 1}", "value": number + 5}]},
    )


def test_findings_written_in_parts_read_back_whole_and_in_order(tmp_path):
    count = 2 * FINDINGS_PER_ROW_GROUP + 7
    findings = [_finding(number) for number in range(count)]
    articles = {"story-3": ("Wire", "2024-05-01")}
    _, path = write_run_tables(tmp_path, "run-1", None, findings, articles)
    assert pq.read_metadata(path).num_row_groups == 3
    rows = pq.read_table(path).to_pylist()
    assert [row["article_id"] for row in rows] == [f.article_id for f in findings]
    assert rows[3]["source"] == "Wire" and rows[3]["published"] == "2024-05-01"
    assert rows[4]["source"] == "" and rows[4]["published"] is None
    assert rows[-1]["evidence"] == '{"earlier": [{"article_id": "story-1005", "value": 1011}]}'


def test_a_run_without_findings_writes_an_empty_table_with_every_column(tmp_path):
    _, path = write_run_tables(tmp_path, "run-1", None, [], {})
    table = pq.read_table(path)
    assert table.num_rows == 0 and "evidence" in table.column_names
