"""Stage 6, one article through every stage: read → extract → check (built-in checks, rule
set, ledger) → findings located in the file, as an `ArticleResult`.

`checker` holds the `Checker` (one configuration: selected codes, rule set), the findings the
pipeline itself reports (unreadable record, future publication date, text that could not be
read for claims), and what joins a result to the ledger's ordered pass (its ledger entry, the
pass's findings and figure histories added to it).

May import: every stage below it (`input`, `extract`, `checks`, `rules`, `ledger`) and the
vocabulary; never report, run, ci or cli.
"""
