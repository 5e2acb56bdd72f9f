"""Writing report files safely: names that cannot leave the reports folder, writes that are
whole or absent, and the leftovers of writers that were killed removed."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import threading
from collections.abc import Callable
from pathlib import Path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


_WINDOWS_DEVICES = frozenset(
    ["CON", "PRN", "AUX", "NUL"] + [f"{port}{n}" for port in ("COM", "LPT") for n in range(1, 10)]
)


def safe_name(article_id: str) -> str:
    """A file name for an article id that can never leave the reports folder."""
    name = _UNSAFE.sub("_", article_id).strip("._") or "article"
    if name.split(".")[0].upper() in _WINDOWS_DEVICES:
        # "CON.json" opens the console on Windows, wherever the folder is.
        name = f"_{name}"
    if name != article_id or len(name) > 120:
        digest = hashlib.sha1(article_id.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        name = f"{name[:100]}-{digest}"
    return name


def write_atomic(path: Path | str, text: str) -> None:
    """Write via a temporary file and rename, so no half-written report is ever left.

    The temporary name is unique to the process and thread writing it (no mkstemp: it costs
    a chmod too, and a run writes tens of thousands of files); plain open() applies the
    umask, so reports are as readable by editors on a shared drive as any other file."""
    write_atomic_bytes(path, text.encode("utf-8"))


# As open(path, "wb") opens a file, without the file object: a run writes three per article.
_WRITE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
)


def write_atomic_bytes(path: Path | str, data: bytes) -> None:
    """write_atomic for bytes: the same temporary file and rename, in plain system calls."""
    target = os.fspath(path)
    folder, name = os.path.split(target)
    temporary = os.path.join(folder, f".{name}.{os.getpid()}-{threading.get_ident()}.tmp")
    try:
        try:
            handle = os.open(temporary, _WRITE_FLAGS, 0o666)
        except FileNotFoundError:
            # The folder is made by the first file written into it (see write_atomic_with).
            os.makedirs(folder or ".", exist_ok=True)
            handle = os.open(temporary, _WRITE_FLAGS, 0o666)
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
        finally:
            os.close(handle)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


# Linux's unnamed files (O_TMPFILE): a page is written into a file without a name, which
# takes its name once whole (linkat through /proc/self/fd). One directory entry made instead
# of a temporary one made, renamed and removed; a writer killed mid-way leaves nothing behind.
# None: not tried yet in this process; False: this system cannot, pages go by temporary name.
_UNNAMED_FLAGS = getattr(os, "O_TMPFILE", 0) | os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
_unnamed_files: bool | None = None if hasattr(os, "O_TMPFILE") else False


def create_whole(path: str, data: bytes) -> bool:
    """Write a file that must not exist yet, whole or not at all; False (nothing written)
    when a file of that name exists. Where unnamed files are unknown, the same with a check
    for the name and a temporary file renamed."""
    global _unnamed_files
    if _unnamed_files is not False:
        folder = os.path.dirname(path) or "."
        try:
            try:
                handle = os.open(folder, _UNNAMED_FLAGS, 0o666)
            except FileNotFoundError:
                os.makedirs(folder, exist_ok=True)  # made by the first file written into it
                handle = os.open(folder, _UNNAMED_FLAGS, 0o666)
        except OSError as error:
            # A kernel that does not know O_TMPFILE opens the folder itself: EISDIR.
            if not isinstance(error, IsADirectoryError) and error.errno not in _NO_UNNAMED:
                raise
            _unnamed_files = False  # this file system or kernel has none
        else:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(handle, view) :]
                # An absolute name: the directory handle is not used, but it makes Python call
                # linkat (which follows the /proc link to the file) instead of link.
                os.link(f"/proc/self/fd/{handle}", path, src_dir_fd=handle, follow_symlinks=True)
            except FileExistsError:
                return False
            except OSError as error:
                if error.errno not in _NO_UNNAMED:
                    raise
                _unnamed_files = False  # no /proc to name it through: by temporary name
            else:
                _unnamed_files = True
                return True
            finally:
                os.close(handle)
    if os.path.exists(path):
        return False
    write_atomic_bytes(path, data)
    return True


def write_whole(path: str, data: bytes) -> None:
    """`write_atomic_bytes`, by an unnamed file where the name is new (most pages)."""
    if not create_whole(path, data):
        write_atomic_bytes(path, data)


# What a system without unnamed files, or without /proc, answers.
_NO_UNNAMED = frozenset(
    getattr(errno, name)
    for name in ("EOPNOTSUPP", "ENOTSUP", "EINVAL", "ENOENT", "EXDEV", "EPERM", "EACCES")
    if hasattr(errno, name)
)


def temporary_name(path: Path) -> Path:
    """Where a writer of this process and thread writes `path` before it takes its name (a
    hidden .tmp file, removed by remove_stale_temporaries if its writer was killed)."""
    return path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")


def write_atomic_with(path: Path, write: Callable[[Path], object]) -> None:
    """`write(temporary)` writes the file (a parquet writer, say), then it takes its name."""
    temporary = temporary_name(path)
    try:
        try:
            write(temporary)
        except FileNotFoundError:
            # The folder is made by the first file written into it, not checked before each
            # of the tens of thousands of pages a run writes (a failed mkdir and a stat each).
            path.parent.mkdir(parents=True, exist_ok=True)
            write(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


STALE_TEMPORARY_SECONDS = 3600


def remove_stale_temporaries(
    reports_root: Path, older_than: float = STALE_TEMPORARY_SECONDS
) -> int:
    """Deletes the temporary files of report writers that were killed mid-write (write_atomic
    removes its own on any exception it sees, but not on kill -9 or power loss): the reports
    root, each run folder and its articles/ folder. A file younger than `older_than` seconds
    may belong to a run still writing and is kept. Returns the number removed."""
    import time

    cutoff = time.time() - older_than
    removed = 0
    folders = [reports_root]
    try:
        runs = [entry.path for entry in os.scandir(reports_root) if entry.is_dir()]
    except OSError:
        return 0
    for run in runs:
        folders += [Path(run), Path(run) / "articles"]
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not (entry.name.startswith(".") and entry.name.endswith(".tmp")):
                continue
            try:
                if entry.is_file() and entry.stat().st_mtime < cutoff:
                    os.unlink(entry.path)
                    removed += 1
            except OSError:
                continue  # another run removed it first, or it is not ours to remove
    return removed
