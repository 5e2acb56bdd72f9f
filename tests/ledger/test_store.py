import os
import sqlite3
import uuid
from datetime import UTC, datetime

import pytest

from claimcheck.ledger import ClaimLedger, LedgerError, SQLiteLedger, open_ledger
from claimcheck.ledger.identity import keyed_claims
from claimcheck.ledger.store import SCHEMA_VERSION
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
        assert ledger.record([(article(), "key-1", [claim()])]) == 1
        assert ledger.stats()["articles"] == 1
        assert ledger.known_keys(["a1", "zz"]) == {"a1": "key-1"}
        [stored] = ledger.article_claims("a1")
        assert stored["value"] == 3.0 and stored["text"] == "3 numbers"
        assert ledger.article("a1")["published"] == "2024-01-02T00:00:00+00:00"


def test_rerecording_replaces_claims_instead_of_duplicating(ledger_url):
    with open_ledger(ledger_url) as ledger:
        ledger.record([(article(), "key-1", [claim(), claim(value=4.0)])])
        ledger.record([(article(), "key-2", [claim(value=5.0)])])
        assert ledger.stats()["claims"] == 1
        assert ledger.known_keys(["a1"]) == {"a1": "key-2"}


def test_failed_batch_stores_nothing(ledger_url):
    with open_ledger(ledger_url) as ledger:
        ledger.record([(article("kept"), "k", [claim("kept")])])

        def entries():
            yield article("a2"), "k", [claim("a2")]
            raise RuntimeError("crash in the middle of a batch")

        with pytest.raises(RuntimeError):
            ledger.record(entries())
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


def test_figures_are_stored_with_their_keys(ledger_url):
    with open_ledger(ledger_url) as ledger:
        ledger.record([(dated("a1", 10), "k", deficit_claims("a1"))])
        [figure] = [row for row in ledger.article_claims("a1") if row["kind"] == "money"]
        assert figure["subjects"] == "ruritania"
        assert figure["measure"] == "money:USD:trade-deficit"
        assert figure["period"] == "1986" and figure["role"] == "level"
        assert ledger.stats()["matchable_claims"] == 1


def test_unchanged_article_is_not_stored_twice(ledger_url):
    with open_ledger(ledger_url) as ledger:
        ledger.record([(dated("a1", 10), "k", deficit_claims("a1"))])
        first_ids = [row["id"] for row in _rows(ledger, "a1")]
        assert ledger.record([(dated("a1", 10), "k", deficit_claims("a1"))]) == 1
        assert [row["id"] for row in _rows(ledger, "a1")] == first_ids
        assert ledger.stats()["claims"] == 2


def _rows(ledger, article_id):
    mark = "?" if isinstance(ledger, SQLiteLedger) else "%s"
    cursor = ledger._connection.execute(
        f"SELECT id FROM claims WHERE article_id = {mark} ORDER BY id", (article_id,)
    )
    return [{"id": row[0]} for row in cursor]


def test_candidates_come_from_other_earlier_articles_only(ledger_url):
    with open_ledger(ledger_url) as ledger:
        ledger.record(
            [
                (dated("early", 5), "k", deficit_claims("early")),
                (dated("self", 10), "k", deficit_claims("self")),
                (dated("late", 20), "k", deficit_claims("late")),
            ]
        )
        [(_, keys)] = keyed_claims(deficit_claims("self"), DEFICIT)
        found = ledger.candidates(keys.match_keys(), "1987-03-10T00:00:00", "self")
        assert [prior.article_id for prior in found] == ["early"]
        assert found[0].sentence == DEFICIT and found[0].source == "Wire"
        assert found[0].period == "1986" and found[0].value == 4.2e9


def test_replacing_an_article_drops_its_old_keys(ledger_url):
    with open_ledger(ledger_url) as ledger:
        ledger.record([(dated("a1", 5), "k1", deficit_claims("a1"))])
        ledger.record([(dated("a1", 5, "No figures now."), "k2", [])])
        [(_, keys)] = keyed_claims(deficit_claims("new"), DEFICIT)
        assert ledger.candidates(keys.match_keys(), None, "new") == []


