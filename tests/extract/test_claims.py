"""Tests for claimcheck.extract.claims: claims merged from quantities and dates, in bounded time."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise

from claimcheck.extract.claims import MAX_SENTENCE_CHARS, cap_sentences, extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.records import Article

PUBLISHED = datetime(2022, 12, 20, 9, 0, tzinfo=UTC)


def _claims(body):
    return extract_claims(Article(id="t", body=body, published=PUBLISHED))


def _by_text(body):
    return {claim.text: claim for claim in _claims(body)}


def test_a_news_paragraph_gives_sensible_claims():
    body = (
        "The two ministers met in Vilnius on Monday, Dec. 19, 2022. They have spoken at least "
        "five times over the last 8 months, and yesterday was the first visit since 2018. "
        "Last week the army moved 150,000 troops about 40 miles west, where the border guard "
        "could add between 11,000-13,000 men. Talks have stalled for the last 8 months."
    )
    claims = _by_text(body)
    assert claims["Monday, Dec. 19, 2022"].date == "2022-12-19"
    frequency = claims["five times over the last 8 months"]
    assert (frequency.kind, frequency.count, frequency.qualifier) == ("frequency", 5, "at_least")
    assert frequency.period == "P8M"
    assert claims["yesterday"].date == "2022-12-19"
    assert claims["Last week"].date == "2022-W50"
    assert claims["150,000 troops"].unit == "troop"
    assert (claims["40 miles"].unit, claims["40 miles"].qualifier) == ("mile", "approx")
    men = claims["11,000-13,000 men"]
    assert (men.low, men.high, men.unit, men.dimension) == (11000, 13000, "man", "count")
    assert any(claim.kind == "duration" and claim.period == "P8M" for claim in claims.values())
    assert any(claim.date == "2018" for claim in claims.values())


def test_a_figure_inside_a_date_is_the_duration_figure_not_a_quantity():
    claims = _claims("Prices rose for the last 10 months.")
    assert [claim.kind for claim in claims] == ["duration"]
    assert claims[0].value == 10 and claims[0].unit == "month"


def test_claims_of_one_sentence_share_its_text():
    first, second = _claims("The plant made 300 cars and 40 trucks.")
    assert first.sentence == second.sentence == "The plant made 300 cars and 40 trucks."


def test_overlong_sentences_are_cut_at_blanks():
    body = "1 " * 2000
    pieces = cap_sentences(body, split_sentences(body))
    assert len(pieces) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in pieces)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(body.rstrip())
    assert all(left[1] == right[0] for left, right in pairwise(pieces))


def test_short_sentences_are_left_alone():
    body = "One sentence here. Another one there."
    assert cap_sentences(body, split_sentences(body)) == split_sentences(body)


def test_claims_in_a_long_run_carry_a_bounded_sentence():
    body = "12 miles " * 5000
    claims = _claims(body)
    assert len(claims) == 5000
    assert all(len(claim.sentence) <= MAX_SENTENCE_CHARS for claim in claims)
    assert all(
        body[claim.sentence_start : claim.sentence_start + len(claim.sentence)] == claim.sentence
        for claim in claims[:50]
    )


def test_extract_claims_lets_a_scanner_error_through_and_read_claims_isolates_it(monkeypatch):
    import pytest

    from claimcheck.extract import claims as extraction

    def fragile(text):
        if "gauge" in text:
            raise RuntimeError("scanner bug")
        return original(text)

    original = extraction.find_quantities
    monkeypatch.setattr(extraction, "find_quantities", fragile)
    body = "The gauge read 3 metres. The river rose 2 metres on Monday."
    article = Article(id="t", body=body, published=PUBLISHED)
    with pytest.raises(RuntimeError):
        extract_claims(article)
    read = extraction.read_claims(article)
    [passage] = read.unread
    assert body[passage.start : passage.end] == "The gauge read 3 metres."
    assert passage.error == "RuntimeError: scanner bug" and not passage.whole_article
    assert [claim.text for claim in read.claims] == ["2 metres", "Monday"]
    # Offsets of a sentence read on its own point into the whole body.
    assert all(body[claim.start : claim.end] == claim.text for claim in read.claims)


def test_read_claims_of_a_readable_article_is_extract_claims():
    from claimcheck.extract.claims import read_claims

    article = Article(id="t", body="It rose 5 pct to 12 mln dlrs on Monday.", published=PUBLISHED)
    read = read_claims(article)
    assert read.unread == () and list(read.claims) == extract_claims(article)


def test_a_figure_that_holds_a_frequency_keeps_it_as_its_unit():
    claims = _claims("They pay $1,200 a month in rent. The car hit 70 miles per hour.")
    figures = [(c.kind, c.value, c.unit) for c in claims]
    assert ("quantity", 1200, "USD / month") in figures
    assert ("quantity", 70, "mile / hour") in figures
    assert not any(claim.kind == "frequency" for claim in claims)


def test_a_year_between_the_ends_of_a_movement_is_its_own_claim():
    claims = _claims("Mileage rose from 30 mpg in 2015 to 41 mpg in 2021.")
    movement = next(claim for claim in claims if claim.kind == "quantity")
    assert (movement.low, movement.high, movement.direction) == (30, 41, "up")
    assert {claim.date for claim in claims if claim.kind == "date"} == {"2015", "2021"}


def test_times_of_day_are_claims_of_kind_time():
    claims = _claims("07.15\nFerry services resume\n\nThe first boat sails at 8:30 am.")
    assert [(c.kind, c.date) for c in claims] == [("time", "T07:15"), ("time", "T08:30")]


def test_an_age_is_a_quantity_not_a_duration():
    [claim] = _claims("The 43-year-old was released.")
    assert (claim.kind, claim.value, claim.unit, claim.dimension) == (
        "quantity",
        43,
        "year",
        "age",
    )


def test_a_relative_date_counted_in_hours_keeps_its_figure():
    claims = _by_text("The bridge reopened 72 hours ago, engineers said.")
    ago = claims["72 hours ago"]
    assert (ago.kind, ago.value, ago.unit) == ("date", 72, "hour")


def test_in_a_month_then_a_count_is_the_month_and_the_count():
    claims = _by_text("In April 30 nurses resigned; the ward shut on April 30 after that.")
    assert claims["April"].date == "2022-04"
    assert (claims["30 nurses"].value, claims["30 nurses"].unit) == (30, "nurse")
    assert claims["April 30"].date == "2022-04-30"
    assert _by_text("In March 5 was the deadline.")["March 5"].date == "2022-03-05"


def test_a_race_time_is_a_duration():
    [claim] = _claims("She won in 10.85 seconds.")
    assert (claim.kind, claim.period) == ("duration", "PT10.85S")


def test_money_claims_are_in_the_major_unit():
    [claim] = _claims("The shares closed at 245.5p.")
    assert (claim.kind, claim.value, claim.unit) == ("money", 2.455, "GBP")


def test_a_claim_as_a_dict_has_every_field_and_dates_as_iso_strings():
    from dataclasses import fields
    from datetime import date

    from claimcheck.records import Claim

    claim = Claim(
        article_id="a1",
        kind="date",
        text="March 2024",
        start=3,
        end=13,
        first_day=date(2024, 3, 1),
        last_day=date(2024, 3, 31),
        date="2024-03",
    )
    out = claim.to_dict()
    assert list(out) == [field.name for field in fields(Claim)]
    assert (out["first_day"], out["last_day"], out["period_start"]) == (
        "2024-03-01",
        "2024-03-31",
        None,
    )
    assert (out["date"], out["start"], out["qualifier"]) == ("2024-03", 3, "exact")


def test_a_part_joined_to_a_whole_number_is_no_duration_of_its_own():
    claims = _claims("The base rate was raised to twelve and three-quarters pct on Friday.")
    figures = [(claim.text, claim.value, claim.unit) for claim in claims if claim.kind != "date"]
    assert figures == [("twelve and three-quarters pct", 12.75, "percent")]
