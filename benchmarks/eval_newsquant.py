"""Score claimcheck.extract.quantities.find_quantities on the NewsQuant development set.

Scoring follows the CQE evaluation (Almasian et al., EMNLP 2023, CQE_Evaluation
``evaluate_models.py``): per sentence, each gold quantity is matched to at most one extracted
quantity; values match within a relative tolerance of 1e-5 (numpy.isclose defaults), and a
range ("a-b" in the gold, low/high in a mention) must match at both ends. Two differences,
both to compare units fairly across two vocabularies instead of by exact string:

* matching is one-to-one (CQE counts a value match once per gold but only removes a tag
  on a value+unit match); pairs that agree on value and unit are taken first;
* units are compared after normalization, not as CQE's unit-name strings: pint units by
  equivalence (same canonical unit after our lexicon), money by ISO 4217 code, counted
  nouns by lemma (our noun must be one of the gold unit's words, lemmatized).

Prints value P/R/F1, value+unit P/R/F1, value+change, and sentences/second (best of several
repetitions in this process). ``--errors`` lists misses and false positives.

    /work/venv/bin/python benchmarks/eval_newsquant.py [--errors] [--data PATH]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

from claimcheck.extract.quantities import find_quantities, lemmatize_noun
from claimcheck.extract.units import UNIT_DIMENSIONS, lookup_surface
from claimcheck.records import QuantityMention

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
    "sen": "cent",
    "pence": "cent",
    "cent": "cent",
    "point": "point",
    "-": "",
    "count": "",
}

CHANGE_OF_QUALIFIER = {
    "exact": "=",
    "approx": "~",
    "more_than": ">",
    "at_least": ">",
    "less_than": "<",
    "at_most": "<",
}


def unit_key(name: str) -> str:
    """Canonical key for a unit name from either side."""
    name = " ".join(name.strip().lower().split())
    if name in CQE_UNIT_ALIASES:
        return CQE_UNIT_ALIASES[name]
    known = lookup_surface(name)
    if known:
        return known
    for separator in (" per ", " / ", "/"):
        if separator in name:
            numerator, _, denominator = name.partition(separator)
            return f"{unit_key(numerator)} / {unit_key(denominator)}"
    return name


def gold_unit_keys(quantity: dict) -> set[str]:
    """Every key the gold unit can match.

    A unit our lexicon knows (after CQE_UNIT_ALIASES) matches only itself; any other gold
    unit is a counted noun phrase ("European countries"), matched by the lemma of any of
    its words, since we keep only the head noun.
    """
    keys = {unit_key(quantity["normalized_unit"]), unit_key(quantity["unit"])}
    if any(key in UNIT_DIMENSIONS or " / " in key for key in keys):
        return keys
    for text in (quantity["normalized_unit"], quantity["unit"]):
        for word in text.replace("-", " ").split():
            keys.add(lemmatize_noun(word))
            keys.add(unit_key(word))
    return keys - {"-"}


def mention_unit_key(mention: QuantityMention) -> str:
    if mention.unit is None:
        return ""
    if mention.unit in UNIT_DIMENSIONS or " / " in mention.unit:
        return mention.unit
    return lemmatize_noun(mention.unit)


def parse_gold_value(raw: str) -> tuple[float, float] | float:
    raw = raw.strip()
    if "E" not in raw and not raw.startswith("-") and "-" in raw:
        low, _, high = raw.partition("-")
        return float(low), float(high.strip())
    return float(raw)


def mention_value(mention: QuantityMention) -> tuple[float, float] | float | None:
    if mention.low is not None and mention.high is not None:
        return mention.low, mention.high
    return mention.value


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


def units_match(gold: dict, mention: QuantityMention) -> bool:
    predicted = mention_unit_key(mention)
    keys = gold_unit_keys(gold)
    # No unit on our side matches a gold quantity without one ("-" in NewsQuant).
    return predicted in keys or (not predicted and "" in keys)


def score_sentence(gold: list[dict], mentions: list[QuantityMention]):
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


def predicted_change(mention: QuantityMention) -> str:
    if mention.change:
        return mention.change
    return CHANGE_OF_QUALIFIER.get(mention.qualifier, "=")


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    precision = tp / n_pred if n_pred else 0.0
    recall = tp / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return 100 * precision, 100 * recall, 100 * f1


def sentences_per_second(texts: list[str], repetitions: int) -> float:
    best = math.inf
    for _ in range(repetitions):
        started = time.perf_counter()
        for text in texts:
            find_quantities(text)
        best = min(best, time.perf_counter() - started)
    return len(texts) / best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--repetitions", type=int, default=7)
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"NewsQuant data not found at {args.data}; nothing to evaluate.")
        return 0
    sentences = json.loads(args.data.read_text(encoding="utf-8"))
    totals = {"gold": 0, "pred": 0, "value": 0, "unit": 0, "change": 0}
    for sentence in sentences:
        gold = sentence["quantities"]
        mentions = find_quantities(sentence["text"])
        value_tp, unit_tp, change_tp, missed, spurious, pairs = score_sentence(gold, mentions)
        totals["gold"] += len(gold)
        totals["pred"] += len(mentions)
        totals["value"] += value_tp
        totals["unit"] += unit_tp
        totals["change"] += change_tp
        if args.errors and (missed or spurious or any(not ok for *_, ok in pairs)):
            print(f"\n# {sentence['text']}")
            for g in missed:
                q = gold[g]
                print(f"  MISS  {q['value']} [{q['unit']} | {q['normalized_unit']}] {q['change']}")
            for p in spurious:
                m = mentions[p]
                print(f"  FP    {m.text!r} -> {mention_value(m)} {m.unit} {m.qualifier}")
            for g, p, ok in pairs:
                if not ok:
                    q, m = gold[g], mentions[p]
                    print(
                        f"  UNIT  {m.text!r}: {m.unit} vs gold {q['unit']} | {q['normalized_unit']}"
                    )
    print(
        f"NewsQuant dev: {len(sentences)} sentences, {totals['gold']} gold, {totals['pred']} found"
    )
    for label, key in (("value", "value"), ("value+unit", "unit"), ("value+change", "change")):
        precision, recall, f1 = prf(totals[key], totals["gold"], totals["pred"])
        print(f"{label:13s} P {precision:5.1f}  R {recall:5.1f}  F1 {f1:5.1f}")
    texts = [sentence["text"] for sentence in sentences]
    rate = sentences_per_second(texts, args.repetitions)
    print(f"throughput    {rate:,.0f} sentences/s (best of {args.repetitions})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
