"""The labelled cross-article figure pairs (data/ledger-pairs.json) and the texts they point into:
the dated stories in data/ledger-stories/ and, when ../shared is present, Reuters-21578.

The labels hold offsets and a short hash of each span, never corpus text (see data/PAIRS.md).
Run as a script to find offsets for a new pair or to read labelled pairs in the terminal:

    .venv/bin/python benchmarks/ledger_pairs.py titles "REVISED|CORRECTED|TOLL" [--days 1987-03]
    .venv/bin/python benchmarks/ledger_pairs.py figures ARTICLE_ID [--match "killed|missing"]
    .venv/bin/python benchmarks/ledger_pairs.py locate ARTICLE_ID "4.2-kilometre" [--after TEXT]
    .venv/bin/python benchmarks/ledger_pairs.py show [PAIR_ID ...]
    .venv/bin/python benchmarks/ledger_pairs.py check

`titles` and `figures` find candidates (Reuters stories that follow up, restate or revise a
figure; then read the articles to decide). They, and `show`, print corpus text: terminal only,
never into the repository.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

BENCHMARKS = Path(__file__).resolve().parent
DATA = BENCHMARKS / "data"
PAIRS_FILE = DATA / "ledger-pairs.json"
STORIES = DATA / "ledger-stories"
REUTERS = BENCHMARKS.parents[1] / "shared" / "corpora" / "reuters21578.jsonl.gz"

FORMAT = "claimcheck-ledger-pairs/1"
RELATIONS = ("same", "update", "contradiction", "sources_differ", "unrelated")
# The relations a CC201/CC202 finding reports; `same` is positive evidence, `unrelated` a trap.
DISAGREEING = ("update", "contradiction", "sources_differ")
FOLDS = ("dev", "heldout")


@dataclass(frozen=True)
class Span:
    """A figure in an article body: character offsets as claimcheck reads the body."""

    article_id: str
    start: int
    end: int
    sha: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True)
class Pair:
    id: str
    origin: str  # "reuters" or "own"
    fold: str
    relation: str
    phenomena: tuple[str, ...]
    later: Span
    earlier: Span
    note: str
    # "search" (Reuters, found by reading), "written" (a dated story of data/ledger-stories/) or
    # "baseline-finding" (first seen as a finding of the code the set was built against) or
    # "blind-search" (Reuters, found by subject and labelled before the code's output on it
    # was read).
    found_by: str
    # The round whose new set this pair belongs to, when it was labelled as one (reported on
    # a line of its own: a fresh estimate of how the code generalizes), else None.
    round: int | None = None


def span_sha(text: str) -> str:
    """The label's fingerprint of a span: detects a corpus or story that changed under it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def fold_of(article_id: str) -> str:
    """Pairs are split by their later article, so one article's figures never sit in both folds."""
    digest = int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16)
    return FOLDS[digest % 2]


def _span(raw: dict) -> Span:
    return Span(raw["article_id"], int(raw["start"]), int(raw["end"]), raw["sha"])


def load_pairs(path: Path = PAIRS_FILE) -> tuple[dict[str, dict], list[Pair]]:
    """(articles by id: origin, published, path for stories; the labelled pairs)."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if document.get("format") != FORMAT:
        raise ValueError(f"{path}: format {document.get('format')!r}, expected {FORMAT!r}")
    pairs = [
        Pair(
            id=raw["id"],
            origin=raw["origin"],
            fold=raw["fold"],
            relation=raw["relation"],
            phenomena=tuple(raw.get("phenomena", ())),
            later=_span(raw["later"]),
            earlier=_span(raw["earlier"]),
            note=raw.get("note", ""),
            found_by=raw.get("found_by", ""),
            round=raw.get("round"),
        )
        for raw in document["pairs"]
    ]
    return document["articles"], pairs


def story_body(path: Path) -> tuple[dict, str]:
    """(front matter, body) of a Markdown story, the body starting where claimcheck's reader
    starts it: right after the line that closes the front matter."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}, text
    closing = text.find("\n---\n", 3)
    if closing == -1:
        raise ValueError(f"{path}: front matter is not closed")
    return yaml.safe_load(text[4 : closing + 1]) or {}, text[closing + 5 :]


def read_reuters(ids: set[str] | None = None, path: Path = REUTERS) -> dict[str, dict]:
    """Reuters records with a body, by id (all of them when `ids` is None)."""
    records: dict[str, dict] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record.get("body") and (ids is None or record["id"] in ids):
                records[record["id"]] = record
    return records


def reuters_available(path: Path = REUTERS) -> bool:
    return path.exists()


def article_bodies(articles: dict[str, dict], reuters: dict[str, dict]) -> dict[str, str]:
    """Bodies of the labelled articles that can be read here (stories always, Reuters when
    its records are given)."""
    bodies: dict[str, str] = {}
    for article_id, info in articles.items():
        if info["origin"] == "own":
            bodies[article_id] = story_body(BENCHMARKS.parent / info["path"])[1]
        elif article_id in reuters:
            bodies[article_id] = reuters[article_id]["body"]
    return bodies


