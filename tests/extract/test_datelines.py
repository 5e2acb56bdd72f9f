"""A wire dateline's country: the weakest evidence of what a bare currency word means."""

from __future__ import annotations

import importlib.util
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from claimcheck.extract import dateline_table
from claimcheck.extract.claims import extract_claims, read_claims
from claimcheck.extract.datelines import dateline_territory
from claimcheck.records import Article

TOOL = Path(__file__).resolve().parents[2] / "tools" / "generate_dateline_table.py"
SPRING_1987 = datetime(1987, 3, 3, 12, tzinfo=UTC)


def _units(body: str, dateline: str = "", published: datetime | None = SPRING_1987) -> list:
    article = Article(id="t", body=body, dateline=dateline, published=published)
    return [
        (claim.text, claim.unit)
        for claim in extract_claims(article)
        if claim.kind not in ("date", "duration", "time")
    ]


@pytest.mark.parametrize(
    ("dateline", "territory"),
    [
        ("OSLO, March 3", "NO"),
        ("ZURICH, March 3", "CH"),  # a time zone's city in CLDR
        ("SAO PAULO, June 1", "BR"),  # CLDR writes it with an accent
        ("WASHINGTON, April 1", "US"),  # the hand table
        ("BONN, April 1", "DE"),
        ("PEKING, April 1", "CN"),
        ("BAHRAIN, April 1", "BH"),  # a territory's own name
        ("PORTLAND, Ore., March 3", "US"),  # the state after the city decides
        ("LONDON, Ontario, March 3", "CA"),
        ("SYDNEY, Nova Scotia, March 3", "CA"),
        ("FRANKFURT, West Germany, March 3", "DE"),
        ("****LONDON, March 3", "GB"),
        ("SOMEWHERE UNHEARD OF, May 5", None),
        ("", None),
    ],
)
def test_the_place_at_the_start_of_a_dateline_gives_its_country(dateline, territory):
    assert dateline_territory(dateline) == territory


def test_the_dateline_names_the_crowns_when_the_text_names_no_country():
    body = "The central bank said reserves rose to 91 billion crowns last month."
    assert _units(body, "OSLO, March 3") == [("91 billion crowns", "NOK")]
    assert _units(body, "COPENHAGEN, March 3") == [("91 billion crowns", "DKK")]
    # No dateline: the word's default, as before.
    assert _units(body) == [("91 billion crowns", "SEK")]


def test_a_country_in_the_text_beats_the_dateline():
    named_near = "A Swedish group bought the plant for 300 mln crowns."
    assert _units(named_near, "OSLO, March 3") == [("300 mln crowns", "SEK")]
    in_full = "Sales were 905 mln Swiss francs. Profit was 40 mln francs."
    assert _units(in_full, "PARIS, March 3") == [
        ("905 mln Swiss francs", "CHF"),
        ("40 mln francs", "CHF"),
    ]


def test_francs_follow_the_dateline_and_the_year_of_the_story():
    body = "The group's net profit rose to 1.2 billion francs."
    assert _units(body, "BRUSSELS, March 3") == [("1.2 billion francs", "BEF")]
    assert _units(body, "GENEVA, March 3") == [("1.2 billion francs", "CHF")]
    assert _units(body, "PARIS, March 3") == [("1.2 billion francs", "FRF")]
    # Filed from Brussels in 2024: Belgium has no franc any more; the word's default stays.
    assert _units(body, "BRUSSELS, March 3", datetime(2024, 3, 3, tzinfo=UTC)) == _units(body)


def test_a_word_without_a_default_reads_the_dateline():
    body = "The budget foresees spending of 336 billion escudos."
    assert _units(body, "LISBON, March 3") == [("336 billion escudos", "PTE")]


def test_bare_dollars_are_the_local_dollar_where_the_wire_writes_it_bare():
    body = "The miner earned 57 mln dlrs, or 1.25 dlrs a share, and paid 20 cts a share."
    assert _units(body, "TORONTO, March 3") == [
        ("57 mln dlrs", "CAD"),
        ("1.25 dlrs a share", "CAD / share"),
        ("20 cts a share", "CAD / share"),
    ]
    assert [unit for _, unit in _units(body, "SYDNEY, March 3")] == [
        "AUD",
        "AUD / share",
        "AUD / share",
    ]
    # Filed from New York, Tokyo or Taipei, or with no dateline: U.S. dollars.
    for dateline in ("NEW YORK, March 3", "TOKYO, March 3", "TAIPEI, March 3", ""):
        assert _units(body, dateline)[0] == ("57 mln dlrs", "USD")


