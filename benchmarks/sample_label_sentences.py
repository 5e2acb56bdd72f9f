"""Draw the sentences to label from the BBC or Reuters corpus, reproducibly (fixed seed).

One sentence per article, the same number per group (BBC: its five topics; Reuters: five
groups of its first topic) and per fold; a sentence qualifies when it holds a digit or a
written number and is 25-400 characters long. BBC: 25 then 15 per topic and fold (400
sentences), then 8, 10, 20, 4, 10, 10, 12, 12 and 4 per topic from `dev` only (40, 50, 100,
20, 50, 50, 60, 60, 20); Reuters: 13 per group and fold (130), then 5, 8, 3, 10, 10, 8, 8 and 4
per group from `dev` only (25, 40, 15, 50, 50, 40, 40, 20): new development material, drawn later.
Then a second held-out set, `heldout2`: BBC 10 per topic (50) and Reuters 6 per group (30) from
`heldout` articles in no earlier draw and no earlier audit (benchmarks/data/audited-articles.txt).
Last, a second development fold, `dev2`: Reuters 8 per group (40) from `dev` articles in no label
set and no audit, keeping to wire tables, results notes and "vs" lines (`WIRE_TABLE_COPY`).
Then a third development fold, `dev3`: Reuters 8 per group (40) drawn as `heldout2` was (uniform
over qualifying sentences) from `dev` articles in no label set and neither audit file; then a
fourth, `dev4`, drawn the same way with another seed, to learn whether fixes made on `dev3` hold,
and a fifth, `dev5`, the same way again, to learn whether fixes made on `dev3` and `dev4` hold.
Prints `article start end fold`, or with `--show` the sentence text too (to read while
labelling; never paste it into the project).

    .venv/bin/python benchmarks/sample_label_sentences.py bbc [--show]
    .venv/bin/python benchmarks/sample_label_sentences.py reuters [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import NamedTuple

from extractor import load_extractor
from labels import (
    DATA,
    FOLDS,
    SHARED,
    corpus_path,
    fold_of,
    label_path,
    load_labels,
    sample_sentences,
)

AUDITED = DATA / "audited-articles.txt"
# Articles read in later audits of unseen copy (ids only): the `dev2` draw skips them too. They
# stay apart from AUDITED so that re-drawing `heldout2` gives the sentences it was labelled on.
AUDITED_LATER = DATA / "audited-articles-later.txt"

# Wire copy whose figures sit in tables and notes rather than prose: results-table headings
# (Shr, Net, Revs, Qtr, Year, Avg shrs, Nine/Six mths), "X vs Y" comparisons, "the number of",
# and table rows where figures stand in columns separated by runs of blanks.
WIRE_TABLE_COPY = re.compile(
    r"^[ \t]*(?:Shr|Oper|Net|Revs?|Sales|Qtr|Qtly|Year|Avg|Nine|Six|NOTE)\b"
    r"|\d\S*\s+vs\.?\s"
    r"|\b[Tt]he number of\b"
    r"|\d\S*[ \t]{2,}\S*\d",
    re.MULTILINE,
)


class Draw(NamedTuple):
    """One draw: its seed, the sentences per group and hash fold, the hash folds it draws from,
    the fold its sentences are labelled with (the hash fold when None), and whether it also
    skips the articles read in earlier precision audits (`AUDITED`)."""

    seed: int
    per_group: int
    folds: tuple[str, ...]
    label: str | None = None
    skip_audited: bool = False
    skip_later_audits: bool = False
    prefer: re.Pattern[str] | None = None


# Successive draws; a later draw skips the articles of the earlier ones, so that adding a draw
# leaves every labelled sentence where it was. After the first ones, the draws added
# development sentences only (new material to find error kinds on); the last one is a second
# held-out set, `heldout2`, from `heldout` articles never labelled or audited before, labelled
# before the extractor's output on it was looked at.
DRAWS = {
    "bbc": (
        Draw(2004, 25, FOLDS),
        Draw(2005, 15, FOLDS),
        Draw(2026, 8, ("dev",)),
        Draw(2027, 10, ("dev",)),
        Draw(2028, 20, ("dev",)),
        Draw(2029, 4, ("dev",)),
        Draw(2030, 10, ("dev",)),
        Draw(2031, 10, ("dev",)),
        Draw(2041, 12, ("dev",)),
        Draw(2051, 12, ("dev",)),
        Draw(2061, 4, ("dev",)),
        Draw(2071, 3, ("dev",)),
        Draw(2081, 10, ("heldout",), label="heldout2", skip_audited=True),
    ),
    "reuters": (
        Draw(1987, 13, FOLDS),
        Draw(2026, 5, ("dev",)),
        Draw(2027, 8, ("dev",)),
        Draw(2028, 3, ("dev",)),
        Draw(2029, 10, ("dev",)),
        Draw(2032, 10, ("dev",)),
        Draw(2042, 8, ("dev",)),
        Draw(2052, 8, ("dev",)),
        Draw(2062, 4, ("dev",)),
        Draw(2072, 3, ("dev",)),
        Draw(2082, 6, ("heldout",), label="heldout2", skip_audited=True),
        Draw(
            2481,
            8,
            ("dev",),
            label="dev2",
            skip_audited=True,
            skip_later_audits=True,
            prefer=WIRE_TABLE_COPY,
        ),
        Draw(2591, 8, ("dev",), label="dev3", skip_audited=True, skip_later_audits=True),
        Draw(2691, 8, ("dev",), label="dev4", skip_audited=True, skip_later_audits=True),
        Draw(2791, 8, ("dev",), label="dev5", skip_audited=True, skip_later_audits=True),
    ),
}
ECONOMY_TOPICS = frozenset(
    {
        "money-fx",
        "interest",
        "money-supply",
        "trade",
        "gnp",
        "cpi",
        "wpi",
        "reserves",
        "jobs",
        "ipi",
        "bop",
        "retail",
        "income",
        "housing",
        "lei",
        "instal-debt",
        "cpu",
    }
)


def reuters_group(topics: list[str]) -> str:
    if not topics:
        return "untagged"
    first = topics[0]
    if first in ("earn", "acq"):
        return first
    return "economy" if first in ECONOMY_TOPICS else "commodities"


def groups_of(corpus: str, articles: dict, topics_by_id: dict[str, list[str]]) -> dict:
    groups: dict[str, list[str]] = {}
    for article_id, article in articles.items():
        if not article.body.strip():
            continue
        if corpus == "bbc":
            group = article_id.split("-")[1]
        else:
            group = reuters_group(topics_by_id.get(article_id, []))
        groups.setdefault(group, []).append(article_id)
    return groups


def read_topics(path: Path) -> dict[str, list[str]]:
    import gzip
    import json

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return {record["id"]: record.get("topics") or [] for record in map(json.loads, handle)}


def read_audited(path: Path) -> frozenset[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def labelled_elsewhere(corpus: str, fold: str | None) -> frozenset[str]:
    """Articles of the label file in another fold than `fold`: a blind draw takes none of them,
    whatever the sentence splitter (which the earlier draws are re-drawn with) does today."""
    path = label_path(corpus)
    if not path.exists():
        return frozenset()
    return frozenset(s.article_id for s in load_labels(path) if s.fold != fold)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", choices=sorted(DRAWS))
    parser.add_argument("--show", action="store_true", help="print each sentence's text")
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    path = corpus_path(args.corpus, args.shared)
    if not path.exists():
        print(f"corpus not found at {path}; nothing to sample.")
        return 0
    extractor = load_extractor()
    articles = extractor.read_bodies(path)
    topics = read_topics(path) if args.corpus == "reuters" else {}
    groups = groups_of(args.corpus, articles, topics)
    audited = read_audited(AUDITED)
    audited_later = read_audited(AUDITED_LATER)
    chosen: list[tuple[str, int, int, str]] = []
    for draw in DRAWS[args.corpus]:
        taken = frozenset(article_id for article_id, *_ in chosen)
        if draw.skip_audited:
            taken |= audited | labelled_elsewhere(args.corpus, draw.label)
        if draw.skip_later_audits:
            taken |= audited_later
        drawn = sample_sentences(
            articles,
            extractor.split_sentences,
            groups,
            draw.per_group,
            draw.seed,
            taken,
            draw.folds,
            draw.prefer,
        )
        chosen += [
            (article_id, start, end, draw.label or fold_of(article_id))
            for article_id, start, end in drawn
        ]
    for article_id, start, end, fold in chosen:
        line = f"{article_id} {start} {end} {fold}"
        if args.show:
            line += "\t" + " ".join(articles[article_id].body[start:end].split())
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
