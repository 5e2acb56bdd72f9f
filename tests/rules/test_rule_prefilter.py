"""The word prefilter that lets a rule set of hundreds of rules skip the ones an article
cannot match: it may say "maybe" wrongly, never "no" wrongly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.checks.registry import ArticleContext
from claimcheck.records import Article
from claimcheck.rules.matching import ArticleView, phrase_pattern


def view(body: str, title: str = "") -> ArticleView:
    # The prefilter reads only the text: no claims are needed.
    return ArticleView(ArticleContext(Article(id="t", body=body, title=title), (), ()))


@pytest.mark.parametrize(
    ("body", "phrase"),
    [
        ("Talks with Lukashenko began.", "Lukashenko"),
        ("TALKS WITH LUKASHENKO BEGAN.", "lukashenko"),
        ("Mayor O’Neill spoke.", "O'Neill"),
        ("Jean-Claude Duval arrived.", "Jean-Claude Duval"),
        ("Officials in the U.S. agreed.", "U.S."),
        ("The Minsk\nMoscow road reopened.", "Minsk Moscow"),
    ],
)
def test_a_phrase_in_the_body_may_be_mentioned(body, phrase):
    assert phrase_pattern((phrase,)).search(body)
    assert view(body).may_mention((phrase,))


def test_a_phrase_only_in_the_title_may_be_mentioned():
    assert view("The border is 1,084 km long.", title="Belarus border").may_mention(("Belarus",))


def test_a_phrase_with_a_word_the_article_lacks_is_not_mentioned():
    article = view("Talks with Lukashenko began in Minsk.")
    assert not article.may_mention(("Zelensky", "Volodymyr Zelensky"))
    assert not article.may_mention(("Minsk airport",))  # every word must be there
    assert article.may_mention(("Zelensky", "Minsk"))  # any phrase will do


words = st.sampled_from(["Minsk", "Kyiv", "O'Neill", "border", "Lukashenko", "U.S.", "km"])


@given(
    body_words=st.lists(words, min_size=1, max_size=12),
    separators=st.lists(st.sampled_from([" ", "\n", ", ", " (", "-", "’"]), min_size=12),
    phrase_words=st.lists(words, min_size=1, max_size=3),
)
def test_whatever_phrase_pattern_finds_may_be_mentioned(body_words, separators, phrase_words):
    body = "".join(word + separators[index] for index, word in enumerate(body_words))
    phrase = " ".join(phrase_words)
    if phrase_pattern((phrase,)).search(body):
        assert view(body).may_mention((phrase,))


RULES = Path(__file__).resolve().parents[2] / "rules"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def test_the_rule_index_leaves_out_only_rules_that_could_not_match(monkeypatch):
    """Every case text of every rule in rules/ (texts that must and must not trigger it,
    plus the example articles): the whole set finds the same with the index as without."""
    from claimcheck.extract.claims import extract_claims
    from claimcheck.input.articles import InputProblem, read_articles
    from claimcheck.input.text import split_sentences
    from claimcheck.rules import RuleSet, load_rules
    from claimcheck.rules.cases import case_article

    rules = load_rules(RULES)
    articles = [case_article(rule, case) for rule in rules for case in rule.cases]
    articles += [a for a in read_articles([EXAMPLES]) if not isinstance(a, InputProblem)]
    contexts = []
    for article in articles:
        sentences = split_sentences(article.body)
        claims = tuple(extract_claims(article, sentences))
        contexts.append(ArticleContext(article, claims, tuple(sentences)))
    indexed = [rules.check(context) for context in contexts]
    assert sum(map(len, indexed)) >= sum(case.expect_finding for r in rules for case in r.cases)
    monkeypatch.setattr(RuleSet, "candidates", lambda self, view: list(self.rules))
    assert [rules.check(context) for context in contexts] == indexed


def test_candidates_are_the_rules_whose_words_the_article_holds(tmp_path):
    from claimcheck.rules import load_rules

    for path in RULES.rglob("*.yml"):
        (tmp_path / path.name).write_bytes(path.read_bytes())
    rules = load_rules(tmp_path)
    codes = {rule.code for rule in rules.candidates(view("Lukashenko met officials in Minsk."))}
    assert "PPL002" in codes  # Lukashenko
    assert "GEO002" in codes  # subject Minsk
    assert "PPL003" not in codes and "PPL004" not in codes  # other people
    assert {rule.code for rule in rules if rule.mention_phrases() is None} <= codes


@pytest.mark.parametrize(
    "text",
    [
        "Output_rose 12.5% in Q3; the ZINC-price (per tonne) fell\tto $1,020.",
        "A line\nanother line\r\nand a_third\x0bone",
        "Crème brûlée ÉCOLE straße Ǆ",  # not ASCII: case folding beyond lower case
        "",
    ],
)
def test_the_articles_words_are_the_casefolded_word_runs(text):
    expected = frozenset(re.findall(r"\w+", f"{text}\n".casefold()))
    assert view(text).words == expected


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_words_match_the_word_pattern(text):
    assert view(text).words == frozenset(re.findall(r"\w+", f"{text}\n".casefold()))
