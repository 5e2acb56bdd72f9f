"""Names in a sentence: capitalized runs folded to keys, places told from other names."""

import pytest

from claimcheck.ledger.names import (
    is_country,
    is_place,
    is_specific,
    place_key,
    sentence_names,
    title_places,
)


def sentence_subjects(sentence, known):
    return {key for key, _, _ in sentence_names(sentence, known)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Commerce Department said on Monday it was ready.", {"commerce department"}),
        ("Standard Oil Co. and BP North America Inc agreed.", {"standard oil", "bp north america"}),
        ("In January the United States and Japanese officials met.", {"us", "japan"}),
        ("Profit was 5 mln Swiss francs at the Zurich plant.", {"zurich"}),
        ("In Tokyo, Bank of Japan officials said so.", {"tokyo", "bank of japan"}),
    ],
)
def test_sentence_subjects(sentence, expected):
    assert sentence_subjects(sentence, frozenset()) == expected


def test_a_lone_capitalized_opener_is_a_name_only_when_known_or_possessive():
    assert sentence_subjects("Exports rose in Ruritania.", frozenset()) == {"ruritania"}
    assert sentence_subjects("Acme rose.", frozenset({"acme"})) == {"acme"}
    assert sentence_subjects("Acme's profit rose.", frozenset()) == {"acme"}


def test_places_and_specific_names():
    assert is_place("japan") and is_place("us") and not is_place("acme widget")
    assert is_specific("acme widget")
    assert not is_specific("central bank") and not is_specific("japan")


def test_places_in_a_headline_of_any_case():
    assert title_places("U.S. FACTORY ORDERS ROSE IN FEBRUARY") == ["us"]
    assert title_places("Quake hits Japanese coast") == ["japan"]
    assert title_places("ACME WIDGET PROFIT UP") == []


@pytest.mark.parametrize(
    ("key", "broad"),
    [
        ("kenya", True),
        ("kenyan", True),
        ("south africa", True),
        ("united states", True),
        ("london", False),
        ("lwarai mandi", False),
        ("varnholt", False),
    ],
)
def test_a_country_or_its_adjective_is_too_broad_to_tell_incidents_apart(key, broad):
    assert is_country(key) is broad


def test_two_incidents_in_one_country_are_two_but_one_town_is_one():
    from datetime import date

    from claimcheck.ledger.events import Event, same_incident

    day = date(2025, 3, 4)

    def blast(*places):
        return Event("explosion", frozenset(places), day, day, True, frozenset(places))

    assert not same_incident(blast("kenya", "varnholt"), blast("kenya", "ostmark"))
    assert not same_incident(blast("south africa", "varnholt"), blast("south africa", "ostmark"))
    assert same_incident(blast("kenya", "varnholt"), blast("varnholt"))
    assert same_incident(blast("kenya"), blast("kenya", "varnholt"))


def test_a_people_s_adjective_shared_is_as_broad_as_its_country():
    from datetime import date

    from claimcheck.ledger.events import Event, same_incident

    day = date(2025, 3, 4)

    def raid(*places):
        return Event("attack", frozenset(places), day, day, True, frozenset(places))

    assert not same_incident(raid("kurdish", "iraq", "varnholt"), raid("kurdish", "ostmark"))
    assert not same_incident(raid("kurdish", "iraq"), raid("kurdish"))
    assert same_incident(raid("kurdish", "varnholt"), raid("varnholt"))


def test_a_ticker_in_a_headline_names_no_place():
    assert title_places("ACME CHEMICAL <UK> SAYS DEBT ROSE") == []
    assert title_places("UK SAYS DEBT ROSE") == ["uk"]


def test_a_province_named_with_a_nationality_is_not_that_nation():
    assert place_key("British Columbia") == "british columbia"
    assert place_key("British") == "uk"


def test_a_nation_s_adjective_before_one_word_and_a_legal_form_names_a_company():
    from claimcheck.ledger.names import normalize_name

    assert normalize_name(["British", "Petroleum", "Co"]) == ["british petroleum"]
    assert normalize_name(["Japanese", "Finance", "Ministry"]) == ["japan", "finance ministry"]
