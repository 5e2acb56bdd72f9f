"""Parts and variants: a part of a company, of a debt or of an incident is another figure than
the whole; a real figure is not a nominal one, an unadjusted one not an adjusted one; the one a
statement is made to is not its subject."""

from datetime import UTC, datetime

from identity_helpers import figures, identity

IN_1987 = {"published": datetime(1987, 3, 4, tzinfo=UTC)}


# -- whose stake -------------------------------------------------------------------------------


def test_the_holder_of_a_stake_is_who_files_not_whom_it_is_told_to():
    told = identity(
        "Harlow Capital Group told the Ostera Securities Board it holds a 7.2 pct "
        "stake in Brenlow Industries Inc.",
        "7.2 pct",
    )
    filed = identity(
        "In a filing with the Ostera Securities Board, Harlow Capital said it has "
        "a 7.2 pct stake in Brenlow Industries.",
        "7.2 pct",
    )
    assert told.of_what == filed.of_what
    assert told.of_what.startswith("brenlow")
    assert "harlow capital" in told.of_what
    assert "board" not in told.of_what


def test_a_name_told_something_is_not_the_owner_of_the_figure():
    found = figures(
        "Ostmark Bank informed the Varden Exchange it has a 22 pct stake in Tessaly Energy."
    )
    assert all("varden" not in f.identity.of_what for f in found.values())


# -- a part of the company -------------------------------------------------------------------


def test_a_part_named_by_its_kind_is_not_the_whole_company():
    whole = identity("Tessaly Corp said its sales rose to 900 mln dlrs in 1986.", "900 mln dlrs")
    part = identity(
        "Tessaly Corp said sales at its chemicals division rose to 120 mln dlrs in 1986.",
        "120 mln dlrs",
    )
    assert whole.of_what == part.of_what == "tessaly"
    assert whole.part_of is None
    assert part.part_of == "division:chemicals"
    assert whole.index_keys() != part.index_keys()


def test_a_part_before_the_measure_is_a_part_too():
    part = identity(
        "Tessaly Corp said its insurance unit's net profit was 40 mln dlrs in 1986.",
        "40 mln dlrs",
    )
    assert part.part_of == "unit:insurance"


def test_a_part_with_a_name_of_its_own_is_its_own_subject():
    found = identity(
        "Tessaly Corp said its Varden Chemicals unit made a net profit of 12 mln dlrs in 1986.",
        "12 mln dlrs",
    )
    assert found.of_what == "varden chemicals"


# -- a part of a debt ---------------------------------------------------------------------------


def test_a_debt_owed_to_some_creditors_is_a_part_of_the_debt():
    whole = identity("Ostera's foreign debt is about 50 billion dlrs.", "50 billion dlrs")
    banks = identity(
        "Ostera's debt to commercial banks is about 30 billion dlrs.", "30 billion dlrs"
    )
    assert (whole.what, whole.of_what, whole.part_of) == ("debt", "ostera", None)
    assert (banks.what, banks.of_what, banks.part_of) == ("debt", "ostera", "to:commercial bank")


# -- a part of an incident -----------------------------------------------------------------------


def test_a_province_named_after_its_kind_is_a_part_of_the_incident():
    found = figures(
        "An earthquake struck Ostera on Thursday, killing 300 people. The quake killed 45 "
        "people in the province of Napo, officials said.",
        **IN_1987,
    )
    assert found["300 people"].identity.part_of is None
    assert found["45 people"].identity.part_of == "napo"


# -- real, nominal, adjusted ---------------------------------------------------------------------


def test_a_nominal_change_is_not_the_real_one_a_change_usually_is():
    plain = identity("Ostera's gross domestic product grew 3.2 pct in 1986.", "3.2 pct", **IN_1987)
    real = identity(
        "Ostera's real gross domestic product grew 3.2 pct in 1986.", "3.2 pct", **IN_1987
    )
    nominal = identity(
        "Ostera's nominal gross domestic product grew 6.1 pct in 1986.", "6.1 pct", **IN_1987
    )
    in_terms = identity("Ostera's GDP grew 6.1 pct in nominal terms in 1986.", "6.1 pct", **IN_1987)
    assert plain.what == real.what == "gdp:change"
    assert nominal.what == in_terms.what == "nominal-gdp:change"


def test_a_level_in_constant_prices_is_not_the_level_in_current_prices():
    plain = identity(
        "Ostera's GDP was 410 billion crowns in 1986.", "410 billion crowns", **IN_1987
    )
    real = identity(
        "Ostera's GDP at constant 1980 prices was 290 billion crowns in 1986.",
        "290 billion crowns",
        **IN_1987,
    )
    assert plain.what == "gdp"
    assert real.what == "real-gdp"


