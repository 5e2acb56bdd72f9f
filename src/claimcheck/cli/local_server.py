"""A Prefect server for one `claimcheck serve` process, when no PREFECT_API_URL names one.

Prefect's temporary in-process server does not run its scheduler, so a schedule served against
it never fires. `serve` therefore starts `prefect server start` itself: on loopback, on a free
port, with its own home (database, logs) under the project's `.claimcheck/prefect/`, waits for
its health check, and stops it (the whole process group) when serving ends, whether by Ctrl-C,
SIGTERM or an error. On Linux the server is also told to stop should this process die without
cleaning up (kill -9), so no server is ever left behind.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from claimcheck.errors import ClaimcheckError

LOOPBACK = "127.0.0.1"
# A cold server takes 10-30 s on a small, busy machine (it migrates its database first).
STARTUP_TIMEOUT_SECONDS = 180.0
STOP_TIMEOUT_SECONDS = 20.0
LOG_NAME = "server.log"
# Variables that would point the server somewhere other than its own home and port.
_NOT_PASSED = ("PREFECT_API_URL", "PREFECT_PROFILE", "PREFECT_PROFILES_PATH")


class ServerFailed(ClaimcheckError):
    """The local Prefect server did not start."""


def free_port(host: str = LOOPBACK) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]


def _stop_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    """Linux: SIGTERM this process when the one that started it dies (prctl PR_SET_PDEATHSIG)."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)


class LocalPrefectServer:
    """`prefect server start` as a child process: started, health-checked, stopped."""

    def __init__(self, home: Path, startup_timeout: float = STARTUP_TIMEOUT_SECONDS) -> None:
        self.home = home
        self.startup_timeout = startup_timeout
        self.port = 0
        self.process: subprocess.Popen | None = None

    @property
    def api_url(self) -> str:
        return f"http://{LOOPBACK}:{self.port}/api"

    @property
    def log_path(self) -> Path:
        return self.home / LOG_NAME

    def command(self) -> list[str]:
        return [
            sys.executable, "-m", "prefect", "server", "start",
            "--host", LOOPBACK, "--port", str(self.port),
        ]  # fmt: skip

    def environment(self) -> dict[str, str]:
        env = {key: value for key, value in os.environ.items() if key not in _NOT_PASSED}
        env["PREFECT_HOME"] = str(self.home)
        return env

    def start(self) -> str:
        """Start the server and wait until it answers its health check; its API URL."""
        try:
            self.home.mkdir(parents=True, exist_ok=True)
            log = open(self.log_path, "ab")  # noqa: SIM115 - the child keeps it open
        except OSError as error:
            raise ServerFailed(f"{self.home}: cannot write: {error.strerror or error}") from error
        self.port = free_port()
        with log:
            self.process = subprocess.Popen(
                self.command(),
                env=self.environment(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Its own process group: Ctrl-C in the terminal reaches only `serve`, which
                # stops the server after the schedule is paused, and stop() ends the group.
                start_new_session=True,
                preexec_fn=_stop_with_parent if sys.platform.startswith("linux") else None,
            )
        self.wait_until_healthy()
        return self.api_url

    def wait_until_healthy(self) -> None:
        deadline = time.monotonic() + self.startup_timeout
        while True:
            code = self.process.poll() if self.process else None
            if code is not None:
                raise ServerFailed(
                    f"the local Prefect server exited with status {code} while starting; "
                    f"see {self.log_path}"
                )
            if self.healthy():
                return
            if time.monotonic() > deadline:
                self.stop()
                raise ServerFailed(
                    f"the local Prefect server did not answer within {self.startup_timeout:g} s; "
                    f"see {self.log_path}"
                )
            time.sleep(0.5)

    def healthy(self) -> bool:
        # No proxy: a proxy set for the internet must not be asked for a loopback address.
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(f"{self.api_url}/health", timeout=2) as response:
                return response.status == 200 and response.read().strip() == b"true"
        except (OSError, ValueError):  # refused, reset or timed out while it starts
            return False

    def stop(self) -> None:
        """SIGTERM to the server's process group; SIGKILL if it has not gone in 20 s."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        for sent in (signal.SIGTERM, signal.SIGKILL):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, sent)
            try:
                process.wait(timeout=STOP_TIMEOUT_SECONDS)
                return
            except subprocess.TimeoutExpired:
                continue

    def __enter__(self) -> LocalPrefectServer:
        self.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


@contextlib.contextmanager
def stopped_by_sigterm():
    """SIGTERM raises SystemExit while in this block (its default would end the process
    without cleaning up), so a server being started is still stopped."""

    def leave(signum, _frame):
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, leave)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
