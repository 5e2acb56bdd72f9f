"""A whole run without Prefect: prepared, its chunks checked in threads, finished; where the
chunks go; what watchers are told. The flow wires exactly these steps."""

import json
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pytest

from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.rules import RuleError
from claimcheck.run.chunks import ChunkQueue
from claimcheck.run.progress import AllOf, PercentDone, Progress
from claimcheck.run.runner import (
    ChunksFailed,
    HeadStart,
    check_run,
    finish_run,
    prepare_run,
    quiet_check,
)
from claimcheck.run.workers import (
    MODE_DASK,
    MODE_POOL,
    MODE_THREADS,
    POOL_MIN_ARTICLES,
    check_chunk_placed,
    place_chunks,
    shutdown_pools,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


def run_here(paths, tmp_path, workers=1, chunk_size=2, watchers=()):
    """prepare → check (chunks in two threads, as the flow's task runner) → finish."""
    run = prepare_run(
        str(tmp_path / "reports"), ledger_path=str(tmp_path / "l.sqlite"), workers=workers
    )
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            settings, key = run.settings, run.rules_key
            return threads.submit(
                check_chunk_placed, chunk, settings, key, placement.mode, placement.workers
            )

        checked = check_run(
            run, [str(path) for path in paths], submit, chunk_size=chunk_size, watchers=watchers
        )
    return finish_run(run, checked)


def test_a_run_writes_its_reports_and_a_rerun_checks_only_what_changed(inbox, tmp_path):
    result = run_here([inbox], tmp_path)
    summary = result.summary
    run_dir = Path(summary["reports_dir"])
    assert (summary["articles"], summary["articles_unchanged"], summary["mode"]) == (
        4,
        0,
        MODE_THREADS,
    )
    assert summary["status"] == "completed" and summary["chunks"] == 3
    on_disk = json.loads((run_dir / "summary.json").read_text())
    assert on_disk["findings"] == len(result.findings) == summary["findings"]
    assert {"read_and_filter", "extract_and_check", "ledger_write"} <= set(
        on_disk["timings_seconds"]
    )
    assert (run_dir / "findings.csv").read_text().count("CC101") == 1
    assert "articles/weekday-slip.html" in (run_dir / "index.html").read_text()
    result.raise_for_failures()  # nothing failed

    again = run_here([inbox], tmp_path).summary
    assert (again["articles"], again["articles_unchanged"]) == (0, 4)
    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    third = run_here([inbox], tmp_path).summary
    assert (third["articles"], third["articles_unchanged"]) == (1, 3)
    runs = json.loads((tmp_path / "reports" / "runs.json").read_text())
    # Newest first by id; runs within one second tie on the time stamp, so compare as a set.
    # The rerun with nothing new left no folder and no line in runs.json.
    assert {run["run_id"] for run in runs} == {third["run_id"], summary["run_id"]}


def test_a_run_with_nothing_new_writes_no_run_folder_and_says_when_it_checked(inbox, tmp_path):
    reports = tmp_path / "reports"
    first = run_here([inbox], tmp_path).summary
    # mixed.jsonl holds two unreadable lines: reported by the first run, not by every one after.
    assert first["findings_by_severity"]["error"] >= 2
    for _ in range(2):
        quiet = run_here([inbox], tmp_path).summary
        assert quiet["nothing_new"] is True and quiet["reports_dir"] is None
        assert quiet["index_html"] == str(reports / "index.html")
    folders = sorted(p.name for p in reports.iterdir() if p.is_dir())
    assert folders == [first["run_id"], "rules"]  # the run, and the pages of the rules
    checks = json.loads((reports / "checks.json").read_text())
    assert checks["nothing_new"] and checks["quiet_checks"] == 2
    assert checks["last_run_id"] == first["run_id"]
    index = (reports / "index.html").read_text()
    assert f"Checked at {quiet['checked_at'][11:16]} UTC" in index
    assert "nothing new" in index and "2 checks in a row" in index


def test_a_new_unreadable_input_is_news(inbox, tmp_path):
    run_here([inbox], tmp_path)
    (inbox / "broken.md").write_text("---\nid: [unclosed\n---\nText.\n")
    summary = run_here([inbox], tmp_path).summary
    assert not summary["nothing_new"] and Path(summary["reports_dir"]).is_dir()
    assert summary["findings_by_rule"] == {"CC002": 3}


def test_an_empty_inbox_gives_a_quiet_check_and_no_folder(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    summary = run_here([empty], tmp_path).summary
    assert summary["nothing_new"] and summary["articles_unchanged"] == 0
    written = sorted(p.name for p in (tmp_path / "reports").iterdir() if p.is_file())
    assert written == [".claimcheck-reports.lock", "checks.json", "index.html"]
    assert not [p for p in (tmp_path / "reports").iterdir() if p.is_dir()]


def test_a_failed_chunk_is_reported_as_the_run_ends_and_checked_by_the_next(
    inbox, tmp_path, monkeypatch
):
    original = Checker.check_article

    def fail_on_a1(self, article):
        if article.id == "a1":
            raise RuntimeError("checker broke")
        return original(self, article)

    monkeypatch.setattr(Checker, "check_article", fail_on_a1)
    result = run_here([inbox], tmp_path)
    assert result.summary["status"] == "partial" and result.summary["chunks_failed"] == 1
    with pytest.raises(ChunksFailed, match="1 of 3 chunk"):
        result.raise_for_failures()

    monkeypatch.setattr(Checker, "check_article", original)
    second = run_here([inbox], tmp_path).summary
    assert second["articles"] == 2 and second["articles_unchanged"] == 2


def test_a_rerun_skips_an_unchanged_wire_file_without_reading_it(tmp_path):
    wire = tmp_path / "wire.jsonl"
    body = "The market opened on Sunday, March 3, 2024, with {} stalls."
    wire.write_text(
        "".join(
            json.dumps({"id": f"m{n}", "published": "2024-03-04", "body": body.format(n)}) + "\n"
            for n in range(5)
        )
    )
    assert run_here([wire], tmp_path).summary["articles"] == 5
    again = run_here([wire], tmp_path).summary
    assert (again["articles"], again["articles_unchanged"], again["chunks"]) == (0, 5, 0)


def test_bad_rules_stop_a_run_before_anything_is_read(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yml").write_text("code: X1\nkind: nonsense\n")
    with pytest.raises(RuleError):
        prepare_run(str(tmp_path / "reports"), rules_dir=str(rules))
    with pytest.raises(ValueError, match="reports_for"):
        prepare_run(str(tmp_path / "reports"), reports_for="some")


# Where chunks go ------------------------------------------------------------------------------


def chunks_of(sizes):
    return [[None] * size for size in sizes]


def test_a_small_run_stays_in_threads_and_a_big_one_uses_the_pool():
    small, stream = place_chunks(chunks_of([100, 100]), workers=2)
    assert (small.mode, small.workers, small.window) == (MODE_THREADS, 1, 2)
    assert [len(chunk) for chunk in stream] == [100, 100]  # nothing lost by reading ahead

    sizes = [100] * (POOL_MIN_ARTICLES // 100 + 3)
    big, stream = place_chunks(chunks_of(sizes), workers=2)
    assert (big.mode, big.workers, big.window) == (MODE_POOL, 2, 4)
    # The last two chunks in eight pieces: the two workers finish close together.
    assert [len(chunk) for chunk in stream] == sizes[:-2] + [25] * 8


def test_the_tail_of_a_pooled_run_is_cut_small_and_keeps_every_record_in_order():
    records = list(range(1030))
    chunks = [records[start : start + 400] for start in range(0, 1030, 400)]
    placement, stream = place_chunks(chunks, workers=2)
    pieces = list(stream)
    assert placement.mode == MODE_POOL
    assert [len(piece) for piece in pieces] == [400, 79, 79, 79, 79, 79, 79, 79, 77]
    assert [record for piece in pieces for record in piece] == records


def test_one_worker_means_threads_and_dask_means_the_cluster():
    assert place_chunks(chunks_of([1000]), workers=1)[0].mode == MODE_THREADS
    dask, _ = place_chunks(chunks_of([1]), workers=4, dask=True)
    assert (dask.mode, dask.window) == (MODE_DASK, 64)


# Chunks in flight and the watchers ------------------------------------------------------------


class Watcher(Progress):
    def __init__(self):
        self.events = []

    def submitted(self, to_check, reading_done):
        self.events.append(("submitted", to_check, reading_done))

    def collected(self, done, to_check, reading_done, size, elapsed):
        self.events.append(("collected", done, to_check, reading_done))


def test_the_queue_keeps_at_most_its_window_in_flight_and_tells_its_watchers(tmp_path):
    from claimcheck.run.batch import ChunkOutcome

    in_flight = []

    def submit(chunk):
        future: Future = Future()
        future.set_result(ChunkOutcome(articles=len(chunk)))
        in_flight.append(len(queue.pending) + 1)
        return future

    watcher = Watcher()
    percents = []
    queue = ChunkQueue(None, None, "k", str(tmp_path), AllOf(watcher, PercentDone(percents.append)))
    queue.run([[1, 2], [3], [4, 5]], submit, window=1)
    assert max(in_flight) <= 2 and queue.done == 5 and queue.chunks == 3
    assert [outcome.articles for outcome in queue.outcomes] == [2, 1, 2]
    assert watcher.events[0] == ("submitted", 2, False)
    assert watcher.events[-1] == ("collected", 5, 5, True)
    assert percents[0] == 0.0 and percents[-1] == 100.0


def test_a_failed_chunk_is_logged_and_the_others_are_collected(tmp_path, caplog):
    from claimcheck.run.batch import ChunkOutcome

    def submit(chunk):
        future: Future = Future()
        if chunk == ["bad"]:
            future.set_exception(RuntimeError("worker died"))
        else:
            future.set_result(ChunkOutcome(articles=len(chunk)))
        return future

    queue = ChunkQueue(None, None, "k", str(tmp_path))
    queue.run([["a"], ["bad"], ["b", "c"]], submit, window=2)
    assert [outcome.articles for outcome in queue.outcomes] == [1, 2]
    assert [str(error) for error in queue.failures] == ["worker died"]
    assert "a chunk of 1 record(s) failed" in caplog.text


# Answering a run with nothing new without a flow ----------------------------------------------


def quiet_here(paths, tmp_path):
    return quiet_check(
        [str(path) for path in paths],
        str(tmp_path / "reports"),
        ledger_path=str(tmp_path / "l.sqlite"),
        chunk_size=2,
    )


def test_quiet_check_answers_a_rerun_as_the_flow_would(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("weekday-slip.md", "clean.md"):
        (inbox / name).write_bytes((FIXTURES / name).read_bytes())
    assert quiet_here([inbox], tmp_path) is None  # a first run: everything is new
    reports = tmp_path / "reports"
    assert not (reports / "checks.json").exists()  # and nothing was noted
    first = run_here([inbox], tmp_path).summary
    answered = quiet_here([inbox], tmp_path)
    assert answered is not None
    quiet = answered.summary
    assert quiet["nothing_new"] and quiet["reports_dir"] is None
    assert (quiet["articles"], quiet["articles_unchanged"]) == (0, 2)
    assert quiet["index_html"] == str(reports / "index.html")
    checks = json.loads((reports / "checks.json").read_text())
    assert checks["quiet_checks"] == 1 and checks["last_run_id"] == first["run_id"]
    assert f"Checked at {quiet['checked_at'][11:16]} UTC" in (reports / "index.html").read_text()
    assert sorted(p.name for p in reports.iterdir() if p.is_dir()) == [first["run_id"], "rules"]


def test_quiet_check_leaves_a_changed_article_or_an_unreadable_input_to_the_flow(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "clean.md").write_bytes((FIXTURES / "clean.md").read_bytes())
    run_here([inbox], tmp_path)
    assert quiet_here([inbox], tmp_path) is not None
    checks = (tmp_path / "reports" / "checks.json").read_text()
    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    assert quiet_here([inbox], tmp_path) is None
    assert (tmp_path / "reports" / "checks.json").read_text() == checks  # nothing noted
    run_here([inbox], tmp_path)
    (inbox / "mixed.jsonl").write_bytes((FIXTURES / "mixed.jsonl").read_bytes())
    assert quiet_here([inbox], tmp_path) is None  # new articles and unreadable lines


# Chunks started before the flow -----------------------------------------------------------------


def many_articles(path: Path, count: int) -> Path:
    lines = [
        json.dumps(
            {
                "id": f"s{number}",
                "body": f"The hall in Ashby seats {100 + number} people since Monday, March 4.",
                "published": "2024-03-06T09:00:00+00:00",
            }
        )
        for number in range(count)
    ]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_a_big_run_starts_checking_in_the_quiet_check_and_the_run_takes_those_chunks(tmp_path):
    from claimcheck.run import workers

    source = many_articles(tmp_path / "many.jsonl", POOL_MIN_ARTICLES + 50)
    reports, ledger = str(tmp_path / "reports"), str(tmp_path / "l.sqlite")
    head = HeadStart(workers=2)
    try:
        answer = quiet_check([str(source)], reports, ledger_path=ledger, chunk_size=200, head=head)
        assert answer is None
        # The window's four chunks started (200, then the tail in pieces), none waited for.
        assert head.chunks == 4 and head.run_id is not None
        run = prepare_run(reports, ledger_path=ledger, workers=2, run_id=head.run_id)
        assert run.run_id == head.run_id
        taken = []

        def submit(chunk, placement):
            assert placement.mode == MODE_POOL
            ahead = workers._HEAD_STARTS.get(run.settings.reports_dir, [])
            taken.append(any(started[0] == chunk for started in ahead))
            done = Future()
            settings, key = run.settings, run.rules_key
            done.set_result(check_chunk_placed(chunk, settings, key, MODE_POOL, 2))
            return done

        checked = check_run(run, [str(source)], submit, chunk_size=200)
        summary = finish_run(run, checked).summary
    finally:
        shutdown_pools()
    assert taken[:4] == [True] * 4 and not any(taken[4:])
    assert summary["articles"] == POOL_MIN_ARTICLES + 50 and summary["run_id"] == head.run_id
    run_dir = Path(summary["reports_dir"])
    assert len(list((run_dir / "articles").glob("*.html"))) == POOL_MIN_ARTICLES + 50
    assert not list(run_dir.glob(".pending-*"))


def test_chunks_started_ahead_that_the_run_does_not_ask_for_are_dropped(tmp_path):
    from claimcheck.run.batch import RunSettings
    from claimcheck.run.workers import discard_head_starts, head_start

    settings = RunSettings(reports_dir=str(tmp_path / "run"), ledger_path=None)
    article = Article(id="b1", body="The Harlow bridge is 412 meters long.")
    try:
        head_start([article], settings, "k", 2)
        assert discard_head_starts(settings.reports_dir) == 1
    finally:
        shutdown_pools()
    assert not list((tmp_path / "run").glob(".pending-*"))
    assert discard_head_starts(settings.reports_dir) == 0
