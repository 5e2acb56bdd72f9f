"""CC107 at a tie the article cannot settle: how many other stories write each spelling
decides which one the finding points at, and only a clear gap decides it."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from claimcheck.checks import name_spelling
from claimcheck.checks.known_spellings import STORY_COUNTS
from claimcheck.checks.name_spelling import check_name_spellings

# Each spelling written once: the article alone gives no reason to prefer either, and the
# earlier one ("Dravonski") is the usual name in the made-up counts below.
ONCE_EACH = (
    "The offer was tabled by Dravonski on Monday. Traders said Dravonsky had "
    "sounded out two rival bidders before the weekend."
)


def _only_finding(article, body):
    (finding,) = check_name_spellings(article(body).build())
    return finding


def _with_counts(monkeypatch, counts: dict[str, int]) -> None:
    monkeypatch.setattr(name_spelling, "STORY_COUNTS", counts)


def test_the_spelling_other_copy_writes_far_more_often_is_taken_for_the_name(article, monkeypatch):
    _with_counts(monkeypatch, {"dravonski": 30, "dravonsky": 3})
    finding = _only_finding(article, ONCE_EACH)
    # Not the later spelling, the usual pick at a tie: the one other copy seldom writes.
    assert finding.text == "Dravonsky"
    assert finding.evidence["pointed_by"] == "established spelling"
    assert finding.message.endswith(
        "'Dravonski' is the spelling other news copy uses (30 stories to 3)"
    )


def test_a_spelling_no_other_story_writes_gets_no_count_in_the_message(article, monkeypatch):
    _with_counts(monkeypatch, {"dravonski": 6})
    finding = _only_finding(article, ONCE_EACH)
    assert finding.text == "Dravonsky"
    assert finding.message.endswith("'Dravonski' is the spelling other news copy uses")


@pytest.mark.parametrize(
    ("counts", "why"),
    [
        ({"dravonski": 24, "dravonsky": 5}, "under five to one: two names both in use"),
        ({"dravonski": 4}, "in four stories: too few to call a way of writing established"),
        ({"dravonski": 9, "dravonsky": 8}, "each about as common"),
    ],
)
def test_without_a_clear_gap_the_later_spelling_is_pointed_at_and_neither_judged(
    article, monkeypatch, counts, why
):
    _with_counts(monkeypatch, counts)
    finding = _only_finding(article, ONCE_EACH)
    assert finding.text == "Dravonsky", why
    assert finding.evidence["pointed_by"] == "tie"
    assert finding.message.endswith(
        "the article writes each as often and other news copy does not tell them apart, "
        "so either may be the slip"
    )


def test_the_gap_is_read_either_way_round(article, monkeypatch):
    # The later spelling is the usual one here, so the earlier is pointed at.
    _with_counts(monkeypatch, {"dravonski": 2, "dravonsky": 40})
    finding = _only_finding(article, ONCE_EACH)
    assert finding.text == "Dravonski"
    assert finding.evidence["other_spelling"] == "Dravonsky"


def test_counts_never_outweigh_the_article_itself(article, monkeypatch):
    # Written twice against once in the article: the rarer one there is the slip, whatever
    # other copy prefers.
    _with_counts(monkeypatch, {"dravonsky": 50})
    body = ONCE_EACH + " Dravonski declined to comment on Tuesday."
    finding = _only_finding(article, body)
    assert finding.text == "Dravonsky"
    assert finding.evidence["pointed_by"] == "rarer"


def test_the_shipped_counts_settle_a_president_written_both_ways(article):
    assert STORY_COUNTS["reagan"] >= 5 * STORY_COUNTS["regan"] >= 5
    body = (
        "The budget plan was welcomed by Regan on Tuesday. Committee members said Reagan "
        "would need to accept new taxes to pass it."
    )
    finding = _only_finding(article, body)
    assert finding.text == "Regan"
    assert finding.evidence["pointed_by"] == "established spelling"


def test_the_generated_module_reads_its_counts_back(tmp_path):
    tool = Path(__file__).resolve().parents[2] / "tools" / "generate_known_spellings.py"
    spec = importlib.util.spec_from_file_location("generate_known_spellings", tool)
    assert spec is not None and spec.loader is not None
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    counts = Counter({"ferranti": 2, "kestrel": 2, "halvorsen": 17, "brightwater": 140})
    written = tmp_path / "counts_module.py"
    written.write_text(generator.render(counts), encoding="utf-8")
    spec = importlib.util.spec_from_file_location("counts_module", written)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert dict(counts) == module.STORY_COUNTS
