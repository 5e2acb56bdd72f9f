"""Every slip template of benchmarks/inject.py writes exactly one certain slip, marked where it is.

Runs on a small article written here (no ../shared needed): each template, under several
seeds (and each kind of misspelling for names), must fit the article, leave the rest of the
body untouched, mark spans that hold the slip's own figures or words, and state values that
really contradict each other.
"""

from __future__ import annotations

import math
import re
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

# benchmarks/ is a folder of scripts, not a package.
import inject
import inject_templates as templates

BODY = """The town council of Moravel approved a new budget after a long debate, the council's
treasurer said.

Treasurer Agnieszka Wolodarczyk said the budget would pay for repairs to the harbour wall.
Wolodarczyk told councillors that the work could not wait another winter.

Opposition members said the plan was rushed. Their leader, Fintan Harrowgate, asked for a
second reading. Wolodarczyk rejected the request and the vote went ahead.

The harbour wall was last repaired many years ago. Harrowgate said he would raise the matter
again in the autumn, when the accounts are published.
"""
# A Wednesday, after the rule-set events the duration templates name.
PUBLISHED = datetime(2024, 3, 13, 12, tzinfo=UTC)
HOST = inject.Host("test-moravel", "own", BODY, PUBLISHED)
SEEDS = (1, 2, 3, 4, 5)
ALL = templates.all_templates()
NUMBER_WORDS = {templates.number_words(n): n for n in range(100)}
NUMBER_WORDS["dozen"] = 12
HUNDREDS = re.compile(r"(\w+) hundred(?: and ([\w-]+))?")


def as_number(text: str) -> float:
    text = text.strip().lower()
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if text in templates.CC108_FRACTIONS:
        return templates.CC108_FRACTIONS[text]
    if words := HUNDREDS.fullmatch(text):
        return 100 * NUMBER_WORDS[words[1]] + NUMBER_WORDS.get(words[2] or "zero", 0)
    match = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    assert match, f"no figure in {text!r}"
    return float(match.group().replace(",", ""))


def cases():
    for template_id, template in ALL.items():
        if template.kind == "CC107":
            for edit in templates.EDITS:
                yield pytest.param(template_id, edit, id=f"{template_id}-{edit}")
        else:
            yield pytest.param(template_id, None, id=template_id)


def test_every_kind_has_enough_templates_split_into_dev_and_heldout():
    for kind in templates.KINDS:
        dev = [t for t in ALL.values() if t.kind == kind and t.split == "dev"]
        held = [t for t in ALL.values() if t.kind == kind and t.split == "heldout"]
        assert len(dev) >= 8, kind
        assert len(held) >= 4, kind


@pytest.mark.parametrize(("template_id", "edit"), list(cases()))
def test_template_writes_one_marked_slip(template_id, edit):
    template = ALL[template_id]
    for seed in SEEDS:
        injection = inject.inject(HOST, template, seed, edit)
        assert injection is not None, f"{template_id} does not fit the test article"
        body = injection.body
        assert_rest_untouched(injection)
        assert injection.spans, "no slip marked"
        for start, end in injection.spans + injection.others:
            assert 0 <= start < end <= len(body)
            assert body[start:end] == body[start:end].strip(), "span starts or ends in spaces"
        texts = [body[start:end] for start, end in injection.spans]
        check_slip(template.kind, injection.facts, texts, injection, seed)


def assert_rest_untouched(injection):
    """Cutting out what the injection put in gives the original body back, and every slip
    span lies in what it put in."""
    body, shift = injection.body, 0
    restored, cursor, written = [], 0, []
    for offset, removed, text in sorted(injection.edits):
        at = offset + shift
        restored.append(body[cursor:at])
        restored.append(BODY[offset : offset + removed])
        written.append((at, at + len(text)))
        cursor = at + len(text)
        shift += len(text) - removed
    restored.append(body[cursor:])
    assert "".join(restored) == BODY
    assert len(injection.edits) in (1, 2)
    for start, end in injection.spans:
        assert any(a <= start and end <= b for a, b in written), "a slip outside what was written"


