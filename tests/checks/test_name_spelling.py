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


# ---- edits anywhere in the word ---------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "slip"),
    [
        # The first letter, after a full name.
        (
            "The fund is run by Halvard Pennington. Bennington said returns were modest.",
            "Bennington",
        ),
        # The last letter.
        ("The fund is run by Halvard Marchetti. Marchetta said returns were modest.", "Marchetta"),
        # A first name misspelled before its surname.
        (
            "Teodor Vasquel chairs the inquiry. Teodr Vasquel said hearings would be public.",
            "Teodr",
        ),
        # A firm introduced in full, then written alone.
        ("Shares in Trelawny Holdings rose. Analysts expect Trelawney to pay more.", "Trelawney"),
        # Two bare mentions, a letter dropped: with nothing else to go on, still a slip.
        (
            "Floodwater cut off Porthallow overnight. Residents of Porthalow were moved.",
            "Porthalow",
        ),
    ],
)
def test_slips_anywhere_in_the_word(article, body, slip):
    assert [text for text, _ in _flagged(article, body)] == [slip]


def test_the_finding_names_both_spellings_and_where_they_are(article):
    body = (
        "Mayor Odile Kettleborough opened the bridge.\nKettleborough said it cost less.\n"
        "Kettleborogh thanked the builders."
    )
    (finding,) = check_name_spellings(article(body).build(body_line=5))
    assert finding.severity == "warning" and finding.text == "Kettleborogh"
    assert finding.message == (
        "'Kettleborogh' is spelled two ways in the article: 'Kettleborogh' once (line 7) "
        "and 'Kettleborough' 2 times (line 5, line 6)"
    )
    # It does not say which is right.
    assert "right" not in finding.message and "should" not in finding.message
    spellings = finding.evidence["spellings"]
    assert [(s["spelling"], s["count"], s["where"]) for s in spellings] == [
        ("Kettleborogh", 1, ["line 7"]),
        ("Kettleborough", 2, ["line 5", "line 6"]),
    ]


def test_at_a_tie_the_later_spelling_is_pointed_at(article):
    body = "The deal was signed by Okafor. Later Okafar told reporters the price was fair."
    assert _flagged(article, body) == [("Okafar", "Okafor")]


def test_one_finding_per_slip_and_repeated_paragraphs_count_once(article):
    paragraph = "Key points: Gridwest says 12,000 homes are without power after the storm."
    body = "\n\n".join(
        [
            "The network operator Gridwset said crews were working through the night.",
            paragraph,
            "Gridwest said some homes could be without power until Friday.",
            paragraph,
            paragraph,
        ]
    )
    (finding,) = check_name_spellings(article(body).build())
    # Three copies of one paragraph count once: the spelling used once elsewhere is rarer.
    assert finding.text == "Gridwset"
    assert finding.evidence["other_count"] == 2


# ---- reproduced text is worth a look, not probably wrong ---------------------------------


@pytest.mark.parametrize(
    "variant_line",
    [
        '"We never heard from Hrynkevych," she said.',
        "> Water over the road at Marsh Lane, says Hrynkevych pic.twitter.com/abc123",
        "AFP reports: Interior minister Anatol Hrynkevych denied the claim.",
        "Image caption: Anatol Hrynkevych at the ministry",
    ],
)
def test_a_variant_only_in_quoted_or_embedded_text_is_info(article, variant_line):
    body = (
        "The interior minister, Anatol Hrynkevich, did not reply.\n\n"
        "Hrynkevich has held the post since 2021.\n\n"
        f"{variant_line}\n\n"
        "Hrynkevich is due to speak on Friday."
    )
    (finding,) = check_name_spellings(article(body).build())
    assert finding.text == "Hrynkevych" and finding.severity == "info"


def test_an_agency_sign_off_closing_the_copy_is_info(article):
    body = (
        "Halvard Rauber, the chairman, said the bid was too low. Rauber owns 12 pct of the "
        "shares. Rauber said he would vote against the offer. Rauter"
    )
    (finding,) = check_name_spellings(article(body).build())
    assert finding.text == "Rauter" and finding.severity == "info"


