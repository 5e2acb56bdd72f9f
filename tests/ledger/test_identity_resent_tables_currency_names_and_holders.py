"""A results table sent again under a headline marked "RPT" is the same company's; a company
whose name opens with a currency word ("Mark IV Industries") is a name; a holding told as "X,
which owns 58 pct of Y" is Y's held by X even when X is the one that speaks; a holder named
before "who holds a ... stake"; and a role written before a person's names ("Financier")."""

from datetime import UTC, datetime

from identity_helpers import figures

from claimcheck.ledger.names import sentence_names

MARCH = datetime(1987, 3, 10, 15, tzinfo=UTC)
RESULTS = "Shr 22 cts vs 15 cts\n    Net 1,204,000 vs 810,000\n    Revs 9.6 mln vs 7.7 mln\n"


def _subject(body: str, text: str) -> str | None:
    figure = figures(body + "\n", published=MARCH).get(text)
    return None if figure is None or figure.identity is None else figure.identity.of_what


def test_a_table_sent_again_under_rpt_keeps_its_company():
    first = figures(RESULTS, published=MARCH, title="VELMONT CORP <VLM> 4TH QTR NET")
    again = figures(RESULTS, published=MARCH, title="RPT VELMONT CORP <VLM> 4TH QTR NET")
    assert first["1,204,000"].identity.of_what == "velmont"
    assert again["1,204,000"].identity.index_keys() == first["1,204,000"].identity.index_keys()


def test_a_headline_word_starting_with_rpt_is_kept():
    table = figures(RESULTS, published=MARCH, title="RPTX SYSTEMS INC <RPX> 4TH QTR NET")
    assert table["1,204,000"].identity.of_what == "rptx systems"


def test_a_company_named_with_a_currency_word_first_is_its_bidder():
    bidder = (
        "Dollar Harbor Industries Inc said it has started the 31 dlr per share tender offer "
        "for all shares of Velmont Corp."
    )
    target = (
        "Velmont Corp, whose board has rejected a 31 dlr a share tender offer from Dollar "
        "Harbor Industries Inc <DHI>, said it is weighing other bids."
    )
    assert _subject(bidder, "31 dlr per share") == "velmont by dollar harbor"
    assert _subject(target, "31 dlr a share") == "velmont by dollar harbor"


def test_a_currency_word_without_a_company_after_it_opens_no_name():
    keys = [key for key, _, _ in sentence_names("Dealers sold the Mark Friday in Frankfurt.")]
    assert not any(key.startswith("mark") for key in keys)
    keys = [key for key, _, _ in sentence_names("Banks bought Yen Bonds at the auction.")]
    assert not any("yen" in key for key in keys)


def test_a_holding_told_by_the_company_that_holds_it():
    said = "Harlan Corp, which owns 58 pct of <Norvane Newspapers PLC>, said its sales rose."
    bought = (
        "Harlan Corp, which owns 58 pct of Norvane Newspapers PLC, also completed the purchase "
        "of Brenlow Inc."
    )
    assert _subject(said, "58 pct") == "norvane newspapers held by harlan"
    assert _subject(bought, "58 pct") == "norvane newspapers held by harlan"


def test_a_percentage_of_a_company_bought_is_not_read_as_held_by_the_buyer():
    # A purchase is no holding yet: no verb of holding before the figure.
    bought = "Harlan Corp, which bought 58 pct of Norvane Newspapers PLC, said its sales rose."
    assert _subject(bought, "58 pct") != "norvane newspapers held by harlan"


def test_a_holder_named_before_who_holds_a_stake():
    body = (
        "Carl Ostmark, who holds a 16.2 pct stake in Norvane Co, told regulators he has "
        "discussed a bid with the company."
    )
    assert _subject(body, "16.2 pct") == "norvane held by carl ostmark"


def test_a_role_before_a_persons_names_is_no_part_of_them():
    with_role = "Financier Carl Ostmark holds a 16.2 pct stake in Norvane Co."
    without = "Carl Ostmark holds a 16.2 pct stake in Norvane Co."
    assert _subject(with_role, "16.2 pct") == _subject(without, "16.2 pct")
    # A company's name opening with such a word keeps it.
    keys = [key for key, _, _ in sentence_names("He met Investor Diversified Services Inc.")]
    assert "investor diversified services" in keys
