"""CC102: a parenthetical unit conversion that does not match its figure."""

from __future__ import annotations

from datetime import datetime

import pytest

from claimcheck.checks import ArticleContext
from claimcheck.checks.unit_conversion import check_unit_conversions
from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.records import Article


def _pair(article, body, first, first_unit, second, second_unit, **qualifiers):
    first_value = float(first.split()[0].replace(",", "").split("-")[0])
    second_value = float(second.split()[0].replace(",", "").split("-")[0])
    return (
        article(body)
        .claim(first, value=first_value, unit=first_unit, dimension="length", **qualifiers)
        .claim(second, value=second_value, unit=second_unit, dimension="length")
        .build()
    )


def test_flags_a_wrong_conversion_and_points_at_the_converted_figure(article):
    context = _pair(
        article, "The trail runs 40 miles (72 km) along the ridge.", "40 miles", "mile",
        "72 km", "kilometer",
    )  # fmt: skip
    (finding,) = check_unit_conversions(context)
    assert finding.rule == "CC102" and finding.severity == "error"
    assert finding.text == "72 km"
    assert finding.message == "'40 miles (72 km)': 40 miles is about 64.4 km"
    assert finding.evidence["original"]["text"] == "40 miles"
    assert finding.evidence["converted_value"] == pytest.approx(64.37, abs=0.01)


def test_a_correct_conversion_is_not_flagged(article):
    context = _pair(
        article, "The trail runs 40 miles (64 km) along the ridge.", "40 miles", "mile",
        "64 km", "kilometer",
    )  # fmt: skip
    assert list(check_unit_conversions(context)) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Both sides keep their stated precision: 40 miles (39.5–40.5) is 63.6–65.2 km.
        ("The dam is 40 miles (64.4 km) upstream.", False),
        ("The dam is 40 miles (65.6 km) upstream.", True),
        # Trailing zeros on the converted side may be rounding, within a small share.
        ("The lake lies 250 miles (400 km) south.", False),
        ("The lake lies 250 miles (300 km) south.", True),
        # Decimal precision of the original side: 2.5 miles may be 2.45–2.55.
        ("The tunnel is 2.5 miles (4.1 km) long.", False),
        ("The tunnel is 2.5 miles (4.6 km) long.", True),
        # Hyphenated compounds, areas, temperatures.
        ("A 12-mile (19-km) stretch was closed.", False),
        ("A 12-mile (25-km) stretch was closed.", True),
        ("The reserve covers 1,200 square miles (3,100 sq km).", False),
        ("The reserve covers 1,200 square miles (1,900 sq km).", True),
        ("The water was 20 degrees Celsius (68 degrees Fahrenheit).", False),
        ("The water was 20 degrees Celsius (78 degrees Fahrenheit).", True),
        # An approximate figure lets a round conversion stand.
        ("The storm was about 300 miles (500 km) wide.", False),
        # Tons may be short, long or metric: any reading that fits is accepted.
        ("The ship carried 2,000 tons (2,000 tonnes) of coal.", False),
        # Money is converted at rates of the day: never checked without a stated rate...
        ("The ticket costs £100 ($180).", False),
        # ... and checked against a rate the article states, in either direction.
        ("The fine is €200 ($256), at a rate of 1.08 dollars to the euro.", True),
        ("The fine is €200 ($216), at a rate of 1.08 dollars to the euro.", False),
        ("Fees are set in yuan ($1 = 7.2 yuan). A permit is 1,440 yuan ($300).", True),
        ("Fees are set in yuan ($1 = 7.2 yuan). A permit is 1,440 yuan ($200).", False),
        # Not a conversion: same unit, or a parenthetical about something else.
        ("The route is 30 km (12 km of it paved).", False),
        ("Output reached 30,000 tonnes (up 5 percent) last year.", False),
    ],
)
def test_conversions_from_text(body, flagged):
    article = Article(id="a1", body=body, published=datetime(2024, 3, 14))
    sentences = split_sentences(body)
    context = ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))
    findings = list(check_unit_conversions(context))
    assert bool(findings) is flagged, findings
