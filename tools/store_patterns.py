"""Store the compiled regular expressions of the extractors, the built-in checks and the
ledger's identity model beside their bytecode.

An installation that writes bytecode stores them on its first run by itself; one told not to
(`PYTHONDONTWRITEBYTECODE=1`, as an editable checkout may be) compiles them at every start,
about 0.05 CPU s for the extractors, as much again for the checks and 0.06 for the ledger.
This imports every extractor, every check and the identity model (which compiles their
patterns) and writes the file whatever that setting, as `python -m compileall` does for
bytecode.

    .venv/bin/python tools/store_patterns.py
"""

from __future__ import annotations

# Imported for what importing does: every extractor and the identity model compile.
import claimcheck.extract.claims
import claimcheck.ledger.identity  # noqa: F401
from claimcheck.checks import registered_checks
from claimcheck.extract import patterns


def main() -> int:
    registered_checks()  # imports every check module, which compiles their patterns
    written = patterns.store()
    print(f"stored {patterns.stored_count()} compiled patterns in {written}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
