"""Checking drafts in CI (`claimcheck check`): output formats (text, JSON, SARIF, GitHub,
JUnit, reviewdog), inline suppression comments, the waiver file, baselines, finding
fingerprints and the claimcheck.toml configuration.

May import: `claimcheck.pipeline` and every stage below it; never run, report or cli.
"""
