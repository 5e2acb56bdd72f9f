from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from claimcheck.input.articles import (
    _LONE_SURROGATE,
    InputError,
    InputProblem,
    _clean_text,
    expand_paths,
    parse_published,
    read_articles,
    split_front_matter,
)

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


def test_front_matter_fields_and_body_line():
    [article] = list(read_articles([FIXTURES / "weekday-slip.md"]))
    assert article.id == "weekday-slip"
    assert article.title == "Council meets on budget"
    assert article.published == datetime(2024, 10, 4, 9, tzinfo=UTC)
    assert article.body.startswith("\nThe council met")
    # The front matter takes lines 1-6; the body starts with the blank line 7.
    assert article.body_line == 7


def test_published_keeps_offset_and_reads_naive_as_utc():
    moment, problem = parse_published("2022-12-20T10:00:00-05:00")
    assert problem == ""
    assert moment.utcoffset() == timedelta(hours=-5)
    assert moment.date().isoformat() == "2022-12-20"
    naive, _ = parse_published("1987-02-26T15:01:01.790")
    assert naive.tzinfo is UTC
    missing, why = parse_published(None)
    assert missing is None and why == "no published date"
    bad, why = parse_published("last Tuesday")
    assert bad is None and "could not be read as a date" in why


def test_yaml_datetime_objects_are_accepted():
    moment, _ = parse_published(datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2))))
    assert moment.utcoffset() == timedelta(hours=2)


def test_jsonl_bad_lines_are_reported_with_line_numbers_and_others_read():
    records = list(read_articles([FIXTURES / "mixed.jsonl"]))
    assert [type(r).__name__ for r in records] == [
        "Article",
        "InputProblem",
        "InputProblem",
        "Article",
    ]
    assert records[1].line == 2 and "malformed JSON" in records[1].message
    assert records[2].line == 3 and "body" in records[2].message
    assert records[3].published is None
    assert records[0].record_line == 1


def test_broken_front_matter_names_the_line():
    [problem] = list(read_articles([FIXTURES / "broken-front-matter.md"]))
    assert isinstance(problem, InputProblem)
    assert problem.path.endswith("broken-front-matter.md")
    assert problem.line >= 2
    assert "YAML" in problem.message


def test_bom_and_crlf_are_normalized(tmp_path):
    path = tmp_path / "crlf.md"
    path.write_bytes(b"\xef\xbb\xbf---\r\nid: x\r\n---\r\nOne line.\r\nTwo lines.\r\n")
    [article] = list(read_articles([path]))
    assert article.id == "x"
    assert article.body == "One line.\nTwo lines.\n"
    assert article.body_line == 4


def test_text_without_front_matter_uses_the_file_name(tmp_path):
    path = tmp_path / "plain-note.txt"
    path.write_text("Just 3 lines of text.\n")
    [article] = list(read_articles([path]))
    assert article.id == "plain-note"
    assert article.published is None
    assert article.published_problem == "no published date"


def test_missing_path_and_wrong_suffix_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        expand_paths([tmp_path / "nope.md"])
    other = tmp_path / "data.csv"
    other.write_text("a,b\n")
    with pytest.raises(InputError, match="not an article file"):
        expand_paths([other])


def test_directory_expands_to_article_files_in_order():
    names = [p.name for p in expand_paths([FIXTURES])]
    assert names == sorted(names)
    assert "mixed.jsonl" in names and "clean.md" in names


def test_unclosed_front_matter_is_body():
    front, body, line = split_front_matter("---\nid: x\nno closing fence\n")
    assert front is None and line == 1 and body.startswith("---")


def test_nul_bytes_become_spaces_and_keep_offsets(tmp_path):
    path = tmp_path / "nul.md"
    path.write_bytes(b"---\nid: n\n---\nA\x00B 12 miles.\n")
    [article] = list(read_articles([path]))
    assert article.body == "A B 12 miles.\n"


def test_non_utf8_file_is_a_problem_naming_the_line(tmp_path):
    path = tmp_path / "latin.md"
    path.write_bytes(b"---\nid: l\n---\nfirst\ncaf\xe9 prices\n")
    [problem] = list(read_articles([path]))
    assert isinstance(problem, InputProblem)
    assert problem.line == 5 and "not UTF-8" in problem.message


def test_oversized_body_is_skipped_with_a_problem(tmp_path):
    from claimcheck.input.articles import MAX_BODY_CHARS

    path = tmp_path / "huge.jsonl"
    body = "x" * (MAX_BODY_CHARS + 1)
    path.write_text('{"id": "big", "body": "' + body + '"}\n{"id": "ok", "body": "fine"}\n')
    first, second = list(read_articles([path]))
    assert isinstance(first, InputProblem) and first.article_id == "big"
    assert "skipped" in first.message and first.line == 1
    assert second.id == "ok"


def test_empty_files_give_nothing_or_an_empty_article(tmp_path):
    (tmp_path / "empty.jsonl").write_text("")
    (tmp_path / "empty.md").write_text("")
    records = list(read_articles([tmp_path]))
    assert [(type(r).__name__, r.body) for r in records] == [("Article", "")]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Plain ASCII, 12 boats.", "Plain ASCII, 12 boats."),
        ("\ufeffA mark first.\r\nThen\rlines\0end.", "A mark first.\nThen\nlines end."),
        ("Caf\u00e9 prices rose 5\u00a0%.", "Caf\u00e9 prices rose 5\u00a0%."),
        (
            "Half a pair \ud800 and \udfff here, \u00e9t\u00e9.",
            "Half a pair \ufffd and \ufffd here, \u00e9t\u00e9.",
        ),
        ("Only ASCII around \udc00.", "Only ASCII around \ufffd."),
    ],
)
def test_text_is_cleaned_whether_or_not_it_is_ascii(raw, clean):
    # An ASCII text is handed back without the search for lone surrogates: none can be in it.
    assert _clean_text(raw) == clean
    assert _LONE_SURROGATE.search(_clean_text(raw)) is None
