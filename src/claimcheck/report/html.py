"""HTML reports for editors (Jinja2, autoescaped): article pages, run index, index of runs."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from markupsafe import Markup

from claimcheck import __version__
from claimcheck.input.text import LineIndex
from claimcheck.ledger.comparison import FigureHistory
from claimcheck.pipeline.checker import INPUT_PROBLEM_CODE, ArticleResult
from claimcheck.records import SEVERITY_ORDER, Article, Finding
from claimcheck.report.coverage import checked_claims
from claimcheck.report.evidence import evidence_lines, identity_words
from claimcheck.report.files import write_atomic, write_atomic_with
from claimcheck.report.links import read_rule_names, rule_href, rule_name, safe_href
from claimcheck.report.readings import claim_reading
from claimcheck.report.summary import read_checks, read_runs, read_trends

PriorHref = Callable[[str], str | None]

_SEVERITY_COLOURS = {"error": "#b3261e", "warning": "#e8a200", "info": "#1f5fa8"}
_MAX_INDEX_RUNS = 500


def _escaped(value: object) -> str:
    """What markupsafe's `escape` gives, as a plain string: the pages' own HTML builders
    escape a hundred pieces per article, and most hold nothing to escape (no Markup object
    made for each, no copy of the text)."""
    if type(value) is str:
        text = value
    elif hasattr(value, "__html__"):
        return value.__html__()
    else:
        text = str(value)
    if "&" in text or "<" in text or ">" in text or "'" in text or '"' in text:
        return (
            text.replace("&", "&amp;")
            .replace("<", "&lt;")
            .replace(">", "&gt;")
            .replace("'", "&#39;")
            .replace('"', "&#34;")
        )
    return text


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    # Autoescape everything: article text, titles, ids and evidence are untrusted input.
    return jinja2.Environment(
        loader=jinja2.PackageLoader("claimcheck.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        # The templates ship with the package: no stat of the template file (and of the one it
        # extends) at every page of a run.
        auto_reload=False,
    )


def render(template: str, **context: Any) -> str:
    return _environment().get_template(template).render(version=__version__, **context)


@dataclass(slots=True)
class Segment:
    """A stretch of the article body with one set of highlights."""

    text: str
    classes: str = ""
    title: str = ""
    anchor: str = ""
    refs: list[dict[str, Any]] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        return not self.classes


class _Cuts:
    """Where an article's claims and findings start and end, and the figures' history marks:
    the cuts `segments` sweeps over."""

    def __init__(self, result: ArticleResult, readings: Sequence[str]) -> None:
        size = len(result.article.body)
        # (start, end, reading) of each claim with a span inside the body.
        claims = [
            (max(0, c.start), min(size, c.end), reading)
            for c, reading in zip(result.claims, readings, strict=True)
        ]
        self.claims = [item for item in claims if item[0] < item[1]]
        numbered = [
            (max(0, f.start), min(size, f.end), number, f)
            for number, f in enumerate(result.findings, start=1)
        ]
        self.numbered = [item for item in numbered if item[0] < item[1]]
        self.claim_starts: dict[int, list[int]] = defaultdict(list)
        self.claim_ends: dict[int, list[int]] = defaultdict(list)
        for index, (start, end, _) in enumerate(self.claims):
            self.claim_starts[start].append(index)
            self.claim_ends[end].append(index)
        self.finding_starts: dict[int, list[int]] = defaultdict(list)
        self.finding_ends: dict[int, list[int]] = defaultdict(list)
        for index, (start, end, _, _) in enumerate(self.numbered):
            self.finding_starts[start].append(index)
            self.finding_ends[end].append(index)
        # Figures with earlier reports in the ledger: a mark after each, to its timeline.
        self.history_ends: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for number, history in enumerate(result.history, start=1):
            if 0 <= history.end <= size:
                self.history_ends[history.end].append(_history_ref(number, history))
        self.ordered = sorted(
            {0, size, *self.claim_starts, *self.claim_ends, *self.finding_starts}
            | {*self.finding_ends, *self.history_ends}
        )

    def refs_at(self, offset: int) -> list[dict[str, Any]]:
        """The marks after a piece ending at `offset`: findings ending there, then figures'
        histories."""
        refs: list[dict[str, Any]] = []
        if offset in self.finding_ends:
            refs = [
                {"number": self.numbered[index][2], "severity": self.numbered[index][3].severity,
                 "message": self.numbered[index][3].message}
                for index in self.finding_ends[offset]
            ]  # fmt: skip
        if offset in self.history_ends:
            refs = [*refs, *self.history_ends[offset]]
        return refs

    def highlight(
        self, text: str, offset: int, open_claims: set[int], open_findings: set[int]
    ) -> Segment:
        """A piece inside claims or findings: its classes, its hover text, its anchor."""
        if not open_findings:
            if len(open_claims) == 1:
                return Segment(text, "claim", self.claims[next(iter(open_claims))][2])
            notes = [self.claims[index][2] for index in sorted(open_claims)]
            return Segment(text, "claim", "\n".join(dict.fromkeys(notes)))
        covering = [self.numbered[index][2:] for index in sorted(open_findings)]
        notes = [self.claims[index][2] for index in sorted(open_claims)]
        worst = max((f.severity for _, f in covering), key=SEVERITY_ORDER.__getitem__)
        notes += [f"[{n}] {f.severity}: {f.message}" for n, f in covering]
        segment = Segment(text, f"claim sev-{worst}", "\n".join(dict.fromkeys(notes)))
        starting = self.finding_starts.get(offset)
        if starting:
            segment.anchor = f"at-finding-{self.numbered[starting[0]][2]}"
        return segment


def segments(result: ArticleResult, readings: Sequence[str] | None = None) -> list[Segment]:
    """The body cut wherever a claim or finding starts or ends, each piece with its highlights.

    One sweep over the cuts with the claims and findings open at each: a body with tens of
    thousands of claims (a megabyte of figures) costs as many steps, not their square.
    Neighbouring plain pieces are one piece (the first keeps no mark between them)."""
    body = result.article.body
    if readings is None:
        readings = [claim_reading(claim) for claim in result.claims]
    cuts = _Cuts(result, readings)
    claim_starts, claim_ends = cuts.claim_starts, cuts.claim_ends
    finding_starts, finding_ends = cuts.finding_starts, cuts.finding_ends
    open_claims: set[int] = set()
    open_findings: set[int] = set()
    merged: list[Segment] = []
    for left, right in itertools.pairwise(cuts.ordered):
        if left in claim_ends:
            open_claims.difference_update(claim_ends[left])
        if left in claim_starts:
            open_claims.update(claim_starts[left])
        if left in finding_ends:
            open_findings.difference_update(finding_ends[left])
        if left in finding_starts:
            open_findings.update(finding_starts[left])
        refs = cuts.refs_at(right)
        if open_claims or open_findings:
            segment = cuts.highlight(body[left:right], left, open_claims, open_findings)
        elif merged and merged[-1].plain and not merged[-1].refs:
            merged[-1].text += body[left:right]
            merged[-1].refs = refs
            continue
        else:
            segment = Segment(body[left:right])
        segment.refs = refs
        merged.append(segment)
    if merged and merged[0].plain:
        # Front matter leaves blank lines before the body; they only push the text down.
        merged[0].text = merged[0].text.lstrip("\n")
    return merged


# Blank lines end a paragraph; a line starting a list item or heading keeps its own line; any
# other line break is the source file's wrapping and reflows with the page's width.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_LINE_KEPT = re.compile(r"\n(?=[ \t]*(?:[-*+>#|]|\d+[.)])[ \t])")


def _flowed(text: str) -> str:
    """Escaped text with paragraph and kept line breaks as markup, other breaks as spaces."""
    html = _escaped(text)
    if "\n" not in html:
        return html
    html = _PARAGRAPH_BREAK.sub('<span class="para"></span>', html)
    return _LINE_KEPT.sub("<br>", html)


def highlighted_text(pieces: Iterable[Segment]) -> Markup:
    """The article text as HTML: each piece escaped, highlights as <mark>, finding numbers as
    superscript links, reflowed to the page's width. Built here rather than in the template:
    a loop in Jinja costs several times as much, and an archive run renders tens of thousands
    of these pages."""
    parts: list[str] = []
    for piece in pieces:
        if piece.plain:
            parts.append(_flowed(piece.text))
        else:
            anchor = f' id="{_escaped(piece.anchor)}"' if piece.anchor else ""
            parts.append(
                f'<mark class="{_escaped(piece.classes)}" title="{_escaped(piece.title)}"{anchor}>'
                f"{_flowed(piece.text)}</mark>"
            )
        for ref in piece.refs:
            if "history" in ref:
                parts.append(
                    f'<sup class="history"><a href="#figure-{ref["history"]}" '
                    f'title="{_escaped(ref["title"])}">{_escaped(ref["mark"])}</a></sup>'
                )
                continue
            parts.append(
                f'<sup class="ref"><a class="{_escaped(ref["severity"])}" '
                f'href="#finding-{ref["number"]}" title="{_escaped(ref["message"])}">'
                f"{ref['number']}</a></sup>"
            )
    return Markup("".join(parts))


def _history_ref(number: int, history: FigureHistory) -> dict[str, Any]:
    consistent = history.consistent
    others = len(history.earlier) - consistent
    if consistent and not others:
        mark, title = f"✓{consistent}", consistent_with(consistent)
    else:
        mark = f"⟲{len(history.earlier)}"
        title = f"given differently by {others} earlier article" + ("s" if others != 1 else "")
        if consistent:
            title += "; " + consistent_with(consistent)
    return {"history": number, "mark": mark, "title": title}


def consistent_with(count: int) -> str:
    return f"consistent with {count} earlier article" + ("s" if count != 1 else "")


def history_view(
    number: int, history: FigureHistory, text: str, prior_href: PriorHref | None
) -> dict[str, Any]:
    """A figure's timeline as the article page shows it: each earlier article's value by
    date, linked, then this article's."""
    identity = history.identity
    about = identity_words(identity)
    if identity.get("basis"):
        about += f", stated as {identity['basis']}"
    entries = [
        {
            "date": (entry.published or "undated")[:10],
            "text": " ".join(entry.text.split()),
            "relation": entry.relation.replace("_", " "),
            "article_id": entry.article_id,
            "title": entry.title,
            "href": prior_href(entry.article_id) if prior_href else None,
        }
        for entry in history.earlier
    ]
    return {
        "number": number,
        "text": " ".join(text.split()),
        "about": about,
        "consistent": consistent_with(history.consistent) if history.consistent else "",
        "entries": entries,
    }


