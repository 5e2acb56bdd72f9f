"""The production example: a prefect.yaml deployment of the run flow on a process work pool."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "prefect.yaml"


@pytest.fixture(scope="module")
def project():
    return yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))


def test_prefect_reads_the_example_as_a_project_file(project):
    pytest.importorskip("prefect")
    try:
        from prefect.cli.deploy._models import PrefectYamlModel
    except ImportError:
        pytest.skip("this Prefect keeps its prefect.yaml model elsewhere")
    model = PrefectYamlModel.model_validate(project)
    [deployment] = model.deployments
    assert deployment.work_pool.name == "claimcheck"
    assert deployment.concurrency_limit.limit == 1
    [schedule] = deployment.schedules
    assert schedule.cron == "*/15 * * * *"


def test_its_entrypoint_and_parameters_are_the_flows(project):
    pytest.importorskip("prefect")
    from prefect.client.schemas.objects import ConcurrencyLimitStrategy

    from claimcheck_flows.claimcheck_flow import claimcheck_run

    [deployment] = project["deployments"]
    path, name = deployment["entrypoint"].split(":")
    assert (ROOT / path).is_file() and name == claimcheck_run.fn.__name__
    accepted = set(inspect.signature(claimcheck_run.fn).parameters)
    assert set(deployment["parameters"]) <= accepted
    strategy = deployment["concurrency_limit"]["collision_strategy"]
    assert ConcurrencyLimitStrategy(strategy) == ConcurrencyLimitStrategy.CANCEL_NEW
    assert "prefect work-pool create claimcheck --type process" in EXAMPLE.read_text()
    assert "prefect worker start --pool claimcheck" in EXAMPLE.read_text()
