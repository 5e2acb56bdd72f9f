"""CPU seconds of a pool worker's stages, from a CPU-clocked profile of its chunks.

The steps of `bench_worker_chunks.py` (the first N Reuters records after 50, chunks of 400
through `run.batch.check_chunk` as a worker of `claimcheck run --rules rules` checks them,
every page written, the outcome pickled) under cProfile with `time.process_time` as its
clock, so that waiting for a core on a loaded machine counts for nothing. Prints each stage's
cumulative CPU seconds (the profiler's own cost inflates every stage by about the same
factor: compare shares, or the same stage before and after a change).

    python benchmarks/bench_worker_stages.py [--records 2050]
    PYTHONPATH=OTHER/src python benchmarks/bench_worker_stages.py   # another tree's code
"""

from __future__ import annotations

import cProfile
import time

from bench_worker_chunks import sample_arguments, worker_sample

# (stage, [(end of the module's path, function)] added, [...] taken away): cumulative times.
STAGES: list[tuple[str, list[tuple[str, str]], list[tuple[str, str]]]] = [
    ("extract: quantities", [("extract/quantities.py", "find_quantities")], []),
    ("identity of figures", [("ledger/identity.py", "identify")], []),
    ("built-in checks", [("checks/registry.py", "run_checks")], []),
    ("pages (write_article)", [("report/articles.py", "write_article")], []),
    ("  pages: HTML", [("report/html.py", "article_html")], []),
    ("  pages: Markdown", [("report/markdown.py", "article_markdown")], []),
    ("  pages: files", [("report/files.py", "write_whole")], []),
    (
        "extract: dates and clock times",
        [("extract/dates.py", "find_dates"), ("extract/clock.py", "find_clock_times")],
        [],
    ),
    (
        "ledger entry less identities",
        [("pipeline/checker.py", "ledger_entry_for")],
        [("ledger/identity.py", "identify")],
    ),
    ("claims as the JSON page holds them", [("pipeline/checker.py", "claims_to_json")], []),
    (
        "claims as JSON, the page's and the ledger's in one pass",
        [("pipeline/checker.py", "claims_texts")],
        [],
    ),
    (
        "extract: the rest (claims, neighbours)",
        [("extract/claims.py", "read_claims")],
        [
            ("extract/quantities.py", "find_quantities"),
            ("extract/dates.py", "find_dates"),
            ("extract/clock.py", "find_clock_times"),
        ],
    ),
    ("rule sets", [("rules/__init__.py", "check")], []),
    ("sentences split", [("input/text.py", "split_sentences")], []),
    ("claims table columns", [("report/tables.py", "add_claim_columns")], []),
    ("results kept", [("run/batch.py", "_keep_results")], []),
]


def main() -> None:
    args = sample_arguments(__doc__)
    if args is None:
        return
    with worker_sample(args.records, args.chunk_size, "claimcheck-bench-stages-") as (count, run):
        profile = cProfile.Profile(time.process_time)
        started = time.process_time()
        profile.enable()
        run()
        profile.disable()
        total = time.process_time() - started
    stats = profile.getstats()
    cumulative: dict[tuple[str, str], float] = {}
    for entry in stats:
        code = entry.code
        if isinstance(code, str):
            continue
        key_ = (code.co_filename, code.co_name)
        cumulative[key_] = cumulative.get(key_, 0.0) + entry.totaltime

    def seconds(functions: list[tuple[str, str]]) -> float:
        return sum(
            spent
            for (filename, name), spent in cumulative.items()
            for end, wanted in functions
            if name == wanted and filename.endswith(end)
        )

    print(f"{count} records: {total:.2f} CPU s profiled")
    print("| stage (worker) | CPU s, profiled | share |")
    print("|---|---|---|")
    for stage, added, taken in STAGES:
        spent = seconds(added) - seconds(taken)
        print(f"| {stage} | {spent:.3f} | {100 * spent / total:.1f} % |")


if __name__ == "__main__":
    main()
