"""Code that is used where vulture cannot see it (`make lint` passes this file to vulture).

Each entry says who uses it. Anything else vulture reports is dead: remove it.
"""

# ruff: noqa: B018, F821

from claimcheck.extract import patterns
from claimcheck.extract.dates import _Scanner
from claimcheck.input.feeds import _TextExtractor
from claimcheck.rules import RuleSet
from claimcheck.schemas import load_schema

# The date scanner calls one handler per pattern by its name: getattr(self, "_" + kind).
_Scanner._fulldate
_Scanner._iso
_Scanner._slash
_Scanner._monyear
_Scanner._holiday
_Scanner._century
_Scanner._spoken
_Scanner._anchored
_Scanner._offset
_Scanner._samewhen
_Scanner._unitnext
_Scanner._earlyhours
_Scanner._twoaway
_Scanner._newyear
_Scanner._inperiod
_Scanner._periodend
_Scanner._quarter
_Scanner._fullyear
_Scanner._relunit
_Scanner._decade
_Scanner._season
_Scanner._theseason
_Scanner._year
_Scanner._month
_Scanner._weekday
_Scanner._dayref
_Scanner._ref
_Scanner._weekend
_Scanner._yearago
_Scanner._duration
_Scanner._setexpr
_Scanner._freq

# html.parser.HTMLParser calls these on the feed text it parses.
_TextExtractor.handle_starttag
_TextExtractor.handle_endtag
_TextExtractor.handle_data

# A rule set's lookup by code, for callers of the library (the rule tests use it).
RuleSet.by_code

# The output contract's schemas, for scripts that validate claimcheck's JSON (docs/output.md;
# tests/test_output_contract.py).
load_schema

# benchmarks/: a field of the ledger-pairs scorer's output rows, for whoever reads them; and
# the relation vocabulary the pair labels use (benchmarks/data/PAIRS.md).
_.via
RELATIONS

# The context-manager protocol names the exception triple; __exit__ ignores it.
exc_info

# tools/store_patterns.py writes the extractors' compiled patterns (tools/ is not scanned).
patterns.store
patterns.stored_count
