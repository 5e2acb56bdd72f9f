import dataclasses
import os
import sqlite3
import uuid
from datetime import UTC, datetime

import pytest

from claimcheck.ledger import ClaimLedger, LedgerError, SQLiteLedger, ledger_entry, open_ledger
from claimcheck.ledger.comparison import OrderedPass, record_articles
from claimcheck.ledger.sqlite import NEW_LEDGER_PAGE_SIZE, WAL_CHECKPOINT_BYTES
from claimcheck.ledger.store import SCHEMA_VERSION, Recorded
from claimcheck.records import Article, Claim

POSTGRES_URL = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL", "")


@pytest.fixture()
def postgres_url():
    """A PostgreSQL URL whose tables live in a schema of their own, dropped afterwards; the
    test skips when CLAIMCHECK_TEST_POSTGRES_URL is unset, and fails instead when
    CLAIMCHECK_REQUIRE_POSTGRES is set (CI sets both, see .ci/run), so that CI never passes
    with the PostgreSQL half silently skipped."""
    if not POSTGRES_URL:
        if os.environ.get("CLAIMCHECK_REQUIRE_POSTGRES"):
            pytest.fail(
                "CLAIMCHECK_REQUIRE_POSTGRES is set but CLAIMCHECK_TEST_POSTGRES_URL is not"
            )
        pytest.skip("CLAIMCHECK_TEST_POSTGRES_URL is not set")
    psycopg = pytest.importorskip("psycopg")
    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in POSTGRES_URL else "?"
    yield f"{POSTGRES_URL}{joiner}options=-csearch_path%3D{schema}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request, tmp_path):
    """Where a ledger test keeps its ledger: a SQLite file, then a PostgreSQL schema."""
    if request.param == "sqlite":
        return str(tmp_path / "l.sqlite")
    return request.getfixturevalue("postgres_url")


def article(article_id="a1", body="Body with 3 numbers."):
    return Article(
        id=article_id, body=body, source="Test", published=datetime(2024, 1, 2, tzinfo=UTC)
    )


def claim(article_id="a1", value=3.0, text="3 numbers"):
    return Claim(article_id=article_id, kind="quantity", text=text, start=10, end=19, value=value)


def test_record_and_read_back(ledger_url):
    with open_ledger(ledger_url) as ledger:
        assert len(record_articles(ledger, [(article(), "key-1", [claim()])])) == 1
        assert ledger.stats()["articles"] == 1
        assert ledger.known_keys(["a1", "zz"]) == {"a1": "key-1"}
        [stored] = ledger.article_claims("a1")
        assert stored["value"] == 3.0 and stored["text"] == "3 numbers"
        assert ledger.article("a1")["published"] == "2024-01-02T00:00:00+00:00"


def test_rerecording_replaces_claims_instead_of_duplicating(ledger_url):
    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(article(), "key-1", [claim(), claim(value=4.0)])])
        record_articles(ledger, [(article(), "key-2", [claim(value=5.0)])])
        assert ledger.stats()["claims"] == 1
        assert ledger.known_keys(["a1"]) == {"a1": "key-2"}


def test_failed_batch_stores_nothing(ledger_url):
    from claimcheck.ledger.store import Recorded

    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(article("kept"), "k", [claim("kept")])])
        entry = ledger_entry(dated("a2", 10), "k", deficit_claims("a2"))
        broken = Recorded(entry, [], [], [])  # no id for its figure: the write fails midway
        with pytest.raises((ValueError, IndexError)), ledger.ordered_pass():
            ledger.write_recorded([broken], {})
        stats = ledger.stats()
        assert (stats["articles"], stats["claims"]) == (1, 1)
        assert stats["schema_version"] == SCHEMA_VERSION


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "l.sqlite"
    open_ledger(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(LedgerError, match="newer"):
        open_ledger(path)


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "l.sqlite"
    path.write_text("this is not sqlite, " * 100)
    with pytest.raises(LedgerError, match="cannot open ledger"):
        open_ledger(path)


def test_unsupported_url_scheme(tmp_path):
    with pytest.raises(LedgerError, match="unsupported ledger URL"):
        open_ledger("mysql://somewhere/db")


DEFICIT = "Ruritania's 1986 trade deficit was 4.2 billion dlrs."


def deficit_claims(article_id, body=DEFICIT):
    """The claims extraction gives for DEFICIT: the year and the figure."""
    year = body.index("1986")
    figure = body.index("4.2")
    return [
        Claim(
            article_id=article_id,
            kind="date",
            text="1986",
            start=year,
            end=year + 4,
            sentence=body,
            date="1986",
            granularity="year",
            first_day=datetime(1986, 1, 1).date(),
            last_day=datetime(1986, 12, 31).date(),
        ),
        Claim(
            article_id=article_id,
            kind="money",
            text="4.2 billion dlrs",
            start=figure,
            end=figure + 16,
            sentence=body,
            value=4.2e9,
            unit="USD",
            dimension="currency",
        ),
    ]


def dated(article_id, day, body=DEFICIT):
    return Article(id=article_id, body=body, source="Wire", published=datetime(1987, 3, day))


def test_every_backend_is_a_claim_ledger(ledger_url):
    with open_ledger(ledger_url) as ledger:
        assert isinstance(ledger, ClaimLedger)


def test_figures_are_stored_with_their_identity(ledger_url):
    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(dated("a1", 10), "k", deficit_claims("a1"))])
        [figure] = ledger.article_figures("a1")
        assert (figure.what, figure.of_what, figure.period) == (
            "trade-deficit",
            "ruritania",
            "1986",
        )
        assert figure.role == "level" and figure.index == 1  # the year is claim 0
        assert [claim["kind"] for claim in ledger.article_claims("a1")] == ["date", "money"]
        assert ledger.stats()["matchable_claims"] == 1


