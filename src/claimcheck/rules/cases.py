"""Running a rule's own `cases:` (texts that must and must not trigger it) through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from claimcheck.records import Article, Finding
from claimcheck.rules.schema import Case, Rule


@dataclass(frozen=True, slots=True)
class CaseResult:
    rule: Rule
    case: Case
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        return bool(self.findings) == self.case.expect_finding

    def explain(self) -> str:
        outcome = "fail" if self.case.expect_finding else "pass"
        if self.ok:
            return f"{self.rule.path}:{self.case.line}: {self.rule.code} {outcome} case ok"
        if self.case.expect_finding:
            problem = "expected a finding, got none"
        else:
            problem = "expected no finding, got: " + "; ".join(f.message for f in self.findings)
        return f"{self.rule.path}:{self.case.line}: {self.rule.code} {outcome} case: {problem}"


def case_article(rule: Rule, case: Case) -> Article:
    published = datetime(*case.published.timetuple()[:3]) if case.published else None
    return Article(id=f"{rule.code}-case-{case.line}", body=case.text, published=published)


def run_case(rule_set: object, rule: Rule, case: Case) -> CaseResult:
    """Check a case text with the whole rule set (so rule interplay is tested) and keep the
    findings of this rule."""
    from claimcheck.checks.registry import ArticleContext
    from claimcheck.extract.claims import extract_claims
    from claimcheck.input.text import split_sentences

    article = case_article(rule, case)
    sentences = split_sentences(article.body)
    context = ArticleContext(article, tuple(extract_claims(article, sentences)), tuple(sentences))
    findings = tuple(f for f in rule_set.check(context) if f.rule == rule.code)  # type: ignore[attr-defined]
    return CaseResult(rule, case, findings)


def run_cases(rule_set: object, codes: set[str] | None = None) -> list[CaseResult]:
    return [
        run_case(rule_set, rule, case)
        for rule in rule_set.rules  # type: ignore[attr-defined]
        if codes is None or rule.code in codes
        for case in rule.cases
    ]
