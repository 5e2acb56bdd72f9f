"""Publication dates in the forms CMSs and feeds really write, time zone kept; an unreadable one
is CC001 with the raw value quoted."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from claimcheck.input.articles import parse_published
from claimcheck.input.feeds import parse_feed
from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article

H = timedelta(hours=1)

# (as written, the moment in UTC, the offset kept)
FORMS = [
    ("Tue, 20 Dec 2022 15:00:00 GMT", "2022-12-20T15:00", 0 * H),
    ("Tue, 20 Dec 2022 10:00:00 -0500", "2022-12-20T15:00", -5 * H),
    ("Tue, 20 Dec 2022 15:00:00 +0000", "2022-12-20T15:00", 0 * H),
    ("Tue, 20 Dec 2022 16:00:00 +0100", "2022-12-20T15:00", 1 * H),
    ("20 December 2022 10:00 EST", "2022-12-20T15:00", -5 * H),
    ("2022/12/20 10:00", "2022-12-20T10:00", 0 * H),
    ("Dec. 20, 2022 at 3:05 p.m. ET", "2022-12-20T20:05", -5 * H),
    ("June 3, 2022 at 11:30 a.m. ET", "2022-06-03T15:30", -4 * H),  # daylight time
    ("June 3, 2022, 8:30 a.m. Pacific", "2022-06-03T15:30", -7 * H),
    ("December 20, 2022 3:05 PM EST", "2022-12-20T20:05", -5 * H),
    ("December 20, 2022, 9:41 AM PST", "2022-12-20T17:41", -8 * H),
    ("Tuesday, December 20, 2022 - 15:00", "2022-12-20T15:00", 0 * H),
    ("20 Dec 2022 15:00 CET", "2022-12-20T14:00", 1 * H),
    ("Dec 20 2022 15:00 UTC", "2022-12-20T15:00", 0 * H),
    ("20.12.2022 15:00", "2022-12-20T15:00", 0 * H),
    ("20/12/2022 15:00", "2022-12-20T15:00", 0 * H),
    ("12/20/2022 3:05 PM", "2022-12-20T15:05", 0 * H),
    ("Tue Dec 20 15:00:00 2022", "2022-12-20T15:00", 0 * H),
    ("20 June 2022 11:30 BST", "2022-06-20T10:30", 1 * H),
    ("2022-12-20 15:00 GMT+2", "2022-12-20T13:00", 2 * H),
    ("20 December 2022", "2022-12-20T00:00", 0 * H),
    # ISO 8601, read without dateparser
    ("2022-12-20T15:00:00Z", "2022-12-20T15:00", 0 * H),
    ("2022-12-20T15:00:00.250+05:30", "2022-12-20T09:30", 5.5 * H),
    ("2022-12-20 10:00:00 -05:00", "2022-12-20T15:00", -5 * H),
    ("2022-12-20", "2022-12-20T00:00", 0 * H),
]


@pytest.mark.parametrize(("written", "utc", "offset"), FORMS)
def test_publication_date_forms(written, utc, offset):
    moment, problem = parse_published(written)
    assert problem == "" and moment is not None, written
    assert moment.utcoffset() == offset
    assert moment.astimezone(datetime.fromisoformat(utc + "+00:00").tzinfo).isoformat()[:16] == utc


@pytest.mark.parametrize("written", ["soon", "TBD", "yesterday", "December 2022", "3:05 p.m."])
def test_what_is_not_a_publication_date(written):
    moment, problem = parse_published(written)
    assert moment is None
    assert problem == f"published date {written!r} could not be read as a date"


def test_an_unreadable_date_is_cc001_quoting_it():
    article = Article(
        id="a", body="The vote was held yesterday.", published=None,
        published_problem=parse_published("next Tuesday-ish")[1],
    )  # fmt: skip
    [finding] = [f for f in Checker().check_article(article).findings if f.rule == "CC001"]
    assert "published date 'next Tuesday-ish' could not be read as a date" in finding.message


def test_a_feed_item_keeps_its_time_zone():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title><item>'
        b"<guid>x1</guid><title>T</title><description>Body text.</description>"
        b"<pubDate>Tue, 20 Dec 2022 10:00:00 -0500</pubDate></item><item><guid>x2</guid>"
        b"<description>Body.</description><pubDate>whenever</pubDate></item></channel></rss>"
    )
    first, second = parse_feed(feed, "desk.rss")
    assert first.published.isoformat() == "2022-12-20T10:00:00-05:00"
    assert second.published is None and "'whenever'" in second.published_problem


def test_iso_dates_never_load_dateparser(tmp_path):
    code = (
        "import sys\n"
        "from claimcheck.input.articles import parse_published\n"
        "assert parse_published('2022-12-20T15:00:00Z')[0] is not None\n"
        "assert parse_published('Tue, 20 Dec 2022 15:00:00 GMT')[0] is not None\n"
        "assert 'dateparser' not in sys.modules\n"
        "assert parse_published('Dec. 20, 2022 at 3:05 p.m. ET')[0] is not None\n"
        "assert 'dateparser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
