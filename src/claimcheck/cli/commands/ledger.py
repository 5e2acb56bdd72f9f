"""`claimcheck ledger stats|show|dismiss`: what the claim ledger holds (each figure's identity
and its links to earlier articles), and an editor's word that a link is wrong."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from claimcheck.cli.common import DEFAULT_LEDGER, EXIT_OK, UsageProblem

NAME = "ledger"
LEDGER = "SQLite file or postgresql:// URL of the ledger"
FORMAT = "text for people, json for scripts"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="inspect the claim ledger, dismiss a wrong link",
        description="What the claim ledger holds: the articles runs recorded, their figures' "
        "identities and links to earlier articles; an editor can dismiss a wrong link.",
    )
    actions = parser.add_subparsers(dest="ledger_command", required=True, metavar="ACTION")
    stats = actions.add_parser("stats", help="count stored articles, claims and links")
    stats.add_argument("--ledger", metavar="FILE|URL", default=str(DEFAULT_LEDGER), help=LEDGER)
    stats.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT)
    show = actions.add_parser(
        "show", help="list an article's figures: their identities and links to earlier articles"
    )
    show.add_argument("article_id", help="the article's id, as in its reports")
    show.add_argument("--ledger", metavar="FILE|URL", default=str(DEFAULT_LEDGER), help=LEDGER)
    show.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT)
    dismiss = actions.add_parser(
        "dismiss",
        help="mark a link wrong: the figure is not reported against that article again",
    )
    dismiss.add_argument("article_id", help="the later article")
    dismiss.add_argument("start", type=int, help="where its figure starts (as `show` lists it)")
    dismiss.add_argument("earlier_article_id", help="the earlier article it was linked to")
    dismiss.add_argument("--reason", required=True, help="why the link is wrong")
    dismiss.add_argument("--ledger", metavar="FILE|URL", default=str(DEFAULT_LEDGER), help=LEDGER)


def run(args: argparse.Namespace) -> int:
    from claimcheck.ledger import open_ledger

    if "://" not in args.ledger and not Path(args.ledger).exists():
        raise UsageProblem(f"{args.ledger}: no such ledger file")
    with open_ledger(args.ledger) as ledger:
        if args.ledger_command == "stats":
            return _stats(ledger, args.format)
        if args.ledger_command == "dismiss":
            return _dismiss(ledger, args)
        payload = shown_article(ledger, args.article_id)
        if payload is None:
            raise UsageProblem(f"{args.article_id}: not in the ledger")
    if args.format == "json":
        print(json.dumps(payload, indent=2, default=str))
    else:
        _print_text(payload["article"], payload["claims"])
    return EXIT_OK


def shown_article(ledger, article_id: str) -> dict | None:
    """What `ledger show --format json` prints of an article (before JSON encoding), or None
    when the ledger does not hold it; scripts that read many articles call it in-process."""
    article = ledger.article(article_id)
    if article is None:
        return None
    findings = ledger.stored_findings([article_id]).get(article_id, [])
    return {
        "article": article,
        "claims": _claims_with_links(ledger, article_id),
        "findings": [finding.to_dict() for finding in findings],
    }


def _stats(ledger, output: str) -> int:
    stats = ledger.stats()
    if output == "json":
        print(json.dumps(stats))
    else:
        print(
            f"{stats['articles']} articles, {stats['claims']} claims "
            f"({stats['matchable_claims']} with an identity), {stats['links']} links to "
            f"earlier articles, {stats['findings']} findings, {stats['dismissals']} dismissed"
        )
    return EXIT_OK


def _dismiss(ledger, args: argparse.Namespace) -> int:
    from claimcheck.ledger import Dismissal

    claims = [c for c in ledger.article_claims(args.article_id) if c["start"] == args.start]
    if not claims:
        raise UsageProblem(f"{args.article_id}: no figure starts at {args.start}")
    if ledger.article(args.earlier_article_id) is None:
        raise UsageProblem(f"{args.earlier_article_id}: not in the ledger")
    end = max(int(claim["end"]) for claim in claims)
    marked = ledger.dismiss(
        Dismissal(args.article_id, args.start, end, args.earlier_article_id, args.reason)
    )
    print(
        f"dismissed: {args.article_id} {args.start}-{end} against {args.earlier_article_id} "
        f"({marked} stored link(s) marked); not reported again"
    )
    return EXIT_OK


def _claims_with_links(ledger, article_id: str) -> list[dict[str, object]]:
    """The article's claims as recorded, each with its identity (readable, or null) and its
    links to earlier articles' figures, oldest first (the contract in PAIRS.md)."""
    figures = {figure.index: figure for figure in ledger.article_figures(article_id)}
    links: dict[int, list[dict[str, object]]] = {}
    for link in ledger.article_links(article_id):
        item = {
            "article_id": link["article_id"],
            "start": link["start"],
            "end": link["end"],
            "value": link["value"],
            "relation": link["relation"],
            "published": link["published"],
            "text": link["text"],
        }
        if link["dismissed"]:
            item["dismissed"] = True
        links.setdefault(int(link["claim_index"]), []).append(item)  # type: ignore[arg-type]
    claims = []
    for claim in ledger.article_claims(article_id):
        index = int(claim["index"])  # type: ignore[arg-type]
        figure = figures.get(index)
        claim["identity"] = figure.readable() if figure is not None else None
        if figure is not None:
            claim["role"] = figure.role
        claim["links"] = links.get(index, [])
        claims.append(claim)
    return claims


def _print_text(article: dict, claims: list[dict[str, object]]) -> None:
    print(f"{article['id']} ({article['source']}, published {article['published']})")
    for claim in claims:
        text = " ".join(str(claim["text"]).split())
        print(f"  {claim['start']}-{claim['end']} {claim['kind']}: {text}")
        identity = claim.get("identity")
        if identity:
            parts = [f"{key} {value}" for key, value in identity.items() if value]  # type: ignore[union-attr]
            print(f"      identity: {'; '.join(parts)}")
        for link in claim.get("links") or []:  # type: ignore[union-attr]
            dismissed = " (dismissed)" if link.get("dismissed") else ""
            print(
                f"      {link['relation']}: {link['article_id']} {link['start']}-{link['end']} "
                f"{link['text']!r} ({str(link['published'] or '')[:10]}){dismissed}"
            )
