"""A record's `dateline` is read into `Article.dateline`; a record without one hashes as before."""

import hashlib
import json
from datetime import UTC, datetime

import pytest

from claimcheck.input.articles import InputProblem, content_hash, read_articles
from claimcheck.records import Article


def test_jsonl_records_carry_their_dateline(tmp_path):
    path = tmp_path / "wire.jsonl"
    rows = [
        {"id": "a", "body": "Exports rose.", "dateline": "  OSLO, March 3 "},
        {"id": "b", "body": "Imports fell."},
        {"id": "c", "body": "Prices held.", "dateline": None},
    ]
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    by_id = {article.id: article for article in read_articles([path])}
    assert by_id["a"].dateline == "OSLO, March 3"
    assert by_id["b"].dateline == ""
    assert by_id["c"].dateline == ""


def test_front_matter_dateline_is_read(tmp_path):
    path = tmp_path / "story.md"
    path.write_text("---\nid: s1\ndateline: TORONTO, May 4\n---\nShares rose.\n", encoding="utf-8")
    [article] = list(read_articles([path]))
    assert article.dateline == "TORONTO, May 4"


def test_a_dateline_that_is_no_text_is_a_problem(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"id": "x", "body": "It rose.", "dateline": ["OSLO"]}) + "\n")
    [problem] = list(read_articles([path]))
    assert isinstance(problem, InputProblem)
    assert "'dateline' must be text" in problem.message


def _old_hash(article: Article) -> str:
    digest = hashlib.sha256(article.body.encode("utf-8") + b"\0")
    digest.update(article.published.isoformat().encode() if article.published else b"")
    return digest.hexdigest()


@pytest.mark.parametrize("published", [None, datetime(1987, 3, 3, 9, tzinfo=UTC)])
def test_hash_without_a_dateline_is_unchanged_and_a_dateline_changes_it(published):
    plain = Article(id="a", body="Sales rose 4 pct to 120 mln crowns.", published=published)
    assert content_hash(plain) == _old_hash(plain)
    filed = Article(id="a", body=plain.body, published=published, dateline="OSLO, March 3")
    other = Article(id="a", body=plain.body, published=published, dateline="STOCKHOLM, March 3")
    assert len({content_hash(plain), content_hash(filed), content_hash(other)}) == 3
