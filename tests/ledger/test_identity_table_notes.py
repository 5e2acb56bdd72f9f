"""A results table's note on what its net is stated before or after ("NOTE: net is before
extraordinary items"): a stated basis, so the same year's net sent again without it, or with
another, is an update on another basis, not a contradiction. Tables are our own."""

from test_comparison import article, compare, findings_of

FIRST = (
    "Shr profit four cts vs loss 12 cts\n"
    "    Net profit 212,000 vs loss 640,000\n"
    "    Revs 9.6 mln vs 8.8 mln\n"
)
AGAIN_WITH_NOTE = (
    "Shr profit five cts vs loss 12 cts\n"
    "    Net profit 251,000 dlrs vs loss 640,000\n"
    "    Revs 9.6 mln vs 8.8 mln\n"
    "    NOTE: Company said net is before extraordinary items and\n"
    "taxes.\n"
)
AGAIN_WITHOUT_NOTE = (
    "Shr profit five cts vs loss 12 cts\n"
    "    Net profit 251,000 dlrs vs loss 640,000\n"
    "    Revs 9.6 mln vs 8.8 mln\n"
)
TITLE = "BRENLOW TOOLS CORP <BRTL> YEAR NET"


def test_a_net_restated_before_extraordinary_items_is_an_update_naming_the_basis():
    results = compare(
        article("t1", 3, FIRST, title=TITLE, month=2),
        article("t2", 10, AGAIN_WITH_NOTE, title=TITLE, month=2),
    )
    found = [f for f in findings_of(results)["t2"] if f[1].startswith("251,000")]
    assert found == [("CC202", "251,000 dlrs", "update")]
    finding = next(f for f in results["t2"].findings if f.text.startswith("251,000"))
    assert "before extraordinary items and taxes" in finding.message


def test_revenue_of_the_same_table_keeps_no_basis():
    results = compare(
        article("t1", 3, FIRST, title=TITLE, month=2),
        article("t2", 10, AGAIN_WITH_NOTE, title=TITLE, month=2),
    )
    assert not [f for f in findings_of(results)["t2"] if f[1].startswith("9.6")]


def test_without_a_note_a_different_net_is_not_called_an_update_on_another_basis():
    results = compare(
        article("t1", 3, FIRST, title=TITLE, month=2),
        article("t2", 10, AGAIN_WITHOUT_NOTE, title=TITLE, month=2),
    )
    assert not [f for f in results["t2"].findings if "basis" in f.message]
