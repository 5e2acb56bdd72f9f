"""Score claimcheck's figure extraction on the hand-labelled BBC and Reuters sentences.

Labels: benchmarks/data/labels-{bbc,reuters}.json (guideline: benchmarks/data/LABELS.md),
offsets into ../shared corpora. Develop on the `dev` fold (and on `dev2` to `dev5`,
later development draws scored as rows of their own); report `heldout` and `heldout2` (a
second held-out draw, labelled blind: LABELS.md) beside them, as totals only.

Matching, per labelled sentence, one to one:

* a claim counts for a gold figure when their spans overlap and the values agree within a
  relative tolerance of 1e-3 (a range must agree at both ends, whichever way either side
  wrote it; a single value never matches a range);
* value+unit also needs the same unit: both without one; the same ISO 4217 code; pint units
  that are the same unit under two names ("kilometer ** 2" = "square_kilometer", "tonne" =
  "metric_ton"); otherwise the same counted noun, case-insensitive and in the singular, where
  a compound ending in it also matches ("bank accounts" for "account"); "A / B" units part by
  part;
* pairs that agree on the unit are taken first;
* only claims of kind quantity, money or percent, and frequencies that count times ("four
  times a year"), that start inside a labelled sentence count towards precision; claims on a
  figure labelled `skip` (a number the text garbles) are left out.

Prints value and value+unit P/R/F1 per corpus and fold (each fold a label file names, and
all), and how often the qualifier agrees on value+unit matches. `--errors` lists misses, false
positives and unit mismatches with the sentence (corpus text on the terminal only), of the
`dev` fold unless another is named (never a held-out one: those are read as totals only).

    .venv/bin/python benchmarks/eval_labelled.py [--corpus bbc|reuters] [--errors [FOLD]] [--last N]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from extractor import is_figure, load_extractor
from labels import (
    CORPORA,
    LABEL_FOLDS,
    SHARED,
    GoldFigure,
    LabelledSentence,
    bodies_of,
    corpus_path,
    label_path,
    load_labels,
    offset_problems,
)

VALUE_TOLERANCE = 1e-3
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=VALUE_TOLERANCE, abs_tol=1e-9)


def values_agree(gold: GoldFigure, claim: Any) -> bool:
    if gold.is_range:
        if claim.low is None or claim.high is None:
            return False
        claim_low, claim_high = sorted((claim.low, claim.high))
        return _close(gold.low, claim_low) and _close(gold.high, claim_high)
    if claim.value is None or claim.low is not None:
        return False
    return _close(gold.value, claim.value)


@cache
def _unit_registry():
    import pint

    return pint.UnitRegistry()


@cache
def _pint_unit(name: str):
    # "square_meter" is read as "square meter"; pint knows only the spaced form.
    for spelling in dict.fromkeys((name, name.replace("_", " "))):
        try:
            return _unit_registry().parse_units(spelling)
        except Exception:  # any name pint cannot read is compared by name instead
            continue
    return None


def singular(noun: str) -> str:
    """A counted noun in the singular, for comparison only ("cinemas", "country's")."""
    noun = noun.lower().removesuffix("'s").removesuffix("'").removesuffix("’")
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    if noun.endswith(("ches", "shes", "xes", "sses")):
        return noun[:-2]
    if noun.endswith("s") and not noun.endswith("ss") and len(noun) > 3:
        return noun[:-1]
    return noun


def _same_unit_part(gold: str, claim: str) -> bool:
    gold, claim = gold.strip(), claim.strip()
    if gold.lower() == claim.lower():
        return True
    if _CURRENCY_CODE.fullmatch(gold) or _CURRENCY_CODE.fullmatch(claim):
        return False
    gold_unit, claim_unit = _pint_unit(gold), _pint_unit(claim)
    if gold_unit is not None and claim_unit is not None:
        registry = _unit_registry()
        try:
            factor = registry.Quantity(1, claim_unit).to(gold_unit).magnitude
        except Exception:  # different dimensions
            return False
        return math.isclose(factor, 1.0, rel_tol=1e-9)
    return singular(re.split(r"[\s_-]+", claim)[-1]) == singular(gold)


def units_agree(gold: str | None, claim: str | None) -> bool:
    if gold is None or claim is None:
        return gold is None and claim is None
    gold_parts = [part for part in gold.split("/")]
    claim_parts = [part for part in claim.split("/")]
    if len(gold_parts) != len(claim_parts):
        return False
    return all(_same_unit_part(g, c) for g, c in zip(gold_parts, claim_parts, strict=True))


def _overlap(gold: GoldFigure, claim: Any) -> bool:
    return claim.start < gold.end and gold.start < claim.end


@dataclass
class SentenceScore:
    sentence: LabelledSentence
    gold: list[GoldFigure]
    claims: list[Any]
    pairs: list[tuple[int, int, bool]] = field(default_factory=list)
    missed: list[int] = field(default_factory=list)
    spurious: list[int] = field(default_factory=list)


def score_sentence(sentence: LabelledSentence, all_claims: list[Any]) -> SentenceScore:
    skipped = [figure for figure in sentence.figures if figure.skip]
    gold = [figure for figure in sentence.figures if not figure.skip]
    claims = [
        claim
        for claim in all_claims
        if is_figure(claim)
        and sentence.start <= claim.start < sentence.end
        and not any(_overlap(figure, claim) for figure in skipped)
    ]
    score = SentenceScore(sentence, gold, claims)
    free_gold = list(range(len(gold)))
    free_claims = list(range(len(claims)))
    for require_unit in (True, False):
        for g in list(free_gold):
            for c in free_claims:
                figure, claim = gold[g], claims[c]
                if not (_overlap(figure, claim) and values_agree(figure, claim)):
                    continue
                unit_ok = units_agree(figure.unit, claim.unit)
                if require_unit and not unit_ok:
                    continue
                score.pairs.append((g, c, unit_ok))
                free_gold.remove(g)
                free_claims.remove(c)
                break
    score.missed = free_gold
    score.spurious = free_claims
    return score


@dataclass
class Tally:
    sentences: int = 0
    gold: int = 0
    found: int = 0
    value: int = 0
    unit: int = 0
    qualifier: int = 0

    def add(self, score: SentenceScore) -> None:
        self.sentences += 1
        self.gold += len(score.gold)
        self.found += len(score.claims)
        self.value += len(score.pairs)
        self.unit += sum(1 for *_, unit_ok in score.pairs if unit_ok)
        self.qualifier += sum(
            1
            for g, c, unit_ok in score.pairs
            if unit_ok and score.gold[g].qualifier == score.claims[c].qualifier
        )


def prf(tp: int, n_gold: int, n_found: int) -> tuple[float, float, float]:
    precision = tp / n_found if n_found else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def _describe_gold(figure: GoldFigure) -> str:
    if figure.is_range:
        amount = f"{figure.low:g}..{figure.high:g}" + (
            f" ({figure.direction})" if figure.direction else ""
        )
    else:
        amount = f"{figure.value:g}"
    return f"{amount} {figure.unit or '-'} [{figure.dimension}, {figure.qualifier}]"


def _describe_claim(claim: Any) -> str:
    if claim.low is not None:
        amount = f"{claim.low:g}..{claim.high:g}"
    else:
        amount = f"{claim.value:g}" if claim.value is not None else "?"
    return f"{amount} {claim.unit or '-'} [{claim.kind}, {claim.dimension}, {claim.qualifier}]"


def print_errors(score: SentenceScore, body: str) -> None:
    bad_units = [(g, c) for g, c, unit_ok in score.pairs if not unit_ok]
    if not (score.missed or score.spurious or bad_units):
        return
    sentence = score.sentence
    text = " ".join(body[sentence.start : sentence.end].split())
    print(f"\n# {sentence.article_id} {sentence.start}-{sentence.end} ({sentence.fold}): {text}")
    for g in score.missed:
        figure = score.gold[g]
        print(f"  MISS  {body[figure.start : figure.end]!r}: {_describe_gold(figure)}")
    for c in score.spurious:
        claim = score.claims[c]
        print(f"  FP    {claim.text!r}: {_describe_claim(claim)}")
    for g, c in bad_units:
        figure, claim = score.gold[g], score.claims[c]
        print(
            f"  UNIT  {claim.text!r}: {claim.unit or '-'} vs gold {figure.unit or '-'}"
            f" [{figure.dimension}]"
        )


def evaluate(
    corpus: str, shared: Path, extractor, errors: str | None, last: int | None = None
) -> dict[str, Tally] | None:
    path = corpus_path(corpus, shared)
    if not path.exists():
        print(f"{corpus}: corpus not found at {path}; skipped.")
        return None
    sentences = load_labels(label_path(corpus))
    articles = extractor.read_bodies(path)
    wanted = {sentence.article_id for sentence in sentences}
    problems = offset_problems(label_path(corpus), bodies_of(articles, wanted))
    if problems:
        raise SystemExit("labels no longer fit the corpus:\n" + "\n".join(problems))
    if last:
        sentences = sentences[-last:]
        wanted = {sentence.article_id for sentence in sentences}
    claims_by_article = {
        article_id: extractor.extract_claims(articles[article_id]) for article_id in sorted(wanted)
    }
    tallies = {fold: Tally() for fold in (*LABEL_FOLDS, "all")}
    for sentence in sentences:
        score = score_sentence(sentence, claims_by_article[sentence.article_id])
        tallies[sentence.fold].add(score)
        tallies["all"].add(score)
        if errors in (sentence.fold, "all"):
            print_errors(score, articles[sentence.article_id].body)
    return tallies


def print_table(results: dict[str, dict[str, Tally]]) -> None:
    print(
        f"\n{'corpus':8s} {'fold':8s} {'sent':>4s} {'gold':>4s} {'found':>5s}"
        f"  {'value P':>7s} {'R':>5s} {'F1':>5s}  {'v+unit P':>8s} {'R':>5s} {'F1':>5s}"
        f"  {'qualifier':>9s}"
    )
    for corpus, tallies in results.items():
        for fold, tally in tallies.items():
            if not tally.sentences:
                continue
            value = prf(tally.value, tally.gold, tally.found)
            unit = prf(tally.unit, tally.gold, tally.found)
            qualifier = 100 * tally.qualifier / tally.unit if tally.unit else 0.0
            print(
                f"{corpus:8s} {fold:8s} {tally.sentences:4d} {tally.gold:4d} {tally.found:5d}"
                f"  {value[0]:7.1f} {value[1]:5.1f} {value[2]:5.1f}"
                f"  {unit[0]:8.1f} {unit[1]:5.1f} {unit[2]:5.1f}  {qualifier:8.1f}%"
            )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    parser.add_argument(
        "--errors",
        nargs="?",
        const="dev",
        choices=(*LABEL_FOLDS, "all"),
        help="list misses and false positives of a fold (default: dev, the one to develop on)",
    )
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument(
        "--last",
        type=int,
        help="score only the last N labelled sentences of each corpus (the latest draw)",
    )
    args = parser.parse_args(argv)
    if not args.shared.is_dir():
        print(f"shared evaluation data not found at {args.shared}; nothing to evaluate.")
        return 0
    extractor = load_extractor()
    results: dict[str, dict[str, Tally]] = {}
    for corpus in args.corpus or sorted(CORPORA):
        tallies = evaluate(corpus, args.shared, extractor, args.errors, args.last)
        if tallies is not None:
            results[corpus] = tallies
    if results:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
