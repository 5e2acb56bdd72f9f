"""CC106: one group's size given as two different figures."""

from __future__ import annotations

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.groups import Group, same_group


def _flagged(from_text, body: str) -> list[str]:
    return [finding.text for finding in check_figures_stated_two_ways(from_text(body))]


def test_flags_a_crew_given_two_sizes(from_text):
    body = "The cargo ship sailed with a crew of 14. Coast guards lifted all 17 crew members off."
    (finding,) = check_figures_stated_two_ways(from_text(body))
    assert finding.rule == "CC106" and finding.severity == "warning"
    assert finding.text == "17 crew members"
    assert finding.evidence["other"]["text"] == "14"
    assert finding.evidence["values"] == [14, 17]
    assert finding.evidence["group"]["collective"] == "crew"
    # The message says where the other figure is.
    assert "'14' in line 1" in finding.message


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A compound, then members of the same group.
        (
            "The 12-member survey team reached the ridge. All 15 members of the survey team "
            "were flown out.",
            "15 members",
        ),
        # An apposition, then the same people with their owner after the noun.
        (
            "The expedition's porters, 11 in all, set off at dawn. Food for the 14 porters on "
            "the expedition was dropped by air.",
            "14 porters",
        ),
        # Possessives.
        (
            "The trawler's six deckhands were winched up. Families of the trawler's nine "
            "deckhands waited at the quay.",
            "nine deckhands",
        ),
        # A group of N, then all of them.
        (
            "A team of 8 auditors arrived on Monday. All 11 auditors will report in June.",
            "11 auditors",
        ),
        # A group of N members named by its size, then its members in it.
        (
            "A 16-strong delegation of mayors will visit the capital. The 19 mayors in the "
            "delegation meet the minister.",
            "19 mayors",
        ),
        # "which has N", then a possessive.
        (
            "The abbey, which has 20 nuns, stands above the town. The abbey's 26 nuns keep bees.",
            "26 nuns",
        ),
        # Members making up a body, then a compound naming the body.
        (
            "Five judges make up the tribunal. The seven-judge tribunal rules in May.",
            "seven-judge tribunal",
        ),
    ],
)
def test_one_group_in_any_grammatical_form(from_text, body, flagged):
    assert _flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A verb or an apposition giving the group's size.
        (
            "The committee has 9 members. The 11-member committee will report in May.",
            "11-member committee",
        ),
        (
            "The delegation numbers 30. The 35-strong delegation meets the minister today.",
            "35-strong delegation",
        ),
        (
            "The council, with 12 members, voted. All 15 council members then left.",
            "15 council members",
        ),
        (
            "The expedition, made up of 12 climbers, left. Food for the 15 climbers was dropped.",
            "15 climbers",
        ),
        # A place and the people in it.
        (
            "There are 40 nurses on the ward. The ward's 45 nurses have asked for more pay.",
            "45 nurses",
        ),
        (
            "Fourteen sailors were aboard the yacht. The yacht's 17 sailors were rescued.",
            "17 sailors",
        ),
        # Every one of those aboard.
        (
            "The yacht sank with 12 sailors aboard. A lifeboat reached it at dawn. All 15 "
            "sailors were rescued.",
            "15 sailors",
        ),
        # Those sharing the words that set them apart.
        (
            "Rescuers reached the 12 miners trapped in the pit. The 15 trapped miners were "
            "brought up at dawn.",
            "15 trapped miners",
        ),
        # A group's word as the counted noun.
        ("The ship sails with a crew of 14. Its 17 crew were taken off by helicopter.", "17 crew"),
        # One thing's measure.
        ("The bridge is 412 metres long. The 450-metre bridge opened in May.", "450-metre bridge"),
    ],
)
def test_more_ways_of_stating_a_size(from_text, body, flagged):
    assert _flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    "body",
    [
        "The cargo ship sailed with a crew of 14. Coast guards lifted all 14 crew members off.",
        # Two different crews: different owners.
        "The ferry's crew of 14 waited. The tug's crew of 5 helped tow it.",
        "The tug's six-member crew towed the ship. All 21 crew members of the ship were safe.",
        # Two groups set apart by their words.
        "The 12-member survey team left. The 9-member rescue team stayed behind.",
        "The 12 miners killed in the blast were named. The 30 miners injured in it are well.",
        # A size that changes within the story.
        "The board of 9 met in March. It was expanded from 9 to 11 members in May, "
        "and the board of 11 met in June.",
        "A crew of 9 was stuck on the dredger. Two more sailors joined, and all 11 crew left.",
        # Generic counts are not group sizes.
        "Some 14 people boarded. Later 17 people were rescued.",
        "The 14 people on the bus were hurt. The 20 people on the train were not.",
        # Counts of something other than members, and names.
        "She is a two-time champion. The four-time champion is her rival.",
        "Wales lost all five matches in the Six Nations.",
        # "a fleet of 154" later on introduces another fleet.
        "The airline has a fleet of 120 jets. A rival has a fleet of 154 jets.",
        # Two sizes set against each other in one sentence.
        "There are 9 shares outstanding this year, up from the 8 shares in 1986.",
        # Counts that are not all of a group.
        "Police held 12 protesters. All 15 protesters on the list were later charged.",
        "Wales lost all five matches. They have lost nine of their 14 matches since.",
        # A round figure for a precise one, and two measures of one thing.
        "The bridge is 412 metres long. The 400-metre bridge opened in May.",
        "The bridge is 412 metres long. The bridge is 30 metres wide.",
    ],
)
def test_consistent_or_different_groups_are_not_flagged(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Quantified noun phrases: each of, every one of, all of, a possessive after "of".
        (
            "The lifeboat reached the yacht and its 9 sailors at noon. All 12 sailors were "
            "checked by a doctor.",
            "12 sailors",
        ),
        (
            "The orchestra numbers 80 musicians. Each of the orchestra's 95 musicians was "
            "given a medal.",
            "95 musicians",
        ),
        (
            "Rescuers brought out the 33 miners after two weeks. Each of the 29 miners was "
            "taken to hospital.",
            "29 miners",
        ),
        (
            "Every one of the 18 volunteers had signed up in March. The 22 volunteers planted "
            "trees along the river.",
            "22 volunteers",
        ),
        (
            "Nine firefighters fought the blaze. All of the 12 firefighters were praised.",
            "12 firefighters",
        ),
        (
            "The yacht had a crew of 14. All 17 members of the yacht's crew were safe.",
            "17 members",
        ),
        # A linking verb before the size cue, and more verbs giving a size.
        (
            "The expedition was made up of 11 climbers. All 14 climbers reached the summit.",
            "14 climbers",
        ),
        (
            "The delegation counted 30 farmers. The delegation's 36 farmers met the minister.",
            "36 farmers",
        ),
        (
            "The union represents 4,000 nurses. The union's 4,600 nurses will strike.",
            "4,600 nurses",
        ),
        ("The monastery is home to 20 monks. The monastery's 26 monks keep bees.", "26 monks"),
        ("Sixty engineers work for the firm. The firm's 75 engineers will move.", "75 engineers"),
        # The place a group is in opening the sentence.
        (
            "On board the ferry were 120 passengers. The 140 passengers on the ferry were "
            "evacuated.",
            "140 passengers",
        ),
        # A member named by a word made from the group word.
        ("The jury of twelve retired on Tuesday. The 14 jurors returned a verdict.", "14 jurors"),
        # A plain present verb ends the owner's phrase.
        (
            "The school's 12 teachers went on strike. All 15 teachers at the school want more pay.",
            "15 teachers",
        ),
    ],
)
def test_quantified_and_linked_sizes(from_text, body, flagged):
    assert _flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A size as a predicate, and an apposition counting every member.
        ("The crew was 14 strong. All 17 crew members were rescued.", "17 crew members"),
        ("The crew of 14 waited below. The crew, all 17 of them, were rescued.", "17"),
        # Every one aboard the place named before; people on board a named place.
        (
            "Fourteen people were aboard the yacht. All 17 people aboard were rescued.",
            "17 people",
        ),
        (
            "The yacht had 14 people on board. All 17 people on board the yacht were rescued.",
            "17 people",
        ),
    ],
)
def test_sizes_as_predicates_and_places(from_text, body, flagged):
    assert _flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A compound whose group word is followed by a verb of the past.
        ("A twelve-person jury heard the case. The jury's 14 members deliberated.", "14 members"),
        # The group's members named before an apposition.
        ("The 40-strong choir sang. Members of the choir, 46 in all, wore white.", "46"),
        # A group word with a modifier before "of".
        (
            "The 11 players in the starting line-up were named. The starting line-up of 13 "
            "players was announced.",
            "13 players",
        ),
        # The group word of one figure is the owner of the other.
        ("The squad of 23 players trained. The squad's 26 players will fly home.", "26 players"),
        # "each" before the rest of the clause shares out among the group itself: still 95.
        ("The orchestra's 80 musicians toured. The 95 musicians each got a medal.", "95 musicians"),
        ("The orchestra's 80 musicians toured. The 95 musicians were each paid.", "95 musicians"),
    ],
)
def test_group_words_read_in_more_ways(from_text, body, flagged):
    assert _flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    "body",
    [
        # Different places set two groups apart.
        "The firm employs 60 engineers in Leeds. Its 75 engineers in Bristol work shifts.",
        "All 40 workers at the plant were sent home. The 52 workers at the depot will be paid.",
        "The board has eleven directors. The committee's 14 directors meet monthly.",
        # "since": a count that grew.
        "Wales lost all five matches. They have lost nine of their 14 matches since.",
        # Distances written with a glued "m" are no group sizes.
        "He won with a season's best of 7.95m. He was fourth in the 200m.",
        # An owner introduced anew, and a group word set apart by its words.
        "The airline operates a fleet of 40 jets. A rival's 52 jets are grounded.",
        "The firm said 15 games will be ready at launch. The 15 games are cheap. "
        "The old console's back catalogue of 700 games also runs on it.",
        # Every one aboard another place.
        "Fourteen people were aboard the yacht. All 17 people aboard the ferry were rescued.",
        # A rate: "each" closing its clause shares the figure out over other things.
        "The orchestra's 80 musicians toured. The coaches carried 25 musicians each.",
        "The orchestra's 80 musicians toured. Hotels took 25 musicians per night.",
    ],
)
def test_linked_but_different_groups_are_not_flagged(from_text, body):
    assert _flagged(from_text, body) == []


