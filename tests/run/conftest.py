"""An inbox of fixture articles, and run settings in a test's folder."""

import shutil
from pathlib import Path

import pytest

from claimcheck.run.batch import RunSettings

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"


@pytest.fixture()
def inbox(tmp_path):
    folder = tmp_path / "inbox"
    folder.mkdir()
    for name in ("weekday-slip.md", "clean.md", "mixed.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    return folder


def settings_for(tmp_path: Path, **fields) -> RunSettings:
    base = {"reports_dir": str(tmp_path / "run"), "ledger_path": str(tmp_path / "l.sqlite")}
    return RunSettings(**(base | fields))


@pytest.fixture()
def settings():
    return settings_for
