"""CPU of the built-in checks (CC1xx) per article, on the first N Reuters-21578 articles with a
body: claims are extracted first, then every check runs on every article, `--repeat` times;
prints the best and the median of the runs in microseconds per article (`time.process_time`),
and with `--per-check` the best per check. Each run times fresh copies of the contexts (made
before the clock starts), so what a context keeps for its checks is not carried from one run
into the next.

    .venv/bin/python benchmarks/bench_checks.py [--articles 3000] [--repeat 3] [--per-check]

With `--findings OUT.jsonl` it times nothing and writes every built-in check's findings on
the first N articles of `--corpus` (reuters or bbc; `--articles 0`: all of them), one JSON
line each, in a fixed order: two such files (before and after a change, the older code
put first on PYTHONPATH) are compared with `cmp` to show a speed-up left the output as it was.

Skips cleanly when ../shared is absent.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
REUTERS = CORPORA / "reuters21578.jsonl.gz"
CORPUS_FILES = {"reuters": REUTERS, "bbc": CORPORA / "bbc-news-2004.jsonl.gz"}


def contexts(limit: int, corpus: Path = REUTERS) -> list:
    """The articles with their claims and sentences, as the checks receive them."""
    from claimcheck.checks import ArticleContext
    from claimcheck.extract.claims import extract_claims
    from claimcheck.input.text import split_sentences
    from claimcheck.records import Article

    built = []
    with gzip.open(corpus, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not record.get("body"):
                continue
            published = record.get("published")
            moment = datetime.fromisoformat(published) if published else None
            article = Article(id=record["id"], body=record["body"], published=moment)
            sentences = split_sentences(article.body)
            claims = tuple(extract_claims(article, sentences))
            built.append(ArticleContext(article, claims, tuple(sentences)))
            if len(built) == limit:
                break
    return built


def builtin_checks() -> dict[str, Callable]:
    from claimcheck.checks.registry import registered_checks

    return {
        code: spec.function
        for code, spec in sorted(registered_checks().items())
        if code.startswith("CC1")
    }


def seconds(checks: list[Callable], articles: list) -> float:
    # Fresh copies of the contexts each run, made before the clock starts: what a context
    # keeps for its checks (the sentence of each offset) is not carried into the next run.
    fresh = [replace(context) for context in articles]
    started = time.process_time()
    for context in fresh:
        for check in checks:
            for _ in check(context):
                pass
    return time.process_time() - started


def write_findings(checks: dict[str, Callable], articles: list, out: Path) -> int:
    """Every finding of every check on every article, one JSON line each; the count."""
    written = 0
    with out.open("w", encoding="utf-8") as lines:
        for context in articles:
            for code, check in checks.items():
                for finding in check(context):
                    record = {"article": context.article.id, "code": code, "finding": finding}
                    lines.write(json.dumps(record, default=_plain, sort_keys=True) + "\n")
                    written += 1
    return written


def _plain(value: object) -> object:
    """Findings are dataclasses (with enums and nested records): their fields as JSON."""
    from dataclasses import asdict, is_dataclass
    from enum import Enum

    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, Enum):
        return value.value
    return repr(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--per-check", action="store_true")
    parser.add_argument("--corpus", choices=sorted(CORPUS_FILES), default="reuters")
    parser.add_argument("--findings", type=Path, help="write the findings here, time nothing")
    args = parser.parse_args(argv)
    corpus = CORPUS_FILES[args.corpus]
    if not corpus.exists():
        print(f"skipped: {corpus} is absent")
        return 0
    articles = contexts(args.articles, corpus)
    checks = builtin_checks()
    if args.findings is not None:
        written = write_findings(checks, articles, args.findings)
        print(f"{written} findings on {len(articles)} articles written to {args.findings}")
        return 0
    runs = [seconds(list(checks.values()), articles) for _ in range(args.repeat)]
    per_article = [1e6 * run / len(articles) for run in runs]
    print(
        f"{len(checks)} checks on {len(articles)} articles: best {min(per_article):.0f} µs, "
        f"median {statistics.median(per_article):.0f} µs per article"
    )
    if args.per_check:
        for code, check in checks.items():
            best = min(seconds([check], articles) for _ in range(args.repeat))
            print(f"  {code}: {1e6 * best / len(articles):.0f} µs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
