"""A unit of account, money aggregate or index written before a measure qualifies the measure
and is never its subject ("SDR reserves" are a country's); a prenominal figure coordinated with
another by "and ... of" shares the period after both, as the predicative form does."""

from identity_helpers import figures


def _key(body: str, text: str) -> tuple[str, str | None, str | None]:
    identity = figures(body)[text].identity
    return identity.what, identity.of_what, identity.when


def test_sdr_reserves_belong_to_the_country_not_to_an_acronym():
    body = "Valdoria's central bank said its SDR reserves climbed to 640 mln dlrs in January."
    what, of_what, when = _key(body, "640 mln dlrs")
    assert of_what == "valdoria"
    assert (what, when) == ("sdr-reserves", "2025-01")


def test_a_money_aggregate_opening_the_clause_is_no_company():
    body = "Valdoria said M-3 money supply grew 6.1 pct in January."
    assert _key(body, "6.1 pct")[1] == "valdoria"


def test_a_real_company_name_still_reads_as_the_subject():
    body = "Korvel Systems Inc said its revenues rose to 88 mln dlrs in 1986."
    assert _key(body, "88 mln dlrs")[1] == "korvel systems"


def test_prenominal_and_predicative_losses_coordinated_with_revenues_share_one_identity():
    prenominal = (
        "Brisk Tools Corp said it had a 2.4 mln dlr loss and revenues of 31 mln dlrs in 1986."
    )
    predicative = (
        "Brisk Tools Corp said it had a loss of 2.4 mln dlrs and revenues of 31 mln dlrs in 1986."
    )
    first = figures(prenominal)["2.4 mln dlr"].identity
    second = figures(predicative)["2.4 mln dlrs"].identity
    assert (first.what, first.of_what, first.when) == (second.what, second.of_what, second.when)
    assert first.when == "1986"
    assert figures(prenominal)["31 mln dlrs"].identity.when == "1986"


def test_a_figure_compared_with_one_of_an_earlier_period_does_not_take_its_period():
    body = (
        "Brisk Tools Corp had a loss of 2.4 mln dlrs compared with a profit of 1 mln dlrs in 1985."
    )
    assert "2.4 mln dlrs" not in figures(body)


def test_figures_joined_by_and_each_with_its_own_period_keep_them():
    body = "Brisk Tools Corp had revenues of 30 mln dlrs in 1985 and assets of 52 mln dlrs in 1986."
    assert _key(body, "30 mln dlrs")[2] == "1985"
    assert _key(body, "52 mln dlrs")[2] == "1986"


def test_prenominal_offer_per_share_and_the_predicative_offer_name_the_same_target():
    prenominal = "Harth Group made a 41 dlrs-a-share bid for Molden Inc."
    predicative = "Harth Group's bid for Molden Inc is 41 dlrs a share."
    first = figures(prenominal)["41 dlrs-a-share"].identity
    second = figures(predicative)["41 dlrs a share"].identity
    assert first.what == second.what == "offer"
    assert first.of_what.startswith("molden") and second.of_what.startswith("molden")


def test_a_figure_with_its_year_before_it_keeps_it_against_a_later_clause_period():
    body = (
        "Brisk Tools Corp said it had 1986 revenues of 30 mln dlrs and earnings of 900,000 "
        "dlrs and had revenues for the first half of 1987 of 19 mln dlrs."
    )
    assert _key(body, "30 mln dlrs")[2] == "1986"


def test_a_period_after_the_year_ended_is_shared_by_both_figures():
    body = (
        "Brisk Tools Corp said it reported a 1.5 mln dlrs loss and assets of 300 mln dlrs "
        "for the year ended September 30, 1986."
    )
    # the loss is the fiscal year's, keyed by its end; the assets stand on its last day
    assert _key(body, "1.5 mln dlrs")[2] == "year-to-1986-09"
    assert _key(body, "300 mln dlrs")[2] == "1986-09-30"
