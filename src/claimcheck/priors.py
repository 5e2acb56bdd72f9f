"""Comparison of an article's figures with earlier articles in the ledger (CC201, CC202).

A new figure is compared only with stored figures found under its match keys (same subject
name, same measure, same stated period) from OTHER articles published before it. A prior
figure that disagrees beyond the precision both sides state is reported: as a contradiction
(CC201) when the figure is a settled fact, as an update (CC202) when it is of a kind that
moves (tolls, prices, forecasts), when either side is an estimate, when the period was not
over when the prior article appeared, or when the new sentence says the figure was revised.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from claimcheck.checks.base import ArticleContext
from claimcheck.ledger import ClaimLedger, PriorClaim
from claimcheck.records import Claim, Finding
from claimcheck.subjects import CHANGING_MEASURES, ClaimKeys, is_place, keyed_claims

CONTRADICTION_CODE = "CC201"
UPDATE_CODE = "CC202"
PRIOR_CODES = {
    CONTRADICTION_CODE: ("prior-contradiction", "warning", "a fixed figure differs from an earlier article"),
    UPDATE_CODE: ("prior-update", "info", "a changing figure differs from an earlier article"),
}


def subjects_match(new: frozenset[str], prior: frozenset[str]) -> bool:
    """Same places on both sides, and a shared name when both sides name someone else: "Japan's
    surplus with the U.S." is not "Japan's surplus", Ford's profit is not GM's."""
    if not new & prior:
        return False
    new_places = {key for key in new if is_place(key)}
    prior_places = {key for key in prior if is_place(key)}
    if new_places != prior_places:
        return False
    new_names = new - new_places
    prior_names = prior - prior_places
    if new_names and prior_names and not new_names & prior_names:
        return False
    return True


def agrees(low: float, high: float, prior: PriorClaim) -> bool:
    """Whether two stated figures can be the same number, each within its own precision."""
    return low <= prior.high and prior.low <= high


def _published_day(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        return None


def is_update(keys: ClaimKeys, prior: PriorClaim) -> bool:
    """A later figure that replaces the earlier one rather than contradicting it."""
    if keys.revision or keys.estimate or prior.estimate:
        return True
    if keys.metric in CHANGING_MEASURES or (keys.noun or "") in CHANGING_MEASURES:
        return True
    prior_day = _published_day(prior.published)
    # The prior article was written before the period ended: its figure was provisional.
    return prior.period_last is not None and prior_day is not None and prior_day <= prior.period_last


class PriorCheck:
    """Compares the figures of an article with earlier articles stored in a ledger."""

    def __init__(self, ledger: ClaimLedger) -> None:
        self.ledger = ledger

    def check(self, context: ArticleContext) -> list[Finding]:
        article = context.article
        before = article.published.isoformat() if article.published else None
        keyed = keyed_claims(context.claims)
        # Every figure of this article per (measure, period): a prior figure that this
        # article states too ("revised from 5.1 billion") is no discrepancy.
        own: dict[tuple[str, str | None], list[ClaimKeys]] = defaultdict(list)
        for _, keys in keyed:
            own[(keys.measure, keys.period)].append(keys)
        findings: list[Finding] = []
        for claim, keys in keyed:
            if keys.role != "level":
                continue
            found = self._discrepancy(keys, own[(keys.measure, keys.period)], before, article.id)
            if found is not None:
                findings.append(self._finding(context, claim, keys, found))
        return findings

    def _discrepancy(
        self, keys: ClaimKeys, own: list[ClaimKeys], before: str | None, article_id: str
    ) -> PriorClaim | None:
        candidates = self.ledger.candidates(keys.match_keys(), before, article_id)
        by_article: dict[str, list[PriorClaim]] = defaultdict(list)
        for prior in candidates:
            if prior.measure == keys.measure and prior.period == keys.period:
                if subjects_match(keys.subjects, prior.subjects):
                    by_article[prior.article_id].append(prior)
        disagreeing: list[PriorClaim] = []
        for priors in by_article.values():
            if any(agrees(keys.low, keys.high, prior) for prior in priors):
                return None  # reported before with this figure: nothing new to say
            for prior in priors:
                if prior.role != "level":
                    continue
                if any(agrees(other.low, other.high, prior) for other in own):
                    continue
                disagreeing.append(prior)
        if not disagreeing:
            return None
        return max(disagreeing, key=lambda prior: (prior.published or "", prior.claim_id))

    def _finding(
        self, context: ArticleContext, claim: Claim, keys: ClaimKeys, prior: PriorClaim
    ) -> Finding:
        update = is_update(keys, prior)
        code = UPDATE_CODE if update else CONTRADICTION_CODE
        subject = ", ".join(sorted(keys.subjects & prior.subjects))
        period = f" for {keys.period}" if keys.period else ""
        when = prior.published[:10] if prior.published else "an undated article"
        verb = "updates" if update else "contradicts"
        message = (
            f"{claim.text!r} {verb} the {keys.metric} of {subject}{period} given as "
            f"{prior.text!r} by {prior.source or 'an earlier article'} on {when} "
            f"(article {prior.article_id})."
        )
        body = context.article.body
        start = max(0, min(claim.start, len(body)))
        end = max(start, min(claim.end, len(body)))
        return Finding(
            article_id=context.article.id,
            rule=code,
            severity="info" if update else "warning",
            message=message,
            start=start,
            end=end,
            text=body[start:end],
            evidence={
                "text": claim.text,
                "sentence": claim.sentence,
                "subject": sorted(keys.subjects),
                "measure": keys.measure,
                "period": keys.period,
                "value": keys.value,
                "precision": keys.precision,
                "prior_article_id": prior.article_id,
                "prior_published": prior.published,
                "prior_source": prior.source,
                "prior_title": prior.title,
                "prior_text": prior.text,
                "prior_sentence": prior.sentence,
                "prior_value": prior.value,
                "prior_precision": prior.precision,
                "revision_stated": keys.revision,
            },
        )