def check_slip(kind, facts, texts, injection, seed):
    published = PUBLISHED.date()
    if kind == "CC101":
        day = date.fromisoformat(facts["date"])
        stated = facts["stated_weekday"]
        assert day.weekday() != stated
        joined = " ".join(texts)
        names = (templates.WEEKDAYS[stated], templates.WEEKDAY_ABBREVIATIONS[stated])
        assert any(name in joined for name in names)
        assert str(day.day) in joined or templates.ordinal(day.day) in joined
        if not facts["year_written"]:
            for year in (day.year - 1, day.year + 1):
                assert day.replace(year=year).weekday() != stated
    elif kind == "CC102":
        assert abs(facts["stated"] / facts["exact"] - 1) >= 0.05
        assert not rounds_to(facts["stated"], facts["exact"]), facts
        assert as_number(texts[0]) == pytest.approx(facts["original"])
        assert as_number(texts[1]) == pytest.approx(facts["stated"])
    elif kind == "CC103":
        if "stated_weekday" in facts and "right_weekday" in facts:
            gap = (facts["stated_weekday"] - facts["right_weekday"]) % 7
            assert min(gap, 7 - gap) >= 2
        elif "stated_month" in facts:
            assert facts["stated_month"] != facts["right_month"]
            assert templates.MONTHS[facts["stated_month"] - 1] in texts
        elif "week_start" in facts:
            start = date.fromisoformat(facts["week_start"])
            assert (start - date.fromisoformat(facts["stated"])).days >= 14
        elif "published_weekday" in facts:
            assert facts["stated_weekday"] > facts["published_weekday"]
        else:
            assert (
                abs((date.fromisoformat(facts["right"]) - date.fromisoformat(facts["stated"])).days)
                >= 3
            )
        assert len(texts) == 2
    elif kind == "CC104":
        low, high = facts["elapsed"]
        stated = facts["stated"]
        # Certainly wrong: two units or more away from anything the start allows (an
        # ordinal "Nth week" covers elapsed + 1), or a count of one or two of a unit stated
        # for less than half of it ("almost a year" four months on).
        assert stated >= high + 2 or stated <= low - 1 or (stated <= 2 and high < stated / 2), facts
        assert (
            str(stated) in " ".join(texts)
            or stated in written_amounts(" ".join(texts))
            or (
                stated == int(stated)
                and (
                    templates.number_words(int(stated)) in " ".join(texts).lower()
                    or templates.ordinal(int(stated)) in " ".join(texts)
                    or templates._ordinal_words(int(stated)) in " ".join(texts).lower()
                )
            )
            or (stated != int(stated) and _half_written(stated, " ".join(texts)))
            or _decades_written(stated, " ".join(texts))
        )
        assert date.fromisoformat(facts["start"][0]) < published
    elif kind == "CC105":
        assert facts["share"] > 100
        assert as_number(texts[0]) == facts["share"]
    elif kind == "CC106":
        first, second = facts["sizes"]
        assert first != second and abs(first - second) >= 2
        assert [as_number(text) for text in texts] == [first, second]
    elif kind == "CC107":
        right, wrong = facts["right"], facts["wrong"]
        assert texts == [wrong]
        assert right != wrong and wrong not in BODY
        assert damerau_distance(right, wrong) == 1, (right, wrong)
        assert injection.others and all(injection.body[a:b] == right for a, b in injection.others)
    elif kind == "CC108":
        numbers = sorted(as_number(text) for text in texts)
        # Shares in percent have a whole of 100 that goes unwritten.
        written = facts["parts"] if facts.get("shares") else [facts["whole"], *facts["parts"]]
        if facts.get("fraction"):
            # A fraction of the whole written in words, standing for the first part.
            fraction = templates.CC108_FRACTIONS[facts["fraction"]]
            assert math.isclose(fraction * facts["whole"], facts["parts"][0])
            written = [facts["whole"], fraction, *facts["parts"][1:]]
        assert numbers == sorted(written)
        assert sum(facts["parts"]) > facts["whole"]
    else:
        raise AssertionError(kind)


def written_amounts(text: str) -> set[float]:
    """Counts of a duration written without their number: "a decade" (1, "almost a year"
    too), "half a decade" (0.5), "a year and a half" (1.5), the wire's "3-1/2 years" (3.5),
    "a fortnight" (two weeks), "a quarter of a century" (25 years)."""
    lowered = text.lower()
    amounts = {int(whole) + 0.5 for whole in re.findall(r"\b(\d+)-1/2\b", lowered)}
    if re.match(r"(?:(?:almost|nearly|about|just|over|more than) )*an? [a-z]+\b", lowered):
        amounts.add(1)
    if re.search(r"\bhalf an? [a-z]+\b", lowered):
        amounts.add(0.5)
    if re.search(r"\ban? [a-z]+ and a half\b", lowered):
        amounts.add(1.5)
    if re.search(r"\ba fortnight\b", lowered):
        amounts.add(2)
    if re.search(r"\ba quarter of a century\b", lowered):
        amounts.add(25)  # counted in years, as the template states it
    return amounts


