"""Stage 8, a run over many articles: chunks checked (in worker processes when it pays),
reported and recorded in the ledger, only what is new or changed since the last run.

Plain Python, testable without Prefect: the flow in `claimcheck_flows` only wires these
steps into Prefect tasks.

May import: `claimcheck.report`, `claimcheck.pipeline` and every stage below; never ci or cli.
"""

# Articles per chunk (one Prefect task each): 400 gave the shortest whole-corpus run (200 and
# 300 were 1-2 s slower: more task runs, more ledger transactions); see benchmarks/README.md.
# Here, in the package itself, so the command line reads it without importing a run's code.
DEFAULT_CHUNK_SIZE = 400
