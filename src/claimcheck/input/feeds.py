"""RSS and Atom feeds as articles: fetched with a timeout and a size cap, parsed by feedparser."""

from __future__ import annotations

import calendar
import hashlib
import re
import time
import urllib.request
from collections.abc import Iterator
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from claimcheck.input.articles import InputProblem, parse_published
from claimcheck.records import Article

FEED_SUFFIXES = (".rss", ".atom", ".xml")
DEFAULT_TIMEOUT_SECONDS = 20.0
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
USER_AGENT = "claimcheck-feed-reader/1"
_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.1"


class FeedTooLarge(Exception):
    """The feed is bigger than the cap; reading it whole could exhaust memory."""


def is_feed_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def is_feed_file(path: Path) -> bool:
    return path.name.lower().endswith(FEED_SUFFIXES)


def fetch_feed(
    url: str, timeout: float = DEFAULT_TIMEOUT_SECONDS, max_bytes: int = DEFAULT_MAX_BYTES
) -> bytes:
    """The feed document at `url`, or an error: OSError (network, HTTP, too slow) or
    FeedTooLarge. `timeout` bounds the whole download, not only each socket read."""
    if not is_feed_url(url):
        raise ValueError(f"{url}: only http and https feed URLs are fetched")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": _ACCEPT})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > max_bytes:
            size = int(declared)
            raise FeedTooLarge(f"feed is {size:,} bytes, more than the cap of {max_bytes:,}")
        received = bytearray()
        # Count what arrives: a server may lie about (or omit) the length.
        # read1: whatever has arrived, so a server that trickles a byte at a time still meets
        # the deadline check (read(n) would wait for all n bytes, socket timeout or not).
        while chunk := response.read1(64 * 1024):
            received += chunk
            if len(received) > max_bytes:
                raise FeedTooLarge(f"feed is more than the cap of {max_bytes:,} bytes")
            if time.monotonic() > deadline:
                raise TimeoutError(f"feed took more than {timeout:g} s to download")
    return bytes(received)


def read_feed(
    spec: str | Path,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputProblem]:
    """Every item of the feed at a URL or in a file, as an Article; problems as InputProblem."""
    where = str(spec)
    try:
        if is_feed_url(where):
            data = fetch_feed(where, timeout=timeout, max_bytes=max_bytes)
        else:
            path = Path(spec)
            if path.stat().st_size > max_bytes:
                raise FeedTooLarge(f"feed file is more than the cap of {max_bytes:,} bytes")
            data = path.read_bytes()
    except FeedTooLarge as error:
        yield InputProblem(where, 0, str(error))
        return
    except (OSError, ValueError) as error:  # URLError and timeouts are OSErrors
        reason = getattr(error, "reason", None) or getattr(error, "strerror", None) or error
        yield InputProblem(where, 0, f"cannot read feed: {reason}")
        return
    yield from parse_feed(data, where)


def parse_feed(data: bytes, where: str) -> Iterator[Article | InputProblem]:
    import feedparser

    # Bytes, never a URL: feedparser would otherwise fetch by itself, without our limits.
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        problem = parsed.get("bozo_exception")
        yield InputProblem(where, 0, f"not an RSS or Atom feed: {problem}")
        return
    feed_title = str(parsed.get("feed", {}).get("title") or "")
    for position, entry in enumerate(entries, start=1):
        yield entry_article(entry, where, position, feed_title)


def entry_article(entry, where: str, position: int, feed_title: str) -> Article | InputProblem:
    """One feed item: the body (content, else summary) as plain text, id from guid or link."""
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    if not body:
        body = entry.get("summary") or entry.get("description") or ""
    body = html_to_text(body)
    title = html_to_text(entry.get("title") or "")
    link = str(entry.get("link") or "")
    article_id = str(entry.get("id") or link or "")
    if not body.strip():
        return InputProblem(where, position, "feed item has no content or summary", article_id)
    if not article_id:
        digest = hashlib.sha256(f"{title}\0{body}".encode()).hexdigest()[:16]
        article_id = f"feed-{digest}"
    published, problem = _published(entry)
    return Article(
        id=article_id,
        body=body,
        title=title,
        source=str(entry.get("source", {}).get("title") or feed_title),
        url=link,
        published=published,
        path=where,
        body_line=1,
        record_line=position,
        published_problem=problem,
    )


def _published(entry) -> tuple[datetime | None, str]:
    """The item's date as written, with its time zone ("Tue, 20 Dec 2022 10:00:00 -0500"
    stays at -05:00); feedparser's own reading, which is in UTC, only when ours fails."""
    raw = entry.get("published") or entry.get("updated") or entry.get("created")
    if raw:
        moment, problem = parse_published(str(raw))
        if moment is not None:
            return moment, ""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        # dict.get: feedparser's own get maps a missing key to another, with a warning.
        parsed = dict.get(entry, key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC), ""
    if raw:
        return None, problem
    return None, "no published date"


_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "section", "article", "tr", "table", "pre", "figure", "figcaption", "hr"}
)  # fmt: skip
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "iframe", "object"})
_BLANK_RUNS = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t\r\f\v\u00a0]+")


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(_SPACES.sub(" ", data.replace("\n", " ")))


def html_to_text(markup: str) -> str:
    """Feed HTML as readable text: tags dropped, paragraphs kept, entities decoded."""
    if "<" not in markup and "&" not in markup:
        return markup.strip()
    # The parser decodes character references once (convert_charrefs): "&amp;lt;" stays "&lt;".
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    lines = [line.strip() for line in text.split("\n")]
    text = _BLANK_RUNS.sub("\n\n", "\n".join(lines))
    return text.strip()
