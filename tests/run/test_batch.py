"""Chunks checked wherever they run (threads, worker processes, Dask), then reported with what
the run's ordered pass found."""

import gc
import json
from datetime import UTC, datetime
from pathlib import Path

from claimcheck.ledger import ledger_entry, open_ledger
from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.run.batch import (
    RunSettings,
    check_chunk,
    discard_pending,
    report_chunk,
    settings_digest,
)
from claimcheck.run.ordered import compare_in_order
from claimcheck.run.workers import (
    MODE_THREADS,
    WORKER_GC_THRESHOLDS,
    ChunkReporter,
    Placement,
    process_pool,
    report_chunks,
    shutdown_pools,
)


def story(article_id: str, body: str, month: int = 1) -> Article:
    published = datetime(2024, month, 1, tzinfo=UTC)
    return Article(id=article_id, body=body, source="Valley Ledger", published=published)


SLIP = "The fair opened on Friday, March 1, 2024, with 40 stalls."  # March 1 was a Friday
WRONG = "The fair opened on Monday, March 1, 2024, with 40 stalls."  # ... not a Monday
BRIDGE = "The Harlow River bridge in Ashby is {} meters long."


def settings_for(tmp_path: Path, **fields) -> RunSettings:
    base = {"reports_dir": str(tmp_path / "run"), "ledger_path": str(tmp_path / "l.sqlite")}
    return RunSettings(**(base | fields))


def test_a_chunk_returns_its_ledger_entries_and_keeps_its_results_for_reporting(tmp_path):
    settings = settings_for(tmp_path)
    key = settings_digest(settings)
    chunk = [story("ok", SLIP), story("b1", BRIDGE.format(412)), story("bad", WRONG)]
    outcome = check_chunk(chunk, settings, key)
    assert [entry.article_id for entry in outcome.ledger_entries] == ["ok", "b1", "bad"]
    assert [f.rule for f in outcome.findings] == ["CC101"]
    assert outcome.article_ids == ["ok", "b1", "bad"]
    # Every page is written at once, as if the ordered pass added nothing; only the article
    # with a figure can get something from it: its results wait, with its place in the chunk
    # and the name of its page.
    written = sorted(p.stem for p in (tmp_path / "run" / "articles").glob("*.html"))
    assert written == ["b1", "bad", "ok"]
    assert [entry["id"] for entry in outcome.entries] == ["ok", "b1", "bad"]
    assert outcome.entry_positions == [0, 1, 2]
    kept = Path(outcome.pending)
    assert kept.parent == tmp_path / "run" and kept.name.endswith(".tmp")
    lines = kept.read_text().splitlines()
    assert [json.loads(line.split("\t")[0]) for line in lines] == [["b1", False, 1, "b1"]]
    with open_ledger(settings.ledger_path) as ledger:
        assert ledger.stats()["articles"] == 0  # the ordered pass records, not the chunk


def test_a_chunk_without_figures_is_reported_where_it_is_checked(tmp_path):
    settings = settings_for(tmp_path)
    outcome = check_chunk([story("ok", SLIP), story("bad", WRONG)], settings, "k")
    assert outcome.pending is None
    assert [entry["id"] for entry in outcome.entries] == ["ok", "bad"]
    assert [f.rule for f in outcome.findings] == ["CC101"]
    assert outcome.claims_checked == sum(entry["claims_checked"] for entry in outcome.entries)
    assert outcome.stage_seconds["write_reports"] > 0


def test_only_pages_the_ordered_pass_added_to_are_written_again(tmp_path):
    settings = settings_for(tmp_path)
    first = check_chunk([story("b1", BRIDGE.format(412), 1)], settings, "k")
    chunk = [
        story("ok", SLIP, 2),
        story("b2", BRIDGE.format(512), 2),
        story("bad", WRONG, 2),
        story("b3", "The Ashby town hall is 40 meters tall.", 2),
        # Two versions of one article in one chunk: both wait, so that their pages' names
        # follow the chunk's order as before.
        story("twice", SLIP, 2),
        story("twice", BRIDGE.format(612), 2),
    ]
    second = check_chunk(chunk, settings, "k")
    assert [entry["id"] for entry in second.entries] == ["ok", "b2", "bad", "b3"]
    articles = tmp_path / "run" / "articles"
    inode = {stem: (articles / f"{stem}.html").stat().st_ino for stem in ("b2", "b3")}
    with open_ledger(settings.ledger_path) as ledger:
        additions, _ = compare_in_order(ledger, [first, second])
    report_chunks([first, second], additions, settings, Placement(MODE_THREADS, 1, 2))
    # b2 contradicts b1: its page is written again; b3 has nothing earlier: its page stands.
    assert (articles / "b2.html").stat().st_ino != inode["b2"]
    assert (articles / "b3.html").stat().st_ino == inode["b3"]
    ids = ["ok", "b2", "bad", "b3", "twice", "twice"]
    assert [entry["id"] for entry in second.entries] == ids
    assert [entry["stem"] for entry in second.entries][4:] == ["twice", "twice-2"]
    assert {f.rule for f in second.findings} == {"CC101", "CC201"}
    assert [f.article_id for f in second.findings if f.rule == "CC101"] == ["bad"]
    page = (articles / "b2.html").read_text()
    assert "CC201" in page and 'href="b1.html"' in page
    assert not list(articles.glob("b2-*"))  # replaced, not renamed


