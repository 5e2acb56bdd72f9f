"""Baselines: a previous SARIF or JSON output of `claimcheck check`, whose findings are not new."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimcheck.ci.fingerprint import FINGERPRINT_KEY
from claimcheck.errors import ClaimcheckError


class BaselineError(ClaimcheckError):
    """The baseline file cannot be read as claimcheck SARIF or JSON output."""


@dataclass(frozen=True)
class Baseline:
    """The fingerprints of a previous run, and enough of each result to report it as absent."""

    path: str
    results: dict[str, dict[str, Any]] = field(default_factory=dict)

    def __contains__(self, fingerprint: str) -> bool:
        return fingerprint in self.results

    def absent(self, seen: set[str]) -> list[dict[str, Any]]:
        """Results of the baseline that this run no longer finds (fixed, or suppressed)."""
        return [result for key, result in self.results.items() if key not in seen]


def load_baseline(path: Path | str) -> Baseline:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise BaselineError(f"{path}: cannot read baseline: {error.strerror or error}") from error
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BaselineError(f"{path}: baseline is not JSON: {error}") from error
    if isinstance(data, dict) and isinstance(data.get("runs"), list):
        return Baseline(str(path), _sarif_results(data["runs"], path))
    if isinstance(data, dict) and isinstance(data.get("findings"), list):
        return Baseline(str(path), _json_results(data["findings"], path))
    raise BaselineError(
        f"{path}: not a claimcheck baseline (expected SARIF with 'runs' or JSON with 'findings')"
    )


def _sarif_results(runs: list, path: Path) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for run in runs:
        for result in (run or {}).get("results") or ():
            if not isinstance(result, dict) or result.get("baselineState") == "absent":
                continue
            prints = result.get("partialFingerprints") or {}
            key = prints.get(FINGERPRINT_KEY) if isinstance(prints, dict) else None
            if not isinstance(key, str):
                raise BaselineError(
                    f"{path}: a result has no partialFingerprints['{FINGERPRINT_KEY}'] "
                    "(not claimcheck output, or from an older version)"
                )
            results[key] = result
    return results


def _json_results(findings: list, path: Path) -> dict[str, dict[str, Any]]:
    results: dict[str, dict[str, Any]] = {}
    for finding in findings:
        key = finding.get("fingerprint") if isinstance(finding, dict) else None
        if not isinstance(key, str):
            raise BaselineError(
                f"{path}: a finding has no 'fingerprint' (not claimcheck output, or too old)"
            )
        results[key] = finding
    return results
