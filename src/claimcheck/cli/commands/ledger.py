"""`claimcheck ledger stats|show`: what the claim ledger holds, with the keys figures match on."""

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
        help="inspect the claim ledger",
        description="What the claim ledger holds: the articles runs recorded and their figures.",
    )
    actions = parser.add_subparsers(dest="ledger_command", required=True, metavar="ACTION")
    stats = actions.add_parser("stats", help="count stored articles and claims")
    stats.add_argument("--ledger", metavar="FILE|URL", default=str(DEFAULT_LEDGER), help=LEDGER)
    stats.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT)
    show = actions.add_parser("show", help="list what is stored for an article")
    show.add_argument("article_id", help="the article's id, as in its reports")
    show.add_argument("--ledger", metavar="FILE|URL", default=str(DEFAULT_LEDGER), help=LEDGER)
    show.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT)


def run(args: argparse.Namespace) -> int:
    from claimcheck.ledger import open_ledger

    if "://" not in args.ledger and not Path(args.ledger).exists():
        raise UsageProblem(f"{args.ledger}: no such ledger file")
    with open_ledger(args.ledger) as ledger:
        if args.ledger_command == "stats":
            stats = ledger.stats()
            if args.format == "json":
                print(json.dumps(stats))
            else:
                print(
                    f"{stats['articles']} articles, {stats['claims']} claims "
                    f"({stats['matchable_claims']} matchable with other articles)"
                )
            return EXIT_OK
        article = ledger.article(args.article_id)
        if article is None:
            raise UsageProblem(f"{args.article_id}: not in the ledger")
        claims = ledger.article_claims(args.article_id)
    if args.format == "json":
        print(json.dumps({"article": article, "claims": claims}, indent=2, default=str))
    else:
        print(f"{article['id']} ({article['source']}, published {article['published']})")
        for claim in claims:
            text = " ".join(str(claim["text"]).split())
            print(f"  {claim['start']}-{claim['end']} {claim['kind']}: {text}")
            if claim.get("measure"):
                # The keys a later article is matched on: whose figure, what, for when.
                subjects = str(claim["subjects"]).replace("|", ", ")
                period = claim["period"] or "no period"
                print(f"      keys: {subjects} / {claim['measure']} / {period} ({claim['role']})")
    return EXIT_OK
