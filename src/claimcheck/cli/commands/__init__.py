"""The subcommands of `claimcheck`: each module has NAME, add_parser(subparsers) and run(args)."""

# Adding a subcommand is one module plus one line here. Modules are imported lazily so that
# `claimcheck check` loads only what it needs (and never prefect).
COMMAND_MODULES: tuple[str, ...] = (
    "claimcheck.cli.commands.extract",
    "claimcheck.cli.commands.check",
    "claimcheck.cli.commands.run",
    "claimcheck.cli.commands.serve",
    "claimcheck.cli.commands.ledger",
    "claimcheck.cli.commands.rules",
    "claimcheck.cli.commands.reports",
    "claimcheck.cli.commands.config",
)
