"""Readings a third recall and precision audit of unlabelled articles found wrong, in general
form (own wording): a number that belongs to a name at a sentence's start, a list heading
("400m:"), cents of the currency the text names, a currency code of the article's day, and
a range in words whose scale is written once."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from claimcheck.extract.claims import extract_claims
from claimcheck.extract.currency_history import REDENOMINATIONS, code_on
from claimcheck.extract.units import UNIT_DIMENSIONS
from claimcheck.input.articles import Article

_FIGURE_KINDS = ("quantity", "money", "percent")


def _claims(text: str, published: datetime | None = None) -> list:
    article = Article(id="t", body=text, published=published)
    return [claim for claim in extract_claims(article) if claim.kind in _FIGURE_KINDS]


def _figures(
    text: str, published: datetime | None = None
) -> list[tuple[str, float | None, str | None]]:
    return [(claim.text, claim.value, claim.unit) for claim in _claims(text, published)]


# --- numbers that are part of a name -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the same words mid-sentence, where the capital can only mark a name
        "Rocket 7 landed in the desert at dawn. The crew of Rocket 7 were met by doctors.",
        "Pilot 3000 thanked fans in Leeds. Tickets for Pilot 3000 sold out in a day.",
        "Seven Seas sailed at noon. The owners of Seven Seas declined to comment.",
        "Hundred Dollar Day opened the festival. Critics liked Hundred Dollar Day best.",
        # a capital after a hyphen is a name's spelling wherever it stands
        "Star-Quest 2 is out now for consoles.",
        "Space-Lab 3 won the award for visual effects.",
    ],
)
def test_a_number_in_a_name_at_a_sentence_start_is_no_figure(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count that opens a sentence stays a count: the article never writes it as a name
        ("Six Britons were hurt in the crash.", [("Six Britons", 6.0, "briton")]),
        ("50 Americans died. Officials said six Americans were hurt.", None),
        # mid-sentence the words are a count, so the opening ones are a count too
        (
            "Twelve Labour MPs rebelled. Later 12 Labour MPs wrote to the whips.",
            [("Twelve Labour MPs", 12.0, "mp"), ("12 Labour MPs", 12.0, "mp")],
        ),
        # a name's number mid-sentence says nothing about a count of the same word elsewhere
        ("Fans of Rocket 7 queued. Rocket 7 fans bought 300 shirts.", None),
    ],
)
def test_counts_opening_a_sentence_are_kept(text: str, expected: list | None) -> None:
    figures = _figures(text)
    if expected is not None:
        assert figures == expected
    else:
        assert figures and all(value is not None for _, value, _ in figures)
    if "Americans" in text:
        assert [value for _, value, _ in figures] == [50.0, 6.0]
    if "300 shirts" in text:
        assert ("300 shirts", 300.0, "shirt") in figures


# --- list headings ---------------------------------------------------------------------------


def test_a_distance_heading_a_list_is_no_figure() -> None:
    text = "Results from the indoor meeting.\n400m: 1 Green 46.10 2 Brown 46.55\n"
    assert all(not claim_text.startswith("400m") for claim_text, _, _ in _figures(text))
    assert _figures("The 400m: a race for the brave.") == []


def test_a_distance_in_running_text_is_still_read() -> None:
    assert _figures("She won the 400m in 51 seconds.")[0][:3] == ("400m", 400.0, "meter")
    assert _figures("The firm raised £60m: enough for two plants.")[0][1:] == (60e6, "GBP")


# --- cents of the currency the text names ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Greasy wool fell 15 cents to 720 Australian cents a kilo.", "AUD"),
        ("The mill paid 70 Canadian cents a bushel, after 64 cents in May.", "CAD"),
        ("Prices here are in New Zealand dollars; lamb rose 30 cents.", "NZD"),
    ],
)
def test_cents_after_a_named_currency_are_its_cents(text: str, expected: str) -> None:
    cents = [claim for claim in _claims(text) if "cents" in claim.text]
    assert cents and all((claim.unit or "").split(" / ")[0] == expected for claim in cents)
    assert all(claim.value is not None and claim.value < 10 for claim in cents)


@pytest.mark.parametrize(
    "text",
    [
        # the named currency is the one priced: its move is in the other currency's cents
        "The Canadian dollar fell 0.4 cents against the greenback.",
        "The Australian dollar rose 0.6 cents to 70.2 U.S. cents.",
        # pence are no cents: the ADRs' cents stay US cents
        "Shares of the grocer rose 4 pence in London and its ADRs 6 cents.",
        "Crude fell 32 cents to $50.10 a barrel.",
    ],
)
def test_cents_stay_us_cents_without_a_named_currency_of_their_own(text: str) -> None:
    cents = [claim for claim in _claims(text) if "cents" in claim.text]
    assert cents and all((claim.unit or "").split(" / ")[0] == "USD" for claim in cents)


# --- currency codes of the article's day ----------------------------------------------------


def test_a_redenominated_currency_takes_the_code_of_the_publication_date() -> None:
    text = "Turkey's reserves were 5 billion lira, its officials said."
    assert _figures(text, datetime(1987, 3, 2))[0][2] == "TRL"
    assert _figures(text, datetime(2006, 3, 2))[0][2] == "TRY"
    assert _figures(text)[0][2] == "TRY"  # no date: today's code
    pesos = "Mexico will repay 300 billion pesos to the banks."
    assert _figures(pesos, datetime(1987, 6, 1))[0][2] == "MXP"
    assert _figures(pesos, datetime(1999, 6, 1))[0][2] == "MXN"
    claim = _claims(text, datetime(1987, 3, 2))[0]
    assert claim.kind == "money"


def test_redenomination_table() -> None:
    assert code_on("TRY", date(2004, 12, 31)) == "TRL"
    assert code_on("TRY", date(2005, 1, 1)) == "TRY"
    assert code_on("RUB", date(1995, 5, 1)) == "RUR"
    assert code_on("RUB", date(1987, 5, 1)) == "SUR"
    assert code_on("VES", date(2010, 1, 1)) == "VEF"
    assert code_on("USD", date(1900, 1, 1)) == "USD"
    for history in REDENOMINATIONS.values():
        days = [day for day, _ in history]
        assert days == sorted(days, reverse=True)
        assert all(UNIT_DIMENSIONS[code] == "currency" for _, code in history)


# --- a range in words, its scale written once ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("a market of five to six billion dlrs a year", 5e9, 6e9),
        ("between two and three thousand people marched", 2000.0, 3000.0),
        ("some four to five million viewers watched", 4e6, 5e6),
    ],
)
def test_a_range_in_words_shares_its_scale(text: str, low: float, high: float) -> None:
    claim = _claims(text)[0]
    assert (claim.low, claim.high) == (low, high)


# --- a part of a counted whole owned by a name ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "part", "noun"),
    [
        ("The study covers 20 of Ohio's 88 counties.", "20", "county"),
        ("The union speaks for 2,500 of the network's 9,000 staff.", "2,500", None),
        ("Officials closed 14 of NBC's 30 studios.", "14", "studio"),
    ],
)
def test_a_part_counts_the_noun_of_a_whole_a_name_owns(text: str, part: str, noun: str) -> None:
    found = [(claim_text, unit) for claim_text, _, unit in _figures(text)]
    if noun is not None:
        assert (part, noun) in found
    else:
        assert found[0][0] == part


def test_a_part_larger_than_a_named_whole_takes_no_noun() -> None:
    assert ("30", None) in [(t, u) for t, _, u in _figures("Some 30 of Ohio's 20 seats fell.")]


# --- a measure at a rate: a grade per ton of ore, output a year ----------------------------


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Drilling found ore grading 0.52 ounces of gold per ton.", "ounce / ton"),
        ("The seam averages 4.1 grams of silver a tonne.", "gram / metric_ton"),
        ("The pit should yield 95,000 ounces a year from 2026.", "ounce / year"),
        ("The refinery runs 40,000 barrels of crude per day.", "barrel / day"),
    ],
)
def test_a_measure_per_a_mass_or_a_period_is_a_rate(text: str, unit: str) -> None:
    assert _claims(text)[0].unit == unit


def test_a_measure_per_something_else_written_with_a_stays_a_measure() -> None:
    assert _claims("He lifted 100 kg a time in training.")[0].unit == "kilogram"


def test_cents_written_as_us_cents_stay_us_cents_beside_named_ones() -> None:
    text = "Zinc now costs 38 U.S. cents and 51 Canadian cents a pound. Lead is 30 U.S. cents."
    units = [(claim.text, (claim.unit or "").split(" / ")[0]) for claim in _claims(text)]
    assert ("38 U.S. cents", "USD") in units and ("30 U.S. cents", "USD") in units
    assert any(unit == "CAD" for text_, unit in units if "Canadian" in text_)


# --- "another" opening the next sentence ---------------------------------------------------


def test_another_count_opening_the_next_sentence_counts_the_same_things() -> None:
    text = "The bank said 900 branches would shut this year. Another 250 will close in 2027."
    assert ("250", 250.0, "branch") in _figures(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose 5 pct in May. Another 300 will follow.",  # a share passes nothing
        "The army sent 300 troops. In June, another 200 arrived.",  # not the opening word
        "The army sent 300 troops. Aid came. Another 200 arrived.",  # two sentences back
    ],
)
def test_another_count_further_off_keeps_no_noun(text: str) -> None:
    assert _figures(text)[-1][2] is None


# --- where a name's words stand elsewhere, found without a pattern per name --------------------


@pytest.mark.parametrize(
    ("text", "first", "second", "number_last"),
    [
        (
            "Rocket 7 flew. Fans of Rocket 7 cheered; Rocket\t 70 and a-Rocket 7 did not.",
            "Rocket",
            "7",
            True,
        ),
        (
            "Pilot 3 won. 'Pilot 3 and ’Pilot 3 and Pilot 3x and Pilot 3_ and Pilot 3.",
            "Pilot",
            "3",
            True,
        ),
        ("Seven Seven Seven sailed. Seven Seven docked.", "Seven", "Seven", False),
        (
            "Nine Lives ran. The Nine Livesx and Nine Lives_ and Nine Livesé and Nine Lives.",
            "Nine",
            "Lives",
            False,
        ),
        (
            "Golden Dollar Days opened. Golden Dollar Days closed, Golden Dollar Daysz not.",
            "Golden Dollar Days",
            "",
            False,
        ),
        ("Tenten Ten Ten Ten.", "Ten Ten", "", False),
    ],
)
def test_phrase_places_are_where_the_pattern_for_the_name_matches(
    text: str, first: str, second: str, number_last: bool
) -> None:
    import re

    from claimcheck.extract.quantities import _phrase_places

    if not second:
        pattern = rf"(?<![\w'’-])(?P<n>{re.escape(first)})\b"
    elif number_last:
        pattern = rf"(?<![\w'’-]){re.escape(first)}[ \t]+(?P<n>{re.escape(second)})"
    else:
        pattern = rf"(?<![\w'’-])(?P<n>{re.escape(first)})[ \t]+{re.escape(second)}\b"
    expected = [(found.start(), found.start("n")) for found in re.finditer(pattern, text)]
    assert expected  # each text holds the name at least once
    assert list(_phrase_places(text, first, second, number_last=number_last)) == expected
