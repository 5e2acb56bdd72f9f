"""Batch semantics of a run: every article compared with every article published before it,
whatever the input order and the chunk size, and a run killed during its ordered pass leaves
what an uninterrupted run leaves once it is run again."""

import json
import os
import random
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claimcheck.ledger import open_ledger
from claimcheck.run.runner import check_run, finish_run, prepare_run
from claimcheck.run.staging import finding_order
from claimcheck.run.workers import check_chunk_placed

# A story followed over days: a toll that rises, a restatement, a contradiction, a figure
# given by two sources, and look-alikes that must not be compared.
STORIES = [
    ("land-1", "2025-03-03T09:00:00", "A landslide in Varnholt on Sunday killed 12 people."),
    ("land-2", "2025-03-04T09:00:00", "The landslide in Varnholt has killed 19 people."),
    ("land-3", "2025-03-06T09:00:00", "The landslide in Varnholt killed 17 people."),
    ("land-4", "2025-03-07T09:00:00", "The Red Cross said the landslide in Varnholt killed 31."),
    ("other", "2025-03-05T09:00:00", "A landslide in Ostrova on Tuesday killed 3 people."),
    ("bridge-1", "2025-04-01T12:00:00", "The 2.4-kilometre Varnholt Estuary Bridge opened."),
    ("bridge-2", "2025-04-03T12:00:00", "The Varnholt Estuary Bridge, 2.4 km long, is busy."),
    ("bridge-3", "2025-05-06T12:00:00", "The Varnholt Estuary Bridge is 4.2 kilometres long."),
    (
        "deficit-1",
        "2025-02-10T08:00:00",
        "Ruritania's trade deficit was 4.2 billion dlrs in 2024, officials said.",
    ),
    ("deficit-2", "2025-02-12T08:00:00", "Ruritania's trade deficit was 5.6 billion dlrs in 2024."),
]


def write_wire(path: Path, order: list[int]) -> str:
    lines = [
        json.dumps({"id": STORIES[i][0], "published": STORIES[i][1], "body": STORIES[i][2]})
        for i in order
    ]
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def run_here(paths, folder: Path, chunk_size: int, workers: int = 1):
    run = prepare_run(
        str(folder / "reports"), ledger_path=str(folder / "l.sqlite"), workers=workers
    )
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            return threads.submit(
                check_chunk_placed,
                chunk,
                run.settings,
                run.rules_key,
                placement.mode,
                placement.workers,
            )

        checked = check_run(run, [str(p) for p in paths], submit, chunk_size=chunk_size)
    return finish_run(run, checked)


def ledger_findings(result):
    """Each CC201/CC202 finding: article, span, relation and the earlier articles cited."""
    return sorted(
        (
            f.article_id,
            f.start,
            f.rule,
            f.evidence["relation"],
            tuple((e["article_id"], e["relation"]) for e in f.evidence["earlier"]),
        )
        for f in result.findings
        if f.rule in ("CC201", "CC202")
    )


def test_shuffled_input_and_any_chunk_size_give_the_same_findings(tmp_path):
    expected = None
    shuffler = random.Random(7)
    for attempt, chunk_size in enumerate((1, 2, 3, 10)):
        order = list(range(len(STORIES)))
        shuffler.shuffle(order)
        folder = tmp_path / f"run-{attempt}"
        folder.mkdir()
        found = ledger_findings(
            run_here([write_wire(folder / "wire.jsonl", order)], folder, chunk_size)
        )
        if expected is None:
            expected = found
        assert found == expected, (chunk_size, order)
    relations = {(article, relation) for article, _, _, relation, _ in expected}
    assert ("land-2", "update") in relations  # the toll rose
    assert ("land-3", "contradiction") in relations  # and fell with no word of revision
    assert ("land-4", "sources_differ") in relations or ("land-4", "update") in relations
    assert ("bridge-3", "contradiction") in relations and (
        "deficit-2",
        "contradiction",
    ) in relations
    assert not any(article in ("other", "bridge-2") for article, *_ in expected)


def test_related_articles_in_different_chunks_and_files_are_compared(tmp_path):
    early = write_wire(tmp_path / "early.jsonl", [8])
    late = write_wire(tmp_path / "late.jsonl", [9])
    result = run_here([late, early], tmp_path, chunk_size=1)  # the later one read first
    [finding] = [f for f in result.findings if f.rule == "CC201"]
    assert finding.article_id == "deficit-2"
    assert finding.evidence["earlier"][0]["article_id"] == "deficit-1"
    page = (Path(result.summary["reports_dir"]) / "articles" / "deficit-2.html").read_text()
    assert "CC201" in page and 'href="deficit-1.html"' in page


def test_an_article_dated_before_those_in_the_ledger_is_compared_only_with_earlier_ones(
    tmp_path,
):
    run_here([write_wire(tmp_path / "later.jsonl", [1, 2])], tmp_path, chunk_size=5)
    early = run_here([write_wire(tmp_path / "early.jsonl", [0])], tmp_path, chunk_size=5)
    assert ledger_findings(early) == []
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        # What was recorded before the earlier article came keeps its findings.
        [kept] = ledger.stored_findings(["land-3"])["land-3"]
        assert [e["article_id"] for e in kept.evidence["earlier"]] == ["land-2"]


