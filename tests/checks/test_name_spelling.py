"""CC107: one proper name spelled two ways in an article."""

from __future__ import annotations

import random

import pytest

from claimcheck.checks.name_spelling import check_name_spellings


def _flagged(article, body):
    return [
        (f.text, f.evidence["other_spelling"]) for f in check_name_spellings(article(body).build())
    ]


def test_flags_the_rarer_spelling_of_a_surname(article):
    body = (
        "Polish Finance Minister Marta Kowalczyk presented the budget on Tuesday. "
        "Lawmakers questioned Kowalczyk for three hours. Opposition leaders said Kowalcyk "
        "had underestimated the deficit, but Kowalczyk stood by her numbers."
    )
    findings = list(check_name_spellings(article(body).build()))
    (finding,) = findings
    assert finding.rule == "CC107" and finding.severity == "warning"
    assert finding.text == "Kowalcyk"
    assert body[finding.start : finding.end] == "Kowalcyk"
    assert finding.evidence["other_spelling"] == "Kowalczyk"
    assert finding.evidence["other_count"] == 3


def test_flags_a_dropped_syllable_with_the_same_first_name(article):
    body = (
        "Chilean Interior Minister Tomas Valderrama met the protesters. "
        "Later Tomas Valdrama said the curfew would stay."
    )
    assert _flagged(article, body) == [("Valdrama", "Valderrama")]


def test_possessive_is_not_part_of_the_flagged_span(article):
    body = (
        "Engineer Priya Ramaswamy built the prototype. Ramaswamy said it worked. "
        "Colleagues praised Ramasamy's design."
    )
    assert _flagged(article, body) == [("Ramasamy", "Ramaswamy")]


def test_different_first_names_with_one_surname_are_different_people(article):
    body = (
        "Maria Castellano and her brother Mario Castellano run the bakery. "
        "Maria Castellano bakes and Mario Castellano sells. Maria said sales doubled."
    )
    assert _flagged(article, body) == []


def test_similar_surnames_with_different_first_names_are_different_people(article):
    body = (
        "Defender Lars Hansen scored twice. Goalkeeper Erik Hanson saved a penalty. "
        "Hansen said the team deserved the win."
    )
    assert _flagged(article, body) == []


def test_countries_and_other_real_look_alikes_are_not_flagged(article):
    body = (
        "Exports to Austria rose while shipments to Australia fell. Officials in Iran and "
        "Iraq met in Geneva. Troops from Niger and Nigeria patrolled the border with Sudan, "
        "and Slovakia joined Slovenia in the talks. Australia later matched Austria."
    )
    assert _flagged(article, body) == []


def test_inflections_and_common_words_are_not_flagged(article):
    body = (
        "The Russian delegation left Russia on Friday. The Smiths said Smith had left. "
        "Sign up here. Officials will sign the deal."
    )
    assert _flagged(article, body) == []


def test_sentence_initial_capitals_alone_do_not_make_a_name(article):
    body = "Tracing the cargo took weeks. Trading resumed later in the day."
    assert _flagged(article, body) == []


def test_single_short_names_in_a_tie_are_not_flagged(article):
    body = "Analyst Joe Baker said yes. Historian Ann Baler said no."
    assert _flagged(article, body) == []


def test_finds_one_slip_among_hundreds_of_names(article):
    generator = random.Random(7)
    consonants, vowels = "bcdfghklmnprstvz", "aeiou"
    surnames = sorted(
        {
            "".join(
                generator.choice(consonants) + generator.choice(vowels) for _ in range(5)
            ).capitalize()
            for _ in range(300)
        }
    )
    body = " ".join(f"Delegate {name} voted and {name} spoke." for name in surnames)
    body += " Delegate Ostrowski voted. Ostrowski spoke. Later Ostrwoski left."
    flagged = _flagged(article, body)
    assert ("Ostrwoski", "Ostrowski") in flagged


def test_a_letter_dropped_near_the_end_is_a_slip(article):
    body = (
        "Shares of Brennholt Holdings rose. Brennholt said demand was strong, and "
        "analysts expect Brennholt to raise its forecast. Critics said Brennhot overpaid."
    )
    assert _flagged(article, body) == [("Brennhot", "Brennholt")]


@pytest.mark.parametrize(
    "body",
    [
        # Inflections in other languages: two firms, not one misspelled.
        "Compagnia Navale bought a stake in Compagnie Navale. Compagnie Navale agreed and "
        "Compagnie Navale said the deal closes in May.",
        # English derivations and plurals.
        "The Agricultural Council met at the Agriculture Ministry. Agriculture officials "
        "said the Council would meet again.",
        "Voters in Texas backed the plan; Texans said Texas needed roads.",
        # The last letter of a short word.
        "Drilling on the Shelf slowed. Shell said Shell would cut rigs, and Shell shares fell.",
        # Two letters swapped for two others: another name, not a slip.
        "Lenders at Northbank balked. Northmark owns Northmark Trust and Northmark Capital.",
    ],
)
def test_other_words_that_look_alike_are_not_flagged(article, body):
    assert _flagged(article, body) == []


def test_a_look_alike_surname_opening_a_sentence_is_flagged(article):
    body = (
        "The clinic opened on Friday, said hospital manager Tomasz Wierzbicki. "
        "Wierzbiki said the county would pay for two nurses."
    )
    assert _flagged(article, body) == [("Wierzbiki", "Wierzbicki")]


def test_ordinary_words_opening_sentences_are_not_compared_with_surnames(article):
    body = (
        "Trading was slow, said broker Anna Tradin. Trading resumed later. "
        "Tracing the cargo took weeks."
    )
    assert _flagged(article, body) == []
