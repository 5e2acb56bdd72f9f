"""Output formats of `claimcheck check`: one module per format, each loaded only when used.

Every renderer takes a CheckReport (or, as before, a list of findings and the number of
articles checked) and returns the text to print.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from claimcheck.ci.formats.model import (
    ArticleEntry,
    CheckReport,
    ReportedFinding,
    RuleInfo,
    as_report,
)

__all__ = [
    "FORMATS",
    "RENDERERS",
    "ArticleEntry",
    "CheckReport",
    "ReportedFinding",
    "RuleInfo",
    "render",
]

# Format name -> module with `render(report) -> str`; json/xml are imported only by their format.
FORMAT_MODULES: dict[str, str] = {
    "text": "claimcheck.ci.formats.text",
    "json": "claimcheck.ci.formats.json_format",
    "sarif": "claimcheck.ci.formats.sarif",
    "github": "claimcheck.ci.formats.github",
    "junit": "claimcheck.ci.formats.junit",
    "rdjson": "claimcheck.ci.formats.rdjson",
}
FORMATS: tuple[str, ...] = tuple(FORMAT_MODULES)

Renderer = Callable[..., str]


def render(format_name: str, report: Any, articles_checked: int | None = None) -> str:
    module = importlib.import_module(FORMAT_MODULES[format_name])
    return module.render(as_report(report, articles_checked))


class _Renderers(Mapping[str, Renderer]):
    """`RENDERERS["sarif"](report)`: a mapping that imports a format's module on first use."""

    def __getitem__(self, name: str) -> Renderer:
        if name not in FORMAT_MODULES:
            raise KeyError(name)

        def renderer(report: Any, articles_checked: int | None = None) -> str:
            return render(name, report, articles_checked)

        return renderer

    def __iter__(self) -> Iterator[str]:
        return iter(FORMAT_MODULES)

    def __len__(self) -> int:
        return len(FORMAT_MODULES)


RENDERERS: Mapping[str, Renderer] = _Renderers()
