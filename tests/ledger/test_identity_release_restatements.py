"""A statistics release restated in a market story or in commentary: the country from the city
the story is filed from when the story names none, the period from a possessive before the
figure, and never the day on the dateline as the figure's period."""

from datetime import UTC, datetime

import pytest
from identity_helpers import figures

from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.ledger.identity import identify
from claimcheck.ledger.names import country_of_city, country_of_dateline
from claimcheck.records import Article

FILED = datetime(2025, 3, 4, 9, tzinfo=UTC)


def _identity(body: str, text: str):
    found = figures(body, published=FILED)
    return found[text].identity if text in found else None


def test_a_city_s_country_is_read_from_the_dateline_tables():
    assert country_of_city("oslo") == "norway"
    assert country_of_city("washington") == "us"
    assert country_of_city("bonn") == "germany"
    assert country_of_city("norway") is None
    assert country_of_city("atlantis") is None


def _with_dateline(dateline: str, body: str, text: str):
    article = Article(id="a", body=body, title="", published=FILED, dateline=dateline)
    sentences = split_sentences(body)
    found = identify(article, extract_claims(article, sentences), sentences)
    by_text = {" ".join(figure.claim.text.split()): figure for figure in found}
    return by_text[text].identity if text in by_text else None


def test_a_dateline_given_apart_from_the_body_gives_the_country():
    assert country_of_dateline("OSLO, March 4") == "norway"
    assert country_of_dateline("PORTLAND, Ore., March 4") == "us"
    assert country_of_dateline("") is None
    body = (
        "The trade deficit narrowed to 1.7 billion crowns in February from 2.4 billion in "
        "January, the trade bureau said."
    )
    found = _with_dateline("OSLO, March 4", body, "1.7 billion crowns")
    assert (found.of_what, found.when) == ("norway", "2025-02")
    # A story that names its country is that country's, wherever it was filed from.
    named = "Denmark's trade deficit narrowed to 1.7 billion crowns in February."
    assert _with_dateline("OSLO, March 4", named, "1.7 billion crowns").of_what == "denmark"


def test_a_market_story_naming_no_country_gives_the_filing_city_s_country():
    release = (
        "OSLO, March 4 - Norway's trade deficit grew to 2.4 billion crowns in February, "
        "the statistics bureau reported."
    )
    market = (
        "OSLO, March 4 - The crown slipped against the mark once the February trade deficit "
        "of 2.4 billion crowns came out, currency dealers said."
    )
    first = _identity(release, "2.4 billion crowns")
    later = _identity(market, "2.4 billion crowns")
    assert later.of_what == first.of_what == "norway"
    assert later.index_keys() == first.index_keys()


@pytest.mark.parametrize(
    ("body", "text", "not_of"),
    [
        # a lead naming another country keeps the city's country off the figure
        (
            "OSLO, March 4 - Sweden and Denmark will hold trade talks next week, officials said. "
            "The trade deficit widened to 2.4 billion crowns in February, the bureau said.",
            "2.4 billion crowns",
            "norway",
        ),
        # only national statistics take the city's country
        (
            "LONDON, March 4 - Output at the smelter rose to 41,000 tonnes in February, "
            "the operator said.",
            "41,000 tonnes",
            "uk",
        ),
    ],
)
def test_a_figure_the_city_s_country_does_not_own(body, text, not_of):
    found = _identity(body, text)
    assert found is None or found.of_what != not_of


def test_the_day_on_the_dateline_is_not_the_period_of_a_rate():
    body = (
        "PARIS, March 4 - Government bonds gained ground on the 9.1 pct jobless rate, traders said."
    )
    assert _identity(body, "9.1 pct") is None


def test_a_possessive_period_before_the_figure_is_its_own_after_a_comparison_word():
    body = (
        "PARIS, March 4 - Government bonds gained ground after last month's 9.1 pct "
        "jobless rate, traders said."
    )
    found = _identity(body, "9.1 pct")
    assert (found.what, found.of_what, found.when) == ("unemployment", "france", "2025-02")
    release = (
        "PARIS, March 4 - France's jobless rate climbed to 9.1 pct in February, the labour "
        "ministry said."
    )
    assert _identity(release, "9.1 pct").index_keys() == found.index_keys()


def test_a_figure_compared_with_one_of_an_earlier_period_keeps_that_period():
    body = (
        "PARIS, March 4 - French consumer prices climbed 0.6 pct in February after a "
        "0.2 pct rise in January, the statistics office said."
    )
    earlier = _identity(body, "0.2 pct")
    assert earlier is None or earlier.when == "2025-01"


def test_a_dateline_s_country_is_the_one_of_the_story_s_year():
    # West Germany and Germany are one key, in any year.
    assert country_of_dateline("BONN, March 4", 1987) == "germany"
    assert country_of_dateline("BONN, March 4", 2025) == "germany"
    # A city whose country was another then, under a name the ledger has no key for: none.
    assert country_of_dateline("BELGRADE, March 4", 1987) is None
    assert country_of_dateline("BELGRADE, March 4", 2025) == "serbia"


def test_a_lead_naming_a_company_or_an_international_body_takes_no_dateline_country():
    body = (
        "The Organisation of Northern Traders said in its quarterly review that inflation "
        "among its members eased to 2.2 pct in February."
        " Inflation in February was 2.2 pct."
    )
    found = _with_dateline("OSLO, March 4", body, "2.2 pct")
    assert found is None or found.of_what != "norway"


def test_a_figure_smaller_or_larger_than_expected_is_the_figure_that_came_out():
    for body in (
        "WASHINGTON, March 4 - The trade deficit was a larger than expected 15.2 billion dlrs "
        "in January, the Commerce Department said.",
        "WASHINGTON, March 4 - The trade deficit was a wider-than-expected 15.2 billion dlrs "
        "in January, the Commerce Department said.",
    ):
        found = _identity(body, "15.2 billion dlrs")
        assert (found.modality, found.of_what, found.when) == ("fact", "us", "2025-01")
    forecast = (
        "WASHINGTON, March 4 - Economists said the trade deficit would be 15.2 billion dlrs "
        "in January."
    )
    assert _identity(forecast, "15.2 billion dlrs").modality == "forecast"
