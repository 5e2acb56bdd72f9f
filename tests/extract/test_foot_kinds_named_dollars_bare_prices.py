"""Units of issue 15: "foot" naming people who go on foot rather than a length, bare dollars
in a story filed from a country with its own dollar when the sentence writes its other
figures in a dollar it names, and a bare figure before "per tonne" or "a share" in a sentence
of prices."""

from datetime import datetime

from claimcheck.extract.claims import extract_claims
from claimcheck.records import Article


def figures(text: str, dateline: str | None = None) -> list[tuple[str, float | None, str | None]]:
    article = Article(id="t", body=text, published=datetime(1987, 3, 2), dateline=dateline)
    return [
        (claim.text, claim.value, claim.unit)
        for claim in extract_claims(article)
        if claim.kind in ("quantity", "money", "percent")
    ]


# "foot" before a noun of people or of their traffic counts them.


def test_foot_before_people_counts_the_people():
    assert figures("The ship sailed with 120 foot passengers and 30 lorries.") == [
        ("120 foot passengers", 120.0, "passenger"),
        ("30 lorries", 30.0, "lorry"),
    ]
    assert figures("The rebels said 600 foot soldiers had joined them.") == [
        ("600 foot soldiers", 600.0, "soldier")
    ]


def test_a_strong_foot_patrol_counts_the_patrol_not_feet():
    assert figures("A 25-strong foot patrol was sent into the hills.") == [
        ("25-strong foot patrol", 25.0, "patrol")
    ]


def test_foot_before_a_measured_thing_or_a_dimension_stays_a_length():
    assert figures("They hired a 60-foot launch for the day.") == [("60-foot", 60.0, "foot")]
    assert figures("Snow drifts were 12 foot deep by morning.") == [("12 foot", 12.0, "foot")]
    assert figures("The club put up a 300 foot mast.") == [("300 foot", 300.0, "foot")]


# The dateline's dollar yields to the one the sentence names for its other figures.


def test_tranches_of_an_issue_in_a_named_dollar_take_that_dollar():
    text = (
        "The bank arranged a 90 mln Australian dlr note issue, in tranches of "
        "60 mln dlrs and 30 mln dlrs."
    )
    units = [unit for _, _, unit in figures(text, "HONG KONG, March 2")]
    assert units == ["AUD", "AUD", "AUD"]


def test_a_bare_figure_beside_a_us_dollar_figure_is_no_longer_the_local_dollar():
    text = "The miner earned 400,000 U.S. dlrs last year, down from 7.5 mln dlrs a year before."
    assert [unit for _, _, unit in figures(text, "TORONTO, March 2")] == ["USD", "USD"]


def test_a_bare_figure_with_no_named_dollar_in_its_sentence_stays_local():
    text = "The group earned 12 mln dlrs in 1986. It sold 2 mln U.S. dlrs of notes."
    assert [unit for _, _, unit in figures(text, "SYDNEY, March 2")] == ["AUD", "USD"]


def test_a_commodity_price_in_us_dollars_leaves_the_local_figures_alone():
    text = "Profits should reach 900 mln dlrs with oil at 17 U.S. dlrs a barrel."
    units = [unit for _, _, unit in figures(text, "CALGARY, March 2")]
    assert units == ["CAD", "USD / barrel"]


def test_a_rate_of_the_local_dollar_keeps_its_bare_figures_local():
    text = "The Canadian dollar rose to 0.7550 U.S. dlrs after a 300 mln dlrs bond sale."
    units = [unit for _, _, unit in figures(text, "OTTAWA, March 2")]
    assert units[-1] == "CAD"


def test_the_dateline_country_named_between_takes_the_bare_figure_back():
    named = "Its Auckland arm is at 2.10 N.Z. Dlrs, while the Australian parent ended at 3.40 dlrs."
    unnamed = "Its Auckland arm is at 2.10 N.Z. Dlrs, while the parent ended at 3.40 dlrs."
    assert figures(named, "SYDNEY, March 2")[-1][2] == "AUD"
    assert figures(unnamed, "SYDNEY, March 2")[-1][2] == "NZD"


# A bare figure before "per tonne" among prices in one currency.


def test_a_bare_price_per_tonne_takes_the_currency_of_the_sentences_prices():
    assert figures("Mills bid 142 per tonne, while sellers wanted 150 dlrs a tonne.") == [
        ("142 per tonne", 142.0, "USD / metric_ton"),
        ("150 dlrs a tonne", 150.0, "USD / metric_ton"),
    ]


def test_no_currency_is_lent_by_money_that_is_no_price_or_to_an_acre():
    assert figures("The loss came to 4 mln dlrs, or 40 per share.")[1] == ("40", 40.0, None)
    assert figures("Farms got 35 per acre, and corn sold at 2 dlrs a bushel.")[0] == (
        "35",
        35.0,
        None,
    )


def test_a_bare_figure_with_decimals_beside_cents_is_in_the_currency_itself():
    text = "Profit was 90,000 dlrs, or 12 cts a share, against 2.1 mln dlrs, or 2.35 a share."
    assert figures(text)[-1] == ("2.35 a share", 2.35, "USD / share")
    assert figures("Buyers paid 14 cts a share, and sellers asked 16 per share.")[-1] == (
        "16 per share",
        0.16,
        "USD / share",
    )
