"""ruff-style rule selection by code or code prefix."""

from __future__ import annotations

from collections.abc import Callable, Sequence


def make_selector(select: Sequence[str], ignore: Sequence[str]) -> Callable[[str], bool] | None:
    """ruff-style selection: a code is kept when a --select prefix matches and no --ignore does."""
    if not select and not ignore:
        return None
    chosen = tuple(code.strip().upper() for code in select if code.strip())
    dropped = tuple(code.strip().upper() for code in ignore if code.strip())

    def selected(code: str) -> bool:
        code = code.upper()
        if chosen and not any(code.startswith(prefix) for prefix in chosen):
            return False
        return not any(code.startswith(prefix) for prefix in dropped)

    return selected
