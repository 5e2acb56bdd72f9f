"""A corpus N times the size of Reuters, for scaling runs: every record copied N times, each
copy with its own id (`<id>-x<k>`) and its publication date moved k times 52 weeks on, so that
the copies fall in later years on the same weekdays (a "Monday" in the text stays right).
With `--years-in-text`, the years written in a copy's title and body move on with its date, so
that the copies read as later years' news rather than as reprints of 1987's (a reprint's figures
agree with every earlier copy's, and the ledger links each to all of them).

Streamed: one record read, N written, gzip JSON Lines; never the corpus in memory. With
`--slices`, one file per copy (a year each), to run an archive slice by slice.

    python benchmarks/scale_corpus.py --times 10 --out /tmp/reuters-10x.jsonl.gz
    python benchmarks/scale_corpus.py --times 10 --slices --out /tmp/reuters-10-years/
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
# 52 weeks: a copy's dates keep their weekdays.
SHIFT = timedelta(weeks=52)
# A year in running text; the corpus's own years are 19xx.
YEAR = re.compile(r"\b(19[0-9]{2})\b")


def shifted(published: str | None, copy: int) -> str | None:
    if not published or copy == 0:
        return published
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return published
    return (moment + copy * SHIFT).isoformat(timespec="milliseconds")


def years_moved(text: str | None, copy: int) -> str | None:
    if not text or copy == 0:
        return text
    return YEAR.sub(lambda year: str(int(year.group(1)) + copy), text)


def copies(record: dict, times: int, years_in_text: bool = False) -> Iterator[dict]:
    """The record's `times` copies; the first keeps its id and date."""
    for copy in range(times):
        if copy == 0:
            yield record
            continue
        changed = {
            "id": f"{record['id']}-x{copy}",
            "published": shifted(record.get("published"), copy),
        }
        if years_in_text:
            for field in ("title", "body", "dateline"):
                if isinstance(record.get(field), str):
                    changed[field] = years_moved(record[field], copy)
        yield record | changed


def write_scaled(source: Path, target: Path, times: int, years_in_text: bool = False) -> int:
    """Write `times` copies of every record of `source` to `target`; records written.

    Each source record's copies are written together: a run reads them in file order, so the
    chunks mix years, as an archive loaded in any order would."""
    written = 0
    with (
        gzip.open(source, "rt", encoding="utf-8") as records,
        gzip.open(target, "wt", encoding="utf-8", compresslevel=3) as out,
    ):
        for line in records:
            if not line.strip():
                continue
            for copy in copies(json.loads(line), times, years_in_text):
                out.write(json.dumps(copy, ensure_ascii=False) + "\n")
                written += 1
    return written


def write_slices(source: Path, folder: Path, times: int, years_in_text: bool = False) -> list[Path]:
    """The same records as `write_scaled`, one file per copy (copy k: the corpus moved k
    years on), for runs of an archive slice by slice in date order."""
    folder.mkdir(parents=True, exist_ok=True)
    targets = [folder / f"reuters-copy{copy}.jsonl.gz" for copy in range(times)]
    with contextlib.ExitStack() as stack:
        outs = [
            stack.enter_context(gzip.open(target, "wt", encoding="utf-8", compresslevel=3))
            for target in targets
        ]
        records = stack.enter_context(gzip.open(source, "rt", encoding="utf-8"))
        for line in records:
            if line.strip():
                for out, copy in zip(
                    outs, copies(json.loads(line), times, years_in_text), strict=True
                ):
                    out.write(json.dumps(copy, ensure_ascii=False) + "\n")
    return targets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--source", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument(
        "--slices", action="store_true", help="one file per copy in the folder --out"
    )
    parser.add_argument(
        "--years-in-text",
        action="store_true",
        help="move the years written in each copy's text on with its date",
    )
    args = parser.parse_args()
    if not args.source.exists():
        print(f"skipped: {args.source} not found (the shared corpus is not on this machine)")
        return 0
    if args.slices:
        for target in write_slices(args.source, args.out, args.times, args.years_in_text):
            print(target)
        return 0
    written = write_scaled(args.source, args.out, args.times, args.years_in_text)
    print(f"{written:,} records written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
