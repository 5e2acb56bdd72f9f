from datetime import UTC, datetime

from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article, Claim

NOW = datetime(2024, 6, 1, tzinfo=UTC)


def check(article):
    return Checker(clock=lambda: NOW).check_article(article)


def test_future_publication_date_is_an_info_finding():
    article = Article(id="f", body="It rained.", published=datetime(2031, 1, 1, tzinfo=UTC))
    [finding] = [f for f in check(article).findings if f.rule == "CC004"]
    assert finding.severity == "info"
    assert "2031-01-01" in finding.message


def test_publication_a_few_hours_ahead_is_clock_skew_not_a_finding():
    article = Article(id="s", body="It rained.", published=datetime(2024, 6, 1, 9, tzinfo=UTC))
    assert not [f for f in check(article).findings if f.rule == "CC004"]


def test_findings_are_located_and_sorted():
    body = "Intro line.\nThey met on Friday, Oct. 3, 2024, in town.\n"
    article = Article(id="w", body=body, published=datetime(2024, 10, 4, tzinfo=UTC), path="w.md")
    result = check(article)
    [finding] = [f for f in result.findings if f.rule == "CC101"]
    assert (finding.line, finding.column) == (2, 13)
    assert finding.path == "w.md"
    assert body[finding.start : finding.end] == finding.text
    assert result.worst_severity == "error"
    assert result.content_hash == check(article).content_hash


def test_a_people_rule_and_the_spelling_check_on_one_name_give_one_finding(tmp_path):
    from claimcheck.rules import load_rules

    (tmp_path / "mayor.yml").write_text(
        "code: PPL900\nname: mayor-okonkwo\nkind: person\nlevel: error\n"
        "message: \"'{stated}' is a misspelling of {person}.\"\n"
        "source: city council register\nperson: Adaeze Okonkwo\naliases: [Okonkwo]\n"
        "misspellings: [Okankwo]\n"
        "doc: {what: The mayor's name misspelt., why: Readers search for it., example: Okankwo}\n"
        "cases: {fail: [Okankwo spoke.], pass: [Okonkwo spoke.]}\n",
        encoding="utf-8",
    )
    body = (
        "Mayor Okonkwo opened the bridge. Okonkwo said the repairs took a year. "
        "Later Okankwo thanked the crews. Okonkwo left at noon."
    )
    article = Article(id="a", body=body, published=datetime(2024, 5, 2, tzinfo=UTC))
    only_builtin = Checker().check_article(article)
    assert [f.rule for f in only_builtin.findings] == ["CC107"]

    rules = load_rules(tmp_path)
    result = Checker(extra_checks=[rules.check]).check_article(article)
    (finding,) = result.findings
    assert (finding.rule, finding.text) == ("PPL900", "Okankwo")
    assert finding.evidence["also_flagged_by"] == ["CC107"]


def test_a_rule_sets_events_reach_the_duration_check(tmp_path):
    from claimcheck.pipeline.checker import build_checker
    from claimcheck.rules import load_rules

    (tmp_path / "flood.yml").write_text(
        "code: EVT900\nname: great-flood\nkind: event\nlevel: error\n"
        "message: \"'{stated}' does not fit {event}.\"\n"
        "source: river authority\ndate: 2023-06-05\nevent: [the great flood]\n"
        "doc: {what: The flood's date., why: Anchor of many stories., example: June 2023}\n"
        "cases: {fail: [The great flood struck on June 9 2023.],"
        " pass: [The great flood struck on June 5 2023.]}\n",
        encoding="utf-8",
    )
    body = "Just over three months after the great flood, the bridge is still shut."
    article = Article(id="e", body=body, published=datetime(2024, 5, 2, tzinfo=UTC))
    assert not [f for f in Checker().check_article(article).findings if f.rule == "CC104"]
    result = build_checker(rules=load_rules(tmp_path)).check_article(article)
    (finding,) = [f for f in result.findings if f.rule == "CC104"]
    assert finding.text == "Just over three months"
    assert finding.evidence["start"]["rule"] == "EVT900"
    assert "about 11 months" in finding.message


# ---- a sentence that cannot be read for claims (CC005) ----------------------------------------

AFTER = datetime(2025, 1, 1, tzinfo=UTC)
SLIPS = (
    "The ferry left on Friday, Oct. 3, 2024, with 40 cars.\n\n"
    "Its crew logged a glitchword figure of 12 knots.\n\n"
    "The harbour fee rose to $4,000 this year."
)


def raise_on(word: str, scanner):
    """A scanner that fails on any text holding `word` and reads everything else."""

    def scan(text, *args):
        if word in text:
            raise ValueError(f"cannot read {word}")
        return scanner(text, *args)

    return scan


def test_a_sentence_the_quantity_scanner_fails_on_is_cc005_and_the_rest_is_checked(
    monkeypatch, caplog
):
    from claimcheck.extract import claims as extraction

    monkeypatch.setattr(
        extraction, "find_quantities", raise_on("glitchword", extraction.find_quantities)
    )
    article = Article(id="x", body=SLIPS, published=datetime(2024, 10, 6, tzinfo=UTC), path="x.md")
    result = Checker(clock=lambda: AFTER).check_article(article)

    [unread] = [f for f in result.findings if f.rule == "CC005"]
    assert unread.severity == "warning"
    assert unread.text == "Its crew logged a glitchword figure of 12 knots."
    assert (unread.line, unread.column) == (3, 1)
    assert "glitchword" in unread.message and "ValueError: cannot read glitchword" in unread.message
    assert unread.evidence == {
        "error": "ValueError: cannot read glitchword",
        "whole_article": False,
    }
    # The other sentences were read and checked: the weekday slip is still found.
    assert [f.rule for f in result.findings if f.rule != "CC005"] == ["CC101"]
    texts = [claim.text for claim in result.claims]
    assert "40 cars" in texts and "$4,000" in texts and "12 knots" not in texts
    assert "could not be read for claims" in caplog.text


