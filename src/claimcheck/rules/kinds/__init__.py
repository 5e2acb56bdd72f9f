"""The closed set of rule kinds: one module each, registered by the name rule files use."""

from __future__ import annotations

import importlib

from claimcheck.rules.schema import Rule

# Adding a kind is one module in this package plus one line here.
KIND_MODULES: tuple[str, ...] = (
    "claimcheck.rules.kinds.fact",
    "claimcheck.rules.kinds.range",
    "claimcheck.rules.kinds.event",
    "claimcheck.rules.kinds.person",
    "claimcheck.rules.kinds.unit_policy",
)

_KINDS: dict[str, type[Rule]] = {}


def register(kind_class: type[Rule]) -> type[Rule]:
    """Class decorator: make a Rule subclass available as `kind: <kind_name>`."""
    name = kind_class.kind_name
    if not name or (name in _KINDS and _KINDS[name] is not kind_class):
        raise ValueError(f"rule kind {name!r} is unnamed or registered twice")
    _KINDS[name] = kind_class
    return kind_class


def registered_kinds() -> dict[str, type[Rule]]:
    for module in KIND_MODULES:
        importlib.import_module(module)
    return dict(_KINDS)
