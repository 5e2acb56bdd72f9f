"""Rule sets as data: load a directory of YAML rules, validate them strictly, check articles.

from claimcheck.rules import load_rules
rules = load_rules(Path("rules"))        # raises RuleError "FILE:LINE: key 'x': ..."
findings = rules.check(context)          # context: claimcheck.checks.base.ArticleContext
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.checks.base import ArticleContext
from claimcheck.records import Finding
from claimcheck.rules.kinds import registered_kinds
from claimcheck.rules.kinds._measure import MeasureMatch, MeasureRule
from claimcheck.rules.matching import ArticleView
from claimcheck.rules.schema import Case, Rule, RuleDoc, RuleError, load_yaml, read_rule

__all__ = ["Case", "Rule", "RuleDoc", "RuleError", "RuleSet", "load_rule_file", "load_rules"]

RULE_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class RuleSet:
    """The rules of one directory, sorted by code; `check` is a pipeline stage."""

    rules: tuple[Rule, ...]
    root: Path | None = None
    # Every subject alias in the set: a sentence naming one is never about the title's subject.
    subjects: tuple[str, ...] = field(init=False, repr=False, default=())

    def __post_init__(self) -> None:
        subjects = {word for rule in self.rules for word in getattr(rule, "subject", ())}
        object.__setattr__(self, "subjects", tuple(sorted(subjects)))

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def by_code(self, code: str) -> Rule:
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise KeyError(code)

    def check(self, context: ArticleContext) -> list[Finding]:
        """Findings of every rule for one article (line and column are left to the pipeline)."""
        view = ArticleView(context, self.subjects)
        findings: list[Finding] = []
        measure_rules = [
            rule
            for rule in self.rules
            if isinstance(rule, MeasureRule) and rule.applies_on(view.published)
        ]
        for claim in view.claims:
            matches: list[tuple[MeasureRule, MeasureMatch]] = []
            for rule in measure_rules:
                match = rule.match_claim(claim, view)
                if match is not None:
                    matches.append((rule, match))
            if not matches:
                continue
            # Only the most specific rules speak about a claim: "Kyiv ... Belarusian border"
            # is about the distance to the border, not about the border's length.
            best = max(match.specificity for _, match in matches)
            for rule, match in matches:
                if match.specificity == best and (finding := rule.judge(match, view)):
                    findings.append(finding)
        for rule in self.rules:
            if not isinstance(rule, MeasureRule):
                findings.extend(rule.check(view))
        findings.sort(key=lambda finding: (finding.start, finding.rule))
        return findings

    __call__ = check


def rule_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    return sorted(
        p
        for p in path.rglob("*")
        if p.suffix in RULE_SUFFIXES
        and p.is_file()
        # Editors' and tools' hidden folders (".git", ".cache") hold no rules.
        and not any(part.startswith(".") for part in p.relative_to(path).parts)
    )


def load_rule_file(path: Path) -> Rule:
    return read_rule(load_yaml(path), registered_kinds())


def load_rules(path: Path | str, files: Iterable[Path] | None = None) -> RuleSet:
    """Load and strictly validate every *.yml / *.yaml below `path` (one rule per file)."""
    root = Path(path)
    if not root.exists():
        raise RuleError(root, 0, None, "no such rules directory")
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    for file in files if files is not None else rule_files(root):
        rule = load_rule_file(file)
        if rule.code in seen:
            first = seen[rule.code]
            raise RuleError(
                file,
                rule.line,
                "code",
                f"duplicate code {rule.code}: also used by {first.path}:{first.line}",
            )
        seen[rule.code] = rule
        rules.append(rule)
    rules.sort(key=lambda rule: rule.code)
    return RuleSet(tuple(rules), root)