def test_unchanged_article_is_not_stored_twice(ledger_url):
    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(dated("a1", 10), "k", deficit_claims("a1"))])
        first_ids = [row["id"] for row in _rows(ledger, "a1")]
        assert len(record_articles(ledger, [(dated("a1", 10), "k", deficit_claims("a1"))])) == 1
        assert [row["id"] for row in _rows(ledger, "a1")] == first_ids and first_ids
        assert ledger.stats()["claims"] == 2


def _rows(ledger, article_id):
    mark = "?" if isinstance(ledger, SQLiteLedger) else "%s"
    cursor = ledger._connection.execute(
        f"SELECT id FROM figures WHERE article_id = {mark} ORDER BY id", (article_id,)
    )
    return [{"id": row[0]} for row in cursor]


def test_figures_are_found_by_their_keys_with_what_the_comparison_needs(ledger_url):
    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(dated("early", 5), "k", deficit_claims("early"))])
        [figure] = ledger_entry(dated("new", 10), "k", deficit_claims("new")).figures
        [found] = ledger.figures_for(figure.index_keys())
        assert (found.article_id, found.source, found.sentence) == ("early", "Wire", DEFICIT)
        assert (found.period, found.value, found.what) == ("1986", 4.2e9, "trade-deficit")
        assert found.claim_id is not None and found.published.startswith("1987-03-05")


def test_only_the_latest_figures_before_a_batch_are_read_with_those_within_it(ledger_url):
    with open_ledger(ledger_url) as ledger:
        days = [3, 4, 5, 6, 7, 8, 12, 20]
        record_articles(
            ledger, [(dated(f"d{day}", day), "k", deficit_claims(f"d{day}")) for day in days]
        )
        [figure] = ledger_entry(dated("new", 10), "k", deficit_claims("new")).figures
        keys = figure.index_keys()[:1]  # the subject as written (not its name's shorter forms)
        first, last = "1987-03-10T00:00:00", "1987-03-15T00:00:00"
        figures, cut = ledger.figures_near(keys, first, last, 3)
        # The three latest before the 10th, and the one within the batch; not the 20th's.
        assert [f.article_id for f in figures] == ["d6", "d7", "d8", "d12"]
        assert cut == {keys[0]: ledger.article("d6")["published"]}
        figures, cut = ledger.figures_near(keys, first, last, 10)
        assert [f.article_id for f in figures] == ["d3", "d4", "d5", "d6", "d7", "d8", "d12"]
        assert cut == {}
        # An undated batch comes after every dated article.
        figures, cut = ledger.figures_near(keys, None, None, 2)
        assert [f.article_id for f in figures] == ["d12", "d20"]