def test_a_bare_later_does_not_excuse_a_second_size(from_text):
    body = (
        "A crew of 9 was stuck on the dredger. The port later said all 11 crew members "
        "had reached the quay."
    )
    assert _flagged(from_text, body) == ["11 crew members"]


def test_three_sizes_are_a_story_of_a_changing_group(from_text):
    body = (
        "The council of 9 met in March. The council of 11 met in June. "
        "The council of 13 met in July."
    )
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        (Group("climber", owner="expedition"), Group("climber", owner="expedition"), True),
        (Group("member", collective="team"), Group("member", collective="team"), True),
        (Group("farmer", owner="delegation"), Group("member", collective="delegation"), True),
        (Group("inspector", collective="team"), Group("inspector"), True),
        # Different owners, group words or modifiers: different groups.
        (Group("member", "crew", "tug"), Group("member", "crew", "ship"), False),
        (
            Group("member", "team", "", frozenset({"rescue"})),
            Group("member", "team", "", frozenset({"survey"})),
            False,
        ),
        # A general noun with nothing to tie the two figures together.
        (Group("person"), Group("person", owner="bus"), False),
        (Group("inspector"), Group("inspector"), False),
    ],
)
def test_same_group(first, second, same):
    assert same_group(first, second) is same
    assert same_group(second, first) is same


def test_numbers_in_hyphenated_words(from_text):
    body = "The club's twenty-two players trained. The club's twenty-five players then left."
    assert _flagged(from_text, body) == ["twenty-five players"]
    body = "The thirty-five-member council met. The 40-member council voted."
    assert _flagged(from_text, body) == ["40-member council"]
    # "30-odd" is no size to compare.
    assert _flagged(from_text, "The club's 30-odd members met. All 40 club members left.") == []


