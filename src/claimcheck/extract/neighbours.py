"""What a figure's neighbours say about it: passes over the quantities read from one text.

The scanner in `quantities` reads each number with what is written around it; these passes
then look at the figures side by side, in text order, and complete what one of them says for
the others: a unit written once for a comparison or a list, the per-share heading of an
earnings table, "each" and "apiece" after a price, a price's "per barrel" for the figure it is
paired with, a hedge shared by a pair or a parenthetical, and money written in a minor unit
restated in its currency.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claimcheck.extract.lexicon import SCALE_WORDS
from claimcheck.extract.numbers import scaled
from claimcheck.extract.patterns import compile_pattern
from claimcheck.extract.units import (
    MINOR_UNIT_PREFIX,
    UNIT_DIMENSIONS,
    lookup_surface,
    minor_unit_factor,
)
from claimcheck.records import QuantityMention

_CARRY_LINK_RE = compile_pattern(
    # "3.78 billion marks in 1986 from 2.92 billion": a short time phrase may come first
    # "4.1250 pct today, up from 4.0625": or a day, and the direction of the move
    # "4,800 tonnes of zinc in the quarter, down from 5,100": the counted material may come first
    # "9.2 tonnes last year from 10.3": a time phrase with "last", "this" or "the previous"
    r"(?:\s+of(?:\s+[a-z]+){1,3}?)?"
    r"(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\.?|\d{4}|first|second|third|fourth"
    r"|quarter|half|year|month|week)(?:\s+(?:\d{4}|quarter|half))?|\s+(?:today|yesterday)"
    r"|\s+(?:last|this|the\s+previous|the\s+same)\s+(?:year|month|week|quarter|season))?"
    # "17.80 pct (revised from 17.77)": a bracket may open the revision of the figure before
    r"\s*,?\s*(?:(?:up|down)\s+(?=from))?(?:\(\s*(?=revised|restated|adjusted))?"
    r"(?:(?:revised|restated|adjusted)\s+)?"
    r"(?:vs\.?|versus|against|from|compared\s+(?:with|to))\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:revised|restated|adjusted|upwardly|downwardly)\s+){0,2}",
    re.I,
)
_SCALE_AFTER_BRACKET_RE = compile_pattern(
    r"[ \t]*\)[ \t\n]*(?:million|mln|mn|billion|bln|bn|trillion|thousand)\b", re.I
)
_OWN_ABBREVIATION_AFTER_RE = compile_pattern(r"[ \t]+[A-Z]{2,5}\b(?![ \t]+[A-Z])")
_LIST_LINK_RE = compile_pattern(r"(?:,|,? and|,? or)[ \t]+")
# The next figure of a chain of comparisons, maybe after where or when the last one was: "140
# yen against 140.70 in Zurich and 141.15", "5.2 pct vs 5.4 in early trade and 5.6".
_CARRY_CHAIN_RE = compile_pattern(
    r"(?:\s+(?:in|at|on)\s+(?:(?-i:[A-Z][A-Za-z.]*)(?:\s+(?-i:[A-Z][A-Za-z.]*))?"
    r"|(?:early|late|midday|morning|afternoon|overnight)\s+(?:trade|trading|dealings)))?"
    r"\s*(?:,|and|or|,\s*and)\s*",
    re.I,
)
_SCALED_TEXT_RE = compile_pattern(
    r"(?<![A-Za-z])(?:million|mln|mn|billion|bilion|billon|bln|bn|trillion|trln|tn|thousand"
    r"|crore|lakh)(?![A-Za-z])|(?<=\d)[mbk](?![A-Za-z])",
    re.I,
)


def complete_from_neighbours(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions (sorted, not overlapping) completed by one another, in a new list."""
    mentions = list(mentions)
    if len(mentions) > 1:
        carry_units(text, mentions)
        _scale_across_versus(text, mentions)
        _scaled_amounts_as_money(text, mentions)
        _parts_of_a_whole(text, mentions)
        _parts_of_which(text, mentions)
        _parallel_counts(text, mentions)
        _compared_counts(text, mentions)
        _parallel_measures(text, mentions)
        _scaled_ellipses(text, mentions)
        _restated_across_a_change(text, mentions)
        _rates_named_after_a_percentage(text, mentions)
        if any(mention.unit == "percentage_point" for mention in mentions):
            _points_beside_percentage_points(text, mentions)
        _table_headings(text, mentions)
        # The heading gives its unit only to a figure with none, nor any dimension.
        if ("in " in text or "In " in text) and any(
            mention.unit is None and mention.dimension is None for mention in mentions
        ):
            _unit_headed_lists(text, mentions)
        if "vot" in text:
            _tallies_with_to(text, mentions)
        if any(mention.unit == "point" for mention in mentions):
            _index_moves(text, mentions)
        if any(mention.dimension == "price" for mention in mentions):
            _paired_prices(text, mentions)
            _levels_of_a_price(text, mentions)
            _bare_levels_of_a_price(text, mentions)
            _bare_prices_per_basis(text, mentions)
        if any(mention.dimension == "currency" for mention in mentions):
            _bare_levels_of_money(text, mentions)
            _dollars_beside_a_sum_per_share(text, mentions)
        if any(mention.qualifier != "exact" for mention in mentions):
            _shared_qualifiers(text, mentions)
    _principal_amounts_as_money(text, mentions)
    _points_of_a_move(text, mentions)
    if "each" in text or "apiece" in text:
        _each_and_apiece(text, mentions)
    if any(mention.unit == "vote" for mention in mentions):
        mentions = _votes_against(text, mentions)
    mentions = _minor_units_as_major(text, mentions)
    if "share" in text:
        _sums_named_per_share(text, mentions)
    return mentions