def test_the_bound_before_a_batch_counts_level_figures_only(ledger_url):
    # Four stored figures under the key, two of them values the article mentions as
    # replaced ("previous"): as many index entries as a lookup of 3 or 4 takes, fewer levels.
    with open_ledger(ledger_url) as ledger:
        stored = []
        for day in (3, 4, 5, 6):
            entry = ledger_entry(dated(f"d{day}", day), "k", deficit_claims(f"d{day}"))
            if day in (4, 6):
                previous = [dataclasses.replace(f, role="previous") for f in entry.figures]
                entry = dataclasses.replace(entry, figures=type(entry.figures)(previous))
            stored.append(entry)
        OrderedPass(ledger).run(stored, record=True)
        [figure] = ledger_entry(dated("new", 10), "k", deficit_claims("new")).figures
        keys = figure.index_keys()[:1]  # the subject as written (not its name's shorter forms)
        first, last = "1987-03-10T00:00:00", "1987-03-15T00:00:00"
        everything = ["d3", "d4", "d5", "d6"]
        for per_key in (3, 4):
            figures, cut = ledger.figures_near(keys, first, last, per_key)
            assert [f.article_id for f in figures] == everything and cut == {}
        # Two levels are as many as a lookup of 2 takes: read from the earlier one on.
        figures, cut = ledger.figures_near(keys, first, last, 2)
        assert [f.article_id for f in figures] == everything
        assert cut == dict.fromkeys(keys, ledger.article("d3")["published"])
        # Nothing stored under a key: nothing read, nothing cut.
        assert ledger.figures_near(["no|such|key"], first, last, 2) == ([], {})


def test_replacing_an_article_drops_its_old_keys(ledger_url):
    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(dated("a1", 5), "k1", deficit_claims("a1"))])
        record_articles(ledger, [(dated("a1", 5, "No figures now."), "k2", [])])
        [figure] = ledger_entry(dated("new", 10), "k", deficit_claims("new")).figures
        assert ledger.figures_for(figure.index_keys()) == []


def test_figure_lookup_uses_the_key_index(tmp_path):
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        plan = ledger._connection.execute(
            "EXPLAIN QUERY PLAN SELECT figure_id FROM figure_keys WHERE match_key IN (?, ?)",
            ("a|b", "c|d"),
        ).fetchall()
        assert "figure_keys_by_key" in " ".join(str(row) for row in plan)


_VERSION_2_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
    published TEXT, content_hash TEXT NOT NULL, run_key TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL
);
CREATE TABLE claims (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, kind TEXT NOT NULL,
    text TEXT NOT NULL, subjects TEXT, measure TEXT, period TEXT);
