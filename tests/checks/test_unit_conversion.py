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
        article, "The trail runs 40 miles (85 km) along the ridge.", "40 miles", "mile",
        "85 km", "kilometer",
    )  # fmt: skip
    (finding,) = check_unit_conversions(context)
    assert finding.rule == "CC102" and finding.severity == "error"
    assert finding.text == "85 km"
    assert finding.message == (
        "'40 miles (85 km)': 40 miles is about 64.4 km; the conversion is 32% off"
    )
    assert finding.evidence["original"]["text"] == "40 miles"
    assert finding.evidence["converted_value"] == pytest.approx(64.37, abs=0.01)
    assert finding.evidence["share_off"] == pytest.approx(0.32, abs=0.005)


@pytest.mark.parametrize(
    ("converted", "severity"),
    [
        ("64 km", None),  # right
        ("60 km", None),  # rounded to one digit, like the 40 it converts
        ("66 km", None),  # 2.5 percent: a rounded factor, not worth a finding
        ("69 km", "warning"),  # 7 percent: probably a slip
        ("74 km", "warning"),
        ("76 km", "error"),  # 18 percent: certainly wrong
        ("40 km", "error"),  # miles copied as kilometres
    ],
)
def test_level_follows_the_size_of_the_error(article, converted, severity):
    body = f"The trail runs 40 miles ({converted}) along the ridge."
    context = _pair(article, body, "40 miles", "mile", converted, "kilometer")
    findings = list(check_unit_conversions(context))
    assert [finding.severity for finding in findings] == ([severity] if severity else [])


def test_a_correct_conversion_is_not_flagged(article):
    context = _pair(
        article, "The trail runs 40 miles (64 km) along the ridge.", "40 miles", "mile",
        "64 km", "kilometer",
    )  # fmt: skip
    assert list(check_unit_conversions(context)) == []


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # Both sides keep their stated precision: 40 miles (39.5–40.5) is 63.6–65.2 km;
        # 1.9 percent beyond it is a rounded factor, 8 percent probably a slip.
        ("The dam is 40 miles (64.4 km) upstream.", False),
        ("The dam is 40 miles (65.6 km) upstream.", False),
        ("The dam is 40 miles (69.5 km) upstream.", True),
        # Trailing zeros on the converted side may be rounding, to no fewer significant
        # digits than the converted figure has.
        ("The lake lies 250 miles (400 km) south.", False),
        ("The lake lies 250 miles (300 km) south.", True),
        ("The drive is 40 miles (60km) by the old road.", False),
        ("The cliff rises 500 feet (150 metres).", False),
        ("The jump was 30ft (10m) from a window.", False),
        ("The peak is 6,250 feet (2,000 metres) high.", True),
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
        # ... and a hedged figure may itself be five percent off: "about 90" may be 85.5 to
        # 94.5 km, 53 to 59 miles, which "50 miles" may round; not so without the hedge,
        # nor far beyond it ("roughly 30 miles" is at most 51 km, not 55).
        ("The quake struck about 90 km (50 miles) east of the city.", False),
        ("The quake struck 90 km (50 miles) east of the city.", True),
        ("The quake struck about 90 km (40 miles) east of the city.", True),
        ("The detour added roughly 30 miles (55 km) to the trip.", True),
        # A conversion by 0.6 miles to the km is 3.4 percent off: a rounded factor.
        ("The train was derailed 200 km (120 miles) east of the port.", False),
        ("The train was derailed 200 km (115 miles) east of the port.", True),
        # Tons may be short, long or metric: any reading that fits is accepted.
        ("The ship carried 2,000 tons (2,000 tonnes) of coal.", False),
        # Money is converted at rates of the day: never checked without a stated rate...
        ("The ticket costs £100 ($180).", False),
        # ... and checked against a rate the article states, in either direction.
        ("The fine is €200 ($256), at a rate of 1.08 dollars to the euro.", True),
        ("The fine is €200 ($216), at a rate of 1.08 dollars to the euro.", False),
        ("Fees are set in yuan ($1 = 7.2 yuan). A permit is 1,440 yuan ($300).", True),
        ("Fees are set in yuan ($1 = 7.2 yuan). A permit is 1,440 yuan ($200).", False),
        # A barrel of oil is 42 US gallons, about 159 litres.
        ("The tanker loaded 21,500 barrels (3.42 million litres) of crude.", False),
        ("The tanker loaded 21,500 barrels (2.56 million litres) of crude.", True),
        # A decade is ten years.
        ("The dam took two decades (20 years) to finish.", False),
        ("The dam took five decades (30 years) to finish.", True),
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
