"""The cheap tests run before costlier scans: each must hold wherever the scan it guards
matches, and a pattern built from a set must read the same in every process."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from claimcheck.extract import currency_history, datelines, quantities

# Sentences in which a story says its figures are in U.S. money, in the spellings the
# U.S.-figures pattern accepts.
_US_FIGURE_NOTES = [
    "Net profit was 12 mln dlrs, in U.S. funds.",
    "All amounts are in US dollars unless stated.",
    "Sales rose to 40 mln, in u.s. currency.",
    "Results in U.S dlrs.",
    "Figures in US. dollars throughout",
    "Revenue fell.\nU.S. dollars.",
    "Earnings:\n  US funds",
]


@pytest.mark.parametrize("text", _US_FIGURE_NOTES)
def test_the_us_hint_is_found_wherever_the_us_figures_pattern_matches(text: str) -> None:
    assert datelines._US_FIGURES_RE.search(text) is not None
    assert datelines._US_FIGURES_HINT_RE.search(text) is not None


def test_a_text_without_the_hint_is_not_read_as_us_figures() -> None:
    text = "The company earned 5 mln Canadian dlrs, against 4 mln a year before."
    assert datelines._US_FIGURES_HINT_RE.search(text) is None
    assert datelines._US_FIGURES_RE.search(text) is None


def test_a_unit_with_a_redenominated_code_is_found_again_from_the_kept_answer() -> None:
    for _ in range(2):  # the second answer comes from what the first one kept
        assert currency_history._holds_redenominated("TRY")
        assert currency_history._holds_redenominated("TRY / share")
        assert not currency_history._holds_redenominated("USD")


def test_a_closing_title_needs_its_words_before_the_figure() -> None:
    assert quantities._closes_a_title("starred in 13 Going on ")
    assert not quantities._closes_a_title("the price of 13 going up ")
    assert not quantities._closes_a_title("sales rose by ")


def _qualified_currency_source(seed: str) -> str:
    probe = "import claimcheck.extract.quantities as q; print(q._QUALIFIED_CURRENCY_RE.pattern)"
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=environment, check=True
    )
    return result.stdout


def test_the_qualified_currency_pattern_reads_the_same_whatever_the_string_hashes() -> None:
    # The same text in every process is what lets the stored compiled code be found.
    assert _qualified_currency_source("1") == _qualified_currency_source("2")
