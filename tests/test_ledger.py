import sqlite3
from datetime import UTC, datetime

import pytest

from claimcheck.ledger import SCHEMA_VERSION, LedgerError, open_ledger
from claimcheck.records import Article, Claim


def article(article_id="a1", body="Body with 3 numbers."):
    return Article(
        id=article_id, body=body, source="Test", published=datetime(2024, 1, 2, tzinfo=UTC)
    )


def claim(article_id="a1", value=3.0, text="3 numbers"):
    return Claim(article_id=article_id, kind="quantity", text=text, start=10, end=19, value=value)


def test_record_and_read_back(tmp_path):
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        assert ledger.record([(article(), "key-1", [claim()])]) == 1
        assert ledger.stats()["articles"] == 1
        assert ledger.known_keys(["a1", "zz"]) == {"a1": "key-1"}
        [stored] = ledger.article_claims("a1")
        assert stored["value"] == 3.0 and stored["text"] == "3 numbers"
        assert ledger.article("a1")["published"] == "2024-01-02T00:00:00+00:00"


def test_rerecording_replaces_claims_instead_of_duplicating(tmp_path):
    path = tmp_path / "l.sqlite"
    with open_ledger(path) as ledger:
        ledger.record([(article(), "key-1", [claim(), claim(value=4.0)])])
        ledger.record([(article(), "key-2", [claim(value=5.0)])])
        assert ledger.stats()["claims"] == 1
        assert ledger.known_keys(["a1"]) == {"a1": "key-2"}


def test_failed_batch_stores_nothing(tmp_path):
    path = tmp_path / "l.sqlite"
    with open_ledger(path) as ledger:
        ledger.record([(article("kept"), "k", [claim("kept")])])

        def entries():
            yield article("a2"), "k", [claim("a2")]
            raise RuntimeError("crash in the middle of a batch")

        with pytest.raises(RuntimeError):
            ledger.record(entries())
        assert ledger.stats() == {"articles": 1, "claims": 1, "schema_version": SCHEMA_VERSION}


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
