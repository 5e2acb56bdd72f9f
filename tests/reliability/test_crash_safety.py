"""Nothing lost: runs killed with SIGKILL at random points leave a sound ledger and reports.

Two ways of dying are covered: `claimcheck run` itself (the Prefect flow, against one local
Prefect server started for this module), and a bare loop over a run's code path per chunk
(claimcheck.run.batch.check_chunk over chunks filtered by fresh_records, each recorded by
record_outcome, as claimcheck.run.chunks does for the flow), which can be killed precisely
inside a chunk.
"""

import json
import os
import random
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from claimcheck.input.articles import read_articles
from claimcheck.pipeline.checker import Checker

pytestmark = pytest.mark.slow

ARTICLES = 3000
CHUNK_SIZE = 50
# Smaller chunks for `claimcheck run`: its two worker threads commit two chunks at a time, and
# twenty kills must leave work behind.
FLOW_CHUNK_SIZE = 25
KILLS = 20

# Run by each subprocess: the per-chunk work of the flow, in a fresh run folder.
DRIVER = """
import sys
from claimcheck.input.articles import read_articles
from claimcheck.ledger import open_ledger
from claimcheck.run.batch import RunSettings, check_chunk, report_chunk, settings_digest
from claimcheck.run.chunks import chunked
from claimcheck.run.incremental import fresh_records
from claimcheck.run.ordered import compare_in_order

corpus, ledger_path, run_dir, chunk_size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
settings = RunSettings(reports_dir=run_dir, ledger_path=ledger_path, reports_for="all")
key = settings_digest(settings)
with open_ledger(ledger_path) as ledger:  # the one writer, as in a run
    for chunk in chunked(read_articles([corpus]), chunk_size):
        fresh, _ = fresh_records(chunk, ledger_path, key, ledger)
        if fresh:
            outcome = check_chunk(fresh, settings, key, keep_checker=False)
            additions, _ = compare_in_order(ledger, [outcome])
            if outcome.pending:
                report_chunk(outcome.pending, additions, settings)
            print("chunk", flush=True)
print("done", flush=True)
"""

PLACES = ["Brenmoor", "Ostvale", "Kettering Cross", "Larch Point", "Sundry Bay"]
THINGS = ["bridge", "tunnel", "ring road", "ferry pier", "water main"]
TEMPLATES = [
    "The {thing} at {place} is {n} metres long and cost ${m} million.",
    "Work on the {thing} began on Monday, Oct. {day}, 2024, and will take {k} months.",
    "About {n} residents of {place} signed the petition, up {p}% from last year.",
    "The council said {k} crews would inspect the {thing} at least {k2} times a week.",
    "Traffic over the {thing} fell to {n} vehicles a day, the lowest since 2019.",
    "Engineers at {place} measured {m} tonnes of silt, roughly {p} per cent more than planned.",
]


def make_article(number: int, rng: random.Random) -> dict:
    sentences = []
    for _ in range(rng.randint(2, 6)):
        sentences.append(
            rng.choice(TEMPLATES).format(
                thing=rng.choice(THINGS),
                place=rng.choice(PLACES),
                n=rng.randint(10, 90_000),
                m=rng.randint(2, 900),
                day=rng.randint(1, 28),
                k=rng.randint(2, 12),
                k2=rng.randint(2, 9),
                p=rng.randint(1, 60),
            )
        )
    return {
        "id": f"story-{number:05d}",
        "title": f"Works report {number}",
        "published": f"2024-10-{rng.randint(1, 28):02d}T08:00:00Z",
        "body": " ".join(sentences),
    }


def write_corpus(path: Path, count: int, seed: int, prefix: str = "") -> list[str]:
    rng = random.Random(seed)
    ids = []
    with path.open("w") as stream:
        for number in range(count):
            record = make_article(number, rng)
            record["id"] = prefix + record["id"]
            ids.append(record["id"])
            stream.write(json.dumps(record) + "\n")
    return ids


