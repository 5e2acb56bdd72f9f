"""Inline suppression comments in drafts: `<!-- claimcheck-disable-next-line CODE -- reason -->`.

Four directives, each an HTML comment (invisible once the Markdown is rendered):

- `claimcheck-disable-next-line [CODES] [-- reason]`: findings that start on the next line;
- `claimcheck-disable-line [CODES] [-- reason]`: findings that start on the comment's own line;
- `claimcheck-disable [CODES] [-- reason]`: findings from the comment's line on, until
- `claimcheck-enable [CODES]`: ends a `disable` (no codes: ends them all).

CODES is a comma- or space-separated list of codes or prefixes (`CC101`, `CC1`, `GEO`); no code
means every code. Everything after ` -- ` is the reason, kept with the suppressed finding.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claimcheck.records import Finding

_DIRECTIVE = re.compile(
    r"<!--\s*claimcheck-(?P<kind>disable-next-line|disable-line|disable|enable)(?![\w-])"
    r"(?P<rest>.*?)-->",
    re.DOTALL,
)
_CODE_SEPARATORS = re.compile(r"[\s,]+")
_NEWLINE = re.compile("\n")


@dataclass(frozen=True, slots=True)
class Directive:
    """One suppression comment: its kind, codes (empty = all), reason and body offsets."""

    kind: str
    codes: tuple[str, ...]
    reason: str
    start: int
    end: int

    def covers(self, rule: str) -> bool:
        return not self.codes or matches_any(rule, self.codes)


@dataclass(frozen=True, slots=True)
class Suppressed:
    """A finding left out of the output, and the directive (or waiver) that left it out."""

    finding: Finding
    reason: str
    by: str


def matches_any(rule: str, prefixes: Iterable[str]) -> bool:
    rule = rule.upper()
    return any(rule.startswith(prefix) for prefix in prefixes)


def parse_directives(body: str) -> list[Directive]:
    """Every suppression comment in an article body, in order."""
    directives = []
    for match in _DIRECTIVE.finditer(body):
        rest = match.group("rest")
        codes_part, _, reason = rest.partition("--")
        codes = tuple(code.upper() for code in _CODE_SEPARATORS.split(codes_part) if code)
        directives.append(
            Directive(match.group("kind"), codes, reason.strip(), match.start(), match.end())
        )
    return directives


@dataclass(frozen=True, slots=True)
class _State:
    """What is switched off from one offset on: everything (minus exceptions) and/or codes."""

    everything: bool = False
    codes: frozenset[str] = frozenset()
    exceptions: frozenset[str] = frozenset()
    reason: str = ""

    def covers(self, rule: str) -> bool:
        if matches_any(rule, self.codes):
            return True
        return self.everything and not matches_any(rule, self.exceptions)

    def apply(self, directive: Directive) -> _State:
        codes = frozenset(directive.codes)
        if directive.kind == "disable":
            if not codes:
                return _State(everything=True, reason=directive.reason)
            return _State(
                self.everything,
                self.codes | codes,
                self.exceptions - codes,
                directive.reason or self.reason,
            )
        if not codes:  # enable everything
            return _State()
        return _State(
            self.everything,
            frozenset(code for code in self.codes if code not in codes),
            self.exceptions | codes if self.everything else self.exceptions,
            self.reason,
        )


class InlineSuppressions:
    """The suppression comments of one article body, answering "is this finding switched off?"."""

    def __init__(self, body: str) -> None:
        self.directives = parse_directives(body) if "claimcheck-" in body else []
        self._line_starts = [0]
        if self.directives:
            self._line_starts += [match.end() for match in _NEWLINE.finditer(body)]
        # Block state changes, as (offset where it takes effect, state from there on).
        self._offsets: list[int] = []
        self._states: list[_State] = []
        state = _State()
        # Line-scoped directives, by the body line (0-based) they cover.
        self._by_line: dict[int, list[Directive]] = {}
        for directive in self.directives:
            if directive.kind == "disable-next-line":
                line = self._line_of(directive.end) + 1
                self._by_line.setdefault(line, []).append(directive)
            elif directive.kind == "disable-line":
                for line in range(self._line_of(directive.start), self._line_of(directive.end) + 1):
                    self._by_line.setdefault(line, []).append(directive)
            else:
                # A disable takes effect from the start of its own line (so a comment at the top
                # also covers whole-article findings at offset 0); an enable from the comment on.
                if directive.kind == "disable":
                    where = self._line_starts[self._line_of(directive.start)]
                else:
                    where = directive.start
                state = state.apply(directive)
                self._offsets.append(where)
                self._states.append(state)

    def _line_of(self, offset: int) -> int:
        return bisect_right(self._line_starts, offset) - 1

    def reason_for(self, finding: Finding) -> str | None:
        """The directive's reason ("" if none given) when the finding is suppressed, else None."""
        if not self.directives:
            return None
        for directive in self._by_line.get(self._line_of(finding.start), ()):
            if directive.covers(finding.rule):
                return directive.reason
        position = bisect_right(self._offsets, finding.start) - 1
        if position >= 0 and self._states[position].covers(finding.rule):
            return self._states[position].reason
        return None


def apply_inline_suppressions(
    body: str, findings: Sequence[Finding]
) -> tuple[list[int], list[Suppressed]]:
    """(indexes of the findings kept, the suppressed findings with their reasons)."""
    suppressions = InlineSuppressions(body)
    kept: list[int] = []
    suppressed: list[Suppressed] = []
    for index, finding in enumerate(findings):
        reason = suppressions.reason_for(finding)
        if reason is None:
            kept.append(index)
        else:
            suppressed.append(Suppressed(finding, reason, "inline"))
    return kept, suppressed
