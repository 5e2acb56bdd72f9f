"""`claimcheck extract`: print the claims found in articles as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from json.encoder import encode_basestring
from operator import attrgetter
from typing import TYPE_CHECKING, Any

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
    """One line of compact JSON per claim, `schema_version` first, exactly as
    `json.dumps({"schema_version": ..., **claim.to_dict()}, ensure_ascii=False)` writes it.

    Tens of thousands of lines, most members null: each member is written from the claim's
    field by the type of its value (the member names encoded once), instead of a dictionary
    made per claim and encoded whole. A value of any other type sends its claim through
    `json.dumps` itself."""
    from dataclasses import fields

    from claimcheck.records import Claim

    members = fields(Claim)
    values = attrgetter(*(member.name for member in members))
    writers = []
    for member in members:
        key = encode_basestring(member.name) + ": "
        # Claim.to_dict writes its date fields as ISO text; JSON writes None, strings,
        # numbers and booleans as below (floats as repr, or NaN and the infinities).
        is_date = "date" in str(member.type).split(" | ")
        by_type = _DATE_WRITERS if is_date else _VALUE_WRITERS
        writers.append((key, key + "null", by_type))
    head = "{" + f'"schema_version": {json.dumps(schema_version)}, '
    lines = []
    for claim in claims:
        try:
            members_text = ", ".join(
                [
                    null if value is None else key + by_type[type(value)](value)
                    for (key, null, by_type), value in zip(writers, values(claim), strict=True)
                ]
            )
        except KeyError:  # a value of another type: the general encoder writes this claim
            lines.append(head + json.dumps(claim.to_dict(), ensure_ascii=False)[1:] + "\n")
            continue
        lines.append(head + members_text + "}\n")
    return lines


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value in (_INFINITY, -_INFINITY):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


_INFINITY = float("inf")
_VALUE_WRITERS: dict[type, Callable[[Any], str]] = {
    str: encode_basestring,
    int: int.__repr__,
    float: _float_text,
    bool: lambda value: "true" if value else "false",
}
_DATE_WRITERS: dict[type, Callable[[Any], str]] = {
    date: lambda day: encode_basestring(day.isoformat()),
    datetime: lambda moment: encode_basestring(moment.isoformat()),
}