def _minor_units_as_major(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """Sums in cents or pence restated in their currency, after a sum per share beside them has
    lent them its basis."""
    if not any((mention.unit or "").startswith(MINOR_UNIT_PREFIX) for mention in mentions):
        return mentions
    _cents_beside_a_sum_per_share(text, mentions)
    return [_in_major_unit(text, mentions, index) for index in range(len(mentions))]


# ---- sums a clause names as earnings per share ------------------------------------------------

# "per share earnings of" a sum, "earnings per share" that rose some pct "to" a sum: the sum the
# clause goes on to give is an amount per share, as "N dlrs a share" would be.
_PER_SHARE_MEASURE_RE = compile_pattern(
    r"\b(?:per[- \t\n]+share(?:[ \t\n]+(?:net|basic|diluted|primary))?[ \t\n]+"
    r"(?:earnings|profits?|loss(?:es)?|income)"
    r"|(?:earnings|profits?|loss(?:es)?|net[ \t\n]+income)[ \t\n]+per[ \t\n]+share)\b",
    re.I,
)
# How far back in its clause the measure may be named.
_PER_SHARE_MEASURE_REACH = 120
# Words between the measure and the sum that name another measure for the sum (per share cents
# then "on earnings of" a total; a per-share row then a "Proposed dividend" row in one line of a
# table): a total or a dividend, the currency alone.
_OTHER_MEASURE_BETWEEN_RE = compile_pattern(
    r"\b(?:earnings|profits?|income|revenues?|sales|turnover|dividends?|div)\b", re.I
)
# A sum per share is never this large without a scale word: "877,000 dlrs" is a total.
_PER_SHARE_LIMIT = 10_000
_CLAUSE_STOP_RE = compile_pattern(r"[;!?]|\.(?=\s)")


def _sums_named_per_share(text: str, mentions: list[QuantityMention]) -> None:
    """A sum with no scale after "per share earnings (of)" in its sentence is a price per
    share; a scaled total between ("revenues of N mln dlrs") ends the reach."""
    for index, mention in enumerate(mentions):
        if (
            mention.dimension != "currency"
            or not mention.unit
            or "/" in mention.unit
            or _SCALED_TEXT_RE.search(mention.text)
            or (mention.value or mention.high or 0) >= _PER_SHARE_LIMIT
        ):
            continue
        window_start = max(0, mention.start - _PER_SHARE_MEASURE_REACH)
        window = text[window_start : mention.start]
        stops = list(_CLAUSE_STOP_RE.finditer(window))
        clause_start = window_start + (stops[-1].end() if stops else 0)
        named = list(_PER_SHARE_MEASURE_RE.finditer(text, clause_start, mention.start))
        if not named or _OTHER_MEASURE_BETWEEN_RE.search(text, named[-1].end(), mention.start):
            continue
        totals_between = any(
            named[-1].end() <= other.start < mention.start
            and other.dimension == "currency"
            and _SCALED_TEXT_RE.search(other.text)
            for other in mentions
        )
        if not totals_between:
            mentions[index] = replace(mention, unit=f"{mention.unit} / share", dimension="price")


# ---- points before the move they measure ----------------------------------------------------

# "1/16 point gains", "3 point falls": the plural noun names the moves, the points measure
# them; the noun is no unit. Only a size in digits: "two half point cuts" counts the cuts.
_POINT_MOVES_RE = compile_pattern(
    r"(?P<measure>\d[\d/.,-]*[ \t\n-]+points?)[ \t\n]+"
    r"(?:gains|rises|falls|losses|declines|drops|increases|cuts|moves|advances|dips)",
    re.I,
)
# An interest rate or a yield named earlier in the sentence: its points are percentage points.
_RATE_IN_SENTENCE_RE = compile_pattern(r"\b(?:rates?|yields?)\b(?![^.;!?]*[.;!?]\s)", re.I)
_RATE_REACH = 160


def _points_of_a_move(text: str, mentions: list[QuantityMention]) -> None:
    """Points before a plural noun of movement, re-read as points (of a rate: percentage
    points), the span cut to the size, in place."""
    if "point" not in text:
        return
    for index, mention in enumerate(mentions):
        if mention.dimension != "count" or mention.value is None:
            continue
        moves = _POINT_MOVES_RE.fullmatch(mention.text)
        if moves is None:
            continue
        window = text[max(0, mention.start - _RATE_REACH) : mention.start]
        rate = _RATE_IN_SENTENCE_RE.search(window) is not None
        end = mention.start + moves.end("measure")
        mentions[index] = replace(
            mention,
            end=end,
            text=text[mention.start : end],
            unit="percentage_point" if rate else "point",
            dimension="percent" if rate else "index",
        )


# ---- a unit written once ------------------------------------------------------------------


def _may_share_unit(source: QuantityMention, target: QuantityMention) -> bool:
    """Whether `target` (no unit of its own) may be the same measure as `source`.

    A scale word marks an amount: "1.8 mln" is not a percentage, and after "4.5 pct" it is
    another measure; "73.25 billion francs from 75.27 billion" scale alike and share one.
    """
    if _SCALED_TEXT_RE.search(target.text) is None:
        return True
    return source.unit != "percent" and _SCALED_TEXT_RE.search(source.text) is not None


def _scale_of(mention: QuantityMention) -> float | None:
    """The factor of the scale word written in an amount with a unit ("2.4 billion dlrs":
    1e9, "4 mln shares": 1e6), None for a percentage or a bare number."""
    if mention.unit is None or mention.dimension == "percent":
        return None
    found = _SCALED_TEXT_RE.search(mention.text)
    return SCALE_WORDS.get(found.group().lower()) if found else None


def _measure_for_a_list(following: QuantityMention) -> bool:
    """A measure or currency written at the end of a list names the list's scaled figures too:
    "1.28 mln and 868,700 tonnes" (a percentage or a counted noun does not)."""
    return UNIT_DIMENSIONS.get(following.unit or "") not in (None, "percent", "level")


def _takes_no_unit(mention: QuantityMention) -> bool:
    """A figure with a unit of its own, or an index's points, which have none to take ("20.5
    points, or 0.2%")."""
    return mention.unit is not None or mention.dimension == "index"


# "from around 30-34 mpg to 41", "from 28 km/h in 2015 to 33": a movement's start with its unit,
# then its end without one.
_FROM_BEFORE_RE = compile_pattern(
    r"\bfrom\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|under)\s+)?$", re.I
)
_TO_BETWEEN_RE = compile_pattern(r"(?:\s+(?:in|during)\s+(?:\d{4}|[A-Z][a-z]+))?\s+to\s+")


# A running total after the figure that adds to it: "a further 40 jobs, bringing the total to
# 300", "a final dividend of 4.7p, making 8.7 for the year".
_TOTAL_LINK_RE = compile_pattern(
    r"\s*,?\s*(?:bringing|taking)\s+(?:the|its|their)\s+(?:total|tally)\s+to\s+"
    r"(?:(?:a|an|about|around|some|almost|nearly|over)\s+)?"
)
_MAKING_LINK_RE = compile_pattern(r"\s*,?\s*making\s+(?:a\s+total\s+of\s+)?")


def _running_total(between: str, previous: QuantityMention) -> bool:
    """ "making" links a payment to its total only after money; "making 300 cars" after a
    count of workers is what they make."""
    if _TOTAL_LINK_RE.fullmatch(between):
        return True
    unit = previous.unit or ""
    money = unit.startswith(MINOR_UNIT_PREFIX) or UNIT_DIMENSIONS.get(unit) == "currency"
    return money and _MAKING_LINK_RE.fullmatch(between) is not None


def _from_then_to(text: str, previous: QuantityMention, current: QuantityMention) -> bool:
    if not _TO_BETWEEN_RE.fullmatch(text, previous.end, current.start):
        return False
    return _FROM_BEFORE_RE.search(text, max(0, previous.start - 24), previous.start) is not None


# After a movement written level first ("rose to 1.62 dlrs from 1.60 yesterday"), the earlier
# levels it is set against next, each maybe with its day or period: "and 1.55 on March 3",
# "and 72.3 bln the previous week". The range's far end is the last level compared.
_MOVEMENT_CHAIN_RE = compile_pattern(
    r"(?:\s+(?:today|yesterday|(?:in|on|at)\s+(?-i:[A-Z][a-z]+)\.?"
    r"|(?:last|the\s+previous)\s+(?:week|month|quarter|year)"
    r"|a\s+(?:week|month|year)\s+(?:ago|earlier)))?\s*,?\s+and\s+",
    re.I,
)


def _after_a_movement(text: str, previous: QuantityMention, between: str) -> bool:
    """Whether `previous` is a movement written "to X from Y" and `between` leads from its far
    end to one more level it is compared with."""
    if previous.direction is None or " from " not in previous.text:
        return False
    return len(between) < 40 and _MOVEMENT_CHAIN_RE.fullmatch(between) is not None


# A market report's spread of moves over its contracts: "0.25 cent lower to 0.45 higher",
# "5 points up to 3 down": the far side is a move of the same size's unit.
_SPREAD_BETWEEN_RE = compile_pattern(r"\s+(?:higher|lower|up|down|off)\s+to\s+", re.I)
_SPREAD_AFTER_RE = compile_pattern(r"\s+(?:higher|lower|up|down|off)\b", re.I)


def _spread_of_moves(text: str, between: str, current: QuantityMention) -> bool:
    """Whether `between` joins two moves of one spread, the far one with its direction after
    it ("0.25 cent lower to 0.45 higher")."""
    return (
        _SPREAD_BETWEEN_RE.fullmatch(between) is not None
        and _SPREAD_AFTER_RE.match(text, current.end) is not None
    )


def _compared_in_one_unit(text: str, previous: QuantityMention, current: QuantityMention) -> bool:
    """Whether `current` repeats `previous`'s unit as the other side of a comparison."""
    if previous.unit is None or current.unit != previous.unit:
        return False
    between = text[previous.end : current.start]
    return len(between) < 64 and _CARRY_LINK_RE.fullmatch(between) is not None


# One figure per period, the unit written with the first: "N mln bpd for the first half and M
# mln for the second", "N mln bushels in the latest week and M mln in the week before". The
# second figure must be followed by its own period in the same words.
_PERIOD_THEN_AND_RE = compile_pattern(
    r"\s+(?P<prep>for|in|during)\s+the\s+(?:[a-z]+\s+){0,2}?[a-z]+\s*,?\s+and\s+"
)
_PERIOD_AFTER_RE = compile_pattern(r"\s+(?P<prep>for|in|during)\s+the\b")


def _parallel_periods(text: str, current: QuantityMention, between: str) -> bool:
    """Whether `between` closes one figure's period and `current` opens a second figure for
    another period, written with the same preposition ("for the third ... and N for the")."""
    first = _PERIOD_THEN_AND_RE.fullmatch(between)
    if first is None:
        return False
    second = _PERIOD_AFTER_RE.match(text, current.end)
    return second is not None and second["prep"] == first["prep"]


def carry_units(text: str, mentions: list[QuantityMention]) -> None:
    """Give a unit written once to the figures it is compared with, in place.

    "98 cts vs 62", "73.25 billion francs from 75.27 billion", "158.5 billion dlrs against
    148.0 billion and 120.0 billion": the later figures take the earlier one's unit.
    """
    carried = False
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if _takes_no_unit(current) or previous.unit is None:
            # "44 mln lbs compared with 51 mln lbs in May and 85 mln": a comparison that writes
            # its unit twice still hands it on to the next level of the chain
            carried = _compared_in_one_unit(text, previous, current)
            continue
        if (
            not _may_share_unit(previous, current)
            or previous.dimension == "age"
            or _apart_in_size(previous, current)
            # "from 63.7 BCF": a unit of its own, written in capitals the lexicon lacks
            or _OWN_ABBREVIATION_AFTER_RE.match(text, current.end)
            # "from 30.08 (revised from 30.06) billion": its scale is written after the bracket
            or _SCALE_AFTER_BRACKET_RE.match(text, current.end)
        ):
            carried = False
            continue
        between = text[previous.end : current.start]
        linked = len(between) < 64 and _CARRY_LINK_RE.fullmatch(between)
        linked = linked or _offered_alternative(between, previous)
        linked = linked or _from_then_to(text, previous, current)
        linked = linked or _running_total(between, previous)
        linked = linked or _after_a_movement(text, previous, between)
        linked = linked or _spread_of_moves(text, between, current)
        linked = linked or _parallel_periods(text, current, between)
        if not linked and not (carried and _CARRY_CHAIN_RE.fullmatch(between)):
            carried = False
            continue
        mentions[index] = replace(current, unit=previous.unit, dimension=previous.dimension)
        carried = True
    _units_at_a_lists_end(text, mentions)


# "about 300 pence, maybe 305", "120 pence or 125": a second guess at the same amount.
_ALTERNATIVE_LINK_RE = compile_pattern(
    r"(?:\s*,\s*(?:or\s+)?(?:maybe|perhaps|possibly)|\s+or(?:\s+(?:maybe|perhaps|possibly))?)\s+",
    re.I,
)


def _offered_alternative(between: str, previous: QuantityMention) -> bool:
    """A bare figure offered as another guess at the amount just written takes its unit; a
    percentage is left alone ("fell 3%, or 40" may count points)."""
    return previous.dimension != "percent" and _ALTERNATIVE_LINK_RE.fullmatch(between) is not None


def _units_at_a_lists_end(text: str, mentions: list[QuantityMention]) -> None:
    """ "1,000 and 10,000 dlrs", "5, 10 or 20 pct": a list takes the unit written at its end,
    and its scale word: "1.2 and 2.4 billion dlrs" (the scale as well as the currency)."""
    list_scale: dict[int, float] = {}
    for index in range(len(mentions) - 2, -1, -1):
        current, following = mentions[index], mentions[index + 1]
        if _takes_no_unit(current) or following.unit is None or current.value is None:
            continue
        if not (_may_share_unit(following, current) or _measure_for_a_list(following)):
            continue
        if _parallel_at(text, current, following):
            # "grade one sold at 20.68 and grade two at 20.45 rupees": one construction twice
            unit, dimension = following.unit, following.dimension
            mentions[index] = replace(current, unit=unit, dimension=dimension)
            continue
        if _LIST_LINK_RE.fullmatch(text, current.end, following.start) or (
            current.unit is None and _to_then_from(text, current, following)
        ):
            if index + 1 not in list_scale and _apart_in_size(current, following):
                # "a gain of 232,000 or five cts a share": the total is in the currency alone
                code = _currency_of(following.unit or "")
                if code:
                    mentions[index] = replace(current, unit=code, dimension="currency")
                continue
            unit, dimension = following.unit, following.dimension
            mentions[index] = replace(current, unit=unit, dimension=dimension)
            factor = list_scale.get(index + 1) or _scale_of(following)
            if factor and _SCALED_TEXT_RE.search(current.text) is None and current.value < 1000:
                mentions[index] = replace(
                    mentions[index],
                    value=scaled(current.value, factor),
                    precision=scaled(current.precision, factor),
                )
                list_scale[index] = factor


def _to_then_from(text: str, current: QuantityMention, following: QuantityMention) -> bool:
    """ "fell to 120 from 135 ounces": a movement writes its unit once, after the start."""
    if not _FROM_BETWEEN_RE.fullmatch(text, current.end, following.start):
        return False
    if _NUMBER_OF_BEFORE_RE.search(text, max(0, current.start - 80), current.start):
        return False  # "the number of orders to 439 from 16 airlines": it counts the orders
    return _TO_BEFORE_RE.search(text, max(0, current.start - 8), current.start) is not None


_FROM_BETWEEN_RE = compile_pattern(r"\s+from\s+")
_TO_BEFORE_RE = compile_pattern(r"\bto\s+$")
_NUMBER_OF_BEFORE_RE = compile_pattern(r"\bnumber\s+of\b", re.I)


# "at 20.68 and grade two at 20.45 rupees": "and", a few words naming the second thing, "at".
_PARALLEL_AT_RE = compile_pattern(r"\s+and\s+(?:[A-Za-z][\w'’-]*\s+){1,3}at\s+")
_AT_BEFORE_RE = compile_pattern(r"\bat\s+$")
_PARALLEL_AT_DIMENSIONS = frozenset({"currency", "price", "mass", "length", "volume", "area"})


def _parallel_at(text: str, current: QuantityMention, following: QuantityMention) -> bool:
    """Whether a bare figure after "at" and a figure with a unit after "and ... at" are one
    construction written twice, the unit once at its end; near in size (a level, not a
    move)."""
    if following.dimension not in _PARALLEL_AT_DIMENSIONS or following.value is None:
        return False
    small, large = sorted((abs(current.value or 0.0), abs(following.value)))
    if small <= 0 or large > _LEVEL_SIZE_RATIO * small:
        return False
    if not _AT_BEFORE_RE.search(text, max(0, current.start - 4), current.start):
        return False
    return _PARALLEL_AT_RE.fullmatch(text, current.end, following.start) is not None


# A sentence ends between two figures (a decimal point does not).
_SENTENCE_END_RE = compile_pattern(r"[.!?;](?:\s|$)")
_SCALED_AMOUNT_REACH = 200
_BRACKET_BETWEEN_RE = compile_pattern(r"\s*[(\[]\s*")
# Words after a bare scaled figure that say the figure counts people in a state.
_STATE_OF_PEOPLE_AFTER_RE = compile_pattern(
    r"\s+(?:unemployed|jobless|homeless|dead|injured|wounded|displaced|uninsured|disabled)\b"
)


def _scaled_amounts_as_money(text: str, mentions: list[QuantityMention]) -> None:
    """A bare scaled amount later in the sentence of a scaled sum of money is money in that
    currency: "reserves were 2.5 billion marks, bringing the total to 84.5 billion". A sum
    restated in brackets is in another currency than its restatement ("4.2 billion ($5.5bn)"),
    so neither side of a bracketed restatement passes its currency on."""
    source: QuantityMention | None = None  # the last scaled sum of money, in text order
    for index, current in enumerate(mentions):
        if current.unit is not None:
            scaled_money = current.dimension == "currency" and _SCALED_TEXT_RE.search(current.text)
            previous = mentions[index - 1] if index else None
            restated = (
                previous is not None
                and previous.dimension == "currency"
                and _BRACKET_BETWEEN_RE.fullmatch(text, previous.end, current.start)
            )
            # a sum in brackets opened right after another sum restates it ("77m euros (£53m;
            # $100m)"): not a source ("transfers (80 billion)" after "(153 billion forints)" is)
            bracketed = _restates_the_sum_before_its_bracket(text, mentions[:index], current)
            source = current if scaled_money and not restated and not bracketed else source
            continue
        if source is None or current.dimension is not None:
            continue
        if current.value is None and current.low is None:
            continue  # a range ("rose to 21.32 billion from 20.75 billion") passes too
        if _STATE_OF_PEOPLE_AFTER_RE.match(text, current.end):
            continue  # "three million unemployed": people counted, no money
        previous = mentions[index - 1] if index else None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and following.dimension == "currency"
            and _BRACKET_BETWEEN_RE.fullmatch(text, current.end, following.start)
        ):
            continue
        if current.start - source.end > _SCALED_AMOUNT_REACH:
            continue
        if not _SCALED_TEXT_RE.search(current.text):
            continue
        if _SENTENCE_END_RE.search(text, source.end, current.start):
            continue
        if previous is not None and _new_table_row(text, previous, current):
            source = None  # "... vs 4.7 mln Pretax 6.7 mln": another row, its unit unsaid
            continue
        mentions[index] = replace(current, unit=source.unit, dimension=source.dimension)


