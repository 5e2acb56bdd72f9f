"""The run's ordered pass, streamed: entries staged on disk and compared a part at a time
give what the whole batch compared in memory gives."""

import gc
from datetime import UTC, datetime

import pytest

from claimcheck.ledger import open_ledger
from claimcheck.ledger.comparison import OrderedPass, history_of
from claimcheck.pipeline.checker import Checker, ledger_entry_for
from claimcheck.records import Article
from claimcheck.run import ordered
from claimcheck.run.batch import ChunkOutcome
from claimcheck.run.ordered import compare_in_order
from claimcheck.run.staging import Staging

DEFICIT = "Ruritania's trade deficit was {} billion dlrs in 2024."
TOLL = "The landslide in Varnholt on Sunday killed {} people, the agency said."


def article(article_id, day, body):
    published = datetime(2025, 3, day, 12, tzinfo=UTC)
    return Article(id=article_id, body=body, source="Wire", published=published)


def entries(*articles, key="k"):
    checker = Checker()
    return [ledger_entry_for(checker.check_article(item), key) for item in articles]


BATCH = [
    article("d1", 2, DEFICIT.format("4.2")),
    article("t1", 3, TOLL.format(12)),
    article("d2", 5, DEFICIT.format("5.6")),
    article("t2", 6, TOLL.format(19)),
    article("t3", 6, TOLL.format(9)),
    article("d3", 9, DEFICIT.format("4.2")),
    article("d4", 11, DEFICIT.format("6.1")),
]


def found(additions):
    return {
        article_id: ([(f.rule, f.text, f.evidence["earlier"]) for f in findings], history)
        for article_id, (findings, history) in sorted(additions.items())
    }


@pytest.mark.parametrize("part_size", [1, 2, 3, 100])
def test_a_pass_in_parts_finds_what_the_whole_batch_in_memory_finds(
    tmp_path, monkeypatch, part_size
):
    # Already recorded: an older version of d3 (replaced by the batch) and t1 as it is.
    with (
        open_ledger(tmp_path / "whole.sqlite") as whole,
        open_ledger(tmp_path / "parts.sqlite") as parts,
    ):
        for ledger in (whole, parts):
            OrderedPass(ledger).run(
                entries(article("d3", 9, DEFICIT.format("3.3")), BATCH[1]), record=True
            )
        batch = entries(*reversed(BATCH))
        results = OrderedPass(whole).run(batch, record=True)
        expected = {
            aid: (r.findings, history_of(r)) for aid, r in results.items() if r.findings or r.links
        }
        monkeypatch.setattr(ordered, "PART_SIZE", part_size)
        chunks = [ChunkOutcome(ledger_entries=batch[:3]), ChunkOutcome(ledger_entries=batch[3:])]
        staging = Staging(tmp_path / "run")
        additions, _ = compare_in_order(parts, chunks, staging)
        assert found(additions) == found(expected) and expected
        assert set(additions.with_findings()) == {a for a, (f, _) in expected.items() if f}
        assert parts.stats() == whole.stats()
        assert chunks[0].ledger_entries == []  # staged, not held
        staging.close()
        assert not staging.path.exists()


def test_a_pass_without_a_ledger_compares_the_batch_with_itself(tmp_path):
    batch = entries(*BATCH)
    expected = OrderedPass(None).run(batch)
    additions, _ = compare_in_order(None, [ChunkOutcome(ledger_entries=batch)])
    assert {a: f for a, (f, _) in additions.items()} == {
        aid: r.findings for aid, r in expected.items() if r.findings or r.links
    }


def test_an_entry_staged_twice_counts_as_the_last_given(tmp_path):
    staging = Staging(tmp_path)
    first, second = entries(article("d1", 2, DEFICIT.format("4.2")), key="one")[0], None
    second = entries(article("d1", 2, DEFICIT.format("4.4")), key="two")[0]
    staging.add_entries([first])
    staging.add_entries([second])
    assert list(staging.in_order(10)) == [[second]]
    staging.close()


def test_the_pass_hands_older_objects_back_to_the_garbage_collector(tmp_path, monkeypatch):
    frozen_during = []
    real_run = ordered.OrderedPass.run_in_parts

    def watched(self, parts, replacing):
        frozen_during.append(gc.get_freeze_count())
        yield from real_run(self, parts, replacing)

    monkeypatch.setattr(ordered.OrderedPass, "run_in_parts", watched)
    with open_ledger(tmp_path / "ledger.sqlite") as ledger:
        staging = Staging(tmp_path / "run")
        compare_in_order(ledger, [ChunkOutcome(ledger_entries=entries(*BATCH))], staging)
        staging.close()
    # Frozen while the pass went on: the run's objects were not traversed again.
    assert frozen_during and frozen_during[0] > 0
    assert gc.get_freeze_count() == 0

    def failing(self, parts, replacing):
        raise RuntimeError("the ledger went away")
        yield

    monkeypatch.setattr(ordered.OrderedPass, "run_in_parts", failing)
    with open_ledger(tmp_path / "other.sqlite") as ledger, pytest.raises(RuntimeError):
        compare_in_order(ledger, [], Staging(tmp_path / "again"))
    assert gc.get_freeze_count() == 0
