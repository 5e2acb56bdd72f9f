"""A subject's name and its shorter forms share the subject's own key space: a name with no
buyer or holder is stored once (its name key is its exact key), and a shorter form of a long
name is the exact key of a figure written under that shorter name, so a ledger finds either
from the other, in both orders. Sentences are our own."""

from identity_helpers import wire_article

from claimcheck.ledger import open_ledger
from claimcheck.ledger.comparison import OrderedPass
from claimcheck.pipeline.checker import Checker, ledger_entry_for

LONG = (
    "Marrow Kessington Ltd said its net profit rose to 48.2 mln dlrs in the nine months "
    "ended January 31, 2025."
)
SHORT = "Kessington's net profit rose to 48.2 mln dlrs in the nine months ended January 31, 2025."


def _entries(*articles):
    checker = Checker()
    return [ledger_entry_for(checker.check_article(a), f"key-{a.id}") for a in articles]


def _profit(entry):
    [figure] = [f for f in entry.figures if f.what == "net-profit"]
    return figure


def test_a_one_word_name_is_stored_under_its_own_key_alone():
    [entry] = _entries(wire_article("short", 9, SHORT))
    figure = _profit(entry)
    assert figure.of_what == "kessington"
    [key] = figure.index_keys()
    assert "|kessington|" in key and not key.startswith("~")


def test_a_shorter_form_of_a_long_name_is_the_exact_key_of_the_short_name():
    long_entry, short_entry = _entries(
        wire_article("long", 4, LONG), wire_article("short", 9, SHORT)
    )
    long_figure, short_figure = _profit(long_entry), _profit(short_entry)
    assert long_figure.of_what == "marrow kessington"
    long_keys = long_figure.index_keys()
    # the name as written, then its shorter forms; none twice, no second key space
    assert len(long_keys) == len(set(long_keys)) == 3
    assert not any(key.startswith("~") for key in long_keys)
    assert short_figure.index_keys()[0] in long_keys


def _key_rows(ledger) -> int:
    return ledger._connection.execute("SELECT count(*) FROM figure_keys").fetchone()[0]


def _first_then_second(tmp_path, first, second):
    """Record `first`, then compare and record `second`: the key rows after the first, and
    the links of the second."""
    with open_ledger(tmp_path / f"{first[0]}-first.sqlite") as ledger:
        OrderedPass(ledger).run(_entries(wire_article(*first)), record=True)
        rows = _key_rows(ledger)
        results = OrderedPass(ledger).run(_entries(wire_article(*second)), record=True)
    links = [
        (link.later.text, link.earlier.article_id, link.relation)
        for link in results[second[0]].links
    ]
    return rows, links


def test_a_stored_long_name_is_found_by_its_short_form_and_has_three_key_rows(tmp_path):
    rows, links = _first_then_second(tmp_path, ("long", 4, LONG), ("short", 9, SHORT))
    assert ("48.2 mln dlrs", "long", "same") in links
    assert rows == 3


def test_a_stored_short_name_is_found_from_the_long_one_and_has_one_key_row(tmp_path):
    rows, links = _first_then_second(tmp_path, ("short", 4, SHORT), ("long", 9, LONG))
    assert ("48.2 mln dlrs", "short", "same") in links
    assert rows == 1