# ---- two names, not one spelled two ways -------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        # Initials tell two players apart; team sheets list many similar names.
        "Munster: F Sheahan, M Horan, D O'Callaghan, E Miller.\n\nLeinster: S Horgan, B "
        "O'Driscoll, G Murphy, D Hickie.",
        "Ireland: Sheahan, Horan, O'Callaghan, Miller, Easterby.\n\nHorgan was injured and "
        "Horgan's place went to a newcomer.",
        # A fixture.
        "Hartlepool v Boston\n\nBolton won again, and Bolton stay top.",
        # A first name and a surname one letter apart.
        "Talks were led by Jumardi Jukardi of the oil ministry. Jukardi said they went well.",
        # A name beside its translation.
        "The money goes to the Fondation pour l'Enfance (Foundation for Childhood), which "
        "runs shelters.",
        # A ground named after a place, and a player.
        "Upson scored twice. Upson's second came late, and the match at Upton Park ended 2-2.",
        # Two people in one sentence, one named with a title.
        "Donald Regan, President Reagan's former chief of staff, spoke. Regan said rates "
        "should fall. Regan warned of a recession.",
        # First names vary: a stage name and the usual spelling.
        "Singer Jenifer won two awards. Jennifer Lopez presented them.",
        # A capitalized word of the language.
        "Microsoft chief Bill Gates spoke. Games consoles sold well to gamers, Mr Gates said.",
        # Known look-alike places.
        "He took bronze in Greece behind Maurice Greene. Greene said he was tired. Greene left.",
        # Gendered first names of one family.
        "Maria Castellano and Mario Castellano run the bakery.",
    ],
)
def test_two_names_are_not_one_name_spelled_two_ways(article, body):
    assert _flagged(article, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A letter dropped from a five-letter name used twice, or given in full before.
        (
            "Prime Minister Tony Blair spoke on Monday. Mr Blair said the vote would come "
            "soon. Aides to Mr Blir declined to comment.",
            ["Blir"],
        ),
        (
            "The panel included Teodor Varga, a hydrologist. The report was signed by "
            "Hennessy, Halloran and Vaga.",
            ["Vaga"],
        ),
        # A four-letter name of its own beside a five-letter one used once: two names.
        ("The talks included Lucky Stores. Later Lucy Brennan spoke to the press.", []),
    ],
)
def test_a_letter_dropped_from_a_five_letter_name(article, body, flagged):
    assert [text for text, _other in _flagged(article, body)] == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A first letter changed in a name given in full, then written alone: either way
        # round, and with an initial standing for the first name.
        (
            "The appeal was lodged by Teodor Wasquel, a councillor. Vasquel wants a hearing, "
            "and Vasquel's lawyers are ready.",
            [("Wasquel", "Vasquel")],
        ),
        (
            "The survey was led by Halvard Okafor. A second paper by H. Ikafor is due.",
            [("Ikafor", "Okafor")],
        ),
        # A five-letter name given with a first name, then a title and the name.
        ("Halvard Varga runs the clinic. Dr Warga said demand had doubled.", [("Warga", "Varga")]),
        # A five-letter name after an initial only: a singer beside another one.
        ("Hits came from R Kelly and a choir. Later Nelly sang two songs.", []),
    ],
)
def test_a_first_letter_changed_in_a_name_introduced_in_full(article, body, flagged):
    assert _flagged(article, body) == flagged


# ---- kinds read on newswire: two names, shortened names, which spelling of a tie ---------


def test_a_shortened_name_in_a_table_of_figures_is_not_flagged(article):
    body = (
        "Grain prices at inland points rose this week, the dealers said.\n"
        "Prices were firm at Bramhall and at Tenterdon, where buying was steady.\n\n"
        "          WHEAT   CORN   OATS\n"
        "Bramhall   3.12   2.05   1.40\n"
        "Tentrdon   3.09   --     1.38\n"
    )
    assert _flagged(article, body) == []
    # The same shortening in running prose is flagged.
    prose = body.replace("Tentrdon   3.09   --     1.38", "Buyers in Tentrdon paid 3.09 dlrs.")
    assert _flagged(article, prose) == [("Tentrdon", "Tenterdon")]


def test_words_of_two_firms_names_one_letter_apart_are_not_one_name(article):
    body = (
        "The notes are guaranteed by Harlow Trust and Banking Co, the manager said. "
        "Meanwhile the bakery group Osterly Baking Co plans a placement of its own."
    )
    assert _flagged(article, body) == []
    # One firm's name with a letter dropped on second reference is a slip.
    body = (
        "Kestrel Financial Group named a new chairman. The former head will stay on "
        "the board of Kestrel\nFinancal Group, it said."
    )
    assert _flagged(article, body) == [("Financal", "Financial")]


def test_two_people_introduced_their_own_ways_and_named_again_are_not_flagged(article):
    body = (
        "President Morgan said he had not been told of the sale. "
        "His former aide Daniel Morgen said he had warned of it. "
        "Morgen said the sale was approved in March. "
        "Morgan told reporters he did not recall the meeting."
    )
    assert _flagged(article, body) == []


# ---- two introductions, a land and its word, designations, a name used before ------------


def _levels(article, body):
    return [
        (f.text, f.evidence["other_spelling"], f.severity)
        for f in check_name_spellings(article(body).build())
    ]


