"""One subject named once in full and once shorter ("Thomas Orwin" and "Orwin", "Halden
Marine" and "Halden Marine Systems", an offer with its bidder and without): the ledger finds
the figure under either name, and the two may agree but never dispute each other (another
company or a unit may share the words). Sentences are our own."""

from identity_helpers import links_of, ordered_results, wire_article

from claimcheck.ledger.store import same_named_subject, subject_name_keys


def test_a_name_with_words_before_or_after_it_may_be_the_same_subject():
    assert same_named_subject("orwin", "thomas orwin")
    assert same_named_subject("thomas orwin", "orwin")
    assert same_named_subject("halden marine", "halden marine systems")
    assert same_named_subject("kessel mills", "kessel mills by orwin")


def test_two_names_sharing_words_without_one_holding_the_other_are_two_subjects():
    assert not same_named_subject("halden marine systems", "halden marine leasing")
    assert not same_named_subject("kessel mills by orwin", "kessel mills by tarrant")
    assert not same_named_subject("orwin by kessel", "kessel by orwin")


def test_a_place_added_to_a_name_makes_another_subject():
    # A company's arm in a country reports its own figures.
    assert not same_named_subject("halden marine", "halden marine france")
    assert not same_named_subject("halden marine", "france halden marine")


def test_the_shorter_forms_of_a_name_are_its_keys_but_never_a_place():
    keys = subject_name_keys("thomas orwin by kessel")
    assert "thomas orwin" in keys and "orwin" in keys
    assert "france" not in subject_name_keys("halden marine france")
    assert subject_name_keys("pipeline@ruritania") == ()


def _long_then_short_name(later_profit: str):
    first = wire_article(
        "long",
        4,
        "Thomas Orwin Ltd said its net profit rose to 61.4 mln dlrs in the nine months "
        "ended January 31, 2025.",
    )
    second = wire_article(
        "short",
        9,
        f"Orwin's net profit rose to {later_profit} in the nine months ended January 31, 2025.",
    )
    return ordered_results(first, second)


def test_a_results_figure_restated_under_the_shorter_name_is_linked_same():
    results = _long_then_short_name("61.4 mln dlrs")
    assert ("61.4 mln dlrs", "long", "same") in links_of(results, "short")


def test_a_results_figure_given_otherwise_under_the_shorter_name_is_no_finding():
    # "Orwin" may be another company: a difference under a name written otherwise is silent.
    results = _long_then_short_name("64.9 mln dlrs")
    assert results["short"].findings == []
    assert links_of(results, "short") == []


def test_the_subject_as_written_is_preferred_to_a_name_written_otherwise():
    first = wire_article(
        "both",
        4,
        "Thomas Orwin Ltd said its net profit rose to 61.4 mln dlrs in the nine months "
        "ended January 31, 2025. Orwin Ltd said its net profit rose to 20.2 mln dlrs in the "
        "nine months ended January 31, 2025.",
    )
    second = wire_article(
        "again",
        9,
        "Orwin's net profit rose to 61.4 mln dlrs in the nine months ended January 31, 2025.",
    )
    links = links_of(ordered_results(first, second), "again")
    # Its own subject's figure in the earlier article differs: no agreement through the
    # longer name hides that.
    assert ("61.4 mln dlrs", "both", "same") not in links
    assert ("61.4 mln dlrs", "both", "contradiction") in links


def test_an_offer_named_with_its_bidder_once_agrees_but_never_disputes():
    first = wire_article(
        "bid",
        4,
        "Tarrant Group offered 31 dlrs a share for Kessel Mills Inc, which called it too low.",
    )
    agrees = wire_article("again", 9, "The offer for Kessel Mills Inc is 31 dlrs a share.")
    results = ordered_results(first, agrees)
    assert ("31 dlrs a share", "bid", "same") in links_of(results, "again")
    differs = wire_article("other", 9, "The offer for Kessel Mills Inc is 34 dlrs a share.")
    results = ordered_results(first, differs)
    assert links_of(results, "other") == []
    assert results["other"].findings == []


def test_a_name_of_trade_words_and_places_alone_is_no_shorter_form():
    # Many businesses share "savings and loan association of ohio" or "oil".
    assert subject_name_keys("oil") == ()
    assert "savings and loan association of ohio" not in subject_name_keys(
        "marine savings and loan association of ohio"
    )
    assert not same_named_subject(
        "savings and loan association of ohio",
        "marine savings and loan association of ohio",
    )
