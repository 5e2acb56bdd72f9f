"""Prefect's environment for `run` and `serve`, set before Prefect is imported: quiet by default.

Prefect's server sends anonymous usage data, and on a machine without internet access logs
"Failed to send telemetry" errors; its client has usage telemetry of its own. A newsroom's
server is often offline, and claimcheck should not phone anywhere a user did not ask it to: both
are off unless the user turned them on (`PREFECT_SERVER_ANALYTICS_ENABLED=true` in the
environment or the active Prefect profile, or `DO_NOT_TRACK` set to anything).
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

ANALYTICS = "PREFECT_SERVER_ANALYTICS_ENABLED"
DO_NOT_TRACK = "DO_NOT_TRACK"
_TRUE = ("1", "true", "yes", "on")


def prefect_home(environ: MutableMapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    return Path(environ.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()


def profile_settings(environ: MutableMapping[str, str] | None = None) -> dict[str, str]:
    """The settings of the active Prefect profile, read from profiles.toml without importing
    Prefect; {} when there is none or it cannot be read."""
    import tomllib

    environ = os.environ if environ is None else environ
    path = Path(environ.get("PREFECT_PROFILES_PATH") or prefect_home(environ) / "profiles.toml")
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    active = environ.get("PREFECT_PROFILE") or data.get("active") or "ephemeral"
    profile = data.get("profiles", {}).get(active, {})
    return (
        {str(key): str(value) for key, value in profile.items()}
        if isinstance(profile, dict)
        else {}
    )


def telemetry_wanted(environ: MutableMapping[str, str] | None = None) -> bool:
    """Whether the user turned Prefect's telemetry on themselves."""
    environ = os.environ if environ is None else environ
    value = environ.get(ANALYTICS) or profile_settings(environ).get(ANALYTICS, "")
    return value.strip().lower() in _TRUE


def quiet_prefect(environ: MutableMapping[str, str] | None = None) -> bool:
    """Turn Prefect's telemetry off for this process and the ones it starts, unless the user
    turned it on; returns whether it is on."""
    environ = os.environ if environ is None else environ
    if telemetry_wanted(environ):
        return True
    environ[ANALYTICS] = "false"
    environ.setdefault(DO_NOT_TRACK, "1")
    return False


def configured_api_url(environ: MutableMapping[str, str] | None = None) -> tuple[str, str]:
    """(PREFECT_API_URL, where it is set) from the environment or the active profile; ("", "")
    when neither sets one (serve then starts a local server)."""
    environ = os.environ if environ is None else environ
    if environ.get("PREFECT_API_URL"):
        return environ["PREFECT_API_URL"], "environment PREFECT_API_URL"
    url = profile_settings(environ).get("PREFECT_API_URL", "")
    return (url, "Prefect profile") if url else ("", "")
