"""Recall side of a date audit: candidate date, time and duration expressions in a random draw
of unlabelled stories, with each story's `find_dates` mentions and the candidates no mention
covers, to read by hand. It writes nothing into the project; never paste its output into it.

    .venv/bin/python benchmarks/audit_date_recall.py --seed 2611 > /tmp/audit.txt

The draw: `--bbc` BBC and `--reuters` Reuters stories of the `dev` fold, none in a label file
(BBC stories have no publication day: relative values stay unresolved). Reuters stories of
the earlier precision audits are skipped: the seed-2301 draw (50 of every dated story) and
each later `--skip-seed` draw (50 of the `dev` stories left). `--skip-audit SEED` also skips
an earlier recall audit's draw (its 30 BBC and 30 Reuters stories, drawn from the same pools).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
from datetime import datetime
from pathlib import Path

from claimcheck.extract.dates import find_dates
from labels import SHARED, fold_of

DATA = Path(__file__).parent / "data"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_COUNT = (
    r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty|forty|fifty|a|an|several|few|couple of)"
)
_UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|year|decade|century|centuries"
_UNIT += r"|quarter|half|season|term|weekend)s?"
CANDIDATE = re.compile(
    "|".join(
        [
            rf"\b{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?",
            rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:or|and|to|-)?\s*{_MONTH}",
            r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b",
            r"\b(?:1[89]\d\d|20[0-2]\d)s?\b",
            r"'?\b\d0s\b",
            r"\b(?:yesterday|today|tomorrow|tonight|now|currently|recently|soon|earlier|later|ago"
            r"|previously|overnight)\b",
            rf"\b(?:last|next|this|past|coming|previous|current|same|first|second|third|fourth)"
            rf"\s+{_UNIT}",
            rf"\b{_COUNT}[\s-]+(?:to|or|and)?[\s-]*(?:{_COUNT}[\s-]+)?{_UNIT}\b",
            r"\b(?:spring|summer|autumn|winter|Christmas|Easter|New Year)\b",
            r"\b\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?|GMT|BST|EST|EDT)?",
            r"\b\d{1,2}\s*[ap]\.?m\b|\b(?:noon|midnight|morning|afternoon|evening)\b",
            r"\bQ[1-4]\b|\b(?:fiscal|financial) \d{4}",
        ]
    ),
    re.IGNORECASE,
)


def stories(name: str) -> list[dict]:
    with gzip.open(SHARED / "corpora" / name, "rt") as handle:
        return [row for row in map(json.loads, handle) if row.get("body")]


def labelled() -> set[str]:
    used: set[str] = set()
    for name in ("labels-bbc.json", "labels-reuters.json"):
        rows = json.loads((DATA / name).read_text())["sentences"]
        used |= {row["article"] for row in rows}
    return used


def draw(args: argparse.Namespace) -> list[tuple[str, dict]]:
    dated = [row for row in stories("reuters21578.jsonl.gz") if row.get("published")]
    random.seed(2301)
    seen = {row["id"] for row in random.sample(dated, 50)}
    for seed in args.skip_seed:
        random.seed(seed)
        left = [row for row in dated if fold_of(row["id"]) == "dev" and row["id"] not in seen]
        seen |= {row["id"] for row in random.sample(left, 50)}
    left = [row for row in dated if fold_of(row["id"]) == "dev" and row["id"] not in seen]
    skip = labelled()
    bbc = [
        row
        for row in stories("bbc-news-2004.jsonl.gz")
        if row["id"] not in skip and fold_of(row["id"]) == "dev"
    ]
    for seed in args.skip_audit:
        # an earlier recall audit's draw (30 + 30 from the same pools) is read already
        done = {row["id"] for row in random.Random(seed).sample(bbc, 30)}
        done |= {row["id"] for row in random.Random(seed).sample(left, 30)}
        bbc = [row for row in bbc if row["id"] not in done]
        left = [row for row in left if row["id"] not in done]
    picked = [("BBC", row) for row in random.Random(args.seed).sample(bbc, args.bbc)]
    return picked + [("REU", row) for row in random.Random(args.seed).sample(left, args.reuters)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--bbc", type=int, default=30)
    parser.add_argument("--reuters", type=int, default=30)
    parser.add_argument("--skip-seed", type=int, action="append", default=[])
    parser.add_argument("--skip-audit", type=int, action="append", default=[])
    args = parser.parse_args()
    uncovered = 0
    for source, row in draw(args):
        body = row["body"]
        base = datetime.fromisoformat(row["published"]).date() if row.get("published") else None
        mentions = find_dates(body, base)
        print(f"=== {source} {row['id']} base={base} n={len(mentions)}")
        for m in mentions:
            around = body[max(0, m.start - 80) : m.end + 60].replace("\n", " ")
            print(f"   M [{m.type} {m.value} mod={m.mod}] {m.text!r} :: {around}")
        for found in CANDIDATE.finditer(body):
            if any(m.start < found.end() and found.start() < m.end for m in mentions):
                continue
            uncovered += 1
            around = body[max(0, found.start() - 100) : found.end() + 80].replace("\n", " ")
            print(f"   ?? {found.group()!r} @{found.start()} :: {around}")
    print("uncovered candidates", uncovered)


if __name__ == "__main__":
    main()
