"""Fail when the source shares a run of words with the NewsQuant or TimeML evaluation texts.

Code written for one evaluation sentence (a branch, a table entry, a comment quoting it) tunes
the extractor to the test instead of the phenomenon. This lint finds the quotes: a file under
src/ (Python and data files) fails when it holds a run of 5 words that also occurs in an
evaluation text, counting only runs that carry information: with a digit, or with at least two
words of 7 or more letters ("the number of people in" is common English, "outperformed
analysts' expectations by 12" is a quote).

Words are lower-cased tokens of letters, digits and `$%£€.,'-`, stripped of `.,'` at both ends.
Prints `path:line: words` per shared run; exit 1 when there is any, 0 when there is none or
when ../shared is absent (nothing to compare with).

    .venv/bin/python benchmarks/check_eval_overlap.py [--shared DIR] [PATH ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
SOURCE_SUFFIXES = frozenset({".py", ".yml", ".yaml", ".json", ".txt", ".csv", ".toml"})
RUN = 5
LONG_WORD = 7

_TOKEN = re.compile(r"[A-Za-z0-9$%£€.,'-]+")
_TAG = re.compile(r"<[^>]*>")
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.DOTALL)


def tokens(text: str) -> Iterator[tuple[str, int]]:
    """(word, offset) of each word of `text`, lower case, stripped of `.,'` at both ends."""
    for match in _TOKEN.finditer(text.lower()):
        word = match.group().strip(".,'")
        if word:
            yield word, match.start()


def informative(run: tuple[str, ...]) -> bool:
    if any(character.isdigit() for word in run for character in word):
        return True
    return sum(1 for word in run if len(word) >= LONG_WORD) >= 2


def runs(words: list[str]) -> Iterator[tuple[int, tuple[str, ...]]]:
    for index in range(len(words) - RUN + 1):
        run = tuple(words[index : index + RUN])
        if informative(run):
            yield index, run


def evaluation_texts(shared: Path) -> Iterator[str]:
    newsquant = shared / "eval" / "newsquant-dev.json"
    if newsquant.exists():
        for sentence in json.loads(newsquant.read_text(encoding="utf-8")):
            yield sentence["text"]
    for path in sorted((shared / "eval" / "timeml").rglob("*.tml")):
        source = path.read_text(encoding="utf-8")
        match = _TEXT.search(source)
        yield unescape(_TAG.sub("", match.group(1) if match else source))


def evaluation_runs(texts: Iterable[str]) -> set[tuple[str, ...]]:
    found: set[tuple[str, ...]] = set()
    for text in texts:
        found.update(run for _, run in runs([word for word, _ in tokens(text)]))
    return found


def source_files(paths: Iterable[Path]) -> Iterator[Path]:
    for path in paths:
        if path.is_file():
            yield path
        else:
            yield from sorted(
                file
                for file in path.rglob("*")
                if file.is_file() and file.suffix.lower() in SOURCE_SUFFIXES
            )


def shared_runs(path: Path, known: set[tuple[str, ...]]) -> Iterator[tuple[int, str]]:
    """(line, words) of each maximal stretch of `path` made of runs found in `known`."""
    text = path.read_text(encoding="utf-8", errors="replace")
    found = list(tokens(text))
    words = [word for word, _ in found]
    hits = [index for index, run in runs(words) if run in known]
    stretch_start = stretch_end = -1
    for index in [*hits, None]:
        if index is not None and index <= stretch_end:
            stretch_end = index + RUN
            continue
        if stretch_start >= 0:
            line = text.count("\n", 0, found[stretch_start][1]) + 1
            yield line, " ".join(words[stretch_start:stretch_end])
        if index is not None:
            stretch_start, stretch_end = index, index + RUN


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[ROOT / "src"])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args(argv)
    if not (args.shared / "eval").is_dir():
        print(f"evaluation texts not found under {args.shared}; overlap check skipped.")
        return 0
    known = evaluation_runs(evaluation_texts(args.shared))
    failures = 0
    for path in source_files(args.paths):
        for line, words in shared_runs(path, known):
            failures += 1
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"{shown}:{line}: shares with the evaluation texts: {words}")
    if failures:
        print(f"{failures} run(s) of {RUN}+ words shared with NewsQuant/TimeML texts.")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
