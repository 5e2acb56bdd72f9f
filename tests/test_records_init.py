"""The records' `__init__` that fills slots directly behaves as the dataclass's own."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from datetime import date

import pytest

from claimcheck.records import Article, Claim, DateMention, QuantityMention, set_through_slots


def _generated_twin(cls: type) -> type:
    """The same fields as a plain frozen, slotted dataclass with the generated `__init__`."""
    return dataclasses.make_dataclass(
        cls.__name__,
        [(one.name, one.type, one) for one in dataclasses.fields(cls)],
        frozen=True,
        slots=True,
    )


@pytest.mark.parametrize("cls", [Article, Claim, DateMention, QuantityMention])
def test_same_parameters_and_defaults(cls: type) -> None:
    ours = inspect.signature(cls).parameters
    theirs = inspect.signature(_generated_twin(cls)).parameters
    assert [(p.name, p.default, p.kind) for p in ours.values()] == [
        (p.name, p.default, p.kind) for p in theirs.values()
    ]


def test_fields_hold_what_was_given_and_stay_frozen() -> None:
    claim = Claim("a7", "quantity", "four tonnes", 10, 21, value=4.0, unit="tonne")
    assert (claim.article_id, claim.start, claim.value, claim.unit) == ("a7", 10, 4.0, "tonne")
    assert claim.qualifier == "exact" and claim.first_day is None and claim.relative is False
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.value = 5.0  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(claim)) == claim
    moved = dataclasses.replace(claim, first_day=date(2020, 1, 2))
    assert moved.first_day == date(2020, 1, 2) and moved.text == "four tonnes"


def test_missing_and_unknown_arguments_fail_as_before() -> None:
    with pytest.raises(TypeError, match="missing 2 required positional arguments"):
        QuantityMention(1, 2)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected keyword argument 'colour'"):
        QuantityMention(1, 2, "3", 3.0, colour="red")  # type: ignore[call-arg]


def test_refuses_a_class_whose_init_does_more() -> None:
    @dataclasses.dataclass(frozen=True, slots=True)
    class WithFactory:
        items: list[int] = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        count: int

    for cls in (WithFactory, NotFrozen):
        with pytest.raises(TypeError, match="not a plain frozen, slotted dataclass"):
            set_through_slots(cls)
