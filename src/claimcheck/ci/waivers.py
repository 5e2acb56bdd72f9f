"""The waiver file (`claimcheck-waivers.yml`): reviewed findings switched off until a date.

    waivers:
      - article: river-bridge-reopens   # an article id ...
        code: CC102                     # ... and a code or code prefix
        reason: The source gives both figures; we quote it.
        expires: 2027-01-31             # waives through that day
      - fingerprint: 3f9a0c...          # or one finding, by the fingerprint in json/sarif output
        reason: Checked with the desk.
        expires: 2027-01-31

An expired waiver stops waiving, and is itself reported as a `warning` finding CC003 at its line
in the waiver file, so that someone renews or removes it. A waiver file that cannot be used is a
WaiverError ("FILE:LINE: key 'x': what is wrong"), which stops claimcheck with exit code 2.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from claimcheck.ci.suppression import Suppressed, matches_any
from claimcheck.codes import level_of
from claimcheck.errors import ClaimcheckError
from claimcheck.records import Finding

DEFAULT_WAIVER_FILE = "claimcheck-waivers.yml"
EXPIRED_WAIVER_CODE = "CC003"
WAIVER_KEYS = ("fingerprint", "article", "code", "reason", "expires")


class WaiverError(ClaimcheckError):
    """The waiver file cannot be used: "FILE:LINE: key 'x': what is wrong"."""

    def __init__(self, path: Path | str, line: int, key: str | None, problem: str) -> None:
        where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(where + (f"key '{key}': {problem}" if key else problem))
        self.path, self.line, self.key = str(path), line, key


@dataclass(frozen=True, slots=True)
class Waiver:
    reason: str
    expires: dt.date
    path: str
    line: int
    fingerprint: str = ""
    article: str = ""
    code: str = ""

    def matches(self, finding: Finding, fingerprint: str) -> bool:
        if self.fingerprint:
            return fingerprint == self.fingerprint
        return finding.article_id == self.article and matches_any(finding.rule, (self.code,))

    def expired(self, today: dt.date) -> bool:
        return self.expires < today

    def describe(self) -> str:
        if self.fingerprint:
            return f"fingerprint {self.fingerprint}"
        return f"{self.code} in article '{self.article}'"


@functools.cache
def _date_as_text_loader() -> type:
    """Safe YAML that leaves dates as text: "2027-02-30" is a waiver error, not a crash.
    Built on first use: yaml is imported lazily, only when a waiver file exists."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node)
    )
    return Loader


def find_waiver_file(directory: Path) -> Path | None:
    candidate = directory / DEFAULT_WAIVER_FILE
    return candidate if candidate.is_file() else None


def load_waivers(path: Path | str) -> list[Waiver]:
    """Read and strictly validate a waiver file."""
    import yaml

    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise WaiverError(path, 0, None, f"cannot read waiver file: {error}") from error
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        problem = getattr(error, "problem", None) or str(error)
        if mark is not None:
            line = mark.line + 1
        else:  # a character YAML does not allow: the reader gives its position only
            line = text.count("\n", 0, getattr(error, "position", 0) or 0) + 1
            reason = getattr(error, "reason", None)
            problem = f"a character that is not allowed ({reason})" if reason else problem
        raise WaiverError(path, line, None, f"not YAML: {' '.join(problem.split())}") from error
    except RecursionError as error:
        raise WaiverError(path, 0, None, "not YAML: nested too deeply") from error
    if root is None:
        return []
    entries = root
    if isinstance(root, yaml.MappingNode):
        pairs = {key.value: (key, value) for key, value in root.value}
        for name, (key, _) in pairs.items():
            if name != "waivers":
                raise WaiverError(path, _line(key), name, "unknown key (expected 'waivers')")
        if "waivers" not in pairs:
            return []
        entries = pairs["waivers"][1]
    if isinstance(entries, yaml.ScalarNode) and entries.value in ("", "~", "null"):
        return []
    if not isinstance(entries, yaml.SequenceNode):
        raise WaiverError(path, _line(entries), "waivers", "must be a list of waivers")
    return [_read_waiver(path, node) for node in entries.value]


def _line(node) -> int:
    return node.start_mark.line + 1


