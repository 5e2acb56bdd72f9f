"""claimcheck.extract.units: the lexicon, dimensions, conversions and the single registry."""

import pytest

from claimcheck.extract import units


@pytest.mark.parametrize(
    ("surface", "unit"),
    [
        ("km", "kilometer"),
        ("Kilometres", "kilometer"),
        ("miles", "mile"),
        ("mph", "mile / hour"),
        ("km/h", "kilometer / hour"),
        ("miles per gallon", "mile / gallon"),
        ("barrels per day", "barrel / day"),
        ("bpd", "barrel / day"),
        ("tonnes", "metric_ton"),
        ("sq km", "kilometer ** 2"),
        ("$", "USD"),
        ("dlrs", "USD"),
        ("stg", "GBP"),
        ("yen", "JPY"),
        ("euros", "EUR"),
        ("€", "EUR"),
        ("cts", "cent"),
        ("pct", "percent"),
        ("per cent", "percent"),
        ("%", "percent"),
        ("percentage points", "percentage_point"),
    ],
)
def test_lookup_surface(surface, unit):
    assert units.lookup_surface(surface) == unit


def test_lookup_surface_unknown_is_none():
    assert units.lookup_surface("troops") is None


@pytest.mark.parametrize(
    ("unit", "dimension"),
    [
        ("kilometer", "length"),
        ("metric_ton", "mass"),
        ("week", "time"),
        ("mile / hour", "speed"),
        ("USD", "currency"),
        ("cent", "currency"),
        ("percent", "percent"),
        ("troop", "count"),
        ("USD / barrel", "price"),
        ("cent / share", "price"),
        (None, "dimensionless"),
    ],
)
def test_dimension_of(unit, dimension):
    assert units.dimension_of(unit) == dimension


def test_dimension_of_unit_only_pint_knows():
    assert units.dimension_of("furlong") == "length"


def test_convert_between_compatible_units():
    assert units.convert(1, "mile", "kilometer") == pytest.approx(1.609344)
    assert units.convert(100, "degree_Celsius", "degree_Fahrenheit") == pytest.approx(212)
    assert units.convert(60, "mile / hour", "kilometer / hour") == pytest.approx(96.56064)


def test_convert_cents_to_dollars():
    assert units.convert(19, "cent", "USD") == pytest.approx(0.19)


def test_convert_incompatible_units_raises_value_error():
    with pytest.raises(ValueError, match="cannot convert"):
        units.convert(1, "mile", "kilogram")
    with pytest.raises(ValueError):
        units.convert(1, "USD", "EUR")


def test_to_base_makes_quantities_comparable():
    km_value, km_base = units.to_base(2.4, "kilometer")
    m_value, m_base = units.to_base(2400, "meter")
    assert km_base == m_base
    assert km_value == pytest.approx(m_value)


def test_prices_convert_through_their_currency():
    assert units.to_base(91, "cent / share") == (0.91, "USD / share")
    assert units.convert(91, "cent / share", "USD / share") == pytest.approx(0.91)


def test_to_base_keeps_money_and_counts():
    assert units.to_base(5, "USD") == (5, "USD")
    assert units.to_base(250, "cent") == (2.5, "USD")
    assert units.to_base(3, "troop") == (3, "troop")


def test_registry_is_created_once():
    assert units.get_registry() is units.get_registry()


def test_every_lexicon_unit_is_known_to_pint_or_is_money():
    registry = units.get_registry()
    for unit, dimension in units.UNIT_DIMENSIONS.items():
        if dimension == "currency":
            continue
        registry.parse_units(unit)  # raises if the lexicon names a unit pint does not know


def test_every_regional_currency_code_is_a_known_currency():
    codes = {code for pairs in units.REGIONAL_CURRENCIES.values() for _, code in pairs}
    assert codes and all(units.UNIT_DIMENSIONS[code] == "currency" for code in codes)


