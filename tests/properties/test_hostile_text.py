"""Text built to hurt: long digit runs, repeated hyphens, odd Unicode. Extraction never hangs.

Each case runs in a subprocess with a generous wall-clock guard: a catastrophic-backtracking
regex would take minutes or hours, so the guard catches it without being a timing test.
"""

import subprocess
import sys

import pytest

CASES = {
    "comma digit run": "1," * 50_000,
    "dot digit run": "1." * 50_000,
    "long number": "9" * 100_000,
    "hyphens": "-" * 100_000,
    "hyphenated numbers": "1-" * 50_000,
    "slashes": "1/" * 50_000,
    "spaced digits": "1 " * 50_000,
    "thin spaces": "1\u2009000\u2009" * 20_000,
    "rtl marks": "\u200f12\u200f miles " * 10_000,
    "unicode digits": "٣٤٥ " * 25_000,
    "month soup": "Dec. " * 20_000,
    "range soup": "between 1 and " * 10_000,
    "paren soup": "(" * 50_000 + "12 miles" + ")" * 50_000,
}

SCRIPT = """
import sys
from datetime import datetime, timezone
from claimcheck.pipeline import Checker
from claimcheck.records import Article
body = sys.stdin.read()
article = Article(id="h", body=body, published=datetime(2022, 12, 20, tzinfo=timezone.utc))
result = Checker().check_article(article)
for claim in result.claims:
    assert body[claim.start:claim.end] == claim.text
print(len(result.claims))
"""


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_text_is_processed(name):
    completed = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=CASES[name],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
