"""Score claimcheck's extracted figures on the NewsQuant development set, in two folds.

The set is split by a stable hash of each sentence's index into fold A (develop on it) and
fold B (report only); the script prints both, the whole and the gap A - B.

What is scored: every claim of one sentence that carries a number (quantities, money and
percentages, and durations with their figure, which NewsQuant annotates as quantities), as
`claimcheck.extract.claims.extract_claims` returns them for the sentence read as an article.

Scoring follows the CQE evaluation (Almasian et al., EMNLP 2023, CQE_Evaluation
``evaluate_models.py``): per sentence, each gold quantity is matched to at most one extracted
quantity; values match within a relative tolerance of 1e-5 (numpy.isclose defaults), and a
range ("a-b" in the gold, low/high in a claim) must match at both ends, compared end to end
whichever way either side wrote it ("from 12 to 10" is the range 10-12). Further differences:

* matching is one-to-one (CQE counts a value match once per gold but only removes a tag
  on a value+unit match); pairs that agree on value and unit are taken first;
* units are compared after normalization, not as CQE's unit-name strings: pint units by
  equivalence (same canonical unit after our lexicon), money by ISO 4217 code, counted
  nouns by lemma (our noun must be one of the gold unit's words, lemmatized);
* money in a minor unit is compared in its currency on both sides ("118.5 p" = 1.185 GBP);
* "one of the X" is not a count: for each "one of" in a sentence one gold quantity of value
  1 with a counted-noun unit is dropped, and a claim on that "one" counts neither way.

Prints value P/R/F1, value+unit P/R/F1 and value+change per fold, the gap between the folds,
and sentences/second through extraction (best of several repetitions in this process).
``--errors`` lists misses and false positives of fold A (``--errors B`` or ``all`` to name
another).

    .venv/bin/python benchmarks/eval_newsquant.py [--errors [A|B|all]] [--data PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractor import Extractor, load_extractor

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "newsquant-dev.json"

# CQE's normalized unit names that our lexicon does not spell the same way.
CQE_UNIT_ALIASES: dict[str, str] = {
    "percentage": "percent",
    "%": "percent",
    "dollar": "USD",
    "united states dollar": "USD",
    "pound-mass": "pound",
    "pound sterling": "GBP",
    "japanese yen": "JPY",
    "malaysian ringgit": "MYR",
    "shekel": "ILS",
    "danish krone": "DKK",
    "parts-per-billion": "parts_per_billion",
    "parts-per-million": "parts_per_million",
    "year of age": "year",
    "month of age": "month",
    "revolutions per minute": "revolutions_per_minute",
    "mega british thermal unit": "MMBtu",
    "pound-foot": "foot * force_pound",
    "foot pound-force": "foot * force_pound",
    "kilowatt hour": "kilowatt_hour",
    "milliampere-hour": "milliampere_hour",
    "newton metre": "newton * meter",
    "basis point": "basis_point",
    "percentage point": "percentage_point",
    "degree": "degree",
    "point": "point",
    "-": "",
    "count": "",
}

# Minor units, compared in their currency on both sides: NewsQuant writes "118.5 p", claimcheck
# 1.185 GBP (and wrote 118.5 "cent" before it read minor units in their own currency).
MINOR_UNITS: dict[str, str] = {
    "p": "GBP",
    "pence": "GBP",
    "penny": "GBP",
    "pennies": "GBP",
    "sen": "MYR",
    "cent": "USD",
    "cents": "USD",
    "ct": "USD",
    "cts": "USD",
}

CHANGE_OF_QUALIFIER = {
    "exact": "=",
    "approx": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
}


FOLDS = ("A", "B")
_ONE_OF = re.compile(r"\bone\s+of\b", re.IGNORECASE)

# Set by main(): claimcheck's extraction functions and unit vocabulary.
EXTRACTOR: Extractor | None = None


def _extractor() -> Extractor:
    global EXTRACTOR
    if EXTRACTOR is None:
        EXTRACTOR = load_extractor()
    return EXTRACTOR


def fold_of(index: int) -> str:
    """Fold of the sentence at `index` in the development file: fixed, about half each."""
    return FOLDS[hashlib.sha256(f"newsquant-dev:{index}".encode()).digest()[0] & 1]


def unit_key(name: str) -> str:
    """Canonical key for a unit name from either side."""
    code = name.strip().upper()
    if len(code) == 3 and _extractor().unit_dimensions.get(code) == "currency":
        return code  # an ISO 4217 code, as the minor units are restated in
    name = " ".join(name.strip().lower().split())
    if name in CQE_UNIT_ALIASES:
        return CQE_UNIT_ALIASES[name]
    known = _extractor().lookup_surface(name)
    if known:
        return known
    for separator in (" per ", " / ", "/"):
        if separator in name:
            numerator, _, denominator = name.partition(separator)
            return f"{unit_key(numerator)} / {unit_key(denominator)}"
    return name


def _is_measure(key: str) -> bool:
    return key in _extractor().unit_dimensions or " / " in key


def gold_unit_keys(quantity: dict) -> set[str]:
    """Every key the gold unit can match.

    A unit our lexicon knows (after CQE_UNIT_ALIASES) matches only itself; any other gold
    unit is a counted noun phrase ("European countries"), matched by the lemma of any of
    its words, since we keep only the head noun.
    """
    keys = {unit_key(quantity["normalized_unit"]), unit_key(quantity["unit"])}
    if any(_is_measure(key) for key in keys):
        return keys
    for text in (quantity["normalized_unit"], quantity["unit"]):
        for word in text.replace("-", " ").split():
            keys.add(_extractor().lemmatize_noun(word))
            keys.add(unit_key(word))
    return keys - {"-"}


def mention_unit_key(mention: Any) -> str:
    if mention.unit is None:
        return ""
    if _is_measure(mention.unit):
        return mention.unit
    return _extractor().lemmatize_noun(mention.unit)


def parse_gold_value(raw: str) -> tuple[float, float] | float:
    raw = raw.strip()
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, _, high = raw.partition("-")
        return tuple(sorted((float(low), float(high.strip()))))
    return float(raw)


def mention_value(mention: Any) -> tuple[float, float] | float | None:
    if mention.low is not None and mention.high is not None:
        return tuple(sorted((mention.low, mention.high)))
    return mention.value


def _in_major_unit(value: str, unit: str) -> tuple[str, str] | None:
    """(value, unit) of an amount written in a minor unit, restated in its currency."""
    numerator, per, denominator = unit.strip().lower().partition(" per ")
    code = MINOR_UNITS.get(numerator.strip())
    if code is None:
        return None
    try:
        parsed = parse_gold_value(value)
    except ValueError:
        return None
    if isinstance(parsed, tuple):
        restated = f"{parsed[0] / 100!r}-{parsed[1] / 100!r}"
    else:
        restated = repr(parsed / 100)
    return restated, f"{code} per {denominator}" if per else code


def gold_in_major_units(quantity: dict) -> dict:
    """A gold quantity in a minor unit ("118.5 p") restated in its currency (1.185 GBP)."""
    restated = _in_major_unit(quantity["value"], quantity["unit"]) or _in_major_unit(
        quantity["value"], quantity["normalized_unit"]
    )
    if restated is None:
        return quantity
    value, unit = restated
    return {**quantity, "value": value, "unit": unit, "normalized_unit": unit}


def claim_in_major_units(claim: Any) -> Any:
    """A claim in cents as claimcheck once wrote them ("cent", "cent / share") in dollars."""
    numerator, per, denominator = (claim.unit or "").partition(" / ")
    if numerator != "cent":
        return claim
    from dataclasses import replace

    def restated(value: float | None) -> float | None:
        return None if value is None else value / 100

    unit = f"USD / {denominator}" if per else "USD"
    return replace(
        claim,
        value=restated(claim.value),
        low=restated(claim.low),
        high=restated(claim.high),
        unit=unit,
    )


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-5, abs_tol=1e-8)


def values_match(gold: tuple[float, float] | float, predicted) -> bool:
    if predicted is None:
        return False
    if isinstance(gold, tuple) != isinstance(predicted, tuple):
        return False
    if isinstance(gold, tuple):
        return close(gold[0], predicted[0]) and close(gold[1], predicted[1])
    return close(gold, predicted)


def units_match(gold: dict, mention: Any) -> bool:
    predicted = mention_unit_key(mention)
    keys = gold_unit_keys(gold)
    # No unit on our side matches a gold quantity without one ("-" in NewsQuant).
    return predicted in keys or (not predicted and "" in keys)


def score_sentence(gold: list[dict], mentions: list[Any]):
    """One-to-one matching; returns (value pairs, value+unit pairs, value+change pairs,
    unmatched gold, unmatched mentions)."""
    free_gold = list(range(len(gold)))
    free_pred = list(range(len(mentions)))
    pairs: list[tuple[int, int, bool]] = []
    for require_unit in (True, False):
        for g in list(free_gold):
            gold_value = parse_gold_value(gold[g]["value"])
            for p in free_pred:
                if not values_match(gold_value, mention_value(mentions[p])):
                    continue
                unit_ok = units_match(gold[g], mentions[p])
                if require_unit and not unit_ok:
                    continue
                pairs.append((g, p, unit_ok))
                free_gold.remove(g)
                free_pred.remove(p)
                break
    value_tp = len(pairs)
    unit_tp = sum(1 for _, _, unit_ok in pairs if unit_ok)
    change_tp = sum(1 for g, p, _ in pairs if gold[g]["change"] == predicted_change(mentions[p]))
    return value_tp, unit_tp, change_tp, free_gold, free_pred, pairs


def predicted_change(mention: Any) -> str:
    if mention.change:
        return mention.change
    return CHANGE_OF_QUALIFIER.get(mention.qualifier, "=")


def figure_claims(text: str) -> list[Any]:
    """Claims of one sentence that carry a number, in text order."""
    claims = _extractor().claims_of_text(text)
    return [
        claim_in_major_units(claim)
        for claim in claims
        if claim.value is not None or claim.low is not None
    ]


def drop_one_of(text: str, gold: list[dict], claims: list[Any]) -> tuple[list[dict], list[Any]]:
    """Gold and claims without the "one of the X" items, which are not counts."""
    ones = [match.start() for match in _ONE_OF.finditer(text)]
    if not ones:
        return gold, claims
    kept_gold: list[dict] = []
    dropped = 0
    for quantity in gold:
        is_one = quantity["value"].strip() in ("1", "1.0")
        # Judged on the whole unit, not word by word: "real estate firms" is counted even
        # though "real" alone names a currency.
        phrase_keys = {unit_key(quantity["normalized_unit"]), unit_key(quantity["unit"])}
        counted = not any(_is_measure(key) for key in phrase_keys)
        if dropped < len(ones) and is_one and counted:
            dropped += 1
            continue
        kept_gold.append(quantity)
    kept_claims = [
        claim for claim in claims if not any(claim.start <= one < claim.end for one in ones)
    ]
    return kept_gold, kept_claims


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


@dataclass
class Tally:
    sentences: int = 0
    gold: int = 0
    pred: int = 0
    value: int = 0
    unit: int = 0
    change: int = 0
    dropped: int = 0

    def f1(self, key: str) -> float:
        return prf(getattr(self, key), self.gold, self.pred)[2]


def sentences_per_second(texts: list[str], repetitions: int) -> float:
    best = math.inf
    for _ in range(repetitions):
        started = time.perf_counter()
        for text in texts:
            figure_claims(text)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def print_errors(text: str, gold, mentions, missed, spurious, pairs) -> None:
    if not (missed or spurious or any(not ok for *_, ok in pairs)):
        return
    print(f"\n# {text}")
    for g in missed:
        q = gold[g]
        print(f"  MISS  {q['value']} [{q['unit']} | {q['normalized_unit']}] {q['change']}")
    for p in spurious:
        m = mentions[p]
        print(f"  FP    {m.text!r} -> {mention_value(m)} {m.unit} {m.qualifier}")
    for g, p, ok in pairs:
        if not ok:
            q, m = gold[g], mentions[p]
            print(f"  UNIT  {m.text!r}: {m.unit} vs gold {q['unit']} | {q['normalized_unit']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument(
        "--errors",
        nargs="?",
        const="A",
        choices=(*FOLDS, "all"),
        help="list misses and false positives of a fold (default: A, the one to develop on)",
    )
    parser.add_argument("--repetitions", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"NewsQuant data not found at {args.data}; nothing to evaluate.")
        return 0
    sentences = json.loads(args.data.read_text(encoding="utf-8"))
    tallies = {name: Tally() for name in (*FOLDS, "whole")}
    for index, sentence in enumerate(sentences):
        fold = fold_of(index)
        all_gold = sentence["quantities"]
        gold, mentions = drop_one_of(sentence["text"], all_gold, figure_claims(sentence["text"]))
        gold = [gold_in_major_units(quantity) for quantity in gold]
        value_tp, unit_tp, change_tp, missed, spurious, pairs = score_sentence(gold, mentions)
        for name in (fold, "whole"):
            tally = tallies[name]
            tally.sentences += 1
            tally.gold += len(gold)
            tally.pred += len(mentions)
            tally.value += value_tp
            tally.unit += unit_tp
            tally.change += change_tp
            tally.dropped += len(all_gold) - len(gold)
        if args.errors in (fold, "all"):
            print_errors(sentence["text"], gold, mentions, missed, spurious, pairs)
    print("NewsQuant dev, fold A = develop on, fold B = report only")
    print(
        f"{'':7s} {'sent':>4s} {'gold':>4s} {'found':>5s}  {'value P':>7s} {'R':>5s} {'F1':>5s}"
        f"  {'v+unit P':>8s} {'R':>5s} {'F1':>5s}  {'v+change F1':>11s}  one-of dropped"
    )
    for name, tally in tallies.items():
        value = prf(tally.value, tally.gold, tally.pred)
        unit = prf(tally.unit, tally.gold, tally.pred)
        print(
            f"{name:7s} {tally.sentences:4d} {tally.gold:4d} {tally.pred:5d}"
            f"  {value[0]:7.1f} {value[1]:5.1f} {value[2]:5.1f}"
            f"  {unit[0]:8.1f} {unit[1]:5.1f} {unit[2]:5.1f}  {tally.f1('change'):11.1f}"
            f"  {tally.dropped:d}"
        )
    a, b = tallies["A"], tallies["B"]
    print(
        f"gap A-B  value F1 {a.f1('value') - b.f1('value'):+.1f}"
        f"  value+unit F1 {a.f1('unit') - b.f1('unit'):+.1f}"
        f"  value+change F1 {a.f1('change') - b.f1('change'):+.1f}"
    )
    texts = [sentence["text"] for sentence in sentences]
    rate = sentences_per_second(texts, args.repetitions)
    print(f"throughput {rate:,.0f} sentences/s through extract_claims (best of {args.repetitions})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
