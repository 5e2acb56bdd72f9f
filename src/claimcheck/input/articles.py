"""Reading articles: Markdown/text with YAML front matter, and JSON Lines (optionally gzipped)."""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from functools import cache
from pathlib import Path

from claimcheck.errors import ClaimcheckError
from claimcheck.input.front_matter import plain_front_matter
from claimcheck.records import Article

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_SPACE_BEFORE_OFFSET = re.compile(r"(?<=\d)\s+([+-]\d\d(?::?\d\d)?|[Zz])$")
TEXT_SUFFIXES = (".md", ".markdown", ".txt", ".text")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")
# Longer bodies are not news articles (a dump, a log, an attack); skipping them keeps every
# article's check within its time budget.
MAX_BODY_CHARS = 1_000_000
# Bytes read at most for one article file or one JSON Lines record: a body of MAX_BODY_CHARS
# characters is at most four bytes each, plus room for front matter or the other fields. Past
# this, the record is skipped without being read whole, so a stray dump cannot exhaust memory.
MAX_RECORD_BYTES = 4 * MAX_BODY_CHARS + 64 * 1024


@cache
def _front_matter_loader() -> type:
    """The YAML loader of front matter, made on first use: yaml is imported only when an
    article's front matter is more than `key: text` lines (`claimcheck.input.front_matter`;
    importing it is about a sixth of `claimcheck extract`'s start-up).
    """
    import yaml

    class FrontMatterLoader(yaml.SafeLoader):
        """Safe YAML (no Python tags) that leaves dates as text and refuses aliases.

        Dates stay text so an impossible one ("2024-02-30") is an unusable `published` (CC001)
        instead of a crash; aliases are refused because front matter never needs them and
        nested ones expand exponentially ("billion laughs").
        """

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, "aliases (*name) are not allowed in front matter", event.start_mark
                )
            return super().compose_node(parent, index)

    FrontMatterLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
    )
    return FrontMatterLoader


class InputError(ClaimcheckError):
    """The input as a whole cannot be read (missing path, unsupported file): claimcheck stops."""


@dataclass(frozen=True, slots=True)
class InputProblem:
    """One record that could not be read; the rest of the input is still processed."""

    path: str
    line: int
    message: str
    article_id: str = ""


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES) or name.endswith(JSONL_SUFFIXES)


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named directly, plus every article file below each directory, in a stable order."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            # Not only regular files: a dangling link or a FIFO named like an article is
            # reported as unreadable (CC002) instead of vanishing without a word.
            files.extend(sorted(p for p in path.rglob("*") if _listed(p) and is_article_file(p)))
        elif path.is_file():
            if not is_article_file(path):
                expected = ", ".join(TEXT_SUFFIXES + JSONL_SUFFIXES)
                raise InputError(f"{path}: not an article file (expected {expected})")
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or directory")
    return files


def no_articles(paths: Iterable[object], suffixes: tuple[str, ...] = ()) -> InputError:
    """The error for input paths that hold no article at all: a misspelt folder would
    otherwise pass as "nothing to report"."""
    expected = ", ".join(TEXT_SUFFIXES + JSONL_SUFFIXES + suffixes)
    named = ", ".join(str(path) for path in paths)
    return InputError(f"{named}: no articles here (looked for {expected} files)")


