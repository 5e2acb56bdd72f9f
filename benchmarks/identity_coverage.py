"""How many quantity, money and percent claims get an identity (the key the ledger matches
figures of different articles on), on Reuters-21578 and on the BBC corpus, and what the
identity costs per article.

    .venv/bin/python benchmarks/identity_coverage.py [--corpus reuters|bbc|both] [--limit N]
    .venv/bin/python benchmarks/identity_coverage.py --corpus bbc --sample 50 [--seed 7]

`--sample N` prints N random claims that got an identity, with their sentence and the identity,
for a person to judge whether the identity is right (key precision). It prints corpus sentences:
terminal only. Skips cleanly when ../shared is absent.

The project is reached through `identify` alone: change that one function when the identity
model moves or changes shape.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claimcheck.records import Article

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
CORPORA = {
    "reuters": SHARED / "reuters21578.jsonl.gz",
    "bbc": SHARED / "bbc-news-2004.jsonl.gz",
}
FIGURE_KINDS = ("quantity", "money", "percent")


@dataclass(frozen=True)
class Figure:
    kind: str
    start: int
    end: int
    sentence: str
    identity: str | None  # readable identity, None when the figure got none


@dataclass(frozen=True)
class Identified:
    """One article's claims: every claim's kind, the figures with their identities, and the
    CPU seconds spent on the identities alone (not on extraction)."""

    claim_kinds: Counter
    figures: list[Figure]
    identity_seconds: float


def identify(article: Article) -> Identified:
    """The adapter: claims of one corpus article and the identity of each figure, as the ledger
    computes them (`claimcheck.ledger.identity.identify`, which the ledger entries of a run
    use: what / of what / when / part of, with basis, modality and source beside)."""
    from claimcheck.extract.claims import extract_claims
    from claimcheck.input.text import split_sentences
    from claimcheck.ledger.identity import identify as identify_figures

    sentences = split_sentences(article.body)
    claims = extract_claims(article, sentences)
    started = time.process_time()
    figures = identify_figures(article, claims, sentences)
    seconds = time.process_time() - started
    identities = {id(figure.claim): _readable(figure) for figure in figures}
    figures_out = [
        Figure(claim.kind, claim.start, claim.end, claim.sentence, identities.get(id(claim)))
        for claim in claims
        if claim.kind in FIGURE_KINDS
    ]
    return Identified(Counter(claim.kind for claim in claims), figures_out, seconds)


def _readable(figure) -> str:
    identity = figure.identity
    subject = identity.of_what
    if identity.event is not None:
        subject = f"{identity.event.kind} at {'+'.join(sorted(identity.event.anchors))}"
    parts = [identity.what, subject, identity.when or "-"]
    extra = [
        f"{name} {value}"
        for name, value in (
            ("part of", identity.part_of),
            ("basis", identity.basis),
            ("source", identity.source),
            ("modality", None if identity.modality == "fact" else identity.modality),
        )
        if value
    ]
    return " / ".join(parts) + f" ({figure.role}{'; ' + '; '.join(extra) if extra else ''})"


def records(path: Path, limit: int | None):
    """The corpus's articles with a body, read by the run's own reader (text, date and
    dateline as a run has them)."""
    from claimcheck.input.articles import read_jsonl
    from claimcheck.records import Article

    count = 0
    for article in read_jsonl(path):
        if not isinstance(article, Article) or not article.body:
            continue
        yield article
        count += 1
        if limit and count >= limit:
            return


def share(part: int, whole: int) -> str:
    return f"{part:,} of {whole:,} ({100 * part / whole:.1f} %)" if whole else f"{part} of 0"


def measure(name: str, path: Path, limit: int | None, sample: int, rng: random.Random) -> None:
    kinds: Counter = Counter()
    figures: Counter = Counter()
    identified: Counter = Counter()
    articles = 0
    identity_seconds = 0.0
    reservoir: list[tuple[str, Figure]] = []
    seen = 0
    started = time.process_time()
    for article in records(path, limit):
        result = identify(article)
        articles += 1
        identity_seconds += result.identity_seconds
        kinds.update(result.claim_kinds)
        for figure in result.figures:
            figures[figure.kind] += 1
            if figure.identity is None:
                continue
            identified[figure.kind] += 1
            # Reservoir sampling: a uniform sample without holding every figure.
            seen += 1
            if len(reservoir) < sample:
                reservoir.append((article.id, figure))
            elif (slot := rng.randrange(seen)) < sample:
                reservoir[slot] = (article.id, figure)
    total = time.process_time() - started
    print(f"{name}: {articles:,} articles, {sum(kinds.values()):,} claims")
    print(f"  figures with an identity: {share(sum(identified.values()), sum(figures.values()))}")
    for kind in FIGURE_KINDS:
        print(f"    {kind:9s} {share(identified[kind], figures[kind])}")
    every_claim = share(sum(identified.values()), sum(kinds.values()))
    print(f"  (of all claims, dates and durations included: {every_claim})")
    print(
        f"  identity CPU: {1000 * identity_seconds / max(articles, 1):.3f} ms per article "
        f"({identity_seconds:.1f} s; extraction and identity together {total:.1f} s)"
    )
    if sample:
        print(f"\n  {len(reservoir)} random figures with an identity (seed {rng.seed_used}):")
        for number, (article_id, figure) in enumerate(reservoir, 1):
            sentence = " ".join(figure.sentence.split())
            print(f"  #{number} {article_id} {figure.kind}: {figure.identity}\n      {sentence}")
        print()


class SeededRandom(random.Random):
    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        self.seed_used = seed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("reuters", "bbc", "both"), default="both")
    parser.add_argument("--limit", type=int, help="first N articles with a body of each corpus")
    parser.add_argument("--sample", type=int, default=0, help="print N random identified figures")
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    names = ("reuters", "bbc") if args.corpus == "both" else (args.corpus,)
    missing = [name for name in names if not CORPORA[name].exists()]
    if missing:
        absent = ", ".join(str(CORPORA[name]) for name in missing)
        print(f"skipped: {absent} not found (needs ../shared)")
        return 0
    for name in names:
        measure(name, CORPORA[name], args.limit, args.sample, SeededRandom(args.seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
