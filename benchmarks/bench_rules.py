"""Rule-set cost as the set grows: the project's rules plus N generated people and distances.

A newsroom's rule set may name hundreds of people and places. Each rule first asks the
article's word set whether it can match at all (`ArticleView.may_mention`), so an article
pays a set lookup for each rule it cannot concern. This script checks the first 2,000
Reuters articles (claims extracted once, outside the timing) with rule sets of growing size
and prints milliseconds per article for the rule stage alone.

    python benchmarks/bench_rules.py --sizes 0 100 1000
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from claimcheck.checks import ArticleContext
from claimcheck.extract.claims import extract_claims
from claimcheck.input.articles import InputProblem, read_articles
from claimcheck.input.text import split_sentences
from claimcheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpora" / "reuters21578.jsonl.gz"
SYLLABLES = ["ka", "lo", "mi", "re", "su", "ta", "vo", "ne", "di", "ro", "ba", "zu"]

PERSON = """code: BP{code}
name: person-{number}
kind: person
level: error
message: "'{{stated}}' is a misspelling of {{person}}."
source: generated for the benchmark
person: {first} {last}
aliases: [{last}]
misspellings: [{slip}]
born: 1960-01-01
doc: {{what: a generated person, why: benchmark, example: none}}
cases: {{fail: [{slip} spoke.], pass: [{last} spoke.]}}
"""

FACT = """code: BF{code}
name: distance-{number}
kind: fact
level: warning
message: "{{stated}}: about {{expected}}."
source: generated for the benchmark
subject: [{last}]
context: [{first}]
measure: length
value: {value}
unit: km
tolerance: 10%
doc: {{what: a generated distance, why: benchmark, example: none}}
cases: {{fail: [{last} is {wrong} km from {first}.], pass: [{last} is {value} km from {first}.]}}
"""


def generated_name(number: int) -> tuple[str, str]:
    # Three syllables from the number's base-12 digits: 1,728 distinct names.
    size = len(SYLLABLES)
    word = "".join(SYLLABLES[number // size**power % size] for power in (2, 1, 0))
    return word.capitalize() + "a", word.capitalize() + "ski"


def write_rules(folder: Path, count: int) -> None:
    for number in range(count):
        first, last = generated_name(number)
        code = f"{chr(65 + number // 1000)}{number % 1000:03d}"  # codes are letters + 3 digits
        if number % 2:
            text = PERSON.format(
                code=code, number=number, first=first, last=last, slip=last[:-1] + "y"
            )
        else:
            value = 100 + number
            text = FACT.format(
                code=code, number=number, first=first, last=last, value=value, wrong=value * 3
            )
        (folder / f"generated-{number}.yml").write_text(text, encoding="utf-8")


def contexts(limit: int) -> list[ArticleContext]:
    found = []
    for article in read_articles([CORPUS]):
        if isinstance(article, InputProblem):
            continue
        sentences = split_sentences(article.body)
        claims = tuple(extract_claims(article, sentences))
        found.append(ArticleContext(article, claims, tuple(sentences)))
        if len(found) >= limit:
            break
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 100, 1000])
    parser.add_argument("--articles", type=int, default=2000)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
        return 0
    articles = contexts(args.articles)
    print("| generated rules | rules in the set | ms per article (rule stage) | findings |")
    print("|---|---|---|---|")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as scratch:
            folder = Path(scratch)
            for path in (ROOT / "rules").rglob("*.yml"):
                (folder / path.name).write_bytes(path.read_bytes())
            write_rules(folder, size)
            rules = load_rules(folder)
            started = time.perf_counter()
            findings = sum(len(rules.check(context)) for context in articles)
            per_article = 1000 * (time.perf_counter() - started) / len(articles)
        print(f"| {size:,} | {len(rules):,} | {per_article:.3f} | {findings} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