_BETWEEN = " The shares of the shipping firm fell after the news. "


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A plain count, then the same group referred back to with "the".
        (
            "Police arrested 31 protesters outside the embassy." + _BETWEEN + "The 36 "
            "protesters were released on bail.",
            "36 protesters",
        ),
        ("Rescuers freed 23 miners." + _BETWEEN + "The 27 trapped miners rested.", "27 trapped"),
        # A size verb before "of" is no group word; the size stated with "who number".
        (
            "The panel consists of seven judges." + _BETWEEN + "The nine judges will rule soon.",
            "nine judges",
        ),
        # "in number"; an apposition between dashes.
        ("The hostages, 18 in number, were freed." + _BETWEEN + "The 21 hostages flew home.", "21"),
        # A member noun sharing the group word's stem.
        (
            "The delegation, numbering 23, arrived on Monday." + _BETWEEN + "The 27 delegates "
            "met the president.",
            "27 delegates",
        ),
        # A general noun tied by an owner, referred back to with "the".
        (
            "The plant employs 143 workers." + _BETWEEN + "The 168 workers walked out.",
            "168 workers",
        ),
        # "the group, all N of them"; "all N of its" (the counted noun after "of").
        (
            "Twelve hostages were freed." + _BETWEEN + "The hostages, all 15 of them, flew home.",
            "15",
        ),
        ("The airline has 42 jets." + _BETWEEN + "All 48 of its jets are grounded.", "48"),
        # The place of the members named by the other's group word.
        (
            "The museum's collection of 412 paintings is on show." + _BETWEEN + "All 450 "
            "paintings in the collection were insured.",
            "450 paintings",
        ),
        # A count of every member that says less than the plain count before it.
        (
            "Police detained 12 sailors from the vessel." + _BETWEEN + "All 15 sailors were "
            "later released.",
            "15 sailors",
        ),
        # The owner inside the subject of a size verb; a capitalised modifier, not a name.
        (
            "The airline's fleet numbers 42 jets." + _BETWEEN + "The airline's 48 jets are idle.",
            "48 jets",
        ),
        (
            "Twelve Greenpeace activists boarded the rig." + _BETWEEN + "All fifteen "
            "activists were arrested.",
            "fifteen activists",
        ),
        ("The ship, whose crew numbers 12, sank." + _BETWEEN + "The 15 crew members swam.", "15"),
        # "All N" opening the sentence after the group is named.
        ("A total of 31 protesters were held. All 36 were released on bail.", "36"),
        # "its"/"their" in the sentence after the group is named.
        ("The jury, which has 12 members, retired. Its 14 members returned a verdict.", "14"),
    ],
)
def test_more_forms_of_one_group_stated_twice(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    "body",
    [
        # A crowd and the few arrested from it: a "the" far from the plain count.
        "Police arrested 31 protesters." + _BETWEEN + "The 500 protesters had marched all day.",
        # "the" over a general noun with nothing naming whose they are.
        "About 140 workers walked out." + _BETWEEN + "The 165 workers at the depot stayed.",
        # "All N" with no group named in the sentence before.
        "The talks ended on Monday. All 36 were released on bail.",
        # "its" far from the group it may point at.
        "The jury, which has 12 members, retired." + _BETWEEN + "Its 14 members met.",
    ],
)
def test_references_back_that_do_not_tie_two_sizes(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The bridge is 412 metres long." + _BETWEEN + "The 475-metre bridge opened in 1998.", "4"),
        ("The 475-metre bridge opened in 1998. It is 412 metres long.", "412"),
        (
            "The bridge, which is 412 metres long, opened in 1998." + _BETWEEN + "The "
            "475-metre bridge carries four lanes.",
            "475",
        ),
        ("The wall stretches 38 km." + _BETWEEN + "The 44-km wall was torn down in 1990.", "44"),
        ("The dam has a height of 142 metres." + _BETWEEN + "The 163-metre dam is safe.", "163"),
        ("The 9.6-km tunnel opens soon." + _BETWEEN + "At 8.3 km long, the tunnel is dug.", "8.3"),
        ("The new tunnel is 8.3 km long." + _BETWEEN + "The 9.6-km tunnel opens soon.", "9.6"),
        ("The ship weighs 42,000 tonnes." + _BETWEEN + "The 48,000-tonne ship sails.", "48,000"),
    ],
)
def test_one_things_measure_in_more_forms(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    "body",
    [
        # A measure changed: the old length and the new.
        "The runway was extended to 3,240 metres." + _BETWEEN + "The 2,870-metre runway closed.",
        # "It" in a sentence that does not follow the measured thing.
        "The 475-metre bridge opened in 1998." + _BETWEEN + "It is 412 metres long.",
    ],
)
def test_measures_that_may_differ(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Words of another group or a change only count in the figure's own noun phrase.
        (
            "The yacht's 12 sailors were picked up by another vessel." + _BETWEEN + "All 15 "
            "sailors were taken to hospital.",
            True,
        ),
        (
            "The yacht's 12 sailors have been missing since Monday." + _BETWEEN + "All 15 "
            "sailors were later found.",
            True,
        ),
        ("Another 12 sailors were found." + _BETWEEN + "All 15 sailors were released.", False),
        ("The yacht's 12 new sailors sang." + _BETWEEN + "All 15 sailors were released.", False),
        # A group picked out by the phrase after its noun is not the one named before.
        (
            "Twelve films compete in one category." + _BETWEEN + "The 16 films competing in "
            "the other category are longer.",
            False,
        ),
        # Sizes far apart with nothing counting every member: two groups.
        ("The speed of the two lifts is a record." + _BETWEEN + "The tower has 61 lifts.", False),
    ],
)
def test_change_words_near_the_figure(from_text, body, flagged):
    assert bool(_flagged(from_text, body)) is flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A group of members before a size verb, then the members of the group.
        (
            "A flotilla of barges, numbering 14, blocked the canal. The 19 barges of the "
            "flotilla left at noon.",
            "19 barges",
        ),
        # "has a staff of N": the subject's staff; a word after "of them" describes some.
        (
            "The consulate has a staff of 22, most of them hired locally. The consulate's 28 "
            "staff were moved to a hotel.",
            "28 staff",
        ),
        # A size in an aside after a dash, and a size as "N of them".
        ("The squad – 21 players in all – flew home. The 25-man squad meets in May.", "25-man"),
        ("Rescuers found the group of 9 walkers. The walkers, 12 of them, were cold.", "12"),
        # Members named by a word of their own ("workers" of a workforce).
        ("The mill's workforce numbers 40. The mill's 52 workers met on Friday.", "52 workers"),
        # More size verbs and forms.
        ("The school's roll stands at 412 pupils. The 480 pupils at the school will move.", "480"),
        ("The ward is staffed by 40 nurses. The ward's 52 nurses went on strike.", "52 nurses"),
        ("The orchestra is 60 musicians strong. The orchestra's 75 musicians toured.", "75"),
        ("The tower is 150 metres tall. At 190 metres, the tower is the city's tallest.", "190"),
        # A bare plural subject "numbering N"; a group "of" a number in hyphenated words.
        ("Pilgrims numbering 300 set off. The 350 pilgrims reached Rome.", "350 pilgrims"),
        ("The crew of twenty-two sailed. All twenty-six crew members were rescued.", "twenty-six"),
        # Both sizes in one sentence, the second in an aside about the group.
        ("The 12-member board, whose 15 members were elected in May, meets today.", "15"),
        ("All 15 sailors aboard the yacht, which had a crew of 12, were rescued.", "12"),
    ],
)
def test_sizes_in_further_wordings(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    "body",
    [
        # A state said of the earlier ones only: some of the later group.
        "Three striking union branches rejected the offer. Each of the five branches has its "
        "own contract.",
        # "the" before a small count after members were listed: some of them.
        "The three banks are Alder, Birch and Cedar. Regulators blocked the two banks.",
        # A count picked out by what follows it, then every member.
        "A total of 31 countries replying to the survey had cut tariffs. The plan covers all "
        "50 countries.",
        # A kind named only in the later count.
        "The line bought six ships. It leases the four Atlas class ships.",
        # Amounts in millions, points of an index, a width beside a length.
        "It holds 20.9 mln Alder shares. Its 42.5 mln Birch shares are worth more.",
        "The 412 point drop shook the market. Dealers had feared a fall of 400 points.",
        "The 30-inch pipeline carries crude. The pipeline runs 1,225 miles to the coast.",
        # An amount a stock rose by is no measure of the stock.
        "Crude stocks rose 7.2 mln barrels. Crude stocks fell 5.1 mln barrels a week earlier.",
    ],
)
def test_subgroups_and_amounts_are_not_one_group(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A plain count opening its sentence, then every member named by their owner.
        (
            "Nine divers went down on Sunday. Only later did the coast guard reach all 11 "
            "divers of the club.",
            "11 divers",
        ),
        # People a firm employs are its workforce or staff.
        ("The bakery employs 40 people. Its staff of 46 went on strike on Friday.", "46"),
        ("The mill employs 300 workers. Its workforce of 360 will move in June.", "360"),
        # A measure in an apposition, against a compound.
        (
            "The dam, 140 metres high, was finished in 1990. Engineers inspected the "
            "160-metre dam last week.",
            "160-metre",
        ),
        ("The ship, 200 metres long, left port. The 230-metre ship docked in Rotterdam.", "230"),
    ],
)
def test_sizes_stated_by_employers_appositions_and_every_member(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    "body",
    [
        "Nine divers went down on Sunday. Only later did the coast guard reach all 9 divers "
        "of the club.",
        "The bakery employs 40 people. Its staff of 40 went on strike on Friday.",
        "The bakery employs 40 people. A staff of 46 works at the rival shop.",
        # A round measure may stand for one a few percent off.
        "The tower, 800 metres tall, opened in May. Visitors climbed the 828-metre tower.",
        "The dam, 140 metres high, was finished in 1990. Engineers inspected the 142-metre dam.",
    ],
)
def test_same_sizes_and_rounded_measures_stay_quiet(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # One sentence, the size said again in a clause of its own.
        (
            "The 12-member dive team reached the wreck, and all 15 members of the dive team "
            "were back by dusk.",
            "15",
        ),
        # Those aboard a vessel its sentence names, and the vessel's own.
        (
            "The cargo ship sank with 12 sailors aboard." + _BETWEEN + "The ship's 15 sailors "
            "were flown home.",
            "15 sailors",
        ),
        # An area stated with "covers" and as a compound.
        ("The park covers 400 hectares." + _BETWEEN + "The 520-hectare park was shut.", "520"),
    ],
)
def test_sizes_restated_in_a_clause_aboard_or_as_an_area(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


def test_two_sizes_set_against_each_other_in_one_sentence_pass(from_text):
    body = "The 12-member crew was rescued, but only 9 crew members were unhurt."
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    "body",
    [
        # "a total of N": a count of its own.
        "Delays hit the nation's 22 busiest airports." + _BETWEEN + "Relief was offered to a "
        "total of 13 airports.",
        # Securities and plant change hands; they make up no group.
        "The firm bought all 3,914,968 units tendered." + _BETWEEN + "With the 1,449,550 units "
        "it held, it owns most of the 5,745,706 units outstanding.",
        # A model's name is no size.
        "One brace on a 747-SR had snapped." + _BETWEEN + "The airline checked all 11 of its jets.",
        # "leading" picks some members of a larger group.
        "Inflation in the 24 industrial nations was 3 pct." + _BETWEEN + "In the seven leading "
        "industrial nations it was 4 pct.",
        # A noun the article counts in subgroups.
        "Managers met two of the five union locals." + _BETWEEN + "The three locals rejected "
        "the offer." + _BETWEEN + "Each of the five locals has its own contract.",
        "Police said 88 of the country's 174 banks broke the law." + _BETWEEN + "The minister "
        "said 75 banks had misused funds.",
    ],
)
def test_counts_of_other_or_smaller_groups_pass(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A general noun for the members of the owner group.
        (
            "Each of the crew's 15 men was given leave." + _BETWEEN + "The 12 crew are due back.",
            "12 crew",
        ),
        # A group word and the noun of its members.
        (
            "A crew of 12 sailors took the tanker out." + _BETWEEN + "The tanker's 15 crew are "
            "now waiting.",
            "15 crew",
        ),
        # "now" or "since" after the noun changes nothing of the size.
        (
            "A delegation of 12 farmers met the minister." + _BETWEEN + "The delegation's 15 "
            "farmers have since gone home.",
            "15 farmers",
        ),
    ],
)
def test_members_named_by_other_words(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A compound sizing a group in the things it has, then every one of them counted.
        (
            "The 300-seat cinema reopened on Friday. All 340 seats were booked for the show.",
            "340 seats",
        ),
        # ... but not those a relative clause picks out.
        (
            "The 450-seat parliament sat on Monday. The ruling party holds all 200 seats it "
            "contested.",
            None,
        ),
        # A compound naming members by no kind of their own: the group word says what.
        (
            "A 40-voice choir sang at the abbey. The choir's 46 singers went home by coach.",
            "46 singers",
        ),
        # "on its books": the owner's own list of its members, not another group.
        (
            "The rowing club, with 90 members on its books, needs a boathouse. The club's 110 "
            "members will vote on the plan.",
            "110 members",
        ),
        # Those present are some of the members.
        (
            "The society, with 60 members present, voted to sell the hall. The society's 75 "
            "members were told by letter.",
            None,
        ),
        # What a collection runs to is all it holds.
        (
            "The museum's collection runs to 400 prints. Visitors can see all 450 prints in "
            "the collection.",
            "450 prints",
        ),
        # What a place offers is all it has.
        (
            "The guesthouse offers 14 rooms. Cleaners in the guesthouse's 18 rooms went on strike.",
            "18 rooms",
        ),
    ],
)
def test_groups_sized_in_untuned_forms(from_text, body, flagged):
    assert _flagged(from_text, body) == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An adverb between the group and the verb sizing it.
        (
            "The choir currently counts 24 tenors. Robes for the 30 tenors of the choir were sewn "
            "by hand.",
            "30 tenors",
        ),
        # A passive whose agent owns the group.
        (
            "Nine rangers are employed by the reserve. The reserve's 13 rangers asked for a "
            "new truck.",
            "13 rangers",
        ),
        # "its" owned by the noun it is joined to, not by a phrase after the figure.
        (
            "The hospital's 40 porters went on strike. The minister thanked the hospital and "
            "its 48 porters for their patience.",
            "48 porters",
        ),
        # "of whom there were N": an aside sizing the group before the comma.
        (
            "The referees, of whom there were 11, met at noon. Each of the 15 referees was "
            "paid in cash.",
            "15 referees",
        ),
        # Every member's count in an aside right after the group, one sentence.
        (
            "The 20 barges of the convoy, 26 barges in all, were moored overnight.",
            "26 barges",
        ),
        # A group word and another owner: the canal may be part of the waterway.
        (
            "Ships pass through the six-lock canal each day. France runs nine of the "
            "waterway's 14 locks.",
            None,
        ),
        # A group word made of the members' noun and "-ship": the owner's members.
        (
            "The choir's membership stands at 40. All 48 members of the choir sang.",
            "48 members",
        ),
        # A noun phrase ends at a preposition: "the ward around the clock" names the ward.
        (
            "12 nurses staff the ward around the clock. Pay for the ward's 16 nurses comes "
            "from a charity.",
            "16 nurses",
        ),
    ],
)
def test_groups_sized_by_other_verbs_voices_and_asides(from_text, body, flagged):
    assert _flagged(from_text, body) == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An inverted subject after where the members sit or serve.
        ("Serving on the council are 9 elders. The council's 12 elders meet monthly.", "12 elders"),
        ("On the jury were 11 citizens. The jury's 14 citizens were sent home.", "14 citizens"),
        # "Among" names some of them.
        ("Among the crew were 4 cooks. The ship's 9 cooks were praised.", None),
        # "all N of them" after a group placed by a preposition.
        (
            "The guides at the castle, all 14 of them, went on strike. Talks with the 19 "
            "guides resume today.",
            "19 guides",
        ),
        # A relative "that make up" an owner's group word.
        (
            "The 40 coaches that make up the city's fleet are painted red. The fleet's 46 "
            "coaches are checked each spring.",
            "46 coaches",
        ),
        # A workforce counted in people, then in the members it is made of.
        (
            "The dairy employs 85 people. The dairy's 96 workers were told of the sale.",
            "96 workers",
        ),
        # Another owner's workers are another group.
        ("The dairy employs 85 people. The creamery's 96 workers were told of the sale.", None),
        # Where people live, all of them.
        (
            "Some 60 families call the island home. All 75 families on the island were "
            "asked to leave.",
            "75 families",
        ),
        # A group word for all members, then its number.
        (
            "The bank's headcount is 900. Letters went to the bank's 960 employees.",
            "960 employees",
        ),
        ("The club's membership is 80. All 92 members of the club voted.", "92 members"),
        (
            "The rowing club has a membership of 80. All 92 members of the rowing club voted.",
            "92 members",
        ),
        ("The club's price is 80. The club's 92 members voted.", None),
        # Those who run a place are its own.
        ("Forty stewards run the hostel. The hostel's 48 stewards were thanked.", "48 stewards"),
        ("Forty stewards run the hostel. The inn's 48 stewards were thanked.", None),
        # "Aboard were N" after a sentence naming the vessel.
        (
            "The tender broke down off the cape. Aboard were 30 divers. All 36 divers on the "
            "tender were picked up.",
            "36 divers",
        ),
        (
            "The tender broke down off the cape. Aboard were 30 divers. All 30 divers on the "
            "tender were picked up.",
            None,
        ),
        # "turned up to" is a phrasal verb, not a cap; "up to 40" is a cap.
        (
            "The club's 80 members turned up to the vote. Ballots went to all 92 members of "
            "the club.",
            "92 members",
        ),
        (
            "The club's meetings draw up to 80 members. Ballots went to all 92 members of "
            "the club.",
            None,
        ),
    ],
)
def test_groups_sized_in_more_untuned_forms(from_text, body, flagged):
    assert _flagged(from_text, body) == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A participle of a size verb in an aside after the group.
        (
            "The brass section, totalling 18 players, was praised. Flowers went to the 22 "
            "players of the brass section.",
            "22 players",
        ),
        (
            "The abbey, housing 20 monks, is on the hill. The abbey's 26 monks brew beer.",
            "26 monks",
        ),
        # A bare figure said of a group word.
        (
            "At full strength the survey crew is 12. All 15 members of the crew were paid.",
            "15 members",
        ),
        ("The score was 12. The team's 15 players were thanked.", None),
        # One owner named with words that set it apart from another of its kind.
        ("The night shift, 30 strong, went home, while the day shift's 45 porters stayed.", None),
        (
            "The quarry has 320 staff. Across the valley, the rival quarry employs 280 people.",
            None,
        ),
        ("The quarry has 320 staff. The quarry's 280 staff were told of the sale.", "280 staff"),
    ],
)
def test_group_read_from_its_whole_noun_phrase(from_text, body, flagged):
    assert _flagged(from_text, body) == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # The noun phrase after "of the" ends where its verb takes an object or an adverb.
        (
            "The rowing club has a membership of 140. The 160 members of the rowing club "
            "elect a captain each spring.",
            "160 members",
        ),
        # A figure labelled with what it counts.
        ("The barge (crew: 9) ran aground. All 12 crew were taken off.", "12 crew"),
        # A fronted "with": the subject's members.
        (
            "With 60 voices, the chorus is the town's largest. The chorus's 72 voices sang.",
            "72 voices",
        ),
        # "whose members number N": the group before the comma.
        ("The 30-member guild met. The guild, whose members number 36, voted.", "36"),
        # A group brought in with its size by a participle.
        ("A patrol numbering 14 rangers set out. The patrol's 18 rangers came back.", "18 rangers"),
    ],
)
def test_more_ways_a_group_is_sized(from_text, body, flagged):
    assert _flagged(from_text, body) == [flagged]


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # The group word before "of the", its owner after it.
        ("The crew of the dredger numbered 9. All 12 crewmen came home.", "12 crewmen"),
        (
            "The crew of the dredger numbered 9 sailors. The dredger's 12 sailors came home.",
            "12 sailors",
        ),
        # Numbers in words no claim holds are not read: too often a title ("Ocean's Eleven").
        ("The crew numbered nine. The crew, twelve in all, came home.", None),
    ],
)
def test_group_word_before_its_owner(from_text, body, flagged):
    assert _flagged(from_text, body) == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    "body",
    [
        # A size given by a participle in an aside after the group.
        "The observatory, manned by 9 astronomers, sits above the cloud line. Funding for the "
        "observatory's 14 astronomers runs out in June.",
        # "a total of" after a verb that sizes the group is the group's size, not a tally.
        "The hunt has a total of 30 hounds. A vet saw every one of the hunt's 38 hounds in March.",
    ],
)
def test_group_sized_by_participle_or_total(from_text, body):
    (finding,) = check_figures_stated_two_ways(from_text(body))
    assert finding.rule == "CC106"


