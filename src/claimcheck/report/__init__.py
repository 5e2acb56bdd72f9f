"""Stage 7, reports for editors and analysts: what a run writes into reports/<run-id>/.

Per-article JSON, Markdown and HTML pages, the run's summary.json and findings.csv, the run
index and the index of runs, and the readings of claims in words.

May import: `claimcheck.pipeline` (an `ArticleResult` is what it reports) and every stage
below; never run, ci or cli.
"""