def test_a_page_given_only_figure_histories_keeps_its_markdown_page(tmp_path):
    settings = settings_for(tmp_path)
    first = check_chunk([story("b1", BRIDGE.format(412), 1)], settings, "k")
    chunk = [story("b2", BRIDGE.format(412), 2), story("b3", BRIDGE.format(512), 2)]
    second = check_chunk(chunk, settings, "k")
    articles = tmp_path / "run" / "articles"
    before = {p.name: (p.stat().st_ino, p.read_bytes()) for p in articles.glob("b[23].*")}
    with open_ledger(settings.ledger_path) as ledger:
        additions, _ = compare_in_order(ledger, [first, second])
    report_chunks([first, second], additions, settings, Placement(MODE_THREADS, 1, 2))

    def replaced(name: str) -> bool:
        return (articles / name).stat().st_ino != before[name][0]

    # b2 agrees with b1: its JSON and HTML pages show the figure's history; the Markdown
    # page, which shows none, is the one written as the chunk was checked, and the same.
    assert replaced("b2.json") and replaced("b2.html") and not replaced("b2.md")
    assert "Earlier reports of these figures" in (articles / "b2.html").read_text()
    assert (articles / "b2.md").read_bytes() == before["b2.md"][1]
    # b3 contradicts b1: a finding was added, so every page is written again.
    assert replaced("b3.json") and replaced("b3.html") and replaced("b3.md")
    assert "CC201" in (articles / "b3.md").read_text()
    assert "CC201" not in before["b3.md"][1].decode()


def test_the_ledger_entry_of_a_chunk_is_the_article_s_own(tmp_path):
    settings = settings_for(tmp_path)
    outcome = check_chunk([story("b1", BRIDGE.format(412))], settings, "k", False)
    [entry] = outcome.ledger_entries
    article = story("b1", BRIDGE.format(412))
    fresh = ledger_entry(article, entry.run_key, Checker().check_article(article).claims)
    assert entry == fresh
    assert [figure.what for figure in entry.figures] == ["length"]


def test_a_reported_chunk_writes_its_pages_with_the_ordered_pass_findings(tmp_path):
    settings = settings_for(tmp_path)
    early = check_chunk([story("b1", BRIDGE.format(412), 1)], settings, "k")
    late = check_chunk([story("b2", BRIDGE.format(512), 2)], settings, "k")
    with open_ledger(settings.ledger_path) as ledger:
        additions, _ = compare_in_order(ledger, [late, early])  # any order of chunks
        assert ledger.stats()["articles"] == 2
    report = report_chunk(late.pending, additions, settings, frozenset({"b1", "b2"}))
    assert [f.rule for f in report.findings] == ["CC201"]
    assert not Path(late.pending).exists()
    page = (tmp_path / "run" / "articles" / "b2.html").read_text()
    assert "CC201" in page and 'href="b1.html"' in page
    assert "Earlier reports of these figures" in page and "412 meters" in page
    report_chunk(early.pending, additions, settings, frozenset({"b1", "b2"}))
    assert "Earlier reports" not in (tmp_path / "run" / "articles" / "b1.html").read_text()


def test_reports_for_findings_writes_pages_only_for_articles_with_findings(tmp_path):
    settings = settings_for(tmp_path, reports_for="findings")
    chunk = [story("ok", SLIP), story("bad", WRONG), story("b1", BRIDGE.format(412))]
    outcome = check_chunk(chunk, settings, "k")
    report = report_chunk(outcome.pending, {}, settings)
    written = sorted(p.name for p in (tmp_path / "run" / "articles").iterdir())
    assert written == ["bad.html", "bad.json", "bad.md"]
    assert [e["id"] for e in outcome.entries] == ["bad"] and report.entries == []
    assert report.reread == []  # b1: no finding of its own, none from the pass


