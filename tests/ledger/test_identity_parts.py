"""Parts and variants: a part of a company, of a debt or of an incident is another figure than
the whole; a real figure is not a nominal one, an unadjusted one not an adjusted one; the one a
statement is made to is not its subject."""

from datetime import UTC, datetime

from identity_helpers import figures, identity

IN_1987 = {"published": datetime(1987, 3, 4, tzinfo=UTC)}


# -- whose stake -------------------------------------------------------------------------------


def test_the_holder_of_a_stake_is_who_files_not_whom_it_is_told_to():
    told = identity(
        "Harlow Capital Group told the Securities and Exchange Commission it holds a 7.2 pct "
        "stake in Brenlow Industries Inc.",
        "7.2 pct",
    )
    filed = identity(
        "In a filing with the Securities and Exchange Commission, Harlow Capital said it has "
        "a 7.2 pct stake in Brenlow Industries.",
        "7.2 pct",
    )
    assert told.of_what == filed.of_what
    assert told.of_what.startswith("brenlow")
    assert "harlow capital" in told.of_what
    assert "commission" not in told.of_what


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
