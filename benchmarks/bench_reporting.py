"""CPU of a chunk worker's own work around the checking, in one process, per 1,000 articles.

The first N Reuters records (default 1,000) are checked once with `rules/`; then each part
of the worker's path that is not extraction, identity or the checks is timed on them, best
and median of `--repeat` runs, in CPU seconds of this process (user + system):

- claims table: `report.tables.add_claim_columns` for every article;
- keep results: `run.batch._keep_results` (the results written for the reporter);
- read results: `run.batch._kept_results` (read back where the chunk is reported);
- pages: `RunReport.write_article` for every article with the file writes left out;
- pages written: the same with the files written (three per article, each a new file: the
  system time of creating files varies with the machine's other work);
- a chunk's pages and kept results: what `check_chunk` does after the checking (every page
  written, the results of the articles with a figure kept), files written.

    python benchmarks/bench_reporting.py --articles 1000 --repeat 5
    PYTHONPATH=OTHER/src python benchmarks/bench_reporting.py   # another tree's code
"""

from __future__ import annotations

import argparse
import gzip
import inspect
import itertools
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"


def measure(work: Callable[[], object], repeat: int) -> tuple[float, float]:
    spent = []
    for _ in range(repeat):
        started = time.process_time()
        work()
        spent.append(time.process_time() - started)
    return min(spent), statistics.median(spent)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} is absent")
        return

    import claimcheck.report.articles as articles_module
    from claimcheck.input.articles import read_jsonl
    from claimcheck.records import Article
    from claimcheck.report.tables import add_claim_columns
    from claimcheck.run import batch

    scratch = Path(tempfile.mkdtemp(prefix="claimcheck-bench-reporting-"))
    try:
        sample = scratch / "sample.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as source:
            sample.write_text("".join(itertools.islice(source, args.articles)))
        checker = batch.make_checker(batch.RunSettings("", None, rules_dir=str(ROOT / "rules")))
        records = [record for record in read_jsonl(sample) if isinstance(record, Article)]
        checked, results, *_page_claims = batch._check_articles(records, checker, "bench")
        positions = [(n, r, batch.claims_to_json(r.claims)) for n, r in enumerate(results)]
        if "ArticleResult, str" not in str(inspect.signature(batch._keep_results)):
            positions = [(n, r) for n, r, _claims in positions]  # a tree before it kept them
        pending = Path(batch._keep_results(str(scratch), positions, {}))
        ids = frozenset(result.article.id for result in results)
        written = itertools.count()

        def claims_table() -> None:
            columns: list[list] = []
            for result in results:
                add_claim_columns(columns, result.article, result.claims)

        def pages() -> None:
            report = articles_module.RunReport(scratch / f"run-{next(written)}", ids, None, 20)
            for result in results:
                report.write_article(result)

        def chunk_pages() -> None:
            # As `check_chunk` after the checking: every page written, the results of the
            # articles with a figure kept for the reporter.
            settings = batch.RunSettings(str(scratch / f"run-{next(written)}"), None)
            outcome = batch.ChunkOutcome(ledger_entries=checked.ledger_entries)
            report = articles_module.RunReport(Path(settings.reports_dir), ids, None, 20)
            stems, kept = batch._pages_now(outcome, results, settings, report)
            batch._keep_results(settings.reports_dir, kept, stems)

        def pages_unwritten() -> None:
            # The writers the pages go through, in this tree or an earlier one.
            names = ("write_atomic", "write_whole", "create_whole", "write_atomic_bytes")
            kept = {name: getattr(articles_module, name, None) for name in names}
            for name, writer in kept.items():
                if writer is not None:
                    setattr(articles_module, name, lambda path, data: True)
            try:
                pages()
            finally:
                for name, writer in kept.items():
                    if writer is not None:
                        setattr(articles_module, name, writer)

        parts = [
            ("claims table", claims_table),
            ("keep results", lambda: batch._keep_results(str(scratch), positions, {})),
            ("read results", lambda: list(batch._kept_results(pending, lambda *_: True))),
            ("pages, files not written", pages_unwritten),
            ("pages written", pages),
            ("a chunk's pages and kept results, as check_chunk", chunk_pages),
        ]
        scale = 1000 / len(results)
        print(f"{len(results)} articles; CPU ms per 1,000 (best / median of {args.repeat})")
        print("| part | CPU ms best | CPU ms median |")
        print("|---|---|---|")
        for name, work in parts:
            best, median = measure(work, args.repeat)
            print(f"| {name} | {best * 1000 * scale:.0f} | {median * 1000 * scale:.0f} |")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
