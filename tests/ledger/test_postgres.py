"""The PostgreSQL ledger: what only a server database has (URLs, several writers, plans).

The tests common to both backends are in test_store.py; these skip, like those, when
CLAIMCHECK_TEST_POSTGRES_URL is unset."""

import threading
from datetime import UTC, datetime

import pytest
from test_store import dated, deficit_claims, postgres_url  # noqa: F401

from claimcheck.ledger import LedgerError, PostgresLedger, open_ledger
from claimcheck.ledger.comparison import OrderedPass, record_articles
from claimcheck.ledger.store import SCHEMA_VERSION
from claimcheck.pipeline.checker import Checker, ledger_entry_for
from claimcheck.records import Article


def test_a_postgresql_url_opens_a_postgres_ledger(postgres_url):  # noqa: F811
    with open_ledger(postgres_url) as ledger:
        assert isinstance(ledger, PostgresLedger)
        assert ledger.stats()["articles"] == 0
    with open_ledger(postgres_url) as again:  # a second open finds the tables made
        assert again.stats()["schema_version"] == SCHEMA_VERSION


def test_repeated_lookups_run_one_plan_instead_of_planning_each_call(postgres_url):  # noqa: F811
    with open_ledger(postgres_url) as ledger:
        record_articles(ledger, [(dated("a1", 10), "k", deficit_claims("a1"))])
        [figure] = ledger.article_figures("a1")
        keys = list(figure.index_keys())
        published = "1987-03-20T00:00:00+00:00"
        for _ in range(8):
            found, _cut = ledger.figures_near(keys, published, published, 50)
            assert [f.article_id for f in found] == ["a1"]
            assert [f.article_id for f in ledger.figures_for(keys)] == ["a1"]
        plans = ledger._connection.execute(
            "SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements "
            "WHERE statement LIKE '%figure_keys%'"
        ).fetchall()
        assert len(plans) == 2
        # Prepared from the sixth call on (psycopg's threshold), planned once since.
        assert all(generic >= 1 and custom == 0 for _, generic, custom in plans)


def test_an_unreachable_database_is_a_clear_error_without_its_password():
    pytest.importorskip("psycopg")
    with pytest.raises(LedgerError, match="cannot open ledger") as caught:
        open_ledger("postgresql://editor:s3cret@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "s3cret" not in str(caught.value)


def test_two_writers_at_once_keep_every_claim(postgres_url):  # noqa: F811
    errors = []

    def write(prefix: str) -> None:
        try:
            with open_ledger(postgres_url) as ledger:
                for day in range(1, 11):
                    article_id = f"{prefix}-{day}"
                    record_articles(
                        ledger, [(dated(article_id, day), "k", deficit_claims(article_id))]
                    )
        except Exception as error:  # surfaced below: a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("left", "right")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_ledger(postgres_url) as ledger:
        assert ledger.stats()["articles"] == 20 and ledger.stats()["claims"] == 40


def test_figure_lookup_reads_the_key_index(postgres_url):  # noqa: F811
    with open_ledger(postgres_url) as ledger:
        ledger._connection.execute("SET enable_seqscan = off")  # tiny tables: ask for the plan
        plan = ledger._connection.execute(
            "EXPLAIN SELECT figure_id FROM figure_keys WHERE match_key IN (%s, %s)",
            ("a|b", "c|d"),
        ).fetchall()
        assert "figure_keys_by_key" in " ".join(row[0] for row in plan)


def test_an_older_postgres_ledger_is_refused(postgres_url):  # noqa: F811
    import psycopg

    with psycopg.connect(postgres_url, autocommit=True) as connection:
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    with pytest.raises(LedgerError, match="schema version 2"):
        open_ledger(postgres_url)


def test_articles_are_compared_with_earlier_ones_recorded_in_postgres(postgres_url):  # noqa: F811
    body = "The Harlow River bridge in Ashby is {} meters long."
    published = datetime(2024, 1, 1, tzinfo=UTC)
    first = Article(id="b1", body=body.format(412), published=published)
    later = Article(id="b2", body=body.format(512), published=published.replace(month=2))
    checker = Checker()
    with open_ledger(postgres_url) as ledger:
        OrderedPass(ledger).run([ledger_entry_for(checker.check_article(first), "k")], True)
        results = OrderedPass(ledger).run(
            [ledger_entry_for(checker.check_article(later), "k")], True
        )
        [finding] = results["b2"].findings
        assert finding.evidence["earlier"][0]["article_id"] == "b1"
        assert ledger.stored_findings(["b2"])["b2"] == [finding]
        assert [link["relation"] for link in ledger.article_links("b2")] == ["contradiction"]
