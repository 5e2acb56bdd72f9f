"""`claimcheck extract`: print the claims found in articles as JSON."""

from __future__ import annotations

import argparse
import json
import sys

from claimcheck.cli.common import EXIT_CANNOT_RUN, EXIT_OK

NAME = "extract"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME,
        help="print the claims found in articles",
        description="Print every figure, date, duration and frequency found in the articles, "
        "normalized (scale words applied, units named, dates resolved against the "
        "publication date), as JSON: one array, or with --format jsonl one claim per line. "
        "Each claim carries schema_version (claimcheck/schemas/extract.schema.json).",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article files (.md, .txt, .jsonl) or folders"
    )
    parser.add_argument(
        "--format", choices=("json", "jsonl"), default="json", help="one array or one claim a line"
    )


def run(args: argparse.Namespace) -> int:
    from claimcheck.extract.claims import read_claims
    from claimcheck.input.articles import InputProblem, read_articles
    from claimcheck.schemas import SCHEMA_VERSION

    claims = []
    problems = 0
    for record in read_articles(args.paths):
        if isinstance(record, InputProblem):
            problems += 1
            print(f"{record.path}:{record.line}: {record.message}", file=sys.stderr)
            continue
        extraction = read_claims(record)
        claims.extend(
            {"schema_version": SCHEMA_VERSION, **claim.to_dict()} for claim in extraction.claims
        )
        for passage in extraction.unread:
            print(
                f"{record.path or record.id}: characters {passage.start}-{passage.end} could "
                f"not be read for claims ({passage.error})",
                file=sys.stderr,
            )
    if args.format == "jsonl":
        encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder for every line
        sys.stdout.write("".join(encode(c) + "\n" for c in claims))
    else:
        sys.stdout.write(json.dumps(claims, ensure_ascii=False, indent=2) + "\n")
    return EXIT_CANNOT_RUN if problems and not claims else EXIT_OK
