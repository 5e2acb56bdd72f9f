"""`claimcheck serve` without PREFECT_API_URL: it starts, supervises and stops its own Prefect
server; with PREFECT_API_URL it serves against that one."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from claimcheck.cli.main import main

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"
READY = re.compile(r"local Prefect server ready, UI at (http://127\.0\.0\.1:\d+)")


class Recorder:
    """Stands in for the local server and Prefect's serve: records what serve asked of them."""

    def __init__(self, fail: bool = False):
        self.calls: list = []
        self.fail = fail

    def server(self, home):
        recorder = self

        class Server:
            api_url = "http://127.0.0.1:1/api"
            log_path = home / "server.log"

            def __init__(self):
                self.home = home

            def start(self):
                recorder.calls.append(("start", home))
                return self.api_url

            def stop(self):
                recorder.calls.append(("stop",))

        return Server()

    def serve(self, deployment, api_url=None):
        self.calls.append(("serve", api_url))
        if self.fail:
            raise RuntimeError("the runner broke")


@pytest.fixture()
def recorder(monkeypatch, tmp_path):
    pytest.importorskip("prefect")
    import claimcheck.cli.local_server as local_server
    import claimcheck_flows.schedule as schedule

    recorder = Recorder()
    monkeypatch.setattr(local_server, "LocalPrefectServer", recorder.server)
    monkeypatch.setattr(schedule, "serve_deployment", recorder.serve)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "inbox").mkdir()
    return recorder


def test_without_an_api_url_serve_starts_and_stops_its_own_server(recorder, monkeypatch, tmp_path):
    import claimcheck_flows.schedule as schedule

    monkeypatch.setattr(schedule, "configured_api_url", lambda: None)
    assert main(["serve", "inbox", "--interval", "60", "--no-config"]) == 0
    home = tmp_path / ".claimcheck" / "prefect"
    assert recorder.calls == [("start", home), ("serve", "http://127.0.0.1:1/api"), ("stop",)]
    recorder.fail = True
    recorder.calls.clear()
    with pytest.raises(RuntimeError):
        main(["serve", "inbox", "--interval", "60", "--no-config"])
    assert recorder.calls[-1] == ("stop",)  # stopped whatever ended the serving


def test_with_an_api_url_serve_uses_that_server(recorder, monkeypatch):
    import claimcheck_flows.schedule as schedule

    monkeypatch.setattr(schedule, "configured_api_url", lambda: "http://prefect.example/api")
    assert main(["serve", "inbox", "--interval", "60", "--no-config"]) == 0
    assert recorder.calls == [("serve", None)]


def test_serve_keeps_a_postgresql_ledger_url(monkeypatch, tmp_path):
    from claimcheck.cli.commands.serve import absolute

    url = "postgresql://claimcheck:secret@db.newsroom.example/ledger"
    assert absolute(url) == url
    assert absolute("sqlite:///srv/ledger.sqlite") == "sqlite:///srv/ledger.sqlite"
    monkeypatch.chdir(tmp_path)
    assert absolute("data/ledger.sqlite") == str(tmp_path / "data" / "ledger.sqlite")


@pytest.fixture()
def postgres_url():
    """The test database in a schema of its own, dropped afterwards (skips without one)."""
    url = os.environ.get("CLAIMCHECK_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("CLAIMCHECK_TEST_POSTGRES_URL is not set")
    psycopg = pytest.importorskip("psycopg")
    schema = f"test_serve_{os.getpid()}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    with psycopg.connect(url, autocommit=True) as admin:
        admin.execute(f"DROP SCHEMA {schema} CASCADE")


def test_serve_schedules_a_postgresql_ledger_as_a_url(postgres_url, tmp_path, monkeypatch):
    pytest.importorskip("prefect")
    from claimcheck.cli.commands.serve import deployment_from_args
    from claimcheck.cli.main import build_parser

    monkeypatch.chdir(tmp_path)
    (tmp_path / "inbox").mkdir()
    parser, _ = build_parser()
    args = parser.parse_args(["serve", "inbox", "--interval", "60", "--ledger", postgres_url])
    assert deployment_from_args(args).parameters["ledger_path"] == postgres_url


# The real thing ------------------------------------------------------------------------------


def completed_runs(ui_url: str) -> int:
    request = urllib.request.Request(
        f"{ui_url}/api/flow_runs/filter",
        data=json.dumps({"flow_runs": {"state": {"type": {"any_": ["COMPLETED"]}}}}).encode(),
        headers={"Content-Type": "application/json"},
    )
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    with opener.open(request, timeout=10) as response:
        return len(json.loads(response.read()))


def start_serving(tmp_path: Path) -> tuple[subprocess.Popen, str, Path]:
    psutil = pytest.importorskip("psutil")
    del psutil
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(FIXTURES / "weekday-slip.md", inbox)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("PREFECT_")
        or key == "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
    }
    # No profile that could name a server; the scheduler looks for due runs every 2 s.
    env["PREFECT_HOME"] = str(tmp_path / "user-prefect-home")
    env["PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS"] = "2"
    claimcheck = Path(sys.executable).with_name("claimcheck")
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [str(claimcheck), "serve", "inbox", "--interval", "3", "--no-config"],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        found = READY.search((tmp_path / "serve.log").read_text())
        if found:
            return process, found[1], tmp_path / "serve.log"
        if process.poll() is not None:
            break
        time.sleep(1)
    process.kill()
    pytest.fail("serve did not report its server ready:\n" + (tmp_path / "serve.log").read_text())


@pytest.mark.integration
def test_serve_runs_on_schedule_and_leaves_no_process_behind(tmp_path):
    import psutil

    process, ui_url, log = start_serving(tmp_path)
    try:
        deadline = time.monotonic() + 240
        while completed_runs(ui_url) < 2:
            assert time.monotonic() < deadline, log.read_text()[-3000:]
            assert process.poll() is None, log.read_text()[-3000:]
            time.sleep(2)
        family = psutil.Process(process.pid).children(recursive=True)
        assert any("server" in " ".join(child.cmdline()) for child in family)
    finally:
        process.send_signal(signal.SIGTERM)
        code = process.wait(timeout=120)
    _, alive = psutil.wait_procs(family, timeout=30)
    assert not alive, [child.cmdline() for child in alive]
    assert code == 0, log.read_text()[-3000:]
    home = tmp_path / ".claimcheck" / "prefect"
    assert (home / "prefect.db").is_file() and (home / "server.log").is_file()
    # Telemetry is off: nothing is sent, so an offline machine logs no failure to send it.
    for text in (log.read_text(), (home / "server.log").read_text()):
        assert "telemetry" not in text.lower()
    reports = tmp_path / "reports"
    runs = [p for p in reports.iterdir() if p.is_dir() and p.name != "rules"]
    assert len(runs) == 1  # the runs after the first found nothing new
    assert json.loads((reports / "checks.json").read_text())["nothing_new"]


@pytest.mark.integration
def test_a_killed_serve_takes_its_server_with_it(tmp_path):
    import psutil

    process, _, _ = start_serving(tmp_path)
    server = [
        child
        for child in psutil.Process(process.pid).children()
        if "server" in " ".join(child.cmdline())
    ]
    process.kill()  # no chance to clean up: the server is told by the kernel
    process.wait(timeout=30)
    _, alive = psutil.wait_procs(server, timeout=60)
    assert server and not alive
