from datetime import UTC, datetime

from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article

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
