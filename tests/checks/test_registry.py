"""The check registry and run_checks: every kind registered once, selection, odd input."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks import ArticleContext, registered_checks, run_checks
from claimcheck.extract.claims import extract_claims
from claimcheck.input.text import split_sentences
from claimcheck.records import Article, Claim, Finding

EXPECTED_CODES = {
    "CC001": "info",
    "CC101": "error",
    "CC102": "error",
    "CC103": "error",
    "CC104": "warning",
    "CC105": "error",
    "CC106": "warning",
    "CC107": "warning",
    "CC108": "error",
}


def _context(body: str, published: datetime | None = datetime(2024, 5, 14, 8)):
    article = Article(id="story", body=body, published=published)
    sentences = split_sentences(body)
    return ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))


def test_every_check_kind_is_registered_with_its_code_and_severity():
    specs = registered_checks()
    assert {code: spec.severity for code, spec in specs.items()} == EXPECTED_CODES
    for spec in specs.values():
        assert spec.name and spec.summary.endswith(".")
        assert len(spec.documentation.splitlines()) >= 3


def test_selection_limits_the_checks_that_run():
    body = "The ferry left on Friday, May 9, 2024, with a crew of 8 on board."
    context = _context(body, published=None)
    assert {finding.rule for finding in run_checks(context)} == {"CC001", "CC101"}
    assert {finding.rule for finding in run_checks(context, lambda code: code == "CC101")} == {
        "CC101"
    }


def test_article_text_through_extraction_to_findings():
    body = (
        "Harbour officials in Gdansk said on Tuesday, May 14, 2024, that the tanker, "
        "which ran aground 12 miles (30 km) off the coast, had been refloated.\n\n"
        "Captain Marek Wiśniewski said the ship was undamaged. Wiśniewski praised the "
        "tug crews, and Wisniewski's deputy thanked the port.\n\n"
        "Port spokesman Adam Zielinski said Wiśniewski would sail again on Friday."
    )
    findings = run_checks(_context(body))
    by_rule = {finding.rule: finding for finding in findings}
    assert set(by_rule) == {"CC102"}, findings
    assert by_rule["CC102"].text == "30 km"

    wrong_day = body.replace("Tuesday, May 14", "Wednesday, May 14")
    findings = run_checks(_context(wrong_day))
    assert {finding.rule for finding in findings} == {"CC101", "CC102"}


def test_name_slip_found_through_the_whole_article():
    body = (
        "Finnish Prime Minister Liisa Haavisto-Kettunen opened the summit. Energy minister "
        "Jarkko Lehtimaki said prices had fallen.\n\n"
        "Lehtimaki told reporters that the grid was stable. Later Lehtimäki added that "
        "imports would rise, and Lehtimaki said reserves were full. Critics said Lehitmaki "
        "had been too optimistic."
    )
    findings = [f for f in run_checks(_context(body)) if f.rule == "CC107"]
    assert [finding.text for finding in findings] == ["Lehitmaki"]


_dates = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
_numbers = st.one_of(st.none(), st.floats(allow_nan=True, allow_infinity=True))
_texts = st.text(alphabet="0123456789 ,.()%-abcMTWFSyesterdaylastweekofthe", max_size=40)


@st.composite
def _odd_contexts(draw):
    body = draw(_texts)
    claims = []
    for _ in range(draw(st.integers(0, 6))):
        start = draw(st.integers(0, len(body)))
        end = draw(st.integers(start, len(body)))
        claims.append(
            Claim(
                article_id="odd",
                kind=draw(st.sampled_from(["quantity", "date", "duration", "percent", "money"])),
                text=body[start:end],
                start=start,
                end=end,
                value=draw(_numbers),
                low=draw(_numbers),
                unit=draw(
                    st.sampled_from([None, "mile", "kilometer", "percent", "month", "USD", "x"])
                ),
                dimension=draw(
                    st.sampled_from([None, "length", "count", "time", "percent", "currency"])
                ),
                granularity=draw(st.sampled_from([None, "day", "week", "month", "year"])),
                first_day=draw(_dates),
                last_day=draw(_dates),
                weekday=draw(st.one_of(st.none(), st.integers(-2, 9))),
                relative=draw(st.booleans()),
            )
        )
    published = draw(st.one_of(st.none(), st.datetimes(min_value=datetime(1, 1, 2))))
    article = Article(id="odd", body=body, published=published)
    return ArticleContext(article, tuple(sorted(claims, key=lambda c: c.start)), ())


@settings(max_examples=300, deadline=None)
@given(_odd_contexts())
def test_checks_never_raise_on_odd_input(context):
    for finding in run_checks(context):
        assert 0 <= finding.start <= finding.end <= len(context.article.body)
        assert finding.text == context.article.body[finding.start : finding.end]


def test_sentence_at_finds_the_sentence_or_falls_back_to_the_body():
    article = Article(id="s", body="Rain fell. Roads shut.")
    context = ArticleContext(article, (), ((0, 10), (11, 22)))
    assert context.sentence_at(3) == (0, 10)
    assert context.sentence_at(11) == (11, 22)
    assert context.sentence_at(10) == (0, 22)  # the space between sentences


def test_a_check_registered_after_the_first_call_is_still_run():
    # The check modules are imported once per process; the registry itself is read each time.
    from claimcheck.checks import registry

    registered_checks()
    marker = Finding(article_id="s", rule="CC999", severity="info", message="seen.")
    registry._REGISTRY["CC999"] = registry.CheckSpec(
        "CC999", "marker", "info", "A marker.", lambda context: [marker]
    )
    try:
        assert "CC999" in registered_checks()
        assert marker in run_checks(_context("Rain fell.", published=None))
    finally:
        del registry._REGISTRY["CC999"]
    assert "CC999" not in registered_checks()
