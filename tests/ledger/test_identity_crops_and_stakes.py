"""A crop's tonnes belong to the crop and its season, estimate after estimate; a stake given as
"N shares, or X pct of the stock" is the holder's stake in the company the stake word names.
Sentences are our own."""

from datetime import UTC, datetime

from identity_helpers import figures, ordered_findings, wire_article

APRIL = datetime(2025, 4, 2, 15, tzinfo=UTC)

CROP_REPORT = (
    "Growers in Veloria cut their estimates for the 2024/25 lentil and millet crops in the "
    "week to Tuesday, trade sources said.\n"
    "    The lentil harvest is now expected to total between 4.1 and 4.3 mln tonnes, against "
    "4.4 to 4.6 mln tonnes estimated a week ago.\n"
    "    Millet production estimates remained at 2.0 to 2.2 mln tonnes, well below last "
    "season's 2.9 mln tonnes.\n"
    "    The millet harvest reached 30 pct of the area sown.\n"
    "    The current harvest's volume was put at between 1.6 and seven mln tonnes in the "
    "west alone."
)


def test_a_crops_tonnes_are_of_the_season_the_report_names():
    found = figures(CROP_REPORT, published=APRIL)
    lentil = found["4.1 and 4.3 mln tonnes"].identity
    assert lentil.what == "lentil-output"
    assert lentil.of_what == "veloria"
    assert lentil.when == "fiscal:2024"
    # A crop being harvested is estimated, not forecast; set against the estimate of a week
    # ago, it is a revised estimate.
    assert (lentil.modality, lentil.basis) == ("fact", "revised")


def test_a_crop_named_twice_in_a_clause_and_not_the_week_of_the_report():
    found = figures(CROP_REPORT, published=APRIL)
    millet = found["2.0 to 2.2 mln tonnes"].identity
    assert millet.what == "millet-output"
    assert millet.when == "fiscal:2024"


def test_last_seasons_tonnes_are_the_season_before():
    found = figures(CROP_REPORT, published=APRIL)
    assert found["2.9 mln tonnes"].identity.when == "fiscal:2023"
    assert found["2.9 mln tonnes"].identity.what == "millet-output"


def test_a_harvest_named_by_no_crop_is_the_crop_the_report_named_last():
    found = figures(CROP_REPORT, published=APRIL)
    # a range with one end in words is still a range
    volume = found["1.6 and seven mln tonnes"].identity
    assert volume.what == "millet-output"


def test_a_crops_yield_in_tonnes_is_its_output_and_a_bonds_yield_is_nothing():
    body = (
        "Veloria's 2024/25 lentil yield is now estimated at 4.0 mln tonnes, growers said.\n"
        "    The yield on the ten-year bond rose to 6.2 pct."
    )
    found = figures(body, published=APRIL)
    assert found["4.0 mln tonnes"].identity.what == "lentil-output"
    assert "6.2 pct" not in found


def test_a_report_with_no_crop_year_takes_the_season_under_way():
    body = "The lentil harvest in Veloria is expected to total 4.2 mln tonnes, growers said."
    assert figures(body, published=APRIL)["4.2 mln tonnes"].identity.when == "fiscal:2024"
    september = datetime(2025, 9, 20, tzinfo=UTC)
    assert figures(body, published=september)["4.2 mln tonnes"].identity.when == "fiscal:2025"


def test_tonnes_of_a_mine_get_no_season():
    body = "Veloria's copper production rose to 1.2 mln tonnes, the ministry said."
    found = figures(body, published=APRIL)
    when = found["1.2 mln tonnes"].identity.when if "1.2 mln tonnes" in found else None
    assert not (when or "").startswith("fiscal:")


ESTIMATE = (
    "Growers in Veloria {} their estimate for the 2024/25 wheat crop, trade sources said.\n"
    "    Wheat production is now estimated at between {} mln tonnes, against {} mln tonnes "
    "a week ago."
)


def test_a_crop_estimate_lowered_a_week_later_is_an_update():
    first = wire_article("c1", 10, ESTIMATE.format("kept", "4.4 and 4.6", "4.4 to 4.6"))
    second = wire_article("c2", 17, ESTIMATE.format("cut", "4.1 and 4.3", "4.4 to 4.6"))
    findings = ordered_findings(first, second)["c2"]
    assert [f.rule for f in findings] == ["CC202"]
    assert findings[0].evidence["relation"] == "update"


STAKE = (
    "Harlow Holdings (Overseas) Ltd, a Lisbon investment firm, said it raised its stake in "
    "Pelmar Co to {} shares, or {} pct of the total outstanding common stock."
)


def test_a_stake_given_in_shares_then_percent_is_the_described_holders_in_the_company():
    found = figures(STAKE.format("1,480,000", "9.8"), published=APRIL)
    identity = found["9.8 pct"].identity
    assert identity.what == "stake"
    assert identity.of_what == "pelmar held by harlow"


def test_a_stake_raised_in_a_later_filing_is_an_update():
    first = wire_article("s1", 3, STAKE.format("1,480,000", "9.8"))
    second = wire_article("s2", 24, STAKE.format("1,850,000", "12.2"))
    findings = ordered_findings(first, second)["s2"]
    assert [f.rule for f in findings] == ["CC202"]
    assert findings[0].evidence["relation"] == "update"


def test_last_season_written_after_the_figure_is_the_season_before_the_sentences():
    body = (
        "Growers in Veloria said the production forecast for 2024/25 sunflowerseed has been "
        "lowered to between 2.2 and 2.4 mln tonnes, against 2.3 to 2.6 mln tonnes the previous "
        "week, making it 41.5 to 46.3 pct lower than the record 4.1 mln tonnes produced last "
        "season."
    )
    found = figures(body, published=APRIL)
    assert found["2.2 and 2.4 mln tonnes"].identity.when == "fiscal:2024"
    assert found["4.1 mln tonnes"].identity.when == "fiscal:2023"
    assert found["4.1 mln tonnes"].identity.what == "sunflower-output"


def test_a_holder_named_holding_is_no_stake_word():
    body = (
        "Ostmark Holding said it will vote its shares. Following its tender offer in November "
        "2024, Ostmark Holding owns 54.7 pct of Pelmar."
    )
    assert figures(body)["54.7 pct"].identity.of_what == "pelmar held by ostmark"


def test_a_relative_clause_after_a_crops_tonnes_names_its_measure_and_season():
    body = (
        "Growers in Veloria cut their estimates for the 2024/25 millet crop this week.\n"
        "    Millet production is now estimated at 3.0 to 3.2 mln tonnes, against last week's "
        "3.3 to 3.5 mln tonnes, down 25 pct on the 4.0 to 4.2 mln tonnes at which local "
        "traders put 2023/24 production."
    )
    previous = figures(body, published=APRIL)["4.0 to 4.2 mln tonnes"].identity
    assert previous.what == "millet-output"
    assert previous.when == "fiscal:2023"


def test_a_relative_clause_of_another_thing_names_no_crop_measure():
    body = (
        "Growers in Veloria cut their estimates for the 2024/25 millet crop this week.\n"
        "    The port loaded 4.0 mln tonnes at which point its cranes were shut."
    )
    assert "4.0 mln tonnes" not in figures(body, published=APRIL)
