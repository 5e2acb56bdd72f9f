"""CC107 at a tie: which spelling other stories establish, or no guess; CC106: a person's age
given twice, a body named by its initials, "one of N", a group in a compound's possessive."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from claimcheck.checks.figure_two_ways import check_figures_stated_two_ways
from claimcheck.checks.name_spelling import check_name_spellings


def _spelling_findings(article, body):
    return list(check_name_spellings(article(body).build()))


def test_a_tie_points_at_the_spelling_no_other_story_uses(article):
    # The slip comes first: the later spelling, the usual pick at a tie, is the right one.
    body = (
        "Shares in Barlcays slipped in early trading on Friday. Dealers said the fall "
        "followed a downgrade, and Barclays declined to comment."
    )
    (finding,) = _spelling_findings(article, body)
    assert finding.text == "Barlcays"
    assert finding.evidence["pointed_by"] == "established spelling"
    assert "'Barclays' is the spelling other news copy uses" in finding.message


def test_a_tie_with_nothing_to_go_on_says_either_may_be_the_slip(article):
    body = "The deal was signed by Okafor. Later Okafar told reporters the price was fair."
    (finding,) = _spelling_findings(article, body)
    assert finding.text == "Okafar"
    assert finding.evidence["pointed_by"] == "tie"
    assert finding.message.endswith(
        "the article writes each as often and other news copy does not tell them apart, "
        "so either may be the slip"
    )


def test_a_rarer_spelling_is_still_pointed_at_by_its_count(article):
    body = (
        "Greenspan spoke to bankers on Monday. Greenpsan said rates would hold, and "
        "Greenpsan repeated it on Tuesday."
    )
    (finding,) = _spelling_findings(article, body)
    assert finding.text == "Greenspan" and finding.evidence["pointed_by"] == "rarer"


AGES = [
    ("Halvard Okafor, 45, was named chief executive on Monday. The 48-year-old Okafor "
     "joined the firm as an engineer.", True),
    ("Okafor, a 52-year-old surveyor, led the dig. Visitors met Okafor, 58, at the gate.",
     True),
    # the same age, or one year apart (a birthday between the two mentions)
    ("Halvard Okafor, 45, was named chief executive on Monday. The 45-year-old Okafor "
     "joined the firm as an engineer.", False),
    ("Halvard Okafor, 45, was named chief executive on Monday. The 46-year-old Okafor "
     "joined the firm as an engineer.", False),
    # two people of one family
    ("Marisol Okafor, 41, and her son Teodor Okafor, 12, were rescued from the roof.", False),
    # an age at another time of life
    ("Okafor, 45, runs the bakery. Okafor was 19 when he first baked bread for a living, "
     "and the 19-year-old Okafor sold it door to door.", False),
]  # fmt: skip


@pytest.mark.parametrize(("body", "flagged"), AGES)
def test_a_persons_age_given_two_ways(from_text, body, flagged):
    findings = list(check_figures_stated_two_ways(from_text(body)))
    assert bool(findings) is flagged


GROUPS = [
    # a body named in full with its initials in brackets, then by the initials
    ("The 12-nation Southern Shipping Forum (SSF) meets in Lisbon in June. Delegates "
     "from all 15 SSF member states will attend.", True),
    ("The 12-nation Southern Shipping Forum (SSF) meets in Lisbon in June. Delegates "
     "from all 12 SSF member states will attend.", False),
    # "one of N" counts some out of the whole: N is the whole's size
    ("Judge Ines Carvalho, one of seven judges on the tribunal, dissented. The "
     "nine-judge tribunal sat for a week.", True),
    ("Judge Ines Carvalho, one of seven judges on the tribunal, dissented. The "
     "seven-judge tribunal sat for a week.", False),
    # a compound sizing the group whose possessive follows it
    ("The 20-member council's leader spoke on Friday. All 24 members of the council "
     "were told by letter.", True),
    ("The 20-member council's leader spoke on Friday. All 20 members of the council "
     "were told by letter.", False),
]  # fmt: skip


@pytest.mark.parametrize(("body", "flagged"), GROUPS)
def test_a_groups_size_named_by_initials_one_of_or_a_possessive(from_text, body, flagged):
    findings = list(check_figures_stated_two_ways(from_text(body)))
    assert bool(findings) is flagged


TOOL = Path(__file__).resolve().parents[2] / "tools" / "generate_known_spellings.py"


def _generator():
    spec = importlib.util.spec_from_file_location("generate_known_spellings", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_the_committed_spellings_are_what_the_script_writes():
    generator = _generator()
    corpora = generator.shared_corpora()
    if not all((corpora / name).exists() for name in generator.CORPORA):
        pytest.skip("../shared is absent")
    committed = generator.MODULE.read_text(encoding="utf-8")
    assert generator.render(generator.count_names(corpora)) == committed, (
        "run tools/generate_known_spellings.py"
    )
