"""Chunks checked wherever they run (threads, worker processes, Dask) and recorded by one writer."""

from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck.ledger import ledger_entry, open_ledger
from claimcheck.records import Article
from claimcheck.run.batch import (
    RunSettings,
    check_chunk,
    discard_reports,
    record_outcome,
    settings_digest,
)
from claimcheck.run.workers import process_pool, shutdown_pools


def story(article_id: str, body: str, month: int = 1) -> Article:
    published = datetime(2024, month, 1, tzinfo=UTC)
    return Article(id=article_id, body=body, source="Valley Ledger", published=published)


SLIP = "The fair opened on Friday, March 1, 2024, with 40 stalls."  # March 1 was a Friday
WRONG = "The fair opened on Monday, March 1, 2024, with 40 stalls."  # ... not a Monday
BRIDGE = "The Harlow River bridge in Ashby is {} meters long."


def settings_for(tmp_path: Path, **fields) -> RunSettings:
    base = {"reports_dir": str(tmp_path / "run"), "ledger_path": str(tmp_path / "l.sqlite")}
    return RunSettings(**(base | fields))


def test_a_chunk_returns_its_ledger_entries_instead_of_recording_them(tmp_path):
    settings = settings_for(tmp_path)
    key = settings_digest(settings)
    outcome = check_chunk([story("ok", SLIP), story("bad", WRONG)], settings, key)
    assert [entry.article_id for entry in outcome.ledger_entries] == ["ok", "bad"]
    with open_ledger(settings.ledger_path) as ledger:
        assert ledger.stats()["articles"] == 0
        record_outcome(ledger, outcome, settings.reports_dir)
        assert ledger.stats()["articles"] == 2
    assert outcome.ledger_entries == [] and outcome.stage_seconds["ledger_write"] >= 0
    assert [f.rule for f in outcome.findings] == ["CC101"]


def test_a_kept_and_a_fresh_checker_store_the_same_ledger_rows(tmp_path):
    articles = [story("b1", BRIDGE.format(412)), story("ok", SLIP)]
    here = settings_for(tmp_path / "here")
    with open_ledger(here.ledger_path) as ledger:
        record_outcome(ledger, check_chunk(articles, here, "k"), here.reports_dir)
    there = settings_for(tmp_path / "there")
    with open_ledger(there.ledger_path) as ledger:
        fresh = check_chunk(articles, there, "k", keep_checker=False)
        record_outcome(ledger, fresh, there.reports_dir)
    with open_ledger(here.ledger_path) as one, open_ledger(there.ledger_path) as other:
        for article in articles:
            assert one.article_claims(article.id) == other.article_claims(article.id)
        assert one.known_keys(["b1", "ok"]) == other.known_keys(["b1", "ok"])


def test_the_keys_of_the_prior_comparison_are_reused_for_the_ledger(tmp_path, monkeypatch):
    from claimcheck.ledger import store as ledger_module

    settings = settings_for(tmp_path)
    computed = []
    original = ledger_module.keyed_claims
    monkeypatch.setattr(
        ledger_module, "keyed_claims", lambda *a: computed.append(1) or original(*a)
    )
    outcome = check_chunk([story("b1", BRIDGE.format(412))], settings, "k", False)
    assert computed == []  # taken from PriorCheck, not computed a second time
    [entry] = outcome.ledger_entries
    article = story("b1", BRIDGE.format(412))
    from claimcheck.pipeline.checker import Checker

    fresh = ledger_entry(article, entry.run_key, Checker().check_article(article).claims)
    assert entry == fresh


def test_reports_for_findings_writes_pages_only_for_articles_with_findings(tmp_path):
    settings = settings_for(tmp_path, reports_for="findings")
    outcome = check_chunk([story("ok", SLIP), story("bad", WRONG)], settings, "k")
    written = sorted(p.name for p in (tmp_path / "run" / "articles").iterdir())
    assert written == ["bad.html", "bad.json", "bad.md"]
    assert outcome.articles == 2 and [e["id"] for e in outcome.entries] == ["bad"]


def test_a_chunk_the_ledger_refuses_loses_its_reports(tmp_path):
    settings = settings_for(tmp_path)
    outcome = check_chunk([story("bad", WRONG)], settings, "k")

    class BrokenLedger:
        def record_entries(self, entries):
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        record_outcome(BrokenLedger(), outcome, settings.reports_dir)
    assert list((tmp_path / "run" / "articles").iterdir()) == []
    discard_reports(settings.reports_dir, outcome.entries)  # twice is harmless


def test_a_later_chunk_is_compared_with_a_recorded_earlier_one_in_a_worker_process(tmp_path):
    settings = settings_for(tmp_path)
    key = settings_digest(settings)
    pool = process_pool(2)
    try:
        early = pool.submit(
            check_chunk, [story("b1", BRIDGE.format(412), 1)], settings, key
        ).result()
        with open_ledger(settings.ledger_path) as ledger:
            record_outcome(ledger, early, settings.reports_dir)
        late = pool.submit(
            check_chunk, [story("b2", BRIDGE.format(512), 2)], settings, key
        ).result()
    finally:
        shutdown_pools()
    assert [f.evidence["prior_article_id"] for f in late.findings] == ["b1"]