def finding_view(
    number: int,
    finding: Finding,
    prior_href: PriorHref | None,
    article: Article | None = None,
    docs_url: str | None = None,
) -> dict[str, Any]:
    """A finding as the article page shows it: one sentence, where, and its evidence in
    sentences, its rule named and linked to its page."""
    return {
        "number": number,
        "severity": finding.severity,
        "rule": finding.rule,
        "rule_name": rule_name(finding.rule).replace("-", " "),
        "rule_href": rule_href(finding.rule, docs_url, "article"),
        "sentence": _sentence(finding.message),
        "spanned": finding.end > finding.start,
        "line": finding.line,
        "column": finding.column,
        "evidence": evidence_lines(finding, _where(article), prior_href),
    }


def _where(article: Article | None):
    """ "line 12" for an offset into the body of a text file; nothing for a JSON Lines record
    (its body has no lines of its own in the file)."""
    if article is None or article.record_line:
        return None
    index = LineIndex(article)
    return lambda offset: f"line {index.locate(offset)[0]}"


def _sentence(message: str) -> str:
    message = " ".join(message.split())
    if message and message[-1] not in ".!?":
        message += "."
    return message[:1].upper() + message[1:]


def article_html(
    result: ArticleResult,
    checked: set[int] | None = None,
    prior_href: PriorHref | None = None,
    stem: str = "",
    checks: int = 0,
    docs_url: str | None = None,
    readings: Sequence[str] | None = None,
) -> str:
    """The article page: highlighted text beside its findings, then the claims table.
    `checks`: how many checks examined the article (built-in, rule set, ledger); `readings`:
    each claim's `claim_reading`, when the caller has them already."""
    article = result.article
    if checked is None:
        checked = checked_claims(result)
    counts = Counter(f.severity for f in result.findings)
    if readings is None:
        readings = [claim_reading(claim) for claim in result.claims]
    findings = [
        finding_view(n, f, prior_href, article, docs_url)
        for n, f in enumerate(result.findings, start=1)
    ]
    published = article.published.isoformat() if article.published else None
    body = _article_body(
        article=article,
        stem=stem,
        published=published,
        url_href=safe_href(article.url) if article.url else None,
        counts=counts,
        claims=len(readings),
        claim_rows=claim_rows_html(result, readings, checked),
        checked=len(checked),
        checks=checks,
        article_text=highlighted_text(segments(result, readings)),
        findings=findings,
        histories=[
            history_view(n, history, article.body[history.start : history.end], prior_href)
            for n, history in enumerate(result.history, start=1)
        ],
    )
    head, middle, tail = _article_frame()
    return f"{head}{_escaped(article.title or article.id)}{middle}{body}{tail}"