def drift(pairs: list[Pair], bodies: dict[str, str]) -> list[tuple[str, str]]:
    """(pair id, why) for labelled spans that no longer point at what was labelled. Spans of
    articles not in `bodies` are not checked."""
    problems: list[tuple[str, str]] = []
    for pair in pairs:
        for side, span in (("later", pair.later), ("earlier", pair.earlier)):
            body = bodies.get(span.article_id)
            if body is None:
                continue
            if not 0 <= span.start < span.end <= len(body):
                problems.append((pair.id, f"{side}: {span.start}-{span.end} outside the body"))
            elif span_sha(body[span.start : span.end]) != span.sha:
                problems.append((pair.id, f"{side}: span text changed (hash mismatch)"))
    return problems


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence holding a span, flattened, with the span in brackets (for terminal use)."""
    left = max(body.rfind(mark, 0, start) for mark in (". ", ".\n", "\n\n"))
    left = 0 if left < 0 else left + 2
    match = re.compile(r"\.(\s|$)").search(body, end)
    right = match.start() + 1 if match else len(body)
    text = body[left:start] + "[" + body[start:end] + "]" + body[end:right]
    return " ".join(text.split())


def _load_everything() -> tuple[dict[str, dict], list[Pair], dict[str, str]]:
    articles, pairs = load_pairs()
    wanted = {aid for aid, info in articles.items() if info["origin"] == "reuters"}
    reuters = read_reuters(wanted) if reuters_available() else {}
    return articles, pairs, article_bodies(articles, reuters)


def _locate(args: argparse.Namespace) -> int:
    if (STORIES / f"{args.article_id}.md").exists():
        body = story_body(STORIES / f"{args.article_id}.md")[1]
    elif reuters_available():
        records = read_reuters({args.article_id})
        if args.article_id not in records:
            print(f"{args.article_id}: no such story or Reuters record")
            return 2
        body = records[args.article_id]["body"]
    else:
        print(f"{args.article_id}: not a story here, and ../shared is absent")
        return 2
    figure = r"\s+".join(re.escape(part) for part in args.figure.split())
    begin = 0
    if args.after:
        anchor = re.search(r"\s+".join(re.escape(p) for p in args.after.split()), body)
        if anchor is None:
            print("context not found")
            return 1
        begin = anchor.start()
    found = 0
    for match in re.finditer(rf"(?<![\w.,]){figure}(?!\w)", body[begin:]):
        start, end = begin + match.start(), begin + match.end()
        found += 1
        print(f'"start": {start}, "end": {end}, "sha": "{span_sha(body[start:end])}"')
        print(f"    {sentence_around(body, start, end)}")
    return 0 if found else 1


def _titles(args: argparse.Namespace) -> int:
    if not reuters_available():
        print("../shared is absent")
        return 2
    pattern = re.compile(args.pattern, re.IGNORECASE)
    chosen = [
        record
        for record in read_reuters().values()
        if pattern.search(record.get("title") or "")
        and (record.get("published") or "").startswith(args.days)
    ]
    for record in sorted(chosen, key=lambda record: (record["published"], record["id"])):
        print(f"{record['id']:14s} {record['published'][:16]} {record.get('title') or ''}")
    return 0


def _figures(args: argparse.Namespace) -> int:
    """The sentences of one article that state a figure (optionally matching a pattern)."""
    path = STORIES / f"{args.article_id}.md"
    if path.exists():
        body = story_body(path)[1]
    elif reuters_available() and (found := read_reuters({args.article_id})):
        body = found[args.article_id]["body"]
    else:
        print(f"{args.article_id}: not found here")
        return 2
    number = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|dozen)\b", re.I)
    wanted = re.compile(args.match, re.IGNORECASE) if args.match else None
    for match in re.finditer(r"[^.]+(?:\.(?=\s|$)|$)", body):
        sentence = " ".join(match.group().split())
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if number.search(sentence) and (wanted is None or wanted.search(sentence)):
            print(f"  {start:5d}  {sentence}")
    return 0


def _show(args: argparse.Namespace) -> int:
    _, pairs, bodies = _load_everything()
    chosen = [pair for pair in pairs if not args.pair_ids or pair.id in args.pair_ids]
    for pair in chosen:
        print(f"{pair.id} {pair.relation} ({pair.fold}, {', '.join(pair.phenomena)}): {pair.note}")
        for side, span in (("later  ", pair.later), ("earlier", pair.earlier)):
            body = bodies.get(span.article_id)
            text = sentence_around(body, span.start, span.end) if body else "(text not here)"
            print(f"  {side} {span.article_id}: {text}")
    return 0


def _check(_: argparse.Namespace) -> int:
    articles, pairs, bodies = _load_everything()
    problems = drift(pairs, bodies)
    counts = Counter((pair.origin, pair.relation) for pair in pairs)
    print(f"{len(pairs)} pairs over {len(articles)} articles; {len(bodies)} articles readable here")
    for (origin, relation), count in sorted(counts.items()):
        print(f"  {origin:8s} {relation:15s} {count}")
    for pair_id, problem in problems:
        print(f"  DRIFT {pair_id} {problem}")
    return 1 if problems else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    locate = commands.add_parser("locate", help="offsets and hash of a figure in an article")
    locate.add_argument("article_id")
    locate.add_argument("figure")
    locate.add_argument("--after", help="text that comes shortly before the figure")
    titles = commands.add_parser("titles", help="Reuters articles whose title matches, by date")
    titles.add_argument("pattern")
    titles.add_argument("--days", default="", help="a prefix of the date: 1987-03, 1987-04-02")
    figures = commands.add_parser("figures", help="the sentences of an article that hold figures")
    figures.add_argument("article_id")
    figures.add_argument("--match", help="only sentences matching this pattern")
    show = commands.add_parser("show", help="print labelled pairs with their sentences")
    show.add_argument("pair_ids", nargs="*")
    commands.add_parser("check", help="count the pairs and verify the span hashes")
    args = parser.parse_args()
    run = {
        "titles": _titles,
        "figures": _figures,
        "locate": _locate,
        "show": _show,
        "check": _check,
    }
    return run[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
