from datetime import UTC, datetime

import pytest

from claimcheck.checks.registry import ArticleContext
from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.ledger import open_ledger
from claimcheck.ledger.priors import CONTRADICTION_CODE, UPDATE_CODE, PriorCheck, subjects_match
from claimcheck.records import Article


def article(article_id, day, body, source="Wire"):
    return Article(
        id=article_id,
        body=body,
        source=source,
        published=datetime(1987, 3, day, 12, tzinfo=UTC),
    )


@pytest.fixture
def ledger(tmp_path):
    with open_ledger(tmp_path / "ledger.sqlite") as opened:
        yield opened


def check_then_record(ledger, item):
    """What `claimcheck run` does per article: compare with the ledger, then record."""
    sentences = split_sentences(item.body)
    claims = tuple(extract_claims(item, sentences))
    findings = PriorCheck(ledger).check(ArticleContext(item, claims, tuple(sentences)))
    ledger.record([(item, "key", claims)])
    return findings


def test_contradicting_figure_is_reported_with_the_prior_article_as_evidence(ledger):
    first = article(
        "a1", 10, "Ruritania's 1986 trade deficit was 4.2 billion dlrs, officials said."
    )
    second = article("a2", 12, "Ruritania's 1986 trade deficit was 5.6 billion dlrs.", "Gazette")
    assert check_then_record(ledger, first) == []
    [finding] = check_then_record(ledger, second)
    assert finding.rule == CONTRADICTION_CODE and finding.severity == "warning"
    assert finding.text == "5.6 billion dlrs"
    evidence = finding.evidence
    assert evidence["prior_article_id"] == "a1"
    assert evidence["prior_source"] == "Wire"
    assert evidence["prior_published"].startswith("1987-03-10")
    assert evidence["prior_sentence"] == first.body
    assert evidence["period"] == "1986"
    assert "a1" in finding.message and "4.2 billion dlrs" in finding.message


def test_same_figure_rounded_or_in_another_scale_is_agreement(ledger):
    check_then_record(
        ledger, article("a1", 10, "Ruritania's 1986 trade deficit was 169.8 billion dlrs.")
    )
    rounded = article("a2", 11, "Ruritania's 1986 trade deficit was 170 billion dlrs.")
    rescaled = article("a3", 12, "Ruritania's 1986 trade deficit was 169,800 mln dlrs.")
    assert check_then_record(ledger, rounded) == []
    assert check_then_record(ledger, rescaled) == []


def test_same_length_in_another_unit_is_agreement_and_a_different_one_is_not(ledger):
    check_then_record(ledger, article("a1", 10, "The Zenda Bridge is 1,200 metres long."))
    assert check_then_record(ledger, article("a2", 11, "The Zenda Bridge is 1.2 km long.")) == []
    [finding] = check_then_record(
        ledger, article("a3", 12, "The Zenda Bridge is 1,500 metres long.")
    )
    assert finding.rule == CONTRADICTION_CODE


def test_a_changing_count_is_an_update(ledger):
    check_then_record(
        ledger,
        article("a1", 10, "Officials in Ruritania said 12,000 refugees had crossed the border."),
    )
    later = article("a2", 14, "Officials in Ruritania said 15,000 refugees had crossed the border.")
    [finding] = check_then_record(ledger, later)
    assert finding.rule == UPDATE_CODE and finding.severity == "info"


def test_a_rule_set_can_declare_a_measure_as_changing(ledger):
    check_then_record(ledger, article("a1", 10, "Acme Widget Corp's 1986 dividend was 40 cts."))
    later = article("a2", 11, "Acme Widget Corp's 1986 dividend was 45 cts.")
    sentences = split_sentences(later.body)
    context = ArticleContext(later, tuple(extract_claims(later, sentences)), tuple(sentences))
    [fixed] = PriorCheck(ledger).check(context)
    [declared] = PriorCheck(ledger, changing_measures=frozenset({"dividend"})).check(context)
    assert (fixed.rule, declared.rule) == (CONTRADICTION_CODE, UPDATE_CODE)


