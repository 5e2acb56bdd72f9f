"""Inputs for scheduled runs: a drop-in folder, a JSON Lines file that grows, feed files."""

import json
import os
import time

import pytest

from claimcheck.input.articles import InputError, InputProblem
from claimcheck.input.inbox import check_inputs, read_growing_jsonl, read_inputs

STORY = "---\nid: {id}\ntitle: Story {id}\npublished: 2024-06-03\n---\n\nNine boats came.\n"
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><guid>wire-1</guid><title>Wire one</title><description>Two ships left.</description></item>
</channel></rss>"""


def ids(records):
    return [r.article_id if isinstance(r, InputProblem) else r.id for r in records]


def test_a_folder_yields_articles_jsonl_records_and_feed_items(tmp_path):
    (tmp_path / "a.md").write_text(STORY.format(id="a"))
    (tmp_path / "more").mkdir()
    (tmp_path / "more" / "b.md").write_text(STORY.format(id="b"))
    (tmp_path / "wire.jsonl").write_text(json.dumps({"id": "j1", "body": "Six cars."}) + "\n")
    (tmp_path / "wire.rss").write_text(FEED)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    assert sorted(ids(read_inputs([tmp_path]))) == ["a", "b", "j1", "wire-1"]


def test_hidden_files_in_the_folder_are_not_read(tmp_path):
    (tmp_path / ".partial.md").write_text(STORY.format(id="partial"))
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "c.md").write_text(STORY.format(id="c"))
    (tmp_path / "d.md").write_text(STORY.format(id="d"))
    assert ids(read_inputs([tmp_path])) == ["d"]


def test_files_still_being_written_wait_for_the_next_run(tmp_path):
    (tmp_path / "old.md").write_text(STORY.format(id="old"))
    (tmp_path / "new.md").write_text(STORY.format(id="new"))
    an_hour_ago = time.time() - 3600
    os.utime(tmp_path / "old.md", (an_hour_ago, an_hour_ago))
    assert ids(read_inputs([tmp_path], settle_seconds=60)) == ["old"]
    assert sorted(ids(read_inputs([tmp_path]))) == ["new", "old"]


def test_a_growing_jsonl_file_defers_its_unfinished_last_line(tmp_path):
    path = tmp_path / "stream.jsonl"
    whole = json.dumps({"id": "s1", "body": "Ten trucks."}) + "\n"
    path.write_text(whole + '{"id": "s2", "bo')
    assert ids(read_growing_jsonl(path)) == ["s1"]
    path.write_text(whole + json.dumps({"id": "s2", "body": "Five vans."}) + "\n")
    assert ids(read_growing_jsonl(path)) == ["s1", "s2"]


def test_a_finished_last_line_without_newline_is_read_and_broken_lines_still_reported(tmp_path):
    path = tmp_path / "stream.jsonl"
    path.write_text('{"id": "s1", "body": "Ten trucks."}\n{broken\n{"id": "s3", "body": "x"}')
    records = list(read_growing_jsonl(path))
    assert ids(records) == ["s1", "", "s3"]
    assert isinstance(records[1], InputProblem) and records[1].line == 2


def test_feed_files_and_urls_pass_the_input_check(tmp_path):
    feed = tmp_path / "wire.xml"
    feed.write_text(FEED)
    check_inputs([feed, "https://news.example/feed.xml", tmp_path])
    assert ids(read_inputs([feed])) == ["wire-1"]
    with pytest.raises(InputError):
        check_inputs([tmp_path / "missing"])
