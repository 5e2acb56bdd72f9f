"""Only what is new: the articles and input files a run can skip because nothing changed.

An article is skipped when the ledger holds it under the same run key: a hash of its content
and of everything else that decides its findings (claimcheck's version, the rule files, the
selected codes). A JSON Lines file named on the command line is skipped whole, without being
read, when it is unchanged (size, modification time, rules) since a run recorded every record
of it: a rerun over an archive then costs a stat instead of parsing it.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from claimcheck import __version__
from claimcheck.input.articles import JSONL_SUFFIXES, InputProblem, content_hash
from claimcheck.ledger import ClaimLedger, open_ledger
from claimcheck.records import Article

Record = Article | InputProblem


def rules_digest(
    rules_dir: str | None, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> str:
    """What, besides an article, decides its findings: claimcheck's version, the rule files
    and the selected checks; a change to any of them makes every article new again."""
    digest = hashlib.sha256(__version__.encode())
    # A run limited to some checks must not mark articles done for a later run with all checks.
    digest.update(("select:" + ",".join(sorted(c.upper() for c in select))).encode())
    digest.update(("ignore:" + ",".join(sorted(c.upper() for c in ignore))).encode())
    if rules_dir:
        for path in sorted(Path(rules_dir).rglob("*.y*ml")):
            digest.update(b"\0" + path.relative_to(rules_dir).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_key(content_hash: str, rules_key: str) -> str:
    return hashlib.sha256(f"{content_hash}:{rules_key}".encode()).hexdigest()


def fresh_records(
    records: Sequence[Record],
    ledger_path: str | None,
    rules_key: str,
    ledger: ClaimLedger | None = None,
    redo: frozenset[str] = frozenset(),
) -> tuple[list[Record], int]:
    """The records a run must check (new or changed since the ledger stored them) and how
    many were skipped as unchanged. Unreadable records are always kept: they are reported.
    `ledger`, an open ledger, saves opening one per call; `redo`, ids checked again however
    the ledger holds them (recorded by a run killed before it reported them)."""
    if not ledger_path and ledger is None:
        return list(records), 0
    articles = [record for record in records if isinstance(record, Article)]
    if ledger is not None:
        stored = ledger.known_keys(article.id for article in articles)
    else:
        with open_ledger(ledger_path) as opened:
            stored = opened.known_keys(article.id for article in articles)
    fresh: list[Record] = []
    for record in records:
        if isinstance(record, Article):
            stored_key = stored.get(record.id)
            if (
                stored_key is not None
                and record.id not in redo
                and stored_key == run_key(content_hash(record), rules_key)
            ):
                continue
        fresh.append(record)
    return fresh, len(records) - len(fresh)


def ends_with_newline(path: Path) -> bool:
    """Whether a (possibly gzipped) JSON Lines file ends with a complete line."""
    if path.name.lower().endswith(".gz"):
        return True  # a gzip file is written whole (a growing one would not decompress)
    with open(path, "rb") as stream:
        stream.seek(0, os.SEEK_END)
        if stream.tell() == 0:
            return True
        stream.seek(-1, os.SEEK_END)
        return stream.read(1) == b"\n"


class InputFiles:
    """The whole-file skip of one run: which JSON Lines files need not be read, and, once the
    run is over, which files to note as done in the ledger."""

    def __init__(
        self, ledger: ClaimLedger | None, rules_key: str, log: logging.Logger | None = None
    ) -> None:
        self.ledger = ledger
        self.rules_key = rules_key
        self.log = log or logging.getLogger(__name__)
        # Files that may be noted as done: absolute name -> (stamp when read, path).
        self.stamps: dict[str, tuple[str, Path]] = {}
        self.read_counts: Counter[str] = Counter()
        self.problem_files: set[str] = set()
        self.skipped_records = 0

    def to_read(self, paths: Iterable[str]) -> list[str]:
        """The inputs to read: `paths` less the JSON Lines files known to be done."""
        if self.ledger is None:
            return list(paths)
        wanted = []
        for spec in paths:
            path = Path(spec)
            if not (path.name.lower().endswith(JSONL_SUFFIXES) and path.is_file()):
                wanted.append(spec)
                continue
            name = os.path.abspath(path)
            stamp = self.file_stamp(path)
            stored = self.ledger.input_stamp(name)
            if stored and stored.rsplit(":", 1)[0] == stamp:
                self.skipped_records += int(stored.rsplit(":", 1)[1])
                self.log.info("%s: unchanged since it was last recorded, not read", spec)
                continue
            self.stamps[name] = (stamp, path)
            wanted.append(spec)
        return wanted

    def file_stamp(self, path: Path) -> str:
        info = path.stat()
        return f"{info.st_size}:{info.st_mtime_ns}:{self.rules_key}"

    def count_read(self, chunk: Sequence[Record]) -> None:
        """Count a chunk's records against the files they came from."""
        if not self.stamps:
            return
        for record in chunk:
            name = os.path.abspath(record.path) if record.path else ""
            self.read_counts[name] += 1
            if not isinstance(record, Article):
                self.problem_files.add(name)  # reported again by every run: never skipped

    def note_done(self) -> None:
        """After a run without failures: note the files all of whose records are recorded."""
        if not self.stamps or self.ledger is None:
            return
        done = {}
        for name, (stamp, path) in self.stamps.items():
            count = self.read_counts.get(name, 0)
            if not count or name in self.problem_files or not ends_with_newline(path):
                continue  # unread (still settling), unreadable lines, or a line being written
            if self.file_stamp(path) == stamp:  # not changed while it was read
                done[name] = f"{stamp}:{count}"
        if done:
            self.ledger.set_input_stamps(done)
