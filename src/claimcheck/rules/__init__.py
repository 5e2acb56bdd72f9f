"""Rule sets as data: load a directory of YAML rules, validate them strictly, check articles.

from claimcheck.rules import load_rules
rules = load_rules(Path("rules"))        # raises RuleError "FILE:LINE: key 'x': ..."
findings = rules.check(context)          # context: claimcheck.checks.registry.ArticleContext

Stage 4: `schema` reads and validates rule files, `matching` finds what a rule is about in an
article, `kinds/` holds one module per rule kind, `cases` runs a rule's own test cases and
`docs` writes the Markdown pages of the rules and built-in codes.

May import: the vocabulary, `claimcheck.input`, `claimcheck.extract`, `claimcheck.checks`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from claimcheck.checks.registry import ArticleContext
from claimcheck.records import Finding, KnownStart
from claimcheck.rules.kinds import registered_kinds
from claimcheck.rules.kinds.measure import MeasureMatch, MeasureRule
from claimcheck.rules.matching import ArticleView, phrase_words
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

    # Rules by a word the article must contain for them to match (see `candidates`), and
    # the rules that may speak about any article.
    _by_anchor: dict[str, tuple[int, ...]] = field(init=False, repr=False, default_factory=dict)
    _unanchored: tuple[int, ...] = field(init=False, repr=False, default=())

    def __post_init__(self) -> None:
        subjects = {word for rule in self.rules for word in getattr(rule, "subject", ())}
        object.__setattr__(self, "subjects", tuple(sorted(subjects)))
        by_anchor: dict[str, list[int]] = {}
        unanchored: list[int] = []
        for index, rule in enumerate(self.rules):
            anchors = _anchor_words(rule.mention_phrases())
            if anchors is None:
                unanchored.append(index)
            for word in anchors or ():
                by_anchor.setdefault(word, []).append(index)
        object.__setattr__(self, "_by_anchor", {w: tuple(i) for w, i in by_anchor.items()})
        object.__setattr__(self, "_unanchored", tuple(unanchored))

    def candidates(self, view: ArticleView) -> list[Rule]:
        """The rules that may find something in the article, in the set's order: those it
        has an anchor word of, and those that speak about any article. One dictionary
        lookup per distinct word of the article, however many rules the set holds."""
        chosen = set(self._unanchored)
        by_anchor = self._by_anchor
        if len(view.words) < len(by_anchor):
            for word in view.words:
                chosen.update(by_anchor.get(word, ()))
        else:
            for word, indexes in by_anchor.items():
                if word in view.words:
                    chosen.update(indexes)
        return [self.rules[index] for index in sorted(chosen)]

    def __len__(self) -> int:
        return len(self.rules)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def known_starts(self) -> tuple[KnownStart, ...]:
        """The starts of the set's events, for the built-in duration check (CC104): handed
        down as data, since the checks sit below the rule sets."""
        return tuple(start for rule in self.rules for start in rule.known_starts())

    def by_code(self, code: str) -> Rule:
        for rule in self.rules:
            if rule.code == code:
                return rule
        raise KeyError(code)

    def check(self, context: ArticleContext) -> list[Finding]:
        """Findings of every rule for one article (line and column are left to the pipeline)."""
        view = ArticleView(context, self.subjects)
        findings: list[Finding] = []
        rules = self.candidates(view)
        # A measure rule speaks only about a claim whose sentence (or the title) names its
        # subject: rules whose subject the article never names are left out at once.
        measure_rules = [
            rule
            for rule in rules
            if isinstance(rule, MeasureRule)
            and rule.applies_on(view.published)
            and view.may_mention(rule.subject)
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
        for rule in rules:
            if not isinstance(rule, MeasureRule):
                findings.extend(rule.check(view))
        findings.sort(key=lambda finding: (finding.start, finding.rule))
        return findings

    __call__ = check


def _anchor_words(phrases: tuple[str, ...] | None) -> set[str] | None:
    """One word of each phrase (its first), any of which the article must contain; None
    when the rule has no phrases or one of them has no word to look for."""
    if phrases is None:
        return None
    anchors: set[str] = set()
    for phrase in phrases:
        words = phrase_words(phrase)
        if not words:
            return None
        anchors.add(words[0])
    return anchors or None


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