# Where the title and the body go in the article page's frame (never in a template's text).
_TITLE_MARK, _BODY_MARK = "\x00claimcheck-page-title\x00", "\x00claimcheck-page-body\x00"


@lru_cache(maxsize=1)
def _article_frame() -> tuple[str, str, str]:
    """The article page's template (head, style) around its title and its body, rendered
    once per process: a run writes tens of thousands of pages, and a template engine's own
    work per page cost more than building the page."""
    page = render("article.html.j2", title=Markup(_TITLE_MARK), body=Markup(_BODY_MARK))
    head, rest = page.split(_TITLE_MARK)
    middle, tail = rest.split(_BODY_MARK)
    return head, middle, tail


_NO_FINDINGS = '<p class="muted">No discrepancies found.</p>'


def _plural(count: int) -> str:
    return "" if count == 1 else "s"


def _article_body(
    *,
    article: Article,
    stem: str,
    published: str | None,
    url_href: str | None,
    counts: Counter,
    claims: int,
    claim_rows: Markup,
    checked: int,
    checks: int,
    article_text: str,
    findings: list[dict[str, Any]],
    histories: list[dict[str, Any]],
) -> str:
    """The article page's body: its header and counts, the highlighted text beside the
    findings, the figures' earlier reports, the claims table (every value escaped)."""
    e = _escaped
    errors, warnings, notes = (
        counts.get("error", 0),
        counts.get("warning", 0),
        counts.get("info", 0),
    )
    source = f"<span>{e(article.source)}</span>" if article.source else ""
    path = f"<span>file <code>{e(article.path)}</code></span>" if article.path else ""
    if url_href:
        url = f'<span><a href="{e(url_href)}" rel="noopener noreferrer">original</a></span>'
    elif article.url:
        url = f"<span>url <code>{e(article.url)}</code></span>"
    else:
        url = ""
    examined = f", examined by {e(checks)} checks" if checks else ""
    parts = [
        '\n<header class="page">\n'
        '  <div class="crumbs"><a href="../index.html">Run index</a> · '
        '<a href="../../index.html">All runs</a></div>\n'
        f"  <h1>{e(article.title or article.id)}</h1>\n"
        '  <p class="meta">\n'
        f"    <span>id <code>{e(article.id)}</code></span>\n"
        f"    {source}\n"
        f"    <span>published {e(published or 'unknown')}</span>\n"
        f"    {path}\n"
        f"    {url}\n"
        "  </p>\n"
        '  <ul class="counts">\n'
        f"    <li><b>{errors}</b><small>error{_plural(errors)}</small></li>\n"
        f"    <li><b>{warnings}</b><small>warning{_plural(warnings)}</small></li>\n"
        f"    <li><b>{notes}</b><small>note{_plural(notes)}</small></li>\n"
        f"    <li><b>{claims}</b><small>claims{examined}</small></li>\n"
        "  </ul>\n"
        "</header>\n"
        "<main>\n"
        '<div class="layout">\n'
        '  <section class="card" aria-label="Article text">\n'
        f'    <div class="article-text" id="article-text">{article_text}</div>\n'
        '    <p class="legend">Hover a highlight for its reading.\n'
        '      <mark class="claim">claim</mark> <mark class="claim sev-error">error</mark>\n'
        '      <mark class="claim sev-warning">warning</mark> '
        '<mark class="claim sev-info">note</mark></p>\n'
        "  </section>\n"
        '  <aside class="card" aria-label="Findings">\n'
        f"    <h2>Findings ({len(findings)})</h2>\n"
        f"    {'' if findings else _NO_FINDINGS}\n"
        '    <ol class="findings">\n'
        "    "
    ]
    for f in findings:
        severity, number = e(f["severity"]), e(f["number"])
        name = f" {e(f['rule_name'])}" if f["rule_name"] else ""
        where = (
            f'· <a href="#at-finding-{number}">line {e(f["line"])}, col {e(f["column"])}</a>'
            if f["spanned"]
            else "· whole article"
        )
        parts.append(
            f'\n      <li class="{severity}" id="finding-{number}">\n'
            f'        <div class="finding-head"><span class="badge {severity}">'
            f"{number} · {severity}</span>\n"
            f'          <a class="rule-link" href="{e(f["rule_href"])}" '
            f'title="what {e(f["rule"])} checks and why">{e(f["rule"])}{name}</a>\n'
            f"          {where}</div>\n"
            f'        <p class="finding-message">{e(f["sentence"])}</p>\n'
            "        "
        )
        if f["evidence"]:
            parts.append('\n        <ul class="evidence">\n          ')
            for line in f["evidence"]:
                parts.append("<li>")
                for text, href in line:
                    parts.append(f'<a href="{e(href)}">{e(text)}</a>' if href else e(text))
                parts.append("</li>\n          ")
            parts.append("\n        </ul>\n        ")
        parts.append("\n      </li>\n    ")
    parts.append("\n    </ol>\n  </aside>\n</div>\n")
    if histories:
        parts.append(
            '\n<section class="card" aria-label="Earlier reports">\n'
            f"  <h2>Earlier reports of these figures ({len(histories)})</h2>\n  "
        )
        here = e(published[:10] if published else "this article")
        for h in histories:
            text = e(h["text"])
            about = f' <span class="muted">({e(h["about"])})</span>' if h["about"] else ""
            consistent = f" · {e(h['consistent'])}" if h["consistent"] else ""
            parts.append(
                f'\n  <div id="figure-{e(h["number"])}">\n'
                f"    <p><b>“{text}”</b>{about}{consistent}</p>\n"
                '    <ol class="timeline">\n      '
            )
            for entry in h["entries"]:
                relation = e(entry["relation"])
                if entry["href"]:
                    shown = (
                        f'<a href="{e(entry["href"])}" title="{e(entry["title"])}">'
                        f"{e(entry['text'])}</a>"
                    )
                else:
                    shown = f"{e(entry['text'])} <code>{e(entry['article_id'])}</code>"
                parts.append(
                    f'<li class="{relation}"><span class="date">{e(entry["date"])}</span>'
                    f'{shown}<br><span class="muted">{relation}</span></li>\n      '
                )
            parts.append(
                f'<li class="here"><span class="date">{here}</span>{text}'
                '<br><span class="muted">this article</span></li>\n'
                "    </ol>\n"
                "  </div>\n  "
            )
        parts.append("\n</section>\n")
    parts.append(
        "\n"
        '<section class="card">\n'
        f"  <details{' open' if claims <= 40 else ''}>\n"
        f"    <summary>Claims ({claims}; {checked} with a finding)</summary>\n"
        '    <p class="muted">Every claim below was examined by the '
        f"{e(checks or '')} checks of this run; a check that finds nothing wrong stays silent."
        " “Finding” marks the claims a finding points at.</p>\n"
        '    <div class="scroll"><table>\n'
        '      <thead><tr><th class="num">#</th><th>text</th><th>kind</th><th>reading</th>'
        "<th>finding</th></tr></thead>\n"
        "      <tbody>\n"
        f"      {claim_rows}\n"
        "      </tbody>\n"
        "    </table></div>\n"
        "  </details>\n"
        "</section>\n"
        f'<p class="meta">Also as <a href="{e(stem)}.md">Markdown</a> and '
        f'<a href="{e(stem)}.json">JSON</a>.</p>\n'
        "</main>\n"
    )
    return "".join(parts)


