"""Whether a change left a run's output as it was: the first 3,000 Reuters records and
examples/articles through `claimcheck run --rules rules --workers 2` (fresh folders, fresh
ledgers, against a running Prefect server), then every file of the two reports folders
compared byte for byte once the run id and clock times are masked, the parquet tables
row for row without the run id column, and the ledgers table by table, row for row, without
the times of recording and the inputs' stamps.

    python benchmarks/same_reports.py run AFTER_DIR --api-url http://127.0.0.1:4200/api
    PYTHONPATH=COPY/pp python benchmarks/same_reports.py run BEFORE_DIR --api-url ...
    python benchmarks/same_reports.py compare BEFORE_DIR AFTER_DIR

(`run --reports-for findings`: pages only for articles with findings, as `claimcheck run`;
`run --records 0`: the whole corpus.)

`COPY/pp` holds links claimcheck -> COPY/src/claimcheck and claimcheck_flows -> COPY/flows of
an unpacked `git archive` of the code to compare with.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
CLAIMCHECK = Path(sys.executable).with_name("claimcheck")
RECORDS = 3000

RUN_ID = re.compile(rb"\d{8}T\d{6}Z-[0-9a-f]{6}")
# Clock times of the run itself (the articles' own dates are decades older).
CLOCK = re.compile(
    rb"20[2-9]\d-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:\+00:00|Z)?|at \d\d:\d\d UTC"
)
TIMINGS_BLOCK = re.compile(rb'"timings_seconds": \{[^}]*\}')
INDEX_SECONDS = re.compile(rb'<td class="num">\d+\.\d{3}</td>|\d+\.\d s in all')


def run(target: Path, api_url: str, reports_for: str = "all", records: int = RECORDS) -> None:
    target.mkdir(parents=True, exist_ok=False)
    sample = target / f"reuters-{records or 'all'}.jsonl"
    with gzip.open(CORPUS, "rt", encoding="utf-8") as source, sample.open("w") as out:
        for number, line in enumerate(source):
            if records and number >= records:
                break
            out.write(line)
    env = os.environ | {"PREFECT_API_URL": api_url, "PREFECT_LOGGING_LEVEL": "WARNING"}
    for name, inputs in (("reuters", sample), ("examples", ROOT / "examples" / "articles")):
        folder = target / name
        command = [str(CLAIMCHECK), "run", str(inputs), "--rules", str(ROOT / "rules")]
        command += ["--workers", "2", "--no-progress", "--reports", str(folder / "reports")]
        command += ["--reports-for", reports_for]
        command += ["--ledger", str(folder / "ledger.sqlite")]
        subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)


def masked(path: Path, folder: Path) -> bytes:
    # The inputs' paths name the folder the run was made in.
    data = path.read_bytes().replace(str(folder.resolve()).encode(), b"FOLDER")
    data = RUN_ID.sub(b"RUN", data)
    data = CLOCK.sub(b"CLOCK", data)
    if path.name == "summary.json" or path.name == "runs.json":
        data = TIMINGS_BLOCK.sub(b'"timings_seconds": {}', data)
    if path.suffix in (".html", ".md") and path.stem in ("index", "README"):
        data = INDEX_SECONDS.sub(b"SECONDS", data)
    return data


def report_files(folder: Path) -> dict[str, Path]:
    files = {}
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix != ".parquet" and "ledger.sqlite" not in path.name:
            files[RUN_ID.sub(b"RUN", str(path.relative_to(folder)).encode()).decode()] = path
    return files


def same_tables(before: Path, after: Path) -> list[str]:
    import pyarrow.parquet as pq

    problems = []
    for path in sorted(before.rglob("*.parquet")):
        relative = RUN_ID.sub(b"RUN", str(path.relative_to(before)).encode()).decode()
        twins = [
            p
            for p in after.rglob(path.name)
            if RUN_ID.sub(b"RUN", str(p.relative_to(after)).encode()).decode() == relative
        ]
        if not twins:
            problems.append(f"missing table {relative}")
            continue
        old, new = pq.read_table(path), pq.read_table(twins[0])
        if old.schema != new.schema:
            problems.append(f"schema differs: {relative}")
            continue
        columns = [name for name in old.column_names if name != "run_id"]
        if not _without_folder(old.select(columns), before).equals(
            _without_folder(new.select(columns), after)
        ):
            problems.append(f"rows differ: {relative}")
    return problems


def _without_folder(table, folder: Path):
    import pyarrow.compute as pc

    if "path" not in table.column_names:
        return table
    index = table.column_names.index("path")
    paths = pc.replace_substring(table.column("path"), str(folder.resolve()), "FOLDER")
    return table.set_column(index, "path", paths)


# What a ledger holds that is the run's own: when it recorded, where its input was.
LEDGER_CLOCKS = {"articles": ("recorded_at",), "dismissals": ("dismissed_at",)}


def same_ledgers(before: Path, after: Path) -> list[str]:
    """Every table of each ledger.sqlite row for row (in rowid order), but the times of
    recording, the inputs' folder and the inputs' stamps in `meta`."""
    import sqlite3

    problems = []
    for path in sorted(before.rglob("ledger.sqlite")):
        twin = after / path.relative_to(before)
        if not twin.exists():
            problems.append(f"missing ledger {path.relative_to(before)}")
            continue
        old, new = (sqlite3.connect(f"file:{p}?mode=ro", uri=True) for p in (path, twin))
        tables = [
            row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            rows = [_ledger_rows(db, table, folder) for db, folder in ((old, before), (new, after))]
            if rows[0] != rows[1]:
                problems.append(f"ledger table differs: {path.relative_to(before)} {table}")
        old.close()
        new.close()
    return problems


def _ledger_rows(db, table: str, folder: Path) -> list[tuple]:
    columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    kept = [c for c in columns if c not in LEDGER_CLOCKS.get(table, ())]
    where = " WHERE key NOT LIKE 'input:%'" if table == "meta" else ""
    order = " ORDER BY key" if table == "meta" else " ORDER BY rowid"
    listed = ", ".join(f'"{c}"' for c in kept)
    mark = str(folder.resolve())
    return [
        tuple(v.replace(mark, "FOLDER") if isinstance(v, str) else v for v in row)
        for row in db.execute(f'SELECT {listed} FROM "{table}"{where}{order}')
    ]


def compare(before: Path, after: Path) -> int:
    old, new = report_files(before), report_files(after)
    problems = [f"only before: {name}" for name in sorted(old.keys() - new.keys())]
    problems += [f"only after: {name}" for name in sorted(new.keys() - old.keys())]
    same = 0
    for name in sorted(old.keys() & new.keys()):
        if masked(old[name], before) == masked(new[name], after):
            same += 1
        else:
            problems.append(f"differs: {name}")
    problems += same_tables(before, after)
    problems += same_ledgers(before, after)
    for problem in problems[:40]:
        print(problem)
    print(f"{same} files identical, {len(problems)} difference(s)")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    runner = commands.add_parser("run")
    runner.add_argument("target", type=Path)
    runner.add_argument("--api-url", required=True)
    runner.add_argument("--reports-for", choices=("all", "findings"), default="all")
    runner.add_argument("--records", type=int, default=RECORDS, help="0: the whole corpus")
    comparer = commands.add_parser("compare")
    comparer.add_argument("before", type=Path)
    comparer.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "run":
        if not CORPUS.exists():
            print(f"skipped: {CORPUS} not found")
            return 0
        run(args.target, args.api_url, args.reports_for, args.records)
        return 0
    return compare(args.before, args.after)


if __name__ == "__main__":
    raise SystemExit(main())