def test_candidate_lookup_uses_the_key_index(tmp_path):
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        plan = ledger._connection.execute(
            "EXPLAIN QUERY PLAN SELECT claim_id FROM claim_keys WHERE match_key = ? "
            "AND published < ? ORDER BY published DESC LIMIT 50",
            ("ruritania|money:USD:trade-deficit|1986", "1987"),
        ).fetchall()
        assert "claim_keys_by_key" in " ".join(str(row) for row in plan)


_VERSION_1_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, source TEXT NOT NULL DEFAULT '', title TEXT NOT NULL DEFAULT '',
    published TEXT, content_hash TEXT NOT NULL, run_key TEXT NOT NULL DEFAULT '',
    path TEXT NOT NULL DEFAULT '', recorded_at TEXT NOT NULL
);
CREATE TABLE claims (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, text TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    value REAL, low REAL, high REAL, unit TEXT, dimension TEXT, qualifier TEXT NOT NULL,
    date TEXT, first_day TEXT, last_day TEXT, normalized_value REAL, normalized_unit TEXT,
    sentence TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_by_article ON claims(article_id);
CREATE INDEX claims_by_measure ON claims(unit, dimension);
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO articles VALUES ('old', 'Wire', '', '1987-03-05T00:00:00', 'h', 'k', '', 'now');
"""


def test_version_1_ledger_is_upgraded_with_keys(tmp_path):
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as connection:
        connection.executescript(_VERSION_1_SCHEMA)
        for claim_ in deficit_claims("old"):
            connection.execute(
                'INSERT INTO claims (article_id, kind, text, start, "end", value, unit, '
                "dimension, qualifier, date, first_day, last_day, sentence) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    claim_.article_id,
                    claim_.kind,
                    claim_.text,
                    claim_.start,
                    claim_.end,
                    claim_.value,
                    claim_.unit,
                    claim_.dimension,
                    claim_.qualifier,
                    claim_.date,
                    claim_.first_day and claim_.first_day.isoformat(),
                    claim_.last_day and claim_.last_day.isoformat(),
                    claim_.sentence,
                ),
            )
    with open_ledger(path) as ledger:
        assert ledger.stats()["schema_version"] == SCHEMA_VERSION == 2
        assert ledger.stats()["claims"] == 2
        [(_, keys)] = keyed_claims(deficit_claims("new"), DEFICIT)
        [prior] = ledger.candidates(keys.match_keys(), "1987-03-10", "new")
        assert prior.article_id == "old" and prior.measure == "money:USD:trade-deficit"
    with open_ledger(path) as reopened:  # a second open leaves the upgraded ledger as it is
        assert reopened.stats()["claims"] == 2


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


class _ConnectionFailingFirst:
    """A connection whose first `failures` statements fail with `message`."""

    def __init__(self, message: str, failures: int) -> None:
        self.message, self.failures, self.calls = message, failures, 0

    def execute(self, statement: str) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise sqlite3.OperationalError(self.message)


def test_switching_to_wal_rides_out_the_io_error_of_a_ledger_being_created_beside_it():
    from claimcheck.ledger.sqlite import _enter_wal

    connection = _ConnectionFailingFirst("disk I/O error", failures=3)
    _enter_wal(connection)
    assert connection.calls == 4


def test_a_lasting_disk_error_while_switching_to_wal_surfaces_within_seconds():
    import time

    from claimcheck.ledger.sqlite import WAL_RACE_SECONDS, _enter_wal

    connection = _ConnectionFailingFirst("disk I/O error", failures=10**6)
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="disk I/O error"):
        _enter_wal(connection)
    assert time.monotonic() - started < WAL_RACE_SECONDS + 1


def test_other_errors_while_switching_to_wal_are_not_retried():
    from claimcheck.ledger.sqlite import _enter_wal

    connection = _ConnectionFailingFirst("file is not a database", failures=1)
    with pytest.raises(sqlite3.OperationalError, match="not a database"):
        _enter_wal(connection)
    assert connection.calls == 1
