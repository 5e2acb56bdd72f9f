"""Every pattern the core compiles has the same text in every process.

A pattern joined from a set of words in the set's own order changes with the string hash
seed of the process: its stored compiled code is then never found (every worker and every
`check` compiles it again), and a word list whose order decides a match would read text
differently from one worker to the next."""

from __future__ import annotations

import os
import subprocess
import sys

_PROBE = """
import importlib, pkgutil
import claimcheck
from claimcheck.extract import patterns
for module in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
    importlib.import_module(module.name)
for pattern, flags in sorted(patterns._used):
    print(repr((pattern, flags)))
"""


def _pattern_texts(hash_seed: str) -> list[str]:
    environment = {**os.environ, "PYTHONHASHSEED": hash_seed}
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, env=environment, check=True
    )
    return result.stdout.splitlines()


def test_every_compiled_pattern_reads_the_same_whatever_the_string_hashes() -> None:
    first, second = _pattern_texts("1"), _pattern_texts("2")
    assert len(first) > 500  # the probe reached the extractors, checks and ledger
    assert set(first) ^ set(second) == set()
