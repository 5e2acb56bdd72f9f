"""`claimcheck serve`: the schedule and the no-overlap policy it hands Prefect (nothing served)."""

import subprocess
import sys

import pytest

from claimcheck.cli.common import EXIT_CANNOT_RUN
from claimcheck.cli.main import build_parser, main


def parse(*argv):
    parser, _handlers = build_parser()
    return parser.parse_args(["serve", *argv])


def test_serve_needs_exactly_one_schedule(tmp_path, capsys):
    with pytest.raises(SystemExit):
        parse(str(tmp_path))
    with pytest.raises(SystemExit):
        parse(str(tmp_path), "--cron", "*/15 * * * *", "--interval", "900")
    assert parse(str(tmp_path), "--interval", "900").interval == 900


def test_bad_schedules_and_paths_stop_before_prefect_starts(tmp_path, capsys):
    assert main(["serve", str(tmp_path), "--cron", "every quarter hour"]) == EXIT_CANNOT_RUN
    assert "expected 5 fields" in capsys.readouterr().err
    assert main(["serve", str(tmp_path / "missing"), "--interval", "900"]) == EXIT_CANNOT_RUN
    assert main(["serve", str(tmp_path), "--interval", "0"]) == EXIT_CANNOT_RUN


def test_importing_the_command_does_not_import_prefect():
    code = (
        "import sys\n"
        "import claimcheck.cli.commands.serve\n"
        "from claimcheck.cli.main import build_parser\n"
        "build_parser()\n"
        "assert 'prefect' not in sys.modules, 'prefect was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.fixture(scope="module")
def deployment_of(tmp_path_factory):
    pytest.importorskip("prefect")
    from claimcheck.cli.commands.serve import deployment_from_args

    inbox = tmp_path_factory.mktemp("inbox")

    def build(*options):
        return deployment_from_args(parse(str(inbox), *options)), inbox

    return build


def test_runs_never_overlap_a_newcomer_is_cancelled(deployment_of):
    from prefect.client.schemas.objects import ConcurrencyLimitStrategy

    deployment, _ = deployment_of("--cron", "*/15 * * * *")
    assert deployment.concurrency_limit == 1
    assert deployment.concurrency_options.collision_strategy == ConcurrencyLimitStrategy.CANCEL_NEW


def test_cron_schedule_and_parameters_with_absolute_paths(deployment_of, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    deployment, inbox = deployment_of(
        "--cron", "*/15 * * * *", "--reports", "out", "--ledger", "l.sqlite", "--select", "CC1"
    )
    (schedule,) = deployment.schedules
    assert schedule.schedule.cron == "*/15 * * * *"
    params = deployment.parameters
    assert params["paths"] == [str(inbox.resolve())]
    assert params["reports_dir"] == str(tmp_path / "out")
    assert params["ledger_path"] == str(tmp_path / "l.sqlite")
    assert params["select"] == ["CC1"] and params["progress"] is False
    assert deployment.entrypoint == "claimcheck_flows.claimcheck_flow.claimcheck_run"
    assert deployment.paused is False  # a restarted server resumes a schedule paused at stop


def test_interval_schedule_and_feed_urls_pass_through(deployment_of):
    from claimcheck.cli.commands.serve import deployment_from_args

    deployment, _ = deployment_of("--interval", "900")
    (schedule,) = deployment.schedules
    assert schedule.schedule.interval.total_seconds() == 900
    with_feed = deployment_from_args(parse("https://news.example/rss", "--interval", "900"))
    assert with_feed.parameters["paths"] == ["https://news.example/rss"]
