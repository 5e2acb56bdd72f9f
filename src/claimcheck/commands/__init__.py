"""The subcommands of `claimcheck`: each module has NAME, add_parser(subparsers) and run(args)."""

# Adding a subcommand is one module plus one line here. Modules are imported lazily so that
# `claimcheck check` loads only what it needs (and never prefect).
COMMAND_MODULES: tuple[str, ...] = (
    "claimcheck.commands.extract",
    "claimcheck.commands.check",
    "claimcheck.commands.run",
    "claimcheck.commands.serve",
    "claimcheck.commands.ledger",
    "claimcheck.rules_cli",
)
