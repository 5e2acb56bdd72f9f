"""Stage 3, the built-in in-article checks (CC001, CC1xx): one module per code.

`registry` is what a check sees (`ArticleContext`), how it registers under its code and how
all checks run; `helpers` builds findings and holds what several checks (and the rule sets
and ledger above) share; `groups` reads what group a counted figure is the size of (for the
checks comparing two figures of one group); `names_lexicon` is the word knowledge of the
name checks. Every other module is one check, registered under a code of `claimcheck.codes`.

May import: the vocabulary, `claimcheck.input` and `claimcheck.extract`.
"""

from __future__ import annotations

from claimcheck.checks.registry import ArticleContext, CheckSpec, registered_checks, run_checks

__all__ = ["ArticleContext", "CheckSpec", "registered_checks", "run_checks"]
