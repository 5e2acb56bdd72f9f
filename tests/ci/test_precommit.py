"""CI integration files: the pre-commit hook (run by pre-commit itself) and the Actions workflow."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ROOT / ".pre-commit-hooks.yaml"
WORKFLOW = ROOT / "examples" / "github-workflow.yml"
DRAFT_HEAD = "---\nid: council\npublished: 2024-10-04T09:00:00Z\n---\n\n"
# What pre-commit needs to install claimcheck from a repository: the package and its metadata.
PROJECT_PARTS = ("src", "flows", "pyproject.toml", "README.md", ".pre-commit-hooks.yaml")
# Messages of pip and pre-commit when the package registry cannot be reached.
OFFLINE_SIGNS = ("Could not find a version", "Failed to establish", "ConnectionError", "timed out")


def test_hook_definition():
    [hook] = yaml.safe_load(HOOKS.read_text())
    assert hook["id"] == "claimcheck"
    assert hook["entry"] == "claimcheck check"
    assert hook["language"] == "python"
    import re

    files = re.compile(hook["files"])
    for name in ("drafts/a.md", "b.txt", "wire/c.jsonl"):
        assert files.search(name), name
    for name in ("setup.py", "notes.mdx", "data.json"):
        assert not files.search(name), name


def _git(*args: str, cwd: Path) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.org", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="module")
def try_repo(tmp_path_factory):
    """Runs `pre-commit try-repo <snapshot of this project> claimcheck --files ...`.

    try-repo only sees committed and tracked files, so the working tree is first copied into a
    fresh repository. The hook environment is installed once for the module (about a minute:
    pip installs claimcheck and its dependencies from the package registry).
    """
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pre_commit = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))
    if not Path(pre_commit).exists():
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    base = tmp_path_factory.mktemp("pre-commit")
    project = base / "claimcheck"
    project.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, project / part, ignore=ignore)
        elif source.exists():
            shutil.copy2(source, project / part)
    _git("init", "-q", cwd=project)
    _git("add", "-A", cwd=project)
    _git("commit", "-q", "-m", "snapshot", cwd=project)
    newsroom = base / "newsroom"
    newsroom.mkdir()
    _git("init", "-q", cwd=newsroom)
    environment = {**os.environ, "PRE_COMMIT_HOME": str(base / "cache"), "NO_COLOR": "1"}

    def run(name: str, body: str) -> subprocess.CompletedProcess:
        (newsroom / name).write_text(DRAFT_HEAD + body + "\n", encoding="utf-8")
        _git("add", name, cwd=newsroom)
        completed = subprocess.run(
            [pre_commit, "try-repo", str(project), "claimcheck", "--files", name],
            cwd=newsroom,
            env=environment,
            capture_output=True,
            text=True,
            timeout=900,
        )
        output = completed.stdout + completed.stderr
        failed_install = "An unexpected error" in output or "CalledProcessError" in output
        if failed_install and any(sign in output for sign in OFFLINE_SIGNS):
            pytest.skip("pre-commit could not install claimcheck: no package registry")
        return completed

    return run


def test_pre_commit_hook_blocks_a_draft_with_an_error(try_repo):
    completed = try_repo("slip.md", "The council met on Friday, Oct. 3, 2024, to debate it.")
    output = completed.stdout + completed.stderr
    assert completed.returncode == 1, output
    assert "slip.md:6:20: CC101 [error]" in output


def test_pre_commit_hook_passes_a_clean_draft(try_repo):
    completed = try_repo("clean.md", "The council met on Thursday, Oct. 3, 2024, to debate it.")
    output = completed.stdout + completed.stderr
    assert completed.returncode == 0, output
    assert "Passed" in output


def load_workflow() -> dict:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    # YAML 1.1 reads the key `on` as the boolean true.
    if True in workflow:
        workflow["on"] = workflow.pop(True)
    return workflow


def test_workflow_uploads_the_sarif_that_claimcheck_writes():
    workflow = load_workflow()
    assert workflow["permissions"]["security-events"] == "write"
    [job] = workflow["jobs"].values()
    steps = job["steps"]
    action = "github/codeql-action/upload-sarif"
    [upload] = [s for s in steps if s.get("uses", "").startswith(action)]
    assert upload["name"] == "Upload SARIF to code scanning"
    assert upload["if"] == "always()"
    sarif_file = upload["with"]["sarif_file"]
    [producer] = [s for s in steps if "--format sarif" in s.get("run", "")]
    assert f"--output {sarif_file}" in producer["run"]
    assert steps.index(producer) < steps.index(upload)
    assert any("--format github" in s.get("run", "") for s in steps[steps.index(upload) :])


def test_workflow_matches_the_github_workflow_schema():
    jsonschema = pytest.importorskip("jsonschema")
    pytest.importorskip("check_jsonschema", reason="check-jsonschema ships the workflow schema")
    from importlib.resources import files

    vendor = files("check_jsonschema.builtin_schemas.vendor")
    schema = json.loads(vendor.joinpath("github-workflows.json").read_text("utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    workflow = load_workflow()
    assert validator.is_valid(workflow), [e.message for e in validator.iter_errors(workflow)]
    del workflow["jobs"]
    assert not validator.is_valid(workflow)