def test_a_total_of_alone_is_a_count_of_its_own(from_text):
    body = "Inspectors visited a total of 30 hounds. The hunt's 38 hounds were not among them."
    assert list(check_figures_stated_two_ways(from_text(body))) == []


def test_a_population_and_its_inhabitants_are_one_group(from_text):
    body = "The village has a population of 310. Each of the village's 345 residents was asked."
    (finding,) = check_figures_stated_two_ways(from_text(body))
    assert finding.rule == "CC106"
    other = "The village has a population of 310. The town's 345 residents were asked."
    assert list(check_figures_stated_two_ways(from_text(other))) == []


@pytest.mark.parametrize(
    "body",
    [
        # A word for the number of all of a possessor's members.
        "The regiment's strength stands at 640. Each of the regiment's 720 soldiers got a medal.",
        # A side puts all its members into a contest.
        "The club fields 14 rowers at the regatta. The club's 18 rowers train at dawn.",
        # "now" before a verb's participle says nothing of the size.
        "Of the guild's 90 members, few came. A letter has now gone to all 110 members of the "
        "guild.",
    ],
)
def test_more_words_for_a_whole_group(from_text, body):
    (finding,) = check_figures_stated_two_ways(from_text(body))
    assert finding.rule == "CC106"


def test_now_before_the_size_still_lets_it_change(from_text):
    body = "The guild had 90 members in May. It has now 110 members."
    assert list(check_figures_stated_two_ways(from_text(body))) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A plain count as the subject of a present-tense verb tied to a definite place.
        ("36 pupils attend the village school." + _BETWEEN + "The school's 41 pupils sang.", "41"),
        (
            "Nine wardens patrol the reserve." + _BETWEEN + "All 12 wardens of the reserve met.",
            "12",
        ),
        # A "where" clause: those who work there are the place's.
        (
            "The depot's 30 drivers voted." + _BETWEEN + "The depot, where 36 drivers work, shut.",
            "36",
        ),
        # The place opening the sentence before a present-tense subject.
        ("At the bakery, 20 bakers work nights." + _BETWEEN + "The bakery's 26 bakers met.", "26"),
        # "there were N of them" after the clause naming the group and its place.
        (
            "Porters kept the station running; there were 14 of them." + _BETWEEN + "The "
            "station's 19 porters were thanked.",
            "19",
        ),
        # A relative clause with a size verb after the group.
        (
            "The abbey's monks, who total 22, pray."
            + _BETWEEN
            + "All 27 monks of the abbey were fed.",
            "27",
        ),
        # Members at a place opening the sentence, then "N in all".
        (
            "Staff at the mill, 50 in all, struck." + _BETWEEN + "The mill's 58 staff went back.",
            "58",
        ),
        # Two words for the members of one owner's group word.
        (
            "The band's 18 musicians toured." + _BETWEEN + "All 23 players in the band were paid.",
            "23",
        ),
        # "new" before the subject is about the place, not the figure.
        ("The new ward holds 26 beds." + _BETWEEN + "All 31 beds on the ward were taken.", "31"),
        # A definite subject, a present verb (and a preposition) before the count.
        ("The museum relies on 40 guides." + _BETWEEN + "All 47 guides at the museum met.", "47"),
        # A passive participle of a staffing verb opening the sentence.
        (
            "Crewed by 9 sailors, the barge sails daily."
            + _BETWEEN
            + "The barge's 12 sailors met.",
            "12",
        ),
        # A hyphen with spaces round it is a dash opening an aside.
        (
            "The inn's porters - 8 of them - left." + _BETWEEN + "The 11 porters at the inn met.",
            "11",
        ),
        # People counted at an owner, and the owner's people by their role.
        (
            "Some 80 people work at the depot." + _BETWEEN + "All 95 employees of the depot met.",
            "95",
        ),
    ],
)
def test_backup_readings_tie_counts_by_what_the_group_is(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    "body",
    [
        # A past verb tells an event some of them took part in, not the group.
        "36 pupils visited the village school." + _BETWEEN + "The school's 41 pupils sang.",
        "At the bakery, 20 bakers were hurt." + _BETWEEN + "The bakery's 26 bakers met.",
        # A verb of wanting or meeting says nothing of where they belong.
        "36 pupils want the school kept open." + _BETWEEN + "The school's 41 pupils sang.",
        # Two words for members of different owners.
        "The band's 18 musicians toured." + _BETWEEN + "All 23 players in the orchestra were paid.",
        # "12 new members": "new" in the figure's own noun phrase still lets the size change.
        "The choir has 12 new singers." + _BETWEEN + "All 30 singers of the choir sang.",
        # A name's present verb is left to the forms ("operates 700 stores" of its kinds).
        "Brightwell runs 90 shops." + _BETWEEN + "The 104 Brightwell leased shops met.",
        # A measure in brackets after a count's noun weighs the lot, not one of them.
        "It sent 20 crates (300 kg) of seed." + _BETWEEN + "The 350-kg crate broke open.",
        # A noun phrase with an owner before a preposition is no subject and verb.
        "The state's aid payments to 7 regions rise." + _BETWEEN + "The 4 northern regions won.",
        # A present verb that adds to or takes from a group is no size of it.
        "The museum hires 40 guides." + _BETWEEN + "All 47 guides at the museum met.",
        # People beside a count of another role may be more than those in one role.
        "The barge's 40 passengers and 6 crew waved." + _BETWEEN + "The 46 people on the barge "
        "landed.",
    ],
)
def test_backup_readings_leave_other_groups_alone(from_text, body):
    assert _flagged(from_text, body) == []


