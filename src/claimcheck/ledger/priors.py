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

from claimcheck.checks.registry import ArticleContext
from claimcheck.codes import level_of
from claimcheck.ledger.identity import (
    CHANGING_MEASURES,
    PARTNER_PREFIX,
    ClaimKeys,
    is_place,
    is_specific,
    keyed_claims,
    stated_figure,
)
from claimcheck.ledger.store import ClaimLedger, PriorClaim
from claimcheck.records import Claim, Finding

CONTRADICTION_CODE = "CC201"
UPDATE_CODE = "CC202"


def subjects_match(new: frozenset[str], prior: frozenset[str]) -> bool:
    """Whether two figures are about the same someone: the same places on both sides ("Japan's
    surplus with the U.S." is not "Japan's surplus"), a shared specific name when either side
    has one (Ford's profit is not GM's), a shared institution when both name one (the Labor
    Department's figure is not the Commerce Department's)."""
    if not new & prior:
        return False
    if {key for key in new if key.startswith(PARTNER_PREFIX)} != {
        key for key in prior if key.startswith(PARTNER_PREFIX)
    }:
        return False
    if {key for key in new if is_place(key)} != {key for key in prior if is_place(key)}:
        return False
    new_specific = {key for key in new if is_specific(key)}
    prior_specific = {key for key in prior if is_specific(key)}
    if (new_specific or prior_specific) and not new_specific & prior_specific:
        return False
    new_generic = new - new_specific - {key for key in new if is_place(key)}
    prior_generic = prior - prior_specific - {key for key in prior if is_place(key)}
    return not (new_generic and prior_generic and not new_generic & prior_generic)


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


def is_update(
    keys: ClaimKeys, prior: PriorClaim, changing: frozenset[str] = CHANGING_MEASURES
) -> bool:
    """A later figure that replaces the earlier one rather than contradicting it: stated as a
    revision, an estimate on either side, a measure that moves (`changing` holds metric names
    and counted nouns: "price", "refugee"), or a period not over when the prior appeared."""
    if keys.revision or keys.estimate or prior.estimate:
        return True
    metric_words = {keys.metric, *keys.metric.split(":"), *keys.metric.split("-")}
    if metric_words & changing or (keys.noun or "") in changing:
        return True
    prior_day = _published_day(prior.published)
    # The prior article was written before the period ended: its figure was provisional.
    return (
        prior.period_last is not None and prior_day is not None and prior_day <= prior.period_last
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def _unit_of(measure: str) -> str:
    """The unit part of a measure key: "money:USD:trade-deficit" -> "money:USD", "count:troop"
    -> "count:troop"."""
    if measure.startswith("percent"):
        return "percent"
    return ":".join(measure.split(":")[:2])


class PriorCheck:
    """Compares the figures of an article with earlier articles stored in a ledger.

    `changing_measures` adds metric names or counted nouns whose figures move over time (a
    rule set declaring "reserves" or "ridership" as changing), on top of CHANGING_MEASURES.
    `draft`: the articles checked are drafts due to be published after everything the ledger
    holds, whatever their date, so every stored article counts as earlier."""

    def __init__(
        self,
        ledger: ClaimLedger,
        changing_measures: frozenset[str] = frozenset(),
        draft: bool = False,
    ) -> None:
        self.ledger = ledger
        self.draft = draft
        self.changing = CHANGING_MEASURES | frozenset(changing_measures)
        # The claims last checked and their keys: recording the article in the ledger needs
        # the same keys, and computing them is a good part of the comparison's cost.
        self._last_keyed: tuple[tuple[Claim, ...], list[tuple[Claim, ClaimKeys]]] | None = None

    def keyed_for(self, claims: tuple[Claim, ...]) -> list[tuple[Claim, ClaimKeys]] | None:
        """The keys computed by the last `check`, if it was of these very claims."""
        if self._last_keyed is not None and self._last_keyed[0] is claims:
            return self._last_keyed[1]
        return None

    def check(self, context: ArticleContext) -> list[Finding]:
        article = context.article
        before = article.published.isoformat() if article.published and not self.draft else None
        keyed = list(keyed_claims(context.claims, article.body))
        self._last_keyed = (context.claims, keyed)
        measures = {id(claim): keys.measure for claim, keys in keyed}
        # The figures of this article per unit that may state the same thing: those keyed with
        # the same measure and those too vague to key ("earlier put at 4.2 billion dlrs"). A
        # prior figure this article states too ("revised from 4.2 billion") is no discrepancy.
        own: dict[str, list[tuple[str | None, float, float]]] = defaultdict(list)
        for claim in context.claims:
            figure = stated_figure(claim)
            if figure is not None:
                own[figure[0]].append((measures.get(id(claim)), figure[1], figure[2]))
        findings: list[Finding] = []
        for claim, keys in keyed:
            if keys.role != "level":
                continue
            same = [
                (low, high)
                for measure, low, high in own[_unit_of(keys.measure)]
                if measure in (None, keys.measure)
            ]
            found = self._discrepancy(keys, same, before, article.id)
            if found is not None:
                findings.append(self._finding(context, claim, keys, found))
        return findings

    def _discrepancy(
        self,
        keys: ClaimKeys,
        own: list[tuple[float, float]],
        before: str | None,
        article_id: str,
    ) -> PriorClaim | None:
        candidates = self.ledger.candidates(keys.match_keys(), before, article_id)
        by_article: dict[str, list[PriorClaim]] = defaultdict(list)
        for prior in candidates:
            same_measure = prior.measure == keys.measure and prior.period == keys.period
            if same_measure and subjects_match(keys.subjects, prior.subjects):
                by_article[prior.article_id].append(prior)
        disagreeing: list[PriorClaim] = []
        for priors in by_article.values():
            if any(agrees(keys.low, keys.high, prior) for prior in priors):
                return None  # reported before with this figure: nothing new to say
            for prior in priors:
                if prior.role != "level":
                    continue
                if any(agrees(low, high, prior) for low, high in own):
                    continue
                disagreeing.append(prior)
        if not disagreeing:
            return None
        return max(disagreeing, key=lambda prior: (prior.published or "", prior.claim_id))

    def _finding(
        self, context: ArticleContext, claim: Claim, keys: ClaimKeys, prior: PriorClaim
    ) -> Finding:
        update = is_update(keys, prior, self.changing)
        code = UPDATE_CODE if update else CONTRADICTION_CODE
        subject = ", ".join(sorted(keys.subjects & prior.subjects))
        period = f" for {keys.period}" if keys.period else ""
        when = prior.published[:10] if prior.published else "an undated article"
        verb = "updates" if update else "contradicts"
        message = (
            f"{_flat(claim.text)!r} {verb} the {keys.metric} of {subject}{period} given as "
            f"{_flat(prior.text)!r} by {prior.source or 'an earlier article'} on {when} "
            f"(article {prior.article_id})."
        )
        body = context.article.body
        start = max(0, min(claim.start, len(body)))
        end = max(start, min(claim.end, len(body)))
        return Finding(
            article_id=context.article.id,
            rule=code,
            severity=level_of(code),
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
