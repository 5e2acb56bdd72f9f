"""CC001 published-missing: the article has no usable publication date to resolve dates against."""

from __future__ import annotations

from collections.abc import Iterator

from claimcheck.checks.helpers import make_finding
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.records import Finding


@register("CC001")
def check_published_missing(context: ArticleContext) -> Iterator[Finding]:
    """Notes an article without a usable publication date.

    Why: "yesterday", "last week" and unstated years are resolved against the publication
    date; without it CC101, CC103 and CC104 cannot check them, and the editor should know.
    Example: a JSON record with no "published" field, or "published: soon".
    Known limits: an info note only; the reason comes from the reader (published_problem).
    """
    article = context.article
    if article.published is not None:
        return
    relative = [claim for claim in context.claims if claim.relative]
    message = "No usable publication date: relative dates were not resolved"
    if article.published_problem:
        message += f" ({article.published_problem.rstrip('.')})"
    if relative:
        plural = "s" if len(relative) != 1 else ""
        message += f"; {len(relative)} relative date{plural} left unchecked"
    evidence = {
        "published_problem": article.published_problem,
        "relative_dates": [claim.text for claim in relative[:10]],
    }
    yield make_finding(context, "CC001", message + ".", 0, 0, evidence)
