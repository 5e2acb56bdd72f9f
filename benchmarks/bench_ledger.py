"""Candidate lookup speed of the claim ledger with many stored claims (default 1,000,000).

    /work/venv/bin/python benchmarks/bench_ledger.py [--claims 1000000] [--lookups 2000]

Builds a synthetic ledger in a temporary directory through `SQLiteLedger.record` (the real
write path: keys computed from the sentences), then times `candidates()` for new figures whose
keys are drawn from the same skewed distribution as the stored ones (a few subjects are in the
news every day). Prints build time, p50/p95/max per lookup over several repetitions (the
best repetition counts: the machine is shared).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from claimcheck.ledger import open_ledger
from claimcheck.ledger.identity import keyed_claims
from claimcheck.records import Article, Claim

METRICS = (
    "net profit",
    "revenues",
    "trade deficit",
    "exports",
    "imports",
    "budget deficit",
    "operating profit",
    "foreign debt",
    "output",
    "dividend",
)
PERIODS = (("1986", "year"), ("1987", "year"), ("1987-Q1", "quarter"), ("1987-02", "month"))
PERIOD_WORDS = {"1986": "1986", "1987": "1987", "1987-Q1": "first-quarter", "1987-02": "February"}
PERIOD_DAYS = {
    "1986": (date(1986, 1, 1), date(1986, 12, 31)),
    "1987": (date(1987, 1, 1), date(1987, 12, 31)),
    "1987-Q1": (date(1987, 1, 1), date(1987, 3, 31)),
    "1987-02": (date(1987, 2, 1), date(1987, 2, 28)),
}
FIGURES_PER_ARTICLE = 5


def subject_name(rank: int) -> str:
    """A company name per rank: "Zalor Vimex Holdings" (letters from the rank, no digits)."""
    letters = "abcdefghiklmnoprstuvz"
    word = ""
    value = rank + 1
    while value:
        value, digit = divmod(value, len(letters))
        word += letters[digit]
    return f"{word.capitalize()}ex Holdings"


def figure_sentence(
    rng: random.Random, article_id: str, offset: int, subjects: int
) -> tuple[str, list[Claim]]:
    """One sentence with one figure and its period, and the claims extraction would give."""
    # Skewed like news: a fifth of the figures are about the 100 subjects always in the news.
    rank = rng.randrange(100) if rng.random() < 0.2 else rng.randrange(subjects)
    name = subject_name(rank)
    metric = rng.choice(METRICS)
    period, granularity = rng.choice(PERIODS)
    word = PERIOD_WORDS[period]
    value = rng.randint(10, 9999) / 10
    figure = f"{value} mln dlrs"
    sentence = f"{name} reported a {word} {metric} of {figure}."
    period_start = sentence.index(word)
    figure_start = sentence.index(figure)
    first_day, last_day = PERIOD_DAYS[period]
    claims = [
        Claim(
            article_id=article_id,
            kind="date",
            text=word,
            start=offset + period_start,
            end=offset + period_start + len(word),
            sentence=sentence,
            sentence_start=offset,
            date=period,
            granularity=granularity,
            first_day=first_day,
            last_day=last_day,
        ),
        Claim(
            article_id=article_id,
            kind="money",
            text=figure,
            start=offset + figure_start,
            end=offset + figure_start + len(figure),
            sentence=sentence,
            sentence_start=offset,
            value=value * 1e6,
            unit="USD",
            dimension="currency",
        ),
    ]
    return sentence, claims


def synthetic_article(rng: random.Random, number: int, subjects: int):
    article_id = f"synthetic-{number}"
    sentences: list[str] = []
    claims: list[Claim] = []
    offset = 0
    for _ in range(FIGURES_PER_ARTICLE):
        sentence, sentence_claims = figure_sentence(rng, article_id, offset, subjects)
        sentences.append(sentence)
        claims.extend(sentence_claims)
        offset += len(sentence) + 1
    published = datetime(1987, 1, 1) + timedelta(minutes=number)
    article = Article(
        id=article_id, body=" ".join(sentences), source="Synthetic", published=published
    )
    return article, claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--subjects", type=int, default=50_000)
    parser.add_argument("--lookups", type=int, default=2000)
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--batch", type=int, default=2000, help="articles per transaction")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    claims_per_article = 2 * FIGURES_PER_ARTICLE
    articles = args.claims // claims_per_article
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "ledger.sqlite"
        started = time.perf_counter()
        with open_ledger(path) as ledger:
            for first in range(0, articles, args.batch):
                batch = [
                    synthetic_article(rng, number, args.subjects)
                    for number in range(first, min(first + args.batch, articles))
                ]
                ledger.record((article, "bench", claims) for article, claims in batch)
            stats = ledger.stats()
        built = time.perf_counter() - started
        print(
            f"built {stats['claims']:,} claims ({stats['matchable_claims']:,} matchable) in "
            f"{stats['articles']:,} articles: {built:.0f} s, "
            f"{path.stat().st_size / 1e6:.0f} MB"
        )
        probes = []
        for number in range(args.lookups):
            article, claims = synthetic_article(rng, articles + number, args.subjects)
            _, keys = rng.choice(keyed_claims(claims, article.body))
            probes.append((keys.match_keys(), article.published.isoformat(), article.id))
        best: tuple[float, float, float] | None = None
        found = 0
        with open_ledger(path) as ledger:
            for _ in range(args.repetitions):
                timings = []
                found = 0
                for match_keys, before, article_id in probes:
                    start = time.perf_counter()
                    found += len(ledger.candidates(match_keys, before, article_id))
                    timings.append(time.perf_counter() - start)
                timings.sort()
                figures = (
                    statistics.median(timings),
                    timings[int(0.95 * (len(timings) - 1))],
                    timings[-1],
                )
                if best is None or figures[1] < best[1]:
                    best = figures
        assert best is not None
        p50, p95, worst = (value * 1000 for value in best)
        print(
            f"candidate lookup over {args.lookups} new figures (best of {args.repetitions}): "
            f"p50 {p50:.3f} ms, p95 {p95:.3f} ms, max {worst:.3f} ms; "
            f"{found / len(probes):.1f} candidates per figure"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
