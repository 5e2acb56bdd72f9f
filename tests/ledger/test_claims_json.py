"""The claims a ledger entry keeps, as text: what `json.dumps` writes of each claim's fields
that say something, byte for byte, and read back by the ledger."""

from __future__ import annotations

import dataclasses
import json
import math
from datetime import date, datetime

from claimcheck.ledger.store import ledger_entry
from claimcheck.records import Article, Claim


def _as_dumps_writes(claims: list[Claim]) -> str:
    kept = []
    for claim in claims:
        fields = {}
        for name, value in dataclasses.asdict(claim).items():
            if name in ("sentence", "article_id") or value is None or value is False:
                continue
            fields[name] = value.isoformat() if isinstance(value, date) else value
        kept.append(fields)
    return json.dumps(kept, separators=(",", ":"))


def test_the_kept_claims_are_the_text_json_writes_of_their_fields():
    plain = Claim(article_id="a", kind="quantity", text="12 boats", start=4, end=12, value=12.0)
    odd = dataclasses.replace(
        plain,
        text='a "quoted" back\\slash, a tab\t, é and ☃ and \ud83d',
        sentence="Not kept.",
        value=math.nan,
        low=-math.inf,
        high=1e22,
        count=0.0,
        weekday=0,
        relative=True,
        first_day=date(2024, 2, 29),
        last_day=date(999, 1, 2),
        period_start=datetime(2024, 1, 2, 3, 4),
        unit="€",
    )
    bare = Claim(article_id="a", kind="", text="", start=0, end=0, qualifier="")
    for claims in ([plain, odd, plain], [odd], [bare], [bare, plain], []):
        entry = ledger_entry(Article(id="a", body="Some 12 boats."), "k", claims, figures=())
        assert entry.claims == _as_dumps_writes(claims)
    assert json.loads(ledger_entry(Article(id="a", body=""), "k", [odd], figures=()).claims)[0][
        "relative"
    ]
