"""The run flow on a Dask cluster (prefect-dask): the same findings as on one machine."""

import json
import shutil
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parents[1] / "fixtures" / "articles"

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def prefect_server():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=180):
        yield


@pytest.fixture(scope="module")
def dask_address():
    """A local cluster of two worker processes, one thread each, as a real cluster runs.

    On a busy machine a worker may not answer for a while: generous connection timeouts,
    and no worker dropped for a missed heartbeat (the nannies pass this configuration on to
    their workers)."""
    distributed = pytest.importorskip("distributed")
    dask = pytest.importorskip("dask")
    pytest.importorskip("prefect_dask")
    patient = {
        "distributed.comm.timeouts.connect": "120s",
        "distributed.comm.timeouts.tcp": "300s",
        "distributed.scheduler.worker-ttl": None,
        "distributed.deploy.lost-worker-timeout": "300s",
    }
    with (
        dask.config.set(patient),
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
    ):
        yield cluster.scheduler_address


def _inbox(folder: Path) -> Path:
    folder.mkdir()
    for name in ("weekday-slip.md", "clean.md", "mixed.jsonl"):
        shutil.copy(FIXTURES / name, folder / name)
    _bridge(folder, "2024-01-05", 412)
    return folder


def _bridge(folder: Path, day: str, metres: int) -> None:
    """A report of one bridge: a later one with another length contradicts the earlier."""
    (folder / f"bridge-{day}.md").write_text(
        f"---\nid: bridge-{day}\nsource: Valley Ledger\npublished: {day}\n---\n"
        f"The Harlow River bridge in Ashby is {metres} meters long.\n"
    )


def _findings(run_dir: Path, inbox: Path) -> list:
    """What a run found: counts, findings by rule, and findings.csv's rows as text (with the
    inbox's path, which differs between the runs compared, left out)."""
    found = json.loads((run_dir / "summary.json").read_text())
    rows = (run_dir / "findings.csv").read_text().replace(str(inbox), "INBOX").splitlines()
    return [found["articles"], found["claims"], found["findings_by_rule"], "\n".join(sorted(rows))]


def test_a_run_on_a_dask_cluster_finds_what_one_machine_finds(
    prefect_server, dask_address, tmp_path
):
    from claimcheck_flows.claimcheck_flow import run_claimcheck

    results = {}
    for where, address in (("local", None), ("dask", dask_address)):
        inbox = _inbox(tmp_path / f"inbox-{where}")
        base = tmp_path / where
        options = {
            "dask_address": address,
            "paths": [str(inbox)],
            "reports_dir": str(base / "reports"),
            "ledger_path": str(base / "ledger.sqlite"),
            # One chunk per article, so that both workers of the cluster get work.
            "chunk_size": 1,
            "workers": 1,
            "progress": False,
        }
        first = run_claimcheck(**options)
        assert first["mode"] == ("dask" if address else "threads")
        # The second run's new article is compared with the first run's, recorded by then.
        _bridge(inbox, "2024-02-05", 512)
        second = run_claimcheck(**options)
        assert second["articles"] == 1
        found = []
        for summary in (first, second):
            run_dir = Path(summary["reports_dir"])
            assert (run_dir / "index.html").exists()
            found.append(_findings(run_dir, inbox))
        results[where] = found
        first_dir = Path(first["reports_dir"])
        assert (first_dir / "articles" / "weekday-slip.html").exists()
    assert results["dask"] == results["local"]
    (first_local, second_local) = results["local"]
    assert first_local[2].get("CC101") == 1
    assert second_local[2].get("CC201") == 1  # 512 m contradicts the 412 m of January