_VIADUCT = "The 247-metre viaduct was built in 1880."


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A measure said of the thing its sentence is about, whatever the construction.
        ("Spanning 212 metres, the viaduct is listed." + _BETWEEN + _VIADUCT, "247"),
        ("The viaduct (212 metres) is listed." + _BETWEEN + _VIADUCT, "247"),
        ("The viaduct - 212 metres end to end - is listed." + _BETWEEN + _VIADUCT, "247"),
        ("The length of the viaduct is 212 metres." + _BETWEEN + _VIADUCT, "247"),
        ("The viaduct's length of 212 metres is a record." + _BETWEEN + _VIADUCT, "247"),
        ("The viaduct, at 212 metres, is a landmark." + _BETWEEN + _VIADUCT, "247"),
        ("The viaduct opened in 1880 and is 212 metres long." + _BETWEEN + _VIADUCT, "247"),
        ("The viaduct is some 212 metres long." + _BETWEEN + _VIADUCT, "247"),
    ],
)
def test_backup_reading_of_a_things_measure(from_text, body, flagged):
    assert any(text.startswith(flagged) for text in _flagged(from_text, body))


@pytest.mark.parametrize(
    "body",
    [
        # A measure in brackets after another thing's noun is that thing's.
        "The viaduct's pier (21 metres) is new." + _BETWEEN + _VIADUCT,
        # The subject of another clause keeps its own measure.
        "The viaduct opened in 1880 and the cable is 212 metres long." + _BETWEEN + _VIADUCT,
    ],
)
def test_backup_reading_of_a_measure_keeps_things_apart(from_text, body):
    assert _flagged(from_text, body) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An apposition renaming the group before it: "a body of N" is that group's size.
        ("The tribunal, a panel of 9 judges, sat in private. Two of the 12 judges of the "
         "tribunal dissented.", ["12 judges"]),
        # A possessive whose owner has words of its own before it.
        ("Some 80 rowers belong to the river club. All 95 of the river club's rowers will "
         "vote.", ["95"]),
        # "belong to" ties the members to the group like "attend" or "work at".
        ("Some 80 rowers belong to the river club. The 95 rowers of the river club will "
         "vote.", ["95 rowers"]),
        # Another club's rowers are another group.
        ("Some 80 rowers belong to the river club. All 95 of the sea club's rowers will "
         "vote.", []),
    ],
)  # fmt: skip
def test_group_identity_from_the_noun_phrase(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A proper name longer than a noun phrase's words, then its head alone.
        ("The North Fell Amateur Operatic Society has 44 singers this year. The society's "
         "52 singers meet on Thursdays.", ["52 singers"]),
        # A pronoun after a verb of saying is the sayer.
        ("The tannery said it had 140 workers in March. The 170 workers at the tannery "
         "want a rise.", ["170 workers"]),
        # A fronted "At N Y," is said of the subject, which "its" points back to.
        ("At 60 players, the band is the biggest in town. It wants all of its 75 players "
         "on stage.", ["75 players"]),
        # A relative clause's size in number words.
        ("The hamlet's crofters, who number thirty-two, share one tractor. The 40 "
         "crofters of the hamlet met on Monday.", ["40 crofters"]),
        # A wh-word ends the owner's phrase ("the hamlet", not "what").
        ("The hamlet's crofters, who number 32, share one tractor. A survey asked the 40 "
         "crofters of the hamlet what they need.", ["40 crofters"]),
        # A plural head before a plural auxiliary is no verb ("the gas works").
        ("The gas works had 90 staff. The 120 staff at the gas works are on strike.",
         ["120 staff"]),
        # A singular noun of the possessor's before a present verb: the possessor's members.
        ("The lifeboat station's rota names 24 volunteers. The 30 volunteers of the "
         "lifeboat station train weekly.", ["30 volunteers"]),
        # A plural noun after the possessive is the subject itself, not a part of it.
        ("The lifeboat station's volunteers rescue 24 swimmers a year. The 30 swimmers "
         "of the lifeboat station ...", []),
        # Another sayer's group, and a sayer's pronoun for another group, stay apart.
        ("The tannery said it had 140 workers in March. The 170 workers at the dye works "
         "want a rise.", []),
        ("The union said the tannery had 140 workers. The 170 workers of the union want a "
         "rise.", []),
    ],
)  # fmt: skip
def test_group_identity_from_names_pronouns_and_clauses(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A participle of a verb of making up, in an aside after the group.
        ("The panel, composed of 9 assessors, will report soon. Each of the 12 assessors "
         "on the panel was paid.", ["12 assessors"]),
        # A word for all of an owner's members, "with" the clause's subject.
        ("The tug left harbour with a complement of 20 sailors. All 26 sailors aboard the "
         "tug were safe.", ["26 sailors"]),
        # An aside right after the members naming whose they are.
        ("30 wardens, all employed by the park, signed the letter. The park's 40 wardens "
         "want a rise.", ["40 wardens"]),
        # "at N Y" in an aside sizes the group the comma follows.
        ("The village band, at 18 players the smallest in the county, needs a hall. The "
         "24 players of the village band met on Monday.", ["24 players"]),
        # Those taking part in an event are all of the event's; "its" is the event.
        ("The 300 riders taking part in the rally left at dawn. Organisers of the rally "
         "said its 380 riders had raised a record sum.", ["380 riders"]),
        ("The 16 films competing in the festival were chosen in May. All 20 films will "
         "be shown in the old cinema.", []),
        # A group word named by its members' work, and a noun for those who do it.
        ("The ward has a nursing staff of 40. The ward's 52 nurses signed the letter.",
         ["52 nurses"]),
        ("The ward has a nursing staff of 40. The ward's 52 porters signed the letter.", []),
        # Bare figures said of a noun by "is": no members named on either side.
        ("The floor price of lamb is 900 pence, while its ceiling is 1,300. For mutton the "
         "floor is 600 pence and the ceiling is 1,050.", []),
        ("At full strength the crew is 12. All 15 crew were rescued.", ["15 crew"]),
    ],
)  # fmt: skip
def test_group_read_from_asides_complements_events_and_work(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "it" or "they" opening a sentence is the definite subject that opened the one
        # before (or the one before a chain of pronoun sentences).
        ("The sailing club meets in a boathouse. It was set up by dockers. Today it has 70 "
         "sailors. The sailing club's 95 sailors want a new slipway.", ["95 sailors"]),
        ("The sailing club meets in a boathouse. Today it has 70 sailors. The sailing "
         "club's 70 sailors want a new slipway.", []),
        ("The town choir sings at every service. They number 40. The town choir's 52 "
         "singers will tour.", ["52 singers"]),
        ("The town choir sings at every service. They number 40. The town choir's 40 "
         "singers will tour.", []),
        # (a sentence opening with something else between stops the chain)
        ("The sailing club meets in a boathouse. A rival club opened in May. Today it has "
         "70 sailors. The sailing club's 95 sailors want a new slipway.", []),
        # Those who keep a place or help to run it, in a verb of two words, are its own.
        ("Forty keepers look after the wildlife park. The wildlife park's 55 keepers want "
         "a rise.", ["55 keepers"]),
        ("Some 60 volunteers help run the soup kitchen. The soup kitchen's 90 volunteers "
         "were thanked.", ["90 volunteers"]),
        ("Forty keepers look after the wildlife park. The zoo's 55 keepers want a rise.", []),
        # "The Y of the X, N in number,": the X's Y, all of them.
        ("The nuns of the priory, 14 in number, keep bees. The priory's 19 nuns sell honey.",
         ["19 nuns"]),
        ("The nuns of the priory, 14 in number, keep bees. The abbey's 19 nuns sell honey.",
         []),
    ],
)  # fmt: skip
def test_group_named_by_a_pronoun_a_keeping_verb_or_an_of_phrase(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An indefinite object restated after a colon: the verb's object is the count.
        ("The hospice relies on a loyal band: 80 volunteers. The hospice's 110 volunteers "
         "had tea with the mayor.", ["110 volunteers"]),
        ("The hospice relies on a loyal band: 80 volunteers. The shelter's 110 volunteers "
         "had tea with the mayor.", []),
        # The passive of teaching or caring at a place: all of the place's.
        ("Some 300 pupils are taught at the grammar school. The grammar school's 390 pupils "
         "sat the test.", ["390 pupils"]),
        # An aside naming the members as all of an owner's.
        ("22 lifeguards, the beach's entire complement, lined up. The beach's 30 lifeguards "
         "want a hut.", ["30 lifeguards"]),
        ("22 lifeguards, a third of the county's total, lined up. The beach's 30 lifeguards "
         "want a hut.", []),
        # People who work at a place are its workforce.
        ("Some 300 people work at the mill. The mill's workforce of 420 was told of the "
         "sale.", ["420"]),
        # "There were N of them" after a sentence opening with an owner's members.
        ("The band's drummers warmed up outside. There were 12 of them. The 16 drummers of "
         "the band then marched off.", ["16 drummers"]),
        ("The band's drummers warmed up outside. There were 12 of them. The 16 drummers of "
         "the school then marched off.", []),
        # A line laid out like a table: a label and a colon, then nouns with their figures.
        ("Zoo staff: keepers 30, vets 4, cleaners 9. All 38 keepers at the zoo were told.",
         ["38 keepers"]),
        ("Zoo staff: keepers 30, vets 4, cleaners 9. All 30 keepers at the zoo were told.",
         []),
    ],
)  # fmt: skip
def test_group_read_after_a_colon_an_aside_or_a_table_line(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a word of degree between a size verb and its figure: still the whole group
        ("Although the lifeboat station has only 14 volunteers, it never closes. The "
         "station's 19 volunteers train on Sundays.", ["19 volunteers"]),
        ("The lifeboat station has just 14 volunteers. The station's 14 volunteers train on "
         "Sundays.", []),
        # "would" of another verb leaves a thing's measure as it is
        ("The jetty is 240 metres long. Officials said the 310-metre jetty would reopen in "
         "May.", ["310-metre jetty"]),
        ("The jetty is 240 metres long. Officials said the jetty would be 310 metres long "
         "after the works.", []),
        # a label opening a line, then the figure and its noun: the label's members
        ("Kelby harbour: 9 pilots, two boats. The harbour's 12 pilots met on Friday.",
         ["12 pilots"]),
        ("Kelby harbour: 9 pilots, two boats. The estuary's 12 pilots met on Friday.", []),
        # a clause with its verb and noun left out after a semicolon
        ("The first eleven has 30 players; the second eleven, 18. The second eleven's 24 "
         "players train on Tuesdays.", ["24 players"]),
        ("The first eleven has 30 players; the second eleven, 18. The second eleven's 18 "
         "players train on Tuesdays.", []),
        # the answer to a question of how many members a group has
        ("How many wardens does the nature reserve have? 12, its manager says. The nature "
         "reserve's 17 wardens work in pairs.", ["17 wardens"]),
        ("How many wardens does the nature reserve have? 12, its manager says. The forest's "
         "17 wardens work in pairs.", []),
    ],
)  # fmt: skip
def test_degree_words_modal_verbs_and_labelled_lines(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # two nouns of one kind of person, tied by one owner
        ("The hill school's 84 pupils walked to the museum. All 97 children at the school "
         "were back by four.", ["97 children"]),
        ("The hill school's 84 pupils walked to the museum. All 97 children at the zoo were "
         "back by four.", []),
        # ... by "its" in the next sentence
        ("The bakery's 52 staff heard the news on Monday. Every one of its 61 employees will "
         "be paid.", ["61 employees"]),
        # ... by "the same"
        ("The navy landed 230 troops on the island. The same 270 soldiers will leave in May.",
         ["270 soldiers"]),
        ("The navy landed 230 troops on the island. In the south 270 soldiers guarded the "
         "port.", []),
        # ... by "all" in a clause of its own
        ("The jail's 410 inmates stayed in their cells, and guards said all 480 prisoners "
         "would be fed there.", ["480 prisoners"]),
        ("The trawler's 14 crew were winched to safety. All 17 crewmen were taken to "
         "hospital.", ["17 crewmen"]),
        # a kind and a wider or another kind never tie
        ("The clinic's 40 staff met on Monday. All 12 nurses at the clinic voted.", []),
        ("The school's 300 pupils sat the test, and 120 children from other schools joined "
         "them.", []),
        # "Together they number" sums the groups named before: no size of one of them
        ("The hospice has 70 nurses and 45 volunteers. Together they number 115.", []),
    ],
)  # fmt: skip
def test_one_group_named_by_two_nouns_of_one_kind_of_person(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the first count of a breakdown is a part, not the group's size
        ("Organisers said 180 riders came from the north and 90 from the coast. The 270 "
         "riders set off at noon.", []),
        ("Organisers said 180 riders came from the north and 90 from the coast. All 270 "
         "riders finished.", []),
        ("Police held 180 riders on Monday and 90 on Tuesday. All 270 riders were freed.",
         []),
        # a plain count with no list after it is still tied by "all"
        ("Organisers said 180 riders came from the north. All 210 riders finished.",
         ["210 riders"]),
    ],
)  # fmt: skip
def test_the_first_part_of_a_breakdown_is_no_size(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "all" before a bare count in the next clause: the group the count before named
        ("The 14 cave divers were trapped, but all 15 were rescued.", ["15"]),
        ("The 14 cave divers were trapped, but all 14 were rescued.", []),
        # a bare count without "all" is a part of the group, not its size
        ("The 14 cave divers were trapped, and 12 were rescued.", []),
    ],
)  # fmt: skip
def test_all_and_a_bare_count_after_a_sized_group(from_text, body, flagged):
    assert _flagged(from_text, body) == flagged