def rounds_to(stated: float, exact: float) -> bool:
    """The exact value rounded to tens, fives, units, tenths ... gives the stated one."""
    for step in (0.01, 0.05, 0.1, 0.5, 1, 5, 10, 50, 100, 500, 1000, 5000):
        if round(exact / step) * step == pytest.approx(stated):
            return True
    return False


def damerau_distance(a: str, b: str) -> int:
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[-1][-1]


def test_misspellings_make_the_edit_they_name():
    import random

    rng = random.Random(3)
    assert templates.misspell("Harrowgate", "dropped letter", rng) in {
        "Harrowgate"[:i] + "Harrowgate"[i + 1 :] for i in range(1, 9)
    }
    doubled = templates.misspell("Harrowgate", "doubled letter", rng)
    assert len(doubled) == 11 and damerau_distance(doubled, "Harrowgate") == 1
    swapped = templates.misspell("Harrowgate", "swapped pair", rng)
    assert sorted(swapped) == sorted("Harrowgate") and swapped != "Harrowgate"
    assert templates.misspell("Harrowgate", "first letter", rng)[1:] == "arrowgate"
    assert templates.misspell("Harrowgate", "last letter", rng)[:-1] == "Harrowgat"


def test_marks_must_be_closed_and_not_nested():
    assert templates.strip_marks("a ⟦b⟧ c ⟨d⟩") == ("a b c d", [(2, 3)], [(6, 7)])
    with pytest.raises(ValueError):
        templates.strip_marks("a ⟦b c")
    with pytest.raises(ValueError):
        templates.strip_marks("⟦a ⟦b⟧⟧")


def test_a_slip_counts_as_found_only_for_its_code_on_its_span():
    injection = inject.inject(HOST, ALL["CC105-01"], 1)
    start, end = injection.spans[0]
    hit = inject.Hit("CC105", "error", start, end, "")
    assert inject.outcome(injection, [hit]) == ("found", "CC105")
    assert inject.outcome(injection, [inject.Hit("CC108", "error", start, end, "")]) == (
        "other code",
        "CC108",
    )
    assert inject.outcome(injection, [inject.Hit("CC105", "info", start, end, "")])[0] == (
        "info only"
    )
    elsewhere = inject.Hit("CC105", "error", 0, 5, "")
    assert inject.outcome(injection, [elsewhere]) == ("missed", "")


def test_insertion_places_avoid_the_first_sentence_and_quotations():
    body = 'First sentence here. He said: "Wait. Then go." The end is near.\n\nNext part.'
    places = inject.insertion_places(body + " and some more words " * 5)
    offsets = [place.offset for place in places]
    assert body.index("Then") not in offsets
    assert all(offset >= body.index(" He") for offset in offsets)


def test_per_template_table_gives_held_out_templates_totals_without_their_form(capsys):
    dev = ALL["CC105-01"]
    held_out = next(t for t in ALL.values() if t.split == "heldout")
    results = []
    for template in (dev, held_out):
        injection = inject.inject(HOST, template, 1)
        assert injection is not None
        results.append((injection, "found", "", "error"))
        results.append((injection, "missed", "", ""))
    inject.print_templates(results, show_heldout=True)
    rows = {
        cells[1]: cells
        for line in capsys.readouterr().out.splitlines()
        if line.startswith("| CC")
        for cells in [[cell.strip() for cell in line.split("|")]]
    }
    assert rows[dev.id][3] == dev.form
    assert rows[held_out.id][2:7] == ["heldout", "-", "2", "1", "50 %"]
    assert held_out.form not in "\n".join(" ".join(cells) for cells in rows.values())


def _half_written(stated: float, text: str) -> bool:
    """A count and a half in words ("six and a half years"): the whole part written out,
    then "and a half"."""
    whole = int(stated)
    return stated - whole == 0.5 and f"{templates.number_words(whole)} and a half" in text.lower()


def _decades_written(stated: float, text: str) -> bool:
    """A count of years written in decades ("a decade" for 10, "two decades" for 20)."""
    if stated % 10:
        return False
    decades = int(stated) // 10
    words = "a decade" if decades == 1 else f"{templates.number_words(decades)} decades"
    return words in text.lower()