def test_an_unadjusted_rate_is_not_the_adjusted_one():
    adjusted = identity(
        "The seasonally adjusted unemployment rate in Ostera was 10.6 pct in May.", "10.6 pct"
    )
    unadjusted = identity(
        "The unadjusted unemployment rate in Ostera was 10.9 pct in May.", "10.9 pct"
    )
    assert adjusted.what == "unemployment"
    assert unadjusted.what == "unadjusted-unemployment"


def test_a_company_is_not_its_subsidiary_in_a_country():
    found = figures(
        "Tessaly Canada Inc said it made a net profit of 40 mln dlrs in 1986. Its parent "
        "Tessaly Corp made a net profit of 310 mln dlrs in 1986.",
        **IN_1987,
    )
    assert found["40 mln dlrs"].identity.of_what == "tessaly canada"
    assert found["310 mln dlrs"].identity.of_what == "tessaly"


# -- a period written as the measure's adjective ------------------------------------------------


def test_a_period_before_the_measure_is_its_period_not_the_day_it_was_said():
    reported = identity(
        "Brakwell Corp reported fourth quarter earnings of 48.5 mln dlrs.", "48.5 mln dlrs"
    )
    said = identity("Brakwell Corp said 1986 net profit was 48 mln dlrs.", "48 mln dlrs")
    assert (reported.what, reported.of_what, reported.when) == ("net-profit", "brakwell", "2024-Q4")
    assert (said.what, said.when) == ("net-profit", "1986")


def test_a_year_the_date_reader_leaves_before_a_measure_is_its_period():
    had = identity("Brakwell Corp had 1986 sales of 480 mln dlrs.", "480 mln dlrs")
    possessive = identity("Brakwell Corp's 1986 revenues were 480 mln dlrs.", "480 mln dlrs")
    assert had.index_keys() == possessive.index_keys()
    assert (had.what, had.of_what, had.when) == ("revenue", "brakwell", "1986")


def test_the_day_something_was_said_is_still_no_period():
    assert not figures("The company said on Monday profit was 48 mln dlrs.")


# -- more forms of a stake and of a company's change ------------------------------------------


def test_a_share_of_a_company_s_stock_someone_owns_is_their_stake():
    owns = identity("Harlow Capital owns 25.7 pct of Brenlow's shares.", "25.7 pct")
    common = identity("Harlow Capital currently owns about 25.7 pct of Brenlow common.", "25.7 pct")
    stake = identity("Harlow Capital has a 25.7 pct stake in Brenlow.", "25.7 pct")
    assert owns.index_keys() == common.index_keys() == stake.index_keys()
    assert owns.of_what == "brenlow held by harlow capital"


def test_an_additional_share_bought_is_not_the_stake():
    assert not figures(
        "Harlow Capital holds options to buy an additional 16 pct of Brenlow common stock."
    )


def test_a_percentage_change_of_a_company_measure_is_that_measure_s_change():
    found = figures(
        "Brakwell Corp said its fourth quarter net profit fell 20 pct, while sales rose 5 pct."
    )
    profit, sales = found["20 pct"].identity, found["5 pct"].identity
    assert (profit.what, profit.of_what, profit.when) == (
        "net-profit:change",
        "brakwell",
        "2024-Q4",
    )
    assert (sales.what, sales.when, sales.unit) == ("revenue:change", "2024-Q4", "percent")


def test_sales_at_some_stores_are_a_part_of_the_company_s_sales():
    some = identity(
        "Brakwell Corp said February sales at stores open a year fell six pct.", "six pct"
    )
    every = identity("Brakwell Corp said February sales fell six pct.", "six pct")
    assert some.part_of == "stores"
    assert every.part_of is None


# -- a date right after another figure -------------------------------------------------------


def test_a_date_after_a_figure_compared_with_is_that_figure_s_period():
    found = figures(
        "Sweden posted a record trade surplus of 124 billion crowns in 1986, after 86 billion "
        "in 1985 and its current account surplus widened to 76.5 billion crowns.",
        **IN_1987,
    )
    assert found["124 billion crowns"].identity.when == "1986"
    assert found["86 billion"].identity.when == "1985"
    assert found["76.5 billion crowns"].identity.when == "1986"


