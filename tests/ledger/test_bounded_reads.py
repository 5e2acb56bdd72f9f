"""The ordered pass reads only the latest stored figures under a key before a batch, as many
as a lookup takes: an article with more earlier figures under a key than that gets the same
links and findings as when every stored figure is read."""

from datetime import UTC, datetime

import pytest

from claimcheck.ledger import comparison, open_ledger
from claimcheck.ledger.comparison import OrderedPass
from claimcheck.pipeline.checker import Checker, ledger_entry_for
from claimcheck.records import Article

# Few candidates per key, so that a handful of articles is more than a lookup takes.
FEW = 3
DEFICIT = "Ruritania's trade deficit was {} billion dlrs in 2024, the ministry said."
LANDSLIDE = "A landslide in Varnholt on {} killed {} people, the agency said."


@pytest.fixture(autouse=True)
def few_candidates(monkeypatch):
    monkeypatch.setattr(comparison, "CANDIDATES_PER_KEY", FEW)


def article(article_id, day, body, month=3):
    published = datetime(2025, month, day, 12, tzinfo=UTC)
    return Article(id=article_id, body=body, source="Wire", published=published)


def entries(*articles):
    checker = Checker()
    return [ledger_entry_for(checker.check_article(item), f"key-{item.body}") for item in articles]


def outcome(results):
    """Each article's links (earlier article, relation) and findings."""
    return {
        article_id: (
            sorted((link.earlier.article_id, link.relation) for link in recorded.links),
            [(f.rule, f.text, f.evidence["relation"]) for f in recorded.findings],
        )
        for article_id, recorded in sorted(results.items())
    }


def compared(tmp_path, name, stored, batch, monkeypatch=None):
    """The batch compared and recorded after `stored` was recorded, in a fresh ledger; with
    `monkeypatch`, the ledger reads every stored figure under the batch's keys (unbounded)."""
    with open_ledger(tmp_path / f"{name}.sqlite") as ledger:
        OrderedPass(ledger).run(entries(*stored), record=True)
        reads = []
        if monkeypatch is not None:

            def every_figure(keys, first, last, per_key):
                return ledger.figures_for(keys), {}

            monkeypatch.setattr(ledger, "figures_near", every_figure)
        else:
            near = ledger.figures_near

            def counted(keys, first, last, per_key):
                figures, cut = near(keys, first, last, per_key)
                reads.append(len(figures))
                return figures, cut

            ledger.figures_near = counted
        return outcome(OrderedPass(ledger).run(entries(*batch), record=True)), reads


def test_more_earlier_figures_than_a_lookup_takes_give_the_same_links_and_findings(
    tmp_path, monkeypatch
):
    values = ["4.2", "4.2", "4.5", "4.2", "3.9", "4.2", "4.2", "4.8"]
    stored = [article(f"s{day}", day, DEFICIT.format(v)) for day, v in enumerate(values, 1)]
    batch = [article("n1", 20, DEFICIT.format("4.2")), article("n2", 21, DEFICIT.format("5.1"))]
    bounded, reads = compared(tmp_path, "bounded", stored, batch)
    unbounded, _ = compared(tmp_path, "unbounded", stored, batch, monkeypatch)
    assert bounded == unbounded
    assert reads == [FEW]
    # The latest FEW earlier articles, whatever the ledger holds before them.
    assert [a for a, _ in bounded["n1"][0]] == ["s6", "s7", "s8"]
    assert [a for a, _ in bounded["n2"][0]] == ["n1", "s7", "s8"]


def test_a_key_whose_latest_figures_are_being_replaced_is_read_whole(tmp_path, monkeypatch):
    stored = [article(f"s{day}", day, DEFICIT.format("4.2")) for day in range(1, 9)]
    # New versions of the two latest stored articles, dated later: their old figures are
    # not compared with, so of the three latest read one is left, and the key is read whole.
    batch = [
        article("s7", 15, DEFICIT.format("4.6")),
        article("s8", 16, DEFICIT.format("4.6")),
        article("n1", 20, DEFICIT.format("4.4")),
    ]
    bounded, _ = compared(tmp_path, "bounded", stored, batch)
    unbounded, _ = compared(tmp_path, "unbounded", stored, batch, monkeypatch)
    assert bounded == unbounded
    assert [a for a, _ in bounded["n1"][0]] == ["s6", "s7", "s8"]
    assert [a for a, _ in bounded["s7"][0]] == ["s4", "s5", "s6"]


def test_other_incidents_under_an_incident_s_key_are_looked_past(tmp_path, monkeypatch):
    # Another landslide at the same place in between: its figures share the key but not the
    # incident, so the latest figures read are all skipped and the key is read whole.
    first = article("e1", 5, LANDSLIDE.format("January 4", 12), month=1)
    between = [
        article(f"b{day}", day, LANDSLIDE.format("February 10", 3 + day), month=2)
        for day in range(11, 16)
    ]
    batch = [article("n1", 2, LANDSLIDE.format("January 4", 15), month=3)]
    bounded, _ = compared(tmp_path, "bounded", [first, *between], batch)
    unbounded, _ = compared(tmp_path, "unbounded", [first, *between], batch, monkeypatch)
    assert bounded == unbounded
    assert [a for a, _ in bounded["n1"][0]] == ["e1"]
