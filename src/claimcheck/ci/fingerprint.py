"""Stable finding fingerprints: what the finding says and where in the prose, never line numbers."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence

from claimcheck.records import Finding

# The key under which SARIF results carry the fingerprint (partialFingerprints) and the version
# of the recipe: change the version whenever the recipe changes, so old baselines stop matching
# instead of matching the wrong findings.
FINGERPRINT_KEY = "claimcheck/v1"

_SPACE = re.compile(r"\s+")
# How much prose on each side of the finding counts as its context when no sentence is known.
_CONTEXT_CHARS = 60


def normalize_context(text: str) -> str:
    """Whitespace collapsed and case folded, so re-wrapping a paragraph keeps the fingerprint."""
    return _SPACE.sub(" ", text).strip().casefold()


def context_of(finding: Finding, body: str, sentences: Sequence[tuple[int, int]] = ()) -> str:
    """The sentence holding the finding, or a window of prose around it, normalized."""
    if not body:
        # Nothing to anchor to (an unreadable record): the message is the most stable text left.
        return normalize_context(finding.message)
    for start, end in sentences:
        if start <= finding.start < end or (start == end == finding.start):
            return normalize_context(body[start:end])
    # No sentence known: the surrounding prose, cut at paragraph breaks.
    left = body.rfind("\n\n", 0, finding.start)
    right = body.find("\n\n", finding.end)
    left = max(0 if left < 0 else left, finding.start - _CONTEXT_CHARS)
    right = min(len(body) if right < 0 else right, finding.end + _CONTEXT_CHARS)
    return normalize_context(body[left:right])


def fingerprint(rule: str, article_id: str, text: str, context: str, occurrence: int = 0) -> str:
    """Hex digest of rule + article + finding text + normalized context (+ repeat number)."""
    digest = hashlib.sha256()
    for part in (FINGERPRINT_KEY, rule.upper(), article_id, normalize_context(text), context):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    digest.update(str(occurrence).encode("ascii"))
    return digest.hexdigest()[:32]


def fingerprint_findings(
    findings: Sequence[Finding], body: str = "", sentences: Sequence[tuple[int, int]] = ()
) -> list[str]:
    """One fingerprint per finding of one article, in order.

    Two findings that would hash alike (the same slip twice in one sentence) are told apart by
    their order of appearance, so each stays unique and an edit elsewhere changes neither.
    """
    seen: Counter[tuple[str, ...]] = Counter()
    prints = []
    for finding in findings:
        context = context_of(finding, body, sentences)
        key = (finding.rule, finding.article_id, finding.text, context)
        prints.append(fingerprint(*key, occurrence=seen[key]))
        seen[key] += 1
    return prints
