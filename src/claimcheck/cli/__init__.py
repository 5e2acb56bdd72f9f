"""The `claimcheck` command line: `main` builds the subcommands, one module each in
`commands`, and maps a `ClaimcheckError` to exit code 2.

May import: everything in claimcheck, and `claimcheck_flows` (only inside `run` and `serve`,
so `check` never loads Prefect).
"""
