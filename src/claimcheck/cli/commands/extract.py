"""`claimcheck extract`: print the claims found in articles as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from json.encoder import c_make_encoder, encode_basestring
from typing import TYPE_CHECKING

from claimcheck.cli.common import EXIT_CANNOT_RUN, EXIT_OK

if TYPE_CHECKING:
    from claimcheck.records import Claim

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

    claims: list[Claim] = []
    problems = 0
    for record in read_articles(args.paths):
        if isinstance(record, InputProblem):
            problems += 1
            print(f"{record.path}:{record.line}: {record.message}", file=sys.stderr)
            continue
        extraction = read_claims(record)
        claims.extend(extraction.claims)
        for passage in extraction.unread:
            print(
                f"{record.path or record.id}: characters {passage.start}-{passage.end} could "
                f"not be read for claims ({passage.error})",
                file=sys.stderr,
            )
    if args.format == "jsonl":
        sys.stdout.write("".join(_json_lines(claims, SCHEMA_VERSION)))
    else:
        documents = [{"schema_version": SCHEMA_VERSION, **claim.to_dict()} for claim in claims]
        sys.stdout.write(json.dumps(documents, ensure_ascii=False, indent=2) + "\n")
    return EXIT_CANNOT_RUN if problems and not claims else EXIT_OK


def _json_lines(claims: list[Claim], schema_version: int) -> list[str]:
    """One line of compact JSON per claim, `schema_version` first, as
    `json.dumps({"schema_version": ..., **claim.to_dict()}, ensure_ascii=False)` writes it.

    Tens of thousands of lines: the C encoder is made once rather than once per line (as
    `JSONEncoder.encode` does), and the version is written as text before each claim's own
    members instead of copying every claim's dictionary to put it first."""
    prefix = "{" + f'"schema_version": {json.dumps(schema_version)}, '
    if c_make_encoder is None:  # a Python without the json accelerator
        encode = json.JSONEncoder(ensure_ascii=False).encode
        return [prefix + encode(claim.to_dict())[1:] + "\n" for claim in claims]
    # Arguments as JSONEncoder(ensure_ascii=False) passes them: no cycle check (a claim's
    # dictionary holds only strings, numbers and None), no default, separators ", " and ": ".
    encoder = c_make_encoder(None, None, encode_basestring, None, ": ", ", ", False, False, True)
    return [prefix + "".join(encoder(claim.to_dict(), 0))[1:] + "\n" for claim in claims]