def _restates_the_sum_before_its_bracket(
    text: str, earlier: list[QuantityMention], current: QuantityMention
) -> bool:
    """Whether `current` lies in brackets opened right after a sum of money."""
    reach = max(0, current.start - _SCALED_AMOUNT_REACH)
    opened = text.rfind("(", reach, current.start)
    if opened < 0 or text.rfind(")", reach, current.start) > opened:
        return False
    return any(
        mention.dimension == "currency" and not text[mention.end : opened].strip()
        for mention in earlier[-3:]
    )


# "..., down 10 pct from 1985's 1,084 mln": the figure a change is measured from.
_CHANGE_FROM_RE = compile_pattern(
    r"\s+(?:from|on|over|against)\s+(?:(?:1[89]\d\d|20\d\d|last\s+year|the\s+previous\s+year)"
    r"['’]s\s+|(?:the\s+)?(?:year-ago|year-earlier|a\s+year\s+earlier)\s+)?"
)
_CHANGE_REACH = 60


def _restated_across_a_change(text: str, mentions: list[QuantityMention]) -> None:
    """ "976 mln cubic feet a day, down 10 pct from 1985's 1,084 mln": the bare figure a
    percentage change is measured from is the same measure as the figure before the change."""
    for index in range(2, len(mentions)):
        source, change, current = mentions[index - 2], mentions[index - 1], mentions[index]
        if current.unit is not None or current.dimension is not None or current.value is None:
            continue
        if change.dimension != "percent" or source.unit is None:
            continue
        if source.dimension in (None, "percent", "age", "time"):
            continue
        if not _CHANGE_FROM_RE.fullmatch(text, change.end, current.start):
            continue
        if change.start - source.end > _CHANGE_REACH or _SENTENCE_END_RE.search(
            text, source.end, change.start
        ):
            continue
        if not _may_share_unit(source, current) or _apart_in_size(source, current):
            continue
        mentions[index] = replace(current, unit=source.unit, dimension=source.dimension)


# "left its base rate at 18.5": a bare figure named as a rate.
_RATE_AT_BEFORE_RE = compile_pattern(r"\brates?\s+(?:at|of|to|was|is|stood\s+at)\s+$")
_RATE_REACH = 160


def _rates_named_after_a_percentage(text: str, mentions: list[QuantityMention]) -> None:
    """A bare figure named as a rate, in a sentence whose last figure with a unit is a
    percentage, is a percentage too: "cut its prime rate to 8.5 pct but left its base rate
    at 9"."""
    last_with_unit: QuantityMention | None = None
    for index, current in enumerate(mentions):
        if current.unit is not None:
            last_with_unit = current
            continue
        if last_with_unit is None or last_with_unit.dimension != "percent":
            continue
        if current.dimension is not None or current.value is None or index == 0:
            continue
        if _SCALED_TEXT_RE.search(current.text):
            continue
        if current.start - last_with_unit.end > _RATE_REACH or _SENTENCE_END_RE.search(
            text, last_with_unit.end, current.start
        ):
            continue
        if _RATE_AT_BEFORE_RE.search(text, max(0, current.start - 24), current.start):
            mentions[index] = replace(current, unit="percent", dimension="percent")


# Between two figures of a wire table: a capitalised heading opens the next row ("vs 4.7 mln
# Pretax 6.7 mln", "Tax 27.25 mln").
_ROW_HEADING_BETWEEN_RE = compile_pattern(r"\s+[A-Z][A-Za-z.-]*(?:\s+[a-z][A-Za-z.-]*)?\s+")


def _new_table_row(text: str, previous: QuantityMention, current: QuantityMention) -> bool:
    if not _TABLE_ROW_RE.search(text):
        return False
    return _ROW_HEADING_BETWEEN_RE.fullmatch(text, previous.end, current.start) is not None


def _apart_in_size(current: QuantityMention, following: QuantityMention) -> bool:
    """Figures a thousand times apart, the second without a scale word, are two measures:
    "an increase of 232,000 or five cts a share" (a total and a figure per share)."""
    if following.value is None or current.value is None:
        return False
    if _SCALED_TEXT_RE.search(following.text) or _SCALED_TEXT_RE.search(current.text):
        return False
    small, large = sorted((abs(current.value), abs(following.value)))
    return large > 1000 * max(small, 1e-9)


def _currency_of(unit: str) -> str | None:
    """The currency (major unit) of money or of a price: "minor:USD / share" -> "USD"."""
    numerator = unit.partition(" / ")[0]
    if numerator.startswith(MINOR_UNIT_PREFIX):
        return numerator[len(MINOR_UNIT_PREFIX) :]
    return numerator if UNIT_DIMENSIONS.get(numerator) == "currency" else None


# ---- a part of a counted whole ------------------------------------------------------------

