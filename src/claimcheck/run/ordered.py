"""The run's ordered pass: once every chunk is checked, every article compared with every
article published before it (in the ledger or in this run) and recorded with its links and
findings, in publication order (`claimcheck.ledger.comparison`). What the pass found goes to
the chunks' reports.

The pass streams: the chunks' ledger entries wait in the run's staging table on disk
(`run.staging`), are read back in publication order a part at a time, and what the pass
finds is staged for the reports; a run's memory does not grow with its input. A run without
a ledger compares its articles with each other in a scratch ledger, removed afterwards."""

from __future__ import annotations

import gc
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from pathlib import Path

from claimcheck.ledger import ClaimLedger, open_ledger
from claimcheck.ledger.comparison import OrderedPass, history_of
from claimcheck.run.batch import ChunkOutcome
from claimcheck.run.staging import Addition, Staging

# Articles compared per part: the pass holds one part's entries and the ledger's figures
# under their keys. Bigger parts read popular keys' figures less often; see
# benchmarks/README.md for the pass's time at this size.
PART_SIZE = 2000


def compare_in_order(
    ledger: ClaimLedger | None,
    outcomes: Sequence[ChunkOutcome],
    staging: Staging | None = None,
    done_through: Callable[[tuple[str, str]], None] | None = None,
) -> tuple[Mapping[str, Addition], float]:
    """Compare and record the checked chunks' articles in publication order (without a
    ledger: compare them with each other only). The chunks' entries not staged yet are
    staged first (a run stages them as its chunks come in, see `stage_entries`). Returns
    each article's findings and figure histories, read from `staging` as asked for (without
    one: staged in a temporary folder and all returned at once), and the seconds the pass
    took. `done_through` is told, after each part, the publication order (`LedgerEntry.order`)
    up to which every article is recorded and its additions staged."""
    if staging is None:
        with tempfile.TemporaryDirectory(prefix="claimcheck-staged-") as folder:
            staging = Staging(Path(folder))
            try:
                additions, seconds = compare_in_order(ledger, outcomes, staging)
                return dict(additions.items()), seconds
            finally:
                staging.close()
    started = time.perf_counter()
    for outcome in outcomes:
        stage_entries(staging, outcome)
    with ExitStack() as stack:
        stack.enter_context(_collecting_only_new_objects())
        if ledger is None:
            scratch = stack.enter_context(tempfile.TemporaryDirectory(prefix="claimcheck-pass-"))
            ledger = stack.enter_context(open_ledger(str(Path(scratch) / "ledger.sqlite")))
        replacing = _replacing(ledger, staging)
        parts = OrderedPass(ledger).run_in_parts(staging.in_order(PART_SIZE), replacing)
        for results in parts:
            staging.add_additions(
                {
                    article_id: (recorded.findings, history_of(recorded))
                    for article_id, recorded in results.items()
                    if recorded.findings or recorded.links
                }
            )
            if done_through is not None and results:
                done_through(max(recorded.entry.order for recorded in results.values()))
    return staging.additions(), time.perf_counter() - started


@contextmanager
def _collecting_only_new_objects() -> Iterator[None]:
    """The cyclic garbage collector's full collections, which the pass's many new figures
    set off, traverse only objects made during the pass, not the run's process's hundreds
    of thousands of older ones (a tenth of the pass's CPU on the Reuters corpus); those are
    handed back to it afterwards."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def stage_entries(staging: Staging, outcome: ChunkOutcome) -> None:
    """Move a checked chunk's ledger entries to the staging table."""
    staging.add_entries(outcome.ledger_entries)
    staging.add_rows(outcome.ledger_rows)
    outcome.ledger_entries = []
    outcome.ledger_rows = []


def _replacing(ledger: ClaimLedger, staging: Staging) -> set[str]:
    """The staged articles of which the ledger holds another version."""
    replacing: set[str] = set()
    for versions in staging.versions():
        stored = ledger.stored_versions(versions)
        replacing.update(aid for aid, version in stored.items() if version != versions[aid])
    return replacing