INSERT INTO meta VALUES ('schema_version', '2');
INSERT INTO articles VALUES ('old', 'Wire', '', '1987-03-05T00:00:00', 'h', 'k', '', 'now');
"""


def test_an_older_ledger_is_refused_with_a_one_line_reason_and_left_as_it_is(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(_VERSION_2_SCHEMA)
    with pytest.raises(LedgerError) as refused:
        open_ledger(path)
    reason = str(refused.value)
    assert "schema version 2" in reason and "\n" not in reason
    with sqlite3.connect(path) as connection:  # never read as if it had identities
        assert connection.execute("SELECT value FROM meta").fetchone() == ("2",)
        assert connection.execute("SELECT COUNT(*) FROM articles").fetchone() == (1,)


def test_a_database_that_is_not_a_ledger_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(LedgerError, match="not a claimcheck ledger"):
        open_ledger(path)


def test_a_ledger_another_process_is_creating_is_opened_once_it_is_done(tmp_path):
    import sqlite3
    import threading
    import time

    path = tmp_path / "new.sqlite"
    locked, done = threading.Event(), threading.Event()

    def create_slowly():  # what a second run does while it creates the same ledger
        holder = sqlite3.connect(path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT)")
        locked.set()
        time.sleep(0.3)
        holder.execute("COMMIT")
        holder.close()
        done.set()

    threading.Thread(target=create_slowly).start()
    locked.wait()
    # Switching to WAL fails at once while the file is locked; the ledger waits instead.
    with open_ledger(path) as ledger:
        assert done.is_set()
        assert ledger.stats()["schema_version"] == SCHEMA_VERSION


def test_two_ordered_passes_on_one_ledger_take_turns(ledger_url):
    import threading
    import time

    order = []
    with open_ledger(ledger_url) as first, open_ledger(ledger_url) as second:
        entered = threading.Event()

        def hold():
            with first.ordered_pass():
                entered.set()
                order.append("first in")
                time.sleep(0.3)
                order.append("first out")

        thread = threading.Thread(target=hold)
        thread.start()
        entered.wait()
        with second.ordered_pass():
            order.append("second in")
        thread.join()
    assert order == ["first in", "first out", "second in"]


class _ConnectionFailingFirst:
    """A connection whose first `failures` statements fail with `message`."""

    def __init__(self, message: str, failures: int) -> None:
        self.message, self.failures, self.calls = message, failures, 0

    def execute(self, statement: str):
        self.calls += 1
        if self.calls <= self.failures:
            raise sqlite3.OperationalError(self.message)
        return self

    def fetchone(self) -> tuple[str]:
        return ("delete",)


def test_switching_to_wal_waits_while_the_file_is_locked():
    from claimcheck.ledger.sqlite import _enter_wal

    connection = _ConnectionFailingFirst("database is locked", failures=3)
    _enter_wal(connection)
    assert connection.calls == 5  # three locked reads, the read of the mode, the switch


def test_other_errors_while_switching_to_wal_are_not_retried():
    from claimcheck.ledger.sqlite import _enter_wal

    connection = _ConnectionFailingFirst("disk I/O error", failures=1)
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        _enter_wal(connection)
    assert connection.calls == 1


def test_a_second_ledger_on_a_file_this_process_has_open_never_reopens_the_file(
    tmp_path, monkeypatch
):
    # Closing any descriptor of the file would drop the open connection's locks.
    from claimcheck.ledger import sqlite as sqlite_ledger

    path = tmp_path / "ledger.sqlite"
    with SQLiteLedger(path) as first:
        opened = []
        monkeypatch.setattr(sqlite_ledger, "check_database_file", opened.append)
        with SQLiteLedger(path) as second:
            assert second.stats()["schema_version"] == first.stats()["schema_version"]
        assert opened == []
    with SQLiteLedger(path):  # none open any more: the file is checked again
        assert opened == [path]


def _as_version_3(ledger_url: str) -> None:
    """Turn a ledger into what version 3 wrote: no events' places, the key index without
    the figure id."""
    statements = (
        "ALTER TABLE figures DROP COLUMN event_places",
        "DROP INDEX figure_keys_by_key",
        "CREATE INDEX figure_keys_by_key ON figure_keys(match_key, published)",
        "UPDATE meta SET value = '3' WHERE key = 'schema_version'",
    )
    if ledger_url.startswith("postgresql"):
        import psycopg

        with psycopg.connect(ledger_url, autocommit=True) as connection:
            for statement in statements:
                connection.execute(statement)
    else:
        with sqlite3.connect(ledger_url) as connection:
            for statement in statements:
                connection.execute(statement)


def test_a_version_3_ledger_is_upgraded_in_place_without_losing_anything(ledger_url):
    with open_ledger(ledger_url) as ledger:
        record_articles(ledger, [(dated("early", 5), "k", deficit_claims("early"))])
        record_articles(ledger, [(dated("later", 9), "k", deficit_claims("later"))])
        before = ledger.stats()
        links_before = ledger.article_links("later")
    _as_version_3(ledger_url)
    with open_ledger(ledger_url) as ledger:  # upgraded as it opens
        assert ledger.stats() == before and before["links"] == 1
        assert ledger.article_links("later") == links_before
        [figure] = ledger_entry(dated("new", 12), "k", deficit_claims("new")).figures
        found = ledger.figures_for(figure.index_keys())
        assert sorted(f.article_id for f in found) == ["early", "later"]
        record_articles(ledger, [(dated("new", 12), "k", deficit_claims("new"))])
        assert ledger.stats()["articles"] == 3
        version = ledger._connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version[0] == str(SCHEMA_VERSION) == "4"
    with open_ledger(ledger_url) as again:  # an upgraded ledger opens as it is
        assert again.stats()["articles"] == 3


def test_an_incident_s_places_survive_the_ledger(ledger_url):
    from claimcheck.ledger.events import Event

    entry = ledger_entry(dated("early", 5), "k", deficit_claims("early"))
    [figure] = entry.figures
    event = Event("fire", frozenset({"ashby", "wales"}), None, None, False, frozenset({"ashby"}))
    with_event = dataclasses.replace(figure, event=event).with_keys()
    with open_ledger(ledger_url) as ledger, ledger.ordered_pass():
        ledger.write_recorded(
            [Recorded(dataclasses.replace(entry, figures=(with_event,)), [], [], [1])],
            {("early", with_event.index): 1},
        )
        [stored] = ledger.figures_for(with_event.index_keys())
        assert stored.event == event


def test_a_sqlite_ledger_checkpoints_its_log_every_40_mb(tmp_path):
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        record_articles(ledger, [(dated("a1", 10), "k", deficit_claims("a1"))])
        (pages,) = ledger._connection.execute("PRAGMA wal_autocheckpoint").fetchone()
        (size,) = ledger._connection.execute("PRAGMA page_size").fetchone()
        assert size == NEW_LEDGER_PAGE_SIZE
        assert pages * size == WAL_CHECKPOINT_BYTES and 30e6 < pages * size < 50e6
    # The last connection closed checkpoints the log and removes it.
    assert not (tmp_path / "ledger.sqlite-wal").exists()