# "173 of the 299 votes", "Nine of the council's 15 members", "20 of Ohio's 88 counties": the
# part counts the whole's noun.
_PART_OF_RE = compile_pattern(
    r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|his|her|our|your|all)\s+(?:[A-Za-z.-]+['’]s?\s+)?"
    r"|[A-Za-z][A-Za-z.&-]*['’]s\s+)?",
    re.I,
)


def _parts_of_a_whole(text: str, mentions: list[QuantityMention]) -> None:
    for index in range(len(mentions) - 1):
        part, whole = mentions[index], mentions[index + 1]
        if part.unit is not None or part.value is None or whole.dimension != "count":
            continue
        if whole.value is None or part.value > whole.value:
            continue
        if _PART_OF_RE.fullmatch(text, part.end, whole.start):
            mentions[index] = replace(part, unit=whole.unit, dimension="count")


# ---- a scaled figure whose unit is left out -------------------------------------------------

# "52 mln tonnes now and should reach 80 mln by 1996": a bare figure with a scale word in the
# clause or the coordinated clause after a scaled figure with a unit, linked to it, ending bare
# (the clause's end, a time phrase), is the same measure; a word of value between them
# ("worth", "valued at", "for") makes the second an amount of money instead, left alone.
_SCALED_ELLIPSIS_LINK_RE = compile_pattern(
    r"\b(?:and|to|or|but|while|whereas|reach|reaches|reached|from|against|versus|vs)\b|,",
    re.I,
)
_VALUE_WORDS_RE = compile_pattern(
    r"\b(?:worth|valued?|cost|costs|costing|price[sd]?|pric(?:e|ing)|for|sold|bought|paid"
    r"|revenues?|sales|earnings|profits?|income|loss|losses|spend|spent|investment|invest)\b",
    re.I,
)
_SCALED_ELLIPSIS_REACH = 100


def _scaled_ellipses(text: str, mentions: list[QuantityMention]) -> None:
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if current.unit is not None or current.dimension is not None or current.value is None:
            continue
        if _SCALED_TEXT_RE.search(current.text) is None or _scale_of(previous) is None:
            continue
        if previous.dimension in (None, "percent", "index", "level"):
            continue
        between = text[previous.end : current.start]
        if len(between) > _SCALED_ELLIPSIS_REACH or any(mark in between for mark in ".;!?()"):
            continue
        if not _SCALED_ELLIPSIS_LINK_RE.search(between) or _VALUE_WORDS_RE.search(between):
            continue
        if _ENDS_BARE_RE.match(text, current.end):
            mentions[index] = replace(current, unit=previous.unit, dimension=previous.dimension)


# A results line's pair whose second side is written without the scale: "Turnover 183.8 mln vs
# 348.0", ending its row. Both sides are written to the same decimals, as the columns were.
_VERSUS_ONLY_RE = compile_pattern(r"[ \t]+vs\.?[ \t]+")
_ROW_END_RE = compile_pattern(r"[ \t]*(?:\n|$)")
_DECIMALS_RE = compile_pattern(r"\d+\.(\d+)")


def _scale_across_versus(text: str, mentions: list[QuantityMention]) -> None:
    if "vs" not in text:
        return
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if current.unit not in (None, previous.unit) or None in (current.value, previous.value):
            continue  # a unit carried over from the first side ("5.1 mln dlrs vs 4.2") is no own
        found = _SCALED_TEXT_RE.search(previous.text)
        if found is None or _SCALED_TEXT_RE.search(current.text) is not None:
            continue
        if not _VERSUS_ONLY_RE.fullmatch(text, previous.end, current.start):
            continue
        if not _ROW_END_RE.match(text, current.end):
            continue
        own, other = _DECIMALS_RE.match(current.text), _DECIMALS_RE.match(previous.text)
        if own is None or other is None or len(own[1]) != len(other[1]):
            continue
        scale = SCALE_WORDS.get(found.group().lower())
        if scale is None:
            continue
        mentions[index] = replace(
            current,
            value=scaled(current.value, scale),
            precision=scaled(current.precision, scale),
            unit=previous.unit,
            dimension=previous.dimension,
        )


# ---- a count and its parallel -----------------------------------------------------------------

# "killed 12 soldiers and wounded another 30", "a further three", "two more": a count that
# adds to the one before it counts the same things; so does a part named after its whole
# ("400 shares, including 150 held by", "90 staff, of whom 12 are").
_ADDED_BEFORE_RE = compile_pattern(
    r"\b(?:another|a\s+further|an\s+additional|an\s+extra)\s+$", re.I
)
_PART_AFTER_WHOLE_RE = compile_pattern(
    r"(?:(?:\s+[A-Za-z][\w'-]*){1,4}\s*,|\s*,?)\s*(?:including|of\s+wh(?:ich|om))\s+", re.I
)
_MORE_AFTER_RE = compile_pattern(r"\s+(?:more|others)\b")
# "Of the 40 branches it runs, 12 closed": a whole opened by "of", then the part of it that
# opens the clause after the comma counts the same things.
_OF_WHOLE_BEFORE_RE = compile_pattern(
    r"(?:^|[.;:!?\"“(]\s*|\n\s*)[Oo]f\s+(?:the|its|their|our|his|her|those|these|all)\s+$"
)
_PART_OPENS_CLAUSE_RE = compile_pattern(r"[^,;:.!?()]{0,60},\s*")
_NEXT_PART_RE = compile_pattern(r"[^,;:.!?()]{0,80}?(?:,\s*|\s+)(?:and|while|but|whereas)\s+")
# "300 cars in May and 250 in June": the same construction, the noun written once.
_PARALLEL_RE = compile_pattern(
    r"\s+(?P<prep>in|on|at|for|by|from|during|last|this)\b[^.;:!?]{1,60}?,?\s+"
    r"(?:and|but|while|whereas|against|versus|vs\.?|compared\s+(?:with|to))\s+$",
    re.I,
)
_PARALLEL_REACH = 160
# Two counts joined with nothing else between them: "3 cars and 4", "two or three".
_COORDINATED_RE = compile_pattern(r"\s*,?\s*(?:and|or|plus)\s+", re.I)
# What may follow such a bare count: the clause's end, a preposition or an auxiliary ("and 4
# in the raid", "or 5000 if", "or three are"), never a word of its own ("and two mln
# preferred", "and 22,895 here"), a bracket or a quoted name, nor "of" ("and 4 of the vans").
_ENDS_BARE_RE = compile_pattern(
    r"[ \t]*(?:[.,;:!?]|$)|\s+(?:in|at|on|from|for|by|if|during|with|to|each|apiece"
    r"|respectively|last|this|so\s+far|so|are|were|was|is|have|had|will|would|could|may"
    r"|might)\b"
)


# "28 mln tonnes, raw value, of which 12.3 mln were sold": the whole, then "of which" its parts.
_OF_WHICH_BETWEEN_RE = compile_pattern(r"[^.;:!?()\d]{0,40}?,?\s*of\s+which\s+", re.I)


def _parts_of_which(text: str, mentions: list[QuantityMention]) -> None:
    """The bare figures after "of which" are parts of the whole before it, in its unit: "owns
    100 acres, of which 75 are leased and 25 farmed", "850 shares, of which 600 are sold by
    the firm and 250 by holders". A part no larger than the whole, and written in its scale."""
    if "which" not in text:
        return
    for index in range(1, len(mentions)):
        whole, part = mentions[index - 1], mentions[index]
        if whole.unit is None or whole.value is None or whole.dimension in ("age", "time"):
            continue
        if not _OF_WHICH_BETWEEN_RE.fullmatch(text, whole.end, part.start):
            continue
        for following in range(index, len(mentions)):
            current = mentions[following]
            if following > index and not _NEXT_PART_RE.fullmatch(
                text, mentions[following - 1].end, current.start
            ):
                break
            # "and 420,000 raws" after a tonnage: the noun names a kind, the unit is the whole's
            measured = whole.dimension not in ("count", "percent")
            counted_kind = current.dimension == "count" and measured
            if current.unit is not None and not counted_kind:
                if current.unit != whole.unit:
                    break
                continue
            if (current.dimension is not None and not counted_kind) or current.value is None:
                break
            if current.value > whole.value or not _may_share_unit(whole, current):
                break
            if 1000 * abs(current.value) < abs(whole.value):
                break  # "23,442 billion lire, of which 20,322": the scale left unsaid
            mentions[following] = replace(current, unit=whole.unit, dimension=whole.dimension)


def _next_parts(text: str, mentions: list[QuantityMention], index: int) -> None:
    """The bare counts coordinated after the part at `index` are parts of the same whole:
    "Of the 40 vans, 25 passed and 12 failed" counts vans three times."""
    part = mentions[index]
    for following in range(index + 1, len(mentions)):
        current, previous = mentions[following], mentions[following - 1]
        if current.unit is not None or current.dimension is not None:
            return
        if not _NEXT_PART_RE.fullmatch(text, previous.end, current.start):
            return
        mentions[following] = replace(current, unit=part.unit, dimension="count")


def _parallel_counts(text: str, mentions: list[QuantityMention]) -> None:
    """Give a bare count the counted noun of the count it adds to or parallels, in place."""
    source: QuantityMention | None = None  # the last count with its noun, in text order
    for index, current in enumerate(mentions):
        whole = mentions[index - 1] if index else None
        if (
            whole is not None
            and current.unit is None
            and current.dimension is None
            and whole.dimension == "count"
            and whole.unit is not None
        ):
            # A bare count right after a count with its noun: in the cases below it counts
            # the same things.
            if _PART_AFTER_WHOLE_RE.fullmatch(text, whole.end, current.start):
                # "400 shares of stock, including 150 held by", "90 staff, of whom 12 are": a
                # part named right after its whole (a measure's part is left alone).
                mentions[index] = replace(current, unit=whole.unit, dimension="count")
                continue
            if _PART_OPENS_CLAUSE_RE.fullmatch(
                text, whole.end, current.start
            ) and _OF_WHOLE_BEFORE_RE.search(text, max(0, whole.start - 24), whole.start):
                # "Of the 40 vans, 25 passed and 12 failed"
                mentions[index] = replace(current, unit=whole.unit, dimension="count")
                _next_parts(text, mentions, index)
                continue
            if (
                current.value is not None
                and current.value == int(current.value)
                and _COORDINATED_RE.fullmatch(text, whole.end, current.start)
                and _ENDS_BARE_RE.match(text, current.end)
            ):
                # "seized 3 cars and 4", "two bidders or three": coordinated with the count
                mentions[index] = replace(current, unit=whole.unit, dimension="count")
                continue
        if current.unit is not None:
            if current.dimension == "count":
                source = current
            continue
        if source is None or current.value is None or current.dimension is not None:
            continue
        if current.start - source.end > _PARALLEL_REACH:
            continue
        between = text[source.end : current.start]
        # "12 miners were trapped; only four were killed": the subject of the next clause
        elliptic = _elliptic_subject(text, between, current)
        if (
            any(mark in between for mark in ".;!?")
            and not _added_next_sentence(text, between, current.start)
            and not elliptic
        ):
            continue  # another sentence
        added = _ADDED_BEFORE_RE.search(text, max(0, current.start - 16), current.start)
        parallel = None if added else _PARALLEL_RE.match(between)
        if (
            added
            or elliptic
            or _MORE_AFTER_RE.match(text, current.end)
            or (parallel and re.match(rf"\s+{parallel['prep']}\b", text[current.end :], re.I))
            or _same_verb_ellipsis(text, source, current)
        ):
            mentions[index] = replace(current, unit=source.unit, dimension="count")


# "Some 400 posts will go in sales. Another 120 will go in": a sentence opened by "another" and
# a bare count adds to the count of the sentence just before.
_ADDED_OPENS_RE = compile_pattern(
    r"(?:^|[.!?][\"”’']?\s+)(?:Another|A\s+further|An\s+additional|An\s+extra)\s+$"
)


# "Twelve miners were trapped, but only four were killed": a bare count that opens a clause
# (maybe after "only", "just", "all", "but") as the subject of a plural verb, with no noun of
# its own, counts what the count just before it in the same sentence counted. "of them" after
# the count keeps no noun (a part "of them" names none), nor does a singular verb; across a
# sentence's end the noun is not carried (the labelling guideline's parallel construction).
_ELLIPTIC_OPENS_RE = compile_pattern(
    r"(?:^|[.!?;:][\"”’']?\s+|,\s*|\b(?:[Bb]ut|[Aa]nd|[Ww]hile|[Aa]lthough|[Tt]hough)\s+)"
    r"(?:(?:[Oo]nly|[Jj]ust|[Aa]ll|[Ss]ome|[Aa]bout|[Nn]early|[Aa]lmost|[Aa]t\s+least)\s+)?$"
)
_ELLIPTIC_VERB_AFTER_RE = compile_pattern(
    r"\s+(?:were|are|have|had|remain|remained|died|survived)\b(?!\s+(?:of|to)\b)"
)
_ELLIPTIC_REACH = _PARALLEL_REACH


# Verbs of things wrecked: "two ferries sank, and 40 died" counts no ferries the second time.
_WRECKED_AFTER_RE = compile_pattern(
    r"\s+(?:(?:had|have|has)\s+)?(?:sank|sunk|capsized|crashed|collapsed|exploded|burned|burnt"
    r"|derailed|caught\s+fire)\b"
)
_OF_LIVING_RE = compile_pattern(r"\s+(?:died|survived)\b")


def _elliptic_subject(text: str, between: str, current: QuantityMention) -> bool:
    if current.value is None or current.value != int(current.value) or current.value < 2:
        return False
    if len(between) > _ELLIPTIC_REACH or any(mark in between for mark in ".!?"):
        return False
    if _SCALED_TEXT_RE.search(current.text) or _YEAR_RE.fullmatch(current.text):
        return False
    if not _ELLIPTIC_VERB_AFTER_RE.match(text, current.end):
        return False
    if _OF_LIVING_RE.match(text, current.end) and _WRECKED_AFTER_RE.match(between):
        return False  # the count before is of things that sank or crashed, not of people
    opener = _ELLIPTIC_OPENS_RE.search(text, max(0, current.start - 24), current.start)
    if opener is None:
        return False
    # "Anna, 14, were ...": a number after a name and a comma is an age, not a count
    return not (
        opener.group().startswith(",")
        and _NAME_BEFORE_RE.search(text, max(0, opener.start() - 40), opener.start())
    )


_NAME_BEFORE_RE = compile_pattern(r"(?-i:[A-Z])[\w'.-]*$")


def _added_next_sentence(text: str, between: str, start: int) -> bool:
    if sum(between.count(mark) for mark in ".;!?") != 1:
        return False
    return _ADDED_OPENS_RE.search(text, max(0, start - 24), start) is not None


# "sold 50 cars in the month, against 30 a year earlier and 25 the year before": a bare count
# after a comparison's link (a clause may come between it and the count with its noun), then
# the clause's end or a time phrase, counts the same things; so do the bare counts chained on
# it with "and". A measure's unit passes on the same way ("bought 600 tonnes, compared with
# zero").
_COMPARED_LINK_RE = compile_pattern(
    r"(?:,\s*|\s+)(?:against|versus|vs\.?|compared\s+(?:with|to))\s+"
    r"(?:(?:only|just|about|around|some|nearly|almost)\s+)?$"
)
# What may follow such a count: the clause's end or a time phrase ("against 30 a year ago",
# wire shorthand "against 30 year ago").
COMPARED_END_AFTER_RE = compile_pattern(
    r"[ \t]*(?:[.,;:!?)]|$)|\s+(?:in|for|at|on|during|last|this|a|an|the\s+year|the\s+previous"
    r"|the\s+same|(?:week|month|year)\s+ago)\b"
)
_COMPARED_CHAIN_RE = compile_pattern(r"[^,.;:!?\d]{0,30}?,?\s+and\s+$")
_COMPARED_REACH = 120
_YEAR_RE = compile_pattern(r"(?:1[89]|20)\d\d")
_IN_A_PLACE_BEFORE_RE = compile_pattern(r"\b(?:in|across|among|between|over|of|from|with)\s+$")
# A count or a measure passes its unit on; money, a price, a share, an index, an age or a span
# of time do not here (the passes for money and for units written once read those).
_NOT_COMPARED_DIMENSIONS = frozenset({None, "currency", "price", "percent", "index", "age", "time"})


def _compared_counts(text: str, mentions: list[QuantityMention]) -> None:
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if current.unit is not None or current.dimension is not None or current.value is None:
            continue
        if _IN_A_PLACE_BEFORE_RE.search(text, max(0, previous.start - 12), previous.start):
            # "1,410 stores in 30 states, compared to 1,263": the places are not what is
            # compared
            continue
        if previous.unit is None or previous.dimension in _NOT_COMPARED_DIMENSIONS:
            continue
        if _YEAR_RE.fullmatch(current.text) or not COMPARED_END_AFTER_RE.match(text, current.end):
            continue
        between = text[previous.end : current.start]
        if _COMPARED_CHAIN_RE.fullmatch(between):
            # "... against 30 a year earlier and 25 the year before": the count before is
            # itself the compared one
            linked = _COMPARED_LINK_RE.search(text, max(0, previous.start - 30), previous.start)
        else:
            linked = (
                len(between) <= _COMPARED_REACH
                and not any(mark in between for mark in ".;!?")
                and _COMPARED_LINK_RE.search(between)
            )
        if linked:
            mentions[index] = replace(
                current, unit=previous.unit, dimension=previous.dimension or "count"
            )


# The verb right before a count, past a hedge ("has about 40", "employs more than 300").
_VERB_BEFORE_COUNT_RE = compile_pattern(
    r"\b(?P<verb>[a-z]{3,})\s+(?:(?:about|around|some|nearly|almost|over|roughly|just"
    r"|more\s+than|fewer\s+than|less\s+than|at\s+least|at\s+most|up\s+to|only)\s+)?$"
)
_ELLIPSIS_LINK_RE = compile_pattern(r"(?:,|\band\b|\bwhile\b|\bwhereas\b|\bbut\b)")
_NOT_ELLIPTIC_VERBS = frozenset(
    {"the", "and", "but", "with", "from", "than", "that", "this", "for", "about", "into"}
    | {"over", "under", "per", "each", "were", "was", "are", "while", "whereas", "between"}
    | {"among"}
)


def _same_verb_ellipsis(text: str, source: QuantityMention, current: QuantityMention) -> bool:
    """ "the union has 1.2 million members and the guild has 800,000": the same verb before a
    count with its noun and before a bare count that ends its clause leaves the noun out."""
    if not _ENDS_BARE_RE.match(text, current.end):
        return False
    first = _VERB_BEFORE_COUNT_RE.search(text, max(0, source.start - 40), source.start)
    second = _VERB_BEFORE_COUNT_RE.search(text, max(0, current.start - 40), current.start)
    if first is None or second is None or first["verb"] != second["verb"]:
        return False
    if first["verb"] in _NOT_ELLIPTIC_VERBS:
        return False
    return _ELLIPSIS_LINK_RE.search(text, source.end, second.start()) is not None


# ---- a market index's moves ----------------------------------------------------------------

# "the index fell 12.5 points to 1,200.3 and the other lost 8.1 to 900.2": a bare move right
# after a change verb, with the level it reached after "to", in the sentence of a move written
# in points, is a move in points too.
_MOVE_VERB_BEFORE_RE = compile_pattern(
    r"\b(?:rose|fell|gained|lost|added|shed|dropped|slipped|climbed|eased|advanced|declined"
    r"|jumped|slid|firmed|softened|was\s+up|was\s+down|ended\s+up|ended\s+down|up|down)\s+$",
    re.I,
)
_TO_LEVEL_AFTER_RE = compile_pattern(r"\s+(?:to|at)\s+$")


def _index_moves(text: str, mentions: list[QuantityMention]) -> None:
    moved: QuantityMention | None = None  # the last move in index points, in text order
    for index, current in enumerate(mentions):
        if current.unit == "point" and current.dimension == "index":
            moved = current
            continue
        if moved is None or current.unit is not None or current.dimension is not None:
            continue
        if current.value is None or _SENTENCE_END_RE.search(text, moved.end, current.start):
            continue
        level = mentions[index + 1] if index + 1 < len(mentions) else None
        if level is None or level.unit is not None or level.value is None:
            continue
        if not _TO_LEVEL_AFTER_RE.fullmatch(text, current.end, level.start):
            continue
        if abs(level.value) <= 3 * abs(current.value):
            continue  # a level is far above its day's move
        if _MOVE_VERB_BEFORE_RE.search(text, max(0, current.start - 24), current.start):
            mentions[index] = replace(current, unit="point", dimension="index")


# Measures a parallel may share: not counts (above), money, prices, ages or index points.
_PARALLEL_MEASURES = frozenset(
    {"length", "mass", "volume", "area", "percent", "speed", "temperature", "energy", "power"}
)


# "60,000 tonnes of ore through one port and 9,000 through another": what is measured
# may come first.
_MEASURE_PARALLEL_RE = compile_pattern(
    r"(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+(?P<prep>in|on|at|for|by|from|through|via|to|during)"
    r"\b[^.;:!?]{1,60}?,?\s+(?:and|but|while|whereas)\s+$",
    re.I,
)


def _parallel_measures(text: str, mentions: list[QuantityMention]) -> None:
    """ "six to 10 inches in most places and 12 to 18 in a few", "40 mm in the north and 25 in
    the south": the same construction with the same preposition, the unit written once."""
    for index in range(1, len(mentions)):
        source, current = mentions[index - 1], mentions[index]
        if source.dimension not in _PARALLEL_MEASURES or not source.unit:
            continue
        if current.unit is not None or current.dimension is not None:
            continue
        if current.start - source.end > _PARALLEL_REACH or not _may_share_unit(source, current):
            continue
        parallel = _MEASURE_PARALLEL_RE.match(text[source.end : current.start])
        if parallel and re.match(rf"\s+{parallel['prep']}\b", text[current.end :], re.I):
            mentions[index] = replace(current, unit=source.unit, dimension=source.dimension)


_POINTS_LINK_RE = compile_pattern(r"[^.;:!?\d]{1,80}")


def _points_beside_percentage_points(text: str, mentions: list[QuantityMention]) -> None:
    """ "a half-point for managing and one point for selling": points in the clause of a
    percentage point are percentage points too (a fee's or a rate's), in place."""
    for index in range(1, len(mentions)):
        source, current = mentions[index - 1], mentions[index]
        if source.unit != "percentage_point" or current.unit != "point":
            continue
        if _POINTS_LINK_RE.fullmatch(text, source.end, current.start):
            mentions[index] = replace(current, unit=source.unit, dimension=source.dimension)


# A tally written with "to": "voted 61 to 38", "on a 54 to 40 vote".
_TALLY_TO_RE = compile_pattern(r"[ \t\n]+to[ \t\n]+")
_VOTED_BEFORE_RE = compile_pattern(
    r"\b(?:voted|vote[ \t]+(?:was|of)|votes?[ \t]+of)[ \t\n]+(?:by[ \t\n]+)?(?:an?[ \t\n]+)?$", re.I
)
_VOTE_AFTER_RE = compile_pattern(r"[ \t\n]+(?:vote|votes|ballot)\b", re.I)


def _tallies_with_to(text: str, mentions: list[QuantityMention]) -> None:
    """Two whole numbers joined by "to" after "voted" or before "vote" ("a 31 to 19 vote",
    read as a bare number and a count of votes) are the votes for and against, in place."""
    for index in range(1, len(mentions)):
        first, second = mentions[index - 1], mentions[index]
        if first.unit is not None or second.unit not in (None, "vote"):
            continue
        if not (first.text.isdigit() and second.value is not None and second.value.is_integer()):
            continue
        if not _TALLY_TO_RE.fullmatch(text, first.end, second.start):
            continue
        voted = _VOTED_BEFORE_RE.search(text, max(0, first.start - 24), first.start)
        if voted or second.unit == "vote" or _VOTE_AFTER_RE.match(text, second.end):
            mentions[index - 1] = replace(first, unit="vote", dimension="count")
            mentions[index] = replace(second, unit="vote", dimension="count")


# "voted 57-41": the scanner reads the votes for; the votes against follow the dash.
_VOTES_AGAINST_RE = compile_pattern(r"[-–](?P<against>\d{1,3})(?![\d%]|[.,]\d)")


def _votes_against(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """The mentions with the votes against added after each tally of votes for."""
    completed: list[QuantityMention] = []
    for index, mention in enumerate(mentions):
        completed.append(mention)
        against = _VOTES_AGAINST_RE.match(text, mention.end) if mention.unit == "vote" else None
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if against is None or (following is not None and following.start < against.end()):
            continue
        completed.append(
            replace(
                mention,
                start=against.start("against"),
                end=against.end(),
                text=against["against"],
                value=float(against["against"]),
                qualifier="exact",
                change=None,
            )
        )
    return completed


# ---- earnings tables ------------------------------------------------------------------------

# Wire earnings tables: "Shr 41 cts vs 37 cts Net 2,410,000 vs 2,050,000 Avg shrs 5,880,100".
# A heading's figures run until a word that is not part of its row. "Shr" is read in any letter
# case: a typist's "SHr" heads its row as "Shr" does.
# (Each reads its first letter before the look behind it, so that the engine skips ahead to
# that letter rather than trying every place of a gap.)
_PER_SHARE_HEADING_RE = compile_pattern(r"[Ss](?<![A-Za-z][Ss])[Hh][Rr](?![A-Za-z])")
_SHARE_COUNT_HEADING_RE = compile_pattern(
    r"(?:A(?<![A-Za-z]A)(?:vg|verage)|a(?<![A-Za-z]a)vg)\.?[ \t]+(?:shrs|shares|shs)(?![A-Za-z])"
    r"|S(?<![A-Za-z]S)hrs(?:[ \t]+outst(?:anding)?\.?)?(?![A-Za-z])"
)
_ROW_WORDS = frozenset(
    {"vs", "vs.", "loss", "profit", "primary", "diluted", "fully", "basic", "and", "or", "nil"}
    | {"from", "continuing", "operations", "ops", "before", "after", "extraordinary", "items"}
    | {"of", "oper", "operating", "dilution"}
)
_HEADING_HINTS = ("Shr", "shr", "SHR", "SHr", "Avg", "avg", "Average")
_ROW_WORD_RE = compile_pattern(r"[A-Za-z]+\.?|[^\sA-Za-z]")


def _continues_row(gap: str) -> bool:
    return all(
        word.lower() in _ROW_WORDS or not word[0].isalpha() for word in _ROW_WORD_RE.findall(gap)
    )


def _may_head(gap: str) -> bool:
    return "hr" in gap or "HR" in gap or "Hr" in gap or "vg" in gap or "verage" in gap


# "a loss of 17 cts shr": the wire's abbreviation written after the figure.
_SHR_AFTER_RE = compile_pattern(r"[ \t\n]+(?:shr|SHR)(?![A-Za-z])")


def _heads_a_row(gap: str) -> bool:
    """A "Shr" heading with only a row's words after it ("Shr loss", "Oper shr"): in prose
    ("shr and net exclude a gain of") it heads no figure."""
    headings = list(_PER_SHARE_HEADING_RE.finditer(gap))
    return bool(headings) and _continues_row(gap[headings[-1].end() :])


def _table_headings(text: str, mentions: list[QuantityMention]) -> None:
    """Money under a "Shr" heading is per share; a bare count under "Avg shrs" counts shares."""
    if not any(heading in text for heading in _HEADING_HINTS):
        return
    heading: str | None = None
    boundary = 0
    for index, mention in enumerate(mentions):
        if mention.dimension == "ratio":
            continue  # a split's ratio in a note is neither a row's figure nor its end
        gap = text[boundary : mention.start]
        # Every heading holds "hr", "HR", "Hr", "vg" or "verage": a gap without them is not
        # searched.
        if not _may_head(gap):
            if heading is not None and not _continues_row(gap):
                heading = None
        elif _SHARE_COUNT_HEADING_RE.search(gap):
            heading = "count"
        elif _heads_a_row(gap):
            heading = "price"
        elif heading is not None and not _continues_row(gap):
            heading = None
        boundary = mention.end
        per_share = heading == "price" or _SHR_AFTER_RE.match(text, mention.end) is not None
        if per_share and mention.dimension == "currency" and mention.unit:
            mentions[index] = replace(mention, unit=f"{mention.unit} / share", dimension="price")
        elif heading == "count" and mention.unit is None:
            mentions[index] = replace(mention, unit="share", dimension="count")


# A list that names its unit once, before it: "the breakdown was, in tonnes: wheat 5,000
# (4,200), maize 900". Only measures: "in dollars," or "in pct," say how a list is written
# too, but those figures carry their own unit in wire copy.
# (The "i" is read first and the word boundary asserted behind it, so the engine skips
# ahead to each "i" in C instead of trying the pattern at every position.)
_UNIT_HEADING_RE = compile_pattern(
    r"[Ii](?<!\w[Ii])n[ \t\n]+(?P<unit>(?:metric[ \t\n]+)?[a-z]+)[ \t\n]*[:,]"
)
_HEADED_DIMENSIONS = frozenset({"mass", "volume", "area", "length"})


def _unit_headed_lists(text: str, mentions: list[QuantityMention]) -> None:
    """Figures with no unit after "in tonnes:" (or "in tonnes,") take it, to the sentence's
    end."""
    for heading in _UNIT_HEADING_RE.finditer(text):
        unit = lookup_surface(" ".join(heading["unit"].split()))
        if unit is None or UNIT_DIMENSIONS.get(unit) not in _HEADED_DIMENSIONS:
            continue
        end = _SENTENCE_END_RE.search(text, heading.end())
        stop = end.start() if end else len(text)
        for index, mention in enumerate(mentions):
            if not heading.end() <= mention.start < stop:
                continue
            if mention.unit is None and mention.dimension is None:
                mentions[index] = replace(mention, unit=unit, dimension=UNIT_DIMENSIONS[unit])


# ---- prices -----------------------------------------------------------------------------------

_EACH_RE = compile_pattern(r"[ \t]+(?:each|apiece)\b", re.I)
_EACH_IN_MOVEMENT_RE = compile_pattern(r"\s(?:each|apiece)\s+from\s", re.I)
# How far back the things a price "each" is paid for may be named.
_EACH_REACH = 250
_CLAUSE_BREAK_RE = compile_pattern(r"[.;!?](?:\s|$)")


def _each_and_apiece(text: str, mentions: list[QuantityMention]) -> None:
    """ "310 dinars apiece" after "12 bonds": the price of one bond."""
    for index, mention in enumerate(mentions):
        if mention.dimension != "currency" or not mention.unit:
            continue
        each = _EACH_RE.match(text, mention.end)
        # "to 32 dlrs each from 28 dlrs": a price raised or cut, "each" after its new level
        raised = mention.low is not None and _EACH_IN_MOVEMENT_RE.search(mention.text)
        if each is None and not raised:
            continue
        thing = _counted_before(text, mentions, index) or _traded_before(text, mention.start)
        if thing is None:
            continue
        end = each.end() if each is not None else mention.end
        mentions[index] = replace(
            mention,
            unit=f"{mention.unit} / {thing}",
            dimension="price",
            end=end,
            text=text[mention.start : end],
        )


# "bought their shares ... for 35 dlrs each": the things a verb of trade took, uncounted; "his
# offer for Acme shares ... 32 dlrs each": the things an offer or a bid is made for.
_TRADED_BEFORE_RE = compile_pattern(
    r"\b(?:b(?:ought|uy|uying)|s(?:old|ell|elling)|purchas(?:ed|es|e|ing)|issu(?:ed|es|e|ing)"
    r"|offer(?:ed|ing)|(?:offer|bid)[ \t\n]+for)\b"
    r"(?:[ \t\n]+(?:the|their|its|his|her|our|new|[A-Z][\w&.-]*)){0,4}"
    r"[ \t\n]+(?P<noun>[a-z]{3,}[^s\W]s)\b[^.;:!?]*$"
)


def _traded_before(text: str, start: int) -> str | None:
    """ "bought the shares ... for 35 dlrs each": the singular of what was traded."""
    found = _TRADED_BEFORE_RE.search(text, max(0, start - _EACH_REACH), start)
    if found is None:
        return None
    noun = found["noun"]
    return noun[:-3] + "y" if noun.endswith("ies") else noun[:-1]


def _counted_before(text: str, mentions: list[QuantityMention], index: int) -> str | None:
    """The counted noun of the nearest count before mention `index` in the same sentence."""
    start = mentions[index].start
    for earlier in reversed(mentions[:index]):
        if start - earlier.end > _EACH_REACH or _CLAUSE_BREAK_RE.search(text, earlier.end, start):
            return None
        if earlier.dimension == "count" and earlier.unit:
            return earlier.unit
    return None


# "by 15 dlrs to 1,840 dlrs per tonne", "31.20 dlrs per barrel for light crude and 28.90
# dlrs for heavy", "two cents lower at 61 cts a gallon": the figure paired with a price is
# in the same unit.
# "... per thousand cubic feet in 1986, against 2.24 dlrs": the first price's year may come first
_PAIR_GAP_RE = compile_pattern(
    r"(?:[ \t\n]+(?:in|during)[ \t\n]+(?:1[89]\d\d|20\d\d|(?-i:[A-Z][a-z]+))[ \t\n]*,?"
    r"[ \t\n]*(?:vs\.?|versus|against|compared[ \t\n]+(?:to|with))|"
    r"[ \t\n]*(?:,[ \t\n]*)?(?:to|and|or|vs\.?|versus|from|against|compared[ \t\n]+(?:to|with)|"
    r"(?:higher|lower|up|down|firmer|easier|weaker|stronger)[ \t\n]+at|"
    r"for[ \t\n]+[^.;,]{1,30}?[ \t\n]+and))[ \t\n]+(?:(?:a|an|the|about|around)[ \t\n]+)?",
    re.I,
)


def _restated_in_brackets_per(text: str, first: QuantityMention, second: QuantityMention) -> bool:
    """A sum of money restated in brackets in another currency, "per" its basis after them."""
    if first.dimension != "currency" or second.dimension != "price" or not first.unit:
        return False
    if not _BRACKET_BETWEEN_RE.fullmatch(text, first.end, second.start):
        return False
    return _BRACKET_THEN_PER_RE.match(text, second.end) is not None


def _price_restated_in_brackets(text: str, first: QuantityMention, second: QuantityMention) -> bool:
    """A price per a basis, then the same sum in another currency in brackets ("$3bn per
    annum (£1.6bn)"), the bracket closing right after it."""
    if first.dimension != "price" or second.dimension != "currency" or not second.unit:
        return False
    if not _BRACKET_BETWEEN_RE.fullmatch(text, first.end, second.start):
        return False
    if (first.unit or "").partition(" / ")[0] == second.unit:
        return False  # the same currency: a total beside a price, left to the pass below
    return text.startswith(")", second.end)


# "per" its basis, or "a"/"an" a period ("$10bn (£5.4bn) a year")
_BRACKET_THEN_PER_RE = compile_pattern(
    r"\)\s*(?:per\s|an?\s+(?:day|week|month|year|hour|minute|second)\b)"
)


def _bracketed_list_per(text: str, mentions: list[QuantityMention]) -> None:
    """ "1bn francs ($2m; £1m) a month": the basis after a bracket that lists restatements is
    every one's, and the figure's before the bracket (the last restatement took it already)."""
    for index in range(len(mentions) - 1, 0, -1):
        last = mentions[index]
        numerator, _, per = (last.unit or "").partition(" / ")
        if not per or UNIT_DIMENSIONS.get(numerator) != "currency":
            continue
        if not _BRACKET_THEN_PER_RE.match(text, last.end):
            continue
        earlier = index - 1
        while earlier >= 0 and _LIST_IN_BRACKET_GAP_RE.fullmatch(
            text, mentions[earlier].end, mentions[earlier + 1].start
        ):
            earlier -= 1
        if earlier == index - 1:
            continue  # a single restatement: the pass below gives the figure before it
        if earlier >= 0 and _BRACKET_BETWEEN_RE.fullmatch(
            text, mentions[earlier].end, mentions[earlier + 1].start
        ):
            earlier -= 1
        for other in range(earlier + 1, index):
            mention = mentions[other]
            if mention.dimension == "currency" and mention.unit:
                mentions[other] = replace(
                    mention, unit=f"{mention.unit} / {per}", dimension="price"
                )


def _paired_prices(text: str, mentions: list[QuantityMention]) -> None:
    _bracketed_list_per(text, mentions)
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if _restated_in_brackets_per(text, first, second):
            # "$40m (£21m) per aircraft": the basis after the brackets is the first's too
            per = (second.unit or "").partition(" / ")[2]
            mentions[index] = replace(first, unit=f"{first.unit} / {per}", dimension="price")
            continue
        if _price_restated_in_brackets(text, first, second):
            # "$3bn per annum (£1.6bn)": the restatement in brackets has the same basis
            per = (first.unit or "").partition(" / ")[2]
            mentions[index + 1] = replace(second, unit=f"{second.unit} / {per}", dimension="price")
            continue
        if not _PAIR_GAP_RE.fullmatch(text, first.end, second.start):
            continue
        priced, plain, plain_index = (
            (first, second, index + 1) if " / " in (first.unit or "") else (second, first, index)
        )
        numerator, _, per = (priced.unit or "").partition(" / ")
        if not per or plain.unit != numerator or priced.dimension != "price":
            continue
        if _apart_in_size(plain, priced):
            continue  # "2,505,978, or 1.25 dlrs per share": a total beside a price
        if _SCALED_TEXT_RE.search(plain.text) and not _SCALED_TEXT_RE.search(priced.text):
            continue  # "$5 a share, or $10m": a total beside a price
        mentions[plain_index] = replace(plain, unit=priced.unit, dimension="price")


# "$52.10 a barrel in London, then closing at $51.95", "rose to 200 dinars per canister from
# 170 dinars", "6.14 dlrs per bushel and corn up 12 cents to 2.81 dlrs", "a floor of 3.20 dlrs
# an ounce rather than a level of 3.50 dlrs": a sum of the same
# currency, of the same size, named as the level a price stood at, reached or left, is the
# same price; the change between (12 cents) and a total ($5m) are not.
_LEVEL_BEFORE_RE = compile_pattern(
    r"\b(?:at|(?<!up[ \t\n])to|from|(?:level|price|rate|high|low|average|peak)[ \t\n]+of)[ \t\n]+"
    r"(?:(?:about|around|some|roughly|nearly)[ \t\n]+)?$",
    re.I,
)
_LEVEL_REACH = 160
_LEVEL_SIZE_RATIO = 3.0  # as the ends of a range written without "from" (`_to_verdict`)


def _price_before(text: str, mentions: list[QuantityMention], index: int) -> QuantityMention | None:
    """The nearest price before mention `index` in the same sentence, in its currency."""
    level = mentions[index]
    for earlier in reversed(mentions[:index]):
        if level.start - earlier.end > _LEVEL_REACH:
            return None
        if _SENTENCE_END_RE.search(text, earlier.end, level.start):
            return None
        if earlier.dimension == "price" and earlier.unit.partition(" / ")[0] == level.unit:
            return earlier
    return None


# Before a bare figure with decimals: a level of the price named earlier in the sentence ("the
# morning fix of 418.50", "Brent is now 19.35").
_BARE_LEVEL_BEFORE_RE = compile_pattern(
    r"\b(?:(?:fix|fixing|setting|close|closing|opening|level|price|high|low)[ \t\n]+of"
    r"|(?:is|was|stood)[ \t\n]+(?:now[ \t\n]+)?(?:at[ \t\n]+)?)[ \t\n]*$",
    re.I,
)
# A bare level is the price only when it is close to it in size.
_BARE_LEVEL_SIZE_RATIO = 1.25


def _bare_levels_of_a_price(text: str, mentions: list[QuantityMention]) -> None:
    """A figure with decimals and no unit, after "fix of", "close of", "is now", takes the unit
    of the price before it in the sentence when the two are near in size: "closed at 420.50
    dlrs an ounce, up on the morning fix of 418.50"."""
    for index, level in enumerate(mentions):
        if level.unit is not None or level.value is None or "." not in level.text:
            continue
        if _SCALED_TEXT_RE.search(level.text):
            continue
        if not _BARE_LEVEL_BEFORE_RE.search(text, max(0, level.start - 30), level.start):
            continue
        price = _any_price_before(text, mentions, index)
        size = None if price is None else (price.value if price.value is not None else price.high)
        if price is None or size is None:
            continue
        small, large = sorted((abs(level.value), abs(size)))
        if large <= _BARE_LEVEL_SIZE_RATIO * max(small, 1e-9):
            mentions[index] = replace(level, unit=price.unit, dimension="price")


# What a bare figure may be a price of when money sits in its sentence: a commodity's trading
# unit or a share ("bid 125 per tonne", "raised to 380 per ton", "10 per share"). An acre or a
# day is left out: "30 per acre" beside a price per bushel is a yield, not money.
_PRICE_BASIS_AFTER_RE = compile_pattern(
    r"[ \t]+(?:per|a|an)[ \t]+(?P<basis>share|ton|tonne|metric[ \t]+ton|short[ \t]+ton|ounce"
    r"|troy[ \t]+ounce|barrel|bushel|lb|pound|kilo|kg|gallon)\b(?![ \t]*-)",
    re.I,
)
_PRICE_BASIS_REACH = 200


def _bare_prices_per_basis(text: str, mentions: list[QuantityMention]) -> None:
    """A figure with no unit before "per tonne", "a share" is a price when its sentence gives
    prices, and in their one currency: "asked 130 dlrs a tonne, bid 125 per tonne", "raised to
    380 per ton from 350 dlrs a ton". Money that is no price ("a loss of 5 mln dlrs, or 50 per
    share": cents, most likely) or prices in two currencies give none."""
    for index, bare in enumerate(mentions):
        if bare.unit is not None or bare.dimension is not None or bare.value is None:
            continue
        if _SCALED_TEXT_RE.search(bare.text):
            continue
        basis = _PRICE_BASIS_AFTER_RE.match(text, bare.end)
        if basis is None:
            continue
        currencies = {
            currency
            for other in _in_sentence(text, mentions, index, _PRICE_BASIS_REACH)
            if other.dimension == "price"
            and other.unit
            and _currency_of(currency := other.unit.partition(" / ")[0])
        }
        if len(currencies) != 1:
            continue
        word = " ".join(basis["basis"].lower().split())
        per = "share" if word == "share" else lookup_surface(word)
        if per is None:
            continue
        currency = currencies.pop()
        if currency.startswith(MINOR_UNIT_PREFIX) and "." in bare.text:
            # "90,000 dlrs, or 12 cts a share, against 2.1 mln dlrs, or 2.35 a share":
            # cents are whole, a figure with decimals is in the currency itself
            currency = currency[len(MINOR_UNIT_PREFIX) :]
        mentions[index] = replace(
            bare,
            end=basis.end(),
            text=text[bare.start : basis.end()],
            unit=f"{currency} / {per}",
            dimension="price",
        )


def _in_sentence(
    text: str, mentions: list[QuantityMention], index: int, reach: int
) -> list[QuantityMention]:
    """The other mentions within `reach` of mention `index` with no sentence end between."""
    middle = mentions[index]
    found = []
    for other in reversed(mentions[:index]):
        if middle.start - other.end > reach or _SENTENCE_END_RE.search(
            text, other.end, middle.start
        ):
            break
        found.append(other)
    for other in mentions[index + 1 :]:
        if other.start - middle.end > reach or _SENTENCE_END_RE.search(
            text, middle.end, other.start
        ):
            break
        found.append(other)
    return found


def _any_price_before(
    text: str, mentions: list[QuantityMention], index: int
) -> QuantityMention | None:
    """The nearest price of any currency before mention `index` in the same sentence."""
    level = mentions[index]
    for earlier in reversed(mentions[:index]):
        if level.start - earlier.end > _LEVEL_REACH or _SENTENCE_END_RE.search(
            text, earlier.end, level.start
        ):
            return None
        if earlier.dimension == "price":
            return earlier
    return None


def _levels_of_a_price(text: str, mentions: list[QuantityMention]) -> None:
    for index, level in enumerate(mentions):
        if level.dimension != "currency" or level.value is None or not level.unit:
            continue
        if _SCALED_TEXT_RE.search(level.text) or " / " in level.unit:
            continue
        if not _LEVEL_BEFORE_RE.search(text, max(0, level.start - 30), level.start):
            continue
        price = _price_before(text, mentions, index)
        if price is None or price.value is None or _SCALED_TEXT_RE.search(price.text):
            continue
        small, large = sorted((abs(level.value), abs(price.value)))
        if large > _LEVEL_SIZE_RATIO * max(small, 1e-9):
            continue
        mentions[index] = replace(level, unit=price.unit, dimension="price")


# A move in a currency, then "to" or "to close at" and a bare figure: the level the price
# reached, in the same currency ("fell 13 marks to close at 292").
_MOVE_THEN_LEVEL_RE = compile_pattern(
    r"\s+to(?:\s+(?:close|end|finish|settle)\s+at)?\s+(?:(?:about|around|some)\s+)?", re.I
)
# A level, then in its sentence a named level of the same price with no unit ("trading at
# 105.3 yen, after hitting a low of 104.9").
_NAMED_LEVEL_BEFORE_RE = compile_pattern(
    r"\b(?:low|high|peak|level|record|close|closing\s+level)\s+of\s+$", re.I
)
_NAMED_LEVEL_REACH = 120


def _money_before(mentions: list[QuantityMention], index: int) -> QuantityMention | None:
    """The mention before `index`, past spans of time ("a seven-month low of"), when it is
    money in a major unit with no scale and no "per"."""
    back = index - 1
    while back > 0 and mentions[back].dimension == "time":
        back -= 1
    money = mentions[back]
    unit = money.unit or ""
    if money.dimension != "currency" or " / " in unit or unit.startswith(MINOR_UNIT_PREFIX):
        return None
    return None if _SCALED_TEXT_RE.search(money.text) else money


def _bare_levels_of_money(text: str, mentions: list[QuantityMention]) -> None:
    """A bare figure after money written in its major unit, in the same sentence, is a level
    of that money when it is the level a move reached ("rose 5 francs to 310") or a named
    level (a low, a high, a close) near in size to the money before it. A move written in a
    minor unit ("fell 5 pence to 120") is left alone: its level is written in pence."""
    for index in range(1, len(mentions)):
        current = mentions[index]
        if current.unit is not None or current.dimension is not None or current.value is None:
            continue
        if _SCALED_TEXT_RE.search(current.text):
            continue
        money = _money_before(mentions, index)
        if money is None or money.value is None:
            continue
        unit = money.unit or ""
        if current.start - money.end > _NAMED_LEVEL_REACH:
            continue
        if _SENTENCE_END_RE.search(text, money.end, current.start):
            continue
        moved = _MOVE_VERB_BEFORE_RE.search(text, max(0, money.start - 24), money.start)
        if moved and _MOVE_THEN_LEVEL_RE.fullmatch(text, money.end, current.start):
            if current.value > abs(money.value):
                mentions[index] = replace(current, unit=unit, dimension="currency")
            continue
        if not _NAMED_LEVEL_BEFORE_RE.search(text, money.end, current.start):
            continue
        small, large = sorted((abs(current.value), abs(money.value)))
        if large <= 1.5 * max(small, 1e-9):
            mentions[index] = replace(current, unit=unit, dimension="currency")


# ---- hedges -------------------------------------------------------------------------------

# "up to 50 miles (80km)", "about 8bn euros ($10bn)", "some 15 miles, or 24 km,".
_SHARED_HEDGE_GAP_RE = compile_pattern(
    r"[ \t]*(?:\([ \t]*|\[[ \t]*|,?[ \t]+or[ \t]+|[ \t]*/[ \t]*)"
)


def _shared_qualifiers(text: str, mentions: list[QuantityMention]) -> None:
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if previous.qualifier == "exact" or current.qualifier != "exact":
            continue
        if previous.unit == current.unit or not previous.unit or not current.unit:
            continue  # "up to 5 or 6 games" is a range of the same measure, not a restatement
        if _SHARED_HEDGE_GAP_RE.fullmatch(text, previous.end, current.start) or (
            _bracketed_list_next(text, previous, current)
        ):
            mentions[index] = replace(current, qualifier=previous.qualifier)


# "more than $300bn (£160bn; 230bn euros)": the restatements listed in one bracket.
_LIST_IN_BRACKET_GAP_RE = compile_pattern(r"[ \t]*[;,][ \t]*")


def _bracketed_list_next(text: str, previous: QuantityMention, current: QuantityMention) -> bool:
    """The next restatement in the bracket that opens right before the previous one."""
    if not text[: previous.start].rstrip(" \t").endswith(("(", "[")):
        return False
    if not _LIST_IN_BRACKET_GAP_RE.fullmatch(text, previous.end, current.start):
        return False
    return text[current.end :].lstrip(" \t").startswith((")", "]", ";", ","))


# ---- minor units ------------------------------------------------------------------------

# Currencies whose own minor unit has another name, or none in use: "cents" beside them are
# US cents ("120 CFA francs (40 cents)": centimes are the franc's).
_OTHER_MINOR_NAMES = frozenset(
    {"GBP", "MYR", "RUB", "INR", "DEM", "SEK", "ILS", "THB", "SAR"}
    | {"FRF", "XOF", "XAF", "JPY", "KRW"}
)
# How far back a currency may be named for the "cents" after it ("A$1.20, up 5 cents").
_MINOR_CONTEXT_REACH = 300


def _cents_beside_a_sum_per_share(text: str, mentions: list[QuantityMention]) -> None:
    """ "a gain of 54,000 dlrs or three cts": cents offered as another reading of a sum a
    thousand times larger are the sum per share (results notes leave "a share" out)."""
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        unit = current.unit or ""
        if not unit.startswith(MINOR_UNIT_PREFIX) or " / " in unit or current.value is None:
            continue
        if previous.dimension != "currency" or previous.value is None:
            continue
        if _SCALED_TEXT_RE.search(current.text) or previous.value < 1000 * current.value:
            continue
        if _OR_BETWEEN_RE.fullmatch(text, previous.end, current.start):
            mentions[index] = replace(current, unit=f"{unit} / share", dimension="price")


_OR_BETWEEN_RE = compile_pattern(r",?\s+or\s+")
_PRINCIPAL_AFTER_RE = compile_pattern(
    r"\s+(?:aggregate\s+)?(?:principal|face)\s+(?:amount|value)\b"
)


def _principal_amounts_as_money(text: str, mentions: list[QuantityMention]) -> None:
    """ "to tender 100,000 principal amount of notes": a sum of money, in the currency of the
    last sum before it (the story named it once), never a count of "principal"."""
    if "principal" not in text and "face" not in text:
        return
    currency = None
    for index, mention in enumerate(mentions):
        if mention.dimension == "currency" and mention.unit and " / " not in mention.unit:
            currency = mention.unit
            continue
        if mention.unit not in (None, "principal", "face"):
            continue
        after = _PRINCIPAL_AFTER_RE.match(text, mention.end)
        if after is None and mention.unit in ("principal", "face"):
            after = _PRINCIPAL_AFTER_RE.match(text, mention.end - len(mention.unit) - 1)
        if after is None:
            continue
        dimension = "currency" if currency else None
        end = mention.end if mention.unit is None else mention.end - len(mention.unit) - 1
        mentions[index] = replace(
            mention, unit=currency, dimension=dimension, text=text[mention.start : end], end=end
        )


def _dollars_beside_a_sum_per_share(text: str, mentions: list[QuantityMention]) -> None:
    """ "a gain of 5,210,000 or 1.64 dlrs": a price in the sum's own currency, offered as
    another reading of a sum a thousand times larger, is the sum per share, as cents are."""
    for index in range(1, len(mentions)):
        previous, current = mentions[index - 1], mentions[index]
        if current.dimension != "currency" or previous.dimension != "currency":
            continue
        if current.value is None or previous.value is None or current.value <= 0:
            continue
        if current.unit != previous.unit or not current.unit or " / " in current.unit:
            continue
        if _SCALED_TEXT_RE.search(current.text) or previous.value < 1000 * current.value:
            continue
        if _BASIS_UNREAD_AFTER_RE.match(text, current.end):
            continue  # "or 5.45 dlrs per ADR": a basis of its own, written out
        if _OR_BETWEEN_RE.fullmatch(text, previous.end, current.start):
            mentions[index] = replace(current, unit=f"{current.unit} / share", dimension="price")


_BASIS_UNREAD_AFTER_RE = compile_pattern(r"\s+per\s")


# Cents written as U.S. ones ("37 U.S. cents and 50 Canadian cents"): never another's.
_US_CENTS_RE = compile_pattern(r"\bU\.?S\.?\s*(?:cents?|cts?)\b", re.I)


def _in_major_unit(text: str, mentions: list[QuantityMention], index: int) -> QuantityMention:
    """Money written in a minor unit restated in its currency: 152.3p = 1.523 GBP."""
    mention = mentions[index]
    unit = mention.unit or ""
    if not unit.startswith(MINOR_UNIT_PREFIX):
        return mention
    numerator, per, denominator = unit.partition(" / ")
    code = numerator[len(MINOR_UNIT_PREFIX) :]
    if code == "USD" and not _US_CENTS_RE.search(mention.text):
        code = (
            # the level a change in cents moved to names their currency before any figure
            # written earlier ("1.55 NZ dlrs, while ... ended four cents down at 1.15 dlrs")
            _cents_moved_to(text, mentions, index)
            or _cents_currency(mentions, index)
            or _table_currency(text, mentions, index)
            or _cents_named_in_sentence(text, mention.start, mention.end)
            or code
        )
    major = f"{code} / {denominator}" if per else code
    return restated_in(mention, minor_unit_factor(code), major, "price" if per else "currency")


def restated_in(
    mention: QuantityMention, factor: float, unit: str | None, dimension: str | None
) -> QuantityMention:
    """`mention` with its value, ends and precision multiplied by `factor`, in `unit`."""

    def restated(value: float | None) -> float | None:
        return None if value is None else scaled(value, factor)

    return replace(
        mention,
        value=restated(mention.value),
        low=restated(mention.low),
        high=restated(mention.high),
        precision=restated(mention.precision),
        unit=unit,
        dimension=dimension,
    )


# "fell 20 cents to 8.50 H.K. dlrs", "up five cents at 3.10 Singapore dlrs", "ended four
# cents down at 1.15 dlrs": the change in cents, then the level it moved to in its currency.
_CHANGE_TO_LEVEL_RE = compile_pattern(
    r"[ \t\n]*,?(?:[ \t\n]+(?:up|down|higher|lower|firmer|easier|weaker|stronger))?"
    r"[ \t\n]+(?:to|at)[ \t\n]+"
)


def _cents_moved_to(text: str, mentions: list[QuantityMention], index: int) -> str | None:
    """The currency of the level written right after a change in cents, when its minor unit
    is a cent."""
    if index + 1 == len(mentions):
        return None
    following = mentions[index + 1]
    if not _CHANGE_TO_LEVEL_RE.fullmatch(text, mentions[index].end, following.start):
        return None
    code = (following.unit or "").partition(" / ")[0]
    if code.startswith(MINOR_UNIT_PREFIX):
        # "up 1.50 cents at 67.0 cents a lb": cents both, US cents by default; "down 20 cents
        # at 640 Australian cents": the level names whose cents both are
        return _named_cents(code)
    if code in _OTHER_MINOR_NAMES:
        return None
    return code if UNIT_DIMENSIONS.get(code) == "currency" else None


def _named_cents(minor: str) -> str | None:
    """The currency of cents written with it ("minor:AUD" for "Australian cents"), None for
    US cents and for another currency's minor unit."""
    code = minor[len(MINOR_UNIT_PREFIX) :]
    if code == "USD" or code in _OTHER_MINOR_NAMES:
        return None
    return code if minor_unit_factor(code) == 0.01 else None


# A currency named in the sentence before "cents" with no figure of its own: "Australian wool
# fell 20 cents a kilo, the Australian dollar prices showed": its cents, not US ones.
_NAMED_DOLLAR_RE = compile_pattern(
    r"(?P<name>(?:[A-Z][a-z]+|[A-Z]\.[A-Z]\.)(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:dollars?|dlrs?)\b"
)
# The currency named is the one whose price moves ("the Canadian dollar fell 0.4 cents"): the
# cents are then the other currency's, as they are when a U.S. or other figure follows.
_PRICE_MOVE_AFTER_RE = compile_pattern(
    r"[ \t]+(?:\w+[ \t]+)?(?:rose|fell|gained|lost|slipped|climbed|dropped|eased|firmed|weakened"
    r"|strengthened|traded|ended|closed|opened|was|stood)\b"
)
_OTHER_CURRENCY_AFTER_RE = compile_pattern(
    r"\b(?:against|versus|vs|U\.S\.|US)\b|\b(?:to|per)\s+(?:the|one|a)\s+(?:\w+\s+)?dollar\b"
)
_SENTENCE_END_RE = compile_pattern(r"[.!?][\"”’']?\s")


def _cents_named_in_sentence(text: str, start: int, end: int) -> str | None:
    """The currency the sentence names before "cents" ("... Canadian dollars ... 25 cents"),
    when its minor unit is a cent and it is not the currency being priced."""
    window = max(0, start - _MINOR_CONTEXT_REACH)
    sentence = window
    for stop_mark in _SENTENCE_END_RE.finditer(text, window, start):
        sentence = stop_mark.end()
    stop_mark = _SENTENCE_END_RE.search(text, end)
    if _OTHER_CURRENCY_AFTER_RE.search(text, end, stop_mark.start() if stop_mark else len(text)):
        return None
    found = None
    for named in _NAMED_DOLLAR_RE.finditer(text, sentence, start):
        code = lookup_surface(f"{named['name'].lower()} dollar")
        if code is None or code == "USD" or _PRICE_MOVE_AFTER_RE.match(text, named.end()):
            continue
        found = code
    return found


# A wire table's rows: "Shr 1.4 cts vs 1.6 cts ... Net 4.1 mln ringgit vs 4.7 mln".
# (The letter is read before the look behind it, so that the engine skips ahead to a "v".)
_TABLE_ROW_RE = compile_pattern(r"v(?<![A-Za-z]v)s\.?\s")


def _table_currency(text: str, mentions: list[QuantityMention], index: int) -> str | None:
    """In a wire table, the currency its later rows name: "cts" in a table in ringgit are its
    hundredths (sen), whatever the currency calls them, not US cents."""
    if not _TABLE_ROW_RE.search(text):
        return None
    for later in mentions[index + 1 :]:
        code = (later.unit or "").partition(" / ")[0]
        if UNIT_DIMENSIONS.get(code) == "currency" and not code.startswith(MINOR_UNIT_PREFIX):
            return code
    return None


def _cents_currency(mentions: list[QuantityMention], index: int) -> str | None:
    """The currency named last before "cents" nearby, when its minor unit is a cent."""
    start = mentions[index].start
    for earlier in reversed(mentions[:index]):
        if start - earlier.end > _MINOR_CONTEXT_REACH:
            return None
        code = (earlier.unit or "").partition(" / ")[0]
        if code.startswith(MINOR_UNIT_PREFIX) and code != MINOR_UNIT_PREFIX + "USD":
            return _named_cents(code)  # "65 Canadian cents, up from 60 cents"
        if UNIT_DIMENSIONS.get(code) == "currency" and not code.startswith(MINOR_UNIT_PREFIX):
            return None if code in _OTHER_MINOR_NAMES else code
    return None