def test_a_figure_stated_as_revised_is_an_update(ledger):
    check_then_record(
        ledger, article("a1", 10, "Ruritania's 1986 trade deficit was 4.2 billion dlrs.")
    )
    revised = article("a2", 20, "Ruritania's 1986 trade deficit was revised to 4.5 billion dlrs.")
    [finding] = check_then_record(ledger, revised)
    assert finding.rule == UPDATE_CODE and finding.evidence["revision_stated"]


def test_a_revision_quoting_the_earlier_figure_is_not_a_discrepancy(ledger):
    check_then_record(
        ledger, article("a1", 10, "Ruritania's 1986 trade deficit was 4.2 billion dlrs.")
    )
    revised = article(
        "a2",
        20,
        "Ruritania's 1986 trade deficit was 4.5 billion dlrs. "
        "The figure was earlier put at 4.2 billion dlrs.",
    )
    assert check_then_record(ledger, revised) == []


def test_same_company_and_period_but_another_metric_is_no_match(ledger):
    check_then_record(
        ledger, article("a1", 10, "Acme Widget Corp's 1986 net profit was 50 mln dlrs.")
    )
    sale = article("a2", 11, "Acme Widget Corp's 1986 revenues were 60 mln dlrs.")
    assert check_then_record(ledger, sale) == []


def test_share_counts_of_different_deals_are_no_match(ledger):
    check_then_record(
        ledger, article("a1", 10, "Acme Widget Corp bought 2 mln shares of Beta in 1986.")
    )
    other = article("a2", 11, "Acme Widget Corp sold 3 mln shares of Gamma in 1986.")
    assert check_then_record(ledger, other) == []


def test_a_surplus_with_one_country_is_not_the_whole_surplus(ledger):
    check_then_record(
        ledger, article("a1", 10, "Ruritania's 1986 trade surplus was 9 billion dlrs.")
    )
    partial = article("a2", 11, "Ruritania's 1986 trade surplus with Japan was 2 billion dlrs.")
    assert check_then_record(ledger, partial) == []


def test_other_periods_and_other_owners_are_no_match(ledger):
    check_then_record(
        ledger, article("a1", 10, "Ruritania's 1986 trade deficit was 4.2 billion dlrs.")
    )
    assert (
        check_then_record(
            ledger, article("a2", 11, "Ruritania's 1985 trade deficit was 3.1 billion dlrs.")
        )
        == []
    )
    assert (
        check_then_record(
            ledger, article("a3", 12, "Freedonia's 1986 trade deficit was 7.7 billion dlrs.")
        )
        == []
    )


def test_never_compared_with_its_own_earlier_version(ledger):
    check_then_record(
        ledger, article("a1", 10, "Ruritania's 1986 trade deficit was 4.2 billion dlrs.")
    )
    corrected = article("a1", 10, "Ruritania's 1986 trade deficit was 4.3 billion dlrs.")
    assert check_then_record(ledger, corrected) == []
    assert ledger.stats()["articles"] == 1


def test_later_articles_are_not_priors(ledger):
    check_then_record(
        ledger, article("late", 20, "Ruritania's 1986 trade deficit was 4.2 billion dlrs.")
    )
    early = article("early", 10, "Ruritania's 1986 trade deficit was 5.6 billion dlrs.")
    assert check_then_record(ledger, early) == []


def test_subjects_match_needs_same_places_and_a_shared_name():
    assert subjects_match(frozenset({"us"}), frozenset({"us"}))
    assert not subjects_match(frozenset({"us", "with:japan"}), frozenset({"us"}))
    assert not subjects_match(frozenset({"ford", "us"}), frozenset({"general motors", "us"}))
    assert subjects_match(frozenset({"acme widget"}), frozenset({"acme widget", "us"})) is False
    assert subjects_match(frozenset({"acme widget", "reuters poll"}), frozenset({"acme widget"}))
