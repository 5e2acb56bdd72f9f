"""List every written figure in a random draw of unlabelled articles that no claim covers, to
read by hand: the recall side of an audit by reading output.

A figure is a run of digits ("1,200", "3.5", "52%") or of number words ("two", "forty-five",
"a dozen", "two million"); it is covered when any claim's span overlaps it (a date or a
duration covers its day or its count: those are not quantity misses). The draw skips every
article of a label file and of the files given with `--exclude` (one article id a line, or a
JSON list of rows with an "a" field), so that earlier audits' articles are not read again.

    .venv/bin/python benchmarks/audit_recall.py --seed 2501 --bbc 80 --reuters 20 \
        --out /tmp/recall.json [--exclude ids.txt] [--show]

The output (JSON) holds, per figure: article, offset, the figure, the covering claim's kind or
null, and for uncovered figures the sentence (to read; never paste it into the project). It
also lists every figure claim of the draw, so that their values and units can be read too.
`--show` prints the uncovered figures with their sentences.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from extractor import is_figure, load_extractor
from labels import SHARED

CORPORA = {"bbc": "bbc-news-2004.jsonl.gz", "reuters": "reuters21578.jsonl.gz"}
LABEL_FILES = [Path(__file__).parent / "data" / f"labels-{name}.json" for name in CORPORA]

_UNITS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen"
)
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SCALES = "hundred|thousand|million|billion|trillion|dozen|half|third|quarter|thirds|quarters"
_WORD = rf"(?:{_TENS})(?:-(?:{_UNITS}))?|{_UNITS}|{_SCALES}"
FIGURE = re.compile(
    rf"\d(?:[\d,.]*\d)?|\b(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*\b",
    re.IGNORECASE,
)


def labelled_articles() -> set[str]:
    used: set[str] = set()
    for path in LABEL_FILES:
        used |= {row["article"] for row in json.loads(path.read_text())["sentences"]}
    return used


def excluded(paths: list[Path]) -> set[str]:
    ids: set[str] = set()
    for path in paths:
        text = path.read_text()
        if text.lstrip().startswith("["):
            ids |= {row["a"] for row in json.loads(text)}
        else:
            ids |= {line.strip() for line in text.splitlines() if line.strip()}
    return ids


def figures(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in FIGURE.finditer(text)]


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [pos for pos in (text.find(". ", end), text.find("\n", end)) if pos >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return " ".join(text[left:right].split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--bbc", type=int, default=80)
    parser.add_argument("--reuters", type=int, default=20)
    parser.add_argument("--exclude", type=Path, action="append", default=[])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    extractor = load_extractor()
    skip = labelled_articles() | excluded(args.exclude)
    rows, claims_out = [], []
    for name, count in (("bbc", args.bbc), ("reuters", args.reuters)):
        articles = extractor.read_bodies(SHARED / "corpora" / CORPORA[name])
        ids = sorted(i for i, a in articles.items() if i not in skip and a.body.strip())
        for article_id in random.Random(args.seed).sample(ids, min(count, len(ids))):
            article = articles[article_id]
            claims = extractor.extract_claims(article)
            for claim in claims:
                if is_figure(claim):
                    claims_out.append(
                        {
                            "a": article_id,
                            "start": claim.start,
                            "text": claim.text,
                            "kind": claim.kind,
                            "v": claim.value,
                            "lo": claim.low,
                            "hi": claim.high,
                            "unit": claim.unit,
                            "q": claim.qualifier,
                        }
                    )
            for start, end in figures(article.body):
                cover = next((c.kind for c in claims if c.start < end and start < c.end), None)
                row = {"a": article_id, "start": start, "figure": article.body[start:end]}
                row["cover"] = cover
                if cover is None:
                    row["sentence"] = sentence_around(article.body, start, end)
                rows.append(row)
    args.out.write_text(json.dumps({"figures": rows, "claims": claims_out}, indent=0))
    missed = [row for row in rows if row["cover"] is None]
    by_kind: dict[str, int] = {}
    for row in rows:
        by_kind[row["cover"] or "none"] = by_kind.get(row["cover"] or "none", 0) + 1
    print(f"{len(rows)} figures, {len(claims_out)} figure claims; covered by kind: {by_kind}")
    if args.show:
        for row in missed:
            print(f"{row['a']}@{row['start']} [{row['figure']}] | {row['sentence'][:300]}")


if __name__ == "__main__":
    main()
