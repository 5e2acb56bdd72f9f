"""Shared helpers of the reliability tests: run the CLI in-process and read its JSON output."""

import json

import pytest

from claimcheck.cli.main import main


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: kills and restarts subprocesses (tens of seconds)")


@pytest.fixture
def run_cli(capsys, monkeypatch, tmp_path):
    """claimcheck's main() in an empty working folder: (exit code, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def check_json(run_cli):
    """`claimcheck check --format json PATH...` as (exit code, parsed output, stderr)."""

    def check(*paths: str, extra: tuple[str, ...] = ()) -> tuple[int, dict, str]:
        code, out, err = run_cli(
            "check", *map(str, paths), "--format", "json", "--no-config", "--no-waivers", *extra
        )
        return code, (json.loads(out) if out else {}), err

    return check
