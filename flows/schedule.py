"""The deployment `claimcheck serve` serves: the run flow on a schedule, never two at once."""

from __future__ import annotations

from collections.abc import Sequence

from prefect.client.schemas.objects import ConcurrencyLimitConfig, ConcurrencyLimitStrategy

from claimcheck.run import DEFAULT_CHUNK_SIZE
from claimcheck_flows.claimcheck_flow import claimcheck_run

DEFAULT_DEPLOYMENT_NAME = "claimcheck-inbox"

# A run still going when the next one is due must not overlap it: the newcomer is cancelled
# (not queued), since the next scheduled run picks up whatever arrived meanwhile anyway, and a
# queue of late runs behind a slow one would only pile up.
OVERLAP_POLICY = ConcurrencyLimitConfig(
    limit=1, collision_strategy=ConcurrencyLimitStrategy.CANCEL_NEW
)


def scheduled_deployment(
    paths: Sequence[str],
    *,
    cron: str | None = None,
    interval: float | None = None,
    name: str = DEFAULT_DEPLOYMENT_NAME,
    reports_dir: str = "reports",
    rules_dir: str | None = None,
    ledger_path: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    settle_seconds: float = 5.0,
    workers: int = 0,
    reports_for: str = "all",
    docs_url: str | None = None,
):
    """The deployment `claimcheck serve` serves: the run flow on a schedule, one run at a time."""
    from prefect.deployments.runner import EntrypointType

    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of cron or interval")
    return claimcheck_run.to_deployment(
        name=name,
        cron=cron,
        interval=interval,
        parameters={
            "paths": list(paths),
            "reports_dir": reports_dir,
            "rules_dir": rules_dir,
            "ledger_path": ledger_path,
            "chunk_size": chunk_size,
            "select": list(select),
            "ignore": list(ignore),
            "settle_seconds": settle_seconds,
            "progress": False,
            "workers": workers,
            "reports_for": reports_for,
            "docs_url": docs_url,
        },
        concurrency_limit=OVERLAP_POLICY,
        # Stopping the server pauses the schedule; starting it again must resume it.
        paused=False,
        description="claimcheck over whatever arrived since the last run",
        tags=["claimcheck"],
        # The flow is imported as a module in the run's process: it works from any folder.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def serve_deployment(deployment, api_url: str | None = None) -> None:
    """Serve until stopped (Ctrl-C, SIGTERM); the local runner also starts one run at a time.
    `api_url`: the server to serve against instead of the configured one (a local server
    `claimcheck serve` started); the runs it starts inherit it."""
    from prefect import serve
    from prefect.settings import PREFECT_API_URL, temporary_settings

    if api_url is None:
        serve(deployment, limit=1)
        return
    with temporary_settings(updates={PREFECT_API_URL: api_url}):
        serve(deployment, limit=1)


def configured_api_url() -> str | None:
    """The Prefect API this process talks to (env or profile); None means a temporary server."""
    from prefect.settings import PREFECT_API_URL

    return PREFECT_API_URL.value() or None
