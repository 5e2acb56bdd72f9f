"""The closed set of in-article consistency checks, registered by stable rule code."""

from __future__ import annotations

from claimcheck.checks.registry import ArticleContext, CheckSpec, registered_checks, run_checks

__all__ = ["ArticleContext", "CheckSpec", "registered_checks", "run_checks"]
