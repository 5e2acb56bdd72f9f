"""Score claimcheck.extract.dates.find_dates on TempEval-3 TimeML DATE values and measure its speed.

Usage:
    python benchmarks/eval_timeml.py [--errors [A|B|all]] [--repeat N] [--reuters] [--shared DIR]

DATE value scoring follows TempEval-3: system and gold mentions are paired one-to-one by span
overlap; a pair is correct when the TIMEX3 value is equal. Precision is over system DATE
mentions, recall over gold DATE mentions. Values are compared in one notation
(`canonical_value`) where TimeML writes the same value two ways: an ISO week number with two
digits ("2000-W7" is "2000-W07", as ISO 8601 writes it) and a decade or century by its digits
alone ("198X" is "198", the 1980s, as the TIMEX3 guidelines write it); nothing else is rewritten.

The documents are split into two folds by a stable hash of the file name (`fold_of`): fold A
to develop on (``--errors`` lists its errors), fold B to report only. Both are printed, with
the whole and the gap A - B.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime
from html import unescape
from pathlib import Path

from claimcheck.extract.dates import find_dates

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass(frozen=True)
class Document:
    name: str
    base: date
    text: str
    gold: list[GoldTimex]


def load_document(path: Path) -> Document:
    """Raw TEXT (tags stripped, entities decoded) with gold TIMEX3 spans into it."""
    source = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>\s*<TIMEX3 [^>]*value="([^"]+)"', source)
    if dct is None:
        raise ValueError(f"{path}: no DCT")
    base = date.fromisoformat(dct.group(1)[:10])
    body = source[source.index("<TEXT>") + len("<TEXT>") : source.index("</TEXT>")]
    pieces: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    gold: list[GoldTimex] = []
    position = 0
    for tag in _TAG.finditer(body):
        chunk = unescape(body[position : tag.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = tag.end()
        if tag.group(2) != "TIMEX3":
            continue
        if tag.group(1) == "":
            open_timex = (length, dict(_ATTR.findall(tag.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            text = "".join(pieces)[start:length]
            gold.append(
                GoldTimex(start, length, attrs.get("type", ""), attrs.get("value", ""), text)
            )
            open_timex = None
    pieces.append(unescape(body[position:]))
    return Document(path.name, base, "".join(pieces), gold)


FOLDS = ("A", "B")


def fold_of(name: str) -> str:
    """Fold of a TimeML document by its file name: fixed, about half each."""
    return FOLDS[hashlib.sha256(f"timeml:{name}".encode()).digest()[0] & 1]


_WEEK_NUMBER = re.compile(r"^(\d{4})-W(\d)(?=$|-)")
_DECADE_OR_CENTURY = re.compile(r"^(\d{3})X$|^(\d{2})XX$")


def canonical_value(value: str | None) -> str | None:
    """A TIMEX3 value in one notation, for the two that TimeML writes two ways: an ISO week
    with two digits ("2000-W7" -> "2000-W07"), and a decade or century by its leading digits
    alone ("198X" -> "198", the 1980s; "19XX" -> "19", the 1900s)."""
    if value is None:
        return None
    value = _WEEK_NUMBER.sub(lambda match: f"{match.group(1)}-W0{match.group(2)}", value)
    return _DECADE_OR_CENTURY.sub(lambda match: match.group(1) or match.group(2), value)


def load_corpus(folder: Path) -> list[Document]:
    return [load_document(path) for path in sorted(folder.glob("*.tml"))]


@dataclass
class Score:
    system: int = 0
    gold: int = 0
    correct: int = 0

    def add(self, other: Score) -> None:
        self.system += other.system
        self.gold += other.gold
        self.correct += other.correct

    def f1(self) -> float:
        precision = self.correct / self.system if self.system else 0.0
        recall = self.correct / self.gold if self.gold else 0.0
        return 200 * precision * recall / (precision + recall) if precision + recall else 0.0

    def line(self, label: str) -> str:
        precision = self.correct / self.system if self.system else 0.0
        recall = self.correct / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return (
            f"{label:<10} P {100 * precision:5.1f}  R {100 * recall:5.1f}  F1 {100 * f1:5.1f}"
            f"   (correct {self.correct}, system {self.system}, gold {self.gold})"
        )


def score_document(document: Document, errors: list[str] | None) -> Score:
    system = [m for m in find_dates(document.text, document.base) if m.type == "date"]
    gold = [g for g in document.gold if g.type == "DATE"]
    used: set[int] = set()
    score = Score(system=len(system), gold=len(gold))
    text = document.text
    for item in gold:
        overlapping = [
            index
            for index, mention in enumerate(system)
            if index not in used and mention.start < item.end and item.start < mention.end
        ]
        # Prefer the overlapping mention with the right value, so one-to-one pairing is fair.
        gold_value = canonical_value(item.value)
        overlapping.sort(key=lambda index: canonical_value(system[index].value) != gold_value)
        if not overlapping:
            if errors is not None:
                errors.append(f"MISS  {document.base} {item.value:<12} {_context(text, item)}")
            continue
        chosen = system[overlapping[0]]
        used.add(overlapping[0])
        if canonical_value(chosen.value) == gold_value:
            score.correct += 1
        elif errors is not None:
            errors.append(
                f"WRONG {document.base} gold {item.value:<12} got {chosen.value!s:<12} "
                f"{_context(text, item)}  [{chosen.text}]"
            )
    if errors is not None:
        other_gold = [g for g in document.gold if g.type != "DATE"]
        for index, mention in enumerate(system):
            if index in used:
                continue
            clash = next(
                (g for g in other_gold if g.start < mention.end and mention.start < g.end), None
            )
            note = f" (gold {clash.type} {clash.value})" if clash else ""
            errors.append(
                f"EXTRA {document.base} got  {mention.value!s:<12} {_context(text, mention)}{note}"
            )
    return score


def _context(text: str, span: object) -> str:
    start, end = span.start, span.end  # type: ignore[attr-defined]
    left = text[max(0, start - 50) : start].replace("\n", " ")
    right = text[end : end + 30].replace("\n", " ")
    return f"...{left}[[{text[start:end]}]]{right}..."


def best_rate(items: list, run, repeat: int) -> float:
    """Items per second, best of `repeat` timed passes (the machine is shared and noisy)."""
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - began)
    return len(items) / best if best > 0 else float("inf")


def load_reuters(path: Path) -> list[tuple[str, date | None]]:
    articles: list[tuple[str, date | None]] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            body = record.get("body") or ""
            if not body:
                continue
            published = record.get("published")
            base = datetime.fromisoformat(published).date() if published else None
            articles.append((body, base))
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument(
        "--errors",
        nargs="?",
        const="A",
        choices=(*FOLDS, "all"),
        help="list misses, wrong values and extras of a fold (default: A, the one to develop on)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="timed passes (best is reported)")
    parser.add_argument("--reuters", action="store_true", help="also time the Reuters corpus")
    args = parser.parse_args(argv)

    folder = args.shared / "eval" / "timeml"
    if not folder.is_dir():
        print(f"skipped: {folder} is absent (shared evaluation data not available)")
        return 0
    corpora = {name: load_corpus(folder / name) for name in ("TimeBank", "AQUAINT")}
    errors: list[str] = []
    scores = {label: Score() for label in ("TimeBank", "AQUAINT", *FOLDS, "both")}
    for name, documents in corpora.items():
        for document in documents:
            fold = fold_of(document.name)
            listed = args.errors is not None and args.errors in (fold, "all")
            score = score_document(document, errors if listed else None)
            for label in (name, fold, "both"):
                scores[label].add(score)
    if args.errors is not None:
        print("\n".join(errors))
        print()
    print("DATE value (TIMEX3 value, overlap match); fold A = develop on, fold B = report only")
    for label in ("TimeBank", "AQUAINT", *FOLDS, "both"):
        shown = f"fold {label}" if label in FOLDS else label
        documents_in = sum(
            1 for docs in corpora.values() for doc in docs if label in ("both", fold_of(doc.name))
        )
        suffix = f"  {documents_in} docs" if label in FOLDS else ""
        print(scores[label].line(shown) + suffix)
    print(f"gap A - B  F1 {scores['A'].f1() - scores['B'].f1():+.1f}")

    documents = [doc for docs in corpora.values() for doc in docs]

    def run_timeml() -> None:
        for document in documents:
            find_dates(document.text, document.base)

    rate = best_rate(documents, run_timeml, args.repeat)
    print(f"speed      {rate:,.0f} TimeML docs/s (best of {args.repeat}, {len(documents)} docs)")

    if args.reuters:
        corpus = args.shared / "corpora" / "reuters21578.jsonl.gz"
        if not corpus.is_file():
            print(f"skipped Reuters: {corpus} is absent")
            return 0
        articles = load_reuters(corpus)

        def run_reuters() -> None:
            for body, base in articles:
                find_dates(body, base)

        rate = best_rate(articles, run_reuters, max(1, min(args.repeat, 3)))
        print(
            f"speed      {rate:,.0f} Reuters articles/s (best of {max(1, min(args.repeat, 3))},"
            f" {len(articles)} articles)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
