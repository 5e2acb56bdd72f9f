"""The file system's part of a run's page stage, apart from rendering: N articles' three page
files (JSON, Markdown, HTML, of about a Reuters page's sizes) created as a run creates them
(`report.files.create_whole`: an unnamed file linked into `articles/`), in a fresh folder
under each --where, then the folder removed as the whole-run benchmark removes its run.
Repeated, alternating the folders; prints wall, user and system seconds of each write and
each removal. On a disk file system the system seconds of the same writes swing with the
machine's other file work (and with the removal of the folder written before); on tmpfs
they stay flat.

    python benchmarks/bench_page_files.py --where /tmp /dev/shm --repeat 3
"""

from __future__ import annotations

import argparse
import functools
import resource
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from claimcheck.report.files import create_whole

# Bytes of one article's page files, about the Reuters corpus's average page.
PAGE_BYTES = {".json": 4000, ".md": 1500, ".html": 9000}


def _cpu() -> tuple[float, float]:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime, usage.ru_stime


def _timed(action: str, where: str, work: Callable[[], object]) -> None:
    wall, (user, system) = time.perf_counter(), _cpu()
    work()
    user_after, system_after = _cpu()
    print(
        f"| {where} | {action} | {time.perf_counter() - wall:.2f}"
        f" | {user_after - user:.2f} | {system_after - system:.2f} |",
        flush=True,
    )


def write_pages(folder: Path, articles: int) -> None:
    pages = {suffix: b"x" * size for suffix, size in PAGE_BYTES.items()}
    target = folder / "run" / "articles"
    target.mkdir(parents=True)
    for number in range(articles):
        for suffix, data in pages.items():
            create_whole(f"{target}/{number:05d}{suffix}", data)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--where", nargs="+", default=["/tmp", "/dev/shm"])
    parser.add_argument("--articles", type=int, default=21578)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| folder | step | wall s | user s | system s |\n|---|---|---|---|---|")
    for _ in range(args.repeat):
        for where in args.where:
            folder = Path(tempfile.mkdtemp(prefix="claimcheck-bench-pages-", dir=where))
            try:
                _timed("write", where, functools.partial(write_pages, folder, args.articles))
            finally:
                _timed("remove", where, functools.partial(shutil.rmtree, folder))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
