"""A part of a figure's subject named by words, not by a name: a class of a company's staff,
one good of a country's exports, sales to a related buyer, the ships of one owner, the people
in one room of an incident. Each part is keyed apart from its whole, so the two never link."""

from identity_helpers import identity, links_of, ordered_results, wire_article


def test_a_class_of_staff_is_a_part_of_the_workforce():
    part = identity(
        "Velmor Motors told employees it would shrink the money for merit raises of "
        "41,000 salaried workers.",
        "41,000 salaried workers",
    )
    whole = identity("Velmor Motors said it employs 63,000 people.", "63,000 people")
    assert part.what == whole.what == "employees"
    assert part.part_of == "group:salaried"
    assert whole.part_of is None


def test_one_good_of_a_countrys_exports_is_not_its_exports():
    good = identity(
        "Ostera exported 1.4 billion dlrs worth of copper in 1986, the ministry said.",
        "1.4 billion dlrs",
    )
    assert good.what.endswith("exports")
    assert good.part_of == "goods:copper"


def test_sales_to_a_parent_are_not_a_countrys_exports():
    related = identity(
        "Velmor Ostera said its 1986 export sales to its parent company rose to 5.2 billion dlrs.",
        "5.2 billion dlrs",
    )
    assert related.part_of == "to:parent"


def test_those_in_one_room_are_a_part_of_all_trapped():
    body = (
        "A fire in the Kessel copper mine trapped miners on Tuesday. Rescuers reached "
        "12 miners who were trapped but unhurt in an underground supply room, officials said."
    )
    part = identity(body, "12 miners")
    assert part.part_of == "in:room"


def test_the_trapped_in_a_room_never_link_to_all_the_trapped():
    first = wire_article(
        "first",
        3,
        "A fire broke out in the Kessel copper mine in Ostera on Monday. Rescuers reached "
        "12 miners who were trapped but unhurt in an underground supply room, officials said.",
    )
    later = wire_article(
        "later",
        4,
        "The fire in the Kessel copper mine in Ostera that trapped 30 miners for a day "
        "was put out on Tuesday, the owner said.",
    )
    results = ordered_results(first, later)
    assert not [link for link in links_of(results, "later") if link[1] == "first"]


def test_an_owners_ships_are_a_part_of_a_strikes_idled_fleet():
    body = (
        "Dock workers in Ostera went on strike on Monday. The union said the strike has "
        "halted 30 of the 52 ships belonging to the state shipping line Ostline."
    )
    owned = identity(body, "52 ships")
    assert owned.part_of is not None and owned.part_of.startswith("of:")


def test_a_share_of_an_owners_fleet_is_the_owners_too():
    body = (
        "Dock workers in Ostera went on strike on Monday. The union said the strike has "
        "halted 30 of the 52 ships belonging to the state shipping line Ostline."
    )
    halted = identity(body, "30")
    assert halted.part_of == identity(body, "52 ships").part_of
