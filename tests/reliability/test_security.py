"""Hostile input never runs, escapes, or reaches outside: HTML, file names, YAML, code, feeds."""

import http.server
import re
import threading
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.report.articles import RunReport
from claimcheck.report.files import safe_name
from claimcheck.report.html import article_html

SRC = Path(__file__).resolve().parents[2] / "src"
FLOWS = Path(__file__).resolve().parents[2] / "flows"

HOSTILE_BODY = (
    'The pier is 300 metres long.<script>alert("body")</script> '
    "<img src=x onerror=alert(1)> It cost $5 million. "
    '<a href="javascript:alert(2)">click</a> <svg onload=alert(3)></svg> '
    "</textarea><iframe src=//example.invalid></iframe> 12 km."
)


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))


def live_tags(page: str):
    collector = TagCollector()
    collector.feed(page)
    return collector.tags


def test_html_report_shows_hostile_article_text_as_text():
    article = Article(
        id='x"><script>alert("id")</script>',
        body=HOSTILE_BODY,
        title="<script>alert('title')</script>",
        source="<b onmouseover=alert(4)>wire</b>",
        url="javascript:alert(5)",
        path="story.md",
    )
    page = article_html(Checker().check_article(article))
    tags = live_tags(page)
    names = {tag for tag, _ in tags}
    assert not names & {"script", "iframe", "svg", "img", "textarea"} - _template_tags()
    for tag, attrs in tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)
    assert "alert(" not in "".join(re.findall(r"<script\b[^>]*>(.*?)</script>", page, re.S))
    # The words are still there for the editor, escaped.
    assert "&lt;script&gt;" in page and "onerror" in page


def _template_tags() -> set[str]:
    """Tags the report template itself uses (an inline script of its own is allowed)."""
    plain = Article(id="plain", body="The pier is 300 metres long.", path="p.md")
    return {tag for tag, _ in live_tags(article_html(Checker().check_article(plain)))}


@pytest.mark.parametrize(
    "article_id",
    [
        "../../etc/x",
        "/etc/passwd",
        "..",
        ".",
        "a/../../b",
        "nul\x00byte",
        "x" * 5000,
        "\\\\server\\share\\x",
        "C:\\Windows\\x",
        "ünïcødé/../../x",
        "",
    ],
)
def test_article_ids_never_become_paths_outside_the_reports(tmp_path, article_id):
    reports = tmp_path / "reports" / "run"
    result = Checker().check_article(Article(id=article_id, body="It is 4 km.", path="a"))
    stem = RunReport(reports).write_article(result)
    articles = (reports / "articles").resolve()
    written = list((tmp_path / "reports").rglob("*"))
    assert {p.parent.resolve() for p in written if p.is_file()} == {articles}
    assert "/" not in stem and "\\" not in stem and "\x00" not in stem
    assert len(stem) <= 120 and not stem.startswith(".")


WINDOWS_RESERVED = ["CON", "prn", "AUX", "NUL", "COM1", "lpt9", "con.txt", "Nul.md"]


@pytest.mark.parametrize("article_id", WINDOWS_RESERVED)
def test_windows_reserved_names_are_renamed(article_id):
    stem = safe_name(article_id).split(".")[0].upper()
    assert stem not in {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10))} | {
        f"LPT{i}" for i in range(1, 10)
    }


# -- YAML is data, never code -----------------------------------------------------------------

PAYLOAD = '!!python/object/apply:os.mkdir ["{marker}"]'


def test_python_tags_in_front_matter_are_refused(tmp_path):
    from claimcheck.input.articles import InputProblem, read_articles

    marker = tmp_path / "pwned"
    story = tmp_path / "story.md"
    story.write_text(f"---\nid: {PAYLOAD.format(marker=marker)}\n---\nBody.\n")
    [problem] = read_articles([story])
    assert isinstance(problem, InputProblem) and "constructor" in problem.message
    assert not marker.exists()


def test_python_tags_in_rules_waivers_and_feeds_are_refused(tmp_path, run_cli):
    marker = tmp_path / "pwned"
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "r.yml").write_text(f"code: {PAYLOAD.format(marker=marker)}\n")
    code, _, err = run_cli("rules", "validate", str(rules))
    assert code == 2 and "constructor" in err and not marker.exists()

    story = tmp_path / "story.md"
    story.write_text("---\nid: s\n---\nBody.\n")
    (tmp_path / "claimcheck-waivers.yml").write_text(
        f"waivers:\n  - article: {PAYLOAD.format(marker=marker)}\n"
    )
    code, _, err = run_cli("check", str(story), "--no-config")
    assert code == 2 and "constructor" in err and not marker.exists()


