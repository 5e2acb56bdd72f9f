"""Bad article input: each case gets a clear message naming file and line, the rest is checked."""

import gzip
import json
import os
from datetime import UTC, datetime, timedelta

import pytest

from claimcheck.input.articles import (
    MAX_BODY_CHARS,
    MAX_RECORD_BYTES,
    InputProblem,
    read_articles,
)
from claimcheck.records import Article

GOOD_BODY = "The new bridge spans 400 metres and opened on Monday, Oct. 7, 2024."


def line(record: dict) -> str:
    return json.dumps(record) + "\n"


def good(article_id: str, **fields) -> str:
    return line({"id": article_id, "body": GOOD_BODY, "published": "2024-10-08", **fields})


def only(records, kind):
    return [record for record in records if isinstance(record, kind)]


def problems_by_line(output: dict) -> dict[int, dict]:
    return {f["line"]: f for f in output["findings"] if f["rule"] == "CC002"}


# -- JSON Lines ---------------------------------------------------------------------------------


def test_malformed_json_line_is_reported_with_its_line_and_the_rest_checked(tmp_path, check_json):
    path = tmp_path / "wire.jsonl"
    path.write_text(good("first") + '{"id": "broken", "body": "no closing brace\n' + good("third"))
    records = list(read_articles([path]))
    assert [r.id for r in only(records, Article)] == ["first", "third"]
    [problem] = only(records, InputProblem)
    assert problem.line == 2 and problem.message.startswith("malformed JSON")

    code, output, _ = check_json(path)
    assert code == 1  # CC002 is an error
    assert output["articles_checked"] == 2
    finding = problems_by_line(output)[2]
    assert finding["path"] == str(path) and finding["severity"] == "error"
    assert "malformed JSON" in finding["message"]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"id": "no-body"}, "no 'body' text"),
        ({"id": "number-body", "body": 42}, "'body' must be text"),
        ({"id": ["a", "b"], "body": GOOD_BODY}, "'id' must be text, not a list"),
        ({"id": {"x": 1}, "body": GOOD_BODY}, "'id' must be text, not a mapping"),
        ({"id": True, "body": GOOD_BODY}, "'id' must be text, not true/false"),
        ({"id": "t", "title": ["x"], "body": GOOD_BODY}, "'title' must be text, not a list"),
        ([1, 2, 3], "a line must hold one JSON object"),
        ("just a string", "a line must hold one JSON object"),
    ],
)
def test_unusable_jsonl_records_are_skipped_with_the_reason(tmp_path, check_json, record, expected):
    path = tmp_path / "wire.jsonl"
    path.write_text(good("before") + json.dumps(record) + "\n" + good("after"))
    [problem] = only(list(read_articles([path])), InputProblem)
    assert problem.line == 2 and problem.message == expected

    code, output, _ = check_json(path)
    assert code == 1 and output["articles_checked"] == 2
    assert expected in problems_by_line(output)[2]["message"]