def ledger_dump(path: Path):
    """The ledger's content without ids or times: articles, figures, links, findings."""
    with open_ledger(path) as ledger:
        connection = ledger._connection
        articles = connection.execute(
            "SELECT id, content_hash, run_key FROM articles ORDER BY id"
        ).fetchall()
        claims = connection.execute(
            "SELECT id, claim_count, claims FROM articles ORDER BY id"
        ).fetchall()
        figures = connection.execute(
            'SELECT article_id, start, "end", text, what, of_what, period, figure_role '
            "FROM figures ORDER BY article_id, start"
        ).fetchall()
        links = connection.execute(
            "SELECT c.article_id, c.start, e.article_id, e.start, l.relation FROM links l "
            "JOIN figures c ON c.id = l.figure_id JOIN figures e ON e.id = l.earlier_figure_id "
            "ORDER BY 1, 2, 3, 4"
        ).fetchall()
        findings = connection.execute(
            "SELECT article_id, position, finding FROM ledger_findings ORDER BY 1, 2"
        ).fetchall()
        keys = connection.execute(
            "SELECT k.match_key, c.article_id, c.start FROM figure_keys k "
            "JOIN figures c ON c.id = k.figure_id ORDER BY 1, 2, 3"
        ).fetchall()
    return articles, claims, figures, links, findings, keys


KILLED_RUN = textwrap.dedent(
    """
    import os, signal, sys
    from concurrent.futures import ThreadPoolExecutor
    import claimcheck.ledger.comparison as comparison
    from claimcheck.ledger.sqlite import SQLiteLedger
    from claimcheck.run.runner import check_run, prepare_run
    from claimcheck.run.workers import check_chunk_placed

    comparison.COMMIT_EVERY = 2  # a transaction per two articles
    original = SQLiteLedger.write_recorded
    written = []

    def write_then_die(self, recorded, assigned):
        if len(written) == 2:  # two transactions committed, the third half written: die
            os.kill(os.getpid(), signal.SIGKILL)
        original(self, recorded, assigned)
        written.append(len(recorded))

    SQLiteLedger.write_recorded = write_then_die
    folder, wire = sys.argv[1], sys.argv[2]
    run = prepare_run(folder + "/reports", ledger_path=folder + "/l.sqlite", workers=1)
    with ThreadPoolExecutor(1) as threads:
        def submit(chunk, placement):
            return threads.submit(check_chunk_placed, chunk, run.settings, run.rules_key)
        check_run(run, [wire], submit, chunk_size=3)
    print("not killed")
    """
)


def test_a_run_killed_during_its_ordered_pass_then_run_again_leaves_what_one_run_leaves(
    tmp_path,
):
    order = list(range(len(STORIES)))
    whole = tmp_path / "whole"
    whole.mkdir()
    uninterrupted = run_here([write_wire(whole / "wire.jsonl", order)], whole, chunk_size=3)

    killed = tmp_path / "killed"
    killed.mkdir()
    wire = write_wire(killed / "wire.jsonl", order)
    done = subprocess.run(
        [sys.executable, "-c", KILLED_RUN, str(killed), wire],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )
    assert done.returncode == -9 and "not killed" not in done.stdout, done.stderr[-2000:]
    with open_ledger(killed / "l.sqlite") as ledger:
        assert ledger.stats()["articles"] == 4  # two transactions of two articles each
    again = run_here([wire], killed, chunk_size=3)
    # The rest, and the four recorded but never reported: checked and reported again.
    assert (again.summary["articles"], again.summary["articles_unchanged"]) == (len(STORIES), 0)
    assert ledger_findings(again) == ledger_findings(uninterrupted)
    assert ledger_dump(killed / "l.sqlite") == ledger_dump(whole / "l.sqlite")
    # Findings as the uninterrupted run reported them: of its run and of the killed one,
    # kept in the ledger with the articles that were recorded.
    with open_ledger(killed / "l.sqlite") as ledger:
        kept = ledger.stored_findings([story[0] for story in STORIES])
    stored = sorted(
        (f.article_id, f.start, f.rule, f.evidence["relation"])
        for found in kept.values()
        for f in found
    )
    assert stored == sorted(item[:4] for item in ledger_findings(uninterrupted))


# The run's process does not keep what its chunks found per article until the run's end:
# each collected chunk's article ids, findings and index lines wait on disk, and the run's
# end reads them back in order.
def test_collected_chunks_hold_no_article_ids_findings_or_lines(tmp_path):
    wire = write_wire(tmp_path / "wire.jsonl", list(range(len(STORIES))))
    run = prepare_run(str(tmp_path / "reports"), ledger_path=str(tmp_path / "l.sqlite"))
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            return threads.submit(
                check_chunk_placed, chunk, run.settings, run.rules_key, placement.mode, 1
            )

        checked = check_run(run, [wire], submit, chunk_size=3)
    outcomes = checked.queue.outcomes
    assert len(outcomes) == 4
    assert sum(outcome.articles for outcome in outcomes) == len(STORIES)
    # After the ordered pass and the pages: nothing per article left on any chunk's outcome.
    for outcome in outcomes:
        assert outcome.article_ids == []
        assert outcome.findings == []
        assert outcome.entries == []
        assert outcome.reread == []
    result = finish_run(run, checked)
    # Read back: every finding, in the run's order, the ordered pass's among them.
    assert result.findings == sorted(result.findings, key=finding_order)
    assert result.summary["findings"] == len(result.findings)
    assert {finding.article_id for finding in result.findings} >= {"land-2", "bridge-3"}
    assert ledger_findings(result)
    assert (run.run_dir / "findings.parquet").exists()