def claim_rows_html(result: ArticleResult, readings: Sequence[str], checked: set[int]) -> Markup:
    """The claims table's rows (number, text, kind, reading, whether a finding points at it),
    built here for the same reason as the highlighted text: an article may hold thousands of
    claims."""
    rows = [
        f'<tr><td class="num">{number}</td><td>{_escaped(claim.text)}</td>'
        f"<td>{_escaped(claim.kind)}</td><td>{_escaped(reading)}</td>"
        f"<td>{'yes' if number - 1 in checked else ''}</td></tr>\n      "
        for number, (claim, reading) in enumerate(zip(result.claims, readings, strict=True), 1)
    ]
    return Markup("".join(rows))


def bar_chart(
    title: str,
    counts: dict[str, int],
    colours: dict[str, str] | None = None,
    labels: dict[str, str] | None = None,
    links: dict[str, str] | None = None,
) -> dict:
    """Bars for the inline SVG chart, largest first (at most 12); `labels` shows a key under
    another name (a code with its rule's name), `links` makes its label a link."""
    label_width, bar_space, row = 230, 190, 22
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:12]
    top = max((count for _, count in ranked), default=0) or 1
    bars = [
        {
            "label": (labels or {}).get(label, label),
            "short_label": _short((labels or {}).get(label, label)),
            "href": (links or {}).get(label),
            "count": count,
            "width": max(2, round(bar_space * count / top)),
            "y": index * row,
            "colour": (colours or {}).get(label, "#4a6fa5"),
        }
        for index, (label, count) in enumerate(ranked)
    ]
    return {
        "title": title,
        "bars": bars,
        "label_width": label_width,
        "width": label_width + bar_space + 50,
        "height": max(row, len(bars) * row),
    }


