"""A market index's close: the index's name is part of what the figure measures, so the levels
of one index are compared with each other and never with another index of the same market."""

from datetime import UTC, datetime

from identity_helpers import figures

TUESDAY = datetime(2025, 3, 4, 18, tzinfo=UTC)


def _identity(body: str, text: str):
    return figures(body, published=TUESDAY)[text].identity


def test_one_index_closing_in_two_articles_shares_one_key():
    first = _identity(
        "Share prices in Ostravia firmed, and the Brenford composite index closed at 1,404.2.",
        "1,404.2",
    )
    later = _identity(
        "Dealers in Ostravia said the Brenford composite index closed 6.1 points up at 1,410.7.",
        "1,410.7",
    )
    assert first.what == later.what == "brenford-composite-index-level"
    assert first.when == later.when == "2025-03-04"
    assert first.index_keys() == later.index_keys()


def test_two_indexes_of_one_market_are_two_measures():
    all_share = _identity(
        "In Ostravia the Brenford all-share index closed at 912.5 after a quiet day.", "912.5"
    )
    composite = _identity(
        "In Ostravia the Brenford composite index closed at 1,404.2 after a quiet day.", "1,404.2"
    )
    assert all_share.what != composite.what
    assert not set(all_share.index_keys()) & set(composite.index_keys())


def test_an_index_nobody_names_a_level_not_a_close_and_futures_get_no_identity():
    found = figures(
        "The index closed at 501.3 in Ostravia. The Brenford composite index stood at 498.0 at "
        "noon. Brenford index futures closed at 503.5. The Brenford composite index closed "
        "yesterday at 497.2.",
        published=TUESDAY,
    )
    assert not {"501.3", "498.0", "503.5", "497.2"} & set(found)


def test_a_price_index_level_is_not_a_market_close():
    found = figures(
        "Ostravia's wholesale price index, base 1980, stood at 131.4 in January.",
        published=TUESDAY,
    )
    assert found.get("131.4") is None or "index-level" not in found["131.4"].identity.what


def test_a_number_after_the_close_and_an_index_of_goods_finished_are_no_close():
    found = figures(
        "The Brenford composite index closed at 1,404.2 with gainers beating losers by 210 to "
        "95. The adjusted index of stocks of finished goods rose 0.4 pct to 112.3 in May.",
        published=TUESDAY,
    )
    assert found["1,404.2"].identity.what == "brenford-composite-index-level"
    assert "95" not in found and "112.3" not in found
