"""RSS and Atom feeds as articles: bodies as plain text, ids, dates, fetch limits (no network)."""

import http.server
import threading
import time
from datetime import UTC, datetime
from typing import ClassVar

import pytest

from claimcheck.input.articles import InputProblem
from claimcheck.input.feeds import fetch_feed, html_to_text, read_feed
from claimcheck.records import Article

pytest.importorskip("feedparser")

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Harbour Daily</title>
  <link>https://harbour.example/</link>
  <item>
    <title>Tugboat strike &amp; the port</title>
    <link>https://harbour.example/tug</link>
    <guid isPermaLink="false">harbour-2024-0042</guid>
    <pubDate>Fri, 10 May 2024 08:30:00 GMT</pubDate>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[<p>Tug crews walked out on <b>Thursday</b>.</p>
      <p>About 1,850 workers joined &mdash; and &lt;script&gt; stays text.</p>
      <script>alert('x')</script>]]></content:encoded>
  </item>
  <item>
    <title>Ferry notice</title>
    <link>https://harbour.example/ferry</link>
    <description>&lt;p&gt;The ferry sails four times a day.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Empty</title>
    <guid>harbour-empty</guid>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Valley Ledger</title>
  <id>urn:valley</id>
  <updated>2024-10-04T12:00:00Z</updated>
  <entry>
    <title>Bridge reopens</title>
    <id>urn:valley:bridge</id>
    <link href="https://valley.example/bridge"/>
    <published>2024-10-04T09:00:00+02:00</published>
    <updated>2024-10-05T09:00:00Z</updated>
    <summary type="html">&lt;p&gt;The span is 412 meters long.&lt;/p&gt;</summary>
  </entry>
</feed>
"""


def test_rss_items_become_articles_with_text_bodies(tmp_path):
    path = tmp_path / "harbour.rss"
    path.write_text(RSS)
    first, second, empty = read_feed(path)
    assert isinstance(first, Article)
    assert first.id == "harbour-2024-0042"
    assert first.title == "Tugboat strike & the port"
    assert first.source == "Harbour Daily"
    assert first.url == "https://harbour.example/tug"
    assert first.published == datetime(2024, 5, 10, 8, 30, tzinfo=UTC)
    assert first.body.startswith("Tug crews walked out on Thursday.\n\nAbout 1,850 workers")
    assert "<script> stays text" in first.body and "alert" not in first.body
    assert first.path == str(path) and first.record_line == 1
    assert second.id == "https://harbour.example/ferry"  # no guid: the link
    assert second.body == "The ferry sails four times a day."
    assert second.published is None and second.published_problem == "no published date"
    assert isinstance(empty, InputProblem) and empty.article_id == "harbour-empty"


def test_atom_entries_use_published_and_summary(tmp_path):
    path = tmp_path / "valley.atom"
    path.write_text(ATOM)
    (entry,) = read_feed(path)
    assert entry.id == "urn:valley:bridge"
    assert entry.published == datetime(2024, 10, 4, 7, 0, tzinfo=UTC)
    assert entry.body == "The span is 412 meters long."
    assert entry.source == "Valley Ledger"


def test_a_file_that_is_not_a_feed_is_one_problem(tmp_path):
    path = tmp_path / "notes.xml"
    path.write_text("this is <not a feed")
    (problem,) = read_feed(path)
    assert isinstance(problem, InputProblem) and "not an RSS or Atom feed" in problem.message


def test_feed_files_over_the_cap_are_refused(tmp_path):
    path = tmp_path / "big.rss"
    path.write_text(RSS)
    (problem,) = read_feed(path, max_bytes=100)
    assert "more than the cap" in problem.message


def test_html_to_text_keeps_paragraphs_and_decodes_entities_once():
    assert html_to_text("<p>A &amp;lt; B</p><p>C<br>D</p>") == "A &lt; B\n\nC\nD"
    assert html_to_text("plain text") == "plain text"


class FeedHandler(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict] = {}

    def do_GET(self):
        status, body, delay = self.routes.get(self.path, (404, b"", 0))
        self.send_response(status)
        self.send_header("Content-Type", "application/rss+xml")
        if self.path != "/no-length":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for start in range(0, len(body), 200):
            if delay:
                time.sleep(delay)
            self.wfile.write(body[start : start + 200])

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def feed_server():
    FeedHandler.routes = {
        "/feed": (200, RSS.encode(), 0),
        "/big": (200, b"x" * 50_000, 0),
        "/no-length": (200, b"x" * 50_000, 0),
        "/slow": (200, RSS.encode(), 0.2),  # five pieces, 0.2 s apart
        "/gone": (500, b"", 0),
    }
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_feed_url_is_fetched_and_parsed(feed_server):
    records = list(read_feed(f"{feed_server}/feed"))
    assert [r.id for r in records[:2]] == ["harbour-2024-0042", "https://harbour.example/ferry"]
    assert records[0].path == f"{feed_server}/feed"


def test_feed_url_size_cap_holds_with_or_without_a_length(feed_server):
    for path in ("/big", "/no-length"):
        (problem,) = read_feed(f"{feed_server}{path}", max_bytes=10_000)
        assert "more than the cap" in problem.message


def test_feed_url_timeout_and_http_errors_are_problems_not_crashes(feed_server):
    started = time.monotonic()
    (slow,) = read_feed(f"{feed_server}/slow", timeout=0.5)
    assert "cannot read feed" in slow.message and time.monotonic() - started < 3
    (gone,) = read_feed(f"{feed_server}/gone")
    assert "cannot read feed" in gone.message


def test_only_web_urls_are_fetched():
    with pytest.raises(ValueError):
        fetch_feed("file:///etc/passwd")