def test_a_title_first_then_a_first_name_is_two_people_worth_a_look(article):
    # One spelling brought in by a title and used on its own, the other arriving later
    # with a first name, once: more likely a second person than a slip.
    body = (
        "Governor Hardcastle vetoed the harbour bill on Friday. Hardcastle said the cost was "
        "too high, and Hardcastle's staff briefed reporters. The bill's sponsor, the former "
        "treasurer Wilfred Harcastle, called the veto short-sighted."
    )
    assert _levels(article, body) == [("Harcastle", "Hardcastle", "info")]


@pytest.mark.parametrize(
    "body",
    [
        # The title on both spellings: one person, the surname slipped.
        "Governor Hardcastle vetoed the harbour bill. Hardcastle said the cost was too high. "
        "Later Governor Harcastle told the assembly he would not back down.",
        # A first name first, the slip later after a title: the usual second reference.
        "Wilfred Hardcastle chairs the harbour board. Hardcastle said the cost was too high. "
        "Mr Harcastle later told the assembly he would not back down.",
    ],
)
def test_a_slip_after_a_title_stays_a_warning(article, body):
    assert _levels(article, body) == [("Harcastle", "Hardcastle", "warning")]


def test_a_land_and_a_word_made_from_it_are_two_words(article):
    body = (
        "Exports from Saudi Arabia rose in the spring, officials said. The minister told "
        "an Arabic daily that output would hold, and Saudi Arabia would keep its quota."
    )
    assert _flagged(article, body) == []
    # The land's name itself misspelled is still a slip.
    slipped = body.replace("and Saudi Arabia would", "and Saudi Arabai would")
    assert _flagged(article, slipped) == [("Arabai", "Arabia")]


def test_a_name_joined_to_a_number_is_a_designation(article):
    body = (
        "Gunboats attacked the terminal at Ostrova island overnight, the agency said. "
        "The tanker Ostrava-4 was hit south of Ostrova, and fires burned at Ostrova "
        "until dawn."
    )
    assert _flagged(article, body) == []
    # Without the number the vessel's name is compared like any.
    prose = body.replace("Ostrava-4", "Ostrava")
    assert _flagged(article, prose) == [("Ostrava", "Ostrova")]


def test_a_name_in_use_before_an_introduction_is_no_second_reference(article):
    # "Tarsk" is the firm's name throughout; "Tarsa" arrives later as a word of a place's
    # name ("the Northgate Tarsa"): no second reference of either, and two short words
    # that differ in their last letter are two words.
    body = (
        "Tarsk Holdings said profit fell by a fifth. Tarsk blamed refinery costs and the "
        "burden of the Northgate Tarsa gas project, and Tarsk said it would cut jobs."
    )
    assert _flagged(article, body) == []
    # A firm introduced in full and then misspelled alone after it is still a slip.
    slipped = (
        "Tarsk Holdings said profit fell by a fifth. Analysts said Tarsa had "
        "underestimated refinery costs."
    )
    assert _flagged(article, slipped) == [("Tarsa", "Tarsk")]


def test_a_variant_near_two_spellings_pairs_with_the_one_used_alike(article):
    # "Brennick" is one letter from the firm's "Brannick" (more frequent, always inside
    # the firm's name) and from the chairman's "Brennock" (standing alone, like it).
    body = (
        "Brannick Holdings said on Monday it would close two of its depots. The chairman of "
        "Brannick Holdings, Ada Brennock, said the cuts were overdue.\n"
        "Analysts said Brennick had little choice after a weak winter. Brannick Holdings "
        "shares fell 3 pct. Brennock is due to meet the unions on Friday."
    )
    assert _flagged(article, body) == [("Brennick", "Brennock")]


def test_a_variant_near_a_firm_word_and_a_people_word_pairs_with_the_people_word(article):
    # "Chilen" stands alone as "Chilean" does; the group's "Chilan" is a word of its name.
    body = (
        "Grupo Chilan de Inversiones said on Tuesday it had agreed to buy a port operator.\n"
        "The sale still needs the approval of the Chilen competition authority, the buyer "
        "said.\nUnder Chilean rules the review may take 60 days. Grupo Chilan de Inversiones "
        "did not name its advisers."
    )
    assert _flagged(article, body) == [("Chilen", "Chilean")]


def test_a_known_people_word_at_a_tie_is_not_the_slip(article):
    body = (
        "Exporters said shipments to Norway rose in March.\n"
        "The Norwegan buyers asked for longer credit, traders said.\n"
        "A Norwegian fund was also in talks, they added."
    )
    assert _flagged(article, body) == [("Norwegan", "Norwegian")]


def test_a_known_place_and_a_look_alike_each_written_twice_are_two_names(article):
    body = (
        "The hosts, Bolton, won a friendly on Saturday.\n"
        "The visitors had flown in from Boston on Thursday, their coach said.\n"
        "Fans said Bolton looked sharper after the break.\n"
        "The squad returns to Boston on Monday."
    )
    assert _flagged(article, body) == []