def test_a_date_after_being_something_else_is_still_not_the_figure_s():
    found = identity(
        "Ostera's industrial output rose 0.5 pct in March after being flat in February.",
        "0.5 pct",
        **IN_1987,
    )
    assert found.when == "1987-03"


def test_an_amount_of_which_a_whole_consists_is_a_part_with_no_identity_of_its_own():
    found = figures(
        "Total 1986 exports were 2.18 billion dlrs, of which 979 mln dlrs were crude, "
        "Ostera's central bank said.",
        **IN_1987,
    )
    assert found["2.18 billion dlrs"].identity.what == "exports"
    assert "979 mln dlrs" not in found


def test_early_mid_or_late_month_is_a_part_of_the_month():
    late = identity("Brakwell Corp said late March car sales rose 6.2 pct.", "6.2 pct", **IN_1987)
    month = identity("Brakwell Corp said car sales rose 6.2 pct in March.", "6.2 pct", **IN_1987)
    assert month.when == "1987-03"
    assert late.when.startswith("part:1987-03")


def test_a_year_right_before_the_measure_wins_over_one_written_further_back():
    found = figures(
        "Ostera has cut its 1986 record 13.6 billion dlr trade surplus with Japan. Ostera's "
        "1985 surplus with Japan was 10.2 billion dlrs.",
        **IN_1987,
    )
    assert found["10.2 billion dlrs"].identity.when == "1985"


def test_the_first_nine_months_are_a_part_of_the_year():
    found = identity(
        "Ostera's trade surplus hit a record 14.95 billion dlrs in the first nine months of "
        "1987, official figures show.",
        "14.95 billion dlrs",
        **IN_1987,
    )
    assert found.when.startswith("part:1987")


def test_a_component_is_not_the_whole_measure():
    whole = identity("In Ostera consumer prices rose 0.4 pct in February.", "0.4 pct", **IN_1987)
    part = identity(
        "In Ostera the food component of consumer prices rose 1.2 pct in February.",
        "1.2 pct",
        **IN_1987,
    )
    assert whole.what == "consumer-prices:change"
    assert part.what == "food-component-consumer-prices:change"


def test_a_crop_a_department_estimates_is_the_headline_country_s_not_the_department_s():
    body = "The U.S. Agriculture Department estimated the 1985/86 wheat crop at 15.81 mln tonnes."
    other = identity(body, "15.81 mln tonnes", title="USDA ESTIMATES CHINA WHEAT", **IN_1987)
    own = identity(body, "15.81 mln tonnes", title="U.S. WHEAT CROP ESTIMATED", **IN_1987)
    assert other.of_what == "china"
    assert own.of_what == "us"


def test_a_year_before_the_measure_keeps_the_quarter_written_with_it():
    found = identity(
        "Tessaly Energy made a net profit of 2.1 billion euros in 2024. The restatement cut "
        "the utility's fourth-quarter 2024 profit to 410 million euros.",
        "410 million euros",
    )
    assert found.when == "2024-Q4"


# -- whose output ------------------------------------------------------------------------------


def test_a_works_or_a_company_s_output_is_not_the_province_s():
    mine = identity(
        "Halvard Mining Ltd said its Kessock copper mine in Quebec was shut by a fire on Monday. "
        "The mine produced 1.2 mln tonnes of ore in 2024, the company said.",
        "1.2 mln tonnes",
    )
    company = identity(
        "Norvane Resources Ltd said ore reserves at its Quebec properties fell. Ore production "
        "totalled 640,000 tonnes in 2024, it said.",
        "640,000 tonnes",
        title="NORVANE <NRV> QUEBEC ORE RESERVES DECLINE",
    )
    province = identity(
        "Quebec mines produced 31 mln tonnes of ore in 2024, the province said.", "31 mln tonnes"
    )
    assert mine.what == company.what == province.what == "ore-output"
    assert mine.of_what == "kessock mine"  # the mine the article named
    assert company.of_what == "norvane resources"
    assert province.of_what == "quebec"


def test_a_rate_over_twelve_months_is_not_the_month_s_own_rate():
    monthly = identity("Consumer prices in Ostera rose 0.7 pct in April.", "0.7 pct")
    yearly = identity(
        "The April increase lifted year-on-year inflation in Ostera to 4.1 pct.", "4.1 pct"
    )
    spelled = identity("In April, year over year inflation in Ostera was 4.1 pct.", "4.1 pct")
    assert not monthly.what.endswith(":year-on-year")
    assert yearly.what.endswith(":year-on-year")
    assert spelled.what.endswith(":year-on-year")
