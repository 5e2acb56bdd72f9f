"""Only what is new: articles skipped by run key, JSON Lines files skipped whole; no Prefect."""

import json
from datetime import UTC, datetime

import pytest

from claimcheck.input.articles import read_articles
from claimcheck.ledger import open_ledger
from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.run.batch import check_chunk, settings_digest
from claimcheck.run.incremental import InputFiles, fresh_records, rules_digest


def check_and_record(records, settings, key):
    """What a run does with a chunk: checked, compared and recorded by the one writer, then
    reported."""
    from claimcheck.run.ordered import compare_in_order
    from claimcheck.run.workers import MODE_THREADS, Placement, report_chunks

    outcome = check_chunk(records, settings, key, keep_checker=False)
    with open_ledger(settings.ledger_path) as ledger:
        additions, _ = compare_in_order(ledger, [outcome])
    report_chunks([outcome], additions, settings, Placement(MODE_THREADS, 1, 2))
    return outcome


def test_recorded_articles_are_skipped_until_content_or_rules_change(inbox, tmp_path, settings):
    run = settings(tmp_path)
    key = settings_digest(run)
    records = list(read_articles([inbox]))
    fresh, skipped = fresh_records(records, run.ledger_path, key)
    assert (len(fresh), skipped) == (len(records), 0)
    check_and_record(fresh, run, key)

    fresh, skipped = fresh_records(records, run.ledger_path, key)
    assert skipped == 4  # every readable article; the three unreadable records stay
    assert all(not hasattr(record, "body") for record in fresh)

    (inbox / "clean.md").write_text((inbox / "clean.md").read_text().replace("four", "five"))
    changed = list(read_articles([inbox]))
    fresh, skipped = fresh_records(changed, run.ledger_path, key)
    assert [r.id for r in fresh if hasattr(r, "body")] == ["clean"] and skipped == 3

    narrower = settings_digest(settings(tmp_path, select=("CC101",)))
    assert fresh_records(records, run.ledger_path, narrower)[1] == 0


def test_rules_digest_follows_rule_files_and_selection(tmp_path):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a.yml").write_text("code: R1\n")
    before = rules_digest(str(rules))
    assert rules_digest(str(rules)) == before
    (rules / "a.yml").write_text("code: R2\n")
    assert rules_digest(str(rules)) != before
    assert rules_digest(None, select=("cc1",)) == rules_digest(None, select=("CC1",))
    assert rules_digest(None, ignore=("CC1",)) != rules_digest(None)


def test_a_failing_chunk_writes_no_reports_and_records_nothing(
    inbox, tmp_path, monkeypatch, settings
):
    run = settings(tmp_path)
    records = [r for r in read_articles([inbox]) if hasattr(r, "body")]
    original = Checker.check_article

    def fail_on_second(self, article):
        if article.id == records[1].id:
            raise RuntimeError("boom")
        return original(self, article)

    monkeypatch.setattr(Checker, "check_article", fail_on_second)
    with pytest.raises(RuntimeError):
        check_and_record(records, run, "key")
    articles = tmp_path / "run" / "articles"
    assert not articles.exists() or list(articles.iterdir()) == []
    with open_ledger(run.ledger_path) as ledger:
        assert ledger.stats()["articles"] == 0


def test_runs_compare_with_prior_articles_and_link_their_reports(tmp_path, settings):
    from claimcheck.report.summary import update_shared_files

    def story(article_id, metres, month):
        body = f"The Harlow River bridge in Ashby is {metres} meters long.\n"
        published = datetime(2024, month, 1, tzinfo=UTC)
        return Article(id=article_id, body=body, source="Valley Ledger", published=published)

    first = settings(tmp_path, reports_dir=str(tmp_path / "run-1"))
    key = settings_digest(first)
    done = check_and_record([story("bridge-old", 412, 1)], first, key)
    update_shared_files(tmp_path, {"run_id": "run-1"}, done.entries)

    second = settings(tmp_path, reports_dir=str(tmp_path / "run-2"))
    outcome = check_and_record([story("bridge-new", 512, 2)], second, key)
    assert [f.evidence.get("prior_article_id") for f in outcome.findings] == ["bridge-old"]
    page = (tmp_path / "run-2" / "articles" / "bridge-new.html").read_text()
    assert '<a href="../../run-1/articles/bridge-old.html">bridge-old</a>' in page


# The whole-file skip --------------------------------------------------------------------------


def wire_file(path, count, newline_at_end=True, broken_line=False):
    lines = [
        json.dumps({"id": f"w{n}", "published": "2024-03-04", "body": f"It sold {n + 2} pies."})
        for n in range(count)
    ]
    if broken_line:
        lines.insert(1, "{not json")
    path.write_text("\n".join(lines) + ("\n" if newline_at_end else ""))
    return str(path)


def read_through(files, paths):
    """Read what `files` says to read, counting every record as a run does."""
    records = [record for path in files.to_read(paths) for record in read_articles([path])]
    files.count_read(records)
    return records


def test_a_wire_file_recorded_whole_is_not_read_again_until_it_changes(tmp_path):
    wire = wire_file(tmp_path / "wire.jsonl", 3)
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        first = InputFiles(ledger, "rules-1")
        assert len(read_through(first, [wire])) == 3
        first.note_done()

        again = InputFiles(ledger, "rules-1")
        assert again.to_read([wire]) == [] and again.skipped_records == 3
        assert InputFiles(ledger, "rules-2").to_read([wire]) == [wire]  # other rules

        wire_file(tmp_path / "wire.jsonl", 4)  # grown: read again
        assert InputFiles(ledger, "rules-1").to_read([wire]) == [wire]


@pytest.mark.parametrize(
    ("newline_at_end", "broken_line"),
    [(False, False), (True, True)],
    ids=["a line still being written", "an unreadable line"],
)
def test_a_wire_file_is_never_noted_done_with_a_partial_or_broken_line(
    tmp_path, newline_at_end, broken_line
):
    wire = wire_file(tmp_path / "wire.jsonl", 3, newline_at_end, broken_line)
    with open_ledger(tmp_path / "l.sqlite") as ledger:
        files = InputFiles(ledger, "rules")
        read_through(files, [wire])
        files.note_done()
        assert InputFiles(ledger, "rules").to_read([wire]) == [wire]


def test_without_a_ledger_every_input_is_read(tmp_path):
    wire = wire_file(tmp_path / "wire.jsonl", 2)
    files = InputFiles(None, "rules")
    assert files.to_read([wire, str(tmp_path)]) == [wire, str(tmp_path)]
    files.note_done()  # nothing to note, nowhere to note it
