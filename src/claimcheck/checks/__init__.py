"""The closed set of in-article consistency checks, registered by stable rule code."""

from __future__ import annotations

from claimcheck.checks.base import ArticleContext, CheckSpec, registered_checks, run_checks
from claimcheck.checks.coverage import examined_claims

__all__ = ["ArticleContext", "CheckSpec", "examined_claims", "registered_checks", "run_checks"]
