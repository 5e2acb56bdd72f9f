"""Text built to hurt: long digit runs, repeated hyphens, odd Unicode. Extraction never hangs.

Each case runs in a subprocess with a wall-clock guard. Every stage is linear, so 100,000
characters take about a second and a megabyte a few seconds; the guards are generous
multiples of that (the machine is shared), yet far below what a quadratic stage or a
catastrophic-backtracking regex would need. The guard is a hang detector, not a benchmark.
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
# Seconds allowed for 100,000 characters; each takes about 1 s here when nothing else runs.
GUARD_SECONDS = 20

# Ordinary news prose, every sentence a claim or a check, for the megabyte case.
PROSE = (
    "The county said on Monday, Nov. 18, 2024, that 1,250 homes lost power and crews "
    "restored about 80 percent of them by Tuesday. Of the 120 volunteers, 70 were women and "
    "50 were men. The bridge, 30 miles (48 km) north of the city, reopened after 14 months. "
    "Prices rose 4.5 pct to $1.27 per pound, up from 98 cents a year earlier. "
)
MEGABYTE = 1_000_000
# A megabyte (the largest body accepted) mixing prose with runs of every hostile case.
MEGABYTE_GUARD_SECONDS = 90

SCRIPT = """
import sys
from datetime import datetime, timezone
from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
body = sys.stdin.read()
article = Article(id="h", body=body, published=datetime(2022, 12, 20, tzinfo=timezone.utc))
result = Checker().check_article(article)
assert not [f.message for f in result.findings if f.rule == "CC005"], "a sentence was unread"
for claim in result.claims:
    assert body[claim.start:claim.end] == claim.text
print(len(result.claims))
"""


def _run(body: str, timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        input=body,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_text_is_processed(name):
    completed = _run(CASES[name], GUARD_SECONDS)
    assert completed.returncode == 0, completed.stderr[-2000:]


def _mixed_megabyte() -> str:
    runs = [case[:2_000] for _, case in sorted(CASES.items())]
    pieces: list[str] = []
    size = 0
    index = 0
    while size < MEGABYTE:
        piece = PROSE * 5 + runs[index % len(runs)] + "\n\n"
        pieces.append(piece)
        size += len(piece)
        index += 1
    return "".join(pieces)[:MEGABYTE]


def test_a_megabyte_of_prose_mixed_with_hostile_runs_is_processed():
    completed = _run(_mixed_megabyte(), MEGABYTE_GUARD_SECONDS)
    assert completed.returncode == 0, completed.stderr[-2000:]
    assert int(completed.stdout.strip()) > 10_000  # the prose's claims were all found


# The dense article's check takes some 20 s here when nothing else runs: the subprocess's
# limit only ends a hang. What the test guards is the highlighting's cost, measured in CPU
# seconds of the page alone (load on the machine stretches wall time, not CPU time): one
# sweep takes about a second, comparing every cut with every claim took about a minute.
DENSE_REPORT_GUARD_SECONDS = 300
DENSE_PAGE_CPU_SECONDS = 15
REPORT_SCRIPT = """
import sys
import time
from datetime import datetime, timezone
from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.report.markdown import article_markdown
from claimcheck.report.html import article_html
body = sys.stdin.read()
article = Article(id="h", body=body, published=datetime(2022, 12, 20, tzinfo=timezone.utc))
result = Checker().check_article(article)
assert not [f.message for f in result.findings if f.rule == "CC005"], "a sentence was unread"
started = time.process_time()
page = article_html(result)
print(time.process_time() - started)
assert page.count('<mark class="claim') >= len(result.claims) // 2
article_markdown(result)
print(len(result.claims))
"""


def test_the_report_of_an_article_dense_with_figures_is_written():
    # 36,000 claims, each highlighted on the page once.
    body = "12 miles and 3 troops. " * 18_000
    completed = subprocess.run(
        [sys.executable, "-c", REPORT_SCRIPT],
        input=body,
        capture_output=True,
        text=True,
        timeout=DENSE_REPORT_GUARD_SECONDS,
    )
    assert completed.returncode == 0, completed.stderr[-2000:]
    page_seconds, claims = completed.stdout.split()
    assert int(claims) == 36_000
    assert float(page_seconds) < DENSE_PAGE_CPU_SECONDS, f"the page took {page_seconds} CPU s"
