"""The ledger-pairs scorer (benchmarks/eval_ledger_pairs.py) reads the output contract of
benchmarks/data/PAIRS.md, and the older findings, the way the contract says: small labelled
pairs, findings and `ledger show` output written here by hand."""

from __future__ import annotations

import sys
from pathlib import Path

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

from eval_ledger_pairs import (  # noqa: E402
    Judge,
    links_of_finding,
    links_of_ledger,
    predicted_relations,
    score_same,
    tally,
)
from ledger_pairs import Pair, Span  # noqa: E402

LATER = "The bridge, 4.2 km long, opened in May. It cost 455 million euros."
EARLIER = "The 2.4-kilometre bridge cost 410 million euros to build."
BODIES = {"later": LATER, "earlier": EARLIER}


def span(article_id: str, text: str) -> Span:
    body = BODIES[article_id]
    start = body.index(text)
    return Span(article_id, start, start + len(text), "-")


PAIRS = [
    Pair(
        "P1",
        "own",
        "dev",
        "contradiction",
        ("digit-swap",),
        span("later", "4.2 km"),
        span("earlier", "2.4-kilometre"),
        "",
        "written",
    ),
    Pair(
        "P2",
        "own",
        "dev",
        "update",
        ("revision-stated",),
        span("later", "455 million euros"),
        span("earlier", "410 million euros"),
        "",
        "written",
    ),
    Pair(
        "P3",
        "own",
        "dev",
        "unrelated",
        ("different-measure",),
        span("later", "455 million euros"),
        span("earlier", "2.4-kilometre"),
        "",
        "written",
    ),
]


def finding(text: str, rule: str, evidence: dict) -> dict:
    start = LATER.index(text)
    return {
        "article_id": "later",
        "rule": rule,
        "start": start,
        "end": start + len(text),
        "evidence": evidence,
    }


def judged(links):
    judge = Judge(PAIRS)
    return [(link, pair) for link in links if (pair := judge.pair_of(link))]


def test_contract_findings_are_judged_by_the_labels():
    cost, length = LATER.index("455"), EARLIER.index("2.4")
    findings = [
        finding(
            "4.2 km",
            "CC201",
            {
                "relation": "contradiction",
                "earlier": [{"article_id": "earlier", "start": length, "end": length + 3}],
            },
        ),
        # The cost linked to the length: a false link on an unrelated pair.
        finding(
            "455 million euros",
            "CC202",
            {
                "relation": "update",
                "earlier": [{"article_id": "earlier", "start": length, "end": length + 3}],
            },
        ),
    ]
    links = [link for found in findings for link in links_of_finding(found, BODIES)]
    assert [link.relation for link in links] == ["contradiction", "update"]
    assert links[1].start == cost
    predicted = predicted_relations(judged(links))
    overall = tally(PAIRS, predicted, None)
    assert (overall.labelled, overall.found, overall.right) == (2, 1, 1)
    assert (overall.claimed, overall.correct) == (2, 1)  # precision 1/2
    contradiction = tally(PAIRS, predicted, "contradiction")
    assert (contradiction.found, contradiction.claimed, contradiction.correct) == (1, 1, 1)


def test_an_entry_may_carry_its_own_relation():
    found = finding(
        "455 million euros",
        "CC201",
        {
            "relation": "contradiction",
            "earlier": [
                {"article_id": "earlier", "start": 30, "end": 47, "relation": "update"},
            ],
        },
    )
    (link,) = links_of_finding(found, BODIES)
    assert link.relation == "update"
    assert tally(PAIRS, predicted_relations(judged([link])), "update").right == 1


def test_older_findings_are_located_by_their_quoted_figure():
    found = finding(
        "455 million euros",
        "CC201",
        {
            "prior_article_id": "earlier",
            "prior_text": "410 million euros",
            "prior_sentence": EARLIER,
        },
    )
    (link,) = links_of_finding(found, BODIES)
    assert (link.earlier_start, link.relation, link.relation_stated) == (30, "contradiction", False)
    # The label says update: found, but with the wrong relation.
    update = tally(PAIRS, predicted_relations(judged([link])), "update")
    assert (update.found, update.right) == (1, 0)


def test_same_links_come_from_ledger_show():
    shown = {
        "later": {
            "claims": [
                {
                    "start": 11,
                    "end": 17,
                    "links": [{"article_id": "earlier", "start": 4, "end": 17, "relation": "same"}],
                }
            ]
        }
    }
    links, available = links_of_ledger(shown)
    assert available and len(links) == 1
    # A same link on a pair labelled contradiction: no same recall, and a wrong same link.
    assert "same recall 0/0" in score_same(PAIRS, judged(links))
    assert "precision 0/1" in score_same(PAIRS, judged(links))
    assert links_of_ledger({"later": {"claims": [{"start": 0, "end": 3}]}}) == ([], False)