def _read_waiver(path: Path, node) -> Waiver:
    fields, lines = _waiver_fields(path, node)
    line = _line(node)

    def text(key: str) -> str:
        value = fields.get(key, "")
        if value is None:
            value = ""
        if not isinstance(value, str | int) or isinstance(value, bool):
            raise WaiverError(path, lines[key], key, f"must be text, not {type(value).__name__}")
        return str(value).strip()

    fingerprint, article, code = text("fingerprint"), text("article"), text("code").upper()
    reason = text("reason")
    if fingerprint and (article or code):
        key = "article" if article else "code"
        raise WaiverError(path, lines[key], key, "give either 'fingerprint' or 'article' + 'code'")
    if not fingerprint and not (article and code):
        missing = "code" if article else "article"
        raise WaiverError(
            path, line, missing, "missing: a waiver needs 'fingerprint' or 'article' + 'code'"
        )
    if not reason:
        raise WaiverError(path, lines.get("reason", line), "reason", "missing: say why")
    expires = _expiry(path, fields, lines, line)
    return Waiver(reason, expires, str(path), line, fingerprint, article, code)


def _waiver_fields(path: Path, node) -> tuple[dict[str, object], dict[str, int]]:
    """The waiver's values by key, and the line of each: known keys only, each once."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise WaiverError(path, _line(node), None, "a waiver must be a mapping of keys")
    fields: dict[str, object] = {}
    lines: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = key_node.value
        if key not in WAIVER_KEYS:
            allowed = ", ".join(WAIVER_KEYS)
            raise WaiverError(path, _line(key_node), key, f"unknown key (allowed: {allowed})")
        if key in fields:
            raise WaiverError(path, _line(key_node), key, "given twice")
        lines[key] = _line(value_node)
        try:
            fields[key] = _date_as_text_loader()("").construct_object(value_node, deep=True)
        except yaml.YAMLError as error:  # a tag the safe loader refuses (!!python/...)
            problem = " ".join(str(getattr(error, "problem", None) or error).split())
            raise WaiverError(path, lines[key], key, problem) from error
    return fields, lines


def _expiry(path: Path, fields: dict[str, object], lines: dict[str, int], line: int) -> dt.date:
    if "expires" not in fields:
        raise WaiverError(path, line, "expires", "missing: a date such as 2027-01-31")
    expires = fields["expires"]
    if isinstance(expires, str):
        with contextlib.suppress(ValueError):
            expires = dt.datetime.fromisoformat(expires.strip()).date()
    if isinstance(expires, dt.datetime):
        expires = expires.date()
    if not isinstance(expires, dt.date):
        raise WaiverError(
            path, lines["expires"], "expires", f"must be a date such as 2027-01-31, not {expires!r}"
        )
    return expires


def apply_waivers(
    waivers: Sequence[Waiver],
    findings: Iterable[tuple[Finding, str]],
    today: dt.date | None = None,
) -> tuple[list[int], list[Suppressed], list[Finding]]:
    """(indexes of the (finding, fingerprint) pairs kept, the waived ones, expiry findings)."""
    today = today or dt.date.today()
    active = [waiver for waiver in waivers if not waiver.expired(today)]
    kept: list[int] = []
    waived: list[Suppressed] = []
    for index, (finding, fingerprint) in enumerate(findings):
        waiver = next((w for w in active if w.matches(finding, fingerprint)), None)
        if waiver is None:
            kept.append(index)
        else:
            waived.append(Suppressed(finding, waiver.reason, f"{waiver.path}:{waiver.line}"))
    expired = [expired_finding(waiver) for waiver in waivers if waiver.expired(today)]
    return kept, waived, expired


def expired_finding(waiver: Waiver) -> Finding:
    return Finding(
        article_id=waiver.path,
        rule=EXPIRED_WAIVER_CODE,
        severity=level_of(EXPIRED_WAIVER_CODE),
        message=(
            f"Waiver for {waiver.describe()} expired on {waiver.expires.isoformat()} and no "
            "longer applies: renew it or remove it."
        ),
        line=waiver.line,
        column=1,
        path=waiver.path,
        evidence={"expires": waiver.expires.isoformat(), "reason": waiver.reason},
    )