def test_country_cues_come_from_cldr_names_for_shared_currency_words():
    cues = dict(units.CUED_CURRENCIES["peso"])
    assert {"ARS", "MXN", "PHP"} <= set(cues.values())
    codes = {code for pairs in units.CUED_CURRENCIES.values() for _, code in pairs}
    assert all(units.UNIT_DIMENSIONS[code] == "currency" for code in codes)


def test_plain_crowns_and_dinars_are_currency_words():
    for word in ("crowns", "dinars", "kronor"):
        assert units.UNIT_DIMENSIONS[units.UNIT_SURFACES[word]] == "currency"


def test_a_broken_pint_cache_falls_back_to_parsing_the_definitions(monkeypatch, tmp_path):
    import pint

    real_registry = pint.UnitRegistry

    def registry_with_stale_cache(*args, cache_folder=None, **kwargs):
        if cache_folder is not None:
            # What pint raises when its cache names a definitions file of a removed install.
            raise FileNotFoundError("/gone/venv/pint/default_en.txt/constants_en.txt")
        return real_registry(*args, cache_folder=cache_folder, **kwargs)

    monkeypatch.setattr(pint, "UnitRegistry", registry_with_stale_cache)
    monkeypatch.setattr(units, "_registry", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert round(units.get_registry().Quantity(40, "mile").to("kilometer").magnitude, 2) == 64.37


def test_each_pint_install_caches_in_a_folder_of_its_own(monkeypatch, tmp_path):
    import pint

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = units._pint_cache_folder(pint)
    assert folder.parent == tmp_path / "claimcheck" and folder.name.startswith("pint-")


def test_text_pint_cannot_parse_is_a_counted_noun_and_a_bug_in_pint_propagates(monkeypatch):
    assert units.dimension_of("co-op") == "count"  # pint's parser raises TypeError on it
    assert units.dimension_of("widget / week") == "rate"

    class Broken:
        def parse_units(self, text):
            raise RuntimeError("pint bug")

    units.dimension_of.cache_clear()
    monkeypatch.setattr(units, "get_registry", Broken)
    try:
        with pytest.raises(RuntimeError):
            units.dimension_of("gizmo")
    finally:
        units.dimension_of.cache_clear()


def test_making_the_registry_logs_no_redefinitions(monkeypatch, caplog, recwarn):
    from claimcheck.extract import units

    monkeypatch.setattr(units, "_registry", None)
    with caplog.at_level("DEBUG"):
        registry = units.get_registry()
    assert registry("2 pp").to("percent").magnitude == 2
    assert not [r for r in caplog.records if "Redefining" in r.getMessage()]
    assert not [w for w in recwarn if "Redefining" in str(w.message)]


def test_a_barrel_is_the_oil_barrel_and_a_decade_ten_years():
    # News copy's barrel holds 42 US gallons (about 159 litres), and a decade is a duration.
    assert units.convert(1, "barrel", "liter") == pytest.approx(158.987, rel=1e-5)
    assert units.convert(1000, "barrel / day", "liter / day") == pytest.approx(158_987, rel=1e-5)
    assert units.convert(2, "decade", "year") == pytest.approx(20)


def test_a_registry_parsed_afresh_knows_the_redefined_units(monkeypatch, tmp_path):
    # No disk cache yet (a new install's first run): pint works out every unit's base
    # units while parsing, before the project's own definitions replace two of them.
    import pint

    real_registry = pint.UnitRegistry

    def registry_without_cache(*args, cache_folder=None, **kwargs):
        return real_registry(*args, cache_folder=None, **kwargs)

    monkeypatch.setattr(pint, "UnitRegistry", registry_without_cache)
    monkeypatch.setattr(units, "_registry", None)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    registry = units.get_registry()
    assert registry.Quantity(1, "decade").to("year").magnitude == pytest.approx(10)
    assert registry.Quantity(1, "barrel").to("liter").magnitude == pytest.approx(158.987, rel=1e-5)
    assert units.pint_base_factor("decade") == (pytest.approx(315576000.0), 0.0, "second")
