"""Core pipeline throughput on the Reuters corpus: articles/s, claims/s, seconds per stage.

Runs the plain-Python stages (no Prefect) in one process over the first N articles of
../shared/corpora/reuters21578.jsonl.gz and prints one Markdown table row per size: wall
seconds per stage, and the CPU seconds of the whole loop and of extraction (the figure to
compare on a shared machine).

    python benchmarks/bench_pipeline.py --sizes 1000 10000 0     # 0 = the whole corpus
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from claimcheck.checks import ArticleContext, run_checks
from claimcheck.extract.claims import extract_claims
from claimcheck.input.articles import InputProblem, read_articles
from claimcheck.input.text import split_sentences
from claimcheck.pipeline.checker import locate_findings

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "reuters21578.jsonl.gz"


def load(limit: int) -> list:
    articles = []
    for record in read_articles([CORPUS]):
        if isinstance(record, InputProblem):
            continue
        articles.append(record)
        if limit and len(articles) >= limit:
            break
    return articles


def measure(articles: list) -> dict[str, float]:
    stages = {"sentences": 0.0, "extract": 0.0, "extract_cpu": 0.0, "checks": 0.0, "locate": 0.0}
    claims = findings = 0
    clock = time.perf_counter
    cpu = time.process_time
    started, cpu_started = clock(), cpu()
    for article in articles:
        t0 = clock()
        sentences = split_sentences(article.body)
        t1, c1 = clock(), cpu()
        article_claims = tuple(extract_claims(article, sentences))
        t2 = clock()
        stages["extract_cpu"] += cpu() - c1
        found = run_checks(ArticleContext(article, article_claims, tuple(sentences)))
        t3 = clock()
        located = locate_findings(article, found)
        t4 = clock()
        stages["sentences"] += t1 - t0
        stages["extract"] += t2 - t1
        stages["checks"] += t3 - t2
        stages["locate"] += t4 - t3
        claims += len(article_claims)
        findings += len(located)
    total = clock() - started
    total_cpu = cpu() - cpu_started
    return {"total": total, "cpu": total_cpu, "claims": claims, "findings": findings, **stages}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 0])
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
        return 0
    print(
        "| articles | seconds | CPU s | articles/s | claims/s | sentences s | extract s |"
        " extract CPU s | checks s | locate s | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for size in args.sizes:
        articles = load(size)
        # Warm the caches (pint, dateparser, lexicons) outside the measured loop.
        measure(articles[:50])
        figures = measure(articles)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        rate = len(articles) / figures["total"]
        print(
            f"| {len(articles):,} | {figures['total']:.2f} | {figures['cpu']:.2f} | {rate:,.0f}"
            f" | {figures['claims'] / figures['total']:,.0f} | {figures['sentences']:.2f}"
            f" | {figures['extract']:.2f} | {figures['extract_cpu']:.2f}"
            f" | {figures['checks']:.2f} | {figures['locate']:.2f} | {peak_mb:,.0f} |"
        )
        sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