def _short(label: str, size: int = 34) -> str:
    return label if len(label) <= size else label[: size - 1] + "…"


def _entry_order(entry: dict[str, Any]) -> tuple:
    counts = entry["findings_by_severity"]
    worst = SEVERITY_ORDER.get(entry.get("worst") or "", -1)
    return (-worst, -counts["error"], -counts["warning"], -counts["info"], entry["title"] or "")


def entry_rows_html(entries: Iterable[dict[str, Any]]) -> Markup:
    """The run index's table rows, one per article, built here rather than in the template:
    an archive run lists tens of thousands of articles, and a Jinja loop over them costs
    several times as much."""
    rows: list[str] = []
    for entry in entries:
        worst = _escaped(entry["worst"] or "none")
        label = _escaped(entry["worst"] or "clean")
        stem = _escaped(entry["stem"])
        title = _escaped(entry["title"] or entry["id"])
        below = (
            f'<br><small class="muted">{_escaped(entry["id"])}</small>' if entry["title"] else ""
        )
        counts = entry["findings_by_severity"]
        rows.append(
            f'\n      <tr class="worst-{worst}">\n'
            f'        <td><span class="badge {worst}">{label}</span></td>\n'
            f'        <td><a href="articles/{stem}.html">{title}</a>{below}</td>\n'
            f"        <td>{_escaped(entry['source'])}</td>\n"
            f"        <td>{_escaped((entry['published'] or '')[:10])}</td>\n"
            f'        <td class="num">{_escaped(counts["error"])}</td>\n'
            f'        <td class="num">{_escaped(counts["warning"])}</td>\n'
            f'        <td class="num">{_escaped(counts["info"])}</td>\n'
            f'        <td class="num">{_escaped(entry["claims"])}</td>\n'
            f'        <td><a href="articles/{stem}.md">md</a> '
            f'<a href="articles/{stem}.json">json</a></td>\n'
            f"      </tr>\n    "
        )
    return Markup("".join(rows))


