"""The run's ordered pass: once every chunk is checked, every article compared with every
article published before it (in the ledger or in this run) and recorded with its links and
findings, in publication order (`claimcheck.ledger.comparison`). What the pass found goes to
the chunks' reports."""

from __future__ import annotations

import time
from collections.abc import Sequence

from claimcheck.ledger import ClaimLedger
from claimcheck.ledger.comparison import OrderedPass, history_of
from claimcheck.run.batch import ChunkOutcome, LedgerAdditions


def compare_in_order(
    ledger: ClaimLedger | None, outcomes: Sequence[ChunkOutcome]
) -> tuple[LedgerAdditions, float]:
    """Compare and record the checked chunks' articles in publication order (without a
    ledger: compare them with each other only). Returns each article's findings and figure
    histories, and the seconds the pass took."""
    started = time.perf_counter()
    entries = [entry for outcome in outcomes for entry in outcome.ledger_entries]
    results = OrderedPass(ledger).run(entries, record=ledger is not None)
    for outcome in outcomes:
        outcome.ledger_entries = []  # recorded: the memory is the reports' now
    additions: LedgerAdditions = {
        article_id: (recorded.findings, history_of(recorded))
        for article_id, recorded in results.items()
        if recorded.findings or recorded.links
    }
    return additions, time.perf_counter() - started
