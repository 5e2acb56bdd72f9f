"""A component named with a hyphenated qualifier, a bidder's two-word name with "'s", and
figures stated on a different basis. Sentences are our own."""

from datetime import UTC, datetime

from identity_helpers import figures
from test_comparison import article, compare

MAY = datetime(2025, 5, 6, 14, tzinfo=UTC)


def test_orders_for_a_hyphenated_kind_of_goods_are_that_kinds_orders():
    body = (
        "Orders for durable goods in Ostland rose 1.8 pct in April to 98.4 billion dlrs, the "
        "trade ministry said.\n"
        "    Orders for non-electrical machinery were 19.7 billion dlrs in April, up from "
        "19.2 billion dlrs in March.\n"
    )
    found = figures(body, published=MAY)
    whole = found["98.4 billion dlrs"].identity
    part = found["19.7 billion dlrs"].identity
    assert whole.what == "durable-good-orders"
    assert part.what == "non-electrical-machinery-orders"
    assert part.what != whole.what


def test_a_smoothed_and_an_unsmoothed_series_are_a_restatement_naming_both_bases():
    results = compare(
        article(
            "s1",
            3,
            "Ostland's statistics office said unsmoothed figures show a current account "
            "deficit of 140 mln dlrs for January.",
        ),
        article(
            "s2",
            20,
            "Ostland's current account deficit narrowed to 60 mln dlrs in February from 85 mln "
            "in January, in a smoothed measurement, the statistics office said.",
        ),
    )
    found = [f for f in results["s2"].findings if f.text.startswith("85 mln")]
    assert [(f.rule, f.evidence["relation"]) for f in found] == [("CC202", "update")]
    assert "smoothed against unsmoothed" in found[0].message


def test_a_smoothed_figure_is_no_basis_for_a_line_that_smoothed_out_a_market():
    body = (
        "Ostland's central bank said its dealings smoothed out the currency market, and the "
        "current account deficit was 85 mln dlrs in January.\n"
    )
    deficit = figures(body, published=MAY)["85 mln dlrs"].identity
    assert deficit.what == "current-account-deficit"
    assert deficit.basis is None


def _crop_findings(first: str, second: str):
    results = compare(article("c1", 4, first), article("c2", 18, second))
    return [(f.rule, f.evidence["relation"], f.message) for f in results["c2"].findings]


def test_one_forecasters_crop_against_anothers_is_sources_differ_naming_both():
    found = _crop_findings(
        "A spokesman for the Ostland Grain Board said the 2024/25 Ostland barley crop was "
        "expected to reach 6.4 mln tonnes.",
        "The Ruritanian farm ministry forecast Ostland's 2024/25 barley crop at 5.8 mln "
        "tonnes, against 6.0 mln tonnes a month ago.",
    )
    assert [(rule, relation) for rule, relation, _ in found] == [("CC202", "sources_differ")]
    message = found[0][2]
    assert "ruritanian farm ministry" in message
    assert "spokesman for ostland grain board" in message


def test_a_forecaster_revising_its_own_crop_forecast_is_an_update():
    found = _crop_findings(
        "The Ruritanian farm ministry forecast Ostland's 2024/25 barley crop at 6.0 mln tonnes.",
        "The Ruritanian farm ministry forecast Ostland's 2024/25 barley crop at 5.8 mln "
        "tonnes, against 6.0 mln tonnes a month ago.",
    )
    assert [(rule, relation) for rule, relation, _ in found] == [("CC202", "update")]


def test_a_forecast_named_as_a_noun_names_no_source():
    body = (
        "The new forecast for Ostland's 2024/25 barley crop is 5.8 mln tonnes, the farm "
        "ministry said.\n"
        "    The ministry forecast Ostland's 2024/25 oat crop at 1.2 mln tonnes.\n"
    )
    found = figures(body, published=MAY)
    assert found["5.8 mln tonnes"].identity.source == "farm ministry"
    assert found["1.2 mln tonnes"].identity.source == "ministry"


def test_a_forecast_written_as_a_participle_names_no_forecaster():
    body = (
        "A fall in Ostland's output to a tentatively forecast 2.1 mln bpd in May from 2.4 mln "
        "bpd in April was the main reason, the agency said.\n"
        "    Ostland's barley output was 4.2 mln tonnes, down three pct from previously "
        "forecast and four pct below last season, the ministry said.\n"
    )
    found = figures(body, published=MAY)
    assert found["2.4 mln bpd"].identity.source == "agency"
    assert found["4.2 mln tonnes"].identity.source == "ministry"
