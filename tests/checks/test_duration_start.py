"""CC104: a running duration that does not fit the start date stated beside it."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.checks.duration_start import check_duration_starts

PUBLISHED = "2024-05-10T09:00:00"


def _start(text, first, last=None):
    return {
        "kind": "date",
        "granularity": "day" if last is None else "month",
        "first_day": first,
        "last_day": last or first,
    }


def test_flags_an_ordinal_week_that_does_not_fit_the_start(article):
    body = "The blockade, which began on Feb. 26, is now in its fourth week."
    context = (
        article(body, published=PUBLISHED)
        .claim("Feb. 26", **_start("Feb. 26", date(2024, 2, 26)))
        .build()
    )
    (finding,) = check_duration_starts(context)
    assert finding.rule == "CC104" and finding.severity == "warning"
    assert finding.text == "fourth week"
    assert finding.evidence["computed"] == [11, 11]
    assert "it is in week 11" in finding.message


def test_an_ordinal_that_fits_is_not_flagged(article):
    body = "The blockade, which began on Feb. 26, is now in its 11th week."
    context = (
        article(body, published=PUBLISHED)
        .claim("Feb. 26", **_start("Feb. 26", date(2024, 2, 26)))
        .build()
    )
    assert list(check_duration_starts(context)) == []


def test_flags_a_running_duration_against_its_start_month(article):
    body = "Rents have climbed for the last 15 months, since July 2023."
    context = (
        article(body, published=PUBLISHED)
        .claim("the last 15 months", kind="duration", value=15, unit="month", dimension="time")
        .claim("July 2023", **_start("July 2023", date(2023, 7, 1), date(2023, 7, 31)))
        .build()
    )
    (finding,) = check_duration_starts(context)
    assert finding.text == "the last 15 months"
    assert "about 10 months" in finding.message


def test_a_running_duration_that_fits_is_not_flagged(article):
    body = "Rents have climbed for the last 10 months, since July 2023."
    context = (
        article(body, published=PUBLISHED)
        .claim("the last 10 months", kind="duration", value=10, unit="month", dimension="time")
        .claim("July 2023", **_start("July 2023", date(2023, 7, 1), date(2023, 7, 31)))
        .build()
    )
    assert list(check_duration_starts(context)) == []


def test_a_finished_period_is_not_measured_to_publication(article):
    body = "The strike began on July 3, 2023, and lasted for the last 15 months of the deal."
    context = (
        article(body, published=PUBLISHED)
        .claim("the last 15 months", kind="duration", value=15, unit="month", dimension="time")
        .claim("July 3, 2023", **_start("July 3, 2023", date(2023, 7, 3)))
        .build()
    )
    assert list(check_duration_starts(context)) == []


def test_a_date_that_is_not_a_start_is_ignored(article):
    body = "The report, published on Feb. 26, said the blockade is now in its fourth week."
    context = (
        article(body, published=PUBLISHED)
        .claim("Feb. 26", **_start("Feb. 26", date(2024, 2, 26)))
        .build()
    )
    assert list(check_duration_starts(context)) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The strike, which began on Feb. 26, is now in its fourth week.", "fourth week"),
        ("The strike, which began on Feb. 26, is now in its 11th week.", None),
        ("Bus fares have risen for the last 15 months, since July 2023.", "the last 15 months"),
        ("Bus fares have risen for the last 10 months, since July 2023.", None),
        # Counted after, since or into a start stated after the duration.
        (
            "Just over nine months after the blockade began on Jan. 8, ships dock again.",
            "Just over nine months",
        ),
        ("Just over four months after the blockade began on Jan. 8, ships dock again.", None),
        ("Six months after the blockade began on Jan. 8, the first ship docked.", None),
        (
            "It has been more than 20 weeks since the ban took effect on March 1.",
            "more than 20 weeks",
        ),
        ("It has been more than 8 weeks since the ban took effect on March 1.", None),
        (
            "Forty days into the walkout, which started on April 22, no talks are planned.",
            "Forty days",
        ),
        ("Eighteen days into the walkout, which started on April 22, no talks are planned.", None),
        # A start stated before a duration running to now, or an age.
        ("Since January, the plant has stood idle for nearly nine months.", "nearly nine months"),
        ("Since January, the plant has stood idle for nearly four months.", None),
        ("The scheme, launched in March 2023, is now 30 months old.", "30 months old"),
        ("The scheme, launched in March 2023, is now 14 months old.", None),
    ],
)
def test_from_article_text(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_a_start_from_a_rule_set_event(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2023, 6, 5), ("the flood",), unless=("Danube",))
    ruler = KnownStart("EVT8", date(2001, 3, 1), ("ruled the port",), subjects=("Varga",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event, ruler))
        return [finding.text for finding in check_duration_starts(context)]

    assert findings("Just over three months after the flood, roads are still shut.") == [
        "Just over three months"
    ]
    assert findings("Just over 11 months after the flood, roads are still shut.") == []
    assert findings("Just over three months after the flood on the Danube, roads are shut.") == []
    # Without the event, nothing to count from.
    context = from_text("Just over three months after the flood, roads are still shut.", PUBLISHED)
    assert list(check_duration_starts(context)) == []
    assert findings("Varga, who has ruled the port for nearly 40 years, said nothing.") == [
        "nearly 40 years"
    ]
    assert findings("Varga, who has ruled the port for 23 years, said nothing.") == []
    # The subject must come with the event's words: someone else's rule is not this one.
    assert findings("Horvath, who has ruled the port for nearly 40 years, said nothing.") == []
    # "for the last three months" of the flood's aftermath may be its latest part only.
    assert findings("Roads have been shut since the flood, for the last three months.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An ordinal period before its start, or with the start after it.
        ("The siege, now in its ninth month, began on Jan. 3.", "ninth month"),
        ("The siege, now in its fifth month, began on Jan. 3.", None),
        ("The strike is in its 30th day, having started on March 1.", "30th day"),
        ("The strike, which began on March 1, marks its 30th day today.", "30th day"),
        # A duration that has lasted, an age in a compound, a duration "on from" a start.
        ("The ban, in force since March 1, has now lasted 30 weeks.", "30 weeks"),
        ("The ban, in force since March 1, has now lasted 10 weeks.", None),
        ("The 16-week-old strike, which began on March 1, goes on.", "16-week-old"),
        ("The 10-week-old strike, which began on March 1, goes on.", None),
        ("Six months on from the flood of January 2023, roads are still shut.", "Six months"),
        ("Sixteen months on from the flood of January 2023, roads are still shut.", None),
    ],
)
def test_more_durations_against_their_start(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An event dated by its own verb ("walked out on", "came in on"), its duration
        # running up to now before or after it.
        (
            "Workers walked out on Feb. 5, and the stoppage has dragged on for nine weeks.",
            "nine weeks",
        ),
        ("Workers walked out on Feb. 5, and the stoppage has dragged on for 13 weeks.", None),
        (
            "For over three months now, since the ban came in on March 25, shops have been shut.",
            "over three months",
        ),
        (
            "Workers have now spent nine weeks on strike, having walked out on Feb. 5.",
            "nine weeks",
        ),
        # Time gone by, its start before or after it.
        ("Since the strike began on Feb. 5, nine weeks have passed.", "nine weeks"),
        ("Fourteen weeks have passed since the ban took effect on March 1.", "Fourteen weeks"),
        ("Ten weeks have passed since the ban took effect on March 1.", None),
        # A duration beside its start, set off by a comma.
        (
            "The plant has been closed since Jan. 8, more than seven months.",
            "more than seven months",
        ),
        ("The plant has been closed since Jan. 8, more than three months.", None),
        # The start in the sentence before, the duration's sentence opening with a pronoun.
        (
            "The plant closed on Jan. 8. It has now been shut for more than seven months.",
            "more than seven months",
        ),
        ("The plant closed on Jan. 8. It has now been shut for four months.", None),
        # "After N", an age now, a period named by its number, "entered a ninth week".
        ("After nine weeks, the strike that began on Feb. 5 continues.", "nine weeks"),
        ("The ban, in force since March 1, is nearly five months old.", "nearly five months old"),
        ("The strike, which started on Feb. 5, is now in week nine.", "week nine"),
        ("The strike, which started on Feb. 5, is now in week 14.", None),
        ("The siege, which began on Feb. 20, reached day 30 on Monday.", "day 30"),
        ("The dispute, which erupted on March 4, has now entered a sixth week.", "sixth week"),
    ],
)
def test_durations_against_their_start_in_any_arrangement(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    "body",
    [
        # A period ahead "from" a date, in a sentence that does not speak of now.
        "The state will sell 600,000 bales in the three years from 1986/87, he said.",
        # A report's date is no start.
        "The report, published on Feb. 5, said prices have risen for nine weeks.",
        # "tomorrow" is no calendar date to count from.
        "Talks resume tomorrow. They have dragged on for five years.",
    ],
)
def test_dates_that_are_no_start_are_not_counted_from(from_text, body):
    assert list(check_duration_starts(from_text(body, PUBLISHED))) == []


def test_a_rule_set_event_named_before_a_verb_or_after_of(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2023, 6, 5), ("the flood",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    assert findings("The flood has now disrupted trade for more than 20 months.") == [
        "more than 20 months"
    ]
    assert findings("The flood has now disrupted trade for more than ten months.") == []
    assert findings("The flood, which has now disrupted trade for 20 months, is easing.") == [
        "20 months"
    ]
    assert findings("Over the 20 months of the flood, prices have doubled.") == ["20 months"]
    assert findings("Over the 11 months of the flood, prices have doubled.") == []
    # After "of", a date is a start only when the clause about the noun gives it as one.
    assert findings("Over the first 20 months of 2023, prices have doubled.") == []
    assert findings("Over the 20 months of talks that began on March 1, prices have doubled.") == [
        "20 months"
    ]
    assert findings("Over the two months of talks begun on March 1, prices have doubled.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "after N years" in a sentence about now, the start in a relative clause.
        (
            "The mayor, who took office in March 2019, is stepping down after almost nine "
            "years in the job.",
            "almost nine years",
        ),
        (
            "The mayor, who took office in March 2019, is stepping down after just over five "
            "years in the job.",
            None,
        ),
        # Spans to come or planned, not gone by.
        ("The freeze has held since August 2023 and will be kept for three years.", None),
        ("The governor, in office since January 2020, plans to serve just two years.", None),
        ("Since 2020 the marsh has shrunk so fast that it may vanish within 20 years.", None),
        ("Buyers want the tariff fixed over four years starting on April 1.", None),
        # An age beside the start of another event.
        ("The 6-year-old war flared again after a spring push that began on March 9.", None),
        # A date something is paid on is no start.
        ("Figures cover the previous six months from a dividend payable on June 12.", None),
    ],
)
def test_spans_to_come_and_other_events_left_alone(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    "body",
    [
        # A compound naming the term of the noun after it.
        "The bank's key rate has stood at 6 pct since Jan. 2, as has its seven-day rate.",
        "Holders may convert from today during a 30-day conversion window.",
        # "since" after a superlative: a point of comparison.
        "The jobless rate has stayed at 4 pct for three months, the lowest since March 1999.",
        # "the past N" in a clause of its own after another clause's start.
        "The peso has fallen 10 pct since March and has lost 40 pct during the past two years.",
        # A clause with its own subject after a pronoun opening.
        "The rebels were routed on April 2. They said the militias, who have fought for six "
        "years, would disarm.",
        # A compound age of another thing than the one the start is of.
        "Ships have been hit since early 2022 in the port war, part of their 8-year-old "
        "border conflict.",
        # A date written without its year, ahead, in a sentence about what is to come.
        "The firm hopes to emerge from bankruptcy ninety days after the June 29 hearing.",
        # A start inside a quotation that ends before the date.
        'The bill would pay farmers "as soon as five months after harvest," rather than in March.',
    ],
)
def test_durations_with_no_start_of_their_own_pass(from_text, body):
    assert list(check_duration_starts(from_text(body, PUBLISHED))) == []


def test_a_start_and_a_duration_joined_by_and_are_one_period(from_text):
    body = "The strike began on Feb. 2 and has now lasted for nearly four weeks."
    (finding,) = check_duration_starts(from_text(body, PUBLISHED))
    assert finding.text.endswith("four weeks")


def test_a_time_counted_back_to_a_rule_set_event(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2023, 6, 5), ("the flood",))
    ruler = KnownStart("EVT8", date(2001, 3, 1), ("took over the port",), subjects=("Varga",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event, ruler))
        return [finding.text for finding in check_duration_starts(context)]

    assert findings("Since the flood more than three years ago, the road has been shut.") == [
        "more than three years ago"
    ]
    assert findings("Since the flood nearly a year ago, the road has been shut.") == []
    assert findings("The flood, which began nearly four years ago, is easing.") == [
        "nearly four years ago"
    ]
    assert findings("Varga, who took over the port some 40 years ago, said nothing.") == [
        "40 years ago"
    ]
    assert findings("Varga, who took over the port 23 years ago, said nothing.") == []
    # Another event between the name and the time counted back: not the flood's start.
    assert findings("The flood cut the road that was built three years ago.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "dates back N years to" a dated start, in the present.
        (
            "The rivalry, which dates back 60 years to a cup final in March 1990, flared again.",
            "60 years",
        ),
        ("The rivalry dates back 34 years to a cup final in March 1990.", None),
        # A past "dated back" may count to another day than publication.
        ("In 2001 the rivalry dated back 11 years to a final in March 1990.", None),
    ],
)
def test_a_span_dating_back_to_a_start(from_text, body, flagged):
    found = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert found == ([flagged] if flagged else [])


def test_a_compound_age_of_a_rule_set_event(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart(
        "EVT9", date(2014, 5, 1), ("ruled the city", "in office since"), ("Mayor Vale",)
    )

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    # The noun of the event's verb after the age: "rule" for "ruled the city".
    assert findings("Critics of Mayor Vale's four-year rule gathered outside.") == ["four-year"]
    assert findings("Critics of Mayor Vale's 10-year rule gathered outside.") == []
    # Any other noun is the term of that noun, not the event's age.
    assert findings("Mayor Vale's four-year plan was published.") == []
    # Another subject's rule is not the event's.
    assert findings("Critics of Mayor Holt's four-year rule gathered outside.") == []


def test_a_single_unit_in_words(from_text):
    def found(body: str) -> list[str]:
        return [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]

    assert found("The mill has paid nobody since November, a gap of one month.") == ["one month"]
    assert found("The mill has paid nobody since April, a gap of one month.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A time "on" opening its sentence counts from the one date of the sentence before.
        (
            "The dam gave way on March 2. Twelve weeks on, the valley is still flooded.",
            "Twelve weeks",
        ),
        ("The dam gave way on March 2. Ten weeks on, the valley is still flooded.", None),
        # Two dates before it: which one it counts from is not said.
        (
            "The dam gave way on March 2 and was shut on March 9. Twelve weeks on, the valley "
            "is still flooded.",
            None,
        ),
        # A possessive's term, the start in the sentence before.
        (
            "The curator took up her post in June 2019. In her nine years at the gallery, "
            "visits have doubled.",
            "nine years",
        ),
        (
            "The curator took up her post in June 2019. In her five years at the gallery, "
            "visits have doubled.",
            None,
        ),
        # A compound age after a possessive is the age of its noun, not dated before.
        (
            "The board last met in June 2023. Its nine-year-old dispute with the city has "
            "cost it dearly.",
            None,
        ),
        # The last time something happened starts the time without it.
        ("Jan. 8 was when the mill last ran; it has stood idle for 30 weeks.", "30 weeks"),
        ("Jan. 8 was when the mill last ran; it has stood idle for 17 weeks.", None),
        (
            "For 30 weeks the mill has stood idle. Its last shift was on Jan. 8, before the "
            "roof fell in.",
            "30 weeks",
        ),
        (
            "For 17 weeks the mill has stood idle. Its last shift was on Jan. 8, before the "
            "roof fell in.",
            None,
        ),
        # "first held in": the first time of what recurs.
        ("Now in its 30th year, the regatta was first held in 2009.", "30th year"),
        ("Now in its 16th year, the regatta was first held in 2009.", None),
        # "It is day N" of a running period.
        ("It is day 90 of the sit-in, which began on April 20.", "day 90"),
        ("It is day 21 of the sit-in, which began on April 20.", None),
        # A verb's pronoun object between it and the start's date.
        ("He has led the choir for 3 years, having joined it in March 2012.", "3 years"),
        ("He has led the choir for 12 years, having joined it in March 2012.", None),
    ],
)
def test_starts_in_the_sentence_before_or_after_and_other_cues(from_text, body, flagged):
    found = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert found == ([flagged] if flagged else [])


def test_units_of_an_events_noun_after_of(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2014, 5, 1), ("ruled the city",), ("Mayor Vale",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    assert findings("To mark four years of Mayor Vale's rule, the city is holding a fair.") == [
        "four years"
    ]
    assert findings("To mark ten years of Mayor Vale's rule, the city is holding a fair.") == []


def test_a_word_of_closeness_keeps_a_qualifier_near_its_figure(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2022, 3, 1), ("the landslide",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    # "A little under six years" is close to six: not two years and two months.
    assert findings("A little under six years after the landslide, the road is shut.") == [
        "A little under six years"
    ]
    assert findings("Barely under six years after the landslide, the road is shut.") == [
        "Barely under six years"
    ]
    # "Under six years" alone only caps it, and "a little under three" fits.
    assert findings("Under six years after the landslide, the road is shut.") == []
    assert findings("A little under three years after the landslide, the road is shut.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An age stated against where the thing dates from.
        ("The 30-year-old quarrel over the weir, dating from 2016, goes to court.", "30-year-old"),
        ("The eight-year-old quarrel over the weir, dating from 2016, goes to court.", None),
        ("The 30-year-old row, which goes back to 2016, is still unresolved.", "30-year-old"),
    ],
)
def test_an_age_against_where_it_dates_from(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "N weeks later" opening a sentence about now, after the sentence dating the start.
        ("The ford was closed on Feb. 1. Four weeks later it is still shut.", "Four weeks"),
        ("The ford was closed on Feb. 1. Four weeks later it reopened.", None),
        # An ordinal period said of "it" after the sentence saying when it began.
        ("The sit-in began on Feb. 1. It is now in its fourth week.", "fourth week"),
        ("The sit-in began on Feb. 1. It is now in its 14th week.", None),
        # ... not of another thing the sentence names, nor after a date that starts nothing.
        ("The sit-in began on Feb. 1. It is now in its fourth week of talks.", None),
    ],
)
def test_a_duration_tied_to_the_sentence_before(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A compound term still running, its start dated in a clause after its noun.
        ("The 20-week sit-in at the depot, which drivers began on Feb. 1, continues.", "20-week"),
        ("The 14-week sit-in at the depot, which drivers began on Feb. 1, continues.", None),
        # A planned term is the term of its noun.
        ("The 20-week course, which began on Feb. 1, ends in July.", None),
        # An anniversary counts up to the day it is marked, whatever the tense.
        (
            "Marking 30 years since the depot opened on Feb. 1, 2004, drivers held a party.",
            "30 years",
        ),
        ("Marking 20 years since the depot opened on Feb. 1, 2004, drivers held a party.", None),
    ],
)
def test_running_terms_and_anniversaries(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_a_pronoun_object_points_back_at_the_start_of_the_sentence_before(from_text):
    body = "The bakery first opened in 2004. Two sisters have kept it for 31 years now."
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert "31 years" in texts
    right = "The bakery first opened in 2004. Two sisters have kept it for 20 years now."
    assert list(check_duration_starts(from_text(right, PUBLISHED))) == []


def test_a_span_said_again_after_a_semicolon(from_text):
    body = "The ferry has not sailed since March 1; that is 20 weeks without a crossing."
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert "20 weeks" in texts
    right = "The ferry has not sailed since March 1; that is 10 weeks without a crossing."
    assert list(check_duration_starts(from_text(right, PUBLISHED))) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # The start word after its date.
        ("April 1 marked the start of the sit-in, now in its ninth week.", ["ninth week"]),
        ("April 1 marked the start of the sit-in, now in its sixth week.", []),
        ("April 1 saw the outbreak of the dispute, which has now run for 12 weeks.",
         ["12 weeks"]),
        # "N weeks of" a noun that names no start reads on to the start beside it.
        ("The pier has been shut since March 1; that is 20 weeks of lost trade.",
         ["20 weeks"]),
        ("The pier has been shut since March 1; that is 10 weeks of lost trade.", []),
    ],
)  # fmt: skip
def test_starts_after_their_date_and_spans_of_a_noun(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # The start in the sentence right after the duration, opening with a possessive.
        ("Pickets have stood at the gate for 20 weeks. Their strike began on March 1.",
         ["20 weeks"]),
        ("Pickets have stood at the gate for 10 weeks. Their strike began on March 1.", []),
        # The last time, in an absolute clause after the duration.
        ("The lift has been out of use for 20 weeks, its last journey having been on "
         "March 1.", ["20 weeks"]),
    ],
)  # fmt: skip
def test_start_in_the_sentence_after_or_an_absolute_clause(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "then" is the one date of the sentence before.
        ("The mine was flooded on March 1. Since then, 20 weeks have passed without work.",
         ["20 weeks"]),
        ("The mine was flooded on March 1. Since then, 10 weeks have passed without work.", []),
        # A time without something, up to now, after "gone".
        ("Shut since March 1, the baths have now gone twenty weeks without a swimmer.",
         ["twenty weeks"]),
        ("Shut since March 1, the baths have now gone ten weeks without a swimmer.", []),
    ],
)  # fmt: skip
def test_since_then_and_gone_without(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A duration, words that only qualify it, then a relation to its start.
        ("It is 20 weeks to the day since the pier burned down on March 1.", ["20 weeks"]),
        ("It is ten weeks to the day since the pier burned down on March 1.", []),
        ("It has been 20 weeks or so since the pier burned down on March 1.", ["20 weeks"]),
        # "or so" widens the tolerance like "about".
        ("It has been 11 weeks or so since the pier burned down on March 1.", []),
        # "on" closing the phrase after a semicolon: the start stated before it.
        ("Since its gates shut on March 1, the zoo has stood empty; twenty weeks on, "
         "nobody has bought it.", ["twenty weeks"]),
        ("Since its gates shut on March 1, the zoo has stood empty; ten weeks on, "
         "nobody has bought it.", []),
        # An ordinal period reached and gone by.
        ("Now past its 20th week, the sit-in that began on March 1 has drawn crowds.",
         ["20th week"]),
        ("Now past its 10th week, the sit-in that began on March 1 has drawn crowds.", []),
        # A span in the past ends when it ended, not at publication, whatever clause follows.
        ("He spent 20 weeks to the day in custody after his arrest on March 1.", []),
        ("She worked 20 weeks to the day after the launch on March 1 and is now retired.", []),
        ("The yard shut on March 1; 20 weeks on, it was sold to a developer.", []),
        # A filler outside the closed set leaves the duration unlinked.
        ("Sales have risen 20 weeks in a row since March 1.", []),
    ],
)  # fmt: skip
def test_a_duration_related_to_its_start_by_a_closed_set_of_links(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == flagged


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A start named by a verb of counting from it, before the duration.
        ("Counting from March 1, the sit-in has now lasted 3 weeks.", "3 weeks"),
        ("Counting from March 1, the sit-in has now lasted 10 weeks.", None),
        ("Reckoned from Jan. 15, the ban has been in force for 6 weeks.", "6 weeks"),
    ],
)
def test_a_start_counted_from(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


# A duration and the one start its sentence states, whatever words link them; published May
# 10, 2024, so March 4 is about ten weeks back.
@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Three weeks without a bus: that is what the valley has put up with since the "
         "landslip on March 4.", "Three weeks"),
        ("The depot has been idle since March 4, when the drivers walked out - 3 weeks "
         "and counting.", "3 weeks"),
        ("It is a sit-in lasting 3 weeks so far, which students began on March 4.", "3 weeks"),
        ("Between March 4 and today, 3 weeks have gone by without a ferry.", "3 weeks"),
        # The start in the sentence before, named by a word of starting.
        ("The boycott began on March 4. Shoppers have now stayed away 3 weeks.", "3 weeks"),
        # "since" standing alone counts from the start before it.
        ("The mill closed on March 4. In the three weeks since, nobody has been paid.",
         "three weeks"),
        # A pronoun opening points back at a date given by the event's own verb.
        ("The mill closed on March 4. It has been three weeks.", "three weeks"),
        ("The mill has been shut for 3 weeks. It closed on March 4.", "3 weeks"),
        ("It was on March 4 that the mill closed. It has stayed shut for 3 weeks.", "3 weeks"),
        ("The mill closed on March 4, and three weeks later it is still shut.", "three weeks"),
        # Any verb in the present before "its Nth week".
        ("The sit-in, begun on March 4, grinds through its third week.", "third week"),
        # An ordinal period dated by the pronoun sentence after it.
        ("The sit-in is in its third week. It began on March 4.", "third week"),
        ("Three weeks and still no deal: the sit-in began on March 4.", "Three weeks"),
        # A decade is a unit like the others.
        ("The pier, which closed in March 2001, has been shut for a decade.", "a decade"),
        # Right: ten weeks.
        ("Ten weeks without a bus: that is what the valley has put up with since the "
         "landslip on March 4.", None),
        # A figure of a noun phrase or a time to come is no span gone by.
        ("The mill, which closed on March 4, has set a deadline of 30 days for bids.", None),
        ("The firm, which began trading on March 4, will report every 3 weeks.", None),
        ("The mill closed on March 4. Its owners said they want talks within 3 weeks.", None),
        # An age, or a unit in the singular naming a term, is no span.
        ("Varga, 57, has been the mill's manager since March 4.", None),
        ("The bank, which opened on March 4, has cut its seven day deposit rate.", None),
        # Two dates: which one the span counts from is not said.
        ("Since the landslip on March 4 and the storm on April 20, the road has been shut "
         "3 weeks.", None),
    ],
)  # fmt: skip
def test_a_duration_and_the_one_start_of_its_sentence(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_event_names_read_as_phrases(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT7", date(2021, 9, 1), ("annexed Moravia", "Ruritania's occupation"))
    ruler = KnownStart("EVT6", date(2001, 3, 1), ("in office since",), subjects=("Varga",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event, ruler))
        return [finding.text for finding in check_duration_starts(context)]

    # Words describing the noun, another form of the verb, a verb of moving into the place.
    assert findings("Nine months after Ruritania's brutal occupation, the mines are shut.") == [
        "Nine months"
    ]
    assert findings("In the nine months since Ruritania annexed western Moravia, prices "
                    "have doubled.") == ["nine months"]  # fmt: skip
    assert findings("It has been nine months since Ruritanian tanks rolled into Moravia.") == [
        "nine months"
    ]
    assert findings("It has been 32 months since Ruritanian tanks rolled into Moravia.") == []
    # A state dated by "since" is named by the state alone; its subject may follow.
    assert findings("After 13 years in office, Varga shows no sign of leaving.") == ["13 years"]
    assert findings("After 23 years in office, Varga shows no sign of leaving.") == []
    assert findings("After 13 years in office, Horvath shows no sign of leaving.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A start word heading a long phrase that its own "on" dates.
        ("The quay has been closed for 3 weeks, since a freighter rammed its northern "
         "wall on March 4.", "3 weeks"),
        ("Is the quay still closed? 3 weeks, since a freighter rammed its northern wall on "
         "March 4.", "3 weeks"),
        ("After 3 weeks' quiet since the council's decision on March 4, the union has "
         "written to the mayor.", "3 weeks"),
        # An ordinal period counted from the start "since" names, whatever verb is before.
        ("Today is the third week since the library locked its doors on March 4.",
         "third week"),
        # An ordinal counting the times something happened since a start.
        ("It would be the third year since 2001 that the mill has made a loss.", None),
        ("Today is the third week since March 4 in which no ferry has sailed.", None),
        # Right: about ten weeks; the tenth week.
        ("The quay has been closed for 10 weeks, since a freighter rammed its northern "
         "wall on March 4.", None),
        ("Today is the tenth week since the library locked its doors on March 4.", None),
        # Another relation word inside the phrase: the date is not the start's.
        ("The quay has been closed for 3 weeks, since a storm that came after the vote on "
         "March 4.", None),
        # A comma between: the phrase ends before the date.
        ("After 3 weeks' quiet since the council's decision, which was published on "
         "March 4, the union has written to the mayor.", None),
    ],
)  # fmt: skip
def test_a_start_read_from_the_whole_phrase_a_start_word_heads(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_event_names_read_in_the_passive_an_aside_and_a_mark(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    # An occupation begun on Jan. 10, 2022: about 28 months before May 10, 2024.
    occupation = KnownStart(
        "EVT7",
        date(2022, 1, 10),
        ("occupied Moravia", "occupation of Moravia", "Ruritania's occupation"),
    )
    mayor = KnownStart(
        "EVT8",
        date(2001, 3, 1),
        ("mayor since", "governed Dunmore", "ruled Dunmore"),
        subjects=("Varga",),
    )

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(
            context.article, context.claims, context.sentences, (occupation, mayor)
        )
        return [finding.text for finding in check_duration_starts(context)]

    # The place first, the verb in the passive, its agent after it.
    assert findings("Moravia, occupied by Ruritania 60 months ago, wants help.") == [
        "60 months ago"
    ]
    assert findings("Moravia, occupied by Ruritania 28 months ago, wants help.") == []
    # A way crossed on the way in.
    assert findings("Tanks rolled across the frontier into Moravia 60 months ago.") == [
        "60 months ago"
    ]
    # An aside with no verb of its own speaks of now, whatever the tense around it.
    assert findings("Varga, mayor for almost 40 years, opened the fair.") == ["almost 40 years"]
    assert findings("Varga, mayor for 23 years, opened the fair.") == []
    # An agent noun after the object's possessive names what the verb does.
    assert findings("Varga, Dunmore's governor for almost 40 years, opened the fair.") == [
        "almost 40 years"
    ]
    assert findings("Varga, Dunmore's governor for 23 years, opened the fair.") == []
    # The event's own day inside its name is no start of its own (it is 2022's, not 2024's).
    assert findings("Nearly 28 months after Ruritania's Jan. 10 occupation, food is short.") == []
    assert findings("Nearly 50 months after Ruritania's Jan. 10 occupation, food is short.") == [
        "Nearly 50 months"
    ]
    # An aside of the event's own verb before "ago"; an event's noun after "into".
    assert findings("The occupation of Moravia, launched 60 months ago, goes on.") == [
        "60 months ago"
    ]
    assert (
        findings("The occupation of Moravia, which Ruritania launched 28 months ago, goes on.")
        == []
    )
    assert findings("Five decades into Varga's rule, the port thrives.") == ["Five decades"]
    assert findings("Two decades into Varga's rule, the port thrives.") == []
    # Ordinals in words past "twentieth".
    assert findings("The occupation of Moravia is now in its forty-first month.") == [
        "forty-first month"
    ]
    assert findings("The occupation of Moravia is now in its twenty-ninth month.") == []
    # The mark a running span passes now.
    assert findings("As the occupation of Moravia passes the 50-month mark, food is short.") == [
        "50-month"
    ]
    assert findings("As the occupation of Moravia passes the 28-month mark, food is short.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # An anniversary counts whole years from the start its sentence names.
        ("Founded in 1990, the choir celebrates its 20th anniversary this spring.",
         "20th anniversary"),
        ("Founded in 1990, the choir celebrates its 34th anniversary this spring.", None),
        # A future perfect counts to the day "by" names.
        ("By Friday the sit-in, which began on March 4, will have lasted 20 weeks.",
         "20 weeks"),
        ("By Friday the sit-in, which began on March 4, will have lasted ten weeks.", None),
        ("The sit-in, which began on March 4, will have lasted 20 weeks when it ends.", None),
        # A count after a date's comma, left unread by the extraction.
        ("Since April 2, 30 weeks have passed without a deal.", "30 weeks"),
        # The day named as a running period's, its owner a possessive.
        ("Today is the strike's 30th day; it began on April 2.", "30th day"),
        ("Today is the strike's 39th day; it began on April 2.", None),
        # A word of succession inside an ordinal period; a term of a noun dated by "since".
        ("Pickets have stood at the gates for the 30th consecutive week since the strike "
         "began on April 2.", "30th consecutive week"),
        ("Pickets have stood at the gates for the sixth consecutive week since the strike "
         "began on April 2.", None),
        ("After a 30-week wait since April 2, the results are out.", "30-week"),
        ("After a 5-week wait since April 2, the results are out.", None),
        # An age, its start in the pronoun sentence right after.
        ("The walkout is 30 weeks old. It began on April 2.", "30 weeks old"),
        ("The walkout is 5 weeks old. It began on April 2.", None),
        # A firm's own year need not begin in January; "the first N" is a part of a period.
        ("The brewer has begun the current financial year well, with sales for the first "
         "three months up on last year.", None),
        # A span "after" that follows a "since" ended when the "since" began.
        ("The shares, which have lagged since the start of the year after some six years "
         "of gains, seem to have recovered.", None),
    ],
)  # fmt: skip
def test_anniversaries_future_perfects_and_spans_before_a_start(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # A time without something counts from "the last" time the sentence before dates,
        # also when that sentence ends the paragraph before.
        ("The last bus up the valley ran on March 1.\n\nVillagers have now gone 30 weeks "
         "without one.", "30 weeks"),
        ("The last bus up the valley ran on March 1.\n\nVillagers have now gone ten weeks "
         "without one.", None),
        # ("last" naming no last time of something, and a time that is no time without)
        ("Prices last rose sharply in the spring, on March 1. Villagers have now gone 30 "
         "weeks without a bus.", None),
        ("The last bus up the valley ran on March 1. Villagers have now spent 30 weeks "
         "campaigning.", None),
        # "after it started": the pronoun's start is the one the sentence before dated.
        ("The dock strike began on March 1. Twenty weeks after it started, no ship has "
         "left.", "Twenty weeks"),
        ("The dock strike began on March 1. Ten weeks after it started, no ship has left.",
         None),
        ("The dock strike began on March 1. Twenty weeks after it started, the union "
         "gave in.", None),
    ],
)  # fmt: skip
def test_a_start_in_the_sentence_or_paragraph_before(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "since" beside the start runs the span up to now, with no verb in the sentence
        ("Still shut: the canal towpath (since Feb. 2, 4 weeks); the lock gates.", "4 weeks"),
        ("Still shut: the canal towpath (since Feb. 2, 14 weeks); the lock gates.", None),
        # ... but not a span that ended: a past perfect
        ("The towpath had been shut since Feb. 2, 4 weeks, when it reopened.", None),
        # "N weeks of a noun" as the subject of a present perfect: a span gone by
        ("Six weeks of lessons have been lost since the teachers walked out on Feb. 2.",
         "Six weeks"),
        ("Fourteen weeks of lessons have been lost since the teachers walked out on Feb. 2.",
         None),
        ("A deadline of six weeks of notice has been set since the vote on Feb. 2.", None),
        # an apposition naming the date the first day of what is "now in its Nth week"
        ("Below: the picket line on Feb. 2, the first day of a strike now in its fifth week.",
         "fifth week"),
        ("Below: the picket line on Feb. 2, the first day of a strike now in its 15th week.",
         None),
    ],
)  # fmt: skip
def test_a_start_beside_a_span_in_fragments_and_subjects(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a term dated by a clause after its noun, in a sentence about what is to come:
        # shorter than the time gone by, wrong as an age and as a planned length
        ("Talks to end the 3-week stand-off that began on Feb. 2 resume on Monday.", "3-week"),
        ("Talks to end the 14-week stand-off that began on Feb. 2 resume on Monday.", None),
        # longer: maybe the whole length planned ("a 20-week course")
        ("Pupils on the 20-week course that began on Feb. 2 will sit exams in June.", None),
        # a past verb: the term may be over
        ("The 3-week stand-off that began on Feb. 2 ended in a deal.", None),
        # the term of a rate or a deal, a start of something else after it
        ("The seven-day loan rate has stayed at 5 pct since it was raised on Feb. 2.", None),
        (
            "The 3-week credit, which was signed on Feb. 2, is one of the few since the crisis "
            "began in March 2019.",
            None,
        ),
    ],
)
def test_a_dated_term_is_checked_only_when_too_short(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_a_numbered_period_set_beside_an_event_like_a_headline(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2023, 6, 5), ("the flood",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    # June 5, 2023 to May 10, 2024: the flood's 12th month
    assert findings("After the flood, month 4: the roads are still shut.") == ["month 4"]
    assert findings("After the flood, month 12: the roads are still shut.") == []
    # not beside the event as a label: a month of something else
    assert findings("After the flood, month 4 of the repairs began.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a bare weekday is a start: this week's or, read loosely, the week before's
        # (May 6 or April 29 for a Friday, May 10, paper)
        ("The cleaners stopped work on Monday and have now been out for 19 days.", "19 days"),
        ("The cleaners stopped work on Monday and have now been out for nine days.", None),
        ("The cleaners stopped work on Monday and have now been out for four days.", None),
        # a weekday only reporting when something was said starts nothing
        ("The union said on Monday its members have been out for 19 days.", None),
        # in a sentence about what is to come the weekday may be the next one
        ("The depot, to be opened on Thursday, will serve the region over the next 10 "
         "years.", None),
    ],
)  # fmt: skip
def test_a_bare_weekday_as_a_start(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert [finding.text for finding in findings] == ([flagged] if flagged else [])
    if flagged:
        assert "May 6, 2024, or April 29, 2024 a week before" in findings[0].message
        assert "4 to 11 days" in findings[0].message


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # an anniversary is of the event its "of" phrase dates
        ("Families met at the quarry to mark the 30th anniversary of the rockfall on "
         "2 June 2003.", "30th anniversary"),
        ("Families met at the quarry to mark the 21st anniversary of the rockfall on "
         "2 June 2003.", None),
        ("Families met at the quarry on the 12th anniversary of 2 June 2003.",
         "12th anniversary"),
        # the anniversary's own time after the "of" phrase is not the event's day
        ("A stamp marks the 40th anniversary of the rail link this month.", None),
        ("A stamp marks the 40th anniversary of the rail link this year.", None),
        # a possessive of a person before an ordinal period
        ("The head teacher, who started on Sept. 1, 2020, is now in her ninth year at the "
         "school.", "ninth year"),
        ("The head teacher, who started on Sept. 1, 2020, is now in her fourth year at the "
         "school.", None),
    ],
)  # fmt: skip
def test_anniversaries_of_a_dated_event_and_a_persons_ordinal_period(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "N-odd" is the round figure up to its next step: 30-odd is 30 to 39
        ("Some thirty-odd years after the pit closed in 1990, the headframe still stands.",
         None),
        ("Some thirty-odd years after the pit closed in 1960, the headframe still stands.",
         "thirty-odd years"),
        ("Some thirty-odd years after the pit closed in 2000, the headframe still stands.",
         "thirty-odd years"),
        # "some" adds no vagueness to "forty-odd": 55 years is not forty-odd
        ("Some forty-odd years after the pit closed in 1969, the headframe still stands.",
         "forty-odd years"),
        ("Some forty-odd years after the pit closed in 1980, the headframe still stands.",
         None),
        # British hedges: "getting on for N" is nearly N, "just shy of N" a little under
        # (March 3, 2023 to May 10, 2024: a little over 14 months)
        ("The lido has stood empty for getting on for 15 months, since it shut on "
         "March 3, 2023.", None),
        ("The lido has stood empty for getting on for 17 months, since it shut on "
         "March 3, 2023.", "getting on for 17 months"),
        ("The lido has stood empty for just shy of 13 months, since it shut on "
         "March 3, 2023.", "just shy of 13 months"),
    ],
)  # fmt: skip
def test_hedges_set_the_tolerance(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a definite compound age points back at what the sentence before started
        ("The bakery was set up in 1990. The 12-year-old business now has 40 staff.",
         "12-year-old"),
        ("The bakery was set up in 1990. The 34-year-old business now has 40 staff.", None),
        # ... not a person's age, nor a past sentence
        ("The dispute began in 2010. The 12-year-old boy is still in hospital.", None),
        ("The bakery was set up in 1990. The 12-year-old baker now has 40 staff.", None),
        ("The bakery was set up in 1990. The 12-year-old business was sold.", None),
        # a noun naming the owner's whole time so far is the owner's age
        ("The choir, founded in 1950, has never missed a Christmas in its 30-year history.",
         "30-year"),
        ("The choir, founded in 1950, has never missed a Christmas in its 74-year history.",
         None),
        ("The choir was founded in 1950. It has never once lost its director in its 30-year "
         "history.", "30-year"),
        # the term of anything else stays a term
        ("The lender, founded in 1950, has sold its 30-year bonds.", None),
        # a history of years counts from a year written, not a month of another event
        ("The mutual agreed to merge with a rival in November. It says it is stronger "
         "than ever in its 24-year history.", None),
    ],
)  # fmt: skip
def test_ages_pointed_back_and_whole_life_terms(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_an_event_named_by_the_armed_force_moved_in(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    event = KnownStart("EVT9", date(2022, 2, 24), ("invaded Ukraine",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    # Feb. 24, 2022 to May 10, 2024: about 26 months
    flagged = "Nine months after Moscow ordered its troops into Ukraine, talks have not begun."
    assert findings(flagged) == ["Nine months"]
    assert findings(flagged.replace("Nine months", "Some 26 months")) == []
    # money, not a force, sent in: no invasion named
    assert findings("Nine months after donors sent their money into Ukraine, talks stall.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a count in an article word the extraction leaves unread: "a year", "half a
        # year", "a year and a half", "a fortnight"
        ("It is a year and a half since the pier burned down on June 2, 2020.",
         "a year and a half"),
        ("It is a year and a half since the pier burned down on Nov. 2, 2022.", None),
        ("It is nearly a year since the pier burned down on June 2, 2020.", "nearly a year"),
        ("It is half a year since the pier burned down on Nov. 2, 2023.", None),
        ("It is a fortnight since the pier burned down on March 1.", "a fortnight"),
        ("It is a fortnight since the pier burned down on April 26.", None),
        # a rate, or a span in a sentence about the past, is no span gone by
        ("The pier, which burned down on June 2, 2020, drew 5,000 visitors a year.", None),
        ("Output has grown by more than 12 pct a year since 1990.", None),
        ("Since 1990 the plant has been tested twice a year.", None),
        ("A year after the pier burned down on June 2, 2020, the council sold it.", None),
    ],
)  # fmt: skip
def test_a_single_unit_or_a_half_in_words(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, PUBLISHED)))
    assert [finding.text for finding in findings] == ([flagged] if flagged else [])
    if flagged == "a fortnight":
        assert "about 10 weeks" in findings[0].message


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a date after a superlative and "since" is a record's reach, not a start
        ("The dry spell has lasted 20 weeks, the longest since records began in 1910.", None),
        ("The dry spell has lasted 20 weeks, the hottest summer since 1976.", None),
        # ... but a noun ending in "-est" is no superlative
        ("The protest, which began on March 1, has now lasted 20 weeks.", "20 weeks"),
    ],
)  # fmt: skip
def test_any_superlative_before_since_compares(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_an_event_said_with_the_parts_of_its_other_names(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    names = ("Ruritania's blockade", "Ruritanian blockade", "blockaded Freedonia",
             "siege of Freedonia", "siege on Freedonia")  # fmt: skip
    event = KnownStart("EVT9", date(2022, 2, 24), names)

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    # Feb. 24, 2022 to May 10, 2024: about 26 months. The agent as the verb's subject ...
    assert findings("Nine months after Ruritanian warships blockaded, ports are idle.") == [
        "Nine months"
    ]
    assert findings("Nine months after Ruritania blockaded, ports are idle.") == ["Nine months"]
    assert findings("Some 26 months after Ruritania blockaded, ports are idle.") == []
    # ... or as the possessor of another name's noun
    assert findings("Nine months into Ruritania's siege, ports are idle.") == ["Nine months"]
    # not another object, nor a noun with describing words between
    assert findings("Nine months after Ruritania blockaded Sylvania, ports are idle.") == []
    assert findings("Nine months into Ruritania's trade siege, ports are idle.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a season, or a third of a year ("early", "mid", "late"), is a start
        ("The hotel has stood empty for three months, since it closed last summer.",
         "three months"),
        ("The hotel has stood empty for ten months, since it closed last summer.", None),
        ("It is 30 months since the spring of 2023, when the estate was last swept.",
         "30 months"),
        ("It is 13 months since the spring of 2023, when the estate was last swept.", None),
        ("The smelter, idle since late 2023, has been shut for 12 months.", "12 months"),
        ("The smelter, idle since late 2023, has been shut for six months.", None),
        ("The smelter, idle since mid-2023, has been shut for 11 months.", None),
        # a birth starts an age
        ("The 38-year-old skipper, born in March 1960, still fishes every day.",
         "38-year-old"),
        ("The 64-year-old skipper, born in March 1960, still fishes every day.", None),
        # "over the last N weeks" reads "over" as the span's preposition, not "more than"
        ("Over the last two weeks, since the bank froze its accounts on March 29, the charity "
         "has lived on cash.", "Over the last two weeks"),
        ("Over the last six weeks, since the bank froze its accounts on March 29, the charity "
         "has lived on cash.", None),
    ],
)  # fmt: skip
def test_seasons_parts_of_years_births_and_spans_over_the_last(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "N years later" read as a date dated from the sentence before: a span from it
        ("The pit closed in 1974. Ten years later, the pithead is a museum.", "Ten years"),
        ("The pit closed in 1974. Fifty years later, the pithead is a museum.", None),
        ("The pit closed on March 1. Three weeks later, the gates are still locked.",
         "Three weeks"),
        # ... up to now only when its own clause speaks of now
        ("The pit closed in 1974. Ten years later it was sold, and now it is a museum.", None),
        ("The pit closed in 1974. Ten years later, it was turned into a museum.", None),
    ],
)  # fmt: skip
def test_a_time_later_than_the_sentence_before(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_an_invasion_told_as_an_attack_and_an_office_by_its_first_election(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    invasion = KnownStart("EVT9", date(2022, 2, 24), ("invaded Freedonia",))
    office = KnownStart("EVT8", date(1994, 7, 20), ("took office",), subjects=("Varga",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        starts = (invasion, office)
        context = ArticleContext(context.article, context.claims, context.sentences, starts)
        return [finding.text for finding in check_duration_starts(context)]

    # Feb. 24, 2022 to May 10, 2024: about 26 months
    assert findings("In the nine months since Ruritania attacked Freedonia, prices rose.") == [
        "nine months"
    ]
    assert findings("In the 26 months since Ruritania attacked Freedonia, prices rose.") == []
    assert findings("Nine months after the attack on Freedonia, ports are still idle.") == [
        "Nine months"
    ]
    # July 20, 1994 to May 10, 2024: about 30 years; only the first election opens the rule
    assert findings("Twelve years after Varga was first elected, parties are banned.") == [
        "Twelve years"
    ]
    assert findings("Thirty years after Varga was first elected, parties are banned.") == []
    assert findings("Varga has been in power for 12 years since his election in 2012.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # the start or end of a year is its first or last two months
        ("The mill has been shut for 30 weeks, since the start of the year.", "30 weeks"),
        ("The mill has been shut for 18 weeks, since the start of the year.", None),
        ("The mill has been shut for 30 months, since the end of 2022.", "30 months"),
        ("The mill has been shut for 17 months, since the end of 2022.", None),
        # an ordinal period in an aside, the sentence's past verb only its start's
        ("The strike, in its 14th week, began on March 1.", "14th week"),
        ("The strike, in its 10th week, began on March 1.", None),
        ("The strike, in its 14th week, was called off after it started on March 1.", None),
        # "turns N" is an age reached now, from the start named before it
        ("The festival, first held in 1990, turns 40 this year.", "40"),
        ("The festival, which was founded in 1990, turns 34 this year.", None),
        ("Mr Brown, who founded the firm in 1970, turns 60 this year.", None),
        # "the decade since", "the year since": one unit
        ("In the decade since the plant closed in 2000, the town has shrunk.", "decade"),
        ("In the decade since the plant closed in 2014, the town has shrunk.", None),
        ("In the year since the flood of March 2023, the town has rebuilt.", None),
    ],
)  # fmt: skip
def test_parts_of_a_year_asides_ages_turned_and_the_decade_since(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_an_invasion_named_by_the_invaders_capital_or_leader(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    names = ("Ruritania's invasion", "Strelsau's invasion", "invaded Freedonia")
    event = KnownStart("EVT9", date(2022, 2, 24), names, unless=("Sylvania",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        context = ArticleContext(context.article, context.claims, context.sentences, (event,))
        return [finding.text for finding in check_duration_starts(context)]

    # the capital's possessive names the invasion, and its agent the verb
    assert findings("In the nine months since Strelsau's invasion, prices rose.") == ["nine months"]
    assert findings("Nine months after Strelsau invaded, the front is still.") == ["Nine months"]
    assert findings("In the 26 months since Strelsau's invasion, prices rose.") == []
    assert findings("Nine months after Strelsau invaded Sylvania, the front is still.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # "in N weeks" after a present perfect is a span gone by, as "for N weeks" is
        ("The mill hasn't produced a sheet in 14 weeks, since March 1.", "14 weeks"),
        ("No ship has docked there in 14 weeks, since the storm on March 1.", "14 weeks"),
        ("No ship has docked there in 10 weeks, since the storm on March 1.", None),
        # ... not after an infinitive or a modal: a time to come
        ("The firm has promised to reopen the mill in 14 weeks, since it closed on March 1.",
         None),
        ("The firm has said the mill will reopen in 14 weeks, after it closed on March 1.",
         None),
    ],
)  # fmt: skip
def test_in_n_weeks_after_a_present_perfect(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_in_the_last_n_years_after_a_plain_present_perfect_is_not_linked_on(from_text):
    # (a plain present perfect names no start of its own; the "since" of the next
    # sentence is another span)
    body = (
        "Only five of the fields have been discovered in the last 20 years, he said. "
        "He also said that since 1970, demand has outrun discoveries."
    )
    assert list(check_duration_starts(from_text(body, PUBLISHED))) == []


def test_an_event_named_by_its_start_or_by_its_own_verb_before_ago(from_text):
    from claimcheck.checks import ArticleContext
    from claimcheck.records import KnownStart

    war = KnownStart("EVT9", date(2022, 2, 24), ("war in Freedonia",))
    treaty = KnownStart("EVT8", date(1999, 12, 8), ("Union treaty",))

    def findings(body: str) -> list[str]:
        context = from_text(body, PUBLISHED)
        starts = (war, treaty)
        context = ArticleContext(context.article, context.claims, context.sentences, starts)
        return [finding.text for finding in check_duration_starts(context)]

    # Feb. 24, 2022 to May 10, 2024: about 26 months
    assert findings("Nine months after the start of the war in Freedonia, talks stall.") == [
        "Nine months"
    ]
    assert findings("Some 26 months after the start of the war in Freedonia, talks stall.") == []
    # Dec. 8, 1999 to May 10, 2024: about 24 years
    assert findings("The Union treaty, signed 12 years ago, has no common currency.") == [
        "12 years ago"
    ]
    assert findings("The Union treaty, signed 24 years ago, has no common currency.") == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a century in words counts in decades, a decade's leeway
        ("It is half a century since the mill closed in 2011.", "half a century"),
        ("It is half a century since the mill closed in 1974.", None),
        ("Nearly half a century since the mill closed in 1977, the site is empty.", None),
        ("It is a quarter of a century since the mill closed in 2011.",
         "a quarter of a century"),
        ("It is a quarter of a century since the mill closed in 1999.", None),
    ],
)  # fmt: skip
def test_a_century_in_words(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a part of a month, read loosely: "early" its first half, "the end" its last third
        ("The mill has been closed for 20 weeks, since early March.", "20 weeks"),
        ("The mill has been closed for 7 weeks, since early March.", None),
        ("The mill has been closed for 13 weeks, since the end of February.", "13 weeks"),
        ("The mill has been closed for 10 weeks, since the end of February.", None),
    ],
)  # fmt: skip
def test_a_part_of_a_month(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


def test_claim_ending_right_before_a_position_matches_a_scan():
    """The ends looked up by bisection are those a scan of every claim finds: a claim
    ending at the position, or before it with nothing but space between."""
    from claimcheck.checks.duration_start import _ends_before

    body = "20 pct  a year, 9 tonnes\ta month and twice a year"
    ends = sorted([6, 9, 24, 37])
    for position in range(len(body) + 1):
        expected = any(not body[end:position].strip() for end in ends if end <= position)
        assert _ends_before(body, ends, position) == expected


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a look ahead inside the duration's own words runs forward, not since a start
        ("Shops have fixed shorter hours for the coming six weeks, since the flood on March 2.",
         None),
        ("Ferries have been laid on for the following three weeks, since the bridge shut on "
         "March 2.", None),
        ("The fund has set aside cash for the upcoming six weeks, since the flood on March 2.",
         None),
        # a start the words before it put ahead stays this year's, and counts nothing yet
        ("The board has approved buying back shares over the next 18 months. It said the "
         "buying is expected to begin around July 20.", None),
        ("The fund has held the cash for 12 months. It said buying is due to start on July 20.",
         None),
        # a start told in the past with no year is still last year's
        ("The fund has held the cash for 12 months. It said buying started on July 20.",
         "12 months"),
    ],
)  # fmt: skip
def test_spans_and_starts_still_ahead(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # a record "since" compares; the compound before it is no time gone by
        ("The index's biggest one-day drop since 1987 has revived calls for curbs.", None),
        ("Its worst two-week slide since 1929 has erased the year's gains.", None),
        ("The longest 20-week wait since records began in 1990 has angered patients.", None),
        # the window a change or a level is measured over
        ("Shares are at a 12-month high since the rate cut in March.", None),
        # the noun is the event whose running length the compound states
        ("The 10-week strike since Feb. 1 has shut the port.", "10-week"),
    ],
)  # fmt: skip
def test_a_compound_before_since_that_is_a_window_or_a_record(from_text, body, flagged):
    texts = [finding.text for finding in check_duration_starts(from_text(body, PUBLISHED))]
    assert texts == ([flagged] if flagged else [])
