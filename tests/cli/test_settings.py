"""One configuration for every command: check, run, serve, the pre-commit hook and `config`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from claimcheck.cli.commands.run import NAME as RUN
from claimcheck.cli.commands.run import RUN_KEYS
from claimcheck.cli.main import build_parser, main
from claimcheck.cli.settings import read_config, resolve

ROOT = Path(__file__).resolve().parents[2]
# Our own sentence: a distance one of the repository's rules (GEO001) knows to be wrong.
FRONTIER = (
    "---\nid: frontier-brief\npublished: 2026-11-02T08:00:00Z\n---\n\n"
    "Engineers said the Ukrainian capital sits roughly 250 km from the Belarusian border, and\n"
    "new defences were being dug along the approach roads on Monday.\n"
)


def draft(folder: Path, name: str = "frontier.md", text: str = FRONTIER) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_the_repository_ships_a_configuration_so_check_uses_its_rules(
    tmp_path, monkeypatch, capsys
):
    assert (ROOT / "claimcheck.toml").is_file()
    article = draft(tmp_path)
    monkeypatch.chdir(ROOT / "examples")  # found upward, as ruff finds its configuration
    code, out, _ = run_cli(capsys, "check", article)
    assert code == 1 and "GEO001" in out
    code, out, _ = run_cli(capsys, "check", article, "--no-rules")
    assert code == 0 and "GEO001" not in out
    monkeypatch.chdir(tmp_path)  # outside the repository: no configuration, no rule set
    assert run_cli(capsys, "check", article)[0] == 0


def parse(*argv):
    parser, _ = build_parser()
    return parser.parse_args([str(a) for a in argv])


@pytest.fixture()
def project(tmp_path):
    """A newsroom project whose configuration sets what `run` and `serve` use."""
    (tmp_path / ".git").mkdir()
    (tmp_path / "desk").mkdir()
    (tmp_path / "house-rules").mkdir()
    (tmp_path / "claimcheck.toml").write_text(
        'rules = "house-rules"\nreports = "out/reports"\nledger = "data/ledger.sqlite"\n'
        'chunk-size = 50\nworkers = 1\nignore = ["CC107"]\nreports-for = "findings"\n'
        'docs-url = "https://wiki.newsroom.example/claimcheck/rules"\n',
        encoding="utf-8",
    )
    return tmp_path


def test_run_reads_the_configuration_found_upward(project):
    cwd = project / "desk"
    args = parse("run", "inbox")
    settings = resolve(args, read_config(args, cwd), cwd, RUN, RUN_KEYS)
    assert settings["reports"].value == project / "out" / "reports"
    assert settings["ledger"].value == project / "data" / "ledger.sqlite"
    assert settings["chunk-size"].value == 50 and settings["workers"].value == 1
    assert settings["ignore"].value == ("CC107",)
    assert settings["reports"].origin == f"{project / 'claimcheck.toml'}:2"
    flags = parse("run", "inbox", "--chunk-size", "7", "--no-rules", "--reports", "elsewhere")
    settings = resolve(flags, read_config(flags, cwd), cwd, RUN, RUN_KEYS)
    assert settings["chunk-size"].value == 7 and settings["chunk-size"].origin == "command line"
    assert settings["rules"].value is None and settings["rules"].origin == "command line"
    assert settings["reports"].value == "elsewhere"


def test_defaults_are_inside_the_project_not_the_current_folder(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "claimcheck.toml").write_text('fail-level = "warning"\n', encoding="utf-8")
    cwd = tmp_path / "desk" / "drafts"
    cwd.mkdir(parents=True)
    args = parse("run", "inbox")
    settings = resolve(args, read_config(args, cwd), cwd, RUN, RUN_KEYS)
    assert settings["ledger"].value == tmp_path / ".claimcheck" / "ledger.sqlite"
    assert settings["reports"].value == tmp_path / "reports"
    assert settings["ledger"].origin == "default"


def test_serve_schedules_with_the_configured_settings(project, monkeypatch):
    pytest.importorskip("prefect")
    from claimcheck.cli.commands.serve import deployment_from_args

    monkeypatch.chdir(project / "desk")
    inbox = project / "inbox"
    inbox.mkdir()
    deployment = deployment_from_args(parse("serve", inbox, "--interval", "900"))
    parameters = deployment.parameters
    assert parameters["rules_dir"] == str(project / "house-rules")
    assert parameters["reports_dir"] == str(project / "out" / "reports")
    assert parameters["ledger_path"] == str(project / "data" / "ledger.sqlite")
    assert parameters["chunk_size"] == 50 and parameters["ignore"] == ["CC107"]
    assert parameters["reports_for"] == "findings"
    assert parameters["docs_url"] == "https://wiki.newsroom.example/claimcheck/rules"


def test_the_pre_commit_hook_reads_the_configuration(project):
    """The hook runs its entry from the repository root with the staged files appended."""
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    (project / "claimcheck.toml").write_text('ignore = ["CC101"]\n', encoding="utf-8")
    slip = (
        "---\nid: council\npublished: 2024-10-04T09:00:00Z\n---\n\n"
        "The council met on Friday, Oct. 3, 2024.\n"
    )
    draft(project / "drafts", "council.md", slip)
    command = [
        str(Path(sys.executable).with_name(hook["entry"].split()[0])),
        *hook["entry"].split()[1:],
    ]
    result = subprocess.run(
        [*command, "drafts/council.md"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (project / "claimcheck.toml").write_text('select = ["CC1"]\n', encoding="utf-8")
    result = subprocess.run(
        [*command, "drafts/council.md"], cwd=project, capture_output=True, text=True
    )
    assert result.returncode == 1 and "CC101" in result.stdout


def test_config_prints_each_setting_and_where_it_came_from(project, monkeypatch, capsys):
    monkeypatch.chdir(project / "desk")
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(project / "prefect-home"))
    code, out, _ = run_cli(capsys, "config")
    assert code == 0
    lines = {line.split()[0]: line for line in out.splitlines()}
    config_file = project / "claimcheck.toml"
    assert f"{project / 'house-rules'}  [{config_file}:1]" in lines["rules"]
    assert lines["fail-level"].endswith("error  [default]")
    assert "[default]" in lines["prefect-api"] and "local server" in lines["prefect-api"]
    assert lines["prefect-telemetry"].split()[1] == "off"
    code, out, _ = run_cli(capsys, "config", "--json")
    payload = json.loads(out)
    assert payload["chunk-size"] == {"value": 50, "origin": f"{config_file}:4"}
    assert payload["configuration"]["value"] == str(config_file)
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.newsroom.example:4200/api")
    monkeypatch.setenv("CLAIMCHECK_DASK_ADDRESS", "tcp://dask.newsroom.example:8786")
    payload = json.loads(run_cli(capsys, "config", "--json", "--no-config")[1])
    assert payload["prefect-api"]["origin"] == "environment PREFECT_API_URL"
    assert payload["dask-address"]["origin"] == "environment CLAIMCHECK_DASK_ADDRESS"
    assert payload["rules"] == {"value": None, "origin": "default"}


def test_a_bad_configuration_stops_every_command_with_one_line(project, monkeypatch, capsys):
    (project / "claimcheck.toml").write_text("chunk-size = 0\n", encoding="utf-8")
    monkeypatch.chdir(project)
    for argv in (["run", "desk"], ["serve", "desk", "--interval", "60"], ["config"]):
        code, _, err = run_cli(capsys, *argv)
        assert code == 2
        assert err.strip().count("\n") == 0
        assert "claimcheck.toml:1: key 'chunk-size': must be a whole number of at least 1" in err


def test_telemetry_stays_off_unless_the_user_turns_it_on(tmp_path):
    from claimcheck.cli.prefect_env import quiet_prefect

    environ = {"PREFECT_HOME": str(tmp_path)}
    assert quiet_prefect(environ) is False
    assert environ["PREFECT_SERVER_ANALYTICS_ENABLED"] == "false" and environ["DO_NOT_TRACK"] == "1"
    environ = {"PREFECT_HOME": str(tmp_path), "PREFECT_SERVER_ANALYTICS_ENABLED": "true"}
    assert quiet_prefect(environ) is True and "DO_NOT_TRACK" not in environ
    (tmp_path / "profiles.toml").write_text(
        'active = "newsroom"\n[profiles.newsroom]\nPREFECT_SERVER_ANALYTICS_ENABLED = "true"\n'
    )
    environ = {"PREFECT_HOME": str(tmp_path)}
    assert quiet_prefect(environ) is True