def rule_chart(
    title: str,
    counts: dict[str, int],
    page: str,
    docs_url: str | None = None,
    names: dict[str, str] | None = None,
    colours: dict[str, str] | None = None,
) -> dict:
    """A bar chart of codes, each labelled with its rule's name and linked to its page."""
    labels = {code: f"{code} {rule_name(code, names)}".strip() for code in counts}
    links = {code: rule_href(code, docs_url, page) for code in counts}
    return bar_chart(title, counts, colours, labels, links)


def run_index_html(
    summary: dict[str, Any],
    entries: Sequence[dict[str, Any]],
    findings: Iterable[Finding],
    docs_url: str | None = None,
    rule_names: dict[str, str] | None = None,
) -> str:
    source_of = {entry["id"]: entry["source"] or "(no source)" for entry in entries}
    checks = summary.get("checks") or max((entry.get("checks", 0) for entry in entries), default=0)
    rows = entry_rows_html(sorted(entries, key=_entry_order))
    return _run_index_page(
        summary, bool(entries), checks, source_of, findings, rows, docs_url, rule_names
    )


def _run_index_page(
    summary: dict[str, Any],
    any_entries: bool,
    checks: int,
    source_of: dict[str, str],
    findings: Iterable[Finding],
    entry_rows: Markup,
    docs_url: str | None,
    rule_names: dict[str, str] | None,
) -> str:
    findings = list(findings)
    worst_by_rule: dict[str, str] = {}
    for finding in findings:
        known = worst_by_rule.get(finding.rule)
        if known is None or SEVERITY_ORDER[finding.severity] > SEVERITY_ORDER[known]:
            worst_by_rule[finding.rule] = finding.severity
    by_rule = Counter(f.rule for f in findings)
    by_source = Counter(source_of.get(f.article_id, "(unreadable input)") for f in findings)
    problems = [
        {"path": f.path, "line": f.line, "message": f.message}
        for f in findings
        if f.rule == INPUT_PROBLEM_CODE
    ]
    status = summary.get("status", "completed")
    return render(
        "run_index.html.j2",
        summary=summary,
        status_text="partial: some chunks failed" if status == "partial" else status,
        checks=checks,
        entries=any_entries,
        entry_rows=entry_rows,
        problems=problems,
        by_rule=rule_chart(
            "Findings by rule",
            dict(by_rule),
            "run",
            docs_url,
            rule_names,
            {rule: _SEVERITY_COLOURS[worst] for rule, worst in worst_by_rule.items()},
        ),
        by_source=bar_chart("Findings by source", dict(by_source)),
    )


