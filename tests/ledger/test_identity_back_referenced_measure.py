"""A figure whose sentence names no measure but points back to the one before ("It was put
at", "the previous season's total of") states the measure that sentence named; a sentence
naming its own measure, or one with no back-reference, keeps what it says. Sentences are
our own."""

from datetime import UTC, datetime

from identity_helpers import figures

MAY = datetime(2025, 5, 6, 14, tzinfo=UTC)


def test_a_pronoun_subject_carries_the_crop_and_measure_of_the_sentence_before():
    body = (
        "Growers in Veloria revised their harvest estimates for 2024/25, traders said.\n"
        "    The estimate for the lentil yield this season moved least of all. It was put at "
        "2.2 to 2.4 mln tonnes, down from 2.6 to 2.8 mln tonnes a week earlier."
    )
    found = figures(body, published=MAY)
    lentil = found["2.2 to 2.4 mln tonnes"].identity
    assert lentil.what == "lentil-output"
    assert lentil.of_what == "veloria"


def test_last_seasons_total_is_of_the_measure_the_sentence_before_named():
    body = (
        "Veloria's millet production for 2024/25 is now estimated at 5.0 to 5.2 mln tonnes, "
        "traders said.\n"
        "    Even the lower figure would be 6 pct above last season's total of 4.8 mln "
        "tonnes, the farm ministry said."
    )
    found = figures(body, published=MAY)
    earlier = found["4.8 mln tonnes"].identity
    assert earlier.what == "millet-output"
    assert earlier.when == "fiscal:2023"


def test_no_back_reference_no_measure():
    body = (
        "Veloria's millet production for 2024/25 is now estimated at 5.0 to 5.2 mln tonnes, "
        "traders said.\n"
        "    Exporters shipped 0.4 mln tonnes to neighbouring ports in April."
    )
    found = figures(body, published=MAY)
    assert "0.4 mln tonnes" not in found


def test_a_sentence_naming_its_own_measure_keeps_it():
    body = (
        "Veloria's millet production for 2024/25 is now estimated at 5.0 to 5.2 mln tonnes, "
        "traders said.\n"
        "    It was a season in which lentil exports reached 0.9 mln tonnes."
    )
    found = figures(body, published=MAY)
    assert "0.9 mln tonnes" not in found or found["0.9 mln tonnes"].identity.what != (
        "millet-output"
    )


def test_a_pronoun_with_other_words_before_the_figure_carries_nothing():
    body = (
        "Norland Bank holds loans of 90 mln crowns to the shipyard, its filing showed.\n"
        "    It was one of three lenders that agreed last week to advance the yard 40 mln "
        "crowns.\n"
        "    The bank's offer of new bills was 6 billion crowns. The total includes 2 billion "
        "crowns of three-month bills."
    )
    found = figures(body, published=MAY)
    assert "40 mln crowns" not in found
    assert "2 billion crowns" not in found


def test_a_percentage_after_a_back_reference_carries_nothing():
    body = (
        "Veloria's money supply rose 8.1 pct in the year to April, the central bank said.\n"
        "    This compares with 9.4 pct a year earlier."
    )
    found = figures(body, published=MAY)
    assert "9.4 pct" not in found