def test_quick_pair_test_passes_every_pair_read_as_two_sizes(from_text):
    """The quick test run on every pair before reading the two together lets through each
    pair whose reading gives two sizes of a group (it only spares the reading of others)."""
    from claimcheck.checks.figure_two_ways import (
        _both_sizes,
        _earlier_candidates,
        _may_be_both_sizes,
        _read_together,
    )
    from claimcheck.checks.groups import group_sizes

    body = (
        "The ferry left with 40 passengers aboard. The 44 passengers were safe. All 46 "
        "passengers came home. The club's 120 members met; its 90 members voted. The "
        "orchestra has 25 musicians. The 300 fans and 12 stewards waited. The jury, which "
        "has 12 members, met. Its 14 members voted."
    )
    context = from_text(body)
    sizes = group_sizes(context)
    assert len(sizes) >= 5
    candidates = _earlier_candidates(sizes)
    passed = 0
    for index, later in enumerate(sizes):
        for position, earlier in enumerate(sizes[:index]):
            if _may_be_both_sizes(earlier, later):
                assert position in candidates(index)
            if _both_sizes(*_read_together(context, earlier, later)):
                passed += 1
                assert _may_be_both_sizes(earlier, later)
    assert passed >= 2
    assert any(size.pronoun_owned for size in sizes)