def test_missing_id_falls_back_to_file_name_and_line(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text(good("first") + line({"body": GOOD_BODY}))
    first, second = read_articles([path])
    assert first.id == "first" and second.id == "wire-2"


def test_deeply_nested_json_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text("[" * 100_000 + "\n" + good("after"))
    problem, article = read_articles([path])
    assert problem.line == 1 and "nested too deeply" in problem.message
    assert article.id == "after"


def test_nul_bytes_crlf_and_bom_in_jsonl(tmp_path):
    path = tmp_path / "wire.jsonl"
    record = good("crlf").rstrip("\n").replace("400 metres", "400\\u0000metres")
    path.write_bytes(b"\xef\xbb\xbf" + record.encode() + b"\r\n" + good("next").encode())
    first, second = read_articles([path])
    assert first.id == "crlf" and "400 metres" in first.body  # NUL became a space
    assert second.id == "next" and second.record_line == 2


def test_non_utf8_jsonl_line_is_reported_and_the_next_read(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_bytes(b'{"id": "x", "body": "caf\xe9"}\n' + good("ok").encode())
    problem, article = read_articles([path])
    assert problem.line == 1 and "not UTF-8" in problem.message
    assert article.id == "ok"


def test_overlong_jsonl_line_is_skipped_without_losing_the_next(tmp_path, check_json):
    path = tmp_path / "dump.jsonl"
    huge = "x" * (MAX_RECORD_BYTES + 10)
    path.write_text(line({"id": "huge", "body": huge}) + good("after"))
    problem, article = read_articles([path])
    assert problem.line == 1 and "skipped" in problem.message
    assert article.id == "after" and article.record_line == 2

    _, output, _ = check_json(path)
    assert output["articles_checked"] == 1 and problems_by_line(output)[1]["rule"] == "CC002"


def test_five_megabyte_body_is_skipped_with_cc002(tmp_path, check_json):
    body = "The dam holds 5 million cubic metres. " * (5_000_000 // 38)
    assert len(body) > MAX_BODY_CHARS
    (tmp_path / "big.jsonl").write_text(line({"id": "big", "body": body}) + good("small"))
    (tmp_path / "big.md").write_text(f"---\nid: big-md\n---\n{body}")
    code, output, _ = check_json(tmp_path)
    problems = {f["path"]: f for f in output["findings"] if f["rule"] == "CC002"}
    # Past MAX_RECORD_BYTES neither file is read whole, so no id is known: the file names it.
    assert problems[str(tmp_path / "big.md")]["article_id"] == "big"
    assert problems[str(tmp_path / "big.jsonl")]["line"] == 1
    assert all("skipped" in f["message"] for f in problems.values())
    assert output["articles_checked"] == 1 and code == 1


def test_corrupt_gzip_is_reported_not_raised(tmp_path):
    path = tmp_path / "wire.jsonl.gz"
    packed = gzip.compress(good("a").encode() * 50)
    path.write_bytes(packed[: len(packed) // 2] + b"\x00garbage" * 10)
    records = list(read_articles([path]))
    assert isinstance(records[-1], InputProblem)
    assert "cannot read file" in records[-1].message


def test_empty_jsonl_file_gives_no_records(tmp_path, check_json):
    (tmp_path / "empty.jsonl").write_text("")
    assert list(read_articles([tmp_path / "empty.jsonl"])) == []
    # Nothing to check is not a pass: claimcheck says so (exit 2) rather than "0 checked".
    code, output, err = check_json(tmp_path / "empty.jsonl")
    assert code == 2 and output == {} and "no articles in" in err


# -- publication dates ------------------------------------------------------------------------


def published_of(tmp_path, value) -> Article:
    path = tmp_path / "dated.jsonl"
    path.write_text(line({"id": "d", "body": GOOD_BODY, "published": value}))
    [article] = read_articles([path])
    return article


def test_missing_published_is_checked_with_a_cc001_note(tmp_path, check_json):
    path = tmp_path / "undated.jsonl"
    path.write_text(line({"id": "undated", "body": "It happened yesterday, 12 km away."}))
    code, output, _ = check_json(path)
    assert code == 0 and output["articles_checked"] == 1
    [note] = [f for f in output["findings"] if f["rule"] == "CC001"]
    assert note["severity"] == "info" and "no published date" in note["message"]


def test_naive_published_is_utc(tmp_path):
    article = published_of(tmp_path, "2024-10-08T09:30:00")
    assert article.published == datetime(2024, 10, 8, 9, 30, tzinfo=UTC)


@pytest.mark.parametrize("value", ["next Tuesday", "2024-02-30", "+99999-01-01", 12345, ["x"]])
def test_unparsable_published_is_checked_without_it(tmp_path, check_json, value):
    article = published_of(tmp_path, value)
    assert article.published is None and "could not be read as a date" in article.published_problem
    _, output, _ = check_json(tmp_path / "dated.jsonl")
    assert [f["rule"] for f in output["findings"] if f["rule"].startswith("CC00")] == ["CC001"]


def test_future_published_is_an_info_cc004(tmp_path, check_json):
    future = (datetime.now(UTC) + timedelta(days=30)).isoformat()
    article = published_of(tmp_path, future)
    assert article.published is not None
    code, output, _ = check_json(tmp_path / "dated.jsonl")
    [note] = [f for f in output["findings"] if f["rule"] == "CC004"]
    assert note["severity"] == "info" and code == 0


def test_front_matter_dates_in_yaml_spellings(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("---\npublished: 2024-10-08 09:30:00 +02:00\n---\nBody.\n")
    [article] = read_articles([path])
    assert article.published == datetime(2024, 10, 8, 7, 30, tzinfo=UTC)
    path.write_text("---\npublished: 2024-02-30\n---\nBody.\n")  # no such day
    [article] = read_articles([path])
    assert article.published is None and "2024-02-30" in article.published_problem


# -- Markdown / text files --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line_number", "expected"),
    [
        ("---\nid: [a, b\n---\nBody.\n", 3, "front matter is not valid YAML"),
        ("---\ntitle: x\n  bad: indent\n---\nBody.\n", 3, "front matter is not valid YAML"),
        ("---\n- a list\n- not fields\n---\nBody.\n", 2, "must be a mapping of fields"),
        ("---\njust text\n---\nBody.\n", 2, "must be a mapping of fields"),
        ("---\nid: [a, b]\n---\nBody.\n", 2, "'id' must be text, not a list"),
        ("---\na: &x [1]\nid: *x\n---\nBody.\n", 3, "aliases"),
        ("---\nid: " + "[" * 3000 + "]" * 3000 + "\n---\nBody.\n", 2, "nested too deeply"),
    ],
)
def test_bad_front_matter_is_a_problem_naming_the_line(
    tmp_path, check_json, text, line_number, expected
):
    (tmp_path / "bad.md").write_text(text)
    (tmp_path / "good.md").write_text(f"---\nid: good\n---\n{GOOD_BODY}\n")
    problem, article = read_articles([tmp_path])
    assert isinstance(problem, InputProblem) and problem.path == str(tmp_path / "bad.md")
    assert problem.line == line_number and expected in problem.message
    assert article.id == "good"

    code, output, _ = check_json(tmp_path)
    assert code == 1 and output["articles_checked"] == 1
    [finding] = [f for f in output["findings"] if f["rule"] == "CC002"]
    assert finding["path"] == str(tmp_path / "bad.md") and finding["line"] == line_number


def test_text_output_names_file_line_and_code(tmp_path, run_cli):
    (tmp_path / "bad.md").write_text("---\nid: [a, b\n---\nBody.\n")
    code, out, err = run_cli("check", str(tmp_path / "bad.md"), "--no-config", "--no-waivers")
    assert code == 1 and err == ""
    assert out.startswith(f"{tmp_path / 'bad.md'}:3:1: CC002 [error]")


def test_non_utf8_bom_crlf_and_nul_in_markdown(tmp_path):
    (tmp_path / "a-latin.md").write_bytes(b"---\nid: l\n---\nfirst\ncaf\xe9\n")
    (tmp_path / "b-bom.md").write_bytes(b"\xef\xbb\xbf---\r\nid: bom\r\n---\r\nA 5\x00km walk.\r\n")
    latin, bom = read_articles([tmp_path])
    assert isinstance(latin, InputProblem) and latin.line == 5 and "not UTF-8" in latin.message
    assert bom.id == "bom" and bom.body == "A 5 km walk.\n" and bom.body_line == 4


def test_empty_markdown_file_is_an_empty_article(tmp_path, check_json):
    (tmp_path / "empty.md").write_text("")
    [article] = read_articles([tmp_path])
    assert article.id == "empty" and article.body == ""
    code, output, _ = check_json(tmp_path)
    assert code == 0 and output["articles_checked"] == 1


def test_oversized_markdown_file_is_not_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "huge.md"
    with path.open("wb") as stream:
        stream.truncate(MAX_RECORD_BYTES + 1)  # sparse: no disk space used
    monkeypatch.setattr(
        "pathlib.Path.read_bytes", lambda self: pytest.fail("read an oversized file whole")
    )
    [problem] = read_articles([path])
    assert problem.article_id == "huge" and "skipped" in problem.message


# -- unreadable files in a directory ----------------------------------------------------------


def test_dangling_link_fifo_and_unreadable_file_are_reported(tmp_path, check_json, monkeypatch):
    (tmp_path / "a-dangling.md").symlink_to(tmp_path / "gone.md")
    os.mkfifo(tmp_path / "b-pipe.md")  # reading it would block forever
    (tmp_path / "c-locked.md").write_text("---\nid: locked\n---\nSecret.\n")
    (tmp_path / "d-good.md").write_text(f"---\nid: good\n---\n{GOOD_BODY}\n")
    real_read = type(tmp_path).read_bytes

    def read_bytes(self):
        # Running as root, chmod 000 would not stop a read: simulate the refusal.
        if self.name == "c-locked.md":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(type(tmp_path), "read_bytes", read_bytes)
    records = list(read_articles([tmp_path]))
    assert [r.id for r in only(records, Article)] == ["good"]
    messages = {os.path.basename(p.path): p.message for p in only(records, InputProblem)}
    assert messages == {
        "a-dangling.md": "cannot read file: No such file or directory",
        "b-pipe.md": "cannot read file: not a regular file",
        "c-locked.md": "cannot read file: Permission denied",
    }

    code, output, _ = check_json(tmp_path)
    assert code == 1 and output["articles_checked"] == 1
    assert len([f for f in output["findings"] if f["rule"] == "CC002"]) == 3


def test_missing_path_stops_with_exit_2_and_one_line(tmp_path, run_cli):
    code, out, err = run_cli("check", str(tmp_path / "nowhere"), "--no-config")
    assert code == 2 and out == ""
    assert err == f"claimcheck: {tmp_path / 'nowhere'}: no such file or directory\n"


def test_lone_surrogate_escapes_become_replacement_characters(tmp_path, check_json):
    path = tmp_path / "wire.jsonl"
    path.write_text('{"id": "s\\ud800", "body": "A \\ud800 pier, 300 metres long.\\udc00"}\n')
    [article] = read_articles([path])
    assert article.body == "A \ufffd pier, 300 metres long.\ufffd" and article.id == "s\ufffd"
    # Storable: the ledger and the report writers encode it as UTF-8.
    code, output, _ = check_json(path, extra=("--ledger", str(tmp_path / "l.sqlite"), "--record"))
    assert code == 0 and output["articles_checked"] == 1