def test_a_failure_only_when_reading_the_article_whole_is_one_cc005_for_the_article(monkeypatch):
    from claimcheck.extract import claims as extraction

    # Fails on the whole body (it has paragraph breaks), reads every sentence alone.
    monkeypatch.setattr(extraction, "find_dates", raise_on("\n\n", extraction.find_dates))
    article = Article(id="y", body=SLIPS, published=datetime(2024, 10, 6, tzinfo=UTC))
    result = Checker(clock=lambda: AFTER).check_article(article)

    [unread] = [f for f in result.findings if f.rule == "CC005"]
    assert unread.evidence["whole_article"] is True
    assert (unread.start, unread.end) == (0, 0)
    assert "each sentence was read on its own" in unread.message
    assert "CC101" in [f.rule for f in result.findings]
    assert {"40 cars", "12 knots", "$4,000"} <= {claim.text for claim in result.claims}


def test_cc005_can_be_deselected(monkeypatch):
    from claimcheck.extract import claims as extraction

    monkeypatch.setattr(
        extraction, "find_quantities", raise_on("glitchword", extraction.find_quantities)
    )
    article = Article(id="z", body=SLIPS, published=datetime(2024, 10, 6, tzinfo=UTC))
    result = Checker(selected=lambda code: code != "CC005").check_article(article)
    assert "CC005" not in {finding.rule for finding in result.findings}


def test_claims_are_written_as_the_json_page_writes_them_and_read_back_equal():
    import dataclasses
    import json
    import math
    from datetime import date

    from claimcheck.pipeline.checker import claims_from_json, claims_to_json

    plain = Claim(article_id="a", kind="quantity", text="12 boats", start=4, end=12, value=12.0)
    odd = dataclasses.replace(
        plain,
        text='a "quoted" back\\slash, a tab\t, a bell \x07, é and ☃',
        sentence="Line one\nline two.",
        value=math.nan,
        low=-math.inf,
        high=1e22,
        count=1e-05,
        weekday=3,
        relative=True,
        first_day=date(2024, 2, 29),
        period_end=date(1987, 3, 1),
        unit="€",
    )
    # A day before the year 1000 (ISO pads it) and a datetime where a day stands (its time
    # written as to_dict writes it).
    early = dataclasses.replace(plain, last_day=date(999, 1, 2), period_start=date(1, 1, 1))
    stamped = dataclasses.replace(plain, period_start=datetime(2024, 1, 2, 3, 4))
    claims = (plain, odd, plain, early)
    written = claims_to_json(claims)
    as_json_writes = json.dumps(
        [claim.to_dict() for claim in claims], ensure_ascii=False, separators=(",", ":")
    )
    assert written == as_json_writes
    assert claims_to_json([stamped]) == json.dumps(
        [stamped.to_dict()], ensure_ascii=False, separators=(",", ":")
    )
    assert claims_to_json(()) == "[]"
    back = claims_from_json(written)
    assert back[0] == plain and back[1].first_day == date(2024, 2, 29)
    assert math.isnan(back[1].value) and back[1].low == -math.inf and back[1].text == odd.text


def test_the_claims_two_texts_written_in_one_pass_are_each_writers_own():
    import dataclasses
    import math
    from datetime import date

    from claimcheck.ledger.store import _claims_json
    from claimcheck.pipeline.checker import claims_texts, claims_to_json

    plain = Claim(article_id="a", kind="quantity", text="12 boats", start=4, end=12, value=12.0)
    odd = dataclasses.replace(
        plain,
        # Non-ASCII text (escaped only in the ledger's), a lone surrogate, control characters.
        text='a "quoted" back\\slash, a tab\t, a bell \x07, é, ☃ and \ud83d',
        sentence="Line one\nline two, é.",
        value=math.nan,
        low=-math.inf,
        high=1e22,
        count=0.0,
        weekday=0,
        relative=False,  # the page writes false, the ledger leaves it out
        first_day=date(2024, 2, 29),
        last_day=date(999, 1, 2),
        period_start=datetime(2024, 1, 2, 3, 4),
        unit="€",
    )
    told = dataclasses.replace(plain, relative=True, unit="dlrs", normalized_value=math.inf)
    bare = Claim(article_id="a", kind="", text="", start=0, end=0, qualifier="")
    for claims in ([plain, odd, plain], [odd], [told, odd], [bare], [bare, plain], [], [plain]):
        assert claims_texts(claims) == (claims_to_json(claims), _claims_json(claims))
    # The claims of a checked article, as a run's worker writes them.
    article = Article(
        id="n1",
        body="Exports rose 4.5 pct to 12.3 billion euros in March, the office said on Friday. "
        "About 1,200 workers at the Zürich plant, 15 km away, were told on June 3.",
        published=datetime(2024, 4, 2, tzinfo=UTC),
    )
    claims = Checker().check_article(article).claims
    assert len(claims) >= 3
    assert claims_texts(claims) == (claims_to_json(claims), _claims_json(claims))
