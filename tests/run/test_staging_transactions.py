"""The run's scratch tables write each call's rows in one transaction, not one per row, and
keep what an interrupted call wrote before the error (as rows committed one by one did)."""

import pytest

from claimcheck.records import Finding
from claimcheck.run.staging import RunLines, Staging


def staged(article_id, published="2024-05-01T08:00:00+00:00"):
    return (article_id, published, "key", "digest", "[]", "{}")


def traced(connection):
    statements = []
    connection.set_trace_callback(statements.append)
    return statements


def test_entries_of_a_chunk_are_one_transaction(tmp_path):
    staging = Staging(tmp_path)
    statements = traced(staging._connection)
    staging.add_rows([staged(f"story-{n}") for n in range(50)])
    assert statements.count("BEGIN") == 1
    assert statements.count("COMMIT") == 1
    assert not staging._connection.in_transaction
    assert sum(len(part) for part in staging.versions()) == 50
    staging.close()


def test_rows_before_a_failing_row_stay_staged(tmp_path):
    staging = Staging(tmp_path)
    # A lone surrogate cannot be bound as SQLite text: the third row fails.
    rows = [staged("first"), staged("second"), staged("bad\ud800"), staged("fourth")]
    with pytest.raises(UnicodeEncodeError):
        staging.add_rows(rows)
    assert not staging._connection.in_transaction
    kept = {article_id for part in staging.versions() for article_id in part}
    assert kept == {"first", "second"}
    staging.add_rows([staged("later")])  # the connection goes on as before
    assert "later" in {article_id for part in staging.versions() for article_id in part}
    staging.close()


def index_line(article_id):
    return {
        "id": article_id,
        "title": f"Title of {article_id}",
        "source": "Wire",
        "published": None,
        "stem": article_id,
        "claims": 1,
        "claims_checked": 1,
        "checks": 2,
        "findings_by_severity": {"error": 0, "warning": 1, "info": 0},
        "worst": "warning",
    }


def test_index_lines_and_findings_are_one_transaction_each(tmp_path):
    lines = RunLines(tmp_path)
    lines.add([index_line("a1")])  # opens the file
    statements = traced(lines._connection)
    lines.add([index_line(f"b{n}") for n in range(20)])
    lines._add_findings(0, [Finding(f"b{n}", "CC101", "warning", "m", 0, 1) for n in range(20)])
    assert statements.count("BEGIN") == 2
    assert statements.count("COMMIT") == 2
    assert len(lines.with_findings()) == 21
    assert len(lines.findings()) == 20
    lines.close()