# Where the streamed run index's rows go in the rendered page (no text a page can contain).
_ROWS_MARK = "\x00entry-rows\x00"
# Index rows rendered and written at a time.
_ROWS_PER_WRITE = 2000


class StreamedRunIndex:
    """The run index as `run_index_html` renders it, its rows written a part at a time from
    `lines()`, the run's index lines already in the index's order (worst first), and
    `source_of` giving the source of each article with a finding: an archive run's index
    lists hundreds of thousands of articles, never held at once. Written again for another
    summary (the run's final timings), the rows of the first file are copied as they are:
    they depend on the index lines alone, and an archive's are many to read and render."""

    def __init__(
        self,
        run_dir: Path,
        lines: Callable[[], Iterable[dict[str, Any]]],
        source_of: dict[str, str],
        findings: Iterable[Finding],
        docs_url: str | None = None,
        rule_names: dict[str, str] | None = None,
    ) -> None:
        self.path = run_dir / "index.html"
        self.lines = lines
        self.source_of = source_of
        self.findings = list(findings)
        self.docs_url = docs_url
        self.rule_names = rule_names
        # Where the rows are in the file written last (bytes from, to): None before the
        # first write, or when there are none.
        self._rows: tuple[int, int] | None = None
        self._written = False

    def write(self, summary: dict[str, Any]) -> Path:
        if self._written and self._rows is None:
            page = run_index_html(summary, [], self.findings, self.docs_url, self.rule_names)
            write_atomic(self.path, page)
            return self.path
        if self._written:
            self._write_again(summary)
            return self.path
        self._written = True
        rows = iter(self.lines())
        first = list(itertools.islice(rows, _ROWS_PER_WRITE))
        if not first:  # the page says there are no articles: no rows go in
            page = run_index_html(summary, [], self.findings, self.docs_url, self.rule_names)
            write_atomic(self.path, page)
            return self.path
        head, tail = self._frame(summary)

        def write(temporary: Path) -> None:
            with open(temporary, "wb") as handle:
                handle.write(head)
                start = len(head)
                part = first
                while part:
                    handle.write(entry_rows_html(part).encode("utf-8"))
                    part = list(itertools.islice(rows, _ROWS_PER_WRITE))
                self._rows = (start, handle.tell())
                handle.write(tail)

        write_atomic_with(self.path, write)
        return self.path

    def _frame(self, summary: dict[str, Any]) -> tuple[bytes, bytes]:
        page = _run_index_page(
            summary,
            True,
            summary.get("checks") or 0,
            self.source_of,
            self.findings,
            Markup(_ROWS_MARK),
            self.docs_url,
            self.rule_names,
        )
        head, tail = page.split(_ROWS_MARK)
        return head.encode("utf-8"), tail.encode("utf-8")

    def _write_again(self, summary: dict[str, Any]) -> None:
        assert self._rows is not None
        head, tail = self._frame(summary)
        start, end = self._rows

        def write(temporary: Path) -> None:
            with open(self.path, "rb") as before, open(temporary, "wb") as handle:
                handle.write(head)
                before.seek(start)
                left = end - start
                while left:
                    piece = before.read(min(left, 1 << 20))
                    if not piece:
                        raise OSError(f"{self.path} changed while the run index was rewritten")
                    handle.write(piece)
                    left -= len(piece)
                self._rows = (len(head), handle.tell())
                handle.write(tail)

        write_atomic_with(self.path, write)