def start_run(corpus: Path, ledger: Path, run_dir: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, str(corpus), str(ledger), str(run_dir), str(CHUNK_SIZE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stored(ledger: Path) -> tuple[list[str], dict[str, int]]:
    """(stored article ids, in row order; claims per stored article), read-only."""
    with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        rows = connection.execute("SELECT id, claim_count, claims FROM articles").fetchall()
    ids = [article_id for article_id, _, _ in rows]
    # An article's claims are one JSON document: it must parse and hold as many as counted.
    counts = {}
    for article_id, claim_count, claims in rows:
        assert len(json.loads(claims)) == claim_count, article_id
        if claim_count:
            counts[article_id] = claim_count
    return ids, counts


def assert_reports_whole(reports: Path) -> list[Path]:
    """Every report file parses; the only leftovers allowed are hidden `.*.tmp` files."""
    leftovers = []
    for path in reports.rglob("*"):
        if path.is_dir():
            continue
        if path.name.startswith(".") and path.name.endswith(".tmp"):
            leftovers.append(path)
            continue
        if path.name == ".claimcheck-reports.lock":
            continue
        if path.name.startswith(".run-") and path.suffix == ".lock":
            continue  # a killed run's lock: the next run takes over what it left
        assert path.suffix in (".json", ".md", ".html", ".csv", ".parquet"), path
        if path.suffix == ".parquet":
            import pyarrow.parquet

            pyarrow.parquet.read_metadata(path)  # a whole file: its footer is there
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            json.loads(text)
        elif path.suffix == ".html":
            assert text.rstrip().endswith("</html>"), path
    return leftovers


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    path = folder / "wire.jsonl"
    ids = write_corpus(path, ARTICLES, seed=7)
    checker = Checker()
    expected = {}
    for article in read_articles([path]):
        expected[article.id] = len(checker.check_article(article).claims)
    return path, ids, expected


def publication_order(path: Path) -> list[str]:
    """The article ids in the order `claimcheck run`'s ordered pass records them."""
    articles = list(read_articles([path]))
    undated = "\uffff"
    return [
        article.id
        for article in sorted(
            articles,
            key=lambda a: (a.published.isoformat() if a.published else undated, a.id),
        )
    ]


def check_ordered_ledger(ledger: Path, order: list[str], expected_claims: dict[str, int]) -> int:
    """Sound, no duplicates, every stored article with all its claims, and what is stored a
    prefix of publication order: `claimcheck run` records in its ordered pass, an article
    with its findings in one transaction, never one before an earlier one."""
    stored_ids, claim_counts = stored(ledger)
    assert len(stored_ids) == len(set(stored_ids)), "an article stored twice"
    present = set(stored_ids)
    assert present == set(order[: len(present)]), "an article recorded before an earlier one"
    for article_id in present:
        assert claim_counts.get(article_id, 0) == expected_claims[article_id], article_id
    return len(present)


def check_ledger(ledger: Path, chunks: list[set[str]], expected_claims: dict[str, int]) -> int:
    """Sound, no duplicates, whole chunks only, every stored article with all its claims."""
    stored_ids, claim_counts = stored(ledger)
    assert len(stored_ids) == len(set(stored_ids)), "an article stored twice"
    present = set(stored_ids)
    for chunk in chunks:  # a chunk is committed whole or not at all
        assert present & chunk in (set(), chunk)
    for article_id in present:
        assert claim_counts.get(article_id, 0) == expected_claims[article_id], article_id
    return len(present)


def stored_count(ledger: Path) -> int:
    try:
        with sqlite3.connect(f"file:{ledger}?mode=ro", uri=True, timeout=5) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.Error:  # not created yet
        return 0


@pytest.fixture(scope="module")
def prefect_api(tmp_path_factory):
    """One local Prefect server for the module (the flow needs an API); stopped at the end."""
    home = tmp_path_factory.mktemp("prefect-home")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "PREFECT_HOME": str(home),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    prefect = Path(sys.executable).with_name("prefect")
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/api"
    try:
        deadline = time.monotonic() + 180  # a cold start on a busy 2-core machine is slow
        while True:
            try:
                with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"Prefect server did not start: {(home / 'server.log').read_text()}")
            time.sleep(1)
        yield {"PREFECT_API_URL": url, "PREFECT_HOME": str(home)}
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


def start_flow_run(
    corpus: Path,
    ledger: Path,
    reports: Path,
    api: dict,
    chunk_size: int = FLOW_CHUNK_SIZE,
    workers: int | None = None,
) -> subprocess.Popen:
    """`claimcheck run` in a session of its own, its output piped."""
    claimcheck = Path(sys.executable).with_name("claimcheck")
    command = [str(claimcheck), "run", str(corpus), "--reports", str(reports)]
    command += ["--ledger", str(ledger), "--chunk-size", str(chunk_size), "--no-progress"]
    if workers is not None:
        command += ["--workers", str(workers)]
    return subprocess.Popen(
        command,
        env={**os.environ, **api},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


@pytest.mark.integration
def test_claimcheck_run_killed_at_random_points_loses_nothing(tmp_path, corpus, prefect_api):
    path, ids, expected_claims = corpus
    size = FLOW_CHUNK_SIZE
    order = publication_order(path)
    ledger = tmp_path / "ledger.sqlite"
    reports = tmp_path / "reports"
    rng = random.Random(11)
    kills = 0
    previous = 0
    for _ in range(KILLS * 3):
        process = start_flow_run(path, ledger, reports, prefect_api)
        # Wait for the ordered pass to record a random number of articles, then kill at once
        # (the pass records quickly, so a kill after that lands inside it); with none, the
        # kill lands in start-up or while the chunks are checked.
        target = previous + rng.randint(0, 2) * size
        near_end = len(ids) - previous <= 8 * size
        if near_end:
            target = previous  # little is left: kill in start-up so that work remains
        deadline = time.monotonic() + 120
        while stored_count(ledger) < target and process.poll() is None:
            assert time.monotonic() < deadline, "the run made no progress"
            time.sleep(0.01)
        if target > previous:
            time.sleep(rng.uniform(0.0, 0.02))
        else:
            # A whole run takes a few seconds: kill in start-up or while chunks are checked.
            time.sleep(rng.uniform(0.2, 0.8) if near_end else rng.uniform(0.2, 1.5))
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate(timeout=60)
        if ledger.exists():
            count = check_ordered_ledger(ledger, order, expected_claims)
            assert count >= previous, "a later run lost committed articles"
            previous = count
        assert_reports_whole(reports)
        if kills == KILLS:
            break
    assert kills == KILLS
    # The ordered pass records 500 articles a transaction in a fraction of a second after the
    # chunks are checked: most kills land before it, some runs finish whole before their kill.

    final = start_flow_run(path, ledger, reports, prefect_api)
    out, err = final.communicate(timeout=600)
    assert final.returncode == 0, err
    remaining = len(ids) - previous
    checked = re.search(r"(\d+) article\(s\) checked, (\d+) unchanged", out)
    if checked:
        # The rest, and what killed runs recorded without reporting it: checked again.
        count, unchanged = map(int, checked.groups())
        assert count + unchanged == len(ids) and count >= remaining, out
    else:  # every article recorded and reported by runs that finished: nothing new
        assert remaining == 0 and f"nothing new ({previous} article(s) unchanged" in out
    assert check_ordered_ledger(ledger, order, expected_claims) == len(ids)
    leftovers = assert_reports_whole(reports)
    # The final run took over what the killed runs left: their locks are gone.
    assert not list(reports.glob(".run-*.lock"))
    # A killed run leaves the chunk results it kept for its ordered pass (`.pending-*.tmp`,
    # hidden, in its own run folder); the run that finishes leaves none of its own.
    pending = [path for path in leftovers if path.name.startswith(".pending-")]
    if checked:
        newest = max(
            (folder for folder in reports.iterdir() if folder.is_dir() and folder.name != "rules"),
            key=_mtime,
        )
        assert not [path for path in pending if path.parent == newest]
    assert len(leftovers) - len(pending) <= 3 * kills
    print(
        f"flow: {kills} kills, {previous} articles committed before the final run, "
        f"{len(leftovers)} .tmp files left"
    )
    # The shared index files were rewritten atomically after the final run (a quiet check
    # notes only when it checked).
    json.loads((reports / ("runs.json" if checked else "checks.json")).read_text())


def test_chunk_loop_killed_inside_chunks_loses_nothing(tmp_path, corpus):
    path, ids, expected_claims = corpus
    chunks = [set(ids[i : i + CHUNK_SIZE]) for i in range(0, len(ids), CHUNK_SIZE)]
    ledger = tmp_path / "ledger.sqlite"
    reports = tmp_path / "reports"
    rng = random.Random(2026)
    kills = 0
    previous = 0
    for attempt in range(KILLS):
        process = start_run(path, ledger, reports / f"run-{attempt:02d}")
        # Let a random number of chunks commit (none: killed while starting or in its first
        # chunk), then kill at a random moment inside the next chunk.
        for _ in range(rng.randint(0, 3)):
            line = process.stdout.readline()
            if not line or line.startswith("done"):
                break
        time.sleep(rng.uniform(0.0, 0.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        process.communicate(timeout=60)

        if not ledger.exists():
            continue
        count = check_ledger(ledger, chunks, expected_claims)
        assert count >= previous, "a later run lost committed articles"
        previous = count
        assert_reports_whole(reports)
    assert kills >= KILLS - 2, "most runs must actually be killed mid-way"

    final = start_run(path, ledger, reports / "run-final")
    out, err = final.communicate(timeout=600)
    assert final.returncode == 0, err
    assert out.strip().endswith("done")
    stored_ids, claim_counts = stored(ledger)
    assert sorted(stored_ids) == sorted(ids)
    assert all(claim_counts.get(i, 0) == expected_claims[i] for i in ids)
    # The finishing run checked exactly what the killed runs had not committed.
    finished = len(list((reports / "run-final" / "articles").glob("*.json")))
    assert finished == len(ids) - previous
    leftovers = assert_reports_whole(reports)
    print(
        f"chunk loop: {kills} kills, {previous} committed before the final run, "
        f"{len(leftovers)} .tmp files left"
    )
    # A kill between creating a temporary file and renaming it leaves a hidden .*.tmp file
    # in that run's folder: never read as a report, and at most a few per kill.
    assert len(leftovers) <= 3 * kills


def test_two_runs_on_one_ledger_at_once_keep_both(tmp_path):
    first, second = tmp_path / "first.jsonl", tmp_path / "second.jsonl"
    ids = write_corpus(first, 600, seed=1, prefix="a-") + write_corpus(
        second, 600, seed=2, prefix="b-"
    )
    ledger = tmp_path / "ledger.sqlite"
    runs = [
        start_run(corpus, ledger, tmp_path / "reports" / corpus.stem) for corpus in (first, second)
    ]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
    stored_ids, claim_counts = stored(ledger)
    assert sorted(stored_ids) == sorted(ids)
    assert len(claim_counts) > 1000  # nearly every article has claims


def test_a_newer_ledger_is_refused_with_a_clear_message(tmp_path, run_cli):
    from claimcheck.ledger import open_ledger

    ledger = tmp_path / "ledger.sqlite"
    open_ledger(ledger).close()
    with sqlite3.connect(ledger) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    code, out, err = run_cli("ledger", "stats", "--ledger", str(ledger))
    assert code == 2 and out == ""
    assert err.startswith(f"claimcheck: {ledger}: ledger schema version 99 is newer than this")
    assert err.count("\n") == 1

    story = tmp_path / "story.md"
    story.write_text("---\nid: s\n---\nThe pier is 300 metres long.\n")
    code, _, err = run_cli("check", str(story), "--ledger", str(ledger), "--no-config")
    assert code == 2 and "newer than this" in err and err.count("\n") == 1


def _live_processes_of_session(session: int) -> list[int]:
    """Processes of a session still running (zombies, waiting to be reaped, do not count)."""
    live = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # ended while listed
            continue
        fields = stat.rpartition(")")[2].split()  # after the command name: state, ppid, ...
        if int(fields[3]) == session and fields[0] != "Z":
            live.append(int(entry.name))
    return live


class SessionWatch:
    """The processes of a session seen while it is watched (every 50 ms, in a thread of its
    own), to tell whether any started after a given moment."""

    def __init__(self, session: int) -> None:
        self.session = session
        self.seen: set[int] = set(_live_processes_of_session(session))
        self.watching = True
        self.thread = threading.Thread(target=self._watch, daemon=True)
        self.thread.start()

    def _watch(self) -> None:
        while self.watching:
            self.seen.update(_live_processes_of_session(self.session))
            time.sleep(0.05)

    def stop(self) -> set[int]:
        self.watching = False
        self.thread.join()
        return self.seen


# Pages written before the signal: the first (the workers check the chunks handed to them
# before the flow started), or more than the chunks handed over ahead hold (the flow's tasks
# are checking: a task whose workers ended under it used to print a failed chunk's traceback).
EARLY, IN_THE_FLOW = 1, 1200


@pytest.mark.integration
@pytest.mark.parametrize(
    ("stop", "to_group", "pages_before"),
    [
        (signal.SIGTERM, False, EARLY),
        (signal.SIGINT, False, EARLY),
        (signal.SIGTERM, True, EARLY),
        (signal.SIGTERM, False, IN_THE_FLOW),
        (signal.SIGTERM, True, IN_THE_FLOW),
        (signal.SIGINT, True, IN_THE_FLOW),
    ],
    ids=[
        "SIGTERM-process-early",
        "SIGINT-process-early",
        "SIGTERM-group-early",
        "SIGTERM-process-in-flow",
        "SIGTERM-group-in-flow",
        "SIGINT-group-in-flow",
    ],
)
def test_claimcheck_run_stopped_by_a_signal_ends_within_seconds(
    tmp_path, prefect_api, stop, to_group, pages_before
):
    """SIGTERM (a service manager, `kill`) or SIGINT (Ctrl-C) while the workers check: the run
    and its workers end within seconds, with one line and the signal's exit code; the next
    run checks every article the stopped one did not record. The same when the signal
    reaches every process of the run's group at once (a terminal's Ctrl-C, `kill -- -PGID`,
    a container runtime): the workers it ended are not replaced by new ones, and the chunks
    they held end with the run's stop, not as failures with tracebacks."""
    path = tmp_path / "wire.jsonl"
    ids = write_corpus(path, 4000, seed=5)
    ledger, reports = tmp_path / "ledger.sqlite", tmp_path / "reports"
    process = start_flow_run(path, ledger, reports, prefect_api, chunk_size=200, workers=2)
    deadline = time.monotonic() + 120
    while sum(1 for _ in reports.glob("*/articles/*.json")) < pages_before:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"fewer than {pages_before} pages written"
        time.sleep(0.05)
    before = set(_live_processes_of_session(process.pid))
    watch = SessionWatch(process.pid)
    sent = time.monotonic()
    if to_group:
        os.killpg(process.pid, stop)  # the session's first process leads its group
    else:
        process.send_signal(stop)
    try:
        _out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    took = time.monotonic() - sent
    time.sleep(0.5)  # what the run's last moments started, seen too
    started_after = watch.stop() - before
    assert not started_after, f"processes started after the signal: {sorted(started_after)}"
    assert took < 6, f"the run took {took:.1f} s to stop"
    assert process.returncode == 128 + stop, err
    name = signal.Signals(stop).name
    assert err.rstrip().splitlines()[-1].startswith(f"claimcheck: run stopped by {name}")
    assert "Traceback" not in err
    # The workers, the process starting them, their resource tracker: all gone.
    deadline = time.monotonic() + 5
    while _live_processes_of_session(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _live_processes_of_session(process.pid) == []
    stored_before = stored_count(ledger)
    assert stored_before < len(ids), "the run finished before it was stopped"

    again = start_flow_run(path, ledger, reports, prefect_api, chunk_size=200, workers=2)
    again_out, again_err = again.communicate(timeout=600)
    assert again.returncode == 0, again_err
    checked = re.search(r"(\d+) article\(s\) checked, (\d+) unchanged", again_out)
    assert checked and int(checked[1]) + int(checked[2]) == len(ids), again_out
    assert int(checked[1]) >= len(ids) - stored_before
    assert sorted(stored(ledger)[0]) == sorted(ids)
    assert_reports_whole(reports)
