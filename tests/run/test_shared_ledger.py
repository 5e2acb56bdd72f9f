"""Two runs in two processes sharing one PostgreSQL ledger over overlapping inputs: every
article recorded once with all its claims, and together they find what one run over all the
inputs finds. Skips when CLAIMCHECK_TEST_POSTGRES_URL is unset (see tests/ledger/test_store.py).

The runs are the plain-Python run (prepare, check, finish) that the flow wires: the ledger's
sharing is the same with or without Prefect, and a test server per process would only add
minutes."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.integration

POSTGRES_URL = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL")

# One run of the runner in its own process; prints its findings as JSON.
RUN = """
import json, sys
from concurrent.futures import ThreadPoolExecutor
from claimcheck.run.runner import check_run, finish_run, prepare_run
from claimcheck.run.workers import check_chunk_placed

inbox, reports, ledger = sys.argv[1:4]
run = prepare_run(reports, ledger_path=ledger, workers=1)
with ThreadPoolExecutor(2) as threads:
    def submit(chunk, placement):
        return threads.submit(
            check_chunk_placed, chunk, run.settings, run.rules_key, placement.mode, 1
        )
    checked = check_run(run, [inbox], submit, chunk_size=2)
result = finish_run(run, checked)
result.raise_for_failures()
print(json.dumps({
    "articles": result.summary["articles"],
    "findings": [[f.article_id, f.rule, f.start, f.end, f.message] for f in result.findings],
}))
"""

# (day, subject, length in metres): most subjects reported more than once, a later length
# that differs contradicting the earlier (CC201), an equal one agreeing (a link, no finding).
REPORTS = [
    (1, "The Harlow River bridge in Ashby", 412),
    (2, "The Corran tower in Bexley", 96),
    (3, "The Harlow River bridge in Ashby", 512),
    (4, "The Elwick dam near Sorby", 38),
    (5, "The Mardale viaduct in Orton", 240),
    (6, "The Mardale viaduct in Orton", 270),
    (7, "The Pellow pier at Kenby", 61),
    (8, "The Pellow pier at Kenby", 61),
    (9, "The Pellow pier at Kenby", 66),
    (10, "The Elwick dam near Sorby", 38),
]
# Run A reads days 1-6, run B days 4-10: both read 4-6. Every pair of reports of one subject
# lies within one run's inputs (a story's earlier report read only by another run that
# recorded after this one is compared with nothing: see docs/scaling.md).
FIRST, SECOND = range(1, 7), range(4, 11)


def _article(folder: Path, day: int) -> None:
    _, subject, metres = REPORTS[day - 1]
    (folder / f"report-{day:02d}.md").write_text(
        f"---\nid: report-{day:02d}\nsource: Valley Ledger\npublished: 2024-01-{day:02d}\n---\n"
        f"{subject} is {metres} meters long.\n"
    )


def _inbox(folder: Path, days) -> Path:
    folder.mkdir(parents=True)
    for day in days:
        _article(folder, day)
    return folder


@pytest.fixture()
def schema_url():
    """A URL whose ledger tables live in a fresh schema, dropped afterwards."""

    made: list[str] = []

    def fresh() -> str:
        schema = f"test_shared_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
            admin.execute(f"CREATE SCHEMA {schema}")
        made.append(schema)
        joiner = "&" if "?" in POSTGRES_URL else "?"
        return f"{POSTGRES_URL}{joiner}options=-csearch_path%3D{schema}"

    if not POSTGRES_URL:
        if os.environ.get("CLAIMCHECK_REQUIRE_POSTGRES"):
            pytest.fail(
                "CLAIMCHECK_REQUIRE_POSTGRES is set but CLAIMCHECK_TEST_POSTGRES_URL is not"
            )
        pytest.skip("CLAIMCHECK_TEST_POSTGRES_URL is not set")
    psycopg = pytest.importorskip("psycopg")
    yield fresh
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        for schema in made:
            admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def _start(inbox: Path, reports: Path, ledger: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", RUN, str(inbox), str(reports), ledger],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _result(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-3000:]
    return json.loads(out.strip().splitlines()[-1])


def _ledger_rows(url: str) -> dict:
    from claimcheck.ledger import open_ledger

    with open_ledger(url) as ledger:
        connection = ledger._connection
        stats = ledger.stats()
        per_article = connection.execute(
            "SELECT id, claim_count FROM articles ORDER BY id"
        ).fetchall()
        figures = connection.execute(
            "SELECT article_id, claim_index, COUNT(*) FROM figures GROUP BY 1, 2 ORDER BY 1, 2"
        ).fetchall()
        keys = connection.execute(
            "SELECT COUNT(*), COUNT(DISTINCT (match_key, figure_id)) FROM figure_keys"
        ).fetchone()
        links = connection.execute(
            "SELECT l.relation, f.article_id, e.article_id FROM links l "
            "JOIN figures f ON f.id = l.figure_id JOIN figures e ON e.id = l.earlier_figure_id "
            "ORDER BY 2, 3"
        ).fetchall()
        findings = connection.execute(
            "SELECT article_id, position, finding FROM ledger_findings ORDER BY 1, 2"
        ).fetchall()
    return {
        "stats": {key: stats[key] for key in ("articles", "claims", "matchable_claims")},
        "articles": [tuple(row) for row in per_article],
        "figures": [tuple(row) for row in figures],
        "keys": tuple(keys),
        "links": [tuple(row) for row in links],
        "findings": [(row[0], row[1], json.loads(row[2])["message"]) for row in findings],
    }


def _by_article(findings: list) -> dict[str, set]:
    found: dict[str, set] = {}
    for article_id, *rest in findings:
        found.setdefault(article_id, set()).add(tuple(rest))
    return found


def test_two_runs_sharing_a_postgres_ledger_lose_and_duplicate_nothing(schema_url, tmp_path):
    shared, alone = schema_url(), schema_url()
    first = _start(_inbox(tmp_path / "a", FIRST), tmp_path / "reports-a", shared)
    second = _start(_inbox(tmp_path / "b", SECOND), tmp_path / "reports-b", shared)
    single = _start(_inbox(tmp_path / "all", range(1, 11)), tmp_path / "reports-all", alone)
    first_found, second_found, single_found = (_result(p) for p in (first, second, single))

    assert (first_found["articles"], second_found["articles"]) == (6, 7)
    together, one_run = _ledger_rows(shared), _ledger_rows(alone)
    assert together["stats"]["articles"] == 10
    # Each figure recorded once, each with its keys once.
    assert all(count == 1 for *_, count in together["figures"])
    assert together["keys"][0] == together["keys"][1]
    assert together == one_run

    single_by_article = _by_article(single_found["findings"])
    assert sum(1 for f in single_found["findings"] if f[1] == "CC201") == 3
    # Every article's findings, from whichever run reported it, are the single run's; the
    # articles both runs read are reported alike by both.
    for found in (first_found, second_found):
        for article_id, findings in _by_article(found["findings"]).items():
            assert findings == single_by_article[article_id], article_id
    union = {f[0] for f in first_found["findings"]} | {f[0] for f in second_found["findings"]}
    assert union == set(single_by_article)
