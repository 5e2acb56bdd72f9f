"""`claimcheck extract --format jsonl` writes each claim member by member: the lines must be
what `json.dumps` writes for the claim's dictionary, whatever the values."""

import json
from datetime import date, datetime

from claimcheck.cli.commands.extract import _json_lines
from claimcheck.records import Claim


def reference_line(claim: Claim) -> str:
    return json.dumps({"schema_version": 7, **claim.to_dict()}, ensure_ascii=False) + "\n"


class Label(str):
    """A string of another type: the general encoder writes its claim."""


def test_lines_match_json_dumps_for_every_kind_of_value():
    claims = [
        Claim(
            article_id="a-1",
            kind="quantity",
            text="12.5 m",
            start=3,
            end=9,
            sentence='A "quoted" line\twith “curly” quotes, é and \\ a backslash\n',
            value=12.5,
            unit="meter",
            relative=True,
            weekday=0,
        ),
        Claim(article_id="a-1", kind="quantity", text="x", start=0, end=1, value=float("nan")),
        Claim(article_id="a-1", kind="quantity", text="x", start=0, end=1, low=float("-inf")),
        Claim(article_id="a-1", kind="quantity", text="x", start=0, end=1, high=float("inf")),
        Claim(article_id="a-1", kind="quantity", text="x", start=0, end=1, value=3, count=1e21),
        Claim(
            article_id="a-2",
            kind="date",
            text="last week",
            start=10,
            end=19,
            date="2024-W40",
            first_day=date(2024, 9, 30),
            last_day=date(2024, 10, 6),
            period_start=datetime(2024, 9, 30, 12, 5),
        ),
        Claim(article_id="a-3", kind="quantity", text="5", start=0, end=1, unit=Label("troop")),
    ]
    assert _json_lines(claims, 7) == [reference_line(claim) for claim in claims]


def test_no_claims_no_lines():
    assert _json_lines([], 1) == []
