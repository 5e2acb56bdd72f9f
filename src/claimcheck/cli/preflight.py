"""What `run` and `serve` check before Prefect starts, so that a mistake costs a second, not a
server start-up: each problem stops claimcheck with one line on stderr and exit code 2, and
nothing is written (no run folder, no ledger file, no reports folder).

Checked in order: the inputs (they exist; for `run`, they hold articles), the numbers, the
rule set (every rule file valid), the reports folder (writable, or creatable), the ledger (an
existing file is a readable SQLite ledger, a new one can be created, a PostgreSQL ledger
answers).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimcheck.cli.common import UsageProblem
from claimcheck.cli.settings import Setting, as_text


@dataclass(frozen=True, slots=True)
class RunPlan:
    """The settings of a run, checked: what the flow is called with."""

    paths: tuple[str, ...]
    reports: str
    rules: str | None
    ledger: str | None
    chunk_size: int
    workers: int
    reports_for: str
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    docs_url: str | None

    def flow_parameters(self) -> dict[str, Any]:
        return {
            "paths": list(self.paths),
            "reports_dir": self.reports,
            "rules_dir": self.rules,
            "ledger_path": self.ledger,
            "chunk_size": self.chunk_size,
            "workers": self.workers,
            "reports_for": self.reports_for,
            "select": list(self.select),
            "ignore": list(self.ignore),
            "docs_url": self.docs_url,
        }


def preflight(
    paths: list[str], settings: dict[str, Setting], require_articles: bool = True
) -> RunPlan:
    from claimcheck.input.inbox import check_inputs

    check_inputs(paths, require_articles=require_articles)
    value = {key: setting.value for key, setting in settings.items()}
    if value["chunk-size"] < 1:
        raise UsageProblem("--chunk-size must be at least 1")
    if value["workers"] < 0:
        raise UsageProblem("--workers must be 0 (one per core) or more")
    rules = as_text(value["rules"])
    check_rules(rules)
    reports = str(value["reports"])
    check_writable_folder(Path(reports), "reports folder")
    ledger = as_text(value["ledger"])
    if ledger:
        check_ledger(ledger)
    return RunPlan(
        paths=tuple(paths),
        reports=reports,
        rules=rules,
        ledger=ledger,
        chunk_size=value["chunk-size"],
        workers=value["workers"],
        reports_for=value["reports-for"],
        select=tuple(value["select"]),
        ignore=tuple(value["ignore"]),
        docs_url=value["docs-url"],
    )


def check_rules(rules_dir: str | None) -> None:
    if rules_dir is None:
        return
    if not Path(rules_dir).is_dir():
        raise UsageProblem(f"{rules_dir}: rules directory not found")
    from claimcheck.rules import RuleError, load_rules

    try:
        load_rules(Path(rules_dir))
    except RuleError as error:
        raise UsageProblem(str(error)) from error


def check_writable_folder(folder: Path, what: str) -> None:
    """A folder claimcheck will write into: writable if it exists, else creatable (it is not
    created here)."""
    if folder.exists():
        if not folder.is_dir():
            raise UsageProblem(f"{folder}: the {what} is a file, not a folder")
        probe = folder / f".claimcheck-write-test-{os.getpid()}"
        try:
            probe.open("w").close()
            probe.unlink()
        except OSError as error:
            raise UsageProblem(f"{folder}: cannot write the {what}: {error.strerror}") from error
        return
    parent = folder.absolute().parent
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if not parent.is_dir():
        raise UsageProblem(f"{folder}: cannot create the {what}: {parent} is a file")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageProblem(f"{folder}: cannot create the {what}: {parent} is not writable")


def check_ledger(location: str) -> None:
    """An existing ledger opens (a damaged, empty or foreign file is refused with its reason);
    a new SQLite ledger's folder is writable; a PostgreSQL ledger answers."""
    from claimcheck.ledger import POSTGRES_SCHEMES, open_ledger

    if not location.startswith(POSTGRES_SCHEMES):
        path = Path(location.removeprefix("sqlite:///"))
        if not path.exists():
            check_writable_folder(path.parent, "ledger folder")
            return
    open_ledger(location).close()
