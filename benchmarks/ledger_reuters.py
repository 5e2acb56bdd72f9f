"""Reuters-21578 through extraction, the ledger and PriorCheck in date order: finding counts,
matching time per article, and a sample of findings (both sentences) to judge by hand.

    /work/venv/bin/python benchmarks/ledger_reuters.py [--limit N] [--sample 50] [--out FILE]

Skips cleanly when ../shared (the corpus) is absent. The sample goes outside the repository
(default /tmp/ledger_reuters_sample.txt) because it quotes Reuters sentences.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.ledger import open_ledger
from claimcheck.ledger.priors import PriorCheck
from claimcheck.records import Article

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"


def read_corpus(path: Path, limit: int | None) -> list[Article]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    rows = [row for row in rows if row.get("body")]
    rows.sort(key=lambda row: (row["published"], row["id"]))
    if limit:
        rows = rows[:limit]
    return [
        Article(
            id=row["id"],
            body=row["body"],
            title=row.get("title") or "",
            source=row.get("source") or "Reuters",
            published=datetime.fromisoformat(row["published"]),
        )
        for row in rows
    ]


def _flat(text: str) -> str:
    return " ".join(text.split())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1987)
    parser.add_argument("--out", type=Path, default=Path("/tmp/ledger_reuters_sample.txt"))
    parser.add_argument("--keep-ledger", type=Path, help="build the ledger here and keep it")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found (needs ../shared)")
        return 0
    articles = read_corpus(args.corpus, args.limit)
    findings = []
    match_seconds: list[float] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as directory:
        ledger_path = args.keep_ledger or Path(directory) / "ledger.sqlite"
        if ledger_path.exists():
            ledger_path.unlink()
        with open_ledger(ledger_path) as ledger:
            prior_check = PriorCheck(ledger)
            for article in articles:
                sentences = split_sentences(article.body)
                claims = tuple(extract_claims(article, sentences))
                context = ArticleContext(article, claims, tuple(sentences))
                before = time.perf_counter()
                found = prior_check.check(context)
                match_seconds.append(time.perf_counter() - before)
                findings.extend(found)
                # Compare first, then record: an article never meets itself.
                ledger.record([(article, "bench", claims)])
            stats = ledger.stats()
    total = time.perf_counter() - started
    counts = Counter(finding.rule for finding in findings)
    match_seconds.sort()
    print(f"articles: {len(articles)}, ledger: {stats}")
    print(f"prior findings by code: {dict(sorted(counts.items()))}")
    mean = sum(match_seconds) / len(match_seconds)
    p95 = match_seconds[int(0.95 * (len(match_seconds) - 1))]
    print(
        f"matching per article: mean {mean * 1000:.2f} ms, p95 {p95 * 1000:.2f} ms, "
        f"max {match_seconds[-1] * 1000:.2f} ms; whole run {total:.1f} s"
    )
    rng = random.Random(args.seed)
    sample = rng.sample(findings, min(args.sample, len(findings)))
    with args.out.open("w", encoding="utf-8") as handle:
        for number, finding in enumerate(sample, 1):
            evidence = finding.evidence
            handle.write(
                f"#{number} {finding.rule} {finding.article_id} vs {evidence['prior_article_id']}"
                f" ({evidence['prior_published']}) measure={evidence['measure']} "
                f"period={evidence['period']} subject={evidence['subject']}\n"
                f"  NEW   [{finding.text}] {_flat(evidence['sentence'])}\n"
                f"  PRIOR [{evidence['prior_text']}] {_flat(evidence['prior_sentence'])}\n"
                "\n"
            )
    with args.out.with_suffix(".jsonl").open("w", encoding="utf-8") as handle:
        for finding in findings:
            handle.write(json.dumps(finding.to_dict()) + "\n")
    print(
        f"sample of {len(sample)} findings in {args.out}; all in {args.out.with_suffix('.jsonl')}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
