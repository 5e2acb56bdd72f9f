"""claimcheck: extract, normalize and check the numbers, dates and units in news articles.

The packages are the stages of the pipeline, each importing only the stages below it
(`docs/architecture.md`; the import contracts in pyproject.toml enforce it):

    cli → (run | ci) → report → pipeline → ledger → rules → checks → extract → input

Below them all, the vocabulary every stage shares: `records` (the typed frozen records passed
between stages), `errors` (the one error that stops claimcheck with exit code 2), `codes` (the
catalog of every built-in code) and `selection` (choosing codes by prefix).
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
