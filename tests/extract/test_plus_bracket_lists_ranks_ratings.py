"""Units and qualifiers of issue 15 seen on British copy: dollars of two-word countries
written with bare initials ("NZ dlrs"), "foot-" joined to a noun of people, a period written
after a bracketed restatement of money, hedges shared along a bracket that lists several
restatements, a "-plus" or "+" floor after a figure, a place reached in a world ranking, a
film's age rating, "added up to" as a total, and cents moved to a level in bare dollars."""

from datetime import datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.records import Article


def claims(
    text: str, dateline: str | None = None
) -> list[tuple[str, float | None, str | None, str]]:
    article = Article(id="t", body=text, published=datetime(2004, 5, 4), dateline=dateline)
    return [
        (claim.text, claim.value, claim.unit, claim.qualifier)
        for claim in extract_claims(article)
        if claim.kind in ("quantity", "money", "percent")
    ]


def units(text: str, dateline: str | None = None) -> list[str | None]:
    return [unit for _, _, unit, _ in claims(text, dateline)]


def qualifiers(text: str) -> list[str]:
    return [qualifier for _, _, _, qualifier in claims(text)]


# Initials of a two-word country without their dots name its dollar, as with the dots.


def test_initials_without_dots_name_the_dollar_of_their_country():
    assert units("The dairy group sold 75 mln NZ dlrs of notes.") == ["NZD"]
    assert units("Its shares closed at 4.20 HK dollars.") == ["HKD"]
    assert units("Its shares closed at 4.20 H.K. dollars.") == ["HKD"]


def test_a_bare_dollar_word_is_still_the_us_one():
    assert units("The group sold 75 mln dlrs of notes.") == ["USD"]


# "foot-" joined to a noun of people on foot counts the people.


def test_a_hyphened_foot_soldier_counts_soldiers():
    assert claims("The general sent 200 foot-soldiers across the river.") == [
        ("200 foot-soldiers", 200.0, "soldier", "exact")
    ]


def test_a_hyphened_plural_before_a_verb_in_the_past_is_what_is_counted():
    assert units("Some 45 foot-passengers boarded before noon.") == ["passenger"]
    assert units("Four vice-presidents resigned on Monday.") == ["vice-president"]


def test_foot_joined_to_anything_else_is_left_as_written():
    assert units("The report carried 3 foot-notes.") == ["foot"]


# A period after a bracketed restatement is the basis of both sums.


def test_a_period_after_a_bracketed_restatement_makes_both_rates():
    assert units("Ministers pledged $12bn (£6.5bn) a year for ten years.") == [
        "USD / year",
        "GBP / year",
    ]
    assert units("The minimum wage stays at $6.10 (£3.30) an hour.") == [
        "USD / hour",
        "GBP / hour",
    ]


def test_a_bracket_then_an_article_before_a_noun_gives_no_basis():
    assert units("He paid $5m (£2.7m) a club director said.") == ["USD", "GBP"]


def test_a_period_after_a_list_of_restatements_is_the_basis_of_every_one():
    text = "The fraud costs the state 2bn CFA francs ($4m; £2.1m) a month."
    assert units(text)[1:] == ["USD / month", "GBP / month"]
    assert units(text)[0].endswith(" / month")


# A hedge before the first sum reaches every restatement listed in its bracket.


def test_a_hedge_reaches_each_restatement_in_a_list():
    text = "Farm aid cost more than 90bn euros ($117bn; £62bn) in the year."
    assert qualifiers(text) == ["more_than", "more_than", "more_than"]
    assert qualifiers("The fine could be up to 500,000 yuan ($60,000; £32,000).") == [
        "at_most",
        "at_most",
        "at_most",
    ]


def test_an_unhedged_list_stays_exact():
    assert qualifiers("The deal is worth 40bn yen ($370m; £200m).") == ["exact"] * 3


# "-plus" and "+" written after a figure set its floor.


def test_plus_after_a_sum_or_a_count_is_a_floor():
    assert claims("United are ready to make a £12m-plus offer.") == [
        ("£12m-plus", 12000000.0, "GBP", "at_least")
    ]
    assert claims("The chain now runs 300+ shops.") == [("300+ shops", 300.0, "shop", "at_least")]
    assert claims("Creditors include the 150-plus banks it borrowed from.") == [
        ("150-plus banks", 150.0, "bank", "at_least")
    ]


def test_a_plus_sign_between_digits_is_a_sum_not_a_floor():
    assert qualifiers("The kit comes as 3+2 modules.") != ["at_least"]


# A place reached in a world ranking is no figure.


def test_a_player_moved_to_a_place_in_the_world_is_a_rank():
    assert claims("After a year of injury she has dropped to 85 in the world.") == []
    assert claims("He climbed to 12 in the world rankings after the win.") == []


def test_a_count_reached_keeps_its_noun():
    assert units("The fleet rose to 85 ships in the world's biggest navy.") == ["ship"]


# A film's or a game's age rating is no figure; a count of certificates is one.


def test_an_age_rating_is_no_count():
    assert claims("The game carries an 18 certificate in Britain.") == []
    assert claims("Shops must not sell 18-rated games to children.") == []
    assert claims("She passed 15 certificates at school.") == [
        ("15 certificates", 15.0, "certificate", "exact")
    ]


# "added up to" names a total; "will add up to" still bounds what is added.


def test_added_up_to_is_a_total():
    assert qualifiers("Exports to the region added up to 12bn euros last year.") == ["exact"]
    assert qualifiers("The new plant will add up to 400 jobs.") == ["at_most"]


# Cents moved to a level in bare dollars are in the level's currency.


def test_cents_moved_to_a_bare_dollar_level_ignore_an_earlier_named_dollar():
    text = (
        "The parent last traded at 2.10 NZ dlrs, while its Australian arm ended six cents "
        "down at 3.40 dlrs."
    )
    assert units(text, "SYDNEY, March 4") == ["NZD", "AUD", "AUD"]