def test_kept_results_of_chunks_that_will_not_be_reported_are_removed(tmp_path):
    settings = settings_for(tmp_path)
    outcome = check_chunk([story("b1", BRIDGE.format(412))], settings, "k")
    kept = Path(outcome.pending)
    discard_pending([outcome])
    assert not kept.exists() and outcome.pending is None
    discard_pending([outcome])  # twice is harmless


def test_chunks_checked_in_worker_processes_are_compared_in_the_ordered_pass(tmp_path):
    settings = settings_for(tmp_path)
    key = settings_digest(settings)
    pool = process_pool(2)
    try:
        late = pool.submit(check_chunk, [story("b2", BRIDGE.format(512), 2)], settings, key)
        early = pool.submit(check_chunk, [story("b1", BRIDGE.format(412), 1)], settings, key)
        outcomes = [late.result(), early.result()]
        # The workers collect cycles rarely; the outcomes travelled as staging rows.
        assert pool.submit(gc.get_threshold).result() == WORKER_GC_THRESHOLDS
    finally:
        shutdown_pools()
    assert all(outcome.ledger_rows and not outcome.ledger_entries for outcome in outcomes)
    with open_ledger(settings.ledger_path) as ledger:
        additions, _ = compare_in_order(ledger, outcomes)
    [finding] = additions["b2"][0]
    assert finding.evidence["earlier"][0]["article_id"] == "b1"
    discard_pending(outcomes)


def test_a_chunk_is_reported_as_soon_as_the_ordered_pass_is_past_its_last_article(tmp_path):
    settings = settings_for(tmp_path)
    january = check_chunk([story("b1", BRIDGE.format(412), 1)], settings, "k")
    march = check_chunk([story("b3", BRIDGE.format(612), 3)], settings, "k")
    assert january.last_in_order == ("2024-01-01T00:00:00+00:00", "b1")
    with open_ledger(settings.ledger_path) as ledger:
        additions, _ = compare_in_order(ledger, [march, january])
    reporter = ChunkReporter([march, january], additions, settings, Placement(MODE_THREADS, 1, 2))
    reporter.ready_through(("2024-02-01", ""))  # past January, not March
    assert january.pending is None and [e["id"] for e in january.entries] == ["b1"]
    assert march.pending is not None and [f.rule for f in march.findings] == []
    reporter.finish()
    assert march.pending is None and [f.rule for f in march.findings] == ["CC201"]


def test_an_outcome_travels_with_its_ledger_entries_as_the_staging_table_holds_them(tmp_path):
    import pickle

    from claimcheck.run.staging import Staging

    settings = settings_for(tmp_path)
    chunk = [story("b1", BRIDGE.format(412)), story("b2", BRIDGE.format(415), month=2)]
    outcome = check_chunk(chunk, settings, settings_digest(settings))
    travelled = pickle.loads(pickle.dumps(outcome))
    assert travelled.ledger_entries == [] and len(travelled.ledger_rows) == 2
    assert outcome.ledger_entries and outcome.ledger_rows == []  # the sender's is as it was
    assert travelled.last_in_order == outcome.last_in_order
    assert travelled.article_ids == outcome.article_ids
    direct, from_rows = Staging(tmp_path / "direct"), Staging(tmp_path / "rows")
    direct.add_entries(outcome.ledger_entries)
    from_rows.add_rows(travelled.ledger_rows)
    assert list(from_rows.in_order(10)) == list(direct.in_order(10))
    assert [e.article_id for [e, *_] in direct.in_order(1)] == ["b1", "b2"]
    direct.close()
    from_rows.close()


def test_a_chunk_s_pages_and_ledger_entries_hold_the_claims_as_each_writes_them(tmp_path):
    # The worker writes an article's two texts of its claims in one pass where the article
    # gets a page at once; elsewhere the ledger's alone, and the page's if it is kept.
    from claimcheck.pipeline.checker import claims_to_json

    chunk = [story("ok", SLIP), story("bad", WRONG), story("b1", BRIDGE.format(412))]
    for mode in ("all", "findings"):
        settings = settings_for(tmp_path / mode, reports_for=mode)
        outcome = check_chunk(chunk, settings, "k")
        for article, entry in zip(chunk, outcome.ledger_entries, strict=True):
            claims = Checker().check_article(article).claims
            assert entry == ledger_entry(article, entry.run_key, claims)
            page = tmp_path / mode / "run" / "articles" / f"{article.id}.json"
            if page.exists():
                written = page.read_text(encoding="utf-8")
                assert f'"claims":{claims_to_json(claims)},' in written
        kept = Path(outcome.pending).read_text(encoding="utf-8").splitlines()
        assert [json.loads(line.split("\t")[0])[0] for line in kept] == ["b1"]
        assert kept[0].split("\t")[1] == claims_to_json(Checker().check_article(chunk[2]).claims)