def test_configuration_is_toml_which_has_no_code_tags(tmp_path, run_cli):
    (tmp_path / ".git").mkdir()
    (tmp_path / "claimcheck.toml").write_text(f"select = '{PAYLOAD.format(marker='x')}'\n")
    story = tmp_path / "story.md"
    story.write_text("Body.\n")
    code, _, err = run_cli("check", str(story))
    assert code == 2 and "is not a code" in err


# -- no code from data ------------------------------------------------------------------------

FORBIDDEN = [
    (r"(?<![\w.])(eval|exec)\s*\(", "eval/exec"),
    (r"\bpickle\.loads?\(", "pickle"),
    (r"\byaml\.(unsafe_load|full_load)\b|Loader\s*=\s*yaml\.(Unsafe|Full)?Loader\b", "unsafe YAML"),
    (r"\bshell\s*=\s*True\b", "a shell"),
    (r"\bos\.system\(", "os.system"),
]


def test_no_eval_exec_or_unsafe_loaders_in_the_source():
    offenders = []
    for path in [*SRC.rglob("*.py"), *FLOWS.rglob("*.py")]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            code = line.split("#", 1)[0]
            for pattern, what in FORBIDDEN:
                if re.search(pattern, code):
                    offenders.append(f"{path}:{number}: {what}: {line.strip()}")
    assert offenders == []


def test_the_source_scan_finds_what_it_looks_for():
    samples = ["x = eval(text)", "exec(code)", "yaml.unsafe_load(s)", "run(cmd, shell=True)"]
    for sample in samples:
        assert any(re.search(pattern, sample) for pattern, _ in FORBIDDEN), sample
    assert not any(re.search(p, "connection.execute(sql)") for p, _ in FORBIDDEN)


# -- feeds: a timeout and a size cap, tested against 127.0.0.1 only ---------------------------

FEED_START = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'


class FeedHandler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Length", "100000")
            self.end_headers()
            # A byte every 50 ms, for at most 10 s: the server stops by itself.
            for _ in range(200):
                try:
                    self.wfile.write(b" ")
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.05)
        elif self.path == "/huge-declared":
            self.send_response(200)
            self.send_header("Content-Length", str(50 * 1024 * 1024))
            self.end_headers()
            self.wfile.write(FEED_START)
        elif self.path == "/huge-undeclared":
            self.send_response(200)
            self.end_headers()
            try:
                self.wfile.write(FEED_START)
                for _ in range(64):  # 4 MiB at most
                    self.wfile.write(b"<!--" + b"x" * 65_000 + b"-->")
            except OSError:
                return
        else:
            body = FEED_START + (
                b"<item><title>Pier</title><description>The pier is 300 metres long."
                b"</description><guid>p1</guid></item></channel></rss>"
            )
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)


@pytest.fixture(scope="module")
def feed_server():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_small_feed_is_read(feed_server):
    from claimcheck.input.feeds import read_feed

    [article] = read_feed(f"{feed_server}/ok")
    assert article.id == "p1" and "300 metres" in article.body


def test_a_trickling_feed_is_cut_off_by_the_timeout(feed_server):
    from claimcheck.input.feeds import read_feed

    started = time.monotonic()
    [problem] = read_feed(f"{feed_server}/trickle", timeout=1.0)
    elapsed = time.monotonic() - started
    assert "cannot read feed" in problem.message and "1 s" in problem.message
    assert elapsed < 4, elapsed


@pytest.mark.parametrize("path", ["/huge-declared", "/huge-undeclared"])
def test_an_oversized_feed_is_refused_at_the_cap(feed_server, path):
    from claimcheck.input.feeds import read_feed

    [problem] = read_feed(f"{feed_server}{path}", timeout=10, max_bytes=256 * 1024)
    assert "cap of 262,144" in problem.message and problem.line == 0


def test_only_http_urls_are_fetched():
    from claimcheck.input.feeds import fetch_feed

    for url in ("file:///etc/passwd", "ftp://127.0.0.1/x"):
        with pytest.raises(ValueError, match="only http and https"):
            fetch_feed(url)