# The trends' small charts: one bar per week, at most this tall.
SPARK_BAR, SPARK_GAP, SPARK_HEIGHT = 9, 2, 26


def trend_rows(
    rows: Sequence[dict[str, Any]],
    weeks: Sequence[str],
    links: dict[str, str] | None = None,
    labels: dict[str, str] | None = None,
) -> list[dict[str, Any]]:
    """Rows of the trends table: a label (linked), a small bar chart per week, a total."""
    top = max((count for row in rows for count in row["counts"]), default=0) or 1
    shaped = []
    for row in rows:
        bars = []
        for index, count in enumerate(row["counts"]):
            height = round(SPARK_HEIGHT * count / top) if count else 0
            bars.append(
                {
                    "x": index * (SPARK_BAR + SPARK_GAP),
                    "y": SPARK_HEIGHT - max(height, 1),
                    "height": max(height, 1),
                    "empty": not count,
                    "title": f"week of {weeks[index]}: {count}",
                }
            )
        label = row["label"]
        shaped.append(
            {
                "label": (labels or {}).get(label, label),
                "href": (links or {}).get(label),
                "total": row["total"],
                "bars": bars,
                "counts": row["counts"],
            }
        )
    return shaped


def trends_view(trends: dict[str, Any], docs_url: str | None, names: dict[str, str]) -> dict:
    """What the index's trends section shows, from trends.json (no pandas here)."""
    weeks = trends.get("weeks") or []
    if not weeks:
        return {}
    rules = [row["label"] for row in trends.get("by_rule", [])]
    return {
        "first": weeks[0],
        "last": weeks[-1],
        "weeks": len(weeks),
        "width": len(weeks) * (SPARK_BAR + SPARK_GAP),
        "height": SPARK_HEIGHT,
        "bar": SPARK_BAR,
        "undated": trends.get("undated", 0),
        "by_source": trend_rows(trends.get("by_source", []), weeks),
        "by_rule": trend_rows(
            trends.get("by_rule", []),
            weeks,
            {code: rule_href(code, docs_url, "reports") for code in rules},
            {code: f"{code} {rule_name(code, names)}".strip() for code in rules},
        ),
    }


def last_check_text(checks: dict[str, Any]) -> str:
    """ "Checked at 14:15 UTC (2026-12-04), nothing new: 12 checks in a row since the last
    run with new articles." from checks.json; "" before the first check."""
    when = checks.get("checked_at") or ""
    if not when:
        return ""
    stamp = f"{when[11:16]} UTC ({when[:10]})"
    if not checks.get("nothing_new"):
        return f"Checked at {stamp}: new or changed articles, reported below."
    quiet = checks.get("quiet_checks", 1)
    text = f"Checked at {stamp}, nothing new"
    unchanged = checks.get("articles_unchanged", 0)
    if unchanged:
        text += f" ({unchanged:,} article(s) unchanged)"
    if quiet > 1:
        text += f"; {quiet:,} checks in a row found nothing new"
    return text + "."


def reports_index_html(
    runs: Sequence[dict[str, Any]],
    reports_root: Path | None = None,
    docs_url: str | None = None,
) -> str:
    busy = [run for run in runs if run.get("articles") or run.get("findings")]
    quiet = [run for run in runs if not (run.get("articles") or run.get("findings"))]
    checks = read_checks(reports_root) if reports_root is not None else {}
    trends = read_trends(reports_root) if reports_root is not None else {}
    names = read_rule_names(reports_root) if reports_root is not None else {}
    return render(
        "reports_index.html.j2",
        runs=runs,
        latest=runs[0] if runs else None,
        busy=busy[:_MAX_INDEX_RUNS],
        hidden=max(0, len(busy) - _MAX_INDEX_RUNS),
        quiet=quiet,
        last_check=last_check_text(checks),
        trends=trends_view(trends, docs_url, names),
        updated=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )


def write_reports_index(
    reports_root: Path,
    runs: Sequence[dict[str, Any]] | None = None,
    docs_url: str | None = None,
) -> Path:
    """reports/index.html, replaced atomically so a reader never sees half a page."""
    if runs is None:
        runs = sorted(read_runs(reports_root), key=lambda r: r.get("run_id", ""), reverse=True)
    path = reports_root / "index.html"
    write_atomic(path, reports_index_html(runs, reports_root, docs_url))
    return path
