"""The one base class of errors that stop claimcheck with exit code 2 and a one-line reason."""


class ClaimcheckError(Exception):
    """claimcheck cannot run as asked: bad option, unreadable input, invalid rules or ledger."""
