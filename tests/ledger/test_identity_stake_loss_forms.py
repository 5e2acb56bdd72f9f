"""One figure, written prenominally, appositively or predicatively, has one identity: a stake
("a 49 pct stake in", "a 49 pct interest in", "is 49 pct owned by", ", 49 pct owned by",
"its 49 pct-owned"), a loss ("a 12 mln dlr loss", "a loss of 12 mln dlrs", "the loss was 12 mln
dlrs"); and results tables titled by a bracketed name, with a bank's balance lines."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings, wire_article


def _key(body: str, text: str) -> tuple[str, str | None, str | None]:
    identity = figures(body)[text].identity
    return identity.what, identity.of_what, identity.when


_STAKE = ("stake", "pelmora mining held by corvane", None)


def test_a_stake_in_its_prenominal_appositive_and_predicative_forms_is_one_figure():
    forms = [
        "Corvane Holdings has a 49 pct stake in Pelmora Mining Ltd.",
        "Corvane Holdings has a 49 pct interest in Pelmora Mining Ltd.",
        "Corvane Holdings owns 49 pct of Pelmora Mining Ltd.",
        "Pelmora Mining Ltd is 49 pct owned by Corvane Holdings.",
        "Pelmora Mining Ltd, 49 pct owned by Corvane Holdings, said output rose.",
        "Pelmora Mining Ltd, which is 49 pct owned by Corvane Holdings, said output rose.",
        "Pelmora Mining Ltd, a 49 pct owned unit of Corvane Holdings, said output rose.",
        "Corvane Holdings's 49 pct-owned Pelmora Mining Ltd said output rose.",
        "Corvane Holdings said its 49 pct owned unit, Pelmora Mining Ltd, hired staff.",
    ]
    for body in forms:
        assert _key(body, "49 pct") == _STAKE, body
        assert figures(body)["49 pct"].value == 49.0


def test_an_owned_figure_without_both_companies_named_is_no_stake():
    assert "49 pct" not in figures("Corvane Holdings said a 49 pct owned unit hired staff.")
    assert "49 pct" not in figures("Pelmora Mining Ltd's 49 pct-owned unit hired staff.")
    # a place before the figure is where the unit is, not a company owned
    body = "The Lisbon-based, 100 pct-owned unit of Corvane Holdings hired staff."
    assert "100 pct" not in figures(body)


def test_interest_is_a_stake_only_in_a_named_company():
    assert "7.5 pct" not in figures("Corvane Holdings paid 7.5 pct interest in the first year.")
    body = "Corvane Holdings paid 7.5 pct interest on its notes in 2024."
    assert all(f.identity.what != "stake" for f in figures(body).values())


def test_two_articles_giving_one_stake_in_two_forms_agree_and_a_new_value_updates():
    first = wire_article("s1", 3, "Pelmora Mining Ltd is 49 pct owned by Corvane Holdings.")
    same = wire_article("s2", 5, "Corvane Holdings has a 49 pct stake in Pelmora Mining Ltd.")
    moved = wire_article("s3", 7, "Corvane Holdings has a 55 pct stake in Pelmora Mining Ltd.")
    findings = ordered_findings(first, same, moved)
    assert findings["s2"] == []
    [update] = findings["s3"]
    assert update.rule == "CC202"
    assert update.evidence["relation"] == "update"


_LOSS = ("loss", "hestle tools", "2024")


def test_a_loss_in_each_form_is_the_period_loss_with_its_amount():
    forms = {
        "Hestle Tools Corp posted a 12 mln dlr loss in 2024.": "12 mln dlr",
        "Hestle Tools Corp posted a loss of 12 mln dlrs in 2024.": "12 mln dlrs",
        "Hestle Tools Corp's loss was 12 mln dlrs in 2024.": "12 mln dlrs",
        "Hestle Tools Corp's 2024 loss, 12 mln dlrs, was its first.": "12 mln dlrs",
    }
    for body, text in forms.items():
        assert _key(body, text) == _LOSS, body
        assert figures(body)[text].value == 12_000_000.0, body


def test_a_loss_that_words_say_changed_stays_a_change():
    body = "Hestle Tools Corp's net loss widened by 3 mln dlrs in 2024."
    assert _key(body, "3 mln dlrs")[0] == "net-loss:change"


_TABLE = """Shr 42 cts vs 38 cts
Net 2,100,000 vs 1,900,000
Assets 410.5 mln vs 388.2 mln
Deposits 352.1 mln vs 333.0 mln
Loans 298.7 mln vs 270.4 mln
"""
_APRIL = datetime(2025, 4, 20, tzinfo=UTC)


def test_a_results_table_titled_by_a_bracketed_name_is_that_company_s():
    found = figures(_TABLE, published=_APRIL, title="<QUENTAL SAVINGS BANK> 1ST QTR NET")
    net = found["2,100,000"]
    assert (net.identity.what, net.identity.of_what, net.identity.when) == (
        "net-profit",
        "quental savings bank",
        "2025-Q1",
    )
    ticker = figures(_TABLE, published=_APRIL, title="QUENTAL SAVINGS BANK <QSBK> 1ST QTR NET")
    assert ticker["2,100,000"].identity == net.identity


def test_a_bank_table_s_balance_lines_are_its_balances_at_the_period_end():
    found = figures(_TABLE, published=_APRIL, title="QUENTAL SAVINGS BANK <QSBK> 1ST QTR NET")
    for text, what in (("410.5 mln", "assets"), ("352.1 mln", "deposits"), ("298.7 mln", "loans")):
        identity = found[text].identity
        assert (identity.what, identity.when, identity.unit) == (what, "2025-Q1", "USD"), text
    assert found["410.5 mln"].value == 410_500_000.0


def test_a_year_ago_amount_above_a_label_line_is_money_not_a_count_of_the_label():
    found = figures(_TABLE, published=_APRIL, title="QUENTAL SAVINGS BANK <QSBK> 1ST QTR NET")
    [year_ago] = [f for text, f in found.items() if text.startswith("1,900,000")]
    assert (year_ago.role, year_ago.identity.unit, year_ago.identity.when) == (
        "previous",
        "USD",
        "2024-Q1",
    )
