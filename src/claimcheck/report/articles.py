"""The per-article reports of one run: JSON, Markdown and HTML in reports/<run-id>/articles/."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path
from typing import Any

from claimcheck.pipeline.checker import ArticleResult
from claimcheck.records import SEVERITY_ORDER
from claimcheck.report.coverage import checked_claims
from claimcheck.report.files import create_whole, safe_name, write_atomic_bytes, write_whole
from claimcheck.report.html import article_html
from claimcheck.report.markdown import article_markdown
from claimcheck.report.readings import claim_reading, claim_summary
from claimcheck.report.summary import load_catalog
from claimcheck.schemas import SCHEMA_VERSION


def article_json(result: ArticleResult, with_claims: bool = True) -> dict[str, Any]:
    """The article's JSON page as values; without `with_claims` its "claims" member is None,
    for `article_json_text` to fill in."""
    article = result.article
    return {
        "schema_version": SCHEMA_VERSION,  # claimcheck/schemas/article.schema.json
        "article": {
            "id": article.id,
            "title": article.title,
            "source": article.source,
            "url": article.url,
            "published": article.published.isoformat() if article.published else None,
            "path": article.path,
            "content_hash": result.content_hash,
        },
        "claims": [claim.to_dict() for claim in result.claims] if with_claims else None,
        "findings": [finding.to_dict() for finding in result.findings],
        # What the ledger knows of the figures: earlier articles' values, oldest first.
        "history": [
            {
                "start": history.start,
                "end": history.end,
                "identity": history.identity,
                "consistent_with": history.consistent,
                "earlier": [
                    {
                        "article_id": entry.article_id,
                        "published": entry.published,
                        "text": entry.text,
                        "value": entry.value,
                        "relation": entry.relation,
                    }
                    for entry in history.earlier
                ],
            }
            for history in result.history
        ],
    }


# Compact: a run over an archive writes tens of thousands of pages; readers are tools. One
# encoder for them all (json.dumps makes one per call).
_PAGE_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str)
# The claims member before it is filled in: a member of the page itself, never text inside
# one of its strings (a quote in a string is written escaped); the members before it are the
# schema version and the article's own, none of them named "claims".
_NO_CLAIMS = '"claims":null'


def article_json_text(result: ArticleResult, claims_json: str | None = None) -> str:
    """The article's JSON page. `claims_json`: its claims already written as the page writes
    them (`pipeline.checker.claims_to_json`, where the chunk was checked), put in as they are:
    the same bytes as writing them again."""
    if claims_json is None:
        return _PAGE_ENCODER.encode(article_json(result))
    page = _PAGE_ENCODER.encode(article_json(result, with_claims=False))
    return page.replace(_NO_CLAIMS, '"claims":' + claims_json, 1)


class RunReport:
    """Writes one run's reports into reports/<run-id>/ as articles stream through. `pages`
    names the run's articles that have (or are about to have) a page of their own."""

    def __init__(
        self,
        directory: Path,
        pages: frozenset[str] = frozenset(),
        docs_url: str | None = None,
        checks: int = 0,
    ) -> None:
        self.directory = directory
        self.pages = pages
        # Where rule names link: the configured docs base, else the reports' own pages.
        self.docs_url = docs_url
        # How many checks examine each article ("examined by N checks").
        self.checks = checks
        # Made by the first page written (create_whole): a chunk holding only unreadable
        # records, or a run with nothing new, leaves no folder behind.
        self.articles_dir = directory / "articles"
        # The pages' paths as strings: three per article, no Path made for each.
        self._page_prefix = os.path.join(self.articles_dir, "")
        self._names: set[str] = set()
        # One line per written article for the run's index page (plain values: they travel
        # back from worker threads or processes).
        self.entries: list[dict[str, Any]] = []

    def write_article(
        self,
        result: ArticleResult,
        claims_json: str | None = None,
        stem: str | None = None,
        markdown: bool = True,
    ) -> str:
        """Write the article's three pages; `claims_json`: its claims as its JSON page holds
        them, when the checking already wrote them so; `stem`: the name its pages were
        written under before (they are replaced), else a new one. `markdown=False` (with a
        `stem`) keeps the Markdown page written before: the caller knows it still holds (the
        ordered pass added figure histories only, which that page does not show)."""
        page = article_json_text(result, claims_json).encode("utf-8")
        if stem is None:
            stem = self._new_page(result.article.id, page)
            write = write_whole
        else:
            self._names.add(stem)
            write = write_atomic_bytes
            write(self._page_prefix + stem + ".json", page)
        prefix = self._page_prefix + stem
        summaries = [claim_summary(claim) for claim in result.claims]
        if markdown or write is write_whole:
            write(prefix + ".md", article_markdown(result, summaries).encode("utf-8"))
        checked = checked_claims(result)
        html = article_html(
            result,
            checked=checked,
            readings=[
                claim_reading(claim, summary)
                for claim, summary in zip(result.claims, summaries, strict=True)
            ],
            prior_href=self.prior_href,
            stem=stem,
            checks=self.checks,
            docs_url=self.docs_url,
        )
        write(prefix + ".html", html.encode("utf-8"))
        self.entries.append(article_entry(result, stem, len(checked), self.checks))
        return stem

    def _new_page(self, article_id: str, page: bytes) -> str:
        """A name for the article's pages that no page of this run has, taken by writing its
        JSON page under it: another chunk of the same run may have written an article with
        this id (the name then taken stays with it)."""
        stem = safe_name(article_id)
        candidate, suffix = stem, 1
        while candidate in self._names or not create_whole(
            f"{self._page_prefix}{candidate}.json", page
        ):
            suffix += 1
            candidate = f"{stem}-{suffix}"
        self._names.add(candidate)
        return candidate

    def discard(self) -> None:
        """Remove what it wrote: a chunk whose reporting failed leaves no half of its pages."""
        for stem in self._names:
            for suffix in (".json", ".md", ".html"):
                (self.articles_dir / f"{stem}{suffix}").unlink(missing_ok=True)
        self._names.clear()
        self.entries.clear()

    def prior_href(self, article_id: str) -> str | None:
        """A link from an article report to the latest report of another article, if any."""
        stem = safe_name(article_id)
        if article_id in self.pages or (self.articles_dir / f"{stem}.html").exists():
            return f"{stem}.html"
        where = load_catalog(self.directory.parent).get(article_id)
        return f"../../{where}" if where else None


def article_entry(
    result: ArticleResult, stem: str, checked: int, checks: int = 0
) -> dict[str, Any]:
    """An article's line in the run index: who, where, how bad."""
    article = result.article
    counts = Counter(f.severity for f in result.findings)
    return {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published.isoformat() if article.published else None,
        "stem": stem,
        "claims": len(result.claims),
        "claims_checked": checked,
        "checks": checks,
        "findings_by_severity": {s: counts.get(s, 0) for s in SEVERITY_ORDER},
        "worst": result.worst_severity,
    }
