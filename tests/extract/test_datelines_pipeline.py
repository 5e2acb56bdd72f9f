"""The dateline reaches every path that extracts claims: the checker, its results passed
between processes, and `claimcheck extract`."""

from __future__ import annotations

import json

from claimcheck.cli.main import main
from claimcheck.input.articles import read_articles
from claimcheck.pipeline.checker import Checker, result_from_json, result_to_json

ROWS = [
    {
        "id": "filed-abroad",
        "published": "1987-03-03T10:00:00",
        "dateline": "WELLINGTON, March 3",
        "body": "The Reserve Bank sold 60 mln dlrs of bills and reserves fell 2 billion crowns.",
    },
    {
        "id": "no-dateline",
        "published": "1987-03-03T10:00:00",
        "body": "The Reserve Bank sold 60 mln dlrs of bills and reserves fell 2 billion crowns.",
    },
]


def _write(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in ROWS), encoding="utf-8")
    return path


def _money(claims) -> list[str]:
    return [claim.unit for claim in claims if claim.dimension == "currency"]


def test_the_checker_reads_bare_dollars_against_the_dateline(tmp_path):
    articles = {article.id: article for article in read_articles([_write(tmp_path)])}
    checker = Checker()
    abroad = checker.check_article(articles["filed-abroad"])
    assert _money(abroad.claims)[0] == "NZD"
    assert _money(checker.check_article(articles["no-dateline"]).claims)[0] == "USD"
    # A result passed to another process keeps the article's dateline.
    again = result_from_json(json.loads(json.dumps(result_to_json(abroad))))
    assert again.article.dateline == "WELLINGTON, March 3"
    assert again.content_hash == abroad.content_hash


def test_extract_command_reads_the_dateline(tmp_path, capsys):
    assert main(["extract", str(_write(tmp_path)), "--format", "json"]) == 0
    claims = json.loads(capsys.readouterr().out)
    by_article: dict[str, list[str]] = {}
    for claim in claims:
        if claim["dimension"] == "currency":
            by_article.setdefault(claim["article_id"], []).append(claim["unit"])
    assert by_article["filed-abroad"][0] == "NZD"
    assert by_article["no-dateline"][0] == "USD"