def require_articles(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The article files of `paths`; InputError when a path is missing or none holds one."""
    paths = list(paths)
    files = expand_paths(paths)
    if not files:
        raise no_articles(paths)
    return files


def _listed(path: Path) -> bool:
    try:
        return not path.is_dir()
    except OSError:
        return True


def read_articles(
    paths: Iterable[str | os.PathLike[str]],
) -> Iterator[Article | InputProblem]:
    """Every article in `paths`, in order; unreadable records come out as InputProblem."""
    for path in expand_paths(paths):
        name = path.name.lower()
        if name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path)
        else:
            yield read_text_article(path)


def parse_published(value: object) -> tuple[datetime | None, str]:
    """An aware datetime from a publication date (naive means UTC), or None and the reason.

    ISO 8601 is read here directly; other forms CMSs and feeds write ("Tue, 20 Dec 2022
    15:00:00 GMT", "Dec. 20, 2022 at 3:05 p.m. ET") by `claimcheck.input.published`, which
    loads dateparser only for them. The time zone written is kept."""
    if value is None or value == "":
        return None, "no published date"
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time(0, 0))
    elif isinstance(value, str):
        moment = _iso_8601(value) or _other_form(value)
        if moment is None:
            return None, f"published date {value!r} could not be read as a date"
    else:
        return None, f"published date {value!r} could not be read as a date"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment, ""


def _iso_8601(value: str) -> datetime | None:
    # YAML-style spellings too: "2024-10-04 09:00:00 +02:00", a lower-case "z".
    text = _SPACE_BEFORE_OFFSET.sub(r"\1", value.strip())
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _other_form(value: str) -> datetime | None:
    from claimcheck.input.published import read_date

    return read_date(value)


def _clean_text(text: str) -> str:
    # Offsets must be stable whatever the platform wrote: drop a BOM, use \n line ends.
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\0" in text:
        # NUL bytes carry no text; a space keeps every later offset where it was.
        text = text.replace("\0", " ")
    # A JSON escape such as "\ud800" decodes to half a surrogate pair, which no file or
    # database can store: U+FFFD keeps the offsets. An ASCII text holds none (`isascii`
    # reads a flag of the string, where the search reads every character).
    if text.isascii():
        return text
    return _LONE_SURROGATE.sub("\ufffd", text)


def _too_long(body: str) -> str:
    if len(body) > MAX_BODY_CHARS:
        return (
            f"body has {len(body):,} characters; articles over {MAX_BODY_CHARS:,} "
            "characters are skipped"
        )
    return ""


def _field_problem(fields: dict) -> str:
    """Why a text field (id, title, source, url, dateline) cannot be used, or ""."""
    for name in ("id", "title", "source", "url", "dateline"):
        value = fields.get(name)
        if value is None or isinstance(value, str):
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            kind = {list: "a list", dict: "a mapping", bool: "true/false"}.get(
                type(value), type(value).__name__
            )
            return f"'{name}' must be text, not {kind}"
    return ""


def _text_field(fields: dict, name: str) -> str:
    value = fields.get(name)
    return "" if value is None else _clean_text(str(value)).strip()


def _article_from_fields(
    fields: dict, body: str, path: Path, body_line: int, record_line: int, fallback_id: str
) -> Article:
    published, problem = parse_published(fields.get("published"))
    article_id = _text_field(fields, "id") or fallback_id
    return Article(
        id=article_id,
        body=body,
        title=_text_field(fields, "title"),
        source=_text_field(fields, "source"),
        url=_text_field(fields, "url"),
        published=published,
        path=str(path),
        body_line=body_line,
        record_line=record_line,
        published_problem=problem,
        dateline=_text_field(fields, "dateline"),
    )


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter YAML or None, body, 1-based line where the body starts)."""
    if not text.startswith("---\n"):
        return None, text, 1
    closing = text.find("\n---", 3)
    while closing != -1:
        after = closing + 4
        if after == len(text) or text[after] == "\n":
            front = text[4 : closing + 1]
            body_start = after + 1 if after < len(text) else after
            body_line = text.count("\n", 0, body_start) + 1
            return front, text[body_start:], body_line
        closing = text.find("\n---", closing + 1)
    return None, text, 1


def _yaml_front_matter(front: str, path: Path) -> object:
    """What yaml reads in the front matter, or the InputProblem that stops the file."""
    import yaml

    try:
        return yaml.load(front, Loader=_front_matter_loader())  # a SafeLoader: no Python tags
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error)
        return InputProblem(str(path), line, f"front matter is not valid YAML: {problem}")
    except RecursionError:
        return InputProblem(str(path), 2, "front matter is nested too deeply")


def read_text_article(path: Path) -> Article | InputProblem:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # Reading a FIFO or a device would block or never end.
            return InputProblem(str(path), 0, "cannot read file: not a regular file")
        if info.st_size > MAX_RECORD_BYTES:
            return InputProblem(
                str(path),
                1,
                f"file has {info.st_size:,} bytes; articles over {MAX_BODY_CHARS:,} "
                "characters are skipped",
                path.stem,
            )
        raw = path.read_bytes()
    except OSError as error:
        # A dangling link, a permission problem, an I/O error: this file only.
        return InputProblem(str(path), 0, f"cannot read file: {error.strerror or error}")
    try:
        text = _clean_text(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        return InputProblem(str(path), line, f"not UTF-8 (byte {error.start})")
    front, body, body_line = split_front_matter(text)
    fields: dict = {}
    if front is not None:
        # `key: text` lines are read without yaml, whose import would cost every one-draft
        # check a fifteenth of its time; anything else is yaml's to read.
        loaded: object = plain_front_matter(front)
        if loaded is None:
            loaded = _yaml_front_matter(front, path)
            if isinstance(loaded, InputProblem):
                return loaded
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            kind = "a list" if isinstance(loaded, list) else f"{type(loaded).__name__} text"
            return InputProblem(
                str(path), 2, f"front matter must be a mapping of fields (id: ...), not {kind}"
            )
        fields = loaded
        if problem := _field_problem(fields):
            return InputProblem(str(path), 2, f"front matter {problem}")
    if problem := _too_long(body):
        return InputProblem(str(path), body_line, problem, _text_field(fields, "id") or path.stem)
    return _article_from_fields(fields, body, path, body_line, 0, path.stem)


def read_jsonl(path: Path) -> Iterator[Article | InputProblem]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    try:
        handle = opener(path, "rb")
    except OSError as error:
        yield InputProblem(str(path), 0, f"cannot read file: {error.strerror or error}")
        return
    with handle:
        line_number = 0
        try:
            while raw := handle.readline(MAX_RECORD_BYTES + 1):
                line_number += 1
                if len(raw) > MAX_RECORD_BYTES and not raw.endswith(b"\n"):
                    # Skip the rest of the overlong line without holding it in memory.
                    while (rest := handle.readline(MAX_RECORD_BYTES)) and not rest.endswith(b"\n"):
                        pass
                    message = (
                        f"line has more than {MAX_RECORD_BYTES:,} bytes; articles over "
                        f"{MAX_BODY_CHARS:,} characters are skipped"
                    )
                    yield InputProblem(str(path), line_number, message)
                    continue
                if not raw.strip():
                    continue
                yield _jsonl_record(path, line_number, raw)
        except (OSError, EOFError, zlib.error) as error:
            yield InputProblem(str(path), line_number + 1, f"cannot read file: {error}")


def _jsonl_record(path: Path, line_number: int, raw: bytes) -> Article | InputProblem:
    try:
        record = json.loads(_clean_text(raw.decode("utf-8")))
    except UnicodeDecodeError as error:
        return InputProblem(str(path), line_number, f"not UTF-8 (byte {error.start})")
    except json.JSONDecodeError as error:
        return InputProblem(
            str(path), line_number, f"malformed JSON: {error.msg} (column {error.colno})"
        )
    except RecursionError:
        return InputProblem(str(path), line_number, "malformed JSON: nested too deeply")
    if not isinstance(record, dict):
        return InputProblem(str(path), line_number, "a line must hold one JSON object")
    fallback_id = f"{path.name.split('.')[0]}-{line_number}"
    if problem := _field_problem(record):
        return InputProblem(str(path), line_number, problem)
    article_id = _text_field(record, "id") or fallback_id
    body = record.get("body")
    if not isinstance(body, str):
        problem = "no 'body' text" if body is None else "'body' must be text"
        return InputProblem(str(path), line_number, problem, article_id)
    if problem := _too_long(body):
        return InputProblem(str(path), line_number, problem, article_id)
    return _article_from_fields(record, _clean_text(body), path, 1, line_number, fallback_id)


def content_hash(article: Article) -> str:
    """Hash of what determines an article's claims: its body, publication date and dateline
    (a record without a dateline hashes as it did before datelines were read)."""
    digest = hashlib.sha256()
    digest.update(article.body.encode("utf-8"))
    digest.update(b"\0")
    digest.update((article.published.isoformat() if article.published else "").encode())
    if article.dateline:
        digest.update(b"\0dateline\0" + article.dateline.encode("utf-8"))
    return digest.hexdigest()