def test_dollars_marked_as_american_stay_american():
    body = "It bought the refinery for 90 mln U.S. dlrs and the oil at 18 U.S. Dlrs a barrel."
    assert [unit for _, unit in _units(body, "SYDNEY, March 3")] == ["USD", "USD / barrel"]
    after = "The credit line was cut to 2 billion dlrs U.S. from 2.5 billion dlrs (U.S.)."
    assert [unit for _, unit in _units(after, "OTTAWA, March 3")] == ["USD", "USD"]
    quote = "Gold ended at 409.40/90 dlrs an ounce and the kiwi at 1.2391 NZ dlrs."
    units = dict(_units(quote, "HONG KONG, March 3"))
    assert units["409.40/90 dlrs an ounce"] == "USD / ounce"
    assert not units["1.2391 NZ dlrs"].startswith("HKD")  # another country's dollar
    named = "The bank lent 20 mln New Zealand dlrs."
    assert _units(named, "SYDNEY, March 3") == [("20 mln New Zealand dlrs", "NZD")]


def test_a_borrowed_dollar_unit_is_local_unless_the_text_writes_us_dollars():
    body = "Sales rose to 1.2 billion dlrs, and costs to 900 mln."
    assert _units(body, "MONTREAL, March 3") == [
        ("1.2 billion dlrs", "CAD"),
        ("900 mln", "CAD"),
    ]
    mixed = body + " It owes 40 mln U.S. dlrs."
    assert _units(mixed, "MONTREAL, March 3") == [
        ("1.2 billion dlrs", "CAD"),  # written bare itself
        ("900 mln", "USD"),  # lent by a neighbour, in a text that writes U.S. dollars
        ("40 mln U.S. dlrs", "USD"),
    ]


def test_reading_sentence_by_sentence_keeps_the_dateline(monkeypatch):
    from claimcheck.extract import claims

    def broken(*_args, **_kwargs):
        raise RuntimeError("whole-article pass fails")

    monkeypatch.setattr(claims, "extract_claims", broken)
    article = Article(id="t", body="Exports fell to 10 billion crowns.", dateline="OSLO, March 3")
    extraction = read_claims(article)
    assert [claim.unit for claim in extraction.claims if claim.kind != "date"] == ["NOK"]


def _generator():
    spec = importlib.util.spec_from_file_location("generate_dateline_table", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_matches_the_cldr_data_it_was_generated_from():
    babel = pytest.importorskip("babel")
    committed = Path(dateline_table.__file__).read_text(encoding="utf-8")
    version = re.search(r"from Babel (\S+);", committed)[1]
    assert babel.__version__ == version, "run tools/generate_dateline_table.py"
    assert _generator().render() == committed, "run tools/generate_dateline_table.py"


def test_a_note_that_the_figures_are_us_dollars_keeps_them_american():
    table = "Shr 1.10 dlrs vs 95 cts\n    Net 4.2 mln dlrs vs 3.6 mln\n"
    assert [unit for _, unit in _units(table, "TORONTO, March 3")][:2] == [
        "CAD / share",
        "CAD / share",
    ]
    for note in ("    U.S. dlrs.\n", "    NOTE: Results in U.S. funds.\n"):
        units = [unit for _, unit in _units(table + note, "TORONTO, March 3")]
        assert units and all(unit.startswith("USD") for unit in units)


def test_a_figure_about_another_country_stays_in_us_dollars():
    body = (
        "The bureau said Indonesia's oil revenue fell to 6 billion dlrs. "
        "Thailand had a deficit of 900 mln dlrs; the island's own port earned 40 mln dlrs."
    )
    assert _units(body, "SINGAPORE, March 3") == [
        ("6 billion dlrs", "USD"),  # the sentence is about Indonesia
        ("900 mln dlrs", "USD"),  # Thailand, the subject
        ("40 mln dlrs", "SGD"),  # a clause of its own, about the island
    ]
    # The dateline's own country as the owner, or a company tag after the country: local.
    local = (
        "Canada's wheat sales rose to 3 billion dlrs. "
        "Mexico's <Grupo Norte SA> agreed to buy the mill for 80 mln dlrs. "
        "It said Peru's payments to Canadian lenders reached 70 mln dlrs."
    )
    assert [unit for _, unit in _units(local, "WINNIPEG, March 3")] == ["CAD", "CAD", "CAD"]
    # A country named only as a place or a partner leaves the figure the dateline's.
    partner = "Exports to Japan rose to 2 billion dlrs, the board in Wellington said."
    assert _units(partner, "WELLINGTON, March 3") == [("2 billion dlrs", "NZD")]
