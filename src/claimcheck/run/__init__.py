"""Stage 8, a run over many articles: chunks checked (in worker processes when it pays),
reported and recorded in the ledger, only what is new or changed since the last run.

Plain Python, testable without Prefect: the flow in `claimcheck_flows` only wires these
steps into Prefect tasks.

May import: `claimcheck.report`, `claimcheck.pipeline` and every stage below; never ci or cli.
"""
