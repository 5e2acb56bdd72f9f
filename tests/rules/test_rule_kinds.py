"""Each rule kind on small texts run through the real extractor: what is flagged, what is not."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.rules import RuleSet, load_rule_file, load_rules
from claimcheck.rules.kinds import KIND_MODULES, registered_kinds

RULE_HEAD = """\
code: {code}
kind: {kind}
level: {level}
message: "{message}"
source: A test source.
doc:
  what: Something.
  why: Because.
cases:
  fail: [x]
  pass: [y]
"""


def make_rule(rule_file, code, kind, message, body, level="error", name=None):
    text = RULE_HEAD.format(code=code, kind=kind, level=level, message=message) + body
    return load_rule_file(rule_file(text, name or f"{code.lower()}.yml"))


@pytest.fixture
def border_rule(rule_file):
    return make_rule(
        rule_file,
        "GEO901",
        "fact",
        "{stated} from {subject}: about {expected}",
        "subject: [Kyiv]\ncontext: [Belarusian border, border with Belarus]\n"
        "measure: length\nvalue: 90\nunit: km\ntolerance: 20 km\n",
    )


def test_every_kind_module_registers_one_kind():
    kinds = registered_kinds()
    assert sorted(kinds) == ["event", "fact", "person", "range", "unit-policy"]
    assert len(KIND_MODULES) == len(kinds)


# -- fact ----------------------------------------------------------------------------------


def test_fact_flags_a_distance_far_off_and_fills_the_finding(border_rule, context):
    ctx = context("Kyiv lies 200 miles from the Belarusian border, officials said.")
    [finding] = RuleSet((border_rule,)).check(ctx)
    assert finding.rule == "GEO901" and finding.severity == "error"
    assert ctx.article.body[finding.start : finding.end] == "200 miles"
    assert finding.message == "200 miles from Kyiv: about 90 km (70–110 km)"
    assert finding.line == 0 and finding.column == 0
    assert finding.evidence["matched"] == ["Kyiv", "Belarusian border", "200 miles"]
    assert finding.evidence["expected"] == "90 km (70–110 km)"
    assert finding.evidence["stated"] == "200 miles"
    assert finding.evidence["source"] == "A test source."
    assert finding.evidence["rule_file"].endswith("geo901.yml")


@pytest.mark.parametrize(
    "body",
    [
        "Kyiv lies 60 miles from the Belarusian border.",  # 97 km
        "Kyiv lies some 100 km from the border with Belarus.",
        "Kyiv lies 200 miles from Lviv.",  # no context word: another distance
    ],
)
def test_fact_accepts_consistent_or_unrelated_figures(border_rule, context, body):
    assert RuleSet((border_rule,)).check(context(body)) == []


def test_fact_respects_qualifiers(border_rule, context):
    rules = RuleSet((border_rule,))
    assert rules.check(context("Kyiv is more than 50 km from the Belarusian border.")) == []
    assert rules.check(context("Kyiv is less than 10 km from the Belarusian border."))
    assert rules.check(context("Kyiv is more than 150 km from the Belarusian border."))


def test_fact_ties_words_to_the_nearest_figure(border_rule, context):
    rules = RuleSet((border_rule,))
    # "200 miles" is the distance to Lviv; the border word is nearer the other figure.
    body = "Kyiv is 200 miles from Lviv and 60 miles from the Belarusian border."
    assert rules.check(context(body)) == []
    body = "Kyiv is 60 miles from Lviv and 200 miles from the Belarusian border."
    assert [f.text for f in rules.check(context(body))] == ["200 miles"]
    # A conversion in parentheses restates the figure and does not compete with it.
    body = "Kyiv is 200 miles (322 km) from the Belarusian border."
    assert [f.text for f in rules.check(context(body))] == ["200 miles", "322 km"]


def test_fact_uses_the_title_only_when_the_sentence_names_nobody(rule_file, context):
    rule = make_rule(
        rule_file,
        "GEO902",
        "fact",
        "{stated}",
        "subject: [Testville]\nmeasure: length\nvalue: 50\nunit: km\ntolerance: 5 km\n",
    )
    rules = RuleSet((rule,))
    title = "Testville prepares for winter"
    assert rules.check(context("The town is 300 km long.", title=title))
    assert rules.check(context("Otherville is 300 km long.", title=title)) == []
    assert rules.check(context("The town is 300 km long.", title="Winter is here")) == []


def test_the_most_specific_rule_wins(rule_file, context, border_rule):
    length = make_rule(
        rule_file,
        "GEO903",
        "fact",
        "{stated}",
        "subject: [Belarusian border]\nmeasure: length\nvalue: 1084\nunit: km\ntolerance: 40 km\n",
    )
    rules = RuleSet((border_rule, length))
    # Subject and context of GEO901 both match: GEO903 (subject only) keeps quiet.
    assert rules.check(context("Kyiv lies 90 km from the Belarusian border.")) == []
    [finding] = rules.check(context("Soldiers patrol the Belarusian border, 90 km of it."))
    assert finding.rule == "GEO903"


def test_valid_from_and_valid_to_follow_the_publication_date(rule_file, context):
    rule = make_rule(
        rule_file,
        "GEO904",
        "fact",
        "{stated}",
        "subject: [Testville]\nmeasure: length\nvalue: 50\nunit: km\n"
        "valid_from: 2020-01-01\nvalid_to: 2020-12-31\n",
    )
    rules = RuleSet((rule,))
    body = "Testville is 300 km from the sea."
    assert rules.check(context(body, published="2020-06-01"))
    assert rules.check(context(body, published="2021-06-01")) == []
    assert rules.check(context(body, published=None)) == []
    assert rule.valid_from == date(2020, 1, 1)


# -- range ---------------------------------------------------------------------------------


@pytest.fixture
def troops_rule(rule_file):
    return make_rule(
        rule_file,
        "RNG901",
        "range",
        "{stated} for {subject}: {expected}",
        "subject: [Belarus]\nunless: [Russia]\nmeasure: [troops, soldier, man]\n"
        "min: 0\nmax: 70000\n",
        level="warning",
    )


def test_range_flags_counts_beyond_the_bounds(troops_rule, context):
    [finding] = RuleSet((troops_rule,)).check(context("Belarus could send 150,000 soldiers."))
    assert finding.severity == "warning"
    assert finding.message == "150,000 soldiers for Belarus: between 0 and 70,000 troops"


@pytest.mark.parametrize(
    "body",
    [
        "Belarus could send between 15,000 and 18,000 men.",
        "Russia has 200,000 troops near Belarus.",  # `unless` word
        "Belarus could send 150,000 tanks.",  # another counted noun
    ],
)
def test_range_keeps_quiet_within_bounds_or_about_something_else(troops_rule, context, body):
    assert RuleSet((troops_rule,)).check(context(body)) == []


def test_a_rule_may_name_a_measure_of_the_vocabulary_and_its_words_find_it(rule_file, context):
    jobless = make_rule(
        rule_file,
        "RNG902",
        "range",
        "{stated}: {expected}",
        "measure: unemployment\nmin: 0\nmax: 100\nunit: percent\n",
    )
    assert jobless.subject[:2] == ("unemployment rate", "jobless rate")  # the measure's words
    [finding] = RuleSet((jobless,)).check(context("The jobless rate stood at 105 percent."))
    assert finding.rule == "RNG902"
    assert RuleSet((jobless,)).check(context("Inflation stood at 105 percent.")) == []


def test_a_measure_that_is_no_dimension_nor_of_the_vocabulary_is_refused(rule_file):
    from claimcheck.rules import RuleError

    with pytest.raises(RuleError, match="nor a measure of the vocabulary"):
        body = "subject: [Ruritania]\nmeasure: troop\nmin: 0\nmax: 1\n"
        make_rule(rule_file, "RNG903", "range", "x", body)


# -- event ---------------------------------------------------------------------------------


@pytest.fixture
def invasion_rule(rule_file):
    return make_rule(
        rule_file,
        "EVT901",
        "event",
        "{stated}: {event} began {date}; {expected}",
        "event: [invasion, war on Ukraine]\ndate: 2022-02-24\n",
    )


def test_event_flags_an_elapsed_time_too_long(invasion_rule, context):
    [finding] = RuleSet((invasion_rule,)).check(
        context("Russia has waged war on Ukraine for the last 14 months.")
    )
    assert finding.evidence["matched"] == ["war on Ukraine", "the last 14 months"]
    assert "about 9.8 months since Feb. 24, 2022" in finding.message


def test_event_flags_a_wrong_date_of_the_event(invasion_rule, context):
    [finding] = RuleSet((invasion_rule,)).check(context("The invasion on Feb. 21, 2022 shocked."))
    assert finding.text == "Feb. 21, 2022"
    assert finding.evidence["expected"] == "2022-02-24"


@pytest.mark.parametrize(
    "body",
    [
        "Russia has waged war on Ukraine for the last 10 months.",
        "In the nine months since the invasion, prices doubled.",
        "The invasion on Feb. 24 shocked Europe.",
        "Putin came to Minsk on Dec. 19, his first visit since the invasion.",
        "Two weeks before the invasion, Putin hosted Lukashenko.",
    ],
)
def test_event_keeps_quiet_when_right_or_unrelated(invasion_rule, context, body):
    assert RuleSet((invasion_rule,)).check(context(body)) == []


def test_event_needs_a_publication_date_for_elapsed_times(invasion_rule, context):
    body = "In the 14 months since the invasion, prices doubled."
    assert RuleSet((invasion_rule,)).check(context(body)) != []
    assert RuleSet((invasion_rule,)).check(context(body, published=None)) == []


# -- person --------------------------------------------------------------------------------


@pytest.fixture
def putin_rule(rule_file):
    return make_rule(
        rule_file,
        "PPL901",
        "person",
        "{found} is not {person}",
        "person: Vladimir Putin\naliases: [Putin]\nmisspellings: [Puttin]\nborn: 1952-10-07\n",
    )


def test_person_flags_known_misspellings(putin_rule, context):
    [finding] = RuleSet((putin_rule,)).check(context("Crowds waited for Puttin."))
    assert (finding.text, finding.message) == ("Puttin", "Puttin is not Vladimir Putin")


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("Putin, 70, arrived on Monday.", False),
        ("Putin, 71, arrived on Monday.", True),
        ("Putin (69) arrived on Monday.", True),
        ("The 70-year-old Russian President Vladimir Putin arrived.", False),
        ("The 72-year-old Russian President Vladimir Putin arrived.", True),
        ("A 72-year-old woman met Putin.", False),
        ("Putin, 2022, was a hard year.", False),
    ],
)
def test_person_checks_ages_against_the_birth_date(putin_rule, context, body, flagged):
    findings = RuleSet((putin_rule,)).check(context(body))
    assert bool(findings) is flagged
    if flagged:
        assert "was 70 on the publication date (born Oct. 7, 1952)" in findings[0].message


def test_age_a_birthday_behind_is_accepted(putin_rule, context):
    # Published six days after his 70th birthday, written perhaps before it.
    assert RuleSet((putin_rule,)).check(context("Putin, 69, spoke.", published="2022-10-13")) == []


# -- unit-policy ---------------------------------------------------------------------------


@pytest.fixture
def tons_rule(rule_file):
    return make_rule(
        rule_file,
        "UNIT901",
        "unit-policy",
        "'{stated}': which {unit}?",
        "units: [tons]\nqualifiers: [metric, short, tonnes]\n",
        level="info",
    )


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        ("The ship carried 5,000 tons of grain.", True),
        ("The ship carried 5,000 metric tons of grain.", False),
        ("The ship carried 5,000 short tons of grain.", False),
        ("The ship carried 5,000 tons (4,536 tonnes) of grain.", False),
        ("The ship carried 5,000 tonnes of grain.", False),
    ],
)
def test_unit_policy_wants_a_qualified_ton(tons_rule, context, body, flagged):
    findings = RuleSet((tons_rule,)).check(context(body))
    assert bool(findings) is flagged
    if flagged:
        assert findings[0].message == "'5,000 tons': which ton?"
        assert findings[0].severity == "info"


def test_unit_policy_covers_a_rate_of_its_unit(tons_rule, context):
    findings = RuleSet((tons_rule,)).check(context("It runs a 90,000 ton-per-year mill."))
    assert [finding.message for finding in findings] == ["'90,000 ton-per-year': which ton?"]
    assert RuleSet((tons_rule,)).check(context("It runs a 90,000 tonne-per-year mill.")) == []


def test_rule_set_sorts_rules_and_findings(rule_file, valid_fact, context):
    rule_file(valid_fact.replace("TST001", "TST002"), "b.yml")
    rule_file(valid_fact, "a/z.yml")
    rules = load_rules(rule_file(valid_fact.replace("TST001", "TST000"), "c.yml").parent)
    assert [rule.code for rule in rules] == ["TST000", "TST001", "TST002"]
    findings = rules.check(
        context("Testville is 200 km from the sea. Test City is 9 km from the coast.")
    )
    assert [(f.rule, f.text) for f in findings] == [
        ("TST000", "200 km"),
        ("TST001", "200 km"),
        ("TST002", "200 km"),
        ("TST000", "9 km"),
        ("TST001", "9 km"),
        ("TST002", "9 km"),
    ]
