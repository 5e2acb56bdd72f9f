"""Where new articles come from: drop-in folders, growing JSON Lines files, RSS/Atom feeds."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from claimcheck.input.articles import (
    JSONL_SUFFIXES,
    InputError,
    InputProblem,
    expand_paths,
    no_articles,
    read_jsonl,
    read_text_article,
)
from claimcheck.input.feeds import (
    DEFAULT_MAX_BYTES,
    DEFAULT_TIMEOUT_SECONDS,
    is_feed_file,
    is_feed_url,
    read_feed,
)
from claimcheck.records import Article

# Feed files picked up from a drop-in folder (".xml" only when named directly: too common).
_FOLDER_FEED_SUFFIXES = (".rss", ".atom")


def check_inputs(
    specs: Iterable[str | os.PathLike[str]], feeds: bool = True, require_articles: bool = False
) -> None:
    """Fail fast, before any run starts, on a path that does not exist or cannot be read, and,
    with `require_articles`, on paths that together hold no article (a misspelt folder would
    otherwise pass as "nothing to report"). Feed URLs, and feed files when `feeds`, count as
    articles: what they hold is known only once they are read."""
    found = False
    names = []
    for spec in specs:
        text = str(spec)
        names.append(text)
        if feeds and is_feed_url(text):
            found = True
            continue
        path = Path(text)
        if feeds and path.is_file() and is_feed_file(path):
            found = True
            continue
        files = expand_paths([path])  # raises InputError with the reason
        found = found or bool(files) or (feeds and path.is_dir() and _holds_feed(path))
    if require_articles and not found:
        raise no_articles(names, _FOLDER_FEED_SUFFIXES if feeds else ())


def _holds_feed(folder: Path) -> bool:
    return any(p.name.endswith(_FOLDER_FEED_SUFFIXES) for p in folder.rglob("*"))


def read_inputs(
    specs: Iterable[str | os.PathLike[str]],
    settle_seconds: float = 0.0,
    feed_timeout: float = DEFAULT_TIMEOUT_SECONDS,
    feed_max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputProblem]:
    """Every article in folders, article files, JSON Lines files and feeds (URLs or files).

    Files modified less than `settle_seconds` ago are left for the next run: they may still be
    being written. A JSON Lines file's unfinished last line (no newline, not valid JSON yet) is
    left for the next run too, so a file that grows while it is read gives no false problem.
    """
    for spec in specs:
        text = str(spec)
        if is_feed_url(text):
            yield from read_feed(text, timeout=feed_timeout, max_bytes=feed_max_bytes)
            continue
        path = Path(text)
        if path.is_file() and is_feed_file(path):
            yield from read_feed(path, max_bytes=feed_max_bytes)
            continue
        for file in _article_files(path):
            if settle_seconds and _modified_within(file, settle_seconds):
                continue
            name = file.name.lower()
            if name.endswith(JSONL_SUFFIXES):
                yield from read_growing_jsonl(file)
            elif name.endswith(_FOLDER_FEED_SUFFIXES):
                yield from read_feed(file, max_bytes=feed_max_bytes)
            else:
                yield read_text_article(file)


def _article_files(path: Path) -> list[Path]:
    files = expand_paths([path])
    if not path.is_dir():
        return files
    feeds = [p for p in path.rglob("*") if p.is_file() and p.name.endswith(_FOLDER_FEED_SUFFIXES)]
    # Hidden files in a drop-in folder are half-copied or temporary files, not articles: a
    # writer that drops ".story.md" and renames it to "story.md" is never read half-written.
    return sorted(
        file
        for file in [*files, *feeds]
        if not any(part.startswith(".") for part in file.relative_to(path).parts)
    )


def _modified_within(path: Path, seconds: float) -> bool:
    try:
        return time.time() - path.stat().st_mtime < seconds
    except OSError:
        return False


def read_growing_jsonl(path: Path) -> Iterator[Article | InputProblem]:
    """read_jsonl, minus a last line that is still being appended."""
    held: Article | InputProblem | None = None
    for record in read_jsonl(path):
        if held is not None:
            yield held
        held = record
    if held is None:
        return
    if isinstance(held, InputProblem) and _ends_unfinished(path):
        return  # the writer has not finished the line: the next run reads it whole
    yield held


def _ends_unfinished(path: Path) -> bool:
    if path.name.lower().endswith(".gz"):
        return False  # compressed files are written whole, never appended to
    try:
        with open(path, "rb") as stream:
            stream.seek(0, os.SEEK_END)
            if stream.tell() == 0:
                return False
            stream.seek(-1, os.SEEK_END)
            return stream.read(1) != b"\n"
    except OSError:
        return False


__all__ = ["InputError", "check_inputs", "read_growing_jsonl", "read_inputs"]
