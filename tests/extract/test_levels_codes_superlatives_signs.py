"""Readings of issue 15 found by a sixth audit on unseen copy and left over from the fifth: a
telling verb in "-s" after a level, a text message's short code, a group's
noun past "-ly" adjectives and a fixture's side, counts graded by "most", a plural modifier
two words before its head, a currency sign that opens the next amount, "over" after a
quarrel's noun, an age after "now", and a bare scaled range after a sum of money."""

from figure_helpers import figures

from claimcheck.extract.quantities import find_quantities


def units(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.value, m.unit) for m in find_quantities(text)]


# A level, then the verb that says what it means.


def test_a_telling_verb_after_a_level_is_no_counted_noun():
    assert figures("Any score above 50 signals that factories are busier.") == [
        ("50", 50.0, None, "more_than")
    ]
    assert figures("A reading below 50 indicates shrinking output.") == [
        ("50", 50.0, None, "less_than")
    ]


def test_the_same_plural_noun_with_its_own_verb_is_still_counted():
    assert figures("Above 40 signals were picked up by the mast.") == [
        ("40 signals", 40.0, "signal", "more_than")
    ]
    assert figures("Over 30 shows were called off.") == [("30 shows", 30.0, "show", "more_than")]


# Numbers that are no figure.


def test_a_number_a_text_message_is_sent_to_is_a_short_code():
    assert figures("To give, text AID to 70123 before Friday.") == []
    assert figures("Fans can text the word YES to 81818 to back the bid.") == []


def test_a_number_reached_by_a_price_is_still_a_figure():
    assert figures("The index climbed to 12450 in late trade.") == [
        ("12450", 12450.0, None, "exact")
    ]


# A group's noun past its modifiers; counts graded by "most".


def test_a_part_takes_the_noun_past_an_adjective_in_ly():
    assert units("Two of the early spy novels sold well.") == [("Two", 2.0, "novel")]
    assert units("Three of their friendly matches ended level.") == [("Three", 3.0, "match")]


def test_a_part_takes_the_noun_past_the_side_of_a_fixture():
    assert units("They lost four of their away games.") == [("four", 4.0, "game")]


def test_a_count_graded_by_most_or_least_counts_the_noun_after_the_adjective():
    assert units("The 50 most visited museums are free.") == [
        ("50 most visited museums", 50.0, "museum")
    ]
    assert units("It named the three least costly routes.") == [
        ("three least costly routes", 3.0, "route")
    ]


def test_most_as_a_pronoun_gives_no_noun():
    assert units("He kept 20, most of them old.") == [("20", 20.0, None)]


def test_a_plural_modifier_two_words_before_its_head():
    assert units("It hired two securities settlement firms.") == [
        ("two securities settlement firms", 2.0, "firm")
    ]
    assert units("They bought 300 securities on Monday.") == [("300 securities", 300.0, "security")]


# Signs, qualifiers and ages.


def test_a_currency_sign_before_digits_opens_the_next_amount():
    assert figures("Ministers will spend by 2012 £40bn more on roads.") == [
        ("£40bn", 40e9, "GBP", "exact")
    ]
    assert figures("Each ticket cost 1,500€ at the door.") == [("1,500€", 1500.0, "EUR", "exact")]


def test_over_after_a_quarrel_names_its_subject_not_a_bound():
    assert figures("The dispute over 400 jobs went to court.") == [
        ("400 jobs", 400.0, "job", "exact")
    ]
    assert figures("Over 400 jobs went.") == [("400 jobs", 400.0, "job", "more_than")]


def test_an_age_after_a_name_and_now():
    assert units("Hingis, now 28, is back on tour.") == [("28", 28.0, "year")]
    assert units("The rate, now 28, is rising.") == [("28", 28.0, None)]


def test_an_age_bound_after_payers_or_motorists():
    assert units("Motorists over 70 must renew their licences.") == [("70", 70.0, "year")]


# A bare scaled range after a sum of money.


def test_a_bare_scaled_range_takes_the_currency_of_the_sum_before_it():
    text = (
        "Debt fell to 12.5 billion dlrs from 13.1 billion, while the state's part rose "
        "to 4.2 billion from 3.9 billion."
    )
    assert [(f[0], f[2]) for f in figures(text)] == [
        ("12.5 billion dlrs from 13.1 billion", "USD"),
        ("4.2 billion from 3.9 billion", "USD"),
    ]


def test_a_scaled_count_of_people_in_a_state_takes_no_currency():
    assert figures("The plan cost £2bn and left two million unemployed.") == [
        ("£2bn", 2e9, "GBP", "exact"),
        ("two million", 2e6, None, "exact"),
    ]
