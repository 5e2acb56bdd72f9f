"""Readings of issue 15: a share written with "every" ("two out of every 10"), a fraction
before an owner with no "of" ("half their pay"), "half" as a period of a match, and an
attached "m" before "of" and a group of things counted ("3m of them")."""

from figure_helpers import figures_and_units as figures

# "N out of every M", "N in every M": a share, as "N in M" is, with no count of the whole.


def test_out_of_every_is_a_share_of_the_whole():
    assert figures("Seven out of every 10 shoppers paid by card.") == [
        ("Seven out of every 10", 0.7, None)
    ]


def test_in_every_with_number_words_is_a_share():
    assert figures("One in every five flats stands empty.") == [("One in every five", 0.2, None)]


def test_the_same_share_without_every_reads_alike():
    with_every = figures("Two in every 25 pupils left early.")
    without_every = figures("Two in 25 pupils left early.")
    assert [value for _, value, _ in with_every] == [value for _, value, _ in without_every]
    assert with_every == [("Two in every 25", 0.08, None)]


def test_every_before_a_unit_of_time_is_no_share():
    assert ("One in every 10", 0.1, None) not in figures("One in every 10 minutes was wasted.")


# A fraction before an owner, "of" left out: read as the fraction with "of".


def test_half_before_an_owner_reads_as_half_of_it():
    assert figures("The levy swallowed half their wages.") == [("half", 0.5, None)]
    assert figures("The levy swallowed half their wages.") == figures(
        "The levy swallowed half of their wages."
    )


def test_a_third_before_an_owner_reads_as_a_third_of_it():
    assert figures("The new hall is a third its old size.") == [("a third", 1 / 3, None)]


def test_a_multiple_before_an_owner_is_read_as_nothing_like_before_the():
    assert figures("She now earns twice his pay.") == []
    assert figures("She now earns twice the pay of her brother.") == []


def test_half_as_a_period_of_a_match_is_no_fraction():
    assert figures("In the second half their striker hit the post.") == []
    assert figures("After the opening half the hosts led.") == []


# "Nm of" a group of things counted: the "m" is a million, not a metre.


def test_attached_m_before_of_them_is_millions():
    assert figures("Nearly 4m of them were sold abroad.") == [("4m", 4_000_000.0, None)]


def test_attached_m_before_of_a_determined_plural_counts_it():
    assert figures("It bought back 1.5m of its shares.") == [("1.5m", 1_500_000.0, "share")]


def test_attached_m_before_a_group_with_its_size_is_millions():
    claims = figures("Roughly 2m of the region's 5m adults smoke.")
    assert claims[0][:2] == ("2m", 2_000_000.0)


def test_m_before_of_a_single_thing_stays_a_length():
    assert figures("Workers laid 30m of cable.") == [("30m", 30.0, "meter")]
    assert figures("She led over the last 80m of the course.") == [("80m", 80.0, "meter")]


def test_a_written_scale_before_of_still_applies():
    assert figures("About 6 million of them were built.") == [("6 million", 6_000_000.0, None)]
    assert figures("Some 3 billion of homes had no line.")[0][:2] == ("3 billion", 3e9)
