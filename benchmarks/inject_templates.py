"""Slip templates for the injection benchmark (`benchmarks/inject.py`): helpers and the dev set.

A template writes one slip of one built-in kind in its own words, with values computed from
the host article (its publication date, its names) so that the slip is certain: a weekday
the date does not fall on, a conversion 7 % or 30 % off, a duration two or more units away
from its start, parts that add up to more than their whole ...

Templates mark what they write: ⟦…⟧ is the slip (a finding overlapping it counts as found;
where either of two mentions may be the wrong one, both are marked) and ⟨…⟩ is another,
right mention that a finding should not point at instead (the right spelling of a name).

Templates are split per kind into `dev` (here: tune the checks on these)
and `heldout` (`inject_heldout.py`: the measurement; do not read it while changing checks).
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

SLIP_OPEN, SLIP_CLOSE = "⟦", "⟧"
OTHER_OPEN, OTHER_CLOSE = "⟨", "⟩"

KINDS = ("CC101", "CC102", "CC103", "CC104", "CC105", "CC106", "CC107", "CC108")
# Kinds whose slips are only slips given the article's publication date.
DATED_KINDS = frozenset({"CC101", "CC103", "CC104"})

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_ABBREVIATIONS = ("Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun.")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
AP_MONTHS = (
    "Jan.", "Feb.", "March", "April", "May", "June",
    "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
)  # fmt: skip
_NUMBER_WORDS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
_ONES = _NUMBER_WORDS.split()
_TENS_WORDS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = _TENS_WORDS.split()
_ORDINAL_WORDS = (
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
_ORDINALS = _ORDINAL_WORDS.split()
DAYS_PER_UNIT = {"day": 1.0, "week": 7.0, "month": 30.4375, "year": 365.25}


def slip(text: object) -> str:
    return f"{SLIP_OPEN}{text}{SLIP_CLOSE}"


def other(text: object) -> str:
    return f"{OTHER_OPEN}{text}{OTHER_CLOSE}"


def strip_marks(marked: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The plain text and the spans of its slip and other-mention marks (offsets in it)."""
    plain: list[str] = []
    slips: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    opened: dict[str, int] = {}
    length = 0
    for char in marked:
        if char in (SLIP_OPEN, OTHER_OPEN):
            if char in opened:
                raise ValueError(f"nested mark in {marked!r}")
            opened[char] = length
        elif char == SLIP_CLOSE:
            slips.append((opened.pop(SLIP_OPEN), length))
        elif char == OTHER_CLOSE:
            others.append((opened.pop(OTHER_OPEN), length))
        else:
            plain.append(char)
            length += 1
    if opened:
        raise ValueError(f"unclosed mark in {marked!r}")
    return "".join(plain), slips, others


def number_words(number: int) -> str:
    if number < 20:
        return _ONES[number]
    tens, ones = divmod(number, 10)
    return _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")


def ordinal(number: int) -> str:
    if number < len(_ORDINALS):
        return _ORDINALS[number]
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


@dataclass
class Context:
    """What a template may use: a seeded generator, the publication date, the host's body
    and its style of dates (`reuters`: "March 3", `bbc`: "3 March", `own`: "March 3"/"Feb. 3")."""

    rng: random.Random
    published: date | None
    body: str
    style: str
    name_edit: str | None = None

    def us_date(self, day: date, year: bool = False) -> str:
        months = AP_MONTHS if self.style == "own" else MONTHS
        text = f"{months[day.month - 1]} {day.day}"
        return f"{text}, {day.year}" if year else text

    def uk_date(self, day: date, year: bool = False) -> str:
        text = f"{day.day} {MONTHS[day.month - 1]}"
        return f"{text} {day.year}" if year else text

    def date(self, day: date, year: bool = False) -> str:
        """A date the way the host writes dates."""
        return self.uk_date(day, year) if self.style == "bbc" else self.us_date(day, year)

    def day_near(self, earliest: int, latest: int) -> date:
        assert self.published is not None
        return self.published + timedelta(days=self.rng.randint(earliest, latest))

    def pick(self, options):
        return self.rng.choice(options)

    def edit(self) -> str:
        """The kind of typing slip to make in a name (CC107): the injector's choice, so
        that every kind is used as often, or a random one."""
        return self.name_edit or self.pick(EDITS)


@dataclass(frozen=True)
class Draft:
    """What a template wrote: marked texts to insert at natural places, in reading order (two
    texts go to two different places), or one marked replacement of body[start:end]."""

    texts: tuple[str, ...] = ()
    replace: tuple[int, int, str] | None = None
    facts: Mapping[str, object] = field(default_factory=dict)


Build = Callable[[Context], Draft | None]


@dataclass(frozen=True)
class Template:
    id: str
    kind: str
    split: str
    form: str
    build: Build
    # The article must be dated after this day (a rule-set event): hosts dated before it are
    # not used, undated hosts get a synthetic date after it.
    after: date | None = None

    @property
    def needs_published(self) -> bool:
        return self.kind in DATED_KINDS


TEMPLATES: dict[str, Template] = {}


def template(template_id: str, split: str, form: str, after: date | None = None):
    kind = template_id.split("-")[0]
    if kind not in KINDS or split not in ("dev", "heldout"):
        raise ValueError(f"bad template {template_id} / {split}")

    def register(build: Build) -> Build:
        if template_id in TEMPLATES:
            raise ValueError(f"template {template_id} defined twice")
        TEMPLATES[template_id] = Template(template_id, kind, split, form, build, after)
        return build

    return register


def all_templates() -> dict[str, Template]:
    import inject_heldout  # noqa: F401  (registers the held-out templates)

    return dict(sorted(TEMPLATES.items()))


# ---------------------------------------------------------------- value helpers (all kinds)


def wrong_weekday(ctx: Context, day: date, year_written: bool) -> int:
    """A weekday the date does not fall on; with no year written, not the weekday the same
    date has in a neighbouring year either (a reader could take it for that year)."""
    banned = {day.weekday()}
    if not year_written:
        for year in (day.year - 1, day.year + 1):
            try:
                banned.add(day.replace(year=year).weekday())
            except ValueError:
                continue
    return ctx.pick([weekday for weekday in range(7) if weekday not in banned])


def weekday_apart(ctx: Context, right: int) -> int:
    """A weekday at least two days away from the right one, either way round the week."""
    return ctx.pick([w for w in range(7) if min((w - right) % 7, (right - w) % 7) >= 2])


def elapsed(start: date, end: date, unit: str) -> float:
    return (end - start).days / DAYS_PER_UNIT[unit]


def far_count(ctx: Context, low: float, high: float, direction: str = "either") -> int | None:
    """A whole count of units certainly outside [low, high]: at least two units and 30 %
    away. `direction` "above" for "more than N" (N below the truth would be true)."""
    margin_above = max(2.0, 0.3 * high)
    margin_below = max(2.0, 0.3 * low)
    above = list(range(math.ceil(high + margin_above), math.ceil(high + margin_above) + 4))
    below_top = math.floor(low - margin_below)
    below = list(range(max(1, below_top - 3), below_top + 1)) if below_top >= 1 else []
    if direction == "above" or not below:
        choices = above
    elif direction == "below":
        choices = below
    else:
        choices = above + below
    return ctx.pick(choices) if choices else None


def is_rounding(stated: float, exact: float) -> bool:
    """True when `stated` is `exact` rounded to a step of its own last digits (1, 5, 10,
    50 ... or tenths): 35 for 33.1 (to fives) is rounding, 36 is not."""
    for exponent in range(-2, 5):
        for base in (1, 5):
            step = base * 10.0**exponent
            multiple = abs(stated / step - round(stated / step)) < 1e-9
            if multiple and abs(stated - exact) <= step / 2 + 1e-9:
                return True
    return False


def converted(ctx: Context, exact: float) -> tuple[float, str, float, str]:
    """A conversion 7 % or 30 % off, written to a precision that cannot excuse it (no
    rounding of the exact value to any step would give it): (stated value, its text, its
    share off, the slip size label)."""
    size = ctx.pick((0.07, 0.30))
    window = (0.055, 0.095) if size == 0.07 else (0.25, 0.35)
    first_sign = ctx.pick((1, -1))
    for sign in (first_sign, -first_sign):
        for decimals in (0, 1, 2):
            stated = round(exact * (1 + sign * size), decimals)
            share = abs(stated / exact - 1)
            if window[0] <= share <= window[1] and stated > 0 and not is_rounding(stated, exact):
                return stated, figure(stated, decimals), share, f"{round(size * 100)} %"
    raise AssertionError(f"no precision fits {exact}")


def figure(value: float, decimals: int = 0) -> str:
    """A figure as news copy writes it: "1,167", "6.8"."""
    return f"{value:,.{decimals}f}"


# ------------------------------------------------------------------ CC101 weekday vs date


def _cc101(ctx: Context, year: bool, write: Callable[[str, date], str], abbreviated=False):
    day = ctx.day_near(-40, 20)
    weekday = wrong_weekday(ctx, day, year_written=year)
    name = (WEEKDAY_ABBREVIATIONS if abbreviated else WEEKDAYS)[weekday]
    facts = {"date": day.isoformat(), "stated_weekday": weekday, "year_written": year}
    return Draft((write(name, day),), facts=facts)


@template("CC101-01", "dev", "on Weekday, Month D, YYYY")
def _(ctx):
    return _cc101(
        ctx,
        True,
        lambda wd, d: (
            f"Delegates are due to meet again on {slip(f'{wd}, {ctx.us_date(d, True)}')}, "
            "officials said."
        ),
    )


@template("CC101-02", "dev", "on Weekday Month D (no comma, no year)")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"The board will announce its decision on {slip(f'{wd} {ctx.us_date(d)}')} "
            "after the markets close."
        ),
    )


@template("CC101-03", "dev", "date, then the weekday in parentheses")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: f"Bids must be lodged by {slip(f'{ctx.date(d)} ({wd})')}, the agency said.",
    )


@template("CC101-04", "dev", "until Weekday D Month (British order)")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"The hearing was adjourned until {slip(f'{wd} {ctx.uk_date(d)}')} to allow "
            "both sides to study the new evidence."
        ),
    )


@template("CC101-05", "dev", "sentence opening with Weekday, D Month YYYY")
def _(ctx):
    return _cc101(
        ctx,
        True,
        lambda wd, d: (
            f"{slip(f'{wd}, {ctx.uk_date(d, True)}')} has been set as the closing date "
            "for applications."
        ),
    )


@template("CC101-06", "dev", "date in apposition with 'a Weekday'")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"The stoppage ended on {slip(f'{ctx.date(d)}, a {wd}')}, when both sides signed "
            "the agreement."
        ),
    )


@template("CC101-07", "dev", "Weekday, the Dth of Month")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            "The ministry expects the first shipment on "
            f"{slip(f'{wd}, the {ordinal(d.day)} of {MONTHS[d.month - 1]}')}."
        ),
    )


@template("CC101-08", "dev", "in a letter dated Weekday, Month D, YYYY")
def _(ctx):
    return _cc101(
        ctx,
        True,
        lambda wd, d: (
            f"In a letter dated {slip(f'{wd}, {ctx.us_date(d, True)}')}, the regulator asked "
            "for further details."
        ),
    )


# ------------------------------------------------------------ CC102 conversions


def _cc102(ctx, low, high, convert, write, decimals=0, step=1):
    """An original figure in [low, high], half the time a round one ("40 miles", "300 feet")
    and otherwise not ending in 0 or 5, with its conversion off by 7 % or 30 %."""
    round_figure = ctx.rng.random() < 0.5
    while True:
        value = round(ctx.rng.uniform(low, high) / step) * step
        if round_figure:
            unit = 1 if decimals else (10 if value >= 100 else 5)
            value = max(unit, round(value / unit) * unit)
            break
        if decimals or value % 5:
            break
    exact = convert(value)
    stated, stated_text, share, size = converted(ctx, exact)
    facts = {
        "original": value,
        "exact": round(exact, 4),
        "stated": stated,
        "share_off": round(share, 4),
        "variant": f"{size}, round figure" if round_figure else size,
    }
    shown = figure(value, 0 if round_figure else decimals)
    return Draft((write(shown, stated_text),), facts=facts)


MILE_KM = 1.609344
FOOT_M = 0.3048
POUND_KG = 0.45359237
ACRE_HA = 0.40468564224
SQUARE_MILE_KM2 = 2.589988110336
INCH_CM = 2.54
YARD_M = 0.9144


@template("CC102-01", "dev", "miles then km in parentheses")
def _(ctx):
    return _cc102(
        ctx,
        40,
        480,
        lambda x: x * MILE_KM,
        lambda x, y: (
            f"The pipeline will run {slip(f'{x} miles')} ({slip(f'{y} km')}) from the coast "
            "to the refinery."
        ),
    )


@template("CC102-02", "dev", "kilometres then miles")
def _(ctx):
    return _cc102(
        ctx,
        60,
        700,
        lambda x: x / MILE_KM,
        lambda x, y: (
            f"The crossing point lies {slip(f'{x} kilometres')} ({slip(f'{y} miles')}) "
            "north of the city."
        ),
    )


@template("CC102-03", "dev", "feet then metres")
def _(ctx):
    return _cc102(
        ctx,
        120,
        900,
        lambda x: x * FOOT_M,
        lambda x, y: (
            f"The dam wall rises {slip(f'{x} feet')} ({slip(f'{y} metres')}) above the "
            "valley floor."
        ),
    )


@template("CC102-04", "dev", "hyphenated modifier: X-metre (Y-foot)")
def _(ctx):
    return _cc102(
        ctx,
        40,
        300,
        lambda x: x / FOOT_M,
        lambda x, y: (
            f"Workers have finished a {slip(f'{x}-metre')} ({slip(f'{y}-foot')}) mast on the "
            "ridge above the town."
        ),
    )


@template("CC102-05", "dev", "pounds then kg")
def _(ctx):
    return _cc102(
        ctx,
        40,
        160,
        lambda x: x * POUND_KG,
        lambda x, y: f"Each sack of seed weighs {slip(f'{x} pounds')} ({slip(f'{y} kg')}).",
    )


@template("CC102-06", "dev", "hectares then acres")
def _(ctx):
    return _cc102(
        ctx,
        40,
        4000,
        lambda x: x / ACRE_HA,
        lambda x, y: (
            f"Floodwater covered {slip(f'{x} hectares')} ({slip(f'{y} acres')}) of farmland."
        ),
    )


@template("CC102-07", "dev", "degrees Fahrenheit then Celsius")
def _(ctx):
    return _cc102(
        ctx,
        86,
        112,
        lambda x: (x - 32) * 5 / 9,
        lambda x, y: (
            f"Temperatures on the plain reached {slip(f'{x} degrees Fahrenheit')} "
            f"({slip(f'{y} degrees Celsius')})."
        ),
    )


@template("CC102-08", "dev", "mph then km/h")
def _(ctx):
    return _cc102(
        ctx,
        40,
        140,
        lambda x: x * MILE_KM,
        lambda x, y: (
            f"Gusts of up to {slip(f'{x} mph')} ({slip(f'{y} km/h')}) brought down power lines "
            "along the coast."
        ),
    )


# ---------------------------------------------------- CC103 relative date beside a date


def _last_weekday_before(day: date, weekday: int) -> date:
    back = (day.weekday() - weekday) % 7 or 7
    return day - timedelta(days=back)


def _relative_weekday(ctx: Context, offset: int, write: Callable[[str], str], relative: str):
    assert ctx.published is not None
    right = (ctx.published + timedelta(days=offset)).weekday()
    stated = weekday_apart(ctx, right)
    facts = {"relative": relative, "right_weekday": right, "stated_weekday": stated}
    return Draft((write(WEEKDAYS[stated]),), facts=facts)


@template("CC103-01", "dev", "Yesterday (Weekday) opening the sentence")
def _(ctx):
    return _relative_weekday(
        ctx,
        -1,
        lambda wd: f"{slip('Yesterday')} ({slip(wd)}) the union rejected the revised offer.",
        "yesterday",
    )


@template("CC103-02", "dev", "on Weekday, yesterday,")
def _(ctx):
    return _relative_weekday(
        ctx,
        -1,
        lambda wd: (
            f"Officials confirmed on {slip(wd)}, {slip('yesterday')}, that the plant would "
            "stay shut."
        ),
        "yesterday",
    )


@template("CC103-03", "dev", "last Weekday, Month D, (a date on that weekday, weeks off)")
def _(ctx):
    assert ctx.published is not None
    weekday = ctx.rng.randrange(7)
    right = _last_weekday_before(ctx.published, weekday)
    weeks = ctx.rng.randint(2, 4)
    stated = right - timedelta(weeks=weeks)
    if stated.year != right.year:
        stated = right + timedelta(weeks=weeks)
    name = WEEKDAYS[weekday]
    facts = {"right": right.isoformat(), "stated": stated.isoformat()}
    text = (
        f"The cargo left port {slip(f'last {name}')}, {slip(ctx.date(stated))}, and is due "
        "to arrive within a fortnight."
    )
    return Draft((text,), facts=facts)


@template("CC103-04", "dev", "yesterday, Month D, (date days off)")
def _(ctx):
    assert ctx.published is not None
    right = ctx.published - timedelta(days=1)
    stated = right - timedelta(days=ctx.rng.randint(3, 12))
    facts = {"right": right.isoformat(), "stated": stated.isoformat()}
    text = (
        f"Trading in the shares was suspended {slip('yesterday')}, {slip(ctx.date(stated))}, "
        "pending an announcement."
    )
    return Draft((text,), facts=facts)


@template("CC103-05", "dev", "today (Weekday) mid-sentence")
def _(ctx):
    return _relative_weekday(
        ctx,
        0,
        lambda wd: (
            f"The minister arrives {slip('today')} ({slip(wd)}) for two days of talks on "
            "fishing quotas."
        ),
        "today",
    )


@template("CC103-06", "dev", "last week, on Month D,")
def _(ctx):
    assert ctx.published is not None
    monday = ctx.published - timedelta(days=ctx.published.weekday() + 7)
    stated = monday - timedelta(days=ctx.rng.randint(16, 30))
    facts = {"week_start": monday.isoformat(), "stated": stated.isoformat()}
    text = (
        f"Police searched the company's offices {slip('last week')}, on "
        f"{slip(ctx.date(stated))}, and took away computers."
    )
    return Draft((text,), facts=facts)


@template("CC103-07", "dev", "last month, in Month,")
def _(ctx):
    assert ctx.published is not None
    right = (ctx.published.month - 2) % 12 + 1
    stated = (right - 1 - ctx.rng.randint(2, 4)) % 12 + 1
    facts = {"right_month": right, "stated_month": stated}
    text = (
        f"Exports fell sharply {slip('last month')}, in {slip(MONTHS[stated - 1])}, as buyers "
        "held back orders."
    )
    return Draft((text,), facts=facts)


@template("CC103-08", "dev", "two days ago, on Weekday,")
def _(ctx):
    return _relative_weekday(
        ctx,
        -2,
        lambda wd: (
            f"The ferry ran aground {slip('two days ago')}, on {slip(wd)}, and has not yet "
            "been refloated."
        ),
        "two days ago",
    )


# -------------------------------------------------------- CC104 duration against a start


def _start_before(ctx: Context, low_days: int, high_days: int) -> date:
    assert ctx.published is not None
    return ctx.published - timedelta(days=ctx.rng.randint(low_days, high_days))


def _month_start(ctx: Context, low_months: int, high_months: int) -> tuple[date, date]:
    """The first and last day of a month `low`..`high` whole months before publication."""
    assert ctx.published is not None
    back = ctx.rng.randint(low_months, high_months)
    index = ctx.published.year * 12 + ctx.published.month - 1 - back
    first = date(index // 12, index % 12 + 1, 1)
    following = date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, following - timedelta(days=1)


def _duration_facts(start_first: date, start_last: date, published: date, unit: str, stated):
    return {
        "start": [start_first.isoformat(), start_last.isoformat()],
        "unit": unit,
        "elapsed": [
            round(elapsed(start_last, published, unit), 2),
            round(elapsed(start_first, published, unit), 2),
        ],
        "stated": stated,
    }


def event_template(
    ctx: Context,
    start: date,
    event: str,
    unit: str,
    write: Callable[[int], str],
    direction: str = "either",
    running: bool = False,
) -> Draft | None:
    """A duration counted from a rule-set event's start to publication, stated certainly
    wrong in the text `write(stated)` makes; `running` for a running period ("its Nth
    month")."""
    assert ctx.published is not None
    true = elapsed(start, ctx.published, unit)
    if running:
        true = int(true) + 1
    stated = far_count(ctx, true, true, direction)
    if stated is None:
        return None
    facts = _duration_facts(start, start, ctx.published, unit, stated)
    return Draft((write(stated),), facts={**facts, "event": event})


def _ordinal_far(ctx: Context, start_first: date, start_last: date, unit: str) -> int | None:
    """An ordinal period ("its Nth week") certainly wrong for a start in [first, last]."""
    assert ctx.published is not None
    low = int(elapsed(start_last, ctx.published, unit)) + 1
    high = int(elapsed(start_first, ctx.published, unit)) + 1
    return far_count(ctx, low, high)


@template("CC104-01", "dev", "which began on Month D, is now in its Nth week")
def _(ctx):
    start = _start_before(ctx, 15, 80)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The strike, which began on {slip(ctx.date(start))}, is now in its "
            f"{slip(f'{ordinal(stated)} week')}."
        ),
        ordinal=True,
    )


@template("CC104-02", "dev", "Since Month, ... for nearly N months")
def _(ctx):
    first, last = _month_start(ctx, 3, 10)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"Since {slip(MONTHS[first.month - 1])}, the refinery has stood idle for "
            f"{slip(f'nearly {number_words(stated)} months')}."
        ),
    )


@template("CC104-03", "dev", "Just over N months after ... began on Month D,")
def _(ctx):
    start = _start_before(ctx, 90, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"{slip(f'Just over {number_words(stated)} months')} after the blockade began on "
            f"{slip(ctx.date(start))}, the first grain ship has docked."
        ),
    )


@template("CC104-04", "dev", "It has been more than N weeks since ... took effect on Month D")
def _(ctx):
    start = _start_before(ctx, 20, 120)
    weeks = elapsed(start, ctx.published, "week")
    stated = far_count(ctx, weeks, weeks, direction="above")
    text = (
        f"It has been {slip(f'more than {stated} weeks')} since the import ban took effect on "
        f"{slip(ctx.date(start))}."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "week", stated))


@template("CC104-05", "dev", "N days into the walkout, which started on Month D,")
def _(ctx):
    start = _start_before(ctx, 12, 90)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"{slip(f'{stated} days')} into the walkout, which started on {slip(ctx.date(start))}, "
            "neither side has moved."
        ),
    )


INVASION = date(2022, 2, 24)
LUKASHENKO_IN_OFFICE = date(1994, 7, 20)


@template("CC104-06", "dev", "Just over N months after <rule-set event>", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"{slip(f'Just over {number_words(stated)} months')} after Russia's full-scale "
            "invasion of Ukraine, the border crossings are still closed to trucks."
        ),
    )


@template(
    "CC104-07", "dev", "<person>, who has ruled ... for nearly N years", after=date(1995, 7, 20)
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            "Lukashenko, who has ruled Belarus for "
            f"{slip(f'nearly {number_words(stated)} years')}, did not comment on the report."
        ),
    )


@template("CC104-08", "dev", "launched in Month YYYY, is now N months old")
def _(ctx):
    first, last = _month_start(ctx, 4, 14)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The scheme, launched in {slip(f'{MONTHS[first.month - 1]} {first.year}')}, is now "
            f"{slip(f'{stated} months old')}."
        ),
    )


# ---------------------------------------------------------- CC105 share over the whole


def share_over_hundred(ctx: Context) -> str:
    value = ctx.rng.randint(103, 168)
    return f"{value}.5" if ctx.rng.random() < 0.2 else str(value)


def _cc105(ctx, write):
    share = share_over_hundred(ctx)
    return Draft((write(share),), facts={"share": float(share)})


@template("CC105-01", "dev", "P percent of the <owner>'s <group>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: (
            f"Organisers said {slip(f'{p} percent')} of the island's households had signed "
            "the petition."
        ),
    )


@template("CC105-02", "dev", "sentence opening with P% of registered <group>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: (
            f"{slip(f'{p}%')} of registered voters cast a ballot, the electoral commission said."
        ),
    )


@template("CC105-03", "dev", "a P percent stake in")
def _(ctx):
    return _cc105(
        ctx, lambda p: f"The company has bought a {slip(f'{p} percent')} stake in the refinery."
    )


@template("CC105-04", "dev", "Some P per cent of the workforce")
def _(ctx):
    return _cc105(
        ctx, lambda p: f"Some {slip(f'{p} per cent')} of the workforce walked out at noon."
    )


@template("CC105-05", "dev", "holds P percent of the seats")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: f"The coalition now holds {slip(f'{p} percent')} of the seats in parliament.",
    )


@template("CC105-06", "dev", "Nearly P percent of the town's <group not in a list>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: (
            f"Nearly {slip(f'{p} percent')} of the town's fishermen have taken early "
            "retirement, the harbour board said."
        ),
    )


@template("CC105-07", "dev", "P pct of respondents (survey)")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: f"The survey found that {slip(f'{p} pct')} of respondents backed the plan.",
    )


@template("CC105-08", "dev", "<group> make up P per cent of the <whole>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: (
            f"Women make up {slip(f'{p} per cent')} of the nursing staff at the county hospital."
        ),
    )


# -------------------------------------------------------- CC106 one group, two sizes


def two_sizes(ctx: Context, low: int = 5, high: int = 40) -> tuple[int, int]:
    """Two sizes of one group that cannot both hold: at least 2 and 15 % apart."""
    first = ctx.rng.randint(low, high)
    gap = max(2, math.ceil(0.15 * first)) + ctx.rng.randint(0, 3)
    second = first + gap if ctx.rng.random() < 0.5 or first - gap < 3 else first - gap
    return first, second


def _cc106(first_text: str, second_text: str, sizes: tuple[int, int], noun: str) -> Draft:
    """Both mentions in two texts, or in the first alone when the second is empty."""
    texts = (first_text, second_text) if second_text else (first_text,)
    return Draft(texts, facts={"sizes": list(sizes), "noun": noun})


@template("CC106-01", "dev", "the N-member <group> ... all M members of the <group>")
def _(ctx):
    a, b = two_sizes(ctx)
    team = ctx.pick(("survey team", "inspection team", "relief team"))
    return _cc106(
        f"The {slip(a)}-member {team} reached the site on foot.",
        f"All {slip(b)} members of the {team} were later flown out by helicopter.",
        (a, b),
        team,
    )


@template("CC106-02", "dev", "apposition: the <owner>'s <group>, N in all, ... the M <group>")
def _(ctx):
    a, b = two_sizes(ctx)
    noun = ctx.pick(("climbers", "porters", "scientists", "students"))
    return _cc106(
        f"The expedition's {noun}, {slip(a)} in all, set off before dawn.",
        f"Supplies for the {slip(b)} {noun} on the expedition were dropped by air.",
        (a, b),
        noun,
    )


@template("CC106-03", "dev", "possessive: the <owner>'s N <group> ... the <owner>'s M <group>")
def _(ctx):
    a, b = two_sizes(ctx, 4, 20)
    noun = ctx.pick(("fishermen", "deckhands", "crewmen"))
    return _cc106(
        f"The trawler's {slip(a)} {noun} were winched to safety by a coastguard helicopter.",
        f"Relatives of the trawler's {slip(b)} {noun} had waited at the harbour all night.",
        (a, b),
        noun,
    )


@template("CC106-04", "dev", "A team of N <group> ... All M <group>")
def _(ctx):
    a, b = two_sizes(ctx, 4, 25)
    noun = ctx.pick(("inspectors", "auditors", "engineers", "surveyors"))
    return _cc106(
        f"A team of {slip(a)} {noun} arrived at the plant to examine the damaged reactor.",
        f"All {slip(b)} {noun} are due to report to the regulator by the end of the month.",
        (a, b),
        noun,
    )


@template("CC106-05", "dev", "A N-strong <group> of <members> ... the M <members> in the <group>")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    noun = ctx.pick(("farmers", "mayors", "envoys", "traders"))
    return _cc106(
        f"A {slip(a)}-strong delegation of {noun} will travel to the capital for the talks.",
        f"The {slip(b)} {noun} in the delegation will stay for three days.",
        (a, b),
        noun,
    )


@template("CC106-06", "dev", "<group>, which has N <members>, ... the <group>'s M <members>")
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    place, noun = ctx.pick((("monastery", "monks"), ("convent", "nuns"), ("hostel", "residents")))
    return _cc106(
        f"The {place}, which has {slip(a)} {noun}, stands on a hill above the village.",
        f"The {place}'s {slip(b)} {noun} grow most of their own food.",
        (a, b),
        noun,
    )


@template("CC106-07", "dev", "N <members> make up the <group> ... the M-<member> <group>")
def _(ctx):
    a, b = two_sizes(ctx, 3, 12)
    body, member = ctx.pick((("tribunal", "judge"), ("panel", "referee"), ("commission", "expert")))
    return _cc106(
        f"{slip(capitalized(number_words(a)))} {member}s make up the {body} hearing the case.",
        f"The {slip(b)}-{member} {body} is expected to rule before the summer.",
        (a, b),
        body,
    )


@template("CC106-08", "dev", "All <words> <group> aboard ... The <owner>'s M <group>")
def _(ctx):
    a, b = two_sizes(ctx, 3, 19)
    if b > 19:
        b = a - max(2, math.ceil(0.15 * a))
    noun = ctx.pick(("sailors", "passengers", "divers"))
    return _cc106(
        f"All {slip(number_words(a))} {noun} aboard the yacht were rescued.",
        f"The yacht's {slip(b)} {noun} were taken to hospital in the port for checks.",
        (a, b),
        noun,
    )


# ------------------------------------------------------------ CC107 a name spelled two ways

EDITS = (
    "first letter",
    "middle letter",
    "last letter",
    "dropped letter",
    "doubled letter",
    "swapped pair",
)
_VOWELS = "aeiou"
_LOOK_ALIKE = {
    "c": "k", "k": "c", "s": "z", "z": "s", "b": "p", "p": "b", "d": "t", "t": "d", "g": "k",
    "m": "n", "n": "m", "v": "w", "w": "v", "f": "v", "r": "l", "l": "r", "j": "y", "y": "j",
    "h": "k", "q": "k", "x": "s",
}  # fmt: skip


def _swap_letter(letter: str, rng: random.Random) -> str:
    lower = letter.lower()
    if lower in _VOWELS:
        replacement = rng.choice([v for v in _VOWELS if v != lower])
    else:
        replacement = _LOOK_ALIKE.get(lower, "t" if lower != "t" else "d")
    return replacement.upper() if letter.isupper() else replacement


def misspell(name: str, edit: str, rng: random.Random) -> str | None:
    """The name with one typing slip of the given kind, or None when the name allows none."""
    inner = range(1, len(name) - 1)
    if len(name) < 4:
        return None
    if edit == "first letter":
        return _swap_letter(name[0], rng) + name[1:]
    if edit == "last letter":
        return name[:-1] + _swap_letter(name[-1], rng)
    if edit == "middle letter":
        index = rng.choice(list(inner))
        return name[:index] + _swap_letter(name[index], rng) + name[index + 1 :]
    if edit == "dropped letter":
        index = rng.choice(list(inner))
        return name[:index] + name[index + 1 :]
    if edit == "doubled letter":
        choices = [
            i
            for i in inner
            if name[i].lower() not in _VOWELS
            and name[i] != name[i - 1]
            and name[i] != name[i + 1]
            and name[i].isalpha()
        ]
        if not choices:
            return None
        index = rng.choice(choices)
        return name[: index + 1] + name[index] + name[index + 1 :]
    if edit == "swapped pair":
        choices = [i for i in range(1, len(name) - 2) if name[i] != name[i + 1]]
        if not choices:
            return None
        index = rng.choice(choices)
        return name[:index] + name[index + 1] + name[index] + name[index + 2 :]
    raise ValueError(edit)


FIRST_NAMES = (
    "Halvard", "Odile", "Teodor", "Marisol", "Berend", "Ysolde", "Casimir", "Lorcan",
    "Henrike", "Anselm", "Brygida", "Tancredi", "Oriane", "Lisandro", "Wilhelmina", "Dorota",
)  # fmt: skip
SURNAMES = (
    "Brennick", "Vasquel", "Oyelaran", "Thorvaldsen", "Marchetti", "Kettleborough",
    "Szczepanik", "Halloran", "Duvenage", "Ferreira", "Quennell", "Abernathy", "Lindqvist",
    "Castellano", "Okafor", "Pennington", "Varga", "Ndlovane", "Rautenbach", "Delacourt",
    "Hennessy", "Zubrowski", "Galbraith", "Ostrander",
)  # fmt: skip
COMPANIES = ("Trelawny", "Hollinshead", "Marwick", "Castlereagh", "Pendragon", "Ashbourne")
PLACES = ("Ardnacrusha", "Kilbrannan", "Glenmorven", "Porthallow", "Strathcarron", "Inverallan")


def name_variant(ctx: Context, name: str, edit: str) -> str | None:
    """A misspelling of `name` that is not a word of the host already."""
    for _ in range(8):
        variant = misspell(name, edit, ctx.rng)
        if variant and variant != name and variant not in ctx.body:
            return variant
    return None


def misspelled_name(
    ctx: Context, names: tuple[str, ...], write: Callable[[str, str], tuple[str, ...]]
) -> Draft | None:
    """A firm's or place's name not in the host, written right and then misspelled by
    `write(right, wrong)`."""
    right = ctx.pick([name for name in names if name not in ctx.body])
    edit = ctx.edit()
    wrong = name_variant(ctx, right, edit)
    if wrong is None:
        return None
    return Draft(write(right, wrong), facts={"right": right, "wrong": wrong, "variant": edit})


def name_pair(ctx: Context, edit: str, surname_edit: bool = True):
    """(first name, surname, misspelled word) for a person not in the host; the name to
    misspell is one that admits the edit (not every name has a letter to double)."""
    first = ctx.pick([n for n in FIRST_NAMES if n not in ctx.body])
    lasts = [n for n in SURNAMES if n not in ctx.body]
    ctx.rng.shuffle(lasts)
    if not surname_edit:
        return first, lasts[0], name_variant(ctx, first, edit)
    for last in lasts:
        variant = name_variant(ctx, last, edit)
        if variant is not None:
            return first, last, variant
    return first, lasts[0], None


def _cc107(ctx, edit, write, surname_edit=True):
    first, last, variant = name_pair(ctx, edit, surname_edit)
    if variant is None:
        return None
    right = last if surname_edit else first
    texts = write(first, last, variant)
    return Draft(texts, facts={"right": right, "variant": edit, "wrong": variant})


# Words that open sentences or name months, days, titles and institutions: capitalized in
# news copy but not a person's or firm's name to misspell.
_NOT_NAME_WORDS = """
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Reuter Reuters The This That
    These Those There Their They However Although Because While After Before Under Since
    During Other About Among Between Where Which Would Could Should Shares Sales Analysts
    Officials Government Parliament Minister Ministry President Treasury Congress Senate Bank
    Banks Company Corporation Group Department Commission Council Party Union Committee
    Chancellor Prime Secretary Labour Conservative Liberal Democrat Democrats Republican
    Republicans American British European Japanese German French Chinese Federal National
    International Central Board Court Exchange Street House Office Agency Market Markets Trade
    Trading Industry Industries Association Institute University College Chairman Director
    Executive Ministers Spokesman Spokeswoman First Second Third Fourth Fifth North South East
    West Northern Southern Eastern Western Europe America Africa Asia World Games League
    Premier Championship Club United City Town County State States Kingdom Republic Royal Corp
    Limited Holdings Christmas Easter Weekly Daily News Press Times Radio Television Film Films
    Music Awards Oscar Oscars Internet Project Healthcare Credit Holiday Queen King Prince
    Princess Lord Sir General Chief Manager Dutch Soviet Soviets Arab Arabs Swiss Greek Thai
    Irish Scottish Welsh English Spanish Turkish Polish Danish Swedish Finnish Israeli Iraqi
    Iranian Kuwaiti Saudi Indian African Asian Australian Canadian Brazilian Mexican Italian
    Russian Korean
"""
_NOT_NAMES = frozenset(_NOT_NAME_WORDS.split())


def article_names(body: str, minimum: int) -> list[tuple[str, list[int]]]:
    """Capitalized words the host uses at least `minimum` times, always capitalized, at least
    once mid-sentence, that are not a month, a weekday, a title or an institution."""
    import re

    occurrences: dict[str, list[int]] = {}
    for match in re.finditer(r"(?<![\w'’-])[A-Z][a-z]{4,}(?![\w-])", body):
        occurrences.setdefault(match.group(), []).append(match.start())
    names = []
    for word, starts in occurrences.items():
        # Peoples and languages ("Portuguese", "Brazilians") are not names to misspell.
        if len(starts) < minimum or word in _NOT_NAMES or word.endswith(("ese", "ians", "eans")):
            continue
        if re.search(rf"\b{word.lower()}\b", body):
            continue
        mid = [s for s in starts if re.search(r"[a-z,]\s+$", body[max(0, s - 3) : s])]
        if mid:
            names.append((word, starts))
    return names


def _misspell_in_article(ctx: Context, edit: str, minimum: int, which: str) -> Draft | None:
    names = article_names(ctx.body, minimum)
    if not names:
        return None
    ctx.rng.shuffle(names)
    chosen = next(
        (
            (word, starts, variant)
            for word, starts in names
            if (variant := name_variant(ctx, word, edit)) is not None
        ),
        None,
    )
    if chosen is None:
        return None
    word, starts, variant = chosen
    later = starts[1:]
    target = later[-1] if which == "last" else ctx.pick(later[:-1] or later)
    facts = {"right": word, "wrong": variant, "variant": edit, "count": len(starts)}
    return Draft(replace=(target, target + len(word), slip(variant)), facts=facts)


@template("CC107-01", "dev", "a name the article uses twice or more, a later use misspelled")
def _(ctx):
    return _misspell_in_article(ctx, ctx.edit(), 2, "last")


@template("CC107-02", "dev", "Full Name, a spokesman, ... / Surname said later")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)}, a spokesman for the port authority, declined to "
            "comment on the delay.",
            f"{slip(wrong)} said later that the authority would publish a statement.",
        ),
    )


@template("CC107-03", "dev", "According to Full Name / quote, then Surname told reporters")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"According to {first} {other(last)}, the new rules will take effect within weeks.",
            f'"We expect some confusion at first," {slip(wrong)} told reporters.',
        ),
    )


@template("CC107-04", "dev", "possessive: Surname's office")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} has led the agency since its creation.",
            f"{slip(wrong)}'s office said the figures would be revised.",
        ),
    )


@template("CC107-05", "dev", "title: Dr Surname")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The inquiry is chaired by {first} {other(last)}, a retired surgeon.",
            f"Dr {slip(wrong)} is expected to report in the spring.",
        ),
    )


@template("CC107-06", "dev", "full name repeated, the surname misspelled the second time")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The pension fund is managed by {first} {other(last)}.",
            f"Its manager, {first} {slip(wrong)}, said returns had been modest.",
        ),
    )


@template("CC107-07", "dev", "hyphenated compound: the Surname-led alliance")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} leads the Green Alliance in the regional assembly.",
            f"The {slip(wrong)}-led alliance holds a narrow majority.",
        ),
    )


@template("CC107-08", "dev", "in a list of names: X, Y and Surname")
def _(ctx):
    def write(first, last, variant):
        others = [n for n in SURNAMES if n not in (last,) and n not in ctx.body]
        one, two = ctx.rng.sample(others, 2)
        return (
            f"The panel included {first} {other(last)}, a hydrologist.",
            f"The report was signed by {one}, {two} and {slip(variant)}.",
        )

    return _cc107(ctx, ctx.edit(), write)


# ------------------------------------------------------ CC108 parts more than the whole


def parts_over(ctx: Context, low: int = 18, high: int = 600) -> tuple[int, int, int]:
    """(whole, part, part): both parts below the whole, their sum above it by at least 3
    and 8 %."""
    while True:
        whole = ctx.rng.randint(low, high)
        excess = max(3, math.ceil(whole * ctx.rng.uniform(0.08, 0.3)))
        total = whole + excess
        first = round(total * ctx.rng.uniform(0.35, 0.65))
        second = total - first
        if 0 < first < whole and 0 < second < whole:
            return whole, first, second


def _cc108(text: str | tuple[str, ...], whole: int, parts: list[int]) -> Draft:
    texts = (text,) if isinstance(text, str) else text
    return Draft(texts, facts={"whole": whole, "parts": parts})


@template("CC108-01", "dev", "Of the W <nouns>, A were X and B were Y.")
def _(ctx):
    w, a, b = parts_over(ctx)
    noun, x, y = ctx.pick(
        (
            ("applicants", "accepted", "turned down"),
            ("passengers", "adults", "children"),
            ("patients", "discharged", "still in hospital"),
        )
    )
    return _cc108(f"Of the {slip(w)} {noun}, {slip(a)} were {x} and {slip(b)} were {y}.", w, [a, b])


@template("CC108-02", "dev", "The W <nouns> comprised A X and B Y.")
def _(ctx):
    w, a, b = parts_over(ctx)
    noun, x, y = ctx.pick(
        (("volunteers", "students", "pensioners"), ("crew", "officers", "deckhands"))
    )
    return _cc108(f"The {slip(w)} {noun} comprised {slip(a)} {x} and {slip(b)} {y}.", w, [a, b])


@template("CC108-03", "dev", "two sentences: W <nouns>. A of them ... the other B ...")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"The clinic treated {slip(w)} patients during the heatwave. {slip(a)} of them were "
        f"treated for burns and the other {slip(b)} for heat exhaustion.",
        w,
        [a, b],
    )


@template("CC108-04", "dev", "A total of W ballots were cast, with A in favour and B against")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"A total of {slip(w)} ballots were cast, with {slip(a)} in favour and {slip(b)} against.",
        w,
        [a, b],
    )


@template("CC108-05", "dev", "W people were on board - A adults and B children (dash list)")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The ferry had {slip(w)} people on board – {slip(a)} adults and {slip(b)} children.",
        w,
        [a, b],
    )


@template("CC108-06", "dev", "one part alone larger: A of the W members voted for")
def _(ctx):
    whole = ctx.rng.randint(20, 400)
    part = whole + max(3, math.ceil(whole * ctx.rng.uniform(0.1, 0.4)))
    return _cc108(
        f"{slip(part)} of the {slip(whole)} members voted for the motion, the chairman said.",
        whole,
        [part],
    )


@template("CC108-07", "dev", "The W-strong workforce is split between A at ... and B at ...")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"The {slip(w)}-strong workforce is split between {slip(a)} at the mill and {slip(b)} "
        "at the depot.",
        w,
        [a, b],
    )


@template("CC108-08", "dev", "parts first: A men and B women make up the W-member assembly")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 200)
    return _cc108(
        f"{slip(a)} men and {slip(b)} women make up the {slip(w)}-member assembly.", w, [a, b]
    )


# ------------------------------------------- second dev set: forms the first eight lack
# Written to widen the checks to their phenomena: each kind gets eight more dev templates in
# grammatical forms the first eight do not use (ids from 21, apart from the held-out ids).


@template("CC104-21", "dev", "compound modifier: the N-month-old dispute, which began on Month D")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The {slip(f'{stated}-month-old')} dispute, which began on {slip(ctx.date(start))}, "
            "has closed three schools."
        ),
    )


@template("CC104-22", "dev", "In the N weeks since <event> on Month D,")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"In the {slip(f'{number_words(stated)} weeks')} since the dam burst on "
            f"{slip(ctx.date(start))}, engineers have rebuilt two bridges."
        ),
    )


@template("CC104-23", "dev", "start in one sentence, 'It has lasted N days' in the next")
def _(ctx):
    start = _start_before(ctx, 12, 70)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The siege of the town began on {slip(ctx.date(start))}. It has lasted "
            f"{slip(f'{stated} days')} so far, and food is running short."
        ),
    )


@template("CC104-24", "dev", "shut for the past N weeks, since a fire on Month D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The port has been shut for the past {slip(f'{stated} weeks')}, since a fire on "
            f"{slip(ctx.date(start))}."
        ),
    )


@template("CC104-25", "dev", "N years on from the crash of Month YYYY,")
def _(ctx):
    start = _start_before(ctx, 3 * 365, 12 * 365)
    first = start.replace(day=1)
    following = date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"{slip(capitalized(number_words(stated)) + ' years')} on from the crash of "
            f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}, the families are still waiting "
            "for answers."
        ),
    )


@template("CC104-26", "dev", "which started in Month, is now in its Nth month")
def _(ctx):
    first, last = _month_start(ctx, 3, 9)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The doctors' strike, which started in {slip(MONTHS[first.month - 1])}, is now in "
            f"its {slip(f'{ordinal(stated)} month')}."
        ),
        ordinal=True,
    )


@template("CC104-27", "dev", "a N-week-long closure, begun on Month D, ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Traders blame the {slip(f'{number_words(stated)}-week-long')} closure of the bridge, "
            f"begun on {slip(ctx.date(start))}, for the fall in trade."
        ),
    )


@template("CC104-28", "dev", "who took office in Month YYYY, is stepping down after almost N years")
def _(ctx):
    first, last = _month_start(ctx, 30, 140)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The mayor, who took office in {slip(f'{MONTHS[first.month - 1]} {first.year}')}, "
            f"is stepping down after {slip(f'almost {number_words(stated)} years')} in the job."
        ),
    )


@template("CC106-21", "dev", "X numbering N ... the M X of the <group>")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    noun = ctx.pick(("boats", "trawlers", "barges"))
    return _cc106(
        f"A flotilla of {noun}, numbering {slip(a)}, blocked the harbour mouth at dawn.",
        f"The {slip(b)} {noun} of the flotilla withdrew after the talks.",
        (a, b),
        noun,
    )


@template("CC106-22", "dev", "relative clause: the <group>, whose N members ..., ... all M")
def _(ctx):
    a, b = two_sizes(ctx, 7, 40)
    body = ctx.pick(("council", "senate", "synod"))
    return _cc106(
        f"The {body}, whose {slip(a)} members meet once a month, rejected the budget.",
        f"Every one of the {slip(b)} {body} members received a copy of the audit.",
        (a, b),
        body,
    )


@template("CC106-23", "dev", "a staff of N ... the <owner>'s M staff")
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    place = ctx.pick(("embassy", "consulate", "mission"))
    return _cc106(
        f"The {place} has a staff of {slip(a)}, most of them hired locally.",
        f"The {place}'s {slip(b)} staff were moved to a hotel after the blast.",
        (a, b),
        place,
    )


@template("CC106-24", "dev", "all N of its X ... the <group>'s M X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 60)
    group, noun = ctx.pick(
        (("orchestra", "musicians"), ("choir", "singers"), ("troupe", "dancers"))
    )
    return _cc106(
        f"The {group} brought all {slip(a)} of its {noun} to the festival.",
        f"The {group}'s {slip(b)} {noun} played to a full house on the opening night.",
        (a, b),
        noun,
    )


@template("CC106-25", "dev", "dash apposition: the <group> – N X in all – ... the M-man <group>")
def _(ctx):
    a, b = two_sizes(ctx, 14, 30)
    group = ctx.pick(("squad", "team"))
    return _cc106(
        f"The {group} – {slip(a)} players in all – flew home overnight.",
        f"The {slip(b)}-man {group} will meet again in March.",
        (a, b),
        group,
    )


@template("CC106-26", "dev", "There are N X on the <group> ... the <group>'s M X")
def _(ctx):
    a, b = two_sizes(ctx, 5, 15)
    group, noun = ctx.pick((("court", "judges"), ("bench", "magistrates"), ("board", "trustees")))
    return _cc106(
        f"There are {slip(a)} {noun} on the {group}, two of them appointed last year.",
        f"A majority of the {group}'s {slip(b)} {noun} is needed to overturn the ruling.",
        (a, b),
        noun,
    )


@template("CC106-27", "dev", "Each of the N X ... the M X in the <event>")
def _(ctx):
    a, b = two_sizes(ctx, 6, 24)
    noun = ctx.pick(("finalists", "contestants", "nominees"))
    return _cc106(
        f"Each of the {slip(a)} {noun} will receive a bronze medal.",
        f"The {slip(b)} {noun} are due to be announced on the radio.",
        (a, b),
        noun,
    )


@template("CC106-28", "dev", "the group of N X ... The X, M of them, ...")
def _(ctx):
    a, b = two_sizes(ctx, 5, 25)
    noun = ctx.pick(("hikers", "climbers", "walkers"))
    return _cc106(
        f"Rescuers reached the group of {slip(a)} {noun} shortly after first light.",
        f"The {noun}, {slip(b)} of them, had spent two nights on the ridge.",
        (a, b),
        noun,
    )


@template("CC107-21", "dev", "Ms Surname, the misspelling after a title of address")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} runs the food bank from a church hall.",
            f"Ms {slip(wrong)} said demand had doubled since the winter.",
        ),
    )


@template("CC107-22", "dev", "inverted attribution: ..., said Surname, who ...")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The ferry operator is run by {first} {other(last)}.",
            f'"The timetable will not change," said {slip(wrong)}, who took over in the spring.',
        ),
    )


def _company_variant(ctx: Context, edit: str):
    names = [n for n in COMPANIES + PLACES if n not in ctx.body]
    ctx.rng.shuffle(names)
    for name in names:
        variant = name_variant(ctx, name, edit)
        if variant is not None:
            return name, variant
    return None


@template("CC107-23", "dev", "a firm: <Firm> Holdings ... shares in <Firm>")
def _(ctx):
    chosen = _company_variant(ctx, ctx.edit())
    if chosen is None:
        return None
    right, wrong = chosen
    texts = (
        f"{other(right)} Holdings said its profits fell by a third last year.",
        f"Shares in {slip(wrong)} rose in early trading after the figures were published.",
    )
    return Draft(texts, facts={"right": right, "variant": "firm", "wrong": wrong})


@template("CC107-24", "dev", "a place: floods in <Place> ... residents of <Place>")
def _(ctx):
    chosen = _company_variant(ctx, ctx.edit())
    if chosen is None:
        return None
    right, wrong = chosen
    texts = (
        f"The river burst its banks at {other(right)} after a week of rain.",
        f"Residents of {slip(wrong)} were told to boil their water.",
    )
    return Draft(texts, facts={"right": right, "variant": "place", "wrong": wrong})


@template("CC107-25", "dev", "the misspelling first, the right spelling twice after it")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The appeal was lodged by {first} {slip(wrong)}, a local councillor.",
            f"{other(last)} has asked for a public hearing, and {other(last)}'s lawyers are "
            "preparing the papers.",
        ),
    )


@template("CC107-26", "dev", "an initial and the surname: J. Surname")
def _(ctx):
    def write(first, last, wrong):
        return (
            f"The survey was led by {first} {other(last)} of the marine institute.",
            f"A second paper by {first[0]}. {slip(wrong)} is due out next year.",
        )

    return _cc107(ctx, ctx.edit(), write)


@template("CC107-27", "dev", "after 'by': a report written by Surname")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)}, the county's chief planner, opposed the scheme.",
            f"A report written by {slip(wrong)} warned that the road would flood.",
        ),
    )


@template(
    "CC107-28", "dev", "a party's or a body's possessive before the name: the union's Surname"
)
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} speaks for the dockers' union on pay.",
            f"The union's {slip(wrong)} called the offer an insult.",
        ),
    )


@template("CC108-21", "dev", "W X, A of whom were Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The bus was carrying {slip(w)} pupils, {slip(a)} of whom were girls and {slip(b)} boys.",
        w,
        [a, b],
    )


@template("CC108-22", "dev", "killed W people, including A soldiers and B civilians")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The shelling killed {slip(w)} people, including {slip(a)} soldiers and {slip(b)} "
        "civilians, officials said.",
        w,
        [a, b],
    )


@template("CC108-23", "dev", "detained W X, among them A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Police detained {slip(w)} protesters, among them {slip(a)} students and {slip(b)} "
        "pensioners.",
        w,
        [a, b],
    )


@template("CC108-24", "dev", "The <owner>'s W hectares are divided into A of X and B of Y")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The estate's {slip(w)} hectares are divided into {slip(a)} hectares of forest and "
        f"{slip(b)} hectares of farmland.",
        w,
        [a, b],
    )


@template("CC108-25", "dev", "two sentences: W X ... Doctors said A were Y and B Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The hospital admitted {slip(w)} patients overnight. Doctors said {slip(a)} were "
        f"adults and {slip(b)} children.",
        w,
        [a, b],
    )


@template("CC108-26", "dev", "colon and semicolons: W staff work at two sites: A in X; B in Y")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"The company's {slip(w)} staff work at two sites: {slip(a)} in the north of the "
        f"city; {slip(b)} at the airport.",
        w,
        [a, b],
    )


@template("CC108-27", "dev", "percentages of a whole: P percent backed X and Q percent Y")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    first = round(total * ctx.rng.uniform(0.4, 0.6))
    second = total - first
    voters = ctx.rng.randint(400, 2000)
    text = (
        f"In a poll of {voters} residents, {slip(f'{first} percent')} backed the mayor and "
        f"{slip(f'{second} percent')} supported her rival."
    )
    return Draft((text,), facts={"whole": 100, "parts": [first, second], "shares": True})


@template("CC108-28", "dev", "The W-strong force is made up of A X and B Y")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"The {slip(w)}-strong force is made up of {slip(a)} regular troops and {slip(b)} "
        "reservists.",
        w,
        [a, b],
    )


@template("CC108-29", "dev", "a convoy of W vehicles, comprising A X and B Y")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"A convoy of {slip(w)} vehicles, comprising {slip(a)} lorries and {slip(b)} "
        "ambulances, crossed the border at noon.",
        w,
        [a, b],
    )


# ------------------------------------- third dev set: where the two mentions are placed
# The templates above put both mentions of a CC108 slip in one inserted text and the two
# sizes of a CC106 slip in two texts. These vary the placement: a whole and its parts in
# two texts (host sentences, often with figures of their own, between them), the whole
# after its parts, and two sizes of one group in one sentence.


@template("CC108-31", "dev", "two places: parts first, then 'In all, ... W X' further on")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        (
            f"{slip(a)} adults and {slip(b)} children were aboard the stranded ferry.",
            f"In all, the ferry was carrying {slip(w)} passengers when its engine failed.",
        ),
        w,
        [a, b],
    )


@template("CC108-32", "dev", "two places: parts first, then 'W X in all' further on")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        (
            f"Volunteers planted {slip(a)} oaks and {slip(b)} beeches along the river.",
            f"The charity said {slip(w)} trees had been planted in all.",
        ),
        w,
        [a, b],
    )


@template("CC108-33", "dev", "two places: W X ... later 'A of them ... the other B'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        (
            f"The rescue service evacuated {slip(w)} walkers from the moor.",
            f"{slip(a)} of them were treated for exposure and the other {slip(b)} were sent home.",
        ),
        w,
        [a, b],
    )


@template("CC106-31", "dev", "one sentence, two clauses: the N-member X ..., and all M X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    team = ctx.pick(("rescue crew", "survey team", "dive team"))
    return _cc106(
        f"The {slip(a)}-member {team} reached the wreck at noon, and all {slip(b)} "
        f"members of the {team} were back ashore by dusk.",
        "",
        (a, b),
        team,
    )


@template("CC106-32", "dev", "two places: X sank with N Y aboard ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    noun = ctx.pick(("sailors", "fishermen", "deckhands"))
    return _cc106(
        f"The cargo ship sank off the cape with {slip(a)} {noun} aboard.",
        f"Relatives of the ship's {slip(b)} {noun} gathered at the port office.",
        (a, b),
        noun,
    )


@template("CC106-33", "dev", "measure of an area: the park covers N ha ... the M-hectare park")
def _(ctx):
    a = ctx.rng.randint(120, 900)
    b = a + max(20, math.ceil(a * ctx.rng.uniform(0.15, 0.4)))
    return _cc106(
        f"The nature park covers {slip(f'{a} hectares')} of marsh and woodland.",
        f"Visitors to the {slip(f'{b}-hectare')} park must keep to the paths.",
        (a, b),
        "park",
    )


@template("CC106-34", "dev", "a general noun for the owner's members: the X's N men ... the M X")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    group = ctx.pick(("crew", "squad", "garrison"))
    return _cc106(
        f"Each of the {group}'s {slip(a)} men was given a week of leave.",
        f"The {slip(b)} {group} are due back at the base next month.",
        (a, b),
        group,
    )


@template("CC106-35", "dev", "a group word and its members' noun: a crew of N X ... the Y's M crew")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    return _cc106(
        f"A crew of {slip(a)} sailors took the tanker through the strait.",
        f"The tanker's {slip(b)} crew are now waiting for new orders.",
        (a, b),
        "crew",
    )


@template("CC108-34", "dev", "a tally: the W-member X voted A-B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    body = ctx.pick(("council", "assembly", "synod"))
    dash = ctx.pick(("-", "–"))
    return _cc108(
        f"The {slip(w)}-member {body} voted {slip(a)}{dash}{slip(b)} to adopt the new rules.",
        w,
        [a, b],
    )


@template("CC108-35", "dev", "a tally: carried by A votes to B among the W delegates")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The motion was carried by {slip(a)} votes to {slip(b)} among the {slip(w)} "
        "delegates present.",
        w,
        [a, b],
    )


@template("CC108-36", "dev", "next sentence: a lead, A ..., 'the other B' ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The shelter took in {slip(w)} dogs over the winter. Vets treated {slip(a)} for "
        f"injuries and sent the other {slip(b)} to foster homes.",
        w,
        [a, b],
    )


@template("CC107-31", "dev", "a firm named with its trade: <Firm> Textiles ... <Firm> alone")
def _(ctx):
    chosen = _company_variant(ctx, ctx.edit())
    if chosen is None:
        return None
    right, wrong = chosen
    trade = ctx.pick(("Textiles", "Shipping", "Construction", "Engineering"))
    texts = (
        f"Orders at {other(right)} {trade} have doubled since the spring.",
        f"A spokesman said {slip(wrong)} is hiring forty more staff.",
    )
    return Draft(texts, facts={"right": right, "variant": "firm", "wrong": wrong})


# ------------------------------------------- fourth dev set: counted back, colons, sentences
# Forms the sets above lack: a time counted back to a rule-set event ("... ago"); parts after
# a colon told apart by one verb's objects; parts opening the sentences after their whole.


@template("CC104-41", "dev", "<rule-set event>, which began more than N years ago,", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "year",
        lambda stated: (
            "Russia's full-scale invasion of Ukraine, which began "
            f"{slip(f'more than {number_words(stated)} years ago')}, has emptied the border "
            "villages."
        ),
        direction="above",
    )


@template("CC104-42", "dev", "Since <rule-set event> nearly N months ago,", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Since the Russian invasion {slip(f'nearly {stated} months ago')}, grain exports "
            "through the port have halved."
        ),
    )


@template(
    "CC104-43", "dev", "<person>, who came to power some N years ago,", after=date(1995, 7, 20)
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Lukashenko, who came to power {slip(f'some {stated} years ago')}, did not attend "
            "the summit."
        ),
    )


@template(
    "CC104-44", "dev", "<rule-set event>, which broke out more than N years ago,", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "year",
        lambda stated: (
            f"The war in Ukraine, which broke out {slip(f'more than {stated} years ago')}, has "
            "cost the region's farmers dearly."
        ),
        direction="above",
    )


@template("CC108-41", "dev", "colon, one verb, two objects: W X were opened: A held Y and B held Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    noun, verb, x, y = ctx.pick(
        (
            ("crates", "held", "timber", "cement"),
            ("trucks", "carried", "coal", "grain"),
            ("sacks", "contained", "rice", "flour"),
        )
    )
    return _cc108(
        f"Inspectors opened {slip(w)} {noun}: {slip(a)} {verb} {x} and {slip(b)} {verb} {y}.",
        w,
        [a, b],
    )


@template("CC108-42", "dev", "colon and comma, one verb: The W X ...: A went to Y, B went to Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The depot sent out {slip(w)} lorries on Monday: {slip(a)} went to the port, "
        f"{slip(b)} went to the airport.",
        w,
        [a, b],
    )


@template("CC108-43", "dev", "sentence by sentence: W X. A were Y. B were Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    noun, x, y = ctx.pick(
        (
            ("animals", "dogs", "cats"),
            ("vehicles", "cars", "vans"),
            ("guests", "adults", "children"),
        )
    )
    return _cc108(
        f"The shelter took in {slip(w)} {noun} over the winter. {slip(a)} were {x}. "
        f"{slip(b)} were {y}.",
        w,
        [a, b],
    )


@template("CC108-44", "dev", "sentence by sentence: W X. About A went to Y. A further B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The ferry line carried {slip(w)} cars last weekend. About {slip(a)} went to Calais. "
        f"A further {slip(b)} went to Dunkirk.",
        w,
        [a, b],
    )


@template("CC108-45", "dev", "sentence by sentence: W X. A work at Y. The remaining B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The union has {slip(w)} members. {slip(a)} work at the port. The remaining "
        f"{slip(b)} work at the mill.",
        w,
        [a, b],
    )


@template("CC106-41", "dev", "a distributive on the group itself: the X's N Y ... The M Y each ...")
def _(ctx):
    a, b = two_sizes(ctx, 20, 120)
    noun, group, deed = ctx.pick(
        (
            ("musicians", "orchestra", "received a medal"),
            ("riders", "team", "were given a new bike"),
            ("nurses", "ward", "signed the letter"),
        )
    )
    return _cc106(
        f"The {group} has {slip(a)} {noun} on its books.",
        f"The {slip(b)} {noun} each {deed} after the final night.",
        (a, b),
        noun,
    )


# ------------------------------------------- round seven: forms and words nobody tuned for
# Groups named by a modifier, a verb, a relative or a "with N ... on its roll" phrase, number
# words, a collective noun beside its members' noun, two sizes in one sentence; breakdowns
# with the verb left out, "out of", "another", "split into", "among", "while", parts first.


@template("CC106-51", "dev", "a '-bed' modifier: the N-bed X ... the X's M beds")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    place = ctx.pick(("clinic", "hospice", "infirmary"))
    return _cc106(
        f"A {slip(a)}-bed {place} opened beside the railway station last spring.",
        f"Nurses say the {place}'s {slip(b)} beds are rarely all taken.",
        (a, b),
        "beds",
    )


@template("CC106-52", "dev", "a '-room' modifier: the N-room X ... all M rooms of the X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    place = ctx.pick(("inn", "guesthouse", "lodge"))
    return _cc106(
        f"The {slip(a)}-room {place} on the quay changed hands in the autumn.",
        f"Its new owners plan to repaint all {slip(b)} rooms of the {place} before Easter.",
        (a, b),
        "rooms",
    )


@template("CC106-53", "dev", "a verb naming the group: N X staff the Y ... the Y's M X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    noun, verb, place = ctx.pick(
        (
            ("nurses", "staff", "ward"),
            ("guards", "man", "border post"),
            ("volunteers", "crew", "lifeboat"),
        )
    )
    return _cc106(
        f"{slip(a)} {noun} {verb} the {place} around the clock.",
        f"Pay for the {place}'s {slip(b)} {noun} comes from a local charity.",
        (a, b),
        noun,
    )


@template("CC106-54", "dev", "'with N X on its roll' ... the Y's M X")
def _(ctx):
    a, b = two_sizes(ctx, 20, 200)
    place, noun = ctx.pick((("school", "pupils"), ("college", "students"), ("club", "members")))
    return _cc106(
        f"The village {place}, with {slip(a)} {noun} on its roll, faces closure next year.",
        f"Parents of the {place}'s {slip(b)} {noun} have written to the minister.",
        (a, b),
        noun,
    )


@template("CC106-55", "dev", "number words on both sides: the X's <N> Y ... the <M> Y")
def _(ctx):
    a, b = two_sizes(ctx, 4, 19)
    if b > 19:
        b = a - max(2, math.ceil(0.15 * a))
    noun, owner = ctx.pick(
        (("firefighters", "brigade"), ("wardens", "reserve"), ("keepers", "lighthouse service"))
    )
    return _cc106(
        f"The {owner}'s {slip(number_words(a))} {noun} worked through the night.",
        f"Later that week the {slip(number_words(b))} {noun} were thanked by the mayor.",
        (a, b),
        noun,
    )


@template(
    "CC106-56", "dev", "a collective noun and its members: the N-strong choir ... its M singers"
)
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    group, members = ctx.pick(
        (("choir", "singers"), ("orchestra", "players"), ("troupe", "dancers"))
    )
    return _cc106(
        f"The {slip(a)}-strong {group} leaves for a tour of the north on Friday.",
        f"Each of the {slip(b)} {members} in the {group} will pay for their own meals.",
        (a, b),
        group,
    )


@template("CC106-57", "dev", "two sizes in one sentence: the N-seat X, all M seats of which ...")
def _(ctx):
    a, b = two_sizes(ctx, 40, 400)
    place = ctx.pick(("theatre", "chapel", "lecture hall"))
    return _cc106(
        f"The {slip(a)}-seat {place} was full on opening night, with all {slip(b)} seats "
        "sold a week ahead.",
        "",
        (a, b),
        "seats",
    )


@template("CC106-58", "dev", "a '-piece' modifier: the N-piece band ... the band's M players")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    group, members = ctx.pick((("band", "players"), ("ensemble", "musicians")))
    return _cc106(
        f"A {slip(a)}-piece {group} played on the pier every evening in August.",
        f"The {group}'s {slip(b)} {members} are all retired teachers.",
        (a, b),
        group,
    )


@template("CC108-51", "dev", "verb left out after a semicolon: W X; A in Y, B in Z")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    noun, x, y = ctx.pick(
        (
            ("letters", "in French", "in Latin"),
            ("maps", "on paper", "on vellum"),
            ("photographs", "in colour", "in black and white"),
        )
    )
    return _cc108(
        f"The archive holds {slip(w)} {noun}; {slip(a)} {x}, {slip(b)} {y}.",
        w,
        [a, b],
    )


@template("CC108-52", "dev", "'out of W': A out of W X passed and B failed")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    noun, x, y = ctx.pick(
        (
            ("pupils", "passed the exam", "failed it"),
            ("cyclists", "finished the stage", "abandoned"),
            ("seedlings", "took root", "withered"),
        )
    )
    return _cc108(
        f"{slip(a)} out of {slip(w)} {noun} {x} and {slip(b)} {y}.",
        w,
        [a, b],
    )


@template("CC108-53", "dev", "across sentences with 'another': W X. A went to Y. Another B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The gallery lent {slip(w)} paintings abroad this year. {slip(a)} were hung in "
        f"Vienna. Another {slip(b)} were shipped to Oslo.",
        w,
        [a, b],
    )


@template("CC108-54", "dev", "'split into': the W X were split into A ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    noun, x, y = ctx.pick(
        (
            ("runners", "in the elite race", "in the fun run"),
            ("recruits", "for the navy", "for the army"),
            ("saplings", "for the hillside", "for the riverbank"),
        )
    )
    return _cc108(
        f"The {slip(w)} {noun} were split into {slip(a)} {x} and {slip(b)} {y}.",
        w,
        [a, b],
    )


@template("CC108-55", "dev", "'among the W': Among the W X, A are Y and B are Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    noun, x, y = ctx.pick(
        (
            ("lambs", "black", "white"),
            ("tenants", "pensioners", "students"),
            ("foals", "colts", "fillies"),
        )
    )
    return _cc108(
        f"Among the {slip(w)} {noun} on the farm, {slip(a)} are {x} and {slip(b)} are {y}.",
        w,
        [a, b],
    )


@template("CC108-56", "dev", "parts joined by 'while': W X: A grow Y, while B grow Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    noun, verb, x, y = ctx.pick(
        (
            ("orchards", "grow", "apples", "pears"),
            ("mills", "grind", "wheat", "barley"),
            ("kilns", "fire", "bricks", "tiles"),
        )
    )
    return _cc108(
        f"The valley has {slip(w)} {noun}: {slip(a)} {verb} {x}, while {slip(b)} {verb} {y}.",
        w,
        [a, b],
    )


@template("CC108-57", "dev", "parts before the whole: With A X and B Y, the Z planted W in all")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"With {slip(a)} oak and {slip(b)} beech saplings, the nursery planted {slip(w)} "
        "trees in all.",
        w,
        [a, b],
    )


@template("CC108-58", "dev", "verb left out after a semicolon: X made up A of the W; Y, B")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    first, second, noun = ctx.pick(
        (
            ("Sheep", "cattle", "animals"),
            ("Oaks", "ashes", "trees"),
            ("Barges", "tugs", "vessels"),
        )
    )
    return _cc108(
        f"{first} made up {slip(a)} of the {slip(w)} {noun} counted; {second}, {slip(b)}.",
        w,
        [a, b],
    )


# ------------------------------------------- fifth dev set: forms and words none above use
# Written before the checks were changed again, to estimate recall on wording the checks were
# not written for: other verbs, the passive, clefts, the duration before its start, a noun
# phrase "N months of", "ago" beside the date, lists of three parts, a whole after a dash.


def _year_span(ctx: Context, low_years: int, high_years: int) -> tuple[date, date]:
    """The first and last day of a year `low`..`high` years before publication."""
    assert ctx.published is not None
    year = ctx.published.year - ctx.rng.randint(low_years, high_years)
    return date(year, 1, 1), date(year, 12, 31)


def _far_from_start(ctx: Context, first: date, last: date, unit: str, direction="either"):
    return far_count(
        ctx, elapsed(last, ctx.published, unit), elapsed(first, ctx.published, unit), direction
    )


def start_template(
    ctx: Context,
    first: date,
    last: date,
    unit: str,
    write: Callable[[int], str],
    direction: str = "either",
    ordinal: bool = False,
) -> Draft | None:
    """A duration from a start on a day in [first, last] to publication, stated certainly
    wrong in the text `write(stated)` makes; `ordinal` for a running period ("its Nth
    week"), `direction` as in `far_count`."""
    if ordinal:
        stated = _ordinal_far(ctx, first, last, unit)
    else:
        stated = _far_from_start(ctx, first, last, unit, direction)
    if stated is None:
        return None
    return Draft((write(stated),), facts=_duration_facts(first, last, ctx.published, unit, stated))


@template("CC104-81", "dev", "cleft: It was on Month D, N weeks ago, that ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It was on {slip(ctx.date(start))}, {slip(f'{number_words(stated)} weeks ago')}, "
            "that the pipeline first leaked."
        ),
    )


@template("CC104-82", "dev", "noun phrase: After N months of talks that opened on Month D,")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"After {slip(f'{stated} months')} of talks that opened on {slip(ctx.date(start))}, "
            "the two unions have yet to agree on pay."
        ),
    )


@template("CC104-83", "dev", "passive with 'ago' and a year: was founded N years ago, in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The cooperative was founded by six dairy farmers {slip(f'{stated} years ago')}, "
            f"in {slip(first.year)}."
        ),
    )


@template("CC104-84", "dev", "appositive noun: has paid nobody since Month D, a gap of N months")
def _(ctx):
    first, last = _month_start(ctx, 4, 12)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The council has paid none of its contractors since {slip(MONTHS[first.month - 1])}, "
            f"a gap of {slip(number_words(stated) + (' month' if stated == 1 else ' months'))}."
        ),
    )


@template("CC104-85", "dev", "duration first, start in the next sentence")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"For {slip(f'{stated} weeks')} the ferry has stayed in port. Its last crossing was "
            f"on {slip(ctx.date(start))}, before the storm damaged the quay."
        ),
    )


@template("CC104-86", "dev", "possessive compound: <person>'s N-year rule", after=date(1995, 7, 20))
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Critics of Lukashenko's {slip(f'{stated}-year')} rule were kept away from the "
            "polling stations."
        ),
    )


@template("CC104-87", "dev", "verb 'marks': this week marks N months since <event>", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"This week marks {slip(f'{number_words(stated)} months')} since Russian troops "
            "invaded Ukraine, and aid agencies are running short of funds."
        ),
    )


@template("CC104-88", "dev", "which dates back N years to Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 40, 200)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The feud between the two clubs, which dates back {slip(f'{stated} years')} to a "
            f"cup final in {slip(f'{MONTHS[first.month - 1]} {first.year}')}, flared again."
        ),
    )


@template("CC106-81", "dev", "verb 'counts': the X counts N Y ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 10, 60)
    group, noun = ctx.pick(
        (("orchestra", "violinists"), ("academy", "cadets"), ("regiment", "pipers"))
    )
    return _cc106(
        f"The {group} counts {slip(a)} {noun} and four harpists.",
        f"Uniforms for the {slip(b)} {noun} of the {group} were ordered in the spring.",
        (a, b),
        noun,
    )


@template("CC106-82", "dev", "passive: N Y are employed by the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    owner, noun = ctx.pick((("park", "wardens"), ("museum", "guides"), ("estate", "gardeners")))
    return _cc106(
        f"{slip(a)} {noun} are employed by the {owner} during the summer.",
        f"The {owner}'s {slip(b)} {noun} will receive a pay rise next year.",
        (a, b),
        noun,
    )


@template("CC106-83", "dev", "a list: the X's N Y and 300 Z ... its M Y")
def _(ctx):
    a, b = two_sizes(ctx, 12, 60)
    pupils = ctx.rng.randint(250, 900)
    return _cc106(
        f"The school's {slip(a)} teachers and {pupils} pupils moved to the new building in "
        "September.",
        f"Inspectors praised the school and its {slip(b)} teachers for the move.",
        (a, b),
        "teachers",
    )


@template("CC106-84", "dev", "every one of the X's N Y ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 50)
    owner, noun = ctx.pick((("club", "members"), ("guild", "weavers"), ("crew", "rowers")))
    return _cc106(
        f"Every one of the {owner}'s {slip(a)} {noun} signed the letter.",
        f"The letter, with the names of the {slip(b)} {noun}, was handed in on Monday.",
        (a, b),
        noun,
    )


@template("CC106-85", "dev", "participle: the X, made up of N Y, ... the M Y in the X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    group, noun = ctx.pick((("flotilla", "yachts"), ("convoy", "lorries"), ("column", "tanks")))
    return _cc106(
        f"The {group}, made up of {slip(a)} {noun}, left the port at first light.",
        f"Only two of the {slip(b)} {noun} in the {group} needed repairs.",
        (a, b),
        noun,
    )


@template("CC106-86", "dev", "'of whom there were N' ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    noun = ctx.pick(("jurors", "stewards", "lifeguards"))
    return _cc106(
        f"The {noun}, of whom there were {slip(a)}, were thanked by the organisers.",
        f"Each of the {slip(b)} {noun} was given a medal.",
        (a, b),
        noun,
    )


@template("CC106-87", "dev", "'between them': Between them, the N Y at the X ... its M Y")
def _(ctx):
    a, b = two_sizes(ctx, 4, 30)
    noun, owner = ctx.pick((("surgeons", "clinic"), ("vets", "practice"), ("pilots", "airline")))
    return _cc106(
        f"Between them, the {slip(a)} {noun} at the {owner} carried out 900 operations last year.",
        f"The {owner} plans to add four more to its {slip(b)} {noun}.",
        (a, b),
        noun,
    )


@template("CC106-88", "dev", "two sizes in one sentence: the N Y ... — M Y in all —")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    noun = ctx.pick(("wagons", "carriages", "coaches"))
    return _cc106(
        f"The {slip(a)} {noun} of the derailed train, {slip(b)} {noun} in all, were lifted "
        "back onto the track overnight.",
        "",
        (a, b),
        noun,
    )


def _split_part(ctx: Context, part: int) -> tuple[int, int]:
    first = max(1, round(part * ctx.rng.uniform(0.3, 0.7)))
    return first, part - first


@template("CC108-81", "dev", "passive, semicolon: W X were inspected; A were passed and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(w)} homes were inspected; {slip(a)} were declared safe and {slip(b)} were "
        "condemned.",
        w,
        [a, b],
    )


@template("CC108-82", "dev", "three parts after a colon: W X: A Y, B Z and C V")
def _(ctx):
    w, a, rest = parts_over(ctx, 30, 600)
    b, c = _split_part(ctx, rest)
    return _cc108(
        f"The port handled {slip(w)} ships last month: {slip(a)} tankers, {slip(b)} bulk "
        f"carriers and {slip(c)} container ships.",
        w,
        [a, b, c],
    )


@template("CC108-83", "dev", "parts, then the whole after a dash: A from X, B from Y - W in total")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} entries came from schools and {slip(b)} from private collectors - "
        f"{slip(w)} in total.",
        w,
        [a, b],
    )


@template("CC108-84", "dev", "verb 'break down as': The W X break down as A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} complaints break down as {slip(a)} about noise and {slip(b)} about "
        "parking.",
        w,
        [a, b],
    )


@template("CC108-85", "dev", "gapping: X accounted for A of the W, and Y for B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    first, second = ctx.pick((("Burglaries", "thefts"), ("Cars", "vans"), ("Wheat", "barley")))
    noun = {"Burglaries": "crimes", "Cars": "vehicles", "Wheat": "lorry loads"}[first]
    return _cc108(
        f"{first} accounted for {slip(a)} of the {slip(w)} {noun} recorded, and {second} "
        f"for {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-86", "dev", "three sentences: A Y. B Z. All told, W X.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The club sold {slip(a)} season tickets to adults. Juniors bought {slip(b)}. All "
        f"told, {slip(w)} season tickets were sold.",
        w,
        [a, b],
    )


@template("CC108-87", "dev", "dash apposition: W X - A of them Y, B Z - ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} runners - {slip(a)} of them women and {slip(b)} men - set off in "
        "heavy rain.",
        w,
        [a, b],
    )


@template("CC108-88", "dev", "existential: There were A Y and B Z among the W X")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"There were {slip(a)} doctors and {slip(b)} nurses among the {slip(w)} health "
        "workers who went on strike.",
        w,
        [a, b],
    )


# ----------------------------------------- sixth dev set: written after the checks changed
# Measured once, without changing the checks for them: how far the changes carry to
# wording they were not written for.


@template("CC104-91", "dev", "participle: on strike since Month D, have now been out for N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Workers at the mill, on strike since {slip(ctx.date(start))}, have now been out for "
            f"{slip(f'{stated} weeks')}."
        ),
    )


@template("CC104-92", "dev", "start first, semicolon: Month D was when ...; it has now ... N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(ctx.date(start))} was when the ferry last sailed; it has now been idle for "
            f"{slip(f'{number_words(stated)} weeks')}."
        ),
    )


@template("CC104-93", "dev", "compound age, start in a clause with its own subject")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The {slip(f'{stated}-week')} occupation of the square, which students began on "
            f"{slip(ctx.date(start))}, continues."
        ),
    )


@template("CC106-91", "dev", "inverted subject: Manning the X are N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 3, 20)
    place, noun = ctx.pick((("lighthouse", "keepers"), ("weir", "wardens"), ("mill", "millers")))
    return _cc106(
        f"Manning the {place} are {slip(a)} {noun}.",
        f"The {place}'s {slip(b)} {noun} take turns at night.",
        (a, b),
        noun,
    )


@template("CC106-92", "dev", "membership noun: the X's membership stands at N ... all M members")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    club = ctx.pick(("rowing club", "chess club", "allotment society"))
    return _cc106(
        f"The {club}'s membership stands at {slip(a)}.",
        f"All {slip(b)} members of the {club} were sent a ballot.",
        (a, b),
        "members",
    )


@template("CC106-93", "dev", "verb 'form': N Y form the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 19)
    group, noun = ctx.pick((("fleet", "trawlers"), ("jury", "citizens"), ("squad", "riders")))
    return _cc106(
        f"{slip(capitalized(number_words(a)))} {noun} form the {group}.",
        f"The {group}'s {slip(b)} {noun} met for the first time on Monday.",
        (a, b),
        noun,
    )


@template("CC108-91", "dev", "Of W X received, A came from Y; the remaining B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of {slip(w)} bids received, {slip(a)} came from abroad; the remaining {slip(b)} "
        "were local.",
        w,
        [a, b],
    )


@template("CC108-92", "dev", "'accounted for' with 'out of W in total' last")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Europe accounted for {slip(a)} of the recalled cars and Asia for {slip(b)}, out of "
        f"{slip(w)} in total.",
        w,
        [a, b],
    )


@template("CC108-93", "dev", "A of the W X went to Y, B to Z (gapped part)")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} of the {slip(w)} seats went to the Greens, {slip(b)} to Labour.", w, [a, b]
    )


# ------------------------------------------ seventh dev set: forms and words none above use
# Written before the checks were changed again and measured first: a duration in a sentence
# after its start ("N weeks on"), as the subject ("N months have passed since"), an ordinal
# before a passive start, a possessive term across sentences, "into" and "enters" with a
# rule-set event; a group sized by a postposed "N strong", a noun-noun compound, an inverted
# subject, "all N of them", a relative "that make up", one group's members named by two nouns
# ("employs N people ... its M staff"); parts by agent ("by"), the whole in an apposition
# after the parts ("a total of W"), figures as words, "Of these" opening the next sentence,
# "respectively", "of which", "included", "The rest, B,".


def _count_of(count: int, unit: str, words: bool = False) -> str:
    """ "1 week", "3 weeks", "three weeks": a count of a unit, its plural right."""
    number = number_words(count) if words else str(count)
    return f"{number} {unit}" if count == 1 else f"{number} {unit}s"


@template("CC104-101", "dev", "next sentence: The X happened on Month D. N weeks on, ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The river burst its banks on {slip(ctx.date(start))}. "
            f"{slip(capitalized(_count_of(stated, 'week', words=True)))} on, dozens of "
            "families are still sleeping in the sports hall."
        ),
    )


@template("CC104-102", "dev", "duration as subject: N months have passed since ... on Month D")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"{slip(_count_of(stated, 'month'))} have passed since the sawmill shut its gates on "
            f"{slip(ctx.date(start))}, and the site is still for sale."
        ),
    )


@template(
    "CC104-103", "dev", "ordinal first, passive start: Now in its Nth year, ... first held in"
)
def _(ctx):
    first, last = _year_span(ctx, 5, 18)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Now in its {slip(ordinal(stated) + ' year')}, the folk festival was first held in "
            f"{slip(first.year)} on a farm outside the town."
        ),
        ordinal=True,
    )


@template(
    "CC104-104",
    "dev",
    "possessive term across sentences: took office in Month YYYY. In his N years",
)
def _(ctx):
    first, last = _month_start(ctx, 30, 140)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The harbour master took up his post in "
            f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}. In his "
            f"{slip(_count_of(stated, 'year'))} at the port, traffic has doubled."
        ),
    )


@template("CC104-105", "dev", "'N months into' a rule-set event", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Some {slip(_count_of(stated, 'month'))} into the war in Ukraine, grain ships are "
            "again leaving Odesa."
        ),
    )


@template(
    "CC104-106", "dev", "verb 'enters': As <rule-set event> enters its Nth month", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"As the war in Ukraine enters its {slip(ordinal(stated) + ' month')}, the "
            "government has asked for more generators."
        ),
        running=True,
    )


@template(
    "CC104-107",
    "dev",
    "coordinated relative clause: which opened on Month D and has run for N weeks",
)
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The exhibition, which opened on {slip(ctx.date(start))} and has run for "
            f"{slip(_count_of(stated, 'week'))}, will close on Sunday."
        ),
    )


@template(
    "CC104-108", "dev", "passive start first: Since X was imposed on Month D, N weeks have gone by"
)
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Since the curfew was imposed on {slip(ctx.date(start))}, "
            f"{slip(_count_of(stated, 'week', words=True))} have gone by without a night market."
        ),
    )


@template("CC106-101", "dev", "relative 'who sit on', then a partitive: Of the X's M Y, ...")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    group, noun = ctx.pick((("tribunal", "judges"), ("panel", "assessors"), ("council", "elders")))
    return _cc106(
        f"The {slip(a)} {noun} who sit on the {group} meet twice a month.",
        f"Of the {group}'s {slip(b)} {noun}, only two are women.",
        (a, b),
        noun,
    )


@template("CC106-102", "dev", "passive 'is run by N Y' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    owner, noun = ctx.pick(
        (("hostel", "volunteers"), ("food bank", "helpers"), ("lido", "students"))
    )
    return _cc106(
        f"The {owner} is run by {slip(a)} {noun} from the parish.",
        f"The {owner}'s {slip(b)} {noun} give up their weekends for it.",
        (a, b),
        noun,
    )


@template("CC106-103", "dev", "postposed size: The X, N strong, ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    group, noun = ctx.pick(
        (("choir", "singers"), ("brass band", "players"), ("militia", "fighters"))
    )
    return _cc106(
        f"The {group}, {slip(a)} strong, arrived by coach on Friday evening.",
        f"All of the {group}'s {slip(b)} {noun} stayed with local families.",
        (a, b),
        noun,
    )


@template("CC106-104", "dev", "noun-noun compound: The X has N Y ... the M X Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    group = ctx.pick(("committee", "board", "jury"))
    return _cc106(
        f"The {group} has {slip(a)} members, elected every three years.",
        f"The {slip(b)} {group} members will vote on the plan next month.",
        (a, b),
        "members",
    )


@template("CC106-105", "dev", "inverted subject: Sitting on the X are N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 20)
    group, noun = ctx.pick((("board", "directors"), ("bench", "magistrates"), ("panel", "experts")))
    return _cc106(
        f"Sitting on the {group} are {slip(a)} {noun}, most of them retired.",
        f"The {group}'s {slip(b)} {noun} are unpaid.",
        (a, b),
        noun,
    )


@template("CC106-106", "dev", "'the Y, all N of them,' ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    noun, place = ctx.pick(
        (("firefighters", "station"), ("paramedics", "depot"), ("porters", "market"))
    )
    return _cc106(
        f"The {noun} at the {place}, all {slip(a)} of them, walked out at noon.",
        f"A spokesman for the {slip(b)} {noun} said talks would resume.",
        (a, b),
        noun,
    )


@template("CC106-107", "dev", "relative 'that make up': the N Y that make up the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    group, noun = ctx.pick((("fleet", "buses"), ("fleet", "trawlers"), ("collection", "paintings")))
    return _cc106(
        f"The {slip(a)} {noun} that make up the town's {group} are painted green and white.",
        f"The {group}'s {slip(b)} {noun} are more than twenty years old.",
        (a, b),
        noun,
    )


@template("CC106-108", "dev", "two nouns for one group: The X employs N people ... its M staff")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    owner, staff = ctx.pick(
        (("bakery", "staff"), ("brewery", "workers"), ("printing firm", "employees"))
    )
    return _cc106(
        f"The {owner} employs {slip(a)} people at its site by the canal.",
        f"The owners told the {owner}'s {slip(b)} {staff} on Monday that it would close.",
        (a, b),
        staff,
    )


@template("CC108-101", "dev", "parts by agent: W X were rescued, A by helicopter and B by lifeboat")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"{slip(w)} walkers were rescued from the hills, {slip(a)} by helicopter and {slip(b)} "
        "by mountain rescue teams.",
        w,
        [a, b],
    )


@template("CC108-102", "dev", "whole in an apposition after the parts: A Y and B Z, a total of W")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Police arrested {slip(a)} men and {slip(b)} women, a total of {slip(w)} people.",
        w,
        [a, b],
    )


@template("CC108-103", "dev", "figures as words: Of the W X, A ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"Of the {slip(number_words(w))} boats in the race, {slip(number_words(a))} finished and "
        f"{slip(number_words(b))} were forced to retire.",
        w,
        [a, b],
    )


@template("CC108-104", "dev", "next sentence 'Of these': W X. Of these, A ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The council received {slip(w)} objections to the plan. Of these, {slip(a)} concerned "
        f"traffic and {slip(b)} the loss of trees.",
        w,
        [a, b],
    )


@template(
    "CC108-105", "dev", "'respectively' with a compound whole: X and Y won A and B seats ... W-seat"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 200)
    return _cc108(
        f"The Liberals and the Greens won {slip(a)} and {slip(b)} seats respectively in the "
        f"{slip(w)}-seat assembly.",
        w,
        [a, b],
    )


@template("CC108-106", "dev", "relative 'of which': The X has W Y, of which A are ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The chain has {slip(w)} shops, of which {slip(a)} are in the north and {slip(b)} in "
        "the south.",
        w,
        [a, b],
    )


@template("CC108-107", "dev", "verb 'included': The W X laid off included A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} staff laid off last week included {slip(a)} drivers and {slip(b)} "
        "warehouse workers.",
        w,
        [a, b],
    )


@template("CC108-108", "dev", "three sentences with 'The rest, B,': W X. A ... The rest, B, ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The maternity unit delivered {slip(w)} babies last year. {slip(a)} of them were born "
        f"by caesarean section. The rest, {slip(b)}, were natural births.",
        w,
        [a, b],
    )


# ------------------------------------------ eighth dev set: written first, like the seventh
# A numbered day ("It is day N of"), a period as a noun phrase subject ("The N weeks since
# ... have"), the duration in a dash aside after "Since D", "ever since", "N years of" an
# event's possessive noun, an event's age in an apposition, "having joined it in"; a group
# sized by "home to", "call the X home", "Half of"/"N of" before the owner's total, an
# owner's compound ("the airline's 40-jet fleet"), "a membership of N", "There are N Y in
# the X", "headcount"; parts without "and", labelled lines ("Men: A."), "include ...; the
# rest, B,", "the other B, Z", a dash list without "and", a tally "by A to B among the W",
# "include" after an owner's whole, an existential whole after its parts.


@template("CC104-111", "dev", "numbered day: It is day N of the X, which began on Month D")
def _(ctx):
    start = _start_before(ctx, 10, 60)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"It is {slip(f'day {stated}')} of the hunger strike, which began on "
            f"{slip(ctx.date(start))}."
        ),
        ordinal=True,
    )


@template("CC104-112", "dev", "period as subject: The N weeks since the fire of Month D have ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The {slip(_count_of(stated, 'week'))} since the fire of {slip(ctx.date(start))} "
            "have been the hardest in the shop's history."
        ),
    )


@template("CC104-113", "dev", "dash aside after the start: Since Month D - N weeks - the road ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Since {slip(ctx.date(start))} - {slip(_count_of(stated, 'week', words=True))} - "
            "the coast road has been shut to lorries."
        ),
    )


@template("CC104-114", "dev", "'ever since': have had no X for N weeks, ever since ... on Month D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The tenants have had no heating for {slip(_count_of(stated, 'week'))}, ever since "
            f"the boiler broke down on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-115", "dev", "'N years of' a possessive event noun", after=date(1995, 7, 20))
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Marking {slip(_count_of(stated, 'year', words=True))} of Lukashenko's rule, state "
            "television showed a film about his childhood."
        ),
    )


@template(
    "CC104-116", "dev", "event's age in an apposition: <event>, now N months old,", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"The war in Ukraine, now {slip(_count_of(stated, 'month'))} old, has driven "
            "millions from their homes."
        ),
    )


@template(
    "CC104-117", "dev", "participle start after: has coached ... for N years, having joined it in"
)
def _(ctx):
    first, last = _month_start(ctx, 30, 140)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"She has coached the rowing team for {slip(_count_of(stated, 'year'))}, having "
            f"joined it in {slip(f'{MONTHS[first.month - 1]} {first.year}')}."
        ),
    )


@template("CC104-118", "dev", "'since when': ... on Month D, since when ... for N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The last match was played on {slip(ctx.date(start))}, since when the ground has "
            f"stood empty for {slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC106-111", "dev", "apposition 'home to N Y' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 80)
    place, noun = ctx.pick((("reserve", "elephants"), ("island", "ponies"), ("zoo", "penguins")))
    return _cc106(
        f"The {place}, home to {slip(a)} {noun}, reopens to visitors next week.",
        f"Keepers said the {place}'s {slip(b)} {noun} had come through the winter well.",
        (a, b),
        noun,
    )


@template("CC106-112", "dev", "'N Y call the X home' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 150)
    place, noun = ctx.pick(
        (("estate", "families"), ("harbour", "fishermen"), ("hamlet", "households"))
    )
    return _cc106(
        f"Some {slip(a)} {noun} call the {place} home.",
        f"The council wrote to all {slip(b)} {noun} on the {place} about the new road.",
        (a, b),
        noun,
    )


@template("CC106-113", "dev", "'Half of the X's N Y' ... all M Y")
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    a, b = a * 2, b * 2
    owner, noun = ctx.pick((("club", "members"), ("choir", "singers"), ("union", "stewards")))
    return _cc106(
        f"Half of the {owner}'s {slip(a)} {noun} turned up to the vote.",
        f"A letter will be sent to all {slip(b)} {noun} of the {owner}.",
        (a, b),
        noun,
    )


@template("CC106-114", "dev", "'N of the X's M Y', then the total again")
def _(ctx):
    a, b = two_sizes(ctx, 15, 60)
    owner, noun = ctx.pick((("orchestra", "musicians"), ("crew", "sailors"), ("team", "riders")))
    return _cc106(
        f"Six of the {owner}'s {slip(a)} {noun} fell ill on the journey.",
        f"The {owner} has {slip(b)} {noun}, most of them under thirty.",
        (a, b),
        noun,
    )


@template("CC106-115", "dev", "an owner's compound: the X's N-jet fleet ... the X's M jets")
def _(ctx):
    a, b = two_sizes(ctx, 10, 60)
    owner, noun, group = ctx.pick(
        (
            ("airline", "jet", "fleet"),
            ("ferry firm", "ship", "fleet"),
            ("bus company", "coach", "fleet"),
        )
    )
    return _cc106(
        f"The {owner}'s {slip(f'{a}-{noun}')} {group} is one of the youngest in Europe.",
        f"All of the {owner}'s {slip(b)} {noun}s will be fitted with new seats.",
        (a, b),
        noun + "s",
    )


@template("CC106-116", "dev", "'has a membership of N' ... the M members")
def _(ctx):
    a, b = two_sizes(ctx, 30, 400)
    club = ctx.pick(("cycling club", "tennis club", "film society"))
    return _cc106(
        f"The {club} has a membership of {slip(a)}.",
        f"The {slip(b)} members of the {club} elect a new chair every two years.",
        (a, b),
        "members",
    )


@template(
    "CC106-117", "dev", "existential with the place after: There are N Y in the X ... its M Y"
)
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    noun, group = ctx.pick((("boats", "fleet"), ("horses", "stables"), ("classrooms", "school")))
    return _cc106(
        f"There are {slip(a)} {noun} in the {group}, the oldest built in 1950.",
        f"The {group}'s {slip(b)} {noun} are all insured.",
        (a, b),
        noun,
    )


@template("CC106-118", "dev", "'headcount': The X's headcount is N ... its M employees")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    owner = ctx.pick(("software firm", "call centre", "logistics company"))
    return _cc106(
        f"The {owner}'s headcount is {slip(a)}, according to its annual report.",
        f"Managers told the {owner}'s {slip(b)} employees that no jobs would go.",
        (a, b),
        "employees",
    )


@template("CC108-111", "dev", "no 'and': Of W X, A were Y, B were Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of {slip(w)} cars tested, {slip(a)} were petrol, {slip(b)} were diesel.",
        w,
        [a, b],
    )


@template("CC108-112", "dev", "labelled lines: Men: A. Women: B. Total: W.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        (f"Entrants, men: {slip(a)}. Entrants, women: {slip(b)}. Entrants in total: {slip(w)}.",),
        w,
        [a, b],
    )


@template(
    "CC108-113", "dev", "'include ...; the rest, B,': The W X include A Y; the rest, B, are Z"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} trees in the park include {slip(a)} oaks; the rest, {slip(b)}, are "
        "beeches.",
        w,
        [a, b],
    )


@template("CC108-114", "dev", "'the other B, Z': Some A of the W X were Y; the other B, Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Some {slip(a)} of the {slip(w)} flats were let to families; the other {slip(b)}, to "
        "students.",
        w,
        [a, b],
    )


@template("CC108-115", "dev", "dash list without 'and': W X - A Y, B Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The hospital treated {slip(w)} patients over the weekend - {slip(a)} in casualty, "
        f"{slip(b)} on the wards.",
        w,
        [a, b],
    )


@template("CC108-116", "dev", "a tally: Y beat Z by A votes to B among the W X")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Supporters of the merger won by {slip(a)} votes to {slip(b)} among the {slip(w)} "
        "shareholders who took part.",
        w,
        [a, b],
    )


@template("CC108-117", "dev", "an owner's whole, 'include': The X's W Y include A Z and B V")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 200)
    return _cc108(
        f"The orchestra's {slip(w)} players include {slip(a)} string players and {slip(b)} "
        "wind and brass players.",
        w,
        [a, b],
    )


@template(
    "CC108-118", "dev", "parts, then an existential whole: A Y and B Z. There are W X in all."
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The village has {slip(a)} houses and {slip(b)} flats. There are {slip(w)} homes in all.",
        w,
        [a, b],
    )


# ----------------------------------------- ninth dev set: written after the checks changed
# Measured once, without changing the checks for them: how far the changes carry.


@template(
    "CC104-121",
    "dev",
    "last time in a semicolon clause: unmanned for N years; its last keeper left in",
)
def _(ctx):
    first, last = _month_start(ctx, 30, 140)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The lighthouse has been unmanned for {slip(_count_of(stated, 'year'))}; its last "
            f"keeper left in {slip(f'{MONTHS[first.month - 1]} {first.year}')}."
        ),
    )


@template(
    "CC104-122",
    "dev",
    "start in the next sentence, no pronoun: searched for N days. The collapse happened on D",
)
def _(ctx):
    start = _start_before(ctx, 12, 70)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"Rescuers have searched the mine for {slip(_count_of(stated, 'day'))}. The "
            f"collapse happened on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-123", "dev", "'open since D, ... in its N weeks'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The clinic, open since {slip(ctx.date(start))}, has seen 400 patients in its "
            f"{slip(_count_of(stated, 'week', words=True))}."
        ),
    )


@template("CC106-121", "dev", "'Aboard were N Y' ... the M Y on the X")
def _(ctx):
    a, b = two_sizes(ctx, 10, 80)
    vessel, noun = ctx.pick(
        (("barge", "pilgrims"), ("ferry", "schoolchildren"), ("yacht", "guests"))
    )
    return _cc106(
        f"The {vessel} ran aground at dusk. Aboard were {slip(a)} {noun}.",
        f"All {slip(b)} {noun} on the {vessel} were taken off by lifeboat.",
        (a, b),
        noun,
    )


@template("CC106-122", "dev", "relative 'who staff': The N Y who staff the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 50)
    noun, place = ctx.pick((("nurses", "hospice"), ("cooks", "canteen"), ("wardens", "reserve")))
    return _cc106(
        f"The {slip(a)} {noun} who staff the {place} have asked for a pay rise.",
        f"The {place}'s {slip(b)} {noun} work in three shifts.",
        (a, b),
        noun,
    )


@template("CC106-123", "dev", "fronted 'With N Y, the X is ...' ... its M Y")
def _(ctx):
    a, b = two_sizes(ctx, 30, 300)
    group, noun = ctx.pick((("choir", "voices"), ("club", "members"), ("school", "pupils")))
    return _cc106(
        f"With {slip(a)} {noun}, the {group} is the largest in the county.",
        f"The {group}'s {slip(b)} {noun} will all take part in the festival.",
        (a, b),
        noun,
    )


@template("CC108-121", "dev", "semicolon, gapped: Of the W X, A were Y; B, Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of the {slip(w)} bikes stolen, {slip(a)} were recovered; {slip(b)}, never found.",
        w,
        [a, b],
    )


@template("CC108-122", "dev", "whole after a colon: A X arrived by road, B by rail: W in all.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} fans arrived by road and {slip(b)} by rail: {slip(w)} in all.",
        w,
        [a, b],
    )


@template(
    "CC108-123", "dev", "participles after 'of them': W X sat ..., A of them passing and B failing"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(w)} pupils sat the exam this year, {slip(a)} of them passing and {slip(b)} "
        "failing.",
        w,
        [a, b],
    )


# ------------------------------------------- tenth dev set: written first, a last small one
# A group sized by the verb it runs something with, "whose members number N", a size after
# another noun's "of the"; parts in clauses with different verbs after a sized whole, a
# part in a sentence of its own after a partitive, parts by a number word opening a clause.


@template("CC106-131", "dev", "verb 'run': N Y run the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 90)
    noun, place = ctx.pick(
        (("volunteers", "museum"), ("monks", "brewery"), ("students", "radio station"))
    )
    return _cc106(
        f"{slip(capitalized(number_words(a)) if a < 100 else a)} {noun} run the {place}.",
        f"The {place}'s {slip(b)} {noun} were thanked at a dinner.",
        (a, b),
        noun,
    )


@template("CC106-132", "dev", "'whose members number N' ... the N-member X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    group = ctx.pick(("choir", "drama group", "rowing crew"))
    return _cc106(
        f"The {slip(f'{a}-member')} {group} sang at the fair.",
        f"The {group}, whose members number {slip(b)}, will tour next year.",
        (a, b),
        "members",
    )


@template("CC106-133", "dev", "a size after another noun's 'of the': the Z of the N Y in the X")
def _(ctx):
    a, b = two_sizes(ctx, 15, 35)
    group, noun = ctx.pick((("class", "pupils"), ("ward", "patients"), ("squad", "players")))
    return _cc106(
        f"The {group} has {slip(a)} {noun}.",
        f"The parents of the {slip(b)} {noun} in the {group} were sent a letter.",
        (a, b),
        noun,
    )


@template(
    "CC108-131",
    "dev",
    "sized whole, then clauses with different verbs: holds A and the other has B",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"In the {slip(f'{w}-seat')} parliament, the coalition holds {slip(a)} seats and the "
        f"opposition has {slip(b)}.",
        w,
        [a, b],
    )


@template(
    "CC108-132",
    "dev",
    "a partitive, then a part in a sentence of its own: Out of the W X, A passed. B failed.",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Out of the {slip(w)} candidates, {slip(a)} passed. {slip(b)} failed.",
        w,
        [a, b],
    )


@template(
    "CC108-133", "dev", "parts by number words opening clauses: Seventy said X and sixty said Y"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The survey questioned {slip(w)} farmers. {slip(capitalized(number_words(a)))} "
        f"wanted the subsidy kept, while {slip(number_words(b))} wanted it scrapped.",
        w,
        [a, b],
    )


# ------------------------------------- eleventh dev set: written first, forms not yet used
# Parts with a different verb in each clause after the whole's own sentence, a whole sized
# by "whose members number N", parts in a list after a colon, parts as labelled figures
# ("noise: A, parking: B"), parts written as words; a group sized by "numbering N", by a
# labelled figure, by words before "strong", by a membership that "stands at" N.


@template(
    "CC108-141",
    "dev",
    "different verbs after the whole's sentence: W X. A went ..., and B remain ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    opening, noun, first, second = ctx.pick(
        (
            ("The hospital admitted", "patients", "went home within a day", "remain on the wards"),
            ("The coastguard took in", "migrants", "were moved to a shelter", "stayed at the port"),
            ("The school enrolled", "pupils", "left for the holidays", "board over the summer"),
        )
    )
    return _cc108(
        f"{opening} {slip(w)} {noun} over the weekend. {slip(a)} {first}, and {slip(b)} {second}.",
        w,
        [a, b],
    )


@template("CC108-142", "dev", "whose members number W; A backed X and B opposed it")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    group = ctx.pick(("guild", "co-operative", "residents' association"))
    return _cc108(
        f"The {group}, whose members number {slip(w)}, voted on Friday; {slip(a)} backed the "
        f"new charter and {slip(b)} opposed it.",
        w,
        [a, b],
    )


@template("CC108-143", "dev", "labelled figures in brackets: W complaints (noise: A, parking: B)")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    first, second = ctx.pick((("noise", "parking"), ("rubbish", "potholes"), ("dogs", "litter")))
    return _cc108(
        f"The council received {slip(w)} complaints in March ({first}: {slip(a)}, "
        f"{second}: {slip(b)}).",
        w,
        [a, b],
    )


@template(
    "CC108-144",
    "dev",
    "a colon list with words and different verbs: W X: fifty got off, forty stayed",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The ferry carried {slip(w)} passengers on its last run: {slip(number_words(a))} got "
        f"off at Oban, {slip(number_words(b))} stayed aboard for Mull.",
        w,
        [a, b],
    )


@template(
    "CC108-145",
    "dev",
    "the whole as an object, parts opening the next sentence: A of those ...; the rest, B, ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Inspectors checked {slip(w)} lorries at the border. {slip(a)} of those passed; the "
        f"rest, {slip(b)}, were sent back.",
        w,
        [a, b],
    )


@template("CC108-146", "dev", "the whole with 'numbers': the X numbers W; A are Y and B play Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    group = ctx.pick(("squad", "touring party", "youth team"))
    return _cc108(
        f"The {group} numbers {slip(w)}; {slip(a)} are defenders and {slip(b)} play in attack.",
        w,
        [a, b],
    )


@template(
    "CC108-147",
    "dev",
    "parts by words, different verbs, 'whereas': W X ... Sixty voted ... whereas forty abstained",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The motion went before {slip(w)} councillors. {slip(capitalized(number_words(a)))} "
        f"voted in favour, whereas {slip(number_words(b))} abstained.",
        w,
        [a, b],
    )


@template(
    "CC108-148",
    "dev",
    "a whole 'on the books', parts as labelled figures after a dash: W — A: Y, B: Z",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The agency has {slip(w)} nurses on its books — full-time: {slip(a)}, part-time: "
        f"{slip(b)}.",
        w,
        [a, b],
    )


@template("CC106-141", "dev", "'numbering N': a team numbering N X ... the team's M X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    noun = ctx.pick(("volunteers", "divers", "rangers"))
    return _cc106(
        f"A search team numbering {slip(a)} {noun} combed the woods on Sunday.",
        f"The team's {slip(b)} {noun} were stood down at dusk.",
        (a, b),
        noun,
    )


@template("CC106-142", "dev", "a labelled figure: Crew: N ... all M crew")
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    vessel = ctx.pick(("trawler", "tanker", "cargo ship"))
    return _cc106(
        f"The {vessel}'s papers listed its complement (crew: {slip(a)}).",
        f"All {slip(b)} crew of the {vessel} were brought ashore safely.",
        (a, b),
        "crew",
    )


@template(
    "CC106-143", "dev", "words before 'strong': a choir forty strong ... the choir's M singers"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    group, noun = ctx.pick((("choir", "singers"), ("band", "players"), ("troupe", "dancers")))
    return _cc106(
        f"The {group}, {slip(number_words(a))} strong, opened the festival.",
        f"The {group}'s {slip(b)} {noun} will perform again on Sunday.",
        (a, b),
        noun,
    )


@template("CC106-144", "dev", "'membership stands at N' ... the M members of the X")
def _(ctx):
    a, b = two_sizes(ctx, 30, 600)
    group = ctx.pick(("allotment society", "rowing club", "chess league"))
    return _cc106(
        f"Membership of the {group} now stands at {slip(a)}.",
        f"A letter went out to the {slip(b)} members of the {group} last week.",
        (a, b),
        "members",
    )


# --------------------------------------- twelfth dev set: written first, before the changes
# A group sized by "a force of N", "made up of N", "totalling N", a bracketed "N in total",
# a predicate ("at full strength the crew is N"), "there are N Y in the X", "counts N", a
# compound "N-strong convoy of Y"; parts "split between", "divided into", "which leaves B",
# "between them", parts first and the whole last, money parts of a budget, percentages of
# one whole, the whole in its own sentence with parts held by different verbs; durations
# "now N weeks old", "having begun on D", "in the N months since D", "N weeks after ... on
# D" with a qualifier, a bracketed start, "well over N months" of a rule-set event, "the
# N-year-old dispute dating from YYYY", "has been going on since D - some N weeks".


@template("CC106-151", "dev", "'a force of N Y' ... the force's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 300)
    noun = ctx.pick(("firefighters", "police officers", "stewards"))
    return _cc106(
        f"A force of {slip(a)} {noun} was sent to the moor on Monday night.",
        f"By dawn the force's {slip(b)} {noun} had been on duty for twelve hours.",
        (a, b),
        noun,
    )


@template("CC106-152", "dev", "'made up of N Y' in an apposition ... the X's M members")
def _(ctx):
    a, b = two_sizes(ctx, 9, 40)
    group, noun = ctx.pick(
        (("jury", "residents"), ("panel", "judges"), ("tribunal", "lay members"))
    )
    return _cc106(
        f"The {group}, made up of {slip(a)} {noun}, met in private for two days.",
        f"Each of the {group}'s {slip(b)} members was asked to sign the statement.",
        (a, b),
        noun,
    )


@template("CC106-153", "dev", "'totalling N' after the group ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 90)
    group, noun = ctx.pick(
        (("string section", "players"), ("relay squad", "runners"), ("night shift", "porters"))
    )
    return _cc106(
        f"The {group}, totalling {slip(a)} {noun}, was praised by the organisers.",
        f"Tickets were handed to the {slip(b)} {noun} of the {group} afterwards.",
        (a, b),
        noun,
    )


@template("CC106-154", "dev", "bracketed '(N in total)' ... all M Y on the X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    group, noun = ctx.pick(
        (("shortlist", "novels"), ("longlist", "films"), ("final round", "designs"))
    )
    return _cc106(
        f"The judges published the {group} ({slip(a)} {noun} in total) on Tuesday.",
        f"All {slip(b)} {noun} on the {group} are by first-time authors.",
        (a, b),
        noun,
    )


@template("CC106-155", "dev", "predicate: At full strength the X is N ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    group, noun = ctx.pick(
        (("lifeboat crew", "volunteers"), ("mountain rescue team", "volunteers"),
         ("bomb disposal unit", "soldiers"))
    )  # fmt: skip
    return _cc106(
        f"At full strength the {group} is {slip(a)}.",
        f"The {slip(b)} {noun} of the {group} train together every Thursday.",
        (a, b),
        noun,
    )


@template("CC106-156", "dev", "existential: There are N Y in the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 60)
    place, noun = ctx.pick((("ward", "beds"), ("stable", "horses"), ("library", "computers")))
    return _cc106(
        f"There are {slip(a)} {noun} in the {place}, the trust said.",
        f"The {place}'s {slip(b)} {noun} are due to be replaced next year.",
        (a, b),
        noun,
    )


@template("CC106-157", "dev", "verb 'counts': The X counts N Y ... the M-Y X")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    group, noun, singular = ctx.pick(
        (("panel", "judges", "judge"), ("board", "trustees", "trustee"),
         ("committee", "councillors", "councillor"))
    )  # fmt: skip
    return _cc106(
        f"The {group} counts {slip(a)} {noun} among its ranks.",
        f"A spokesman for the {slip(f'{b}-{singular}')} {group} declined to comment.",
        (a, b),
        noun,
    )


@template("CC106-158", "dev", "compound 'N-strong convoy of Y' ... the convoy of M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 80)
    group, noun = ctx.pick((("convoy", "lorries"), ("flotilla", "boats"), ("column", "tanks")))
    return _cc106(
        f"A {slip(f'{a}-strong')} {group} of {noun} set off at first light.",
        f"The {group} of {slip(b)} {noun} reached the border by noon.",
        (a, b),
        noun,
    )


@template("CC106-159", "dev", "'all N of the X's Y' ... the Y, N in number,")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    group, noun = ctx.pick((("garrison", "soldiers"), ("abbey", "monks"), ("orchestra", "players")))
    return _cc106(
        f"All {slip(a)} of the {group}'s {noun} signed the letter.",
        f"The {group}'s {noun}, {slip(b)} in number, will meet again in May.",
        (a, b),
        noun,
    )


@template("CC108-151", "dev", "'split between': The W X are split between A for Y and B for Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    noun, first, second = ctx.pick(
        (("seats", "the ruling bloc", "the opposition"),
         ("places", "local children", "boarders"),
         ("plots", "growers", "the school"))
    )  # fmt: skip
    return _cc108(
        f"The {slip(w)} {noun} are split between {slip(a)} for {first} and {slip(b)} for {second}.",
        w,
        [a, b],
    )


@template(
    "CC108-152", "dev", "'divided into' with units: W hectares divided into A of Y and B of Z"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"The estate's {slip(w)} hectares are divided into {slip(a)} hectares of forest and "
        f"{slip(b)} hectares of farmland.",
        w,
        [a, b],
    )


@template("CC108-153", "dev", "'which leaves B': Of the X's W Y, A are Z, which leaves B V")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of the club's {slip(w)} members, {slip(a)} are juniors, which leaves {slip(b)} adults.",
        w,
        [a, b],
    )


@template("CC108-154", "dev", "'between them': two firms employ W people between them: A ... B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"The two mills employ {slip(w)} people between them, {slip(a)} at the upper mill "
        f"and {slip(b)} at the lower.",
        w,
        [a, b],
    )


@template("CC108-155", "dev", "parts first in two sentences, whole last: Altogether ... W")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} ewes lambed in March. Another {slip(b)} lambed in April. Altogether the "
        f"flock has {slip(w)} ewes.",
        w,
        [a, b],
    )


@template("CC108-156", "dev", "money parts of a budget: The £Wm budget: £Am on Y and £Bm on Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of the {slip(f'£{w}m')} budget, {slip(f'£{a}m')} will go on roads and "
        f"{slip(f'£{b}m')} on schools.",
        w,
        [a, b],
    )


@template("CC108-157", "dev", "percentages of one whole: A per cent said Y and B per cent said Z")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    a = round(total * ctx.rng.uniform(0.4, 0.6))
    b = total - a
    text = (
        f"Of the {ctx.rng.randint(300, 2000)} tenants polled, {slip(f'{a} per cent')} said "
        f"the rent was fair and {slip(f'{b} per cent')} said it was too high."
    )
    return Draft((text,), facts={"whole": 100, "parts": [a, b], "shares": True})


@template(
    "CC108-158", "dev", "whole in its own sentence, parts by different verbs: controls A, hold B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    body = ctx.pick(("assembly", "senate", "county council"))
    return _cc108(
        f"The {body} has {slip(w)} seats. The ruling party controls {slip(a)}, and its "
        f"rivals hold {slip(b)}.",
        w,
        [a, b],
    )


@template(
    "CC108-159",
    "dev",
    "parts as subjects, whole as object: A men and B women make up the W-strong X",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} men and {slip(b)} women make up the {slip(f'{w}-strong')} workforce.",
        w,
        [a, b],
    )


@template("CC104-151", "dev", "'now N weeks old', start in a 'which began on D' clause")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The sit-in, which began on {slip(ctx.date(start))}, is now "
            f"{slip(_count_of(stated, 'week', words=True))} old."
        ),
    )


@template("CC104-152", "dev", "'has lasted N weeks, having begun on D'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The bus strike has lasted {slip(_count_of(stated, 'week'))}, having begun on "
            f"{slip(ctx.date(start))}."
        ),
    )


@template("CC104-153", "dev", "'in the N months since D'")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"In the {slip(_count_of(stated, 'month', words=True))} since "
            f"{slip(ctx.date(start))}, when the bridge was shut, traders say takings have "
            "halved."
        ),
    )


@template("CC104-154", "dev", "qualifier: 'nearly N weeks after the X closed on D'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Nearly {slip(_count_of(stated, 'week', words=True))} after the pit closed on "
            f"{slip(ctx.date(start))}, the village shop has shut too."
        ),
        direction="above",
    )


@template("CC104-155", "dev", "bracketed start: With the X now N weeks old (it began on D)")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"With the blockade now {slip(_count_of(stated, 'week'))} old (it began on "
            f"{slip(ctx.date(start))}), fuel is running short."
        ),
    )


@template("CC104-156", "dev", "'well over N months' of a rule-set event", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Well over {slip(_count_of(stated, 'month'))} after Russia's invasion of Ukraine, "
            "the port has yet to reopen."
        ),
        direction="above",
    )


@template("CC104-157", "dev", "age: the N-year-old dispute dating from YYYY")
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The {slip(f'{stated}-year-old')} boundary dispute, dating from "
            f"{slip(first.year)}, reaches court next month."
        ),
    )


@template("CC104-158", "dev", "'has been going on since D - some N weeks'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The dig has been going on since {slip(ctx.date(start))} — some "
            f"{slip(_count_of(stated, 'week', words=True))} — and has found three graves."
        ),
    )


@template(
    "CC104-159", "dev", "'a little under N years' of a rule-set event's start", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "year",
        lambda stated: (
            f"A little under {slip(_count_of(stated, 'year'))} since Russia's full-scale "
            "invasion began, the front line has barely moved."
        ),
        direction="below",
    )


# ------------------------------------- thirteenth dev set: written first, before the changes
# Durations "for N years now" after a sentence naming the start (a pronoun between), "since D
# (N weeks ago)", a fronted passive participle with an ordinal word, a participle start after
# the noun ("imposed on D"), "They have been ... for N weeks" after the start's sentence, a
# date opening the sentence as "marked the start of", "some N months after Russian troops
# crossed into" a rule-set event, "that is N weeks" after a semicolon, a "whose" relative
# holding the duration; a group sized by a passive participle ("staffed by N"), "with its N
# Y", a population and its inhabitants, a workforce "of N", number words with "serve on",
# "one of the X's N Y", a semicolon list, "There were N of them" after the group's sentence,
# "has a total of N"; a whole and its parts told apart by fronted place adverbials in the
# next sentence, "Its staff include", "outnumber ... by A to B", participles in brackets,
# "sold A of them and gave away B", holders in brackets after the seats, "bringing the
# total to W", a passive part and an active part after "Of the W".


@template("CC104-161", "dev", "'for N years now' after the start's sentence, pronoun object")
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The market stall first opened in {slip(first.year)}. The same family has run it "
            f"for {slip(_count_of(stated, 'year'))} now."
        ),
    )


@template("CC104-162", "dev", "bracketed 'ago': has been shut since D (N weeks ago)")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The library has been shut since {slip(ctx.date(start))} "
            f"({slip(_count_of(stated, 'week'))} ago), when a pipe burst above the reading room."
        ),
    )


@template("CC104-163", "dev", "fronted passive participle: Begun on D, the X is in its Nth week")
def _(ctx):
    start = _start_before(ctx, 20, 130)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Begun on {slip(ctx.date(start))}, the public inquiry is now in its "
            f"{slip(ordinal(stated) + ' week')}."
        ),
        ordinal=True,
    )


@template("CC104-164", "dev", "participle start after the noun: X, imposed on D, in force N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The curfew, imposed by the army on {slip(ctx.date(start))}, has now been in force "
            f"for {slip(_count_of(stated, 'week', words=True))}."
        ),
    )


@template("CC104-165", "dev", "pronoun 'they': X walked out on D. They have been on strike N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Cleaners at the hospital walked out on {slip(ctx.date(start))}. They have now "
            f"been on strike for {slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC104-166", "dev", "date as subject: D marked the start of the X, now in its Nth week")
def _(ctx):
    start = _start_before(ctx, 20, 130)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{capitalized(slip(ctx.date(start)))} marked the start of the lockout, now in its "
            f"{slip(ordinal(stated) + ' week')}."
        ),
        ordinal=True,
    )


@template(
    "CC104-167", "dev", "'Some N months after Russian troops crossed into Ukraine'", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Some {slip(_count_of(stated, 'month', words=True))} after Russian troops first "
            "crossed into Ukraine, the fields near the border remain unsown."
        ),
    )


@template("CC104-168", "dev", "after a semicolon: closed since D; that is N weeks of detours")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The bridge has been closed to traffic since {slip(ctx.date(start))}; that is "
            f"{slip(_count_of(stated, 'week'))} of detours for the town's drivers."
        ),
    )


@template("CC104-169", "dev", "'whose' relative holds the duration, the start after it")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The museum, whose doors have stayed shut for "
            f"{slip(_count_of(stated, 'week', words=True))}, closed on {slip(ctx.date(start))} "
            "after a flood in its basement."
        ),
    )


@template("CC106-161", "dev", "passive participle: The X, staffed by N Y, ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 60)
    group, noun = ctx.pick(
        (
            ("lighthouse", "keepers"),
            ("field hospital", "medics"),
            ("research station", "scientists"),
        )
    )
    return _cc106(
        f"The {group}, staffed by {slip(a)} {noun}, is the only one on that stretch of coast.",
        f"The {group}'s {slip(b)} {noun} were told of the plan on Friday.",
        (a, b),
        noun,
    )


@template("CC106-162", "dev", "'with its N Y' aside ... the M Y at the X")
def _(ctx):
    a, b = two_sizes(ctx, 8, 70)
    group, noun = ctx.pick((("abbey", "monks"), ("stud farm", "horses"), ("brewery", "workers")))
    return _cc106(
        f"The {group}, with its {slip(a)} {noun}, has stood on the hill for centuries.",
        f"The {slip(b)} {noun} at the {group} will be moved elsewhere.",
        (a, b),
        noun,
    )


@template("CC106-163", "dev", "a population of N ... the X's M inhabitants")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    place = ctx.pick(("island", "hamlet", "valley"))
    return _cc106(
        f"The {place} has a population of {slip(a)}, most of them farmers.",
        f"Every one of the {place}'s {slip(b)} inhabitants was invited to the meeting.",
        (a, b),
        "inhabitants",
    )


@template("CC106-164", "dev", "'N people work at the X' ... the X's workforce of M")
def _(ctx):
    a, b = two_sizes(ctx, 20, 800)
    place = ctx.pick(("plant", "depot", "warehouse"))
    return _cc106(
        f"Some {slip(a)} people work at the {place}, the company said.",
        f"The {place}'s workforce of {slip(b)} will be cut by a third.",
        (a, b),
        "people",
    )


@template("CC106-165", "dev", "number words, verb 'serve on': N Y serve on the X ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    group, noun = ctx.pick(
        (("bench", "magistrates"), ("parish council", "councillors"), ("jury", "jurors"))
    )
    return _cc106(
        f"{capitalized(slip(number_words(a)))} {noun} serve on the {group}.",
        f"The {slip(number_words(b))} {noun} on the {group} were each sent a letter.",
        (a, b),
        noun,
    )


@template("CC106-166", "dev", "'one of the X's N Y' ... all M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 60)
    group, noun = ctx.pick(
        (("council", "members"), ("cabinet", "ministers"), ("school board", "governors"))
    )
    return _cc106(
        f"Ms Hale is one of the {group}'s {slip(a)} {noun}.",
        f"All {slip(b)} {noun} of the {group} will vote on Thursday.",
        (a, b),
        noun,
    )


@template("CC106-167", "dev", "semicolon list: The X has N Y; 40 Z; ... its M Y")
def _(ctx):
    a, b = two_sizes(ctx, 15, 90)
    group, noun, other_noun = ctx.pick(
        (("school", "teachers", "cooks"), ("hospice", "nurses", "cleaners"),
         ("zoo", "keepers", "vets"))
    )  # fmt: skip
    return _cc106(
        f"The {group} has {slip(a)} {noun}; {ctx.rng.randint(3, 12)} {other_noun}; and a "
        "board of governors.",
        f"Its {slip(b)} {noun} have been offered a pay rise.",
        (a, b),
        noun,
    )


@template("CC106-168", "dev", "pronoun across sentences: There were N of them ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    group, noun = ctx.pick(
        (("choir", "singers"), ("brass band", "players"), ("rowing club", "rowers"))
    )
    return _cc106(
        f"The {group}'s {noun} gathered on the steps. There were {slip(a)} of them.",
        f"The {slip(b)} {noun} of the {group} then sang for the crowd.",
        (a, b),
        noun,
    )


@template("CC106-169", "dev", "'has a total of N Y' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 300)
    group, noun = ctx.pick(
        (("regiment", "horses"), ("airline", "pilots"), ("fire service", "engines"))
    )
    return _cc106(
        f"The {group} has a total of {slip(a)} {noun}.",
        f"Inspectors checked each of the {group}'s {slip(b)} {noun} last month.",
        (a, b),
        noun,
    )


@template("CC108-161", "dev", "fronted place adverbials: In all, W X. In Y, A ..., and in Z B.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"In all, {slip(w)} homes were flooded. In the north of the town {slip(a)} were "
        f"damaged, and in the south {slip(b)}.",
        w,
        [a, b],
    )


@template(
    "CC108-162", "dev", "pronoun whole: The X employs W people. Its staff include A Y and B Z"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    firm, first, second = ctx.pick(
        (("bakery", "bakers", "drivers"), ("ferry company", "sailors", "office workers"),
         ("quarry", "labourers", "engineers"))
    )  # fmt: skip
    return _cc108(
        f"The {firm} employs {slip(w)} people. Its staff include {slip(a)} {first} and "
        f"{slip(b)} {second}.",
        w,
        [a, b],
    )


@template("CC108-163", "dev", "'outnumber ... by A to B' in the W-member X")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    a, b = max(a, b), min(a, b)
    return _cc108(
        f"In the {slip(f'{w}-member')} chamber, Labour members outnumber Conservatives by "
        f"{slip(a)} to {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-164", "dev", "participles in brackets: The X's W Y (A run by Z and B by V)")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The town's {slip(w)} shops ({slip(a)} run by families and {slip(b)} by chains) "
        "will stay open late in December.",
        w,
        [a, b],
    )


@template("CC108-165", "dev", "two sentences: was given W X. It sold A of them and gave away B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The charity was given {slip(w)} bicycles last year. It sold {slip(a)} of them and "
        f"gave away {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-166", "dev", "holders in brackets: The W seats are held by X (A) and Y (B)")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    body = ctx.pick(("council", "assembly", "chamber"))
    return _cc108(
        f"The {slip(w)} seats on the {body} are held by Labour ({slip(a)}) and the Greens "
        f"({slip(b)}).",
        w,
        [a, b],
    )


@template("CC108-167", "dev", "'bringing the total to W' after two parts")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The shop sold {slip(a)} tickets in May and {slip(b)} in June, bringing the total to "
        f"{slip(w)}.",
        w,
        [a, b],
    )


@template("CC108-168", "dev", "shares after semicolons: survey of N X: A% wanted Y; B% did not")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    a = round(total * ctx.rng.uniform(0.4, 0.6))
    b = total - a
    text = (
        f"A survey of {ctx.rng.randint(300, 2000)} parents found that {slip(f'{a}%')} wanted "
        f"a longer school day; {slip(f'{b}%')} did not."
    )
    return Draft((text,), facts={"whole": 100, "parts": [a, b], "shares": True})


@template(
    "CC108-169", "dev", "a passive part and an active part: Of the W X, A were sold; Y bought B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of the {slip(w)} flats built last year, {slip(a)} were sold to first-time buyers, "
        f"while housing associations bought {slip(b)}.",
        w,
        [a, b],
    )


# ---------------------------- thirteenth dev set, second batch: written before its changes
# Durations: a dash aside "since D, when ..." after the duration, "For the past N weeks -
# ever since the storm of D -", "now N years old" before "was founded in", an ordinal after
# a dash aside "in place since D", duration first with the start in the next sentence under
# "Their", "its last sailing having been on D"; groups: "is N strong" as a predicate, a
# number-word compound, a passive "N Y are taught at the X", "Out of the X's N Y" then the
# total again, "strength stands at N", "fields N Y"; parts: "A were ...; B were not.",
# "men account for B" after a partitive, "A of them in X and B in Y" after the whole's
# comma, "Mammals make up A of them and birds B", "Just A of the W went to X; Y took B",
# "the rest - B - in Y".


@template("CC104-171", "dev", "duration, then a dash and 'since D, when ...'")
def _(ctx):
    start = _start_before(ctx, 40, 300)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The school has been without a head teacher for {slip(_count_of(stated, 'month'))}"
            f" — since {slip(ctx.date(start))}, when the last one resigned."
        ),
    )


@template("CC104-172", "dev", "'For the past N weeks - ever since the storm of D -'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"For the past {slip(_count_of(stated, 'week', words=True))} — ever since the storm"
            f" of {slip(ctx.date(start))} — the ferry has stayed in port."
        ),
    )


@template("CC104-173", "dev", "age first: The X, now N years old, was founded in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 8, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The festival, now {slip(_count_of(stated, 'year'))} old, was founded in "
            f"{slip(first.year)} by two teachers."
        ),
    )


@template("CC104-174", "dev", "dash aside 'in place since D' before 'enters its Nth month'")
def _(ctx):
    start = _start_before(ctx, 40, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The hosepipe ban — in place since {slip(ctx.date(start))} — enters its "
            f"{slip(ordinal(stated) + ' month')} this week."
        ),
        ordinal=True,
    )


@template("CC104-175", "dev", "duration first, start in the next sentence under 'Their'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Strikers have stood outside the gates every day for "
            f"{slip(_count_of(stated, 'week'))}. Their walkout began on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-176", "dev", "absolute clause: ..., its last sailing having been on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The ferry has been idle for {slip(_count_of(stated, 'week', words=True))}, its "
            f"last sailing having been on {slip(ctx.date(start))}."
        ),
    )


@template("CC106-171", "dev", "predicate 'is N strong': The X is N strong ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    group, noun = ctx.pick(
        (("string section", "players"), ("fire crew", "firefighters"), ("press pack", "reporters"))
    )
    return _cc106(
        f"The {group} is {slip(a)} strong this season.",
        f"The {group}'s {slip(b)} {noun} were each given a bonus.",
        (a, b),
        noun,
    )


@template("CC106-172", "dev", "number-word compound: the N-strong X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    group, noun = ctx.pick((("squad", "players"), ("delegation", "delegates"), ("cast", "actors")))
    return _cc106(
        f"The {slip(number_words(a))}-strong {group} flew home on Sunday.",
        f"All of the {group}'s {slip(b)} {noun} were tested on arrival.",
        (a, b),
        noun,
    )


@template("CC106-173", "dev", "passive: N Y are taught at the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    place = ctx.pick(("academy", "village school", "college"))
    return _cc106(
        f"Some {slip(a)} pupils are taught at the {place}.",
        f"Parents of the {place}'s {slip(b)} pupils were sent a letter on Monday.",
        (a, b),
        "pupils",
    )


@template("CC106-174", "dev", "'Out of the X's N Y, ...' then 'the M Y of the X'")
def _(ctx):
    a, b = two_sizes(ctx, 30, 400)
    group, noun = ctx.pick((("club", "members"), ("union", "members"), ("guild", "members")))
    return _cc106(
        f"Out of the {group}'s {slip(a)} {noun}, only a handful turned up to the meeting.",
        f"A letter has now gone to all {slip(b)} {noun} of the {group}.",
        (a, b),
        noun,
    )


@template("CC106-175", "dev", "'strength stands at N' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 30, 600)
    group, noun = ctx.pick(
        (("battalion", "soldiers"), ("garrison", "troops"), ("volunteer force", "volunteers"))
    )
    return _cc106(
        f"The {group}'s strength stands at {slip(a)}.",
        f"Each of the {group}'s {slip(b)} {noun} will receive new kit.",
        (a, b),
        noun,
    )


@template("CC106-176", "dev", "verb 'fields': The X fields N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    group, noun = ctx.pick((("team", "riders"), ("club", "runners"), ("school", "rowers")))
    return _cc106(
        f"The {group} fields {slip(a)} {noun} in the race.",
        f"The {group}'s {slip(b)} {noun} trained together all winter.",
        (a, b),
        noun,
    )


@template("CC108-171", "dev", "negation: Of the W X, A were offered Y; B were not.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of the {slip(w)} people who applied, {slip(a)} were offered a place; {slip(b)} were not.",
        w,
        [a, b],
    )


@template("CC108-172", "dev", "partitive, then 'men account for B'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Some {slip(a)} of the {slip(w)} staff are women; men account for {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-173", "dev", "'W X, A of them in Y and B in Z'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The bank has {slip(w)} branches, {slip(a)} of them in Scotland and {slip(b)} in Wales.",
        w,
        [a, b],
    )


@template("CC108-174", "dev", "next sentence: Y make up A of them and Z B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The zoo houses {slip(w)} animals. Mammals make up {slip(a)} of them and birds {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-175", "dev", "'Just A of the W X went to Y; Z took B'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Just {slip(a)} of the {slip(w)} votes went to the mayor; her rival took {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-176", "dev", "'Of those, A were in X; the rest - B - in Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Some {slip(w)} cases were reported last week. Of those, {slip(a)} were in the city;"
        f" the rest — {slip(b)} — in outlying villages.",
        w,
        [a, b],
    )


# ------------------------ thirteenth dev set, written after its changes (measured once)
# "opened in YYYY and has ... for N years", "Cut off since D ..., has now gone N weeks
# without", "Since then, N weeks have passed" after the start's sentence; "N sailors crew
# the X", "which has N Y on its books", "Membership of the X is N"; "another B" after a
# semicolon, "wanted it closed ... wanted it kept open", a colon and holders ("Spain sent
# A and Portugal B").


@template("CC104-181", "dev", "'opened in YYYY and has ... for N years'")
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The hospital wing opened in {slip(first.year)} and has treated patients for "
            f"{slip(_count_of(stated, 'year'))}."
        ),
    )


@template("CC104-182", "dev", "fronted participle: Cut off since D, ... has now gone N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Cut off since {slip(ctx.date(start))} by a landslide, the village has now gone "
            f"{slip(_count_of(stated, 'week', words=True))} without a bus."
        ),
    )


@template("CC104-183", "dev", "'Since then, N weeks have passed' after the start's sentence")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The factory gates were locked on {slip(ctx.date(start))}. Since then, "
            f"{slip(_count_of(stated, 'week'))} have passed without an offer."
        ),
    )


@template("CC106-181", "dev", "verb 'crew': N Y crew the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    vessel = ctx.pick(("dredger", "trawler", "ferry"))
    return _cc106(
        f"{slip(capitalized(number_words(a)))} sailors crew the {vessel}.",
        f"The {vessel}'s {slip(b)} sailors were paid off on Friday.",
        (a, b),
        "sailors",
    )


@template("CC106-182", "dev", "'which has N Y on its books' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 120)
    group, noun = ctx.pick(
        (("orchestra", "musicians"), ("agency", "models"), ("football club", "players"))
    )
    return _cc106(
        f"The {group}, which has {slip(a)} {noun} on its books, is looking for a sponsor.",
        f"The {group}'s {slip(b)} {noun} have not been paid since May.",
        (a, b),
        noun,
    )


@template("CC106-183", "dev", "'Membership of the X is N' ... all M members of the X")
def _(ctx):
    a, b = two_sizes(ctx, 30, 900)
    group = ctx.pick(("rowing club", "allotment society", "choral society"))
    return _cc106(
        f"Membership of the {group} is {slip(a)}, the secretary said.",
        f"All {slip(b)} members of the {group} will get a vote.",
        (a, b),
        "members",
    )


@template("CC108-181", "dev", "'A of the W Y work X; another B work Z'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Exactly {slip(a)} of the {slip(w)} staff work part-time; another {slip(b)} work "
        "full-time.",
        w,
        [a, b],
    )


@template("CC108-182", "dev", "one verb, opposite objects: A wanted it closed, B wanted it open")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Among the {slip(w)} residents polled, {slip(a)} wanted the road closed, and "
        f"{slip(b)} wanted it kept open.",
        w,
        [a, b],
    )


@template("CC108-183", "dev", "a colon, then holders: The W X came from ...: Y sent A and Z B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} entries came from two countries: Spain sent {slip(a)} and Portugal "
        f"{slip(b)}.",
        w,
        [a, b],
    )


# ------------------- thirteenth dev set, last batch: written after every change, measured once
# "It is N weeks to the day since ... on D", "Now past its Nth week, the X that began on D",
# "N weeks on" after a semicolon in the start's sentence; "the station's entire complement"
# in an apposition, "serves N pupils", "N monks live at the abbey"; "they won A and lost B"
# after "Of the W", parts first then "W in all" after semicolons, "were whittled down: A
# were rejected at ... and B at ...".


@template("CC104-191", "dev", "'It is N weeks to the day since ... on D'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It is {slip(_count_of(stated, 'week'))} to the day since the mine collapsed on "
            f"{slip(ctx.date(start))}."
        ),
    )


@template("CC104-192", "dev", "'Now past its Nth week, the X that began on D'")
def _(ctx):
    start = _start_before(ctx, 20, 130)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Now past its {slip(ordinal(stated) + ' week')}, the strike that began on "
            f"{slip(ctx.date(start))} has cost the firm dear."
        ),
        ordinal=True,
    )


@template("CC104-193", "dev", "'Since X closed on D, ...; N weeks on, ...'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Since its doors closed on {slip(ctx.date(start))}, the shop has stood empty; "
            f"{slip(_count_of(stated, 'week', words=True))} on, no buyer has come forward."
        ),
    )


# A batch written after the phenomenon-level reading of CC104 (a duration, words that only
# qualify it, a relation to its start, a clause about now), in forms no earlier template
# uses, measured once.
@template("CC104-201", "dev", "'have now waited N weeks in all since ... on D'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Residents have now waited {slip(_count_of(stated, 'week'))} in all since the "
            f"water main burst on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-202", "dev", "'last ... on D; it is now N weeks on and ...'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The ferry last sailed on {slip(ctx.date(start))}; it is now "
            f"{slip(_count_of(stated, 'week', words=True))} on and the island's shops are "
            f"running low."
        ),
    )


@template("CC104-203", "dev", "'Counting from D, when ..., N weeks have gone by'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Counting from {slip(ctx.date(start))}, when the furnace was shut down, "
            f"{slip(_count_of(stated, 'week'))} have gone by."
        ),
    )


@template("CC106-191", "dev", "apposition after the figure: N Y, the X's entire complement,")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    place, noun = ctx.pick(
        (("fire station", "firefighters"), ("lifeboat station", "volunteers"),
         ("signal box", "signallers"))
    )  # fmt: skip
    return _cc106(
        f"{slip(a)} {noun}, the {place}'s entire complement, turned out for the parade.",
        f"The {place}'s {slip(b)} {noun} will be honoured next month.",
        (a, b),
        noun,
    )


@template("CC106-192", "dev", "verb 'serves': The X serves N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    place = ctx.pick(("primary school", "academy", "grammar school"))
    return _cc106(
        f"The {place} serves {slip(a)} pupils from three villages.",
        f"All {slip(b)} pupils at the {place} were sent home early.",
        (a, b),
        "pupils",
    )


@template("CC106-193", "dev", "'N Y live at the X' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    place, noun = ctx.pick((("abbey", "monks"), ("priory", "nuns"), ("hostel", "students")))
    return _cc106(
        f"{slip(a)} {noun} live at the {place}.",
        f"The {place}'s {slip(b)} {noun} rise at five each morning.",
        (a, b),
        noun,
    )


@template("CC108-191", "dev", "pronoun subject: Of the W X they played, they won A and lost B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Of the {slip(w)} games they played last season, they won {slip(a)} and lost {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-192", "dev", "parts after semicolons, then 'W Y in all'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} were boys; girls numbered {slip(b)}; {slip(w)} pupils in all sat the exam.",
        w,
        [a, b],
    )


@template("CC108-193", "dev", "'were whittled down: A were rejected at X and B at Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} applicants were whittled down: {slip(a)} were rejected at the first "
        f"stage and {slip(b)} at the interview.",
        w,
        [a, b],
    )


# ------------------------------- fifteenth dev set: written first, before the changes
# CC106: "every one of the N Y", "there were N of them" after the group, a passive "N Y are
# employed by", two names for one group (musicians / players), "N Y strong" apposition, "a
# roll of N" against "N Y attend", beds on a ward, a "where" clause; CC108: "broke down as",
# a count between the whole and its parts, "were divided into", gapping across two
# sentences, two parts before "of the W", "with X taking A and Y B", "A passed, while B
# failed", parts first and "W altogether" last; CC104: "N weeks on from D", "Counting from
# D, ... has run for N weeks", a date modifying the event.


@template("CC106-211", "dev", "quantified: Every one of the N Y at the X ... the X employs M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    place, noun = ctx.pick(
        (("depot", "firefighters"), ("coastguard station", "officers"), ("garage", "mechanics"))
    )
    return _cc106(
        f"Every one of the {slip(a)} {noun} at the {place} passed the annual fitness test.",
        f"The {place} employs {slip(b)} {noun} on a rota of four shifts.",
        (a, b),
        noun,
    )


@template("CC106-212", "dev", "'there were N of them' after the group ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 45)
    place, noun = ctx.pick(
        (("soup kitchen", "volunteers"), ("night shelter", "helpers"), ("food bank", "drivers"))
    )
    return _cc106(
        f"{capitalized(noun)} kept the {place} open over the holiday; there were "
        f"{slip(a)} of them.",
        f"The {place}'s {slip(b)} {noun} served meals until late on Christmas Eve.",
        (a, b),
        noun,
    )


@template("CC106-213", "dev", "passive: N Y are employed by the X ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 80)
    place, noun = ctx.pick(
        (("national park", "rangers"), ("estate", "gardeners"), ("nature reserve", "wardens"))
    )
    return _cc106(
        f"{slip(a)} {noun} are employed by the {place} during the summer.",
        f"The {place}'s {slip(b)} {noun} also clear the footpaths after storms.",
        (a, b),
        noun,
    )


@template("CC106-214", "dev", "two names for one group: the X's N musicians ... all M players")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    group, first, second = ctx.pick(
        (("orchestra", "musicians", "players"), ("choir", "singers", "voices"),
         ("crew", "sailors", "crewmen"))
    )  # fmt: skip
    return _cc106(
        f"The {group}'s {slip(a)} {first} rehearsed in the cathedral for a week.",
        f"All {slip(b)} {second} in the {group} are unpaid.",
        (a, b),
        group,
    )


@template("CC106-215", "dev", "apposition 'N Y strong': The X, N Y strong, ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 70)
    group, noun = ctx.pick(
        (("choir", "singers"), ("brass band", "players"), ("rowing club", "members"))
    )
    return _cc106(
        f"The {group}, {slip(a)} {noun} strong, travelled to the festival by coach.",
        f"The {slip(b)} {noun} of the {group} stayed with host families.",
        (a, b),
        noun,
    )


@template("CC106-216", "dev", "'a roll of N Y' ... 'M Y attend the X'")
def _(ctx):
    a, b = two_sizes(ctx, 30, 400)
    place = ctx.pick(("village school", "infant school", "academy"))
    return _cc106(
        f"The {place} has a roll of {slip(a)} pupils.",
        f"{slip(b)} pupils attend the {place}, most of them from farming families.",
        (a, b),
        "pupils",
    )


@template("CC106-217", "dev", "'holds N beds' ... all M beds on the X")
def _(ctx):
    a, b = two_sizes(ctx, 10, 60)
    place = ctx.pick(("ward", "unit", "field hospital"))
    return _cc106(
        f"The new {place} holds {slip(a)} beds.",
        f"All {slip(b)} beds on the {place} were filled within a day of its opening.",
        (a, b),
        "beds",
    )


@template("CC106-218", "dev", "negation: None of the X's N Y ... the X, where M Y work")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    place, noun = ctx.pick(
        (("laboratory", "researchers"), ("workshop", "carpenters"), ("print works", "printers"))
    )
    return _cc106(
        f"None of the {place}'s {slip(a)} {noun} was hurt in the blast.",
        f"The {place}, where {slip(b)} {noun} work, will stay shut until the inspection.",
        (a, b),
        noun,
    )


@template("CC108-211", "dev", "'broke down as': The W X broke down as A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    noun, x, y = ctx.pick(
        (("complaints", "about noise", "about litter"), ("calls", "from landlines", "from mobiles"))
    )
    return _cc108(f"The {slip(w)} {noun} broke down as {slip(a)} {x} and {slip(b)} {y}.", w, [a, b])


@template(
    "CC108-212", "dev", "a count between: The W X, drawn from 12 Y, split A for and B against"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        f"The {slip(w)} delegates, drawn from 12 countries, split {slip(a)} for and "
        f"{slip(b)} against the motion.",
        w,
        [a, b],
    )


@template("CC108-213", "dev", "passive 'were divided into': The W X were divided into A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The {slip(w)} recruits were divided into {slip(a)} for the navy and {slip(b)} for "
        "the army.",
        w,
        [a, b],
    )


@template("CC108-214", "dev", "gapping across sentences: received W X. Approvals numbered A, ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The charity received {slip(w)} grant applications this year. Approvals numbered "
        f"{slip(a)}, rejections {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-215", "dev", "two parts before 'of the W': A of the W X came from Y and B from Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"{slip(a)} of the {slip(w)} runners came from Kenya and {slip(b)} from Ethiopia.",
        w,
        [a, b],
    )


@template("CC108-216", "dev", "'with X taking A and Y B' after the whole")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The factory shipped {slip(w)} engines last year, with Europe taking {slip(a)} and "
        f"Asia {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-217", "dev", "colon and 'while': Inspectors visited W X: A passed, while B failed")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"Inspectors visited {slip(w)} restaurants: {slip(a)} passed, while {slip(b)} failed.",
        w,
        [a, b],
    )


@template("CC108-218", "dev", "parts first, whole last: pulled A from X and B from Y, W altogether")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Rescuers pulled {slip(a)} people from the river and {slip(b)} from flooded cellars, "
        f"{slip(w)} altogether.",
        w,
        [a, b],
    )


@template("CC108-219", "dev", "a count between: The W X over the 3 Y were split: A ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The {slip(w)} visitors who came over the 3 open days were split: {slip(a)} were "
        f"adults and {slip(b)} children.",
        w,
        [a, b],
    )


@template("CC104-211", "dev", "'N weeks on from D, when ...'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=True)))} on from "
            f"{slip(ctx.date(start))}, when the bridge was closed, traffic still crawls "
            "through the town."
        ),
    )


@template("CC104-212", "dev", "'Counting from D, the X has now run for N weeks'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Counting from {slip(ctx.date(start))}, the walkout has now run for "
            f"{slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC104-213", "dev", "date as a modifier: N weeks after the D landslide, ... still")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=True)))} after the "
            f"{slip(ctx.date(start))} landslide, the coast road is still shut."
        ),
    )


# ------------------------------ sixteenth dev set: written first, before the changes
# CC104: a question, "week N" of a walkout, "N weeks without X" as a fronted noun phrase, "the
# better part of N months", "N months and counting", "lasting N weeks so far", hyphenated
# number words, "It is N months since" a rule-set event, "Between D and today"; CC106: a
# question, hyphenated number words, a "-person" modifier, "comprises", "consists of", the
# members "number N", "a body of N", a reduced object relative ("the N Y it employs"),
# "belong to"; CC108: hyphenated number words, "namely", "the total number ... was W",
# "plus", "That left B", "out of a total of W", "Some A ..., others B", a question and its
# answer, "A Y joined B Z on the W-member X".


@template("CC104-221", "dev", "question: Has it really been N weeks since ... on D?")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Has it really been {slip(_count_of(stated, 'week'))} since the library shut its "
            f"doors on {slip(ctx.date(start))}? Regulars say it feels longer."
        ),
    )


@template("CC104-222", "dev", "numbered week: The X, now in week N, began on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The lockout, now in {slip(f'week {stated}')}, began on {slip(ctx.date(start))} "
            "when managers changed the locks overnight."
        ),
        ordinal=True,
    )


@template("CC104-223", "dev", "fronted noun phrase: N weeks without X: ... since the storm on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week')))} without running water: that is "
            f"what the hamlet has endured since the storm on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-224", "dev", "'the better part of N months', since it last ran on D")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The paper mill has stood idle for the better part of "
            f"{slip(_count_of(stated, 'month'))}, since its last shift ended on "
            f"{slip(ctx.date(start, year=True))}."
        ),
        direction="above",
    )


@template("CC104-225", "dev", "'N months and counting' after a start clause")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The tower block has stood empty since {slip(ctx.date(start, year=True))}, when "
            f"the last tenants were moved out - {slip(_count_of(stated, 'month'))} and counting."
        ),
    )


@template("CC104-226", "dev", "participle 'lasting N weeks so far', start in a which-clause")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It is a blockade lasting {slip(_count_of(stated, 'week'))} so far, which "
            f"fishermen started on {slip(ctx.date(start))} over the new quotas."
        ),
    )


@template("CC104-227", "dev", "hyphenated number words: Twenty-three weeks after ... on D")
def _(ctx):
    start = _start_before(ctx, 150, 300)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=True)))} after the foundry "
            f"closed its gates on {slip(ctx.date(start, year=True))}, the site is up for sale."
        ),
    )


@template(
    "CC104-228", "dev", "'It is N months since' a rule-set event, number words", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"It is {slip(_count_of(stated, 'month', words=True))} since Russia launched its "
            "full-scale invasion of Ukraine, and the grain terminals are still half empty."
        ),
    )


@template("CC104-229", "dev", "'Between D and today, N weeks have gone by'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Between {slip(ctx.date(start))} and today, {slip(_count_of(stated, 'week'))} "
            "have gone by without a single train on the branch line."
        ),
    )


@template("CC106-221", "dev", "question: Why do the X's N Y ...? ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 10, 80)
    place, noun = ctx.pick(
        (("care home", "carers"), ("call centre", "operators"), ("bakery", "bakers"))
    )
    return _cc106(
        f"Why do the {place}'s {slip(a)} {noun} earn less than the regional average?",
        f"A union survey of the {slip(b)} {noun} of the {place} is due next month.",
        (a, b),
        noun,
    )


@template("CC106-222", "dev", "hyphenated number words: the X's N Y ... all M Y in the X")
def _(ctx):
    a, b = two_sizes(ctx, 21, 80)
    place, noun = ctx.pick(
        (("village", "households"), ("hamlet", "cottages"), ("island", "crofts"))
    )
    return _cc106(
        f"The {place}'s {slip(number_words(a))} {noun} lost power for two days.",
        f"All {slip(b)} {noun} in the {place} have since been fitted with backup batteries.",
        (a, b),
        noun,
    )


@template("CC106-223", "dev", "'-person' modifier: a N-person delegation ... the X's M members")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    group = ctx.pick(("delegation", "mission", "panel"))
    return _cc106(
        f"A {slip(a)}-person trade {group} flew to Lagos on Sunday.",
        f"The {group}'s {slip(b)} members include bankers and two farmers.",
        (a, b),
        group,
    )


@template("CC106-224", "dev", "verb 'comprises': The X comprises N Y ... the M Y on the X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    group, noun = ctx.pick(
        (("committee", "councillors"), ("tribunal", "judges"), ("jury", "members"))
    )
    return _cc106(
        f"The {group} comprises {slip(a)} {noun} chosen by lot.",
        f"The {slip(b)} {noun} on the {group} will report by the end of the year.",
        (a, b),
        noun,
    )


@template("CC106-225", "dev", "verb 'consists of': The X consists of N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    group, noun = ctx.pick(
        (("squadron", "pilots"), ("expedition", "climbers"), ("lifeboat crew", "volunteers"))
    )
    return _cc106(
        f"The {group} consists of {slip(a)} {noun}, most of them in their twenties.",
        f"The {group}'s {slip(b)} {noun} trained together for a year.",
        (a, b),
        noun,
    )


@template("CC106-226", "dev", "'the X's Y number N' ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    place, noun = ctx.pick((("monastery", "monks"), ("convent", "nuns"), ("kibbutz", "residents")))
    return _cc106(
        f"The {place}'s {noun} number {slip(a)}, most of them over sixty.",
        f"The {slip(b)} {noun} of the {place} grow most of their own food.",
        (a, b),
        noun,
    )


@template("CC106-227", "dev", "apposition 'a body of N Y' ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 8, 50)
    group, noun = ctx.pick((("senate", "academics"), ("synod", "clergy"), ("assembly", "elders")))
    return _cc106(
        f"The {group}, a body of {slip(a)} {noun}, met behind closed doors.",
        f"Most of the {slip(b)} {noun} of the {group} later refused to comment.",
        (a, b),
        noun,
    )


@template("CC106-228", "dev", "reduced object relative: the N Y it employs ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 300)
    place, noun = ctx.pick((("hospital", "nurses"), ("airline", "pilots"), ("council", "cleaners")))
    return _cc106(
        f"The {place} said the {slip(a)} {noun} it employs would all get the rise.",
        f"Union officials said the {place}'s {slip(b)} {noun} had waited three years for it.",
        (a, b),
        noun,
    )


@template("CC106-229", "dev", "verb 'belong to': N Y belong to the X ... all M of the X's Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 200)
    group, noun = ctx.pick(
        (
            ("angling club", "anglers"),
            ("allotment society", "gardeners"),
            ("cycling club", "riders"),
        )
    )
    return _cc106(
        f"Some {slip(a)} {noun} belong to the {group}.",
        f"All {slip(b)} of the {group}'s {noun} received a letter about the fees.",
        (a, b),
        noun,
    )


@template("CC108-221", "dev", "hyphenated number words: Of the W X, A were Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 21, 99)
    noun, x, y = ctx.pick(
        (("ewes", "in lamb", "barren"), ("seedlings", "healthy", "blighted"),
         ("crates", "intact", "damaged"))
    )  # fmt: skip
    return _cc108(
        f"Of the {slip(number_words(w))} {noun}, {slip(number_words(a))} were {x} and "
        f"{slip(number_words(b))} {y}.",
        w,
        [a, b],
    )


@template("CC108-222", "dev", "'namely': W X, namely A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The court heard from {slip(w)} witnesses, namely {slip(a)} police officers and "
        f"{slip(b)} bystanders.",
        w,
        [a, b],
    )


@template("CC108-223", "dev", "'The total number of X was W; Y numbered A and Z B'")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The total number of entries was {slip(w)}; novels numbered {slip(a)} and short "
        f"story collections {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-224", "dev", "'plus': A Y plus B Z - W X in total")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 500)
    return _cc108(
        f"The fleet now has {slip(a)} diesel buses plus {slip(b)} electric ones - "
        f"{slip(w)} vehicles in total.",
        w,
        [a, b],
    )


@template("CC108-225", "dev", "'That left B': W X. A were Y. That left B Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The auction offered {slip(w)} paintings. Collectors bought {slip(a)} on the first "
        f"day. That left {slip(b)} for the second.",
        w,
        [a, b],
    )


@template("CC108-226", "dev", "'out of a total of W': Y numbered A and Z B, out of a total of W")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        f"Day pupils numbered {slip(a)} and boarders {slip(b)}, out of a total roll of {slip(w)}.",
        w,
        [a, b],
    )


@template("CC108-227", "dev", "'Some A of the W X ..., others - B - ...'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"Some {slip(a)} of the {slip(w)} stallholders stayed open through the rain; others "
        f"- {slip(b)} in all - packed up by noon.",
        w,
        [a, b],
    )


@template("CC108-228", "dev", "a question and its answer: Where did the W X go? A ..., B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"Where did the {slip(w)} donated laptops go? {slip(a)} went to primary schools and "
        f"{slip(b)} to the public library.",
        w,
        [a, b],
    )


@template("CC108-229", "dev", "'A Y joined B Z on the W-member X'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 120)
    return _cc108(
        f"{slip(a)} farmers joined {slip(b)} shopkeepers on the {slip(w)}-member panel that "
        "will advise on the bypass.",
        w,
        [a, b],
    )


# ---------------------------- seventeenth dev set (CC104, CC106): written first, before changes
# CC104: a "How long ...?" question answered by a bare duration, a negative inversion "Not
# since D, N weeks ago, has ...", a genitive duration "N weeks' silence since", a start named by
# a possessive noun ("since his arrest on D"), "upwards of N months", a "N-week stand-off that
# began when ... on D", "This is the Nth week since", "a little under N months after ... was
# signed on D", a rule-set event inside a relative clause with "is now N months old"; CC106: a
# named group shortened to its head ("the Kestrel Valley Rowing Club" ... "the club's"), a
# participle "carrying N Y", a fronted "At N Y, the X is ...", "houses N Y", a bracketed "(N Y)"
# after the group, "said it had N Y", "who number N", "whose Y total N", "the X's roster lists".


@template("CC104-241", "dev", "question and bare answer: How long has X been shut? N weeks, since")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"How long has the pier been shut? {slip(capitalized(_count_of(stated, 'week')))}, "
            f"since a storm tore away its railings on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-242", "dev", "negative inversion: Not since D, N weeks ago, has ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Not since {slip(ctx.date(start))}, "
            f"{slip(_count_of(stated, 'week', words=True) + ' ago')}, has a freight train "
            "used the branch line."
        ),
    )


@template("CC104-243", "dev", "genitive duration: After N weeks' silence since the vote on D,")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"After {slip(number_words(stated) + ' weeks')}' silence since the members' vote on "
            f"{slip(ctx.date(start))}, the board has finally published its reply."
        ),
    )


@template("CC104-244", "dev", "a possessive start noun: held for N months since his arrest on D")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The journalist has been held without charge for {slip(_count_of(stated, 'month'))} "
            f"since his arrest on {slip(ctx.date(start, year=True))}, his lawyers say."
        ),
    )


@template(
    "CC104-245", "dev", "qualifier 'upwards of': signed on D, in force for upwards of N months"
)
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The fishing accord, signed on {slip(ctx.date(start, year=True))}, has been in "
            f"force for {slip('upwards of ' + _count_of(stated, 'month'))}."
        ),
        direction="above",
    )


@template("CC104-246", "dev", "compound: the N-week stand-off that began when ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Talks to end the {slip(f'{stated}-week')} stand-off that began when dockers "
            f"downed tools on {slip(ctx.date(start))} resume on Monday."
        ),
    )


@template("CC104-247", "dev", "ordinal: This is the Nth week since ... closed on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"This is the {slip(ordinal(stated) + ' week')} since the swimming baths closed on "
            f"{slip(ctx.date(start))} for repairs to the roof."
        ),
        ordinal=True,
    )


@template("CC104-248", "dev", "'a little under N months after' a passive start on D")
def _(ctx):
    start = _start_before(ctx, 95, 400)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The ferry contract is being torn up a little under "
            f"{slip(_count_of(stated, 'month', words=True))} after it was signed on "
            f"{slip(ctx.date(start, year=True))}."
        ),
    )


@template(
    "CC104-249",
    "dev",
    "event in a relative clause: the war that began with <event> is N months old",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            "The war that began with Russia's full-scale invasion of Ukraine is now "
            f"{slip(_count_of(stated, 'month') + ' old')}, and the grain corridor is still shut."
        ),
    )


@template(
    "CC106-241",
    "dev",
    "a named group, then its head: the Kestrel Valley Rowing Club ... the club's",
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 200)
    name, head, noun = ctx.pick(
        (
            ("Kestrel Valley Rowing Club", "club", "members"),
            ("Upper Mardale Male Voice Choir", "choir", "singers"),
            ("Fenwick Street Tenants Association", "association", "households"),
        )
    )
    return _cc106(
        f"The {name} has {slip(a)} {noun} on its books this season.",
        f"The {head}'s {slip(b)} {noun} will vote on the new fees in March.",
        (a, b),
        noun,
    )


@template("CC106-242", "dev", "participle 'carrying N Y' ... the M Y on the X")
def _(ctx):
    a, b = two_sizes(ctx, 20, 300)
    vessel, noun = ctx.pick(
        (("ferry", "passengers"), ("coach", "pensioners"), ("barge", "tourists"))
    )
    return _cc106(
        f"The {vessel}, carrying {slip(a)} {noun}, ran aground in thick fog.",
        f"The {slip(b)} {noun} on the {vessel} were taken ashore in small boats.",
        (a, b),
        noun,
    )


@template("CC106-243", "dev", "fronted 'At N Y, the X is the largest ...' ... its M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 400)
    group, noun = ctx.pick(
        (("choir", "voices"), ("brass band", "musicians"), ("lodge", "brethren"))
    )
    return _cc106(
        f"At {slip(a)} {noun}, the {group} is the largest in the county.",
        f"It hopes all of its {slip(b)} {noun} will take part in the jubilee concert.",
        (a, b),
        noun,
    )


@template("CC106-244", "dev", "verb 'houses': the X houses N Y ... all M Y in the X")
def _(ctx):
    a, b = two_sizes(ctx, 12, 200)
    place, noun = ctx.pick(
        (("tower block", "families"), ("refuge", "women"), ("hostel", "asylum seekers"))
    )
    return _cc106(
        f"The {place} houses {slip(a)} {noun} and has had no lift for a month.",
        f"All {slip(b)} {noun} in the {place} signed the letter to the council.",
        (a, b),
        noun,
    )


@template("CC106-245", "dev", "bracketed count after the group: The X (N Y) ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 10, 120)
    group, noun = ctx.pick(
        (("youth orchestra", "players"), ("works council", "delegates"), ("chess club", "members"))
    )
    return _cc106(
        f"The {group} ({slip(a)} {noun}) has lost its rehearsal room.",
        f"A letter signed by the {group}'s {slip(b)} {noun} was sent to the mayor.",
        (a, b),
        noun,
    )


@template("CC106-246", "dev", "reported: the X said it had N Y ... the M Y at the X")
def _(ctx):
    a, b = two_sizes(ctx, 30, 600)
    firm, noun = ctx.pick(
        (("bakery chain", "staff"), ("call centre", "agents"), ("printing works", "employees"))
    )
    return _cc106(
        f"The {firm} said it had {slip(a)} {noun} on its payroll at the end of the year.",
        f"The {slip(b)} {noun} at the {firm} have been told to expect a pay freeze.",
        (a, b),
        noun,
    )


@template("CC106-247", "dev", "relative 'who number N': The X's Y, who number N, ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 15, 300)
    place, noun = ctx.pick((("island", "residents"), ("abbey", "monks"), ("estate", "tenants")))
    return _cc106(
        f"The {place}'s {noun}, who number {slip(number_words(a) if a < 100 else a)}, rely "
        "on a single ferry.",
        f"A survey asked the {slip(b)} {noun} of the {place} what they needed most.",
        (a, b),
        noun,
    )


@template("CC106-248", "dev", "'whose Y total N' ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 500)
    group, noun = ctx.pick(
        (("cooperative", "members"), ("credit union", "savers"), ("housing trust", "tenants"))
    )
    return _cc106(
        f"The {group}, whose {noun} total {slip(a)}, has cut its fees.",
        f"Each of the {group}'s {slip(b)} {noun} will get a refund in the spring.",
        (a, b),
        noun,
    )


@template("CC106-249", "dev", "'the X's roster lists N Y' ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 15, 80)
    group, noun = ctx.pick(
        (("lifeboat station", "volunteers"), ("rugby club", "players"), ("fire station", "crew"))
    )
    return _cc106(
        f"The {group}'s roster lists {slip(a)} {noun}, a third of them women.",
        f"Training for the {slip(b)} {noun} of the {group} takes place on Tuesdays.",
        (a, b),
        noun,
    )


# --------------------------- seventeenth dev set (CC108): written first, before the changes
# The whole "W in number", parts as "-strong" modifiers, parts named by a relative clause
# ("those who ... numbered A"), roles after "serve as"/"work as", a "W-page" whole with
# "devotes", the whole trailing as "out of the W who ...", parts in apposition with "with",
# "the remaining B" as an object, "among whom", parts with definite articles before the
# whole, shares "of them" in the next sentence, three parts each with its own verb.


@template(
    "CC108-231", "dev", "'W in number': The X, W in number, split: A backed Y, B Z, C abstained"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 400)
    c = ctx.rng.randint(2, 9)
    return _cc108(
        f"The delegates, {slip(w)} in number, split three ways: {slip(a)} backed the merger, "
        f"{slip(b)} opposed it and {slip(c)} abstained.",
        w,
        [a, b, c],
    )


@template("CC108-232", "dev", "parts as modifiers: an A-strong Y unit and a B-strong Z unit ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"One {slip(f'{a}-strong')} infantry unit and another {slip(f'{b}-strong')} "
        f"engineering unit form the {slip(w)}-member peacekeeping mission.",
        w,
        [a, b],
    )


@template("CC108-233", "dev", "parts by relative clause: W X voted. Those who ... numbered A; ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Some {slip(w)} tenants took part in the ballot. Those who wanted the estate rebuilt "
        f"numbered {slip(a)}; those who wanted it repaired, {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-234", "dev", "roles: Of the X's W Y, A serve as Z and B work as V")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Of the club's {slip(w)} volunteers, {slip(a)} serve as coaches and {slip(b)} work "
        "as match stewards.",
        w,
        [a, b],
    )


@template(
    "CC108-235", "dev", "a unit whole as a modifier: The W-page X devotes A pages to Y and B to Z"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 400)
    return _cc108(
        f"The {slip(w)}-page report devotes {slip(a)} pages to the river and {slip(b)} to the "
        "railway.",
        w,
        [a, b],
    )


@template("CC108-236", "dev", "whole trailing: A stayed and B left, out of the W who came")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"{slip(a)} stayed to the end and {slip(b)} left at the interval, out of the {slip(w)} "
        "who came to the premiere.",
        w,
        [a, b],
    )


@template(
    "CC108-237", "dev", "parts in apposition with 'with': its two wings - Y, with A beds, ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 500)
    return _cc108(
        f"Its two wings – the east, with {slip(a)} beds, and the west, with {slip(b)} – make "
        f"up the {slip(w)}-bed hospital.",
        w,
        [a, b],
    )


@template(
    "CC108-238", "dev", "'the remaining B' as an object: Y borrowed A of the W X; Z the remaining B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"Children borrowed {slip(a)} of the {slip(w)} books lent out in May, and adults "
        f"accounted for the remaining {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-239", "dev", "'among whom': The W-strong X, among whom A Y and B Z, ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 120)
    return _cc108(
        f"The {slip(w)}-strong expedition, among whom were {slip(a)} porters and {slip(b)} "
        "guides, reached the pass on Tuesday.",
        w,
        [a, b],
    )


@template(
    "CC108-240", "dev", "definite parts before the whole: The A Y and the B Z on the W-seat X"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 120)
    return _cc108(
        f"The {slip(a)} farmers and the {slip(b)} traders who sit on the {slip(w)}-seat board "
        "met separately on Monday.",
        w,
        [a, b],
    )


@template(
    "CC108-241", "dev", "shares 'of them' in the next sentence: W X ... P per cent of them ..."
)
def _(ctx):
    a = ctx.rng.randint(52, 75)
    b = ctx.rng.randint(108 - a, 95)
    text = (
        f"The survey asked {ctx.rng.randint(300, 2000)} commuters about the timetable. "
        f"{slip(f'{a} per cent')} of them said trains ran late, and {slip(f'{b} per cent')} "
        "said they ran on time."
    )
    return Draft((text,), facts={"whole": 100, "parts": [a, b], "shares": True})


@template("CC108-242", "dev", "three sentences, a verb each: W X. A Y. B more Z. The last C V.")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 400)
    c = ctx.rng.randint(2, 6)
    return _cc108(
        f"The sanctuary rescued {slip(w)} owls last winter. {slip(a)} were released by spring. "
        f"{slip(b)} more recovered slowly in aviaries. The last {slip(c)} died.",
        w,
        [a, b, c],
    )


# ---- eighteenth dev set (CC104, CC106): written first, before the changes
# CC104: a founding year and an "Nth anniversary", a rule-set event in a passive participle
# ("Ukraine, invaded by Russia N months ago"), a rule-set state as an apposition ("president
# for almost N years"), a future perfect ("will have lasted N weeks by the weekend"), a
# bracketed "(now N weeks long)", "passes the N-month mark", "for N consecutive weeks",
# "have spent N weeks" in reported speech, a date with an ordinal suffix ("March 3rd"), a
# contracted "It's been N weeks since"; CC106: "a dozen", sizes over a hundred in words, an
# approximate "N-odd", a bare count after "employs", an apposition "at N Y the smallest",
# "a complement of N Y", "N Y, all employed by the X,", "composed of N Y", a participle
# "the N Y taking part in the X".


def _with_suffix(day: int) -> str:
    """ "3rd", "21st", "12th": a day of the month with its ordinal suffix."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _hundreds_in_words(number: int) -> str:
    """ "three hundred and twelve", "two hundred": 100..999 in words, British style."""
    hundreds, rest = divmod(number, 100)
    head = f"{_ONES[hundreds]} hundred"
    return f"{head} and {number_words(rest)}" if rest else head


@template("CC104-251", "dev", "founding year, then 'celebrates its Nth anniversary'")
def _(ctx):
    first, last = _year_span(ctx, 12, 60)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Founded in {slip(first.year)} by a group of retired miners, the brass band "
            f"celebrates its {slip(ordinal(stated) + ' anniversary')} with a concert on Saturday."
        ),
    )


@template(
    "CC104-252",
    "dev",
    "passive participle: Ukraine, invaded by Russia N months ago,",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Ukraine, invaded by Russia {slip(_count_of(stated, 'month') + ' ago')}, has asked "
            "its neighbours for more air defence."
        ),
    )


@template(
    "CC104-253",
    "dev",
    "apposition: Lukashenko, president for almost N years,",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            "Alexander Lukashenko, president for "
            f"{slip('almost ' + _count_of(stated, 'year', words=stated < 20))}, told the "
            "assembly that the harvest had been a record."
        ),
    )


@template("CC104-254", "dev", "future perfect: the X that began on D will have lasted N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"By the weekend the sit-in that began on {slip(ctx.date(start))} will have lasted "
            f"{slip(_count_of(stated, 'week'))}, the organisers said."
        ),
    )


@template("CC104-255", "dev", "bracketed predicate: The X (now N weeks long) began on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The closure of the swing bridge (now {slip(_count_of(stated, 'week') + ' long')}) "
            f"began on {slip(ctx.date(start))} after divers found cracks in a pier."
        ),
    )


@template("CC104-256", "dev", "'passes the N-month mark' of a rule-set event", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"As the war in Ukraine passes the {slip(f'{stated}-month mark')}, aid agencies "
            "warn of a hard winter."
        ),
    )


@template("CC104-257", "dev", "'for N consecutive weeks, since ... on D'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The canal has been closed to barges for {slip(f'{stated} consecutive weeks')}, "
            f"since a lock gate gave way on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-258", "dev", "reported 'say that, since ... on D, they have spent N weeks'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Residents say that, since the water was cut off on {slip(ctx.date(start))}, they "
            f"have spent {slip(_count_of(stated, 'week', words=stated < 20))} queuing at "
            "standpipes."
        ),
    )


@template("CC104-259", "dev", "ordinal-suffix date: Since Month Dth the X ...; N weeks now")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Since {slip(MONTHS[start.month - 1] + ' ' + _with_suffix(start.day))} the lifts "
            "in the tower have been out of order, and tenants have now climbed the stairs for "
            f"{slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC104-260", "dev", "contraction: It's been N weeks since ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It's been {slip(_count_of(stated, 'week'))} since the village post office shut "
            f"its doors on {slip(ctx.date(start))}, and no buyer has come forward."
        ),
    )


@template("CC106-251", "dev", "'a dozen': the dozen Y at the X ... the X's M Y")
def _(ctx):
    b = ctx.pick((8, 9, 15, 16, 17, 18))
    place, noun = ctx.pick(
        (("animal shelter", "volunteers"), ("lighthouse trust", "trustees"), ("hospice", "nurses"))
    )
    return _cc106(
        f"The {slip('dozen')} {noun} at the {place} have kept it open through the winter.",
        f"The {place}'s {slip(b)} {noun} are to be thanked at a reception next month.",
        (12, b),
        noun,
    )


@template("CC106-252", "dev", "sizes over a hundred in words: all three hundred and N Y ...")
def _(ctx):
    a, b = two_sizes(ctx, 120, 900)
    place, noun = ctx.pick(
        (("island", "residents"), ("village", "voters"), ("college", "students"))
    )
    return _cc106(
        f"All {slip(_hundreds_in_words(a))} {noun} of the {place} were invited to the meeting.",
        f"The {place}'s {slip(b)} {noun} will decide the matter in a ballot.",
        (a, b),
        noun,
    )


@template("CC106-253", "dev", "approximate 'N-odd': the X's N-odd Y ... all M Y")
def _(ctx):
    a = 10 * ctx.rng.randint(4, 30)
    b = a - max(4, math.ceil(0.2 * a)) - ctx.rng.randint(0, 3)
    group, noun = ctx.pick(
        (("allotment society", "members"), ("rowing club", "rowers"), ("food bank", "volunteers"))
    )
    return _cc106(
        f"The {group}'s {slip(f'{a}-odd')} {noun} voted to raise the yearly fee.",
        f"Letters went out to all {slip(b)} {noun} of the {group} on Monday.",
        (a, b),
        noun,
    )


@template("CC106-254", "dev", "bare count after 'employs': The X employs N, ... the X's M staff")
def _(ctx):
    a, b = two_sizes(ctx, 20, 400)
    firm = ctx.pick(("brewery", "sawmill", "pottery"))
    return _cc106(
        f"The {firm} employs {slip(a)}, most of them from the surrounding villages.",
        f"The {firm}'s {slip(b)} staff were told of the sale at a meeting on Tuesday.",
        (a, b),
        "staff",
    )


@template("CC106-255", "dev", "apposition 'at N Y the smallest ...' ... the M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    group, noun, rank = ctx.pick(
        (
            ("village school", "pupils", "county"),
            ("parish council", "councillors", "district"),
            ("lifeboat crew", "volunteers", "region"),
        )
    )
    return _cc106(
        f"The {group}, at {slip(a)} {noun} the smallest in the {rank}, faces a review.",
        f"The {slip(b)} {noun} of the {group} have written to their MP.",
        (a, b),
        noun,
    )


@template("CC106-256", "dev", "'a complement of N Y' ... all M Y aboard the X")
def _(ctx):
    a, b = two_sizes(ctx, 40, 300)
    ship, noun = ctx.pick((("frigate", "sailors"), ("survey ship", "crew"), ("ferry", "crew")))
    return _cc106(
        f"The {ship} left port with a complement of {slip(a)} {noun}.",
        f"All {slip(b)} {noun} aboard the {ship} were reported safe after the fire.",
        (a, b),
        noun,
    )


@template("CC106-257", "dev", "apposition after the members: N Y, all employed by the X, ...")
def _(ctx):
    a, b = two_sizes(ctx, 12, 250)
    place, noun = ctx.pick((("hospice", "nurses"), ("council", "gardeners"), ("museum", "guides")))
    return _cc106(
        f"{slip(a)} {noun}, all employed by the {place}, signed the petition.",
        f"The {place}'s {slip(b)} {noun} have not had a pay rise for three years.",
        (a, b),
        noun,
    )


@template("CC106-258", "dev", "participle 'composed of': The X, composed of N Y, ... M Y on the X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    group, noun = ctx.pick(
        (("panel", "experts"), ("tribunal", "judges"), ("steering group", "residents"))
    )
    return _cc106(
        f"The {group}, composed of {slip(a)} {noun}, will report in the spring.",
        f"Each of the {slip(b)} {noun} on the {group} has been paid a fee.",
        (a, b),
        noun,
    )


@template("CC106-259", "dev", "participle 'taking part in': the N Y taking part in the X ... M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 500)
    event, noun = ctx.pick((("relay", "runners"), ("regatta", "crews"), ("congress", "delegates")))
    return _cc106(
        f"The {slip(a)} {noun} taking part in the {event} set off shortly after dawn.",
        f"Organisers of the {event} said its {slip(b)} {noun} had raised a record sum.",
        (a, b),
        noun,
    )


# ---------------------------- eighteenth dev set (CC108): written first, before the changes
# One verb with opposite objects across two sentences ("A voted for it, B voted against") and
# after a clause that sets the whole ("When W were polled, A answered yes"); shares of a
# counted whole with "made up"; "allots A minutes to Y and B to Z" in a "W-minute" whole; a
# whole named by one noun and its parts by others of its kind (homes: houses and flats);
# places named before their counts after a colon; a wire line of labelled figures; "of whom"
# before the parts inside the subject; a fronted "Including ..."; places as the subjects of
# gapped parts; bare parts in brackets; "Of that number ... the balance, B"; the whole as a
# summary after the parts ("That made W").


@template("CC108-251", "dev", "two sentences, one verb: All W X got a vote. A voted for, B against")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 120)
    return _cc108(
        f"The motion went to all {slip(w)} councillors on Thursday. {slip(a)} voted for it, "
        f"{slip(b)} voted against.",
        w,
        [a, b],
    )


@template("CC108-252", "dev", "a clause sets the whole: When W X were polled, A answered yes, B no")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 600)
    return _cc108(
        f"When {slip(w)} parents were polled on keeping the school open, {slip(a)} answered "
        f"yes, and {slip(b)} answered no.",
        w,
        [a, b],
    )


@template(
    "CC108-253", "dev", "shares of a counted whole: Y made up A per cent of the W X, Z B per cent"
)
def _(ctx):
    a = ctx.rng.randint(52, 75)
    b = ctx.rng.randint(108 - a, 90)
    text = (
        f"Women made up {slip(f'{a} per cent')} of the {ctx.rng.randint(80, 900)} recruits who "
        f"joined the fire service in spring, and men {slip(f'{b} per cent')}."
    )
    return Draft((text,), facts={"whole": 100, "parts": [a, b], "shares": True})


@template("CC108-254", "dev", "'allots': The X's W-minute Y allots A minutes to Z and B to V")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 240)
    return _cc108(
        f"The festival's {slip(w)}-minute opening programme allots {slip(a)} minutes to music "
        f"and {slip(b)} to speeches.",
        w,
        [a, b],
    )


@template(
    "CC108-255", "dev", "kinds of the whole's noun: The storm hit W homes. A houses and B flats"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The storm damaged {slip(w)} homes along the valley. {slip(a)} houses and {slip(b)} "
        "flats lost part of their roofs.",
        w,
        [a, b],
    )


@template(
    "CC108-256", "dev", "places before counts after a colon: W X from three towns: P A, Q B, R C"
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 600)
    c = ctx.rng.randint(3, 12)
    return _cc108(
        f"Entries came from {slip(w)} pupils in three towns: Northfield {slip(a)}, Eastbrook "
        f"{slip(b)} and Westby {slip(c)}.",
        w,
        [a, b, c],
    )


@template("CC108-257", "dev", "a wire line: X numbers: W total - A Y, B Z.")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Staff numbers at the plant: {slip(w)} total - {slip(a)} full-time, {slip(b)} part-time.",
        w,
        [a, b],
    )


@template(
    "CC108-258", "dev", "'of whom' first, inside the subject: The W X, of whom A Y and B Z, V"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        f"The {slip(w)} runners, of whom {slip(a)} finished and {slip(b)} dropped out before "
        "halfway, raised money for the hospice.",
        w,
        [a, b],
    )


@template("CC108-259", "dev", "a fronted 'Including': Including A from Y and B from Z, W X started")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Including {slip(a)} from the host club and {slip(b)} from abroad, {slip(w)} riders "
        "started the race.",
        w,
        [a, b],
    )


@template("CC108-260", "dev", "places as subjects, gapped: Of the W X, P sent A and Q B.")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Of the {slip(w)} delegates at the congress, Scotland sent {slip(a)} and Wales {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-261", "dev", "bare parts in brackets: The X has W Y (A Z, B V) on its roll")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The school has {slip(w)} pupils ({slip(a)} boys, {slip(b)} girls) on its roll this term.",
        w,
        [a, b],
    )


@template("CC108-262", "dev", "'Of that number ...; the balance, B, ...' in the next sentence")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Police questioned {slip(w)} people after the match. Of that number, {slip(a)} were "
        f"charged; the balance, {slip(b)}, were released.",
        w,
        [a, b],
    )


@template(
    "CC108-263",
    "dev",
    "the whole as a summary after the parts: A came by Y and B by Z. That made W",
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"Coaches brought {slip(a)} away fans and trains {slip(b)}. That made {slip(w)} "
        "visiting supporters in the ground, the club said.",
        w,
        [a, b],
    )


# --------- nineteenth dev set (CC104, CC106): written first, before the changes
# Forms a different reporter would use that the sets above do not: a start in the paragraph
# before, a headline-like line, a possessive ordinal of an event, a state verb with "for N
# years", a pronoun start, a hedged range, a pseudo-cleft; sizes restated by a pronoun, after a
# colon, in a table-like line, three sentences on, a number word as subject, "some N", a
# headline and "N in number".


@template(
    "CC104-261", "dev", "start in the paragraph before: X stopped on D. <para> N weeks without X"
)
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The last ferry to the island sailed on {slip(ctx.date(start))}.\n\n"
            f"Islanders have now gone {slip(_count_of(stated, 'week', words=stated < 20))} "
            "without a crossing, and the shop is running short of flour."
        ),
    )


@template("CC104-262", "dev", "headline-like line: X shut since D: N weeks and no date to reopen")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Library shut since {slip(ctx.date(start))}: {slip(_count_of(stated, 'week'))} "
            "and still no date to reopen."
        ),
    )


@template(
    "CC104-263",
    "dev",
    "possessive ordinal of a rule-set event: in the war's Nth month",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Now in the {slip(ordinal(stated) + ' month')} of Russia's invasion, Kyiv's "
            "schools are teaching in shifts."
        ),
        running=True,
    )


@template("CC104-264", "dev", "state verb: has been in office for N years; elected in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 6, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The mayor has been in office for {slip(_count_of(stated, 'year'))}; she was first "
            f"elected in {slip(first.year)} on a promise to reopen the harbour."
        ),
    )


@template("CC104-265", "dev", "pronoun start: The X started on D. N weeks after it started, ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The bin collectors' strike started on {slip(ctx.date(start))}. "
            f"{slip(capitalized(_count_of(stated, 'week', words=stated < 20)))} after it "
            "started, rubbish still lines the streets."
        ),
    )


@template("CC104-266", "dev", "hedged range: some N to M weeks since ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The pier has been fenced off for {slip(f'some {stated} to {stated + 1} weeks')} "
            f"now, since a storm tore up its decking on {slip(ctx.date(start))}."
        ),
        direction="above",
    )


@template("CC104-267", "dev", "bracketed start after: open for N years (first ... in YYYY)")
def _(ctx):
    first, last = _year_span(ctx, 10, 60)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The lido has been open for {slip(_count_of(stated, 'year'))} (it first welcomed "
            f"swimmers in {slip(first.year)}) and has never closed for a whole summer."
        ),
    )


@template("CC104-268", "dev", "pseudo-cleft: N weeks is how long ... since D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=stated < 20)))} is how long "
            f"the tenants have lived without heating since the boiler failed on "
            f"{slip(ctx.date(start))}."
        ),
    )


@template(
    "CC104-269", "dev", "state verb: Lukashenko, who has held power for N years,", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Alexander Lukashenko, who has held power in Belarus for "
            f"{slip(_count_of(stated, 'year'))}, met the visiting delegation in Minsk."
        ),
    )


@template("CC106-261", "dev", "pronoun: The X ... They number N. ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    group, noun = ctx.pick(
        (
            ("cathedral choir", "singers"),
            ("bell-ringing guild", "ringers"),
            ("brass band", "players"),
        )
    )
    return _cc106(
        f"The {group} has sung or played at every civic event since the war. They number "
        f"{slip(a)}, the youngest still at school.",
        f"The {group}'s {slip(b)} {noun} will perform at the reopening.",
        (a, b),
        noun,
    )


@template("CC106-262", "dev", "after a colon: The X relies on a small army: N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 30, 400)
    group, noun = ctx.pick(
        (("folk festival", "volunteers"), ("food bank", "volunteers"), ("marathon", "marshals"))
    )
    return _cc106(
        f"The {group} relies on a small army: {slip(a)} {noun}, none of them paid.",
        f"The {group}'s {slip(b)} {noun} were thanked by the mayor.",
        (a, b),
        noun,
    )


@template("CC106-263", "dev", "table-like line: X staff: Y N, Z 6 ... all M Y at the X")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    place, noun = ctx.pick((("museum", "guides"), ("zoo", "keepers"), ("library", "librarians")))
    return _cc106(
        f"{capitalized(place)} staff: {noun} {slip(a)}, cleaners 6, managers 3.",
        f"All {slip(b)} {noun} at the {place} have been offered new contracts.",
        (a, b),
        noun,
    )


@template("CC106-264", "dev", "three sentences: The X ... It was founded ... Today it has N Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 300)
    group, noun = ctx.pick(
        (("rowing club", "rowers"), ("chess club", "players"), ("cycling club", "riders"))
    )
    return _cc106(
        f"The {group} meets in a hut by the river. It was founded by railway workers. "
        f"Today it has {slip(a)} {noun}.",
        f"The {group}'s {slip(b)} {noun} have raised money for a new roof.",
        (a, b),
        noun,
    )


@template(
    "CC106-265", "dev", "number word as subject: Twenty-six Y look after the X ... the X's M Y"
)
def _(ctx):
    a, b = two_sizes(ctx, 21, 99)
    place, noun = ctx.pick(
        (("nature reserve", "wardens"), ("country park", "rangers"), ("cemetery", "gardeners"))
    )
    return _cc106(
        f"{slip(capitalized(number_words(a)))} {noun} look after the {place} all year round.",
        f"The {place}'s {slip(b)} {noun} say the budget cuts will show by summer.",
        (a, b),
        noun,
    )


@template("CC106-266", "dev", "approximation: Some N Y help run the X ... the X's M Y")
def _(ctx):
    a = 10 * ctx.rng.randint(4, 30)
    b = a + max(10, math.ceil(0.4 * a)) + ctx.rng.randint(0, 5)
    place, noun = ctx.pick(
        (("night shelter", "volunteers"), ("community radio station", "presenters"))
    )
    return _cc106(
        f"Some {slip(a)} {noun} help run the {place}.",
        f"The {place}'s {slip(b)} {noun} give their time for nothing.",
        (a, b),
        noun,
    )


@template(
    "CC106-267", "dev", "headline: Hospice's N nurses back pay claim ... the M nurses of the X"
)
def _(ctx):
    a, b = two_sizes(ctx, 15, 200)
    place, noun = ctx.pick(
        (("Hospice", "nurses"), ("Quarry", "workers"), ("Airport", "firefighters"))
    )
    return _cc106(
        f"{place}'s {slip(a)} {noun} back pay claim.",
        f"The {slip(b)} {noun} of the {place.lower()} voted on Tuesday.",
        (a, b),
        noun,
    )


@template("CC106-268", "dev", "'N in number': The Y of the X, N in number, ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 60)
    place, noun = ctx.pick((("abbey", "monks"), ("convent", "nuns"), ("college", "fellows")))
    return _cc106(
        f"The {noun} of the {place}, {slip(a)} in number, rise before dawn.",
        f"The {place}'s {slip(b)} {noun} have agreed to open the gardens to visitors.",
        (a, b),
        noun,
    )


# ---------------------------- nineteenth dev set (CC108): written first, before the changes

# Fractions in words of one whole, as the parts' slips (a whole of 1 that goes unwritten).
CC108_FRACTIONS = {"half": 1 / 2, "two-thirds": 2 / 3, "three-quarters": 3 / 4, "a third": 1 / 3}


@template(
    "CC108-271",
    "dev",
    "parts first, a pronoun subject sums them next: A before and B after. They ended on W",
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 140)
    return _cc108(
        f"The visitors ran in {slip(a)} points before the interval and {slip(b)} after it. "
        f"They finished the afternoon with {slip(w)}, a club record away from home.",
        w,
        [a, b],
    )


@template("CC108-272", "dev", "fractions in words of a counted whole: two-thirds ... and half ...")
def _(ctx):
    first, second = ctx.pick((("two-thirds", "half"), ("three-quarters", "a third")))
    size = 12 * ctx.rng.randint(3, 40)
    text = (
        f"Of the {size} farmers at the meeting, {slip(first)} backed the new levy and "
        f"{slip(second)} voted to reject it."
    )
    parts = [CC108_FRACTIONS[first], CC108_FRACTIONS[second]]
    return Draft((text,), facts={"whole": 1, "parts": parts, "shares": True, "fractions": True})


@template("CC108-273", "dev", "shares by possessive: X took P per cent against Y's Q per cent")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    a = round(total * ctx.rng.uniform(0.45, 0.6))
    b = total - a
    text = (
        f"In the referendum the Yes camp took {slip(f'{a} per cent')} of the vote against "
        f"the No camp's {slip(f'{b} per cent')}."
    )
    return Draft((text,), facts={"whole": 100, "parts": [a, b], "shares": True})


@template(
    "CC108-274", "dev", "approximate qualifiers on all: Of the roughly W X, about A ..., some B ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 200, 900)
    return _cc108(
        f"Of the roughly {slip(w)} spectators, about {slip(a)} were home supporters and some "
        f"{slip(b)} had travelled from the north.",
        w,
        [a, b],
    )


@template("CC108-275", "dev", "seats 'out of W' after the first part, the second gapped")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 120)
    return _cc108(
        f"Labour won {slip(a)} seats out of {slip(w)} on the county council and the Liberal "
        f"Democrats {slip(b)}.",
        w,
        [a, b],
    )


@template(
    "CC108-276", "dev", "'W-strong' as a predicate before a colon: The X is W-strong: A Y and B Z"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 60)
    return _cc108(
        f"The touring party is {slip(w)}-strong: {slip(a)} players and {slip(b)} coaching and "
        "medical staff.",
        w,
        [a, b],
    )


@template(
    "CC108-277", "dev", "a headline-like first sentence: Ferry disaster: W dead. A were Y, B Z"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Ferry sinking: {slip(w)} dead. Officials said {slip(a)} of the victims were passengers "
        f"and {slip(b)} were members of the crew.",
        w,
        [a, b],
    )


@template("CC108-278", "dev", "money parts as subjects of a future verb from 'the £W m pot'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Social care will receive {slip(f'£{a}m')} and road repairs {slip(f'£{b}m')} from "
        f"the {slip(f'£{w}m')} pot, the council said.",
        w,
        [a, b],
    )


@template(
    "CC108-279",
    "dev",
    "'divided between' with units: The W-acre X will be divided between A acres ... and B acres",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The {slip(w)}-acre site will be divided between {slip(a)} acres of housing and "
        f"{slip(b)} acres of parkland.",
        w,
        [a, b],
    )


@template(
    "CC108-280",
    "dev",
    "a fronted 'Broken down,': Broken down, the W X were A about Y and B about Z",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Broken down, the {slip(w)} complaints were {slip(a)} about noise and {slip(b)} "
        "about parking.",
        w,
        [a, b],
    )


@template(
    "CC108-281",
    "dev",
    "an absolute clause after the whole: W X, the men's field accounting for A and the women's B",
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"{slip(w)} runners crossed the finish line, the men's field accounting for {slip(a)} "
        f"and the women's for {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-282", "dev", "parts as 'X of A and Y of B' making up the owner's W: revenue")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"Hardware sales of {slip(f'${a} million')} and service fees of {slip(f'${b} million')} "
        f"made up the group's {slip(f'${w} million')} in annual revenue.",
        w,
        [a, b],
    )


@template(
    "CC108-283",
    "dev",
    "a survey, parts after a semicolon in reported speech: W X replied; A say ..., B that ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"{slip(w)} growers replied to the survey; {slip(a)} say they will plant more this "
        f"spring, {slip(b)} that they will plant less.",
        w,
        [a, b],
    )


@template(
    "CC108-284",
    "dev",
    "a passive participle after 'with': Deaths reached W, with A recorded in X and B in Y",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The death toll reached {slip(w)} on Monday, with {slip(a)} recorded in the coastal "
        f"province and {slip(b)} in the hills.",
        w,
        [a, b],
    )


# ------------------------------------------- twentieth dev set: grammatical structures
# Written blind to the checks' readings, in structures the sets before use little or not at
# all: reported speech with "that ... and that", backshifted tenses, a concessive or
# temporal clause first, a gapped second clause, a question with a bare answer, a caption or
# headline fragment, a semicolon list, numbers over a hundred in words, a shared head noun
# repeated across sentences, "did not" for a verb left out.


@template("CC104-301", "dev", "reported speech, backshifted: said the X, begun on D, had lasted N")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Union officials said on Monday that the stoppage, begun on "
            f"{slip(ctx.date(start))}, had by now lasted {slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC104-302", "dev", "'for what is now N weeks' after a start with 'since D'")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The swimming baths have stood empty since {slip(ctx.date(start))}, for what is "
            f"now {slip(_count_of(stated, 'week', words=stated < 20))}."
        ),
    )


@template("CC104-303", "dev", "caption: Above: X on D, the first day of a Y now in its Nth week")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Above: pickets at the depot gates on {slip(ctx.date(start))}, the first day of "
            f"a dispute now in its {slip(f'{ordinal(stated)} week')}."
        ),
        ordinal=True,
    )


@template("CC104-304", "dev", "semicolon list with bracketed starts: the X (since D, N weeks); ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Still closed: the riverside footpath (since {slip(ctx.date(start))}, "
            f"{slip(_count_of(stated, 'week'))}); the old swing bridge; the ferry slipway."
        ),
    )


@template("CC104-305", "dev", "passive, duration as subject: N weeks have been lost to X since D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=stated < 20)))} of teaching "
            f"have been lost to the dispute since staff first walked out on "
            f"{slip(ctx.date(start))}."
        ),
    )


@template("CC104-306", "dev", "'N and a half months since' in words")
def _(ctx):
    start = _start_before(ctx, 95, 400)

    def write(stated):
        return (
            f"It is now {slip(f'{number_words(stated)} and a half months')} since the mine "
            f"flooded on {slip(ctx.date(start, year=True))}."
        )

    return start_template(ctx, start, start, "month", write, direction="above")


@template(
    "CC104-307",
    "dev",
    "headline fragment with a rule-set event: War in Ukraine, month N:",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "invasion",
        "month",
        lambda stated: f"War in Ukraine, {slip(f'month {stated}')}: grain ships queue off Odesa.",
        running=True,
    )


@template("CC104-308", "dev", "object of 'marked': marked N weeks without X; the Y struck on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Villagers marked {slip(_count_of(stated, 'week'))} without power on Sunday; the "
            f"storm that brought down the lines struck on {slip(ctx.date(start))}."
        ),
    )


@template(
    "CC104-309",
    "dev",
    "the country's predicate: Belarus has known one leader for N years",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Belarus has known only one leader, Alexander Lukashenko, for "
            f"{slip(_count_of(stated, 'year'))}."
        ),
    )


@template("CC104-310", "dev", "concessive clause first: Although X only on D, ... N weeks ...")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Although the curfew was lifted on {slip(ctx.date(start))}, shops on the "
            f"square have reopened only now, {slip(_count_of(stated, 'week'))} later."
        ),
    )


@template(
    "CC106-301", "dev", "question and bare answer: How many X does Y have? N, ... the Y's M X"
)
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    return _cc106(
        f"How many volunteers does the food bank have? {slip(a)}, its manager says.",
        f"Rising demand is stretching the food bank's {slip(b)} volunteers.",
        (a, b),
        "volunteers",
    )


@template("CC106-302", "dev", "caption: Pictured: the X's N crew members ... all M crew members")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    return _cc106(
        f"Pictured: the lifeboat's {slip(a)} crew members after the rescue.",
        f"All {slip(b)} crew members of the lifeboat are unpaid.",
        (a, b),
        "crew members",
    )


@template("CC106-303", "dev", "gapped second clause: X has 40 Y; the Z, N. ... the Z's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 30)
    if 40 in (a, b):
        return None
    return _cc106(
        f"The senior choir has 40 singers; the youth choir, {slip(a)}.",
        f"The youth choir's {slip(b)} singers will open the concert.",
        (a, b),
        "singers",
    )


@template("CC106-304", "dev", "concessive clause first: Although the X has only N Y, ... its M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    return _cc106(
        f"Although the mountain rescue team has only {slip(a)} volunteers, it answered more "
        "calls last winter than ever before.",
        f"The team's {slip(b)} volunteers train every second weekend.",
        (a, b),
        "volunteers",
    )


@template("CC106-305", "dev", "coordinated subject: The X's N Y and their guide ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    return _cc106(
        f"The expedition's {slip(a)} porters and their guide set off before dawn.",
        f"By nightfall the expedition's {slip(b)} porters had reached the upper camp.",
        (a, b),
        "porters",
    )


@template("CC106-306", "dev", "pronoun owner named before: The X ... Its N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    return _cc106(
        f"The Harlow Moss nature reserve faces a busy summer. Its {slip(a)} wardens will "
        "patrol the boardwalks daily.",
        f"Funding for the reserve's {slip(b)} wardens runs out in October.",
        (a, b),
        "wardens",
    )


@template("CC106-307", "dev", "length stated twice: The X is N metres long ... the M-metre X")
def _(ctx):
    a, b = two_sizes(ctx, 120, 900)
    return _cc106(
        f"The new footbridge is {slip(a)} metres long and crosses the estuary at its narrowest.",
        f"Engineers said the {slip(b)}-metre footbridge would open to walkers in spring.",
        (a, b),
        "footbridge",
    )


@template("CC106-308", "dev", "reported speech: X said that its N Y ... ; later 'M Y work at X'")
def _(ctx):
    a, b = two_sizes(ctx, 10, 60)
    return _cc106(
        f"The bakery said that its {slip(a)} bakers would move to the new site together.",
        f"{slip(b)} bakers work at the bakery, most of them on night shifts.",
        (a, b),
        "bakers",
    )


@template("CC106-309", "dev", "headline fragment: N X for Y ... the Y's M X")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    return _cc106(
        f"Seaside hospice: {slip(a)} nurses, one night shift.",
        f"Managers at the hospice said its {slip(b)} nurses were working longer hours.",
        (a, b),
        "nurses",
    )


@template(
    "CC108-301", "dev", "reported 'that ... and that': said that A of the W X ... and that B ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The ministry said that {slip(a)} of the {slip(w)} flooded schools had reopened and "
        f"that {slip(b)} remained shut.",
        w,
        [a, b],
    )


@template(
    "CC108-302", "dev", "shared head across sentences: took in W dogs. A dogs were X. B dogs Y"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The shelter took in {slip(w)} dogs last year. {slip(a)} dogs were rehomed. "
        f"{slip(b)} dogs went back to their owners.",
        w,
        [a, b],
    )


@template("CC108-303", "dev", "subordinate 'While' first: While A of the W X were Y, B were Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"While {slip(a)} of the {slip(w)} applicants lived in the city, {slip(b)} came from "
        "outside it.",
        w,
        [a, b],
    )


@template("CC108-304", "dev", "numbers over a hundred in words: The W X: A ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 120, 600)
    if a < 100 or b < 100:
        return None
    return _cc108(
        f"Of the {slip(_hundreds_in_words(w))} recruits, {slip(_hundreds_in_words(a))} joined "
        f"the army and {slip(_hundreds_in_words(b))} the navy.",
        w,
        [a, b],
    )


@template("CC108-305", "dev", "headline fragment with participles: W held, A charged, B freed")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"Protest arrests: {slip(w)} held, {slip(a)} charged, {slip(b)} freed without charge.",
        w,
        [a, b],
    )


@template("CC108-306", "dev", "'did not' for the verb left out: A of the W X voted for; B did not")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} of the {slip(w)} tenants signed the petition; {slip(b)} did not.",
        w,
        [a, b],
    )


@template(
    "CC108-307", "dev", "passive, agents after 'by': The W X were handled by two Y: A by P, B by Q"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"The {slip(w)} claims were handled by two offices, {slip(a)} by the one in Leeds and "
        f"{slip(b)} by the one in Hull.",
        w,
        [a, b],
    )


@template("CC108-308", "dev", "whole after the parts in a question: A X and B Y - out of only W?")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{slip(a)} yes votes and {slip(b)} no votes, from an electorate of only {slip(w)}? "
        "Observers asked for a recount.",
        w,
        [a, b],
    )


@template(
    "CC108-309", "dev", "reported, backshifted, numbers in words: said W X had come; A had ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 99)
    return _cc108(
        f"Organisers said {slip(number_words(w))} teams had entered; "
        f"{slip(number_words(a))} had come from abroad and {slip(number_words(b))} from the "
        "host country.",
        w,
        [a, b],
    )


# ----------------------------------------- CC104, wire and British phrasings of a duration


@template(
    "CC104-311", "dev", "event as an age adjective: Russia's N-month-old invasion", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            "Kyiv says grain exports have held up through "
            + slip("Russia's " + number_words(stated) + "-month-old invasion")
            + " of Ukraine."
        ),
    )


@template("CC104-312", "dev", "start as a bare weekday: walked out on <weekday>, N days on")
def _(ctx):
    assert ctx.published is not None
    start = ctx.published - timedelta(days=ctx.rng.randint(2, 6))
    # Wrong whether the weekday is this week's or, read loosely, the week before's.
    return start_template(
        ctx,
        start - timedelta(days=7),
        start,
        "day",
        lambda stated: (
            f"The dockers walked out on {slip(WEEKDAYS[start.weekday()])} and have now spent "
            f"{slip(_count_of(stated, 'day'))} on the picket line."
        ),
        direction="above",
    )


@template("CC104-313", "dev", "relative start: which began last month, has now run for N weeks")
def _(ctx):
    first, last = _month_start(ctx, 1, 1)
    return start_template(
        ctx,
        first,
        last,
        "week",
        lambda stated: (
            f"The bus drivers' strike, which began {slip('last month')}, has now run for "
            f"{slip(_count_of(stated, 'week'))}."
        ),
        direction="above",
    )


@template("CC104-314", "dev", "compound duration: N years and M months after ... in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 26, 70)
    months = ctx.rng.randint(1, 11)

    def write(stated):
        span = f"{capitalized(number_words(stated))} years and {number_words(months)} months"
        month = f"{MONTHS[first.month - 1]} {first.year}"
        return (
            f"{slip(span)} after the bridge collapsed in {slip(month)}, "
            "a temporary crossing is still in use."
        )

    return start_template(ctx, first, last, "year", write, direction="above")


@template("CC104-315", "dev", "ordinal of a noun: in the Nth week of a strike that began on D")
def _(ctx):
    start = _start_before(ctx, 20, 110)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Commuters are now in the {slip(ordinal(stated) + ' week')} of a rail strike "
            f"that began on {slip(ctx.date(start))}."
        ),
        ordinal=True,
    )


@template(
    "CC104-316", "dev", "anniversary of a dated event: marked the Nth anniversary of ... on D"
)
def _(ctx):
    assert ctx.published is not None
    start = ctx.published - timedelta(days=ctx.rng.randint(6 * 365, 40 * 365))
    return start_template(
        ctx,
        start,
        start,
        "year",
        lambda stated: (
            f"Relatives gathered by the reservoir to mark the "
            f"{slip(ordinal(stated) + ' anniversary')} of the dam's collapse on "
            f"{slip(ctx.date(start, year=True))}."
        ),
    )


@template("CC104-317", "dev", "British hedge: laid up for getting on for N months, since ... on D")
def _(ctx):
    start = _start_before(ctx, 95, 500)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            "The ferry has been laid up for "
            f"{slip('getting on for ' + _count_of(stated, 'month', words=stated < 20))}, since "
            f"it ran aground on {slip(ctx.date(start, year=True))}."
        ),
    )


@template("CC104-318", "dev", "round hedge: some N-odd years after ... in YYYY")
def _(ctx):
    assert ctx.published is not None
    tens = ctx.pick((20, 30, 40, 50))
    back = ctx.pick([y for y in range(3, 80) if y <= tens - 5 or y >= tens + 14])
    first = date(ctx.published.year - back, 1, 1)
    last = date(ctx.published.year - back, 12, 31)
    text = (
        f"{slip(f'Some {number_words(tens)}-odd years')} after the mill closed in "
        f"{slip(first.year)}, its chimney still dominates the town."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", tens))


@template(
    "CC104-319",
    "dev",
    "event told, not named: N months after Moscow sent troops in",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"{slip(f'Nearly {number_words(stated)} months')} after Moscow sent its troops "
            "into Ukraine, the two sides have yet to meet for talks."
        ),
    )


@template("CC104-320", "dev", "age adjective on another noun, start in the sentence before")
def _(ctx):
    first, last = _year_span(ctx, 8, 60)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The firm was set up by two brothers in {slip(first.year)}. The "
            f"{slip(f'{stated}-year-old')} business now employs 200 people."
        ),
    )


@template("CC104-321", "dev", "span noun: founded in YYYY, ... in its N-year history")
def _(ctx):
    first, last = _year_span(ctx, 15, 120)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The club, founded in {slip(first.year)}, has never been relegated in its "
            f"{slip(f'{stated}-year history')}."
        ),
    )


@template(
    "CC104-322",
    "dev",
    "possessive ordinal of a person: now in his Nth year in power",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Alexander Lukashenko, now in his {slip(ordinal(stated) + ' year')} in power, "
            "has promised a referendum on the constitution."
        ),
        running=True,
    )


# ------------------------------ twenty-first dev set (CC106, CC108): written first, before changes
# Written before reading the checks, in forms news uses and the sets above barely do: a
# verbless tally against a chamber's size, shares of a whole in separate sentences, a fraction
# beside a count, a whole named by another noun than its parts, a count beside its share, a
# whole after its parts; for CC106 a headline against the body, a count in a relative clause,
# a capacity stated twice, a derived noun for the group's members.


def parts_over_three(ctx: Context, low: int = 30, high: int = 600) -> tuple[int, int, int, int]:
    """(whole, part, part, part): every part below the whole, their sum above it by at least
    3 and 8 %."""
    while True:
        w, a, b = parts_over(ctx, low, high)
        c = round(b * ctx.rng.uniform(0.15, 0.35))
        if c >= 2 and b - c >= 1:
            return w, a, b - c, c


@template("CC106-401", "dev", "headline-like fragment without articles vs the body's possessive")
def _(ctx):
    a, b = two_sizes(ctx, 20, 300)
    school = ctx.pick(("village school", "primary school", "special school"))
    return _cc106(
        f"Tiny {school}'s {slip(a)} pupils raise thousands for new library",
        f"The head said every one of the school's {slip(b)} pupils had taken part in the "
        "sponsored walk.",
        (a, b),
        "pupils",
    )


@template(
    "CC106-402", "dev", "possessive vs relative clause with an adjective: which has M paying Y"
)
def _(ctx):
    a, b = sorted(two_sizes(ctx, 20, 400))
    # Paying members are some of the members: only more of them than members is a slip.
    club, noun, kind = ctx.pick(
        (
            ("bowls club", "members", "paying"),
            ("allotment society", "members", "active"),
            ("sailing club", "members", "full"),
        )
    )
    return _cc106(
        f"The {club}'s {slip(a)} {noun} voted on Tuesday to sell the clubhouse.",
        f"The {club}, which has {slip(b)} {kind} {noun}, was founded in 1921.",
        (a, b),
        noun,
    )


@template(
    "CC106-403", "dev", "'-strong' modifier, members' noun only later: the delegation's M members"
)
def _(ctx):
    a, b = two_sizes(ctx, 8, 120)
    group = ctx.pick(("trade delegation", "business delegation", "parliamentary delegation"))
    return _cc106(
        f"A {slip(a)}-strong {group} arrived in the capital on Monday.",
        f"The delegation's {slip(b)} members will meet ministers and factory owners during "
        "the four-day visit.",
        (a, b),
        "delegation",
    )


@template("CC106-404", "dev", "relative 'which employs N people at its X' ... the X's M workers")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    site = ctx.pick(("plant", "factory", "depot"))
    return _cc106(
        f"The company, which employs {slip(a)} people at its {site} near the ring road, "
        "declined to comment.",
        f"Union officials said the {site}'s {slip(b)} workers had not been consulted.",
        (a, b),
        "workers",
    )


@template(
    "CC106-405", "dev", "'-man' squad named, then a partitive: Three of the M players in the squad"
)
def _(ctx):
    a, b = two_sizes(ctx, 18, 40)
    return _cc106(
        f"The coach named a {slip(a)}-man squad for the summer tour.",
        f"Three of the {slip(b)} players in the squad have yet to win a cap.",
        (a, b),
        "squad",
    )


@template("CC106-406", "dev", "capacity twice: the N-capacity stadium ... which holds M spectators")
def _(ctx):
    a, b = two_sizes(ctx, 20, 80)
    a, b = a * 1000, b * 1000
    return _cc106(
        f"The final will be played at the {slip(f'{a:,}')}-capacity stadium.",
        f"The stadium, which holds {slip(f'{b:,}')} spectators, was sold out within an hour.",
        (a, b),
        "stadium",
    )


@template("CC106-407", "dev", "participle after the count: the N X trapped ... the M trapped X")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    noun, place = ctx.pick((("miners", "underground"), ("climbers", "on the ridge")))
    return _cc106(
        f"Rescuers are trying to reach the {slip(a)} {noun} trapped {place} since Tuesday.",
        f"Relatives of the {slip(b)} trapped {noun} have gathered near the site.",
        (a, b),
        noun,
    )


@template("CC106-408", "dev", "a derived noun: The delegation numbered N ... The M delegates")
def _(ctx):
    a, b = two_sizes(ctx, 10, 90)
    return _cc106(
        f"The delegation numbered {slip(a)}, officials said.",
        f"The {slip(b)} delegates are staying at a hotel near the airport.",
        (a, b),
        "delegation",
    )


@template("CC106-409", "dev", "'a jury of N' ... 'all M jurors' (group noun and member noun)")
def _(ctx):
    a, b = two_sizes(ctx, 8, 16)
    return _cc106(
        f"A jury of {slip(a)} was sworn in on Monday morning.",
        f"All {slip(b)} jurors were told not to read about the case.",
        (a, b),
        "jury",
    )


@template("CC106-410", "dev", "'a class of N Y' ... 'all M children in her class'")
def _(ctx):
    a, b = two_sizes(ctx, 15, 35)
    return _cc106(
        f"She teaches a class of {slip(a)} pupils in a converted chapel.",
        f"All {slip(b)} children in her class passed the reading test this year.",
        (a, b),
        "class",
    )


@template(
    "CC108-401", "dev", "verbless tally of holders against the W-seat chamber in another place"
)
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 60, 600)
    return _cc108(
        (
            f"Voters on Sunday elected the new {slip(w)}-seat regional chamber.",
            f"Seat count: Northern Alliance {slip(a)}, Civic Union {slip(b)}, "
            f"independents {slip(c)}.",
        ),
        w,
        [a, b, c],
    )


@template(
    "CC108-402", "dev", "shares in two sentences, different wording: P% backed ... stood at Q%"
)
def _(ctx):
    p = ctx.rng.randint(48, 70)
    q = 100 - p + ctx.rng.randint(8, 20)
    text = (
        f"Some {slip(p)}% of those asked backed the bypass, the survey found. "
        f"Opposition to the scheme stood at {slip(q)}%."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template("CC108-403", "dev", "a fraction beside a count: Two-thirds of the W X ..., and A ...")
def _(ctx):
    third = ctx.rng.randint(10, 150)
    w = 3 * third
    a = third + max(3, math.ceil(w * ctx.rng.uniform(0.08, 0.2)))
    noun = ctx.pick(("members", "staff", "drivers"))
    text = (
        f"{slip('Two-thirds')} of the union's {slip(w)} {noun} voted to strike, and "
        f"{slip(a)} voted against."
    )
    # The fraction is marked as written: `fraction` says which part it stands for.
    return Draft((text,), facts={"whole": w, "parts": [2 * third, a], "fraction": "two-thirds"})


@template("CC108-404", "dev", "'including A ..., while the rest, some B, ...'")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Police recorded {slip(w)} burglaries last year, including {slip(a)} in the town "
        f"centre, while the rest, some {slip(b)}, took place in outlying villages.",
        w,
        [a, b],
    )


@template(
    "CC108-405", "dev", "parts first by job, the whole later by another noun: all W striking staff"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        (
            f"{slip(a)} nurses and {slip(b)} porters joined the walkout on Tuesday.",
            f"Hospital managers said all {slip(w)} striking staff would lose a day's pay.",
        ),
        w,
        [a, b],
    )


@template("CC108-406", "dev", "next sentence 'Among those X-ed, A were Y and B Z'")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        f"Health officials tested {slip(w)} workers at the packing plant. Among those tested, "
        f"{slip(a)} were positive and {slip(b)} negative.",
        w,
        [a, b],
    )


@template(
    "CC108-407", "dev", "shared head, coordinated modifiers: A full-time and B part-time staff"
)
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        f"{slip(a)} full-time and {slip(b)} part-time staff make up the chain's "
        f"{slip(w)}-person workforce.",
        w,
        [a, b],
    )


@template(
    "CC108-408", "dev", "small numbers in words: Nine of the twelve X voted to Y, and five to Z"
)
def _(ctx):
    w = ctx.rng.randint(10, 19)
    a = ctx.rng.randint(w // 2 + 1, w - 2)
    b = w - a + ctx.rng.randint(2, 4)
    if b >= w:
        return None
    return _cc108(
        f"{slip(capitalized(number_words(a)))} of the {slip(number_words(w))} jurors voted to "
        f"convict, and {slip(number_words(b))} to acquit.",
        w,
        [a, b],
    )


@template("CC108-409", "dev", "a compound whole: W passengers and crew; A were X and B were Y")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 400)
    return _cc108(
        f"The aircraft was carrying {slip(w)} passengers and crew; {slip(a)} were Dutch "
        f"nationals and {slip(b)} were from other countries.",
        w,
        [a, b],
    )


@template("CC108-410", "dev", "a part's share beside its count: Of W X, A (P%) were Y and B were Z")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    share = round(100 * a / w)
    return _cc108(
        f"Of the {slip(w)} applicants, {slip(a)} ({share}%) were offered a place and "
        f"{slip(b)} were turned down.",
        w,
        [a, b],
    )


@template("CC108-411", "dev", "possessive whole, 'compared with': A of this year's W X passed ...")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"{slip(a)} of this year's {slip(w)} candidates passed, compared with {slip(b)} who "
        "did not.",
        w,
        [a, b],
    )


@template(
    "CC108-412",
    "dev",
    "a pronoun and 'put the toll at': W died. They put the toll at A ... and B ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"Officials said {slip(w)} people had died in the floods. They put the toll at "
        f"{slip(a)} in the north and {slip(b)} in the coastal districts.",
        w,
        [a, b],
    )


@template(
    "CC108-413", "dev", "a '-bed' whole, then 'its beds' and 'the remaining B' in another place"
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 800)
    return _cc108(
        (
            f"The {slip(w)}-bed hospital opened in 1974.",
            f"{slip(a)} of its beds are in intensive care; the remaining {slip(b)} serve the "
            "general wards.",
        ),
        w,
        [a, b],
    )


# --------------- CC104, written first: counts without a digit, seasons, "later", other names
# Written before reading the check, in forms none of the sets above use: a decade as the unit
# ("a decade after", "two decades", "half a decade on from"), "a year and a half" and wire
# fractions ("3-1/2 years"), "N years later" after the start's sentence, starts given as a
# season or a part of a year ("last summer", "in late 1983", "the spring of 1990"), "over the
# last N months", "a full N weeks", "fewer than N weeks", "its Nth birthday", an age beside
# a birth year, and rule-set events named in words their rule sets do not list.

DAYS_PER_UNIT["decade"] = 3652.5


def _decade_template(ctx: Context, first: date, last: date, stated: float, write) -> Draft | None:
    """A count of decades `stated` certainly wrong for a start in [first, last]."""
    low = elapsed(last, ctx.published, "decade")
    high = elapsed(first, ctx.published, "decade")
    if not (stated >= high + 2 or stated <= low - 1):
        return None
    return Draft(
        (write(stated),), facts=_duration_facts(first, last, ctx.published, "decade", stated)
    )


@template("CC104-331", "dev", "'a decade' as the unit: A decade after ... closed in YYYY,")
def _(ctx):
    first, last = _year_span(ctx, 25, 60)
    return _decade_template(
        ctx,
        first,
        last,
        1,
        lambda stated: (
            f"{slip('A decade')} after the shipyard closed in {slip(first.year)}, the town's "
            "population is still falling."
        ),
    )


@template(
    "CC104-332", "dev", "decades in words: has farmed for N decades, since buying ... in YYYY"
)
def _(ctx):
    first, last = _year_span(ctx, 5, 45)
    stated = _far_from_start(ctx, first, last, "decade")
    if stated is None:
        return None
    return _decade_template(
        ctx,
        first,
        last,
        stated,
        lambda count: (
            "The Okafor family has farmed the valley for "
            f"{slip(_count_of(count, 'decade', True))}, since buying the land in "
            f"{slip(first.year)}."
        ),
    )


@template("CC104-333", "dev", "'half a decade on from' the YYYY event")
def _(ctx):
    first, last = _year_span(ctx, 17, 40)
    return _decade_template(
        ctx,
        first,
        last,
        0.5,
        lambda stated: (
            f"{slip('Half a decade')} on from the floods of {slip(first.year)}, the flood "
            "defences have still not been finished."
        ),
    )


@template("CC104-334", "dev", "'a year and a half after' a start in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 38, 90)
    if elapsed(last, ctx.published, "year") < 2.5:
        return None
    text = (
        f"{slip('A year and a half')} after the depot burned down in "
        f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}, buses still park on the street."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", 1.5))


@template("CC104-335", "dev", "wire fraction: in the N-1/2 years since ... in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 14, 120)
    whole = _far_from_start(ctx, first, last, "year")
    if whole is None:
        return None
    stated = whole + 0.5
    low = elapsed(last, ctx.published, "year")
    high = elapsed(first, ctx.published, "year")
    if not (stated >= high + 2 or stated <= low - 1):
        return None
    text = (
        f"In the {slip(f'{whole}-1/2 years')} since the merger was completed in "
        f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}, the group has cut 900 jobs."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", stated))


@template("CC104-336", "dev", "'N years later' opening the sentence after the start's")
def _(ctx):
    first, last = _year_span(ctx, 6, 50)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The colliery closed in {slip(first.year)}. "
            f"{slip(capitalized(_count_of(stated, 'year', words=stated < 20)) + ' later')}, "
            "the pithead is a museum."
        ),
    )


@template("CC104-337", "dev", "season start: has stood empty for N months, since ... last summer")
def _(ctx):
    assert ctx.published is not None
    year = ctx.published.year
    # "last summer" is the summer before, or the one just past when written in its autumn.
    first = date(year - 1, 6, 1)
    last = date(year, 8, 31) if ctx.published.month >= 9 else date(year - 1, 8, 31)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The hotel has stood empty for {slip(_count_of(stated, 'month', words=stated < 20))}"
            f", since its last guests left {slip('last summer')}."
        ),
    )


@template("CC104-338", "dev", "part of a year: idle since late YYYY, shut for N months")
def _(ctx):
    assert ctx.published is not None
    year = ctx.published.year - ctx.rng.randint(1, 4)
    first, last = date(year, 9, 1), date(year, 12, 31)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The smelter, idle since {slip(f'late {year}')}, has been shut for "
            f"{slip(_count_of(stated, 'month'))} and its 400 workers are on half pay."
        ),
    )


@template("CC104-339", "dev", "season with a year: N months since the spring of YYYY, when ...")
def _(ctx):
    assert ctx.published is not None
    year = ctx.published.year - ctx.rng.randint(1, 5)
    first, last = date(year, 3, 1), date(year, 5, 31)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"It is {slip(_count_of(stated, 'month'))} since {slip(f'the spring of {year}')}, "
            "when the council last collected rubbish from the estate."
        ),
    )


@template("CC104-340", "dev", "'over the last N weeks', since ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 120)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Over the last {slip(_count_of(stated, 'week', words=stated < 20))}, since the "
            f"bank froze its accounts on {slip(ctx.date(start))}, the charity has relied on "
            "cash donations."
        ),
    )


@template("CC104-341", "dev", "qualifier 'a full': A full N weeks after ... broke on D,")
def _(ctx):
    start = _start_before(ctx, 25, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip('A full ' + _count_of(stated, 'week', words=True))} after the levee broke on "
            f"{slip(ctx.date(start))}, water still covers the lower fields."
        ),
    )


@template("CC104-342", "dev", "qualifier 'fewer than': fewer than N weeks after ... on D")
def _(ctx):
    start = _start_before(ctx, 40, 200)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The plant reopened on Monday, {slip(f'fewer than {stated} weeks')} after an "
            f"explosion on {slip(ctx.date(start))} killed two workers."
        ),
        direction="below",
    )


@template("CC104-343", "dev", "'its Nth birthday' of a thing opened in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 8, 90)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The lido, which first opened its gates in {slip(first.year)}, celebrates its "
            f"{slip(ordinal(stated) + ' birthday')} this weekend."
        ),
    )


@template("CC104-344", "dev", "age against a birth: The N-year-old, born in Month YYYY,")
def _(ctx):
    first, last = _month_start(ctx, 25 * 12, 70 * 12)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The {slip(f'{stated}-year-old')} fisherman, born in "
            f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}, has sailed from the harbour "
            "all his working life."
        ),
    )


@template(
    "CC104-345",
    "dev",
    "rule-set event in other words: since Russia attacked Ukraine",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"In the {slip(_count_of(stated, 'month', words=True))} since Russia attacked "
            "Ukraine, the price of sunflower oil has doubled."
        ),
    )


@template(
    "CC104-346",
    "dev",
    "start as a first election: N years after ... was first elected",
    after=date(1997, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'year', words=True)))} after Alexander "
            "Lukashenko was first elected president, opposition parties remain banned."
        ),
    )


@template(
    "CC104-347",
    "dev",
    "another rule-set event: more than N years after the Union State treaty",
    after=date(2002, 12, 8),
)
def _(ctx):
    return event_template(
        ctx,
        date(1999, 12, 8),
        "union-state-treaty",
        "year",
        lambda stated: (
            f"{slip(f'More than {number_words(stated)} years')} after the Union State treaty "
            "was signed, Belarus and Russia still print their own money."
        ),
        direction="above",
    )


# --------------- CC103, written first: other relative words beside a weekday or a date
# Written before reading the check, in forms the eight CC103 templates above do not use:
# days to come ("tomorrow", "next Weekday"), "the day before yesterday", "N days ago" in
# brackets, "this morning", "a week ago", a possessive "last Weekday's", "last year" beside
# a year and "next month" beside a month.


@template("CC103-31", "dev", "tomorrow (Weekday): a day to come")
def _(ctx):
    return _relative_weekday(
        ctx,
        1,
        lambda wd: (
            f"The inquiry resumes {slip('tomorrow')} ({slip(wd)}) with evidence from the "
            "harbour master."
        ),
        "tomorrow",
    )


@template("CC103-32", "dev", "on Weekday, the day before yesterday,")
def _(ctx):
    return _relative_weekday(
        ctx,
        -2,
        lambda wd: (
            f"The lorry overturned on {slip(wd)}, {slip('the day before yesterday')}, "
            "blocking both lanes for hours."
        ),
        "the day before yesterday",
    )


@template("CC103-33", "dev", "N days ago in brackets after a weekday")
def _(ctx):
    back = ctx.rng.randint(3, 5)
    phrase = f"{number_words(back)} days ago"
    return _relative_weekday(
        ctx,
        -back,
        lambda wd: (
            f"The last delivery of fuel reached the island on {slip(wd)} ({slip(phrase)}), "
            "officials said."
        ),
        phrase,
    )


@template("CC103-34", "dev", "this morning, Weekday,")
def _(ctx):
    return _relative_weekday(
        ctx,
        0,
        lambda wd: (
            f"Shares in the firm opened lower {slip('this morning')}, {slip(wd)}, after the "
            "warning on profits."
        ),
        "this morning",
    )


@template("CC103-35", "dev", "next Weekday, Month D (a date on that weekday, weeks off)")
def _(ctx):
    assert ctx.published is not None
    weekday = ctx.rng.randrange(7)
    ahead = (weekday - ctx.published.weekday()) % 7 or 7
    right = ctx.published + timedelta(days=ahead)
    weeks = ctx.rng.randint(2, 4)
    stated = right + timedelta(weeks=weeks)
    if stated.year != right.year:
        stated = right - timedelta(weeks=weeks)
        if stated <= ctx.published:
            return None
    facts = {"right": right.isoformat(), "stated": stated.isoformat()}
    text = (
        f"The council will vote on the plan {slip(f'next {WEEKDAYS[weekday]}')}, "
        f"{slip(ctx.date(stated))}, after a final round of consultation."
    )
    return Draft((text,), facts=facts)


@template("CC103-36", "dev", "a week ago, on Month D (date days off)")
def _(ctx):
    assert ctx.published is not None
    right = ctx.published - timedelta(days=7)
    stated = right - timedelta(days=ctx.rng.randint(5, 14))
    facts = {"right": right.isoformat(), "stated": stated.isoformat()}
    text = (
        f"The ship was impounded {slip('a week ago')}, on {slip(ctx.date(stated))}, and its "
        "crew are still aboard."
    )
    return Draft((text,), facts=facts)


@template("CC103-37", "dev", "possessive: last Weekday's vote, on Month D,")
def _(ctx):
    assert ctx.published is not None
    weekday = ctx.rng.randrange(7)
    right = _last_weekday_before(ctx.published, weekday)
    stated = right - timedelta(days=ctx.pick((3, 4, 10, 11)))
    facts = {"right": right.isoformat(), "stated": stated.isoformat()}
    text = (
        f"{slip(f'Last {WEEKDAYS[weekday]}')}'s vote, held on {slip(ctx.date(stated))}, gave "
        "the coalition a majority of three."
    )
    return Draft((text,), facts=facts)


@template("CC103-38", "dev", "last year, in YYYY (a year two or more off)")
def _(ctx):
    assert ctx.published is not None
    right = date(ctx.published.year - 1, 1, 1)
    stated = date(right.year - ctx.rng.randint(2, 4), 1, 1)
    facts = {"right": right.isoformat(), "stated": stated.isoformat()}
    text = (
        f"The company last paid a dividend {slip('last year')}, in {slip(stated.year)}, "
        "before the downturn hit its orders."
    )
    return Draft((text,), facts=facts)


@template("CC103-39", "dev", "next month, in Month")
def _(ctx):
    assert ctx.published is not None
    right = ctx.published.month % 12 + 1
    stated = (right - 1 + ctx.rng.randint(2, 4)) % 12 + 1
    facts = {"right_month": right, "stated_month": stated}
    text = (
        f"The new timetable takes effect {slip('next month')}, in {slip(MONTHS[stated - 1])}, "
        "when two extra trains a day will run."
    )
    return Draft((text,), facts=facts)


# ------------------------------ twenty-second dev set (CC106, CC108): written first, before changes
# Written before reading the checks, in forms the sets above lack: for CC108 parts matched to
# their nouns by "respectively" or "the former ... the latter", a lower bound on each part
# ("at least"), a money whole raised and spent in the passive, shares of one vote in two
# sentences, parts joined by "were joined by ... making", "together" naming the whole after
# its parts, the whole in a later sentence with a definite article, parts in quoted speech, a
# trailing "with the remaining B", a half of the whole beside a count, a population's parts
# ("of them"), a "drawn from" list; for CC106 one group named by two nouns of one kind of
# person (pupils and children, troops and soldiers, passengers and people on board, staff and
# employees, worshippers and a congregation, residents and a population).


def _percent_pair(ctx: Context) -> tuple[int, int]:
    total = 100 + ctx.rng.randint(8, 30)
    first = round(total * ctx.rng.uniform(0.4, 0.6))
    return first, total - first


@template("CC108-501", "dev", "'respectively': A and B of the W X were Y and Z respectively")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 800)
    noun, x, y = ctx.pick(
        (
            ("claims", "paid in full", "rejected"),
            ("candidates", "men", "women"),
            ("flights", "cancelled", "delayed"),
        )
    )
    return _cc108(
        f"{capitalized(str(slip(a)))} and {slip(b)} of the {slip(w)} {noun} were {x} and {y} "
        "respectively, the figures show.",
        w,
        [a, b],
    )


@template("CC108-502", "dev", "'the former ... the latter': W X were Y or Z, A the former, B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 500)
    return _cc108(
        f"The {slip(w)} vehicles stopped at the border were either lorries or vans, "
        f"{slip(a)} of the former and {slip(b)} of the latter.",
        w,
        [a, b],
    )


@template("CC108-503", "dev", "lower bounds: At least A of the W X were Y and at least B were Z")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    return _cc108(
        f"At least {slip(a)} of the {slip(w)} people injured were children and at least "
        f"{slip(b)} were over 65, hospital officials said.",
        w,
        [a, b],
    )


@template("CC108-504", "dev", "money, passive: Of the $W million raised, $A million was spent ...")
def _(ctx):
    w, a, b = parts_over(ctx, 12, 400)
    return _cc108(
        f"Of the {slip(f'${w} million')} raised by the appeal, {slip(f'${a} million')} was "
        f"spent on shelters and {slip(f'${b} million')} was set aside for rebuilding.",
        w,
        [a, b],
    )


@template("CC108-505", "dev", "shares of one vote in two sentences, the second with 'another'")
def _(ctx):
    a, b = _percent_pair(ctx)
    return Draft(
        (
            f"Some {slip(f'{a}%')} of union members voted to accept the pay offer.",
            f"Another {slip(f'{b}%')} rejected it outright, the union said.",
        ),
        facts={"whole": 100, "parts": [a, b], "shares": True},
    )


@template("CC108-506", "dev", "'were joined by ... making W': A X were joined by B Y, making W")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"{capitalized(str(slip(a)))} striking drivers were joined on the picket line by "
        f"{slip(b)} conductors, making {slip(w)} in all.",
        w,
        [a, b],
    )


@template("CC108-507", "dev", "parts first, then 'Together they number W' in the next sentence")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The charity has {slip(a)} paid staff and {slip(b)} volunteers. Together they number "
        f"{slip(w)}, its annual report says.",
        w,
        [a, b],
    )


@template("CC108-508", "dev", "parts first, the whole later with a definite article: the W X")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        (
            f"{capitalized(str(slip(a)))} runners came from abroad and {slip(b)} from the host "
            "country.",
            f"The {slip(w)} runners set off from the harbour at nine o'clock.",
        ),
        w,
        [a, b],
    )


@template("CC108-509", "dev", 'quoted speech over two sentences: "We had W X ... A came ..."')
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f'"We received {slip(w)} entries this year," the organiser said. "{slip(a)} came '
        f'from schools and {slip(b)} from adult writers."',
        w,
        [a, b],
    )


@template("CC108-510", "dev", "trailing 'with the remaining B': A of the W X were Y, with ...")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 800)
    return _cc108(
        f"{capitalized(str(slip(a)))} of the {slip(w)} homes surveyed had damp problems, with "
        f"the remaining {slip(b)} judged to be in good repair.",
        w,
        [a, b],
    )


@template("CC108-511", "dev", "a half of the whole beside a count: Half of the W X ..., and A ...")
def _(ctx):
    while True:
        w = 2 * ctx.rng.randint(15, 300)
        half = w // 2
        b = half + max(3, math.ceil(w * ctx.rng.uniform(0.08, 0.3)))
        if b < w:
            break
    return Draft(
        (
            f"{slip('Half')} of the {slip(w)} seats on the council are up for election, "
            f"and {slip(b)} others will be contested next year.",
        ),
        facts={"whole": w, "parts": [half, b], "fraction": "half"},
    )


@template("CC108-512", "dev", "'a population of W, A of them X and B Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 200, 5000)
    return _cc108(
        f"The island has a population of {slip(f'{w:,}')}, {slip(f'{a:,}')} of them on the "
        f"main town and {slip(f'{b:,}')} in the outlying villages.",
        w,
        [a, b],
    )


@template("CC108-513", "dev", "'drawn from': The W X are drawn A from Y and B from Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The {slip(w)} jurors in the pool are drawn, {slip(a)} from the city and {slip(b)} "
        "from the surrounding county.",
        w,
        [a, b],
    )


@template("CC108-514", "dev", "passive with agents: W X were bought, A by Y and B by Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"A total of {slip(w)} paintings were sold at the auction - {slip(a)} were bought by "
        f"private collectors, while galleries bought {slip(b)}.",
        w,
        [a, b],
    )


@template("CC106-501", "dev", "two person nouns: the school's N pupils ... all M children there")
def _(ctx):
    a, b = two_sizes(ctx, 20, 400)
    return _cc106(
        f"The village school's {slip(a)} pupils were sent home early because of the snow.",
        f"All {slip(b)} children at the school had been collected by two o'clock, the head said.",
        (a, b),
        "pupils",
    )


@template("CC106-502", "dev", "two person nouns: N troops ... the same M soldiers")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    return _cc106(
        f"The army flew {slip(a)} troops to the region on Monday.",
        f"The same {slip(b)} soldiers will stay until the floods recede, a spokesman said.",
        (a, b),
        "troops",
    )


@template(
    "CC106-503", "dev", "two person nouns: the bus carrying N schoolchildren ... all M pupils"
)
def _(ctx):
    a, b = two_sizes(ctx, 12, 70)
    return _cc106(
        f"The school bus was carrying {slip(a)} schoolchildren when it slid off the road.",
        f"All {slip(b)} pupils on the bus were checked by paramedics before they were taken home.",
        (a, b),
        "schoolchildren",
    )


@template(
    "CC106-504", "dev", "two person nouns: the firm's N staff ... every one of its M employees"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 900)
    return _cc106(
        f"The firm's {slip(a)} staff were told of the sale at a meeting on Friday.",
        f"Every one of its {slip(b)} employees will keep their job, the buyer said.",
        (a, b),
        "staff",
    )


@template(
    "CC106-505", "dev", "group noun and person noun: a congregation of N ... the M worshippers"
)
def _(ctx):
    a, b = two_sizes(ctx, 30, 600)
    return _cc106(
        f"A congregation of {slip(a)} attended the service at the cathedral.",
        f"The {slip(b)} worshippers then walked in procession to the square.",
        (a, b),
        "congregation",
    )


@template("CC106-506", "dev", "a population of N ... all M residents of the village")
def _(ctx):
    a, b = two_sizes(ctx, 100, 3000)
    return _cc106(
        f"The village, which has a population of {slip(f'{a:,}')}, was cut off by the landslide.",
        f"Supplies for all {slip(f'{b:,}')} residents of the village are being flown in.",
        (a, b),
        "residents",
    )


@template("CC106-507", "dev", "two person nouns in one sentence: the N inmates ... all M prisoners")
def _(ctx):
    a, b = two_sizes(ctx, 40, 900)
    return _cc106(
        f"The prison's {slip(a)} inmates were locked in their cells on Monday, and officials "
        f"said all {slip(b)} prisoners would stay there until the search ended.",
        "",
        (a, b),
        "inmates",
    )


# ------------------------------------------- blind block: gapped verbs, verbs of a part,
# generic person nouns, events told by their acts


@template(
    "CC108-601", "dev", "gapped verb after the whole's sentence: The W X ... Y bought A and Z B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The developer finished {slip(w)} new homes on the estate this spring. The council "
        f"bought {slip(a)} and a housing trust {slip(b)}, the firm said.",
        w,
        [a, b],
    )


@template("CC108-602", "dev", "verbs of amount for each part: X totalled A, while Y came to B")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"The festival brought together {slip(w)} performers over three days. Musicians "
        f"totalled {slip(a)}, while dancers came to {slip(b)}, the organisers said.",
        w,
        [a, b],
    )


@template("CC108-603", "dev", "one verb for each part: carried A of the W X, and Y carried B")
def _(ctx):
    w, a, b = parts_over(ctx, 200, 6000)
    return _cc108(
        f"Coaches carried {slip(f'{a:,}')} of the {slip(f'{w:,}')} fans to the final, and "
        f"special trains carried {slip(f'{b:,}')}.",
        w,
        [a, b],
    )


@template("CC108-604", "dev", "a verb's particle beside a category word: A were sent home, B kept")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Of the {slip(w)} pupils tested on Monday, {slip(a)} were sent home and {slip(b)} "
        "were kept in class.",
        w,
        [a, b],
    )


@template("CC108-605", "dev", "parts with percentages of another measure between them")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    rise = ctx.rng.randint(11, 30)
    fall = ctx.rng.randint(2, 9)
    return _cc108(
        f"Of the chain's {slip(w)} stores, {slip(a)} saw sales rise by more than {rise}% last "
        f"year, and {slip(b)} reported falls of up to {fall}%.",
        w,
        [a, b],
    )


@template("CC108-606", "dev", "a verb of composition, gapped: X form A of them, and Y B")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 800)
    return _cc108(
        f"The {slip(w)} delegates arrived in the capital on Sunday. Farmers form {slip(a)} of "
        f"them, and market traders {slip(b)}.",
        w,
        [a, b],
    )


@template("CC106-601", "dev", "a trade's noun, then 'men': N miners were trapped ... all M men")
def _(ctx):
    a, b = two_sizes(ctx, 5, 120)
    return _cc106(
        f"{capitalized(str(slip(a)))} miners were trapped underground after the roof collapsed.",
        f"All {slip(b)} men were brought to the surface by Thursday morning, the company said.",
        (a, b),
        "miners",
    )


@template("CC106-602", "dev", "two nouns of travellers: carrying N passengers ... all M travellers")
def _(ctx):
    a, b = two_sizes(ctx, 30, 700)
    return _cc106(
        f"The delayed train was carrying {slip(a)} passengers when it stopped outside the station.",
        f"All {slip(b)} travellers were given hotel rooms for the night.",
        (a, b),
        "passengers",
    )


@template(
    "CC106-603", "dev", "a group then its members as people: the N delegates ... the M people"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 400)
    return _cc106(
        f"The conference's {slip(a)} delegates were stuck at the airport for six hours.",
        f"The {slip(b)} people, from 30 countries, finally reached the hotel after midnight.",
        (a, b),
        "delegates",
    )


@template(
    "CC106-604", "dev", "'all N X' as the subject of a verb: N guests ... All M visitors left"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 500)
    return _cc106(
        f"The museum had {slip(a)} guests inside when the fire alarm sounded.",
        f"All {slip(b)} visitors left the building safely, the director said.",
        (a, b),
        "guests",
    )


@template(
    "CC104-601",
    "dev",
    "event by its fighting: N months since fighting broke out in Ukraine",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'month', words=True)))} since fighting broke "
            "out in Ukraine, the port of Odesa is working at half its capacity."
        ),
    )


@template(
    "CC104-602",
    "dev",
    "event by its official name: since Putin announced his military operation",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"In the {slip(_count_of(stated, 'month'))} since Vladimir Putin announced a "
            '"special military operation" in Ukraine, the rouble has swung wildly.'
        ),
    )


@template(
    "CC104-603",
    "dev",
    "event by troops' movement: since Russian forces crossed the border",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"Kyiv says {slip(_count_of(stated, 'month', words=True))} have passed since Russian "
            "forces crossed the border, and not one village in the north is still occupied."
        ),
    )


@template("CC104-604", "dev", "anniversary: This week marks N years since ... closed in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 30, 150)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"This week marks {slip(_count_of(stated, 'year', words=True))} since the steelworks "
            f"closed in {slip(f'{MONTHS[first.month - 1]} {first.year}')}."
        ),
    )


@template(
    "CC104-605",
    "dev",
    "ordinal year of a state: shut in Month YYYY, the pit is in its Nth year of idleness",
)
def _(ctx):
    first, last = _month_start(ctx, 20, 110)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Shut in {slip(f'{MONTHS[first.month - 1]} {first.year}')}, the pit is now in "
            f"the {slip(ordinal(stated) + ' year')} of its idleness."
        ),
        ordinal=True,
    )


# ------------------------ blind block 7xx: wholes and durations in shapes none above use
# Written before the checks' code was read this round and scored before any change: a whole
# as a noun's complement ("a staff of W"), in a quotation's attribution, after its parts across a
# paragraph, in brackets after a verbless tally, parts grouped as "the first ... the
# second", by locative inversion ("From X came A"); durations as "half a century",
# from "the turn of the year", from "mid-Month", "N weeks in", a straight ordinal week with an
# absolute start, a gerund start, a factbox line; one group sized by "every one of".


@template(
    "CC108-701", "dev", "a noun's complement as the whole: with a staff of W, employs A X and B Y"
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The hospital, with a staff of {slip(w)}, employs {slip(a)} nurses and {slip(b)} "
        "porters and cleaners, the trust's annual report shows.",
        w,
        [a, b],
    )


@template("CC108-702", "dev", "parts, a paragraph break, then 'put the turnout at W'")
def _(ctx):
    w, a, b = parts_over(ctx, 300, 9000)
    return _cc108(
        f"Postal ballots numbered {slip(f'{a:,}')} and ballots cast in person "
        f"{slip(f'{b:,}')}.\n\nThe returning officer later put the turnout at "
        f"{slip(f'{w:,}')}.",
        w,
        [a, b],
    )


@template("CC108-703", "dev", "verbless tally, the whole in brackets after: Yes A, no B (W cast)")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 4000)
    return _cc108(
        f"The result of the members' ballot: yes {slip(f'{a:,}')}, no {slip(f'{b:,}')} "
        f"({slip(f'{w:,}')} votes cast).",
        w,
        [a, b],
    )


@template("CC108-704", "dev", "parts in a quotation, the whole in the attribution after it")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f'"We had {slip(a)} on the day shift and {slip(b)} on nights," the manager said of '
        f"the site's {slip(w)} workers.",
        w,
        [a, b],
    )


@template(
    "CC108-705", "dev", "whole last, 'between them ... all W': Y has A, Z B; between them all W"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 120)
    return _cc108(
        f"Labour has {slip(a)} councillors and the Liberal Democrats {slip(b)}; between them "
        f"they hold all {slip(w)} seats on the council.",
        w,
        [a, b],
    )


@template("CC108-706", "dev", "groups by ordinal: W X fell into two groups: the first, of A, ...")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"The {slip(w)} entries fell into two groups: the first, of {slip(a)}, came from "
        f"schools, and the second, of {slip(b)}, from adult learners.",
        w,
        [a, b],
    )


@template("CC108-707", "dev", "parts then 'took the total to W': A by X and B by Y took the total")
def _(ctx):
    w, a, b = parts_over(ctx, 200, 6000)
    return _cc108(
        f"Some {slip(f'{a:,}')} arrivals by sea and {slip(f'{b:,}')} by land took the "
        f"year's total to {slip(f'{w:,}')}, the agency said.",
        w,
        [a, b],
    )


@template("CC108-708", "dev", "locative inversion: From Y came A of the W X, and from Z B")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"From the north of the county came {slip(a)} of the {slip(w)} runners, and from the "
        f"south {slip(b)}.",
        w,
        [a, b],
    )


DAYS_PER_UNIT["century"] = 36525.0


@template("CC104-701", "dev", "'half a century' after a start in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 152, 220)
    if elapsed(last, ctx.published, "century") < 1.5:
        return None
    text = (
        f"{slip('Half a century')} after the canal opened in {slip(first.year)}, barges still "
        "carry grain along it to the mill."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "century", 0.5))


@template(
    "CC104-702", "dev", "start as 'the turn of the year': not since the turn of the year, N weeks"
)
def _(ctx):
    assert ctx.published is not None
    first = date(ctx.published.year, 1, 1)
    if (ctx.published - first).days < 40:
        return None
    return start_template(
        ctx,
        first,
        first,
        "week",
        lambda stated: (
            f"The quarry has produced nothing for {slip(_count_of(stated, 'week'))} - not since "
            f"{slip('the turn of the year')}, when its licence lapsed."
        ),
    )


@template("CC104-703", "dev", "start 'mid-Month': idle since mid-Month, a stretch of N weeks")
def _(ctx):
    assert ctx.published is not None
    first, _last = _month_start(ctx, 3, 9)
    low, high = first + timedelta(days=9), first + timedelta(days=19)
    return start_template(
        ctx,
        low,
        high,
        "week",
        lambda stated: (
            f"The press has been idle since {slip('mid-' + MONTHS[first.month - 1])}, a stretch "
            f"of {slip(_count_of(stated, 'week', words=stated < 20))}."
        ),
    )


@template("CC104-704", "dev", "'N weeks in' opening the sentence, start in a relative clause")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=stated < 20)))} in, the sit-in "
            f"that started on {slip(ctx.date(start))} shows no sign of ending."
        ),
    )


@template("CC104-705", "dev", "ordinal 'straight week', start in an absolute clause after")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Buses stayed in their depots for a {slip(ordinal(stated) + ' straight week')}, the "
            f"strike having begun on {slip(ctx.date(start))}."
        ),
        ordinal=True,
    )


@template("CC104-706", "dev", "gerund start: In the N years he has run X since taking over in YYYY")
def _(ctx):
    assert ctx.published is not None
    year = ctx.published.year - ctx.rng.randint(6, 30)
    return start_template(
        ctx,
        date(year, 1, 1),
        date(year, 12, 31),
        "year",
        lambda stated: (
            f"In the {slip(_count_of(stated, 'year', words=stated < 20))} he has run the club "
            f"since taking over in {slip(year)}, it has never finished lower than fifth."
        ),
    )


@template("CC104-707", "dev", "factbox lines: Closed since: D. Weeks lost: N.")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The bridge at a glance. Closed since: {slip(ctx.date(start))}. Weeks lost so "
            f"far: {slip(stated)}."
        ),
    )


@template("CC106-701", "dev", "'every one of': N X were trapped ... every one of the M was freed")
def _(ctx):
    a, b = two_sizes(ctx, 5, 60)
    return _cc106(
        f"{capitalized(str(slip(a)))} climbers were stranded on the ridge overnight.",
        f"Every one of the {slip(b)} climbers was brought down by helicopter, police said.",
        (a, b),
        "climbers",
    )


@template(
    "CC106-702", "dev", "a dash aside 'M of them' after a sized group: The N X ... - M of them -"
)
def _(ctx):
    a, b = two_sizes(ctx, 6, 80)
    return _cc106(
        f"The ship's {slip(a)} crewmen had been at sea for a month.",
        f"The crewmen - {slip(b)} of them, from four countries - were flown home on Monday.",
        (a, b),
        "crewmen",
    )


# ------------------------------------------------ CC106, a blind block of forms in real copy
# Written before the checks were read again: the size of one group stated twice in the
# shapes copy uses for it (a participle "comprising", a "-strong crew" against "crew
# members", a headline-like lead with "All N", "all N of them" after a pronoun, "a total
# of", a named group in apposition, "a N-person team", "now numbers N", "all N of the
# group's members").


@template("CC106-801", "dev", "participle 'comprising N Y' ... all M Y on the X")
def _(ctx):
    a, b = two_sizes(ctx, 5, 15)
    return _cc106(
        f"The tribunal, comprising {slip(a)} judges, began hearing the appeal on Monday.",
        f"All {slip(b)} judges on the tribunal are expected to write separate opinions.",
        (a, b),
        "judges",
    )


@template("CC106-802", "dev", "'the N-strong crew of X' ... 'All M crew members'")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    return _cc106(
        f"The {slip(a)}-strong crew of the cargo ship was taken off by lifeboat.",
        f"All {slip(b)} crew members were said to be in good health.",
        (a, b),
        "crew",
    )


@template("CC106-803", "dev", "headline-like lead 'All N Y saved as ...' then the body's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 5, 30)
    return _cc106(
        f"All {slip(a)} fishermen saved as trawler sinks in storm.",
        f"The trawler's {slip(b)} fishermen were picked up by a passing tanker before dawn.",
        (a, b),
        "fishermen",
    )


@template("CC106-804", "dev", "'all N of them' after a pronoun: The N Y .... They, all M of them,")
def _(ctx):
    a, b = two_sizes(ctx, 4, 30)
    return _cc106(
        f"The {slip(a)} hostages were freed by soldiers early on Friday. They had been held, "
        f"all {slip(b)} of them, in a farmhouse near the border.",
        "",
        (a, b),
        "hostages",
    )


@template("CC106-805", "dev", "'A total of N Y' ... the M Y (same event)")
def _(ctx):
    a, b = two_sizes(ctx, 20, 150)
    return _cc106(
        f"A total of {slip(a)} firefighters tackled the warehouse blaze at its height.",
        f"The {slip(b)} firefighters who fought the warehouse blaze were stood down at dawn.",
        (a, b),
        "firefighters",
    )


@template("CC106-806", "dev", "a named group in apposition: Name, a school of N Y, ... Name's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 60, 900)
    school = ctx.pick(("Hillcrest Academy", "St Aidan's Primary", "Northgate High"))
    return _cc106(
        f"{school}, a school of {slip(a)} pupils, will close for a week after the flood.",
        f"Lessons for {school}'s {slip(b)} pupils will move online until the repairs are done.",
        (a, b),
        "pupils",
    )


@template("CC106-807", "dev", "'a N-person team' ... the team's M members")
def _(ctx):
    a, b = two_sizes(ctx, 4, 25)
    return _cc106(
        f"A {slip(a)}-person team from the agency arrived at the site on Wednesday.",
        f"The team's {slip(b)} members are expected to stay for two weeks.",
        (a, b),
        "team",
    )


@template("CC106-808", "dev", "predicate 'The X now numbers N' ... the X's M members")
def _(ctx):
    a, b = two_sizes(ctx, 10, 200)
    return _cc106(
        f"Founded by six friends in a pub, the walking club now numbers {slip(a)}.",
        f"The club's {slip(b)} members meet every Sunday at the village green.",
        (a, b),
        "club",
    )


@template("CC106-809", "dev", "'the N-strong X' ... 'All M of the X's Y'")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    return _cc106(
        f"The {slip(a)}-strong delegation flew in from Brussels on Tuesday evening.",
        f"All {slip(b)} of the delegation's members will attend the summit dinner.",
        (a, b),
        "delegation",
    )


@template("CC106-810", "dev", "number words: a party of <N> walkers ... all <M> walkers")
def _(ctx):
    a, b = two_sizes(ctx, 4, 19)
    return _cc106(
        f"A party of {slip(number_words(a))} walkers was reported missing on the moor.",
        f"Rescuers found all {slip(number_words(b))} walkers sheltering in a barn.",
        (a, b),
        "walkers",
    )


# ------------------ blind block 8xx (CC104, CC108): everyday wire and British forms, written first
# Written before the checks' code was read this round and scored on the unchanged checks
# first: a start given as "last <month>", "late <month>", "the start of <year>"; "in the N
# weeks since" with nothing after "since"; "a wait of N weeks since"; a gerund start fronted
# ("Since taking charge in YYYY"); "N years to the month after"; a duration in a "who" clause
# before the start; "have elapsed since"; a whole referred back to as "The figure"; seats won
# with their changes in brackets; a vote share "against B% for" a rival; goals split by
# competition; "a mix of"; a prize shared by relative clauses; "consists of"; "Broken down by
# age,"; parts then "That makes W".


def _last_named_month(ctx: Context) -> tuple[date, date] | None:
    """A month named with "last" ("since last October") that can only be last year's: a month
    later in the year than the publication month."""
    assert ctx.published is not None
    later = list(range(ctx.published.month + 1, 13))
    if not later:
        return None
    month = ctx.pick(later)
    first = date(ctx.published.year - 1, month, 1)
    following = date(first.year + (month == 12), month % 12 + 1, 1)
    return first, following - timedelta(days=1)


@template("CC104-801", "dev", "start 'last <month>': not run since last Month - some N months")
def _(ctx):
    span = _last_named_month(ctx)
    if span is None:
        return None
    first, last = span
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"No trains have run on the branch line since {slip('last ' + MONTHS[first.month - 1])}"
            f" - some {slip(_count_of(stated, 'month', words=stated < 20))} without a service."
        ),
    )


@template("CC104-802", "dev", "start 'late <month>': idle since late Month, almost N months")
def _(ctx):
    first, last = _month_start(ctx, 4, 12)
    return start_template(
        ctx,
        first + timedelta(days=19),
        last,
        "month",
        lambda stated: (
            f"The sawmill has stood idle since {slip('late ' + MONTHS[first.month - 1])}, "
            f"almost {slip(_count_of(stated, 'month'))}, and its owners are seeking a buyer."
        ),
    )


@template("CC104-803", "dev", "bare 'since' last: walked out on D and ... in the N weeks since")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Cleaners at the hospital walked out on {slip(ctx.date(start))} and have not been "
            f"back at work in the {slip(_count_of(stated, 'week'))} since."
        ),
    )


@template("CC104-804", "dev", "'a wait of N weeks since' a passive start on D")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Tenants face a wait of {slip(_count_of(stated, 'week', words=stated < 20))} and "
            f"counting since the block was evacuated on {slip(ctx.date(start))}."
        ),
    )


@template(
    "CC104-805", "dev", "fronted gerund start: Since taking charge in YYYY, she has spent N years"
)
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Since taking charge in {slip(first.year)}, the head teacher has spent "
            f"{slip(_count_of(stated, 'year'))} turning the school round."
        ),
    )


@template("CC104-806", "dev", "'N years to the month after' a start in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 60, 300)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Almost exactly {slip(_count_of(stated, 'year', words=stated < 20))} to the month "
            f"after the colliery closed in {slip(MONTHS[first.month - 1] + ' ' + str(first.year))}"
            ", the site is to become a country park."
        ),
    )


@template("CC104-807", "dev", "duration in a 'who' clause, start after it: who has sat for N years")
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The MP, who has represented the seat for {slip(_count_of(stated, 'year'))}, was "
            f"first elected in {slip(first.year)} with a majority of under a thousand."
        ),
    )


@template("CC104-808", "dev", "'The N months that have elapsed since ... on D'")
def _(ctx):
    start = _start_before(ctx, 120, 500)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The {slip(_count_of(stated, 'month', words=stated < 20))} that have elapsed since "
            f"the ceasefire was signed on {slip(ctx.date(start, year=True))} have brought little "
            "change for the villagers."
        ),
    )


@template(
    "CC104-809", "dev", "start 'the start of YYYY': since the start of YYYY - a run of N months"
)
def _(ctx):
    assert ctx.published is not None
    year = ctx.published.year - ctx.rng.randint(1, 2)
    first = date(year, 1, 1)
    return start_template(
        ctx,
        first,
        first + timedelta(days=20),
        "month",
        lambda stated: (
            f"House prices in the town have risen every month since "
            f"{slip(f'the start of {year}')}, a run of {slip(_count_of(stated, 'month'))}."
        ),
    )


@template("CC108-801", "dev", "'of whom A were': The W X, of whom A were Y and B Z, ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The {slip(w)} passengers, of whom {slip(a)} were British and {slip(b)} Irish, were "
        "put up in hotels near the airport.",
        w,
        [a, b],
    )


@template("CC108-802", "dev", "whole referred back: W arrests. The figure includes A ... and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"Police made {slip(w)} arrests over the holiday weekend. The figure includes "
        f"{slip(a)} for drink-driving and {slip(b)} for public order offences.",
        w,
        [a, b],
    )


@template("CC108-803", "dev", "seats with changes in brackets on the W-seat council")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 90)
    return _cc108(
        f"On the {slip(w)}-seat council, Labour won {slip(a)} seats (up four) and the "
        f"Conservatives {slip(b)} (down two).",
        w,
        [a, b],
    )


@template("CC108-804", "dev", "vote shares: took A% of the vote, against B% for its nearest rival")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    a = round(total * ctx.rng.uniform(0.4, 0.6))
    b = total - a
    text = (
        f"The governing party took {slip(f'{a}%')} of the vote, against {slip(f'{b}%')} for its "
        "nearest rival, final results showed."
    )
    return Draft((text,), facts={"whole": 100, "parts": [a, b], "shares": True})


@template("CC108-805", "dev", "scored W goals last season, A in the league and B in cup games")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 60)
    return _cc108(
        f"The striker scored {slip(w)} goals last season, {slip(a)} in the league and "
        f"{slip(b)} in cup games.",
        w,
        [a, b],
    )


@template("CC108-806", "dev", "'a mix of': The W homes are a mix of A X and B Y")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The {slip(w)} homes on the estate are a mix of {slip(a)} council flats and "
        f"{slip(b)} privately owned houses.",
        w,
        [a, b],
    )


@template(
    "CC108-807", "dev", "money shared by relative clauses: £W shared between X, who took £A, and Y"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"The {slip(f'£{w},000')} jackpot was shared between a nurse from Leeds, who took "
        f"{slip(f'£{a},000')}, and a syndicate of bus drivers, with {slip(f'£{b},000')}.",
        w * 1000,
        [a * 1000, b * 1000],
    )


@template("CC108-808", "dev", "'consists of': The W-seat chamber consists of A X and B Y")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 800)
    return _cc108(
        f"The {slip(w)}-seat upper chamber consists of {slip(a)} elected members and "
        f"{slip(b)} appointed by the president.",
        w,
        [a, b],
    )


@template("CC108-809", "dev", "fronted 'Broken down by age,': the W X were A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Broken down by age, the {slip(w)} patients treated at the field hospital were "
        f"{slip(a)} children and {slip(b)} adults.",
        w,
        [a, b],
    )


@template(
    "CC108-810",
    "dev",
    "parts, then 'That makes W': A X in one week and B in the next. That makes W",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Some {slip(a)} volunteers signed up in the first week and {slip(b)} in the second. "
        f"That makes {slip(w)} so far, the organisers said.",
        w,
        [a, b],
    )


# ----------------------------------------------- CC104 and CC108: a blind block (9xx)
# Written before the checks were read this round: shapes of wire and British copy that the
# templates above do not use (a gap since the last time, "it has taken", "N months running",
# a strike ended today, a dash noun phrase with a relative clause, "or since", a count-less
# "a year", "between D and now", "the first week of Month", "That was N weeks ago"; parts
# "went A to X", "Of the remainder", a bare "or W" apposition, "as well as", "as do another",
# "were among the W", "From a field of W", "divided A ... B", money "in cash ... in shares",
# a whole carried in a relative clause of a vessel, parts in decimal millions).


@template("CC104-901", "dev", "gap since the last time: the first X in N years; the last in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"It is the first royal visit to the island in {slip(_count_of(stated, 'year'))}; "
            f"the last was in {slip(first.year)}."
        ),
    )


@template("CC104-902", "dev", "'It has taken N weeks since D to ...'")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It has taken {slip(_count_of(stated, 'week', words=stated < 20))} since the river "
            f"burst its banks on {slip(ctx.date(start))} to get the line running again."
        ),
    )


@template("CC104-903", "dev", "British 'for the Nth month running', start 'in Month YYYY'")
def _(ctx):
    first, last = _month_start(ctx, 4, 14)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"Rents rose for the {slip(f'{ordinal(stated)} month running')}, the climb having "
            f"started in {slip(MONTHS[first.month - 1] + ' ' + str(first.year))}."
        ),
        ordinal=True,
    )


@template("CC104-904", "dev", "ended today: ending an N-week strike that began on D")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Dockers voted today to go back to work, ending "
            f"{'an' if str(stated).startswith('8') or stated in (11, 18) else 'a'} "
            f"{slip(f'{stated}-week')} strike "
            f"that began on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-905", "dev", "dash noun phrase: in post since YYYY - N years in which ...")
def _(ctx):
    first, last = _year_span(ctx, 8, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The bishop has been in post since {slip(first.year)} - "
            f"{slip(_count_of(stated, 'year'))} in which the diocese has closed a dozen churches."
        ),
    )


@template("CC104-906", "dev", "'or since': for N weeks, or since D")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Not a single bus has used the bridge for {slip(_count_of(stated, 'week'))}, or "
            f"since the crack was found on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-907", "dev", "count-less 'almost a year since D' months after D")
def _(ctx):
    start = _start_before(ctx, 60, 130)
    text = (
        f"It is {slip('almost a year')} since the theatre's roof fell in on "
        f"{slip(ctx.date(start))}, and repairs have not begun."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "year", 1))


@template("CC104-908", "dev", "'the N weeks between D and now'")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"In the {slip(_count_of(stated, 'week'))} between the landslide on "
            f"{slip(ctx.date(start))} and now, the village has been reached only on foot."
        ),
    )


@template("CC104-909", "dev", "start 'the first week of Month': shut since then - N months in all")
def _(ctx):
    first, _ = _month_start(ctx, 4, 12)
    return start_template(
        ctx,
        first,
        first + timedelta(days=6),
        "month",
        lambda stated: (
            f"The pool has been shut since {slip('the first week of ' + MONTHS[first.month - 1])}"
            f", {slip(_count_of(stated, 'month', words=stated < 20))} in all."
        ),
    )


@template("CC104-910", "dev", "anaphora: last seen on D. That was N weeks ago.")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The trawler was last in radio contact on {slip(ctx.date(start))}. That was "
            f"{slip(_count_of(stated, 'week', words=stated < 20) + ' ago')}."
        ),
    )


@template("CC108-901", "dev", "'went A to X and B to Y': The W seats went A to X and B to Y")
def _(ctx):
    w, a, b = parts_over(ctx, 12, 300)
    return _cc108(
        f"The {slip(w)} seats on the new board went {slip(a)} to the unions and {slip(b)} to "
        "the employers.",
        w,
        [a, b],
    )


@template("CC108-902", "dev", "'Of the remainder': Of the W X, A were Y. Of the remainder, B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Of the {slip(w)} flats on the estate, {slip(a)} are let to council tenants. Of the "
        f"remainder, {slip(b)} are privately owned.",
        w,
        [a, b],
    )


@template("CC108-903", "dev", "bare 'or W' apposition after the parts: A X and B Y, or W Z, ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Customs officers stopped {slip(a)} lorries and {slip(b)} vans, or {slip(w)} vehicles, "
        "at the port over the weekend.",
        w,
        [a, b],
    )


@template("CC108-904", "dev", "'as well as': The W-strong squad includes A X as well as B Y")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The {slip(w)}-strong squad includes {slip(a)} home-grown players as well as "
        f"{slip(b)} signed from abroad.",
        w,
        [a, b],
    )


@template("CC108-905", "dev", "'as do another B': A of the W X work nights, as do another B")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Some {slip(a)} of the {slip(w)} staff at the depot work nights, as do another {slip(b)} "
        "on a rota.",
        w,
        [a, b],
    )


@template(
    "CC108-906", "dev", "parts as subject of 'were among the W': A X and B Y were among the W"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Officials said {slip(a)} pensioners and {slip(b)} schoolchildren were among the "
        f"{slip(w)} people moved from their homes.",
        w,
        [a, b],
    )


@template("CC108-907", "dev", "fronted 'From a field of W': A finished and B dropped out")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"From a field of {slip(w)} runners, {slip(a)} finished the course and {slip(b)} "
        "dropped out in the heat.",
        w,
        [a, b],
    )


@template("CC108-908", "dev", "intransitive 'divided': The W votes divided A in favour, B against")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(w)} votes divided {slip(a)} in favour of the merger and {slip(b)} against.",
        w,
        [a, b],
    )


@template("CC108-909", "dev", "money 'in cash' and 'in shares': The $W million deal is made up of")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 900)
    return _cc108(
        f"The {slip(f'${w} million')} deal is made up of {slip(f'${a} million')} in cash and "
        f"{slip(f'${b} million')} in shares.",
        w,
        [a, b],
    )


@template(
    "CC108-910", "dev", "whole in a relative clause of a vessel: A X and B Y were on the ferry"
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"Police said {slip(a)} lorry drivers and {slip(b)} foot passengers were on the ferry, "
        f"which was carrying {slip(w)} people when it lost power.",
        w,
        [a, b],
    )


@template("CC108-911", "dev", "decimal millions: Of the W million X, A million ... and B million")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"Of the country's {slip(f'{w / 10:.1f} million')} registered voters, "
        f"{slip(f'{a / 10:.1f} million')} turned out in the north and "
        f"{slip(f'{b / 10:.1f} million')} in the south.",
        w / 10,
        [a / 10, b / 10],
    )


# ----------------------------------------- CC106, a second blind block of real-copy forms (9xx)
# Written before the checks were read this round: a body of nations named by its initials
# ("the N-nation <ACR>" and "all M <ACR> member states"), a squad named "N-man", seats on a
# "N-member board" against the board's directors, the group's size in a possessive modifier
# ("the N-member alliance's chairman"), a length in kilometres restated in metres, a crowd
# "N-strong" and "the crowd of M", a shortlist in number words, a person's age given twice,
# "one of N" without "the", and a group named with its companions before all of it.


@template("CC106-901", "dev", "initials: the N-nation <ACR> ... all M <ACR> member states")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    body, initials = ctx.pick(
        (
            ("Northern Rivers Compact", "NRC"),
            ("Coastal Fisheries Pact", "CFP"),
            ("Andean Grain Council", "AGC"),
        )
    )
    return _cc106(
        f"The {slip(a)}-nation {body} ({initials}) meets in Oslo next month to set quotas.",
        f"Ministers from all {slip(b)} {initials} member states are due to attend.",
        (a, b),
        "member states",
    )


@template("CC106-902", "dev", "'named a N-man squad' ... the M players in the squad")
def _(ctx):
    a, b = two_sizes(ctx, 18, 40)
    return _cc106(
        f"The coach named a {slip(a)}-man squad for the summer tour on Tuesday.",
        f"The {slip(b)} players in the squad report for training at the end of the month.",
        (a, b),
        "squad",
    )


@template("CC106-903", "dev", "seats on the N-member board ... the board's M directors")
def _(ctx):
    a, b = two_sizes(ctx, 7, 20)
    return _cc106(
        f"The fund holds two seats on the {slip(a)}-member board of the carmaker.",
        f"The board's {slip(b)} directors will vote on the offer next week.",
        (a, b),
        "board",
    )


@template(
    "CC106-904", "dev", "a possessive modifier: the N-member alliance's chairman ... M members"
)
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    return _cc106(
        f"The {slip(a)}-member alliance's chairman said talks would resume in the spring.",
        f"All {slip(b)} members of the alliance signed the joint statement.",
        (a, b),
        "alliance",
    )


@template(
    "CC106-905", "dev", "a length in kilometres restated in metres: the N-km X ... the M-metre X"
)
def _(ctx):
    tenths = ctx.rng.randint(12, 48)
    kilometres = tenths / 10
    metres = round(tenths * 100 * ctx.pick((0.8, 1.25))) // 10 * 10
    return _cc106(
        f"Boring machines began work on the {slip(f'{kilometres}-kilometre')} rail tunnel "
        "under the river on Monday.",
        f"The {slip(f'{metres:,}-metre')} tunnel is due to open to trains in four years.",
        (kilometres, metres),
        "tunnel",
    )


@template("CC106-906", "dev", "'a N-strong crowd' ... 'the crowd of M'")
def _(ctx):
    a, b = two_sizes(ctx, 800, 9000)
    return _cc106(
        f"The band played to a {slip(f'{a:,}')}-strong crowd at the arena on Sunday night.",
        f"The crowd of {slip(f'{b:,}')} sang along to every song of the encore.",
        (a, b),
        "crowd",
    )


@template("CC106-907", "dev", "'a N-strong shortlist' ... all M titles on the shortlist")
def _(ctx):
    a, b = two_sizes(ctx, 5, 12)
    return _cc106(
        f"The judges picked the winner from a {slip(number_words(a))}-strong shortlist.",
        f"All {slip(number_words(b))} titles on the shortlist will be reprinted in paperback.",
        (a, b),
        "shortlist",
    )


@template("CC106-908", "dev", "a person's age twice: Name, N, ... the M-year-old Name")
def _(ctx):
    a, b = two_sizes(ctx, 24, 70)
    first = ctx.pick([n for n in FIRST_NAMES if n not in ctx.body])
    last = ctx.pick([n for n in SURNAMES if n not in ctx.body])
    return _cc106(
        f"{first} {last}, {slip(a)}, was named chief executive of the water company on Monday.",
        f"The {slip(f'{b}-year-old')} {last} joined the company as an engineer.",
        (a, b),
        "age",
    )


@template("CC106-909", "dev", "indefinite 'one of N Y on the X' ... 'the M-Y X'")
def _(ctx):
    a, b = two_sizes(ctx, 5, 15)
    return _cc106(
        f"Judge Amara Whitlow, one of {slip(a)} judges on the appeals panel, wrote the ruling.",
        f"The {slip(b)}-judge panel had heard the case over three days in May.",
        (a, b),
        "judges",
    )


@template(
    "CC106-910", "dev", "the members first, then all of them: the N Y and their X ... All M Y"
)
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    return _cc106(
        f"The search found the {slip(a)} schoolchildren and their two teachers sheltering in a "
        "hut near the summit.",
        f"All {slip(b)} children were taken to hospital in the valley as a precaution.",
        (a, b),
        "schoolchildren",
    )


# ---------------------------------- CC106 and CC108, a blind block of everyday forms (10xx)
# Written before the checks were read this round. CC106: the members as a verb's object and
# then in a possessive, "a team of N" against "the M-strong team", one size in words and the
# other in figures, a headline in title case against the body, "the N-member <group>" and
# "its M members", "a fleet of N ships" against "its M vessels", "seats N" against "the
# M-seat <venue>", a size inside a quotation, "the N-man crew" against "With a crew of M", a
# figure of another group between. CC108: parts from two places ("from two blocks, A from
# one and B from the other"), a sayer between the parts, a vote "polled A votes to Y's B,
# with W cast", shares of a counted whole in the next sentence, a factbox of labelled lines,
# parts after a paragraph break, a figure of another year between the parts, money "met by"
# two sources, a "-bed" whole, "with A voting ... and B voting ...", "B more" after a sayer,
# named places after "from two <places>".


@template("CC106-1001", "dev", "object then possessive: questioned the N members of X ... X's M")
def _(ctx):
    a, b = two_sizes(ctx, 4, 12)
    return _cc106(
        f"Customs officers questioned the {slip(number_words(a))} members of the touring band "
        "for several hours.",
        f"The band's {slip(number_words(b))} members were later allowed to travel on to their "
        "next concert.",
        (a, b),
        "members",
    )


@template("CC106-1002", "dev", "'A team of N Y' ... 'The M-strong team'")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    return _cc106(
        f"A team of {slip(a)} police divers searched the reservoir for a second day.",
        f"The {slip(b)}-strong team is expected to finish the search by the weekend.",
        (a, b),
        "team",
    )


@template("CC106-1003", "dev", "one size in words, the other in figures: Seven Y ... all 9 Y")
def _(ctx):
    a, b = two_sizes(ctx, 4, 16)
    words_first = ctx.pick((True, False))
    first = capitalized(number_words(a)) if words_first else str(a)
    second = str(b) if words_first else number_words(b)
    opening = f"{slip(first)} climbers" if words_first else f"A group of {slip(first)} climbers"
    return _cc106(
        f"{opening} set out from the base camp before dawn on the first day of the season.",
        f"Rescuers later reached all {slip(second)} climbers on a ridge below the summit.",
        (a, b),
        "climbers",
    )


@template("CC106-1004", "dev", "a title-case headline: N Trapped Miners Brought To Surface ...")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    return _cc106(
        f"{slip(a)} Trapped Miners Brought To Surface After Flooding",
        f"The {slip(b)} miners had been trapped underground for two days, the mine's owner said.",
        (a, b),
        "miners",
    )


@template("CC106-1005", "dev", "'The N-member X ... Its M members' in consecutive sentences")
def _(ctx):
    a, b = two_sizes(ctx, 6, 25)
    return _cc106(
        f"The {slip(a)}-member parish council meets once a month in the village hall. Its "
        f"{slip(b)} members are elected every four years.",
        "",
        (a, b),
        "council",
    )


@template("CC106-1006", "dev", "'runs a fleet of N Y' ... 'all M of its vessels'")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    noun = ctx.pick(("ferries", "tugs", "trawlers", "barges"))
    return _cc106(
        f"The operator runs a fleet of {slip(a)} {noun} between the islands and the mainland.",
        f"The operator said all {slip(b)} of its vessels stayed in port during the storm.",
        (a, b),
        "fleet",
    )


@template("CC106-1007", "dev", "verb 'seats': The X seats N spectators ... the M-seat X")
def _(ctx):
    a, b = two_sizes(ctx, 8000, 40000)
    a, b = round(a, -2), round(b, -2)
    return _cc106(
        f"The new stadium seats {slip(f'{a:,}')} spectators and took three years to build.",
        f"The {slip(f'{b:,}')}-seat stadium will host its first match in August.",
        (a, b),
        "stadium",
    )


@template("CC106-1008", "dev", 'a size inside a quotation: "All N of our staff ..." ... M staff')
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    return _cc106(
        f'"All {slip(a)} of our staff got out of the store safely," the manager told reporters.',
        f"The store's {slip(b)} staff were allowed back inside later in the afternoon.",
        (a, b),
        "staff",
    )


@template("CC106-1009", "dev", "'the X's N-man crew' ... fronted 'With a crew of M, the X ...'")
def _(ctx):
    a, b = two_sizes(ctx, 4, 12)
    return _cc106(
        f"The lifeboat's {slip(a)}-man crew launched into heavy seas just after midnight.",
        f"With a crew of {slip(b)}, the lifeboat reached the drifting yacht within the hour.",
        (a, b),
        "crew",
    )


@template("CC106-1010", "dev", "another group's figure beside: has N Y for its 180 Z ... M Y")
def _(ctx):
    a, b = two_sizes(ctx, 8, 30)
    pupils = ctx.rng.randint(12, 30) * 10
    return _cc106(
        f"The village school has {slip(a)} teachers for its {pupils} pupils.",
        f"The school's {slip(b)} teachers will join a national strike on Thursday.",
        (a, b),
        "teachers",
    )


@template("CC108-1001", "dev", "parts from two places: W X from two Y, A from one and B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Volunteers evacuated {slip(w)} residents from two tower blocks, {slip(a)} from one "
        f"and {slip(b)} from the other, after the fire alarm sounded.",
        w,
        [a, b],
    )


@template("CC108-1002", "dev", "a sayer between parts: Of the W X, A ..., while police said B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 80)
    return _cc108(
        f"Of the {slip(w)} passengers on the bus, {slip(a)} were taken to hospital, while "
        f"police said {slip(b)} walked away unhurt.",
        w,
        [a, b],
    )


@template("CC108-1003", "dev", "a vote: X polled A votes to Y's B, with W cast")
def _(ctx):
    w, a, b = parts_over(ctx, 2000, 40000)
    first, second = ctx.rng.sample([n for n in SURNAMES if n not in ctx.body], 2)
    return _cc108(
        f"{first} polled {slip(f'{a:,}')} votes to {second}'s {slip(f'{b:,}')}, with "
        f"{slip(f'{w:,}')} cast in all.",
        w,
        [a, b],
    )


@template(
    "CC108-1004", "dev", "shares of a counted whole in the next sentence: W X. P% of them ..."
)
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.4, 0.6))
    q = total - p
    nurses = ctx.rng.randint(200, 1500)
    text = (
        f"The hospital employs {nurses} nurses. Some {slip(f'{p}%')} of them work full-time, "
        f"while {slip(f'{q}%')} work part-time."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template("CC108-1005", "dev", "a factbox of labelled lines: X:\\nY: A\\nZ: B\\nTotal: W")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"Seats on the new council:\nLabour: {slip(a)}\nConservative: {slip(b)}\nTotal: {slip(w)}.",
        w,
        [a, b],
    )


@template("CC108-1006", "dev", "parts after a paragraph break: took in W X.\\n\\nSome A ..., B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The animal shelter took in {slip(w)} dogs last year.\n\nSome {slip(a)} were found "
        f"new homes and {slip(b)} were returned to their owners, the shelter's manager said.",
        w,
        [a, b],
    )


@template("CC108-1007", "dev", "another year's figure between: A were women, up from N, and B men")
def _(ctx):
    w, a, b = parts_over(ctx, 60, 900)
    earlier = max(2, round(a * ctx.rng.uniform(0.5, 0.8)))
    return _cc108(
        f"Of the {slip(w)} recruits who joined the force this year, {slip(a)} were women, up "
        f"from {earlier} a year earlier, and {slip(b)} were men.",
        w,
        [a, b],
    )


@template("CC108-1008", "dev", "money 'met by': The £Wm cost will be met by £Am from X and £Bm ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 600)
    return _cc108(
        f"The {slip(f'£{w}m')} cost of the new bridge will be met by {slip(f'£{a}m')} from "
        f"the government and {slip(f'£{b}m')} from the county council.",
        w,
        [a, b],
    )


@template("CC108-1009", "dev", "a '-bed' whole: The W-bed X has A beds on Y and B on Z")
def _(ctx):
    w, a, b = parts_over(ctx, 80, 900)
    return _cc108(
        f"The {slip(w)}-bed hospital has {slip(a)} beds on its surgical wards and {slip(b)} "
        "on its medical wards.",
        w,
        [a, b],
    )


@template("CC108-1010", "dev", "gerunds: Turnout was W, with A voting to X and B voting to Y")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 2000)
    return _cc108(
        f"Turnout at the union meeting was {slip(f'{w:,}')}, with {slip(f'{a:,}')} voting to "
        f"strike and {slip(f'{b:,}')} voting to accept the offer.",
        w,
        [a, b],
    )


@template("CC108-1011", "dev", "'B more' after a sayer: W X. A were Y, and officials said B more Z")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"The storm damaged {slip(w)} homes along the coast. Some {slip(a)} were destroyed "
        f"outright, and officials said {slip(b)} more were left without roofs.",
        w,
        [a, b],
    )


@template("CC108-1012", "dev", "named places after 'from two Y': W X came from two Y, A from P ...")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 600)
    first, second = ctx.rng.sample(["France", "Spain", "Portugal", "Italy", "Greece"], 2)
    return _cc108(
        f"The {slip(w)} delegates came from two countries, {slip(a)} from {first} and "
        f"{slip(b)} from {second}.",
        w,
        [a, b],
    )


# ------------------------------------------------------------ CC104: a blind block (10xx)
# Written before the check was read this round: everyday ways of putting a duration against
# its start that the templates above do not use (a compound age with a participle start, a
# date with "ago" opening a sentence, "has lasted ... since it was", a fronted founding year
# before an age, "N years after" in the past of the report, "a fortnight", "half a year", the
# start and the running count paragraphs apart, a term that "dates from" its start, "that is
# N weeks without", "turns N this year", "in YYYY, some N years ago", "since D, or N weeks").


@template("CC104-1001", "dev", "compound age, participle start: the N-month-old X, agreed on D,")
def _(ctx):
    start = _start_before(ctx, 100, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Shelling broke the {slip(f'{stated}-month-old')} ceasefire, agreed on "
            f"{slip(ctx.date(start, year=True))}, for the first time overnight."
        ),
    )


@template("CC104-1002", "dev", "date with 'ago' opening a sentence: On D, N weeks ago, ...")
def _(ctx):
    start = _start_before(ctx, 25, 120)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"On {slip(ctx.date(start))}, {slip(_count_of(stated, 'week', words=stated < 20))} "
            "ago, the council voted to sell the depot; no buyer has come forward."
        ),
    )


@template("CC104-1003", "dev", "'has lasted N weeks since it was imposed on D'")
def _(ctx):
    start = _start_before(ctx, 25, 120)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The curfew has lasted {slip(_count_of(stated, 'week'))} since it was imposed on "
            f"{slip(ctx.date(start))}, and shops still close at dusk."
        ),
    )


@template("CC104-1004", "dev", "fronted founding year: Founded in YYYY, the N-year-old firm ...")
def _(ctx):
    first, last = _year_span(ctx, 12, 90)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Founded in {slip(first.year)}, the {slip(f'{stated}-year-old')} firm still makes "
            "its ropes by hand in the same mill."
        ),
    )


@template("CC104-1005", "dev", "'Last week, N years after ... in YYYY, ...'")
def _(ctx):
    first, last = _year_span(ctx, 8, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Last week, {slip(_count_of(stated, 'year'))} after the paper mill shut in "
            f"{slip(first.year)}, the site was sold to a housing developer."
        ),
    )


@template("CC104-1006", "dev", "'a fortnight after' a start on D weeks before")
def _(ctx):
    start = _start_before(ctx, 42, 90)
    text = (
        f"{slip('A fortnight')} after the storm of {slip(ctx.date(start))}, the coast road is "
        "still closed to lorries."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "week", 2))


@template("CC104-1007", "dev", "'For half a year now - since D -' with D years before")
def _(ctx):
    start = _start_before(ctx, 600, 1100)
    text = (
        f"For {slip('half a year')} now - since {slip(ctx.date(start, year=True))} - the "
        "island's only doctor has been flown in twice a week."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "year", 0.5))


@template("CC104-1008", "dev", "start in one paragraph, 'Now in its Nth week' in a later one")
def _(ctx):
    start = _start_before(ctx, 25, 120)
    draft = start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: f"{ordinal(stated)} week",
        ordinal=True,
    )
    if draft is None:
        return None
    return Draft(
        (
            f"The stoppage at the bus depot began on {slip(ctx.date(start))}.",
            f"Now in its {slip(draft.texts[0])}, the stoppage has cost the operator its "
            "school contracts.",
        ),
        facts=draft.facts,
    )


@template("CC104-1009", "dev", "a term with its start as the verb: The N-week X dates from D")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The {slip(f'{stated}-week')} dispute over night shifts dates from "
            f"{slip(ctx.date(start))}, when the first crews refused to clock on."
        ),
    )


@template("CC104-1010", "dev", "'... on D - that is N weeks without ...'")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The cleaners were last paid on {slip(ctx.date(start))} - that is "
            f"{slip(_count_of(stated, 'week', words=stated < 20))} without wages."
        ),
    )


@template("CC104-1011", "dev", "'first held in YYYY, turns N this year'")
def _(ctx):
    first, last = _year_span(ctx, 15, 80)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The folk festival, first held in {slip(first.year)}, turns "
            f"{slip(stated)} this year and has sold out for the first time."
        ),
    )


@template("CC104-1012", "dev", "year then 'ago': last repainted in YYYY, some N years ago")
def _(ctx):
    first, last = _year_span(ctx, 10, 50)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The pier was last repainted in {slip(first.year)}, some "
            f"{slip(_count_of(stated, 'year', words=stated < 20))} ago, and rust shows "
            "through."
        ),
    )


@template("CC104-1013", "dev", "'since D, or N weeks,' the start before the count")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The border post has been shut since {slip(ctx.date(start))}, or "
            f"{slip(_count_of(stated, 'week'))}, leaving traders to go the long way round."
        ),
    )


@template("CC104-1014", "dev", "compound age of an animal, start 'born on D'")
def _(ctx):
    start = _start_before(ctx, 120, 500)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Visitors queued to see the {slip(f'{stated}-month-old')} panda cub, born at the "
            f"zoo on {slip(ctx.date(start, year=True))}."
        ),
    )


# ------------------------------------------------------------ CC104: a blind block (11xx)
# Written before the check was read this round: durations put against a start in forms the
# templates above do not use ("coming up to", "has stretched to" after a free relative, an age
# fronted by "At N", a wire-style bare age before "who was born in", "going on", "barely", "in
# excess of", the ruler's rule in the passive, "N months of full-scale war", a rule-set treaty
# "signed N years ago", "- not since D", a date as the subject of "was N weeks ago", "a N-week
# stretch", "a quarter of a century", a wire date with no "on", "the Dth of Month", "D last
# year ... N months later", a bracketed birth date before an age, a count fronted by a colon,
# "the thick end of", "on end", another verb of rule).


@template("CC104-1101", "dev", "British 'coming up to N years since' a start in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 8, 45)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"It is {slip('coming up to ' + _count_of(stated, 'year', words=stated < 20))} "
            f"since the last trawler left the harbour in {slip(first.year)}."
        ),
    )


@template("CC104-1102", "dev", "free relative: What began on D as ... has stretched to N weeks")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"What began on {slip(ctx.date(start))} as a one-day protest over rotas has "
            f"stretched to {slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC104-1103", "dev", "fronted age: At N, <person>, born on D YYYY, ...")
def _(ctx):
    start = _start_before(ctx, 365 * 30, 365 * 75)
    return start_template(
        ctx,
        start,
        start,
        "year",
        lambda stated: (
            f"At {slip(stated)}, the conductor Elena Varga, born on "
            f"{slip(ctx.date(start, year=True))}, will lead the orchestra on its autumn tour."
        ),
    )


@template("CC104-1104", "dev", "wire age in commas: Name, N, who was born in YYYY, ...")
def _(ctx):
    first, last = _year_span(ctx, 30, 80)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Peter Halloran, {slip(stated)}, who was born in {slip(first.year)}, has kept "
            "sheep on the same hillside for most of his life."
        ),
    )


@template("CC104-1105", "dev", "'for going on N years, since ... in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 10, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            "The swing bridge has been closed to cars for "
            f"{slip('going on ' + _count_of(stated, 'year'))}, since the floods of "
            f"{slip(first.year)} cracked its pier."
        ),
    )


@template("CC104-1106", "dev", "qualifier 'barely': Barely N weeks after ... reopened on D, ...")
def _(ctx):
    start = _start_before(ctx, 40, 160)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip('Barely ' + _count_of(stated, 'week', words=stated < 20))} after the "
            f"smelter reopened on {slip(ctx.date(start))}, its owners have shut it again."
        ),
    )


@template("CC104-1107", "dev", "qualifier 'in excess of N months', since ... failed on D")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            "Tenants in the tower have gone without heating for "
            f"{slip('in excess of ' + _count_of(stated, 'month'))}, since the boiler failed "
            f"on {slip(ctx.date(start))}."
        ),
        direction="above",
    )


@template(
    "CC104-1108",
    "dev",
    "rule-set ruler in the passive: Belarus, ruled by Lukashenko for close to N years,",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            "Belarus, ruled by Alexander Lukashenko for "
            f"{slip('close to ' + _count_of(stated, 'year'))}, has barred the observers."
        ),
    )


@template(
    "CC104-1109",
    "dev",
    "duration as subject: N months of full-scale war in Ukraine have ...",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'month', words=stated < 20)))} of "
            "full-scale war in Ukraine have emptied the towns along the front line."
        ),
    )


@template(
    "CC104-1110",
    "dev",
    "rule-set treaty with 'ago': the Union State treaty, signed N years ago,",
    after=date(2004, 12, 8),
)
def _(ctx):
    return event_template(
        ctx,
        date(1999, 12, 8),
        "union-state-treaty",
        "year",
        lambda stated: (
            f"The Union State treaty, signed {slip(_count_of(stated, 'year') + ' ago')}, "
            "promised a shared currency that never arrived."
        ),
    )


@template("CC104-1111", "dev", "'for N weeks - not since D, when ...'")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"No train has stopped at the halt for {slip(_count_of(stated, 'week'))} - not "
            f"since {slip(ctx.date(start))}, when a landslip buried the line."
        ),
    )


@template("CC104-1112", "dev", "date as the subject: D was N weeks ago, and ...")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The inquiry was promised a report by {slip(ctx.date(start))}. That date was "
            f"{slip(_count_of(stated, 'week', words=stated < 20) + ' ago')}, and nothing has "
            "been published."
        ),
    )


@template("CC104-1113", "dev", "compound noun in apposition: since D, a N-week stretch in which")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The lock gates have been jammed since {slip(ctx.date(start))}, a "
            f"{slip(f'{stated}-week')} stretch in which no barge has passed."
        ),
    )


@template("CC104-1114", "dev", "'a quarter of a century after' a start in YYYY decades before")
def _(ctx):
    first, last = _year_span(ctx, 40, 70)
    text = (
        f"{slip('A quarter of a century')} after the cannery closed in {slip(first.year)}, "
        "the town has voted to turn it into flats."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", 25))


@template("CC104-1115", "dev", "wire date with no 'on': walked out D and have been out N weeks")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The dockers walked out {slip(ctx.us_date(start))} and have been out "
            f"{slip(_count_of(stated, 'week'))}, the union said."
        ),
    )


@template("CC104-1116", "dev", "British date 'the Dth of Month', 'a good N weeks'")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            "The village shop has had no post office counter since the "
            f"{slip(f'{ordinal(start.day)} of {MONTHS[start.month - 1]}')}, "
            f"{slip('a good ' + _count_of(stated, 'week', words=stated < 20))}."
        ),
        direction="above",
    )


@template("CC104-1117", "dev", "'D last year ... N months later' within one sentence")
def _(ctx):
    assert ctx.published is not None
    # A day of last year at least four months back, whatever the day of publication.
    day_of_year = ctx.published.timetuple().tm_yday
    start = _start_before(ctx, max(day_of_year, 120), day_of_year + 360)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The sale of the ground was agreed on {slip(ctx.date(start) + ' last year')} and "
            f"has still not gone through {slip(_count_of(stated, 'month') + ' later')}."
        ),
    )


@template("CC104-1118", "dev", "bracketed birth date, the age in the next sentence")
def _(ctx):
    start = _start_before(ctx, 365 * 25, 365 * 70)
    return start_template(
        ctx,
        start,
        start,
        "year",
        lambda stated: (
            f"The lifeboat's new coxswain is Ruth Penhale (born {slip(ctx.date(start, True))}). "
            f"The {slip(f'{stated}-year-old')} has crewed the boat since she left school."
        ),
    )


@template("CC104-1119", "dev", "count fronted by a colon, the start in the next sentence")
def _(ctx):
    start = _start_before(ctx, 30, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=stated < 20)))}: that is how "
            "long the island ferry has been laid up. It last sailed on "
            f"{slip(ctx.date(start))}."
        ),
    )


@template("CC104-1120", "dev", "British hedge 'the thick end of N months' since a start on D")
def _(ctx):
    start = _start_before(ctx, 120, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            "The library has been shut for "
            f"{slip('the thick end of ' + _count_of(stated, 'month'))}, ever since a burst "
            f"pipe flooded its basement on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1121", "dev", "'for N months on end since D'")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The reservoir has been below half full for {slip(_count_of(stated, 'month'))} "
            f"on end since the dry spell set in on {slip(ctx.date(start))}."
        ),
    )


@template(
    "CC104-1122",
    "dev",
    "another verb of rule: Lukashenko, who has run Belarus for N years,",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Alexander Lukashenko, who has run Belarus for {slip(_count_of(stated, 'year'))}, "
            "called the vote a formality."
        ),
    )


# ------------------------------------------------- CC106 and CC108: a blind block (12xx)
# Written before the checks were read this round, in grammatical forms the templates above do
# not use. CC106: a size in a noun-noun modifier against the group's own plural ("the 12-vessel
# flotilla ... the flotilla's 15 boats"), an apposition naming what the group is, a possessive
# against a synonym ("the factory's 40 workers ... all 46 employees"), "all but two of", a
# pied-piped relative ("to which N growers belong"), a headline against a synonym, a British
# owner named twice in two ways (council/authority), wire copy with the crew's size in brackets
# and the seafarers later, a "-home" estate against its houses, a choir "of N voices" against
# its singers, "Both shifts' N workers". CC108: "whereas", "respectively" across two sentences,
# "breaks down into" with money in billions, "in two waves", a pair of "of whom" clauses,
# "including ... and a further", "shared between ... going to", bulleted factbox lines with
# "of which", three parts after semicolons, "covers ... in wages and ... in rent", "a combined
# membership of", parts in brackets joined by "and", percentages of a counted staff.


@template(
    "CC106-1201", "dev", "noun-noun modifier: the N-vessel flotilla ... the flotilla's M boats"
)
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    return _cc106(
        f"A {slip(a)}-vessel flotilla of fishing boats blocked the harbour mouth at dawn.",
        f"Police said the skippers of the flotilla's {slip(b)} boats would be questioned.",
        (a, b),
        "flotilla",
    )


@template(
    "CC106-1202", "dev", "apposition saying what the group is: X, a N-voice choir, ... M singers"
)
def _(ctx):
    a, b = two_sizes(ctx, 12, 60)
    return _cc106(
        f"The Valley Singers, a {slip(a)}-voice choir founded by miners' wives, will open the "
        "festival.",
        f"The choir's {slip(b)} singers rehearse twice a week in a chapel schoolroom.",
        (a, b),
        "choir",
    )


@template("CC106-1203", "dev", "possessive, then a synonym: the X's N workers ... all M employees")
def _(ctx):
    a, b = two_sizes(ctx, 20, 400)
    place = ctx.pick(("factory", "bakery", "sawmill", "packing plant"))
    return _cc106(
        f"The {place}'s {slip(a)} workers were told of the closure at a meeting on the shop floor.",
        f"The owners said all {slip(b)} employees at the {place} would be offered redundancy pay.",
        (a, b),
        place,
    )


@template("CC106-1204", "dev", "quantified: All but two of the X's N Y ... the M Y")
def _(ctx):
    a, b = two_sizes(ctx, 12, 40)
    return _cc106(
        f"All but three of the freighter's {slip(a)} crew were winched off by helicopter.",
        f"The {slip(b)} crew had spent two nights on the listing ship.",
        (a, b),
        "crew",
    )


@template("CC106-1205", "dev", "pied-piped relative: the X, to which N Y belong, ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 300)
    return _cc106(
        f"The co-operative, to which {slip(a)} fruit growers belong, sells most of its apples "
        "abroad.",
        f"A bad frost cost the co-operative's {slip(b)} growers much of this year's crop.",
        (a, b),
        "growers",
    )


@template(
    "CC106-1206", "dev", "headline with a colon, then a synonym in the body: potholers/cavers"
)
def _(ctx):
    a, b = two_sizes(ctx, 5, 19)
    return _cc106(
        f"Cave rescue: {slip(capitalized(number_words(a)))} potholers brought out alive",
        f"The {slip(b)} cavers had been cut off by floodwater for almost two days.",
        (a, b),
        "cavers",
    )


@template(
    "CC106-1207",
    "dev",
    "British, owner named two ways: the council's N councillors ... the authority's M members",
)
def _(ctx):
    a, b = two_sizes(ctx, 30, 80)
    return _cc106(
        f"The county council's {slip(a)} councillors will vote on the budget next month.",
        f"Opposition leaders want the authority's {slip(b)} members to reject the rise in "
        "council tax.",
        (a, b),
        "councillors",
    )


@template(
    "CC106-1208", "dev", "wire copy: (the ship has N crew, an official said) ... all M seafarers"
)
def _(ctx):
    a, b = two_sizes(ctx, 12, 30)
    return _cc106(
        f"The bulk carrier lost power off the cape (it has {slip(a)} crew, a port official "
        "said) and drifted overnight.",
        f"All {slip(b)} seafarers on the carrier were reported safe on Tuesday.",
        (a, b),
        "crew",
    )


@template(
    "CC106-1209", "dev", "what the group is: the charity's N volunteers ... the M helpers there"
)
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    return _cc106(
        f"The food bank relies on {slip(a)} volunteers, most of them retired.",
        f"Each of the food bank's {slip(b)} helpers works at least one shift a week.",
        (a, b),
        "volunteers",
    )


@template("CC106-1210", "dev", "'-home' modifier: the N-home estate ... all M houses on the estate")
def _(ctx):
    a, b = two_sizes(ctx, 40, 400)
    return _cc106(
        f"Work on the {slip(a)}-home estate stopped when the builder ran out of money.",
        f"Buyers had put down deposits on all {slip(b)} houses on the estate.",
        (a, b),
        "estate",
    )


@template("CC106-1211", "dev", "'a choir of N voices' ... fronted 'Its M members'")
def _(ctx):
    a, b = two_sizes(ctx, 15, 70)
    return _cc106(
        f"The cathedral has a choir of {slip(a)} voices, boys and men.",
        f"Its {slip(b)} choristers sing evensong every day during term.",
        (a, b),
        "choir",
    )


@template(
    "CC106-1212", "dev", "thousands in a modifier: the N-student university ... its M students"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    a, b = a * 250, b * 250
    return _cc106(
        f"The {slip(f'{a:,}')}-student university is the town's largest employer.",
        f"The vice-chancellor wrote to the university's {slip(f'{b:,}')} students about the "
        "strike.",
        (a, b),
        "students",
    )


@template("CC106-1213", "dev", "'with N Y between them' ... 'the M Y who work out of the X'")
def _(ctx):
    a, b = two_sizes(ctx, 30, 300)
    return _cc106(
        f"The depot runs two shifts with {slip(a)} drivers between them.",
        f"The union said the {slip(b)} drivers who work out of the depot would strike on Friday.",
        (a, b),
        "drivers",
    )


@template("CC106-1214", "dev", "'The X has N Y and ...' ... fronted 'Of the X's M Y, ...'")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    return _cc106(
        f"The island has {slip(a)} residents and no doctor.",
        f"Of the island's {slip(b)} residents, about half are over 65, the health board said.",
        (a, b),
        "residents",
    )


@template("CC108-1201", "dev", "'whereas': Of the W X, A said Y, whereas B said Z")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"Of the {slip(w)} nurses who answered the survey, {slip(a)} said they felt safe at "
        f"work, whereas {slip(b)} said they did not.",
        w,
        [a, b],
    )


@template(
    "CC108-1202",
    "dev",
    "two sentences, 'respectively': The X has W Y. Its two Z have A and B respectively.",
)
def _(ctx):
    w, a, b = parts_over(ctx, 60, 900)
    return _cc108(
        f"The retailer has {slip(w)} staff in the region. Its two warehouses employ {slip(a)} "
        f"and {slip(b)} respectively.",
        w,
        [a, b],
    )


@template(
    "CC108-1203",
    "dev",
    "money in billions: The $Wbn package breaks down into $Abn of X and $Bbn of Y",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The {slip(f'${w / 10:.1f}bn')} rescue package breaks down into "
        f"{slip(f'${a / 10:.1f}bn')} of loans and {slip(f'${b / 10:.1f}bn')} of grants.",
        w / 10,
        [a / 10, b / 10],
    )


@template(
    "CC108-1204", "dev", "'in two waves': The W job cuts will come in two waves: A ... and B ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 2000)
    return _cc108(
        f"The {slip(f'{w:,}')} job cuts will come in two waves, {slip(f'{a:,}')} this year "
        f"and {slip(f'{b:,}')} next year, the bank said.",
        w,
        [a, b],
    )


@template(
    "CC108-1205",
    "dev",
    "a pair of 'of whom': the W people arrested, A of whom ... and B of whom ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 200)
    return _cc108(
        f"Police named the {slip(w)} people arrested, {slip(a)} of whom have been released "
        f"without charge and {slip(b)} of whom remain in custody.",
        w,
        [a, b],
    )


@template("CC108-1206", "dev", "'including A X and a further B Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 600)
    return _cc108(
        f"The blast damaged {slip(w)} buildings, including {slip(a)} homes and a further "
        f"{slip(b)} shops.",
        w,
        [a, b],
    )


@template("CC108-1207", "dev", "'shared between ..., with A going to X and B to Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 300)
    return _cc108(
        f"The {slip(w)} new places are shared between two schools, with {slip(a)} going to "
        f"the grammar and {slip(b)} to the academy.",
        w,
        [a, b],
    )


@template("CC108-1208", "dev", "bulleted factbox: * X: W / * of which Y: A / * of which Z: B")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"* Flights scheduled: {slip(w)}\n* of which on time: {slip(a)}\n"
        f"* of which delayed: {slip(b)}",
        w,
        [a, b],
    )


@template("CC108-1209", "dev", "three parts after semicolons: Of the W X, A ...; B ...; C ...")
def _(ctx):
    w, a, b = parts_over(ctx, 60, 600)
    c = max(2, round(w * 0.1))
    a2 = a - c if a - c > 0 else a
    total = a2 + b + c
    if total <= w:
        return None
    return _cc108(
        f"Of the {slip(w)} flights due on Monday, {slip(a2)} left on time; {slip(b)} were "
        f"delayed; {slip(c)} were cancelled.",
        w,
        [a2, b, c],
    )


@template("CC108-1210", "dev", "money 'covers': The £W budget covers £A in wages and £B in rent")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    w, a, b = w * 1000, a * 1000, b * 1000
    return _cc108(
        f"The club's {slip(f'£{w:,}')} budget covers {slip(f'£{a:,}')} in wages and "
        f"{slip(f'£{b:,}')} in rent.",
        w,
        [a, b],
    )


@template("CC108-1211", "dev", "'a combined membership of W: A at X and B at Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"The two rowing clubs have a combined membership of {slip(w)}: {slip(a)} at the "
        f"town club and {slip(b)} at the university.",
        w,
        [a, b],
    )


@template("CC108-1212", "dev", "parts in brackets joined by 'and': the W injured (A X and B Y)")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"Ambulances took the {slip(w)} injured ({slip(a)} passengers and {slip(b)} "
        "bystanders) to three hospitals.",
        w,
        [a, b],
    )


@template(
    "CC108-1213", "dev", "percentages of a counted staff: Women are P% of the W staff, men Q%"
)
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.4, 0.6))
    q = total - p
    staff = ctx.rng.randint(200, 3000)
    text = (
        f"Women make up {slip(f'{p}%')} of the firm's {staff:,} staff and men "
        f"{slip(f'{q}%')}, its annual report shows."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template(
    "CC108-1214",
    "dev",
    "whole in one sentence, parts in the next with 'while': X had W Y. A ..., while B ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 60, 900)
    return _cc108(
        f"The museum had {slip(f'{w:,}')} visitors over the bank holiday weekend. "
        f"Some {slip(f'{a:,}')} came on the Saturday, while {slip(f'{b:,}')} waited until the "
        "Sunday.",
        w,
        [a, b],
    )


# ------------------------------------------------------------ CC104: a blind block (13xx)
# Written before the check was read this round, in forms and words news copy uses to state a
# duration against a start that the templates above may lack: the passive on both sides, a
# siege told as a noun with its start in the pluperfect, "from D until now", "from D to this
# day" as a subject, "its Nth day" reached, "a year and a half on", hyphenated number words
# fronting "months on" before a start told as "the X of Month YYYY", the eve of an anniversary,
# a numbered day of a rule-set event, "a N-year absence", an adjective between count and unit
# ("long", "whole"), qualifiers by sense ("just shy of", "not quite", "no fewer than", "or so"
# after the count, "N-plus", "approaching", "well into"), "have come and gone", an absolute
# "With N weeks gone since", the passive with its agent.


@template(
    "CC104-1301", "dev", "passive both sides: has not been seen for N years; last recorded in YYYY"
)
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The marsh orchid has not been seen flowering on the common for "
            f"{slip(_count_of(stated, 'year'))}; it was last recorded there in {slip(first.year)}."
        ),
    )


@template("CC104-1302", "dev", "noun of a span: from a N-month siege which had started on D")
def _(ctx):
    start = _start_before(ctx, 95, 500)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Residents emerged this week from a {slip(f'{stated}-month')} siege which had "
            f"started on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1303", "dev", "'From D until now, N weeks in all, ...'")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"From {slip(ctx.date(start))} until now, {slip(_count_of(stated, 'week'))} in all, "
            "no passenger train has used the branch line."
        ),
    )


@template("CC104-1304", "dev", "subject 'The N weeks from D to this day have ...'")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The {slip(_count_of(stated, 'week', words=stated < 20))} from "
            f"{slip(ctx.date(start))} to this day have cost the growers most of their harvest."
        ),
    )


@template("CC104-1305", "dev", "ordinal day reached: X, begun on D, reaches its Nth day today")
def _(ctx):
    start = _start_before(ctx, 15, 80)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The hunger strike, begun on {slip(ctx.date(start))}, reaches its "
            f"{slip(f'{ordinal(stated)} day')} today."
        ),
        ordinal=True,
    )


@template("CC104-1306", "dev", "'A year and a half on,' with the start years before")
def _(ctx):
    start = _start_before(ctx, 3 * 365, 7 * 365)
    text = (
        f"The bottling plant closed on {slip(ctx.date(start, year=True))}. "
        f"{slip('A year and a half on')}, its gates are still chained."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "year", 1.5))


@template("CC104-1307", "dev", "hyphenated words fronting 'months on', start 'the X of Month YYYY'")
def _(ctx):
    first, last = _month_start(ctx, 8, 40)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'month', words=True)))} on, the families of "
            f"those lost in the landslide of {slip(f'{MONTHS[first.month - 1]} {first.year}')} "
            "still wait for an inquiry."
        ),
    )


@template("CC104-1308", "dev", "the eve of the Nth anniversary of the X of YYYY")
def _(ctx):
    first, last = _year_span(ctx, 5, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Volunteers were laying wreaths on the eve of the "
            f"{slip(ordinal(stated) + ' anniversary')} of the flood of {slip(first.year)}."
        ),
    )


@template(
    "CC104-1309", "dev", "numbered day of a rule-set event: On day N of <event>", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "day",
        lambda stated: (
            f"On {slip(f'day {stated}')} of Russia's full-scale invasion of Ukraine, the "
            "grain corridor reopened."
        ),
        # A day already gone by may be when the corridor reopened: only a day not reached
        # yet is a slip a reader can see.
        direction="above",
        running=True,
    )


@template("CC104-1310", "dev", "nominal span: after a N-year absence; he left in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 5, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The striker returned to his first club this week after a "
            f"{slip(f'{stated}-year')} absence; he left for Lisbon in {slip(first.year)}."
        ),
    )


@template("CC104-1311", "dev", "adjective between count and unit: For N long weeks since ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"For {slip(number_words(stated) + (' long week' if stated == 1 else ' long weeks'))} "
            f"since the pumps failed on {slip(ctx.date(start))}, the basement flats have stood "
            "flooded."
        ),
    )


@template("CC104-1312", "dev", "qualifier 'just shy of N months', since ... on D")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The mill has been silent for {slip('just shy of ' + _count_of(stated, 'month'))}, "
            f"since its last shift on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1313", "dev", "qualifier 'not quite N years since' a start in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"It is {slip('not quite ' + _count_of(stated, 'year', words=stated < 20))} since "
            f"the last tram ran through the town in {slip(first.year)}."
        ),
    )


@template("CC104-1314", "dev", "qualifier 'no fewer than N weeks', since ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            "The ward has been closed to visitors for "
            f"{slip('no fewer than ' + _count_of(stated, 'week'))}, since an outbreak on "
            f"{slip(ctx.date(start))}."
        ),
        direction="above",
    )


@template("CC104-1315", "dev", "hedge after the count: shut N weeks or so, since ... on D")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The coast road has been shut {slip(_count_of(stated, 'week') + ' or so')}, since "
            f"the cliff slipped on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1316", "dev", "'N-plus years, since ... in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 8, 45)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The Okafor family has run the chain ferry for {slip(f'{stated}-plus years')}, "
            f"since buying it from the county in {slip(first.year)}."
        ),
        direction="above",
    )


@template(
    "CC104-1317",
    "dev",
    "rule-set ruler with 'now approaching N years in power'",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            "Alexander Lukashenko, now approaching "
            f"{slip(_count_of(stated, 'year'))} in power, named a new prime minister."
        ),
    )


@template("CC104-1318", "dev", "duration as subject: N weeks have come and gone since the X of D")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'week', words=True)))} have come and gone "
            f"since the dam breach of {slip(ctx.date(start))}, and the valley is still under "
            "water."
        ),
    )


@template("CC104-1319", "dev", "'now well into its Nth year', opened in YYYY")
def _(ctx):
    first, last = _year_span(ctx, 3, 15)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The public inquiry, opened in {slip(first.year)}, is now well into its "
            f"{slip(ordinal(stated) + ' year')}."
        ),
        ordinal=True,
    )


@template("CC104-1320", "dev", "absolute clause: With N weeks gone since the vote of D, ...")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"With {slip(_count_of(stated, 'week', words=stated < 20))} gone since the vote of "
            f"{slip(ctx.date(start))}, the recount has still not begun."
        ),
    )


@template("CC104-1321", "dev", "passive with its agent: has been occupied by X for N days, since")
def _(ctx):
    start = _start_before(ctx, 12, 90)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The square has been occupied by farmers for {slip(_count_of(stated, 'day'))}, "
            f"since they drove their tractors in on {slip(ctx.date(start))}."
        ),
    )


# ---------------------------------------------- CC106 and CC108: a blind block of 14xx forms
# Written before the checks were read, in forms copy uses: CC106 a size in words in a headline
# against digits in the body, "a panel of", "a cast of" against its actors, "all N of them"
# in dashes against a "-piece" modifier, "each of the N", "a party of", "a staff of" against
# "all N of its", "-strong" in words, a fleet counted in words, "a team of" against "the
# team's", a size in a "which houses" clause against a headline's possessive, "among them"
# beside the whole; CC108 "among them", "the rest" and "the remaining" with their own counts,
# shares of a counted whole in "%" and in "per cent", lists after a dash or a colon that add
# up to more than the whole, totals after their parts ("drew", "between them"), small counts
# in words, a headline's whole against the body's parts, "half of ... and another", "a team
# of W ..., A from ... and B from ...", "account for", "out of".


@template(
    "CC106-1401", "dev", "headline size in words vs body digits: Eleven-man squad ... -strong"
)
def _(ctx):
    a, b = two_sizes(ctx, 5, 19)
    return _cc106(
        f"{slip(capitalized(number_words(a)))}-man squad named for winter tour",
        f"The selectors said the {slip(b)}-strong squad would fly out after Christmas.",
        (a, b),
        "squad",
    )


@template("CC106-1402", "dev", "'a panel of N judges' ... 'the M judges on the panel'")
def _(ctx):
    a, b = two_sizes(ctx, 5, 20)
    return _cc106(
        f"Entries will be read by a panel of {slip(a)} judges chaired by a former laureate.",
        f"The {slip(b)} judges on the panel meet in London to pick the winner in June.",
        (a, b),
        "judges",
    )


@template("CC106-1403", "dev", "'a cast of N' ... 'the M actors in the cast'")
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    return _cc106(
        f"The touring production has a cast of {slip(a)} and a live band.",
        f"Several of the {slip(b)} actors in the cast are making their stage debut.",
        (a, b),
        "cast",
    )


@template("CC106-1404", "dev", "'-piece' modifier ... the X's players, all N of them, in dashes")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    return _cc106(
        f"The {slip(a)}-piece orchestra has not been paid since the summer.",
        f"The orchestra's players - all {slip(b)} of them - walked off before the interval.",
        (a, b),
        "orchestra",
    )


@template("CC106-1405", "dev", "'Each of the committee's N members' ... 'the M-member committee'")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    return _cc106(
        f"Each of the committee's {slip(a)} members has one vote on the shortlist.",
        f"Campaigners have written to the {slip(b)}-member committee asking for a delay.",
        (a, b),
        "committee",
    )


@template("CC106-1406", "dev", "'a party of N walkers' ... 'the M members of the party'")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    return _cc106(
        f"A party of {slip(a)} walkers was caught by fog on the ridge on Saturday afternoon.",
        f"Mountain rescue volunteers guided the {slip(b)} members of the party down by torchlight.",
        (a, b),
        "party",
    )


@template("CC106-1407", "dev", "'a staff of N reporters' ... 'all M of its reporters'")
def _(ctx):
    a, b = two_sizes(ctx, 10, 80)
    return _cc106(
        f"The weekly paper, founded in 1889, still has a staff of {slip(a)} reporters.",
        f"The new owner has told all {slip(b)} of its reporters to reapply for their jobs.",
        (a, b),
        "reporters",
    )


@template("CC106-1408", "dev", "'-strong' in words: the twelve-strong X ... all M members of the X")
def _(ctx):
    a, b = two_sizes(ctx, 6, 19)
    return _cc106(
        f"The {slip(number_words(a))}-strong planning board rejected the scheme in March.",
        f"A letter signed by all {slip(b)} members of the planning board was leaked.",
        (a, b),
        "board",
    )


@template(
    "CC106-1409", "dev", "fleet counted in words: a fleet of twenty-two buses ... its M buses"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 60)
    return _cc106(
        f"The firm runs a fleet of {slip(number_words(a))} buses on rural routes.",
        f"Drivers said half of the fleet's {slip(b)} buses had failed safety checks.",
        (a, b),
        "buses",
    )


@template("CC106-1410", "dev", "'a team of N engineers' ... 'The team's M engineers'")
def _(ctx):
    a, b = two_sizes(ctx, 6, 40)
    return _cc106(
        f"A team of {slip(a)} engineers has been sent to inspect the cracked bridge.",
        f"The team's {slip(b)} engineers expect to report back within a fortnight.",
        (a, b),
        "engineers",
    )


@template("CC106-1411", "dev", "headline possessive vs 'which houses N' clause in the body")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    return _cc106(
        f"Care home's {slip(a)} residents moved out after kitchen fire",
        f"The home, which houses {slip(b)} elderly residents, will stay shut for a month.",
        (a, b),
        "residents",
    )


@template("CC106-1412", "dev", "'N people were on board, among them ...' ... 'all M on board'")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    return _cc106(
        f"{slip(a)} people were on board the ferry, among them a school party.",
        f"Coastguards confirmed that all {slip(b)} people on board had been accounted for.",
        (a, b),
        "people on board",
    )


@template("CC106-1413", "dev", "'The club has N members' ... 'the club's membership of M'")
def _(ctx):
    a, b = two_sizes(ctx, 40, 400)
    return _cc106(
        f"The bowls club has {slip(a)} members, most of them over sixty.",
        f"A vote of the club's membership of {slip(b)} is needed before the green can be sold.",
        (a, b),
        "club",
    )


@template("CC108-1401", "dev", "'W people were hurt, among them A X and B Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 200)
    return _cc108(
        f"{slip(w)} people were hurt in the crush, among them {slip(a)} children and "
        f"{slip(b)} stewards.",
        w,
        [a, b],
    )


@template("CC108-1402", "dev", "'the rest' with its own count: A went to X and the rest, B, to Y")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 90)
    return _cc108(
        f"Of the {slip(w)} seats on the council, {slip(a)} went to Labour and the rest, "
        f"{slip(b)}, to independents.",
        w,
        [a, b],
    )


@template("CC108-1403", "dev", "'A of the W ...; the remaining B ...'")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 2000)
    return _cc108(
        f"{slip(f'{a:,}')} of the {slip(f'{w:,}')} workers have returned to the plant; the "
        f"remaining {slip(f'{b:,}')} are still on strike.",
        w,
        [a, b],
    )


@template(
    "CC108-1404", "dev", "shares of a counted whole: Of the W asked, P% backed ... and Q% ..."
)
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.4, 0.6))
    q = total - p
    asked = ctx.rng.randint(500, 3000)
    text = (
        f"Of the {asked:,} people asked, {slip(f'{p}%')} backed the new runway and "
        f"{slip(f'{q}%')} opposed it."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template("CC108-1405", "dev", "list after a dash: won W medals - A gold, B silver and C bronze")
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 12, 60)
    return _cc108(
        f"The squad came home with {slip(w)} medals - {slip(a)} gold, {slip(b)} silver and "
        f"{slip(c)} bronze.",
        w,
        [a, b, c],
    )


@template("CC108-1406", "dev", "total after its parts: With A from X and B from Y, the Z drew W")
def _(ctx):
    w, a, b = parts_over(ctx, 60, 900)
    return _cc108(
        f"With {slip(a)} entries from schools and {slip(b)} from adults, the competition drew "
        f"{slip(w)} entries this year.",
        w,
        [a, b],
    )


@template("CC108-1407", "dev", "small counts in words: Of the thirty pupils, eighteen ... fifteen")
def _(ctx):
    w, a, b = parts_over(ctx, 18, 40)
    return _cc108(
        f"Of the {slip(number_words(w))} pupils in the class, {slip(number_words(a))} passed "
        f"and {slip(number_words(b))} failed.",
        w,
        [a, b],
    )


@template("CC108-1408", "dev", "headline whole in words, parts in the body in the next text")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        (
            f"{slip(capitalized(number_words(w)))} jobs to go at biscuit factory",
            f"Managers said {slip(a)} posts would go on the production line and {slip(b)} in "
            "the offices.",
        ),
        w,
        [a, b],
    )


@template("CC108-1409", "dev", "'Half of the W X ... and another B ...'")
def _(ctx):
    while True:
        w = 2 * ctx.rng.randint(20, 300)
        b = w // 2 + max(3, math.ceil(w * ctx.rng.uniform(0.08, 0.3)))
        if b < w:
            break
    text = (
        f"{slip('Half')} of the bank's {slip(f'{w:,}')} staff now work from home, and another "
        f"{slip(f'{b:,}')} split their week between home and the office."
    )
    return Draft((text,), facts={"whole": w, "parts": [w // 2, b], "fraction": "half"})


@template("CC108-1410", "dev", "'a team of W X, A from ... and B from ...'")
def _(ctx):
    w, a, b = parts_over(ctx, 12, 60)
    return _cc108(
        f"The dig is run by a team of {slip(w)} archaeologists, {slip(a)} from the university "
        f"and {slip(b)} from the county museum.",
        w,
        [a, b],
    )


@template("CC108-1411", "dev", "British 'per cent' of a counted whole: P per cent ... Q per cent")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.4, 0.6))
    q = total - p
    homes = ctx.rng.randint(2, 40) * 100
    text = (
        f"{slip(f'{p} per cent')} of the village's {homes:,} homes are privately owned and "
        f"{slip(f'{q} per cent')} are rented from the council."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template(
    "CC108-1412", "dev", "colon list: The W staff are spread across ...: A in X, B in Y, C in Z"
)
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 60, 900)
    return _cc108(
        f"The firm's {slip(w)} staff are spread across three sites: {slip(a)} in Leeds, "
        f"{slip(b)} in York and {slip(c)} in Hull.",
        w,
        [a, b, c],
    )


@template("CC108-1413", "dev", "'account for' gapped: X account for A of the W sold, Y for B")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 3000)
    return _cc108(
        f"Cars account for {slip(f'{a:,}')} of the {slip(f'{w:,}')} vehicles the dealer sold "
        f"last year, vans for {slip(f'{b:,}')}.",
        w,
        [a, b],
    )


@template(
    "CC108-1414", "dev", "total after its parts with 'between them': A and B pupils, W between"
)
def _(ctx):
    w, a, b = parts_over(ctx, 200, 1500)
    return _cc108(
        f"The two schools have {slip(f'{a:,}')} and {slip(f'{b:,}')} pupils, or "
        f"{slip(f'{w:,}')} between them.",
        w,
        [a, b],
    )


@template("CC108-1415", "dev", "'A out of W votes went to X and B to Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"{slip(a)} out of {slip(w)} votes cast went to the sitting chairman and {slip(b)} to "
        "his challenger.",
        w,
        [a, b],
    )


# ------------------------------------------- CC104: forms taken from real copy (15xx)
# Chosen by reading Reuters (1987) and BBC (2004-05) sentences that state a duration beside a
# start or an anniversary, found by patterns over the text and grouped by grammatical form;
# each form below was seen at least twice there (approximate counts of matching sentences over
# both corpora, deduplicated): "N units after <clause> in/on D" 8; "N units ago, in YYYY" 6;
# "<event> began/started N units ago" 20; "came to/took power N units ago" 2; "N-unit-old" or
# "N unit old" before a thing (a conflict, a strike, price controls) 30+; "over/for the past N
# years" with a dated event 12; "a N-year <state> ... since D" and "in place/operation since D"
# beside a count 11; "the first <thing> in N years" 34 with "the last ... was in YYYY" 2;
# "has not <verb> since YYYY" 12; "the Nth anniversary of <thing> ... YYYY" 4; "after N
# years of <thing>" 7; "the <superlative> since D" 67; "every year since YYYY" and "N
# straight/consecutive units" 16. The wording is our own; facts from the copy may carry over.


@template("CC104-1501", "dev", "'Even now, N months after the X was agreed on D,'")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Even now, {slip(_count_of(stated, 'month', words=stated < 20))} after the loan was "
            f"agreed with the lenders on {slip(ctx.date(start))}, dozens of banks have not signed."
        ),
    )


@template("CC104-1502", "dev", "present clause closed by 'N years after the X in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The harbour wall is still being rebuilt, {slip(_count_of(stated, 'year'))} after "
            f"the storm surge that breached it in {slip(first.year)}."
        ),
    )


@template("CC104-1503", "dev", "appositive year after 'ago': N years ago, in YYYY,")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"{slip(capitalized(_count_of(stated, 'year', words=True)) + ' ago')}, in "
            f"{slip(first.year)}, the valley grew little but hay."
        ),
    )


@template("CC104-1504", "dev", "relative clause: X, which began N weeks ago, on D, ...")
def _(ctx):
    start = _start_before(ctx, 20, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The dry spell, which began {slip(_count_of(stated, 'week', words=stated < 20))} "
            f"ago, on {slip(ctx.date(start))}, is hurting the rubber plantations."
        ),
    )


@template(
    "CC104-1505",
    "dev",
    "rule-set ruler: since X came to power N years ago",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            "The protests are the largest since Alexander Lukashenko came to power "
            f"{slip(_count_of(stated, 'year') + ' ago')}."
        ),
    )


@template("CC104-1506", "dev", "'the N-month-old strike, which began on D'")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Talks to end the {slip(f'{stated}-month-old')} dock strike, which began on "
            f"{slip(ctx.date(start))}, broke down again on Tuesday."
        ),
    )


@template("CC104-1507", "dev", "unhyphenated 'the N month old dispute' after 'since D'")
def _(ctx):
    start = _start_before(ctx, 95, 420)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Management and unions, at odds since {slip(ctx.date(start))}, met again to end "
            f"the {slip(number_words(stated) + ' month old')} dispute at the oilseed plant."
        ),
    )


@template("CC104-1508", "dev", "'N-month-old price controls, imposed in Month YYYY'")
def _(ctx):
    first, last = _month_start(ctx, 8, 40)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The cabinet agreed to extend the {slip(f'{stated}-month-old')} price controls, "
            f"imposed in {slip(f'{MONTHS[first.month - 1]} {first.year}')}, until the spring."
        ),
    )


@template("CC104-1509", "dev", "'over the past N years, since the X passed in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Brokers have coped with gradual deregulation over the past "
            f"{slip(_count_of(stated, 'year', words=stated < 20))}, since the reform act "
            f"passed in {slip(first.year)}."
        ),
    )


@template("CC104-1510", "dev", "nominal span: 'a N-year cap on X since Month YYYY'")
def _(ctx):
    first, last = _month_start(ctx, 30, 120)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Customers have been living with a {slip(f'{number_words(stated)}-year')} cap on "
            f"their water bills since {slip(f'{MONTHS[first.month - 1]} {first.year}')}."
        ),
    )


@template("CC104-1511", "dev", "'X, in place since Month YYYY, has now run N months'")
def _(ctx):
    first, last = _month_start(ctx, 8, 40)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The standstill on repayments, in place since "
            f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}, has now run "
            f"{slip(_count_of(stated, 'month'))}."
        ),
    )


@template("CC104-1512", "dev", "'in operation for N years, since YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The second turbine hall has been in operation for {slip(_count_of(stated, 'year'))}, "
            f"since {slip(first.year)}, without a serious fault."
        ),
    )


@template("CC104-1513", "dev", "'the first X in N years - the last was in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"This is the first nationwide stoppage by ferry crews in "
            f"{slip(_count_of(stated, 'year'))} - the last one was in {slip(first.year)}."
        ),
    )


@template("CC104-1514", "dev", "negated: has not ... in N years, not since YYYY")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The government has made no repayment of principal in "
            f"{slip(_count_of(stated, 'year', words=stated < 20))}, not since {slip(first.year)}."
        ),
    )


@template("CC104-1515", "dev", "'to mark the Nth anniversary of X, launched in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 5, 60)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"A concert is planned to mark the {slip(ordinal(stated) + ' anniversary')} of the "
            f"guitar, first sold in {slip(first.year)}."
        ),
    )


@template("CC104-1516", "dev", "'after N years of X, which began in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 6, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"After {slip(_count_of(stated, 'year', words=stated < 20))} of losses, which began "
            f"in {slip(first.year)}, the railway is for sale."
        ),
    )


@template("CC104-1517", "dev", "superlative since a month: the lowest in N years, since Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 40, 200)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The jobless rate is at its lowest in {slip(_count_of(stated, 'year'))}, since "
            f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}."
        ),
    )


@template("CC104-1518", "dev", "'every year since YYYY, N straight years'")
def _(ctx):
    first, last = _year_span(ctx, 6, 30)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Reserves have grown every year since {slip(first.year)}, "
            f"{slip(number_words(stated) + ' straight years')} of gains."
        ),
    )


# ------------------------------------- CC106 and CC108: forms counted in real wire copy (16xx)
#
# Unlike the earlier blind blocks, these forms were taken from how Reuters (1987) and BBC
# (2004-05) copy states a group's size and a whole with its parts: every article of both
# corpora was scanned for each form and the form kept when it occurs at least twice (counts
# are matches, Reuters / BBC; the sentences themselves were not copied, only their grammar):
# CC106 "the N-member X" (69 / 5), "the N-nation / -country / -bank X" (85 / 3), "-strong"
# before a workforce or force in thousands (8 / 17), an owner's possessive before a large
# count ("the carrier's 38,000 employees", 32 / 6), "X has / employs (some) N people"
# (57 / 16), "the N member countries of the X" (17 / 3), "all N X" (120 / 64), "N of the
# country's M creditors" (126 / 38 for "N of the M"), a trade union "with N mln members" in
# a dash aside, a capitals headline (every Reuters title); CC108 "including A in X and B in
# Y" after a quantity (145 / 28), "comprised A tonnes of X and B tonnes of Y" (59 / 9),
# "employed some W people, with A in X and about B in Y", "the remaining N pct" of a stake
# (98 / 7), "Of the W billion dlrs ..., A was owed by X and B by Y" (28 / 11), a money
# market's "bought W mln stg of bills, A mln in band one and B mln in band two", a firm's
# capital "split among" holders in pct (11 / 7), "of whom" (19 / 13), "the remaining N"
# companies against "a total of W" (98 / 7 and 962 / 108), "comprising P% of the total"
# beside another share, "out of W" with two parts (15 / 25). Wire style is kept where the
# form is the wire's: "mln", "dlrs", "pct", "stg", capitals in headlines.


@template("CC106-1601", "dev", "wire: the N-bank advisory committee ... the committee's M banks")
def _(ctx):
    a, b = two_sizes(ctx, 8, 20)
    return _cc106(
        f"The country's talks are with a {slip(a)}-bank advisory committee led by Citibank.",
        f"Officials said all {slip(b)} banks on the committee had approved the rescheduling.",
        (a, b),
        "banks",
    )


@template("CC106-1602", "dev", "'the N-nation X' ... 'the M member countries of the X'")
def _(ctx):
    a, b = two_sizes(ctx, 10, 30)
    return _cc106(
        f"Oil ministers of the {slip(a)}-nation group will meet in Vienna in June.",
        f"Output of the {slip(b)} member countries of the group rose in March, it said.",
        (a, b),
        "member countries",
    )


@template("CC106-1603", "dev", "wire possessive with thousands: X's N employees ... employs some M")
def _(ctx):
    a, b = two_sizes(ctx, 12, 60)
    a, b = a * 1000, b * 1000
    return _cc106(
        f"Morale among the airline's {slip(f'{a:,}')} employees has fallen since the takeover.",
        f"The carrier, which employs some {slip(f'{b:,}')} people, plans further cuts.",
        (a, b),
        "employees",
    )


@template("CC106-1604", "dev", "dash aside 'with N members' ... 'the union's M members'")
def _(ctx):
    a, b = two_sizes(ctx, 120, 400)
    a, b = a * 1000, b * 1000
    return _cc106(
        f"The metalworkers' union -- the country's largest, with {slip(f'{a:,}')} members -- "
        "called the strike off.",
        f"A ballot of the union's {slip(f'{b:,}')} members is due next month.",
        (a, b),
        "members",
    )


@template("CC106-1605", "dev", "'X currently has more than N staff' ... 'among its M staff'")
def _(ctx):
    a, b = two_sizes(ctx, 40, 120)
    a, b = a * 1000, b * 1000
    return _cc106(
        f"The bank currently has more than {slip(f'{a:,}')} staff in 60 countries.",
        f"Analysts expect deep job cuts among its {slip(f'{b:,}')} staff this year.",
        (a, b),
        "staff",
    )


@template("CC106-1606", "dev", "thousands before '-strong': the N-strong workforce ... of M")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    a, b = a * 100, b * 100
    return _cc106(
        f"Dockers struck over plans for redundancies in the {slip(f'{a:,}')}-strong workforce.",
        f"The port company says its workforce of {slip(f'{b:,}')} is too large for the trade.",
        (a, b),
        "workforce",
    )


@template("CC106-1607", "dev", "capitals headline: UNION SAYS N DOCKERS ... the port's M dockers")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    a, b = a * 100, b * 100
    return _cc106(
        f"UNION SAYS {slip(f'{a:,}')} DOCKERS TO STAY OUT",
        f"The union said the port's {slip(f'{b:,}')} dockers would not return until the "
        "dispute was settled.",
        (a, b),
        "dockers",
    )


@template("CC106-1608", "dev", "'N players out of a squad of M' ... 'the N-man squad'")
def _(ctx):
    a, b = two_sizes(ctx, 24, 40)
    return _cc106(
        f"Injuries have left the coach with 13 fit players out of a squad of {slip(a)}.",
        f"He will name changes to his {slip(b)}-man squad on Thursday.",
        (a, b),
        "squad",
    )


@template("CC106-1609", "dev", "wire hedge: 'X employed some N people' ... 'its M employees'")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    a, b = a * 10, b * 10
    return _cc106(
        f"The broker employed some {slip(a)} people before the sale, a spokesman said.",
        f"The buyer has promised to keep all {slip(b)} of its employees.",
        (a, b),
        "employees",
    )


@template("CC106-1610", "dev", "'the N-member assembly voted' ... 'of the assembly's M deputies'")
def _(ctx):
    a, b = two_sizes(ctx, 300, 600)
    return _cc106(
        f"The {slip(a)}-member assembly voted to back the government on Thursday.",
        f"A majority of the assembly's {slip(b)} deputies is needed to bring it down.",
        (a, b),
        "assembly",
    )


@template("CC106-1611", "dev", "'all N <league> clubs' ... 'the league's M clubs'")
def _(ctx):
    a, b = two_sizes(ctx, 14, 30)
    return _cc106(
        f"The deal covers clothing bearing the badges of all {slip(a)} National Hockey "
        "League clubs.",
        f"The licence was approved by the owners of the league's {slip(b)} clubs.",
        (a, b),
        "clubs",
    )


@template("CC106-1612", "dev", "'the country's N creditors' ... 'some 100 of its M creditors'")
def _(ctx):
    a, b = two_sizes(ctx, 200, 700)
    return _cc106(
        f"The plan needs the support of the country's {slip(a)} creditor banks.",
        f"Bankers said over 100 of its {slip(b)} creditor banks had small exposures.",
        (a, b),
        "creditor banks",
    )


@template("CC108-1601", "dev", "wire stocks: W bushels including A in X and B in Y")
def _(ctx):
    w, a, b = parts_over(ctx, 1000, 9000)
    return _cc108(
        f"Wheat stocks stood at {slip(f'{w * 1000:,}')} bushels including "
        f"{slip(f'{a * 1000:,}')} in Chicago and {slip(f'{b * 1000:,}')} in Toledo.",
        w * 1000,
        [a * 1000, b * 1000],
    )


@template("CC108-1602", "dev", "tender: totalling W tonnes, comprised A tonnes of X and B of Y")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The purchase, totalling {slip(f'{w * 1000:,}')} tonnes, comprised "
        f"{slip(f'{a * 1000:,}')} tonnes of rapeseed oil and {slip(f'{b * 1000:,}')} tonnes "
        "of soyoil.",
        w * 1000,
        [a * 1000, b * 1000],
    )


@template("CC108-1603", "dev", "'employed some W people, with A in X and about B in Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 150, 900)
    return _cc108(
        f"The broker employed some {slip(w)} people, with {slip(a)} in its money broking "
        f"arm and about {slip(b)} in its software unit.",
        w,
        [a, b],
    )


@template("CC108-1604", "dev", "stake: X will hold P pct and Y the remaining Q pct")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.2, 0.45))
    q = total - p
    text = (
        f"The partner will hold {slip(f'{p} pct')} of the new company and the group the "
        f"remaining {slip(f'{q} pct')}, the companies said."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template("CC108-1605", "dev", "'Of the W billion dlrs of debt, A billion was owed by X, B by Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 10, 40)
    return _cc108(
        f"Of the {slip(w)} billion dlrs of frozen debt, {slip(a)} billion was owed by the "
        f"public sector and {slip(b)} billion by private firms.",
        w,
        [a, b],
    )


@template("CC108-1606", "dev", "money market: bought W mln stg of bills, A mln in band one, B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 600)
    return _cc108(
        f"The bank bought {slip(w)} mln stg of bank bills outright, {slip(a)} mln in band "
        f"one at 10-7/8 pct and {slip(b)} mln in band two at 10-13/16 pct.",
        w,
        [a, b],
    )


@template("CC108-1607", "dev", "capital split among holders: X with P pct, Y holding Q pct, Z R")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.3, 0.45))
    q = round(total * ctx.rng.uniform(0.25, 0.4))
    r = total - p - q
    text = (
        f"The company's capital is split among its founder, with {slip(f'{p} pct')}, private "
        f"investors holding {slip(f'{q} pct')} and the {slip(f'{r} pct')} just sold."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q, r], "shares": True})


@template("CC108-1608", "dev", "'of whom': X has W employees, A of whom work in ... and B in ...")
def _(ctx):
    w, a, b = parts_over(ctx, 200, 3000)
    return _cc108(
        f"The group has {slip(f'{w:,}')} employees, {slip(f'{a:,}')} of whom work in "
        f"Britain and {slip(f'{b:,}')} in the rest of Europe.",
        w,
        [a, b],
    )


@template("CC108-1609", "dev", "'A of the X are Y while the remaining B are Z' ... 'a total of W'")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 120)
    return _cc108(
        (
            f"The firm said {slip(a)} of the banks it is suing are Italian while the "
            f"remaining {slip(b)} are international.",
            f"It is taking action against a total of {slip(w)} banks, a source said.",
        ),
        w,
        [a, b],
    )


@template("CC108-1610", "dev", "'X were the biggest source, comprising P% of the total; Y Q%'")
def _(ctx):
    total = 100 + ctx.rng.randint(8, 30)
    p = round(total * ctx.rng.uniform(0.4, 0.6))
    q = total - p
    text = (
        f"Identity theft was the biggest source of the complaints, comprising {slip(f'{p}%')} "
        f"of the total, and internet auctions made up {slip(f'{q}%')}."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template("CC108-1611", "dev", "'out of': X was due to run A out of its W flights, and cancel B")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 400)
    return _cc108(
        f"The airline was due to operate {slip(a)} out of its {slip(w)} flights and to "
        f"cancel the other {slip(b)}.",
        w,
        [a, b],
    )


@template("CC108-1612", "dev", "parts then 'making a total of W': A mln from X and B mln from Y")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"Borrowing will come to {slip(a)} mln dlrs from the market and {slip(b)} mln dlrs "
        f"from the central bank, making a total of {slip(w)} mln dlrs.",
        w,
        [a, b],
    )


# ------------------------------------------ CC104 written as a grid over its axes (17xx)
#
# This block was laid out as a grid before the check's code was read, so that it covers
# the ways a duration can be stated against its start rather than the ways the check
# already knew. The axes:
#   start given as   a day (Month D), a day with its year, a weekday, a month, a month and
#                    year, a bare year, an event named earlier in the article, a rule-set
#                    event;
#   duration form    digits, words, hyphenated words, ordinal words, a fraction ("N and a
#                    half", "a year and a half"), "a decade", a compound ("N-week-old");
#   linking word     since, for, after/on/later, into, ago, "in its Nth", marks/will be,
#                    "the past N", "straight", "anniversary", "celebrates";
#   hedge            none, some, about, roughly, nearly, almost, barely, fully, more than,
#                    at least, "or so", "more or less";
#   clause order     duration first, start first, start in an aside, start after a dash;
#   tense and voice  present, present perfect, past perfect tied to this week, future
#                    ("will be"), passive with and without its agent, a participle;
#   place of start   same sentence, next sentence, an earlier paragraph, a headline.
# Each template takes one cell of each axis, so every value of every axis is used at
# least twice across the block.


def _ordinal_words(number: int) -> str:
    """ "third", "twenty-third", "fortieth": an ordinal spelled out (under 100)."""
    if number <= 20:
        return _ORDINALS[number]
    tens, ones = divmod(number, 10)
    if ones == 0:
        return _TENS[tens][:-1] + "ieth"
    return f"{_TENS[tens]}-{_ORDINALS[ones]}"


def _weekday_range(ctx: Context, weekday: int, weeks_back: int) -> tuple[date, date]:
    """The days a start on `weekday` may be: the last such day before publication, or the
    one `weeks_back` weeks earlier ("last Tuesday" is read either way)."""
    assert ctx.published is not None
    last = _last_weekday_before(ctx.published, weekday)
    return last - timedelta(days=7 * weeks_back), last


def _start_in_two_places(
    ctx: Context,
    first: date,
    last: date,
    unit: str,
    write: Callable[[int], tuple[str, str]],
    direction: str = "either",
    ordinal: bool = False,
) -> Draft | None:
    """As `start_template`, the start and the duration written as two texts that go to
    two places in the article (the start first, in reading order)."""
    if ordinal:
        stated = _ordinal_far(ctx, first, last, unit)
    else:
        stated = _far_from_start(ctx, first, last, unit, direction)
    if stated is None:
        return None
    return Draft(write(stated), facts=_duration_facts(first, last, ctx.published, unit, stated))


def _month_year(day: date) -> str:
    return f"{MONTHS[day.month - 1]} {day.year}"


# --- start: a day (Month D), same sentence


@template("CC104-1701", "dev", "'for some N weeks, not since D' after a perfect clause")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"No lorry has crossed the old bridge for {slip(f'some {stated} weeks')}, not since "
            f"engineers found a crack in its pier on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1702", "dev", "participle start first: Closed on D, X has been shut N weeks")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Closed to visitors on {slip(ctx.date(start))}, the museum has now been shut for "
            f"{slip(_count_of(stated, 'week', words=stated < 20))}."
        ),
    )


@template("CC104-1703", "dev", "hedge 'barely' with a present result: Barely N days after D, X is")
def _(ctx):
    start = _start_before(ctx, 10, 60)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"{slip(f'Barely {number_words(stated)} days')} after the truce was signed on "
            f"{slip(ctx.date(start))}, it is already in tatters."
        ),
    )


@template("CC104-1704", "dev", "start in its own sentence, ordinal next: D was day one; now Nth")
def _(ctx):
    start = _start_before(ctx, 15, 100)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Nurses first set up their picket on {slip(ctx.date(start))}. The protest is now "
            f"in its {slip(f'{_ordinal_words(stated)} week')}."
        ),
        ordinal=True,
    )


@template("CC104-1705", "dev", "'Today marks N days since ... on D'")
def _(ctx):
    start = _start_before(ctx, 12, 90)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"Today marks {slip(_count_of(stated, 'day'))} since the ferry ran aground off the "
            f"point on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1706", "dev", "'It is nearly N weeks since D, when ...'")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It is {slip(f'nearly {number_words(stated)} weeks')} since "
            f"{slip(ctx.date(start))}, when the last shipment of coffee left the port."
        ),
    )


@template("CC104-1707", "dev", "compound noun: the N-week standoff that started on D")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Mediators are trying to end the {slip(f'{stated}-week')} standoff that started "
            f"at the border post on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1708", "dev", "start in an earlier paragraph, duration by the event's name")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return _start_in_two_places(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The council closed the public swimming pool for repairs on {slip(ctx.date(start))}.",
            f"The pool has now been closed for {slip(_count_of(stated, 'week'))}, far longer "
            "than residents were promised.",
        ),
    )


@template("CC104-1709", "dev", "headline with the duration, start in the body")
def _(ctx):
    start = _start_before(ctx, 15, 100)
    return _start_in_two_places(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Rail strike enters {slip(f'{_ordinal_words(stated)} week')}",
            f"The strike by train drivers began on {slip(ctx.date(start))} over pay.",
        ),
        ordinal=True,
    )


@template("CC104-1710", "dev", "'As of today, X imposed on D has been in force N weeks'")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"As of today, the curfew imposed on {slip(ctx.date(start))} has been in force for "
            f"{slip(_count_of(stated, 'week'))}."
        ),
    )


# --- start: a day with its year


@template("CC104-1711", "dev", "'Since D, YYYY, almost N years ago,' opening the sentence")
def _(ctx):
    start = _start_before(ctx, 3 * 365, 25 * 365)
    return start_template(
        ctx,
        start,
        start,
        "year",
        lambda stated: (
            f"Since {slip(ctx.date(start, year=True))}, "
            f"{slip(f'almost {number_words(stated)} years ago')}, the smelter has run on "
            "imported ore."
        ),
    )


@template(
    "CC104-1712", "dev", "fraction with 'later': opened on D, YYYY, and N and a half years later"
)
def _(ctx):
    start = _start_before(ctx, 2 * 365, 9 * 365)
    whole = _far_from_start(ctx, start, start, "year", direction="above")
    if whole is None:
        return None
    text = (
        f"The inquiry opened on {slip(ctx.date(start, year=True))} and, "
        f"{slip(f'{number_words(whole)} and a half years later')}, it has still not reported."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "year", whole + 0.5))


@template("CC104-1713", "dev", "'for more than N years; bought on D, YYYY' passive both sides")
def _(ctx):
    start = _start_before(ctx, 4 * 365, 30 * 365)
    return start_template(
        ctx,
        start,
        start,
        "year",
        lambda stated: (
            f"The stadium has been owned by the city for {slip(f'more than {stated} years')}; "
            f"it was bought from the club on {slip(ctx.date(start, year=True))}."
        ),
        direction="above",
    )


@template(
    "CC104-1714", "dev", "past perfect tied to this week: had been closed N months, since D, YYYY"
)
def _(ctx):
    start = _start_before(ctx, 120, 700)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"When it reopened this week, the branch line had been closed for "
            f"{slip(_count_of(stated, 'month'))}, since {slip(ctx.date(start, year=True))}."
        ),
    )


# --- start: a weekday


@template("CC104-1715", "dev", "weekday start: talks that opened last Weekday have run N days")
def _(ctx):
    weekday = ctx.rng.randrange(7)
    first, last = _weekday_range(ctx, weekday, 1)
    return start_template(
        ctx,
        first,
        last,
        "day",
        lambda stated: (
            f"The talks, which opened {slip(f'last {WEEKDAYS[weekday]}')}, have now run for "
            f"{slip(_count_of(stated, 'day'))} without a break."
        ),
        direction="above",
    )


@template(
    "CC104-1716", "dev", "weekday start, ordinal words: began on Weekday, entered its Nth day"
)
def _(ctx):
    # (not publication's own weekday: "began on Tuesday" in Tuesday's paper may be today)
    weekday = ctx.pick([day for day in range(7) if day != ctx.published.weekday()])
    first, last = _weekday_range(ctx, weekday, 1)
    return start_template(
        ctx,
        first,
        last,
        "day",
        lambda stated: (
            f"The sit-in at the ministry, which began on {slip(WEEKDAYS[weekday])}, entered its "
            f"{slip(f'{_ordinal_words(stated)} day')} today."
        ),
        ordinal=True,
    )


@template("CC104-1717", "dev", "weekday with its date: since Weekday, D - N days")
def _(ctx):
    start = _start_before(ctx, 4, 30)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The pumping station has been flooded since {WEEKDAYS[start.weekday()]}, "
            f"{slip(ctx.date(start))} - {slip(_count_of(stated, 'day'))} in which the town has "
            "had no tap water."
        ),
    )


# --- start: a month


@template("CC104-1718", "dev", "'in place since Month, about N months'")
def _(ctx):
    first, last = _month_start(ctx, 3, 10)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The hosepipe ban has been in place since {slip(MONTHS[first.month - 1])}, "
            f"{slip(f'about {number_words(stated)} months')} in all."
        ),
    )


@template("CC104-1719", "dev", "'since early Month', N weeks of ...")
def _(ctx):
    first, _ = _month_start(ctx, 2, 8)
    last = first + timedelta(days=9)
    return start_template(
        ctx,
        first,
        last,
        "week",
        lambda stated: (
            f"Since {slip(f'early {MONTHS[first.month - 1]}')}, "
            f"{slip(_count_of(stated, 'week', words=stated < 20))} of drought have cut the "
            "wheat crop by a third."
        ),
    )


@template("CC104-1720", "dev", "'now into its Nth month' with 'in Month' before")
def _(ctx):
    first, last = _month_start(ctx, 2, 10)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The lockout, imposed by the owners in {slip(MONTHS[first.month - 1])}, is now "
            f"into its {slip(f'{_ordinal_words(stated)} month')}."
        ),
        ordinal=True,
    )


# --- start: a month and year


@template("CC104-1721", "dev", "'Fully N months on from the X of Month YYYY,'")
def _(ctx):
    first, last = _month_start(ctx, 8, 60)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"{slip(f'Fully {stated} months')} on from the floods of "
            f"{slip(_month_year(first))}, hundreds of homes are still empty."
        ),
    )


@template("CC104-1722", "dev", "attributive start: the Month YYYY deal, now N years old")
def _(ctx):
    first, last = _month_start(ctx, 40, 240)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The {slip(_month_year(first))} supply deal, now "
            f"{slip(f'{number_words(stated)} years old')}, is up for renewal."
        ),
    )


@template("CC104-1723", "dev", "'late Month YYYY' start, 'for roughly N years'")
def _(ctx):
    first, _ = _month_start(ctx, 40, 240)
    last = date(first.year, first.month, 28)
    first = date(first.year, first.month, 20)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The mill has been run by a cooperative for {slip(f'roughly {stated} years')}, "
            f"since the family sold it in {slip(f'late {_month_year(first)}')}."
        ),
    )


# --- start: a bare year


@template("CC104-1724", "dev", "'more than a decade' against a start few years back")
def _(ctx):
    first, last = _year_span(ctx, 2, 4)
    text = (
        f"The factory has stood empty for {slip('more than a decade')}, since the last "
        f"shift walked out in {slip(first.year)}."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", 10))


@template("CC104-1725", "dev", "'the N-year-old X, put up in YYYY'")
def _(ctx):
    first, last = _year_span(ctx, 8, 60)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Inspectors have closed the {slip(f'{stated}-year-old')} grandstand, put up in "
            f"{slip(first.year)}, after finding rust in its frame."
        ),
    )


@template("CC104-1726", "dev", "'held every spring since YYYY, is in its Nth year'")
def _(ctx):
    first, last = _year_span(ctx, 5, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The fair, held every spring since {slip(first.year)}, is in its "
            f"{slip(f'{_ordinal_words(stated)} year')}."
        ),
        ordinal=True,
    )


@template("CC104-1727", "dev", "'set up in YYYY, celebrates N years of X this month'")
def _(ctx):
    first, last = _year_span(ctx, 5, 40)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The charity, set up in {slip(first.year)}, celebrates "
            f"{slip(_count_of(stated, 'year'))} of work with homeless people this month."
        ),
    )


# --- start: an event named earlier in the article


@template("CC104-1728", "dev", "earlier paragraph dates the X; later 'In the N weeks since the X'")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return _start_in_two_places(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"A gas explosion wrecked the covered market on {slip(ctx.date(start))}.",
            f"In the {slip(_count_of(stated, 'week', words=stated < 20))} since the explosion, "
            "traders have sold their goods from tents.",
        ),
    )


@template("CC104-1729", "dev", "earlier paragraph: X in Month YYYY; later 'N months after the X'")
def _(ctx):
    first, last = _month_start(ctx, 5, 30)
    return _start_in_two_places(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"Voters chose a new council in {slip(_month_year(first))}.",
            f"{slip(capitalized(_count_of(stated, 'month', words=stated < 20)))} after the "
            "election, the council has yet to pass a budget.",
        ),
    )


@template("CC104-1730", "dev", "'ever since' anaphora: X on D. It has ... ever since, N weeks now")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"A storm shut the harbour mouth on {slip(ctx.date(start))}. It has stayed shut "
            f"ever since, {slip(_count_of(stated, 'week'))} now."
        ),
    )


# --- start: a rule-set event


@template("CC104-1731", "dev", "'drags into its Nth month' with a rule-set event", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"As the war in Ukraine drags into its {slip(f'{_ordinal_words(stated)} month')}, "
            "fuel prices in the region keep climbing."
        ),
        running=True,
    )


@template(
    "CC104-1732", "dev", "fraction into a rule-set event: N and a half years into", after=INVASION
)
def _(ctx):
    assert ctx.published is not None
    true = elapsed(INVASION, ctx.published, "year")
    whole = far_count(ctx, true, true, direction="above")
    if whole is None:
        return None
    text = (
        f"{slip(capitalized(number_words(whole)) + ' and a half years')} into Russia's "
        "invasion, the front line has barely moved."
    )
    facts = _duration_facts(INVASION, INVASION, ctx.published, "year", whole + 0.5)
    return Draft((text,), facts={**facts, "event": "russian-invasion-of-ukraine"})


@template(
    "CC104-1733",
    "dev",
    "ruler's tenure as an aside: X, in office for almost N years,",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Alexander Lukashenko, in office for {slip(f'almost {stated} years')}, has "
            "promised a new constitution."
        ),
    )


@template(
    "CC104-1734",
    "dev",
    "compound age of a rule-set treaty: the N-year-old Union State treaty",
    after=date(2003, 12, 8),
)
def _(ctx):
    return event_template(
        ctx,
        date(1999, 12, 8),
        "union-state-treaty",
        "year",
        lambda stated: (
            f"Minsk wants to revise the {slip(f'{stated}-year-old')} Union State treaty before "
            "any new loan is signed."
        ),
    )


@template("CC104-1735", "dev", "'Now, N weeks into' a rule-set event", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "week",
        lambda stated: (
            f"Now, {slip(_count_of(stated, 'week'))} into Moscow's invasion, the refugees "
            "arriving at the border are mostly elderly."
        ),
    )


# --- other voices, hedges and tenses against a day


@template(
    "CC104-1736", "dev", "passive with its agent and a dash: frozen by X for N months - since D"
)
def _(ctx):
    start = _start_before(ctx, 100, 600)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"Bus fares have been frozen by the regional authority for "
            f"{slip(_count_of(stated, 'month'))} - since {slip(ctx.date(start, year=True))}."
        ),
    )


@template("CC104-1737", "dev", "negation: not once in the N weeks since D")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The committee has not met once in the {slip(_count_of(stated, 'week'))} since "
            f"its chairman resigned on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1738", "dev", "hedge after the count: It is N weeks, more or less, since D")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"It is {slip(_count_of(stated, 'week', words=stated < 20) + ', more or less')}, "
            f"since the miners went underground on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1739", "dev", "'Over the past N days, beginning on D,'")
def _(ctx):
    start = _start_before(ctx, 10, 60)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"Over the past {slip(_count_of(stated, 'day'))}, beginning on "
            f"{slip(ctx.date(start))}, the river has risen by two metres."
        ),
    )


@template("CC104-1740", "dev", "future: On Weekday it will be N weeks since D")
def _(ctx):
    assert ctx.published is not None
    start = _start_before(ctx, 20, 140)
    ahead = ctx.published + timedelta(days=ctx.rng.randint(1, 6))
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"On {WEEKDAYS[ahead.weekday()]} it will be {slip(_count_of(stated, 'week'))} since "
            f"the hostages were taken on {slip(ctx.date(start))}."
        ),
    )


@template("CC104-1741", "dev", "'for an Nth straight week since X began on D'")
def _(ctx):
    start = _start_before(ctx, 15, 100)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Shelves stayed bare for a {slip(f'{ordinal(stated)} straight week')} since the "
            f"hauliers' blockade began on {slip(ctx.date(start))}."
        ),
        ordinal=True,
    )


@template("CC104-1742", "dev", "'at least N months' with the start after a colon: since D, YYYY")
def _(ctx):
    start = _start_before(ctx, 100, 600)
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The well has been dry for {slip(f'at least {number_words(stated)} months')}: "
            f"villagers last drew water from it on {slip(ctx.date(start, year=True))}."
        ),
        direction="above",
    )


# ------------------------------------------- CC106 and CC108: a grid of the forms' axes (18xx)
#
# Written as a grid before reading the checks, one template per sensible cell. CC106 varies
# (1) how the group is named: one noun both times, two nouns for one group ("employees" /
# "employs N people", "workforce" / "staff", "members" / "membership"), a noun with a
# modifier or an owner's possessive, a pronoun back-reference ("its"), a verb of size ("has",
# "employs", "counts", "numbers", "is made up of", "consists of"); (2) the number's form:
# digits, words, approximate ("about", "some", "roughly", "nearly"); (3) where the two
# sizes sit: one sentence, two places in the article, a headline against the body. CC108
# varies (1) the parts' form: a list, "of whom", "while", "the rest" / "the remainder",
# shares in per cent, a table of labelled lines, "made up of" / "consisting of" / "split
# between"; (2) the whole before or after the parts, or in another paragraph; (3) the
# numbers' form: digits, words, approximate, amounts of money. Approximate figures are kept
# far apart (a third or more) so that no reading of "about" covers both.


def far_sizes(ctx: Context, low: int, high: int) -> tuple[int, int]:
    """Two sizes at least a third apart, for statements hedged by "about" or "some"."""
    first = ctx.rng.randint(low, high)
    gap = math.ceil(first * ctx.rng.uniform(0.35, 0.5))
    second = first + gap if ctx.rng.random() < 0.5 else first - gap
    return first, max(second, 2)


def parts_far_over(ctx: Context, low: int, high: int) -> tuple[int, int, int]:
    """(whole, part, part) with the parts' sum a third or more above the whole."""
    while True:
        whole = ctx.rng.randint(low, high)
        total = whole + math.ceil(whole * ctx.rng.uniform(0.35, 0.5))
        first = round(total * ctx.rng.uniform(0.4, 0.6))
        second = total - first
        if 0 < first < whole and 0 < second < whole:
            return whole, first, second


def shares_over(ctx: Context, count: int = 2) -> list[int]:
    """Shares in per cent of one whole that add up to 108-130."""
    total = 100 + ctx.rng.randint(8, 30)
    shares = [round(total * ctx.rng.uniform(0.25, 0.45)) for _ in range(count - 1)]
    return [*shares, total - sum(shares)]


@template("CC106-1801", "dev", "grid: one noun, digits, one sentence (X's N Y ... all M Y)")
def _(ctx):
    a, b = two_sizes(ctx, 30, 90)
    return _cc106(
        f"The orchestra's {slip(a)} musicians voted on the offer, and all {slip(b)} musicians "
        "backed a walkout.",
        "",
        (a, b),
        "musicians",
    )


@template("CC106-1802", "dev", "grid: one noun, words, two places (a crew of N ... all M crew)")
def _(ctx):
    a, b = two_sizes(ctx, 8, 19)
    return _cc106(
        f"The trawler sank with a crew of {slip(number_words(a))} on board.",
        f"Coastguards said all {slip(number_words(b))} crew members had been picked up alive.",
        (a, b),
        "crew",
    )


@template("CC106-1803", "dev", "grid: one noun, approximate both, two places (about N ... some M)")
def _(ctx):
    a, b = far_sizes(ctx, 8, 30)
    a, b = a * 100, b * 100
    return _cc106(
        f"The hospital's roughly {slip(f'{a:,}')} nurses will ballot on the pay offer.",
        f"A union official said about {slip(f'{b:,}')} nurses work at the hospital.",
        (a, b),
        "nurses",
    )


@template(
    "CC106-1804", "dev", "grid: two words for one group: X's N employees ... X employs M people"
)
def _(ctx):
    a, b = two_sizes(ctx, 200, 900)
    return _cc106(
        f"The paper mill's {slip(a)} employees were told of the closure on Monday.",
        f"The mill, which employs {slip(b)} people, has made losses for three years.",
        (a, b),
        "employees",
    )


@template("CC106-1805", "dev", "grid: two nouns: X's workforce of N ... its M staff")
def _(ctx):
    a, b = two_sizes(ctx, 20, 60)
    a, b = a * 100, b * 100
    return _cc106(
        f"The council's workforce of {slip(f'{a:,}')} faces a pay freeze.",
        f"Leaders of the council said none of its {slip(f'{b:,}')} staff would lose their jobs.",
        (a, b),
        "staff",
    )


@template("CC106-1806", "dev", "grid: two nouns: a membership of N ... the union's M members")
def _(ctx):
    a, b = two_sizes(ctx, 10, 40)
    a, b = a * 1000, b * 1000
    return _cc106(
        f"The teachers' union, which has a membership of {slip(f'{a:,}')}, will vote in May.",
        f"Turnout among the union's {slip(f'{b:,}')} members is expected to be low.",
        (a, b),
        "members",
    )


@template(
    "CC106-1807", "dev", "grid: pronoun back-reference: X was founded ...; its N Y ... X's M Y"
)
def _(ctx):
    a, b = two_sizes(ctx, 15, 40)
    return _cc106(
        f"The lifeboat station opened in 1891. Today its {slip(a)} volunteers answer about "
        "a hundred calls a year.",
        f"The station's {slip(b)} volunteers raised the money for the new boat themselves.",
        (a, b),
        "volunteers",
    )


@template("CC106-1808", "dev", "grid: verb 'has': X has N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 150, 600)
    return _cc106(
        f"The golf club has {slip(a)} members and a waiting list.",
        f"A letter was sent to the club's {slip(b)} members last week.",
        (a, b),
        "members",
    )


@template("CC106-1809", "dev", "grid: verb 'counts': X counts N Y ... all M Y of the X")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    return _cc106(
        f"The association counts {slip(a)} member firms, most of them small.",
        f"All {slip(b)} member firms of the association signed the code.",
        (a, b),
        "member firms",
    )


@template("CC106-1810", "dev", "grid: 'is made up of N Y' ... 'the M-Y panel'")
def _(ctx):
    a, b = two_sizes(ctx, 5, 15)
    return _cc106(
        f"The appeals panel is made up of {slip(number_words(a))} judges.",
        f"A ruling by the {slip(b)}-judge panel is expected within a month.",
        (a, b),
        "judges",
    )


@template("CC106-1811", "dev", "grid: verb 'numbers': X numbers N Y ... the X's M Y")
def _(ctx):
    a, b = two_sizes(ctx, 20, 70)
    return _cc106(
        f"The ferry company's fleet numbers {slip(a)} vessels.",
        f"Each of the fleet's {slip(b)} vessels will be fitted with new engines.",
        (a, b),
        "vessels",
    )


@template(
    "CC106-1812", "dev", "grid: headline (no stop) against body: X's N jobs at risk ... employs M"
)
def _(ctx):
    a, b = two_sizes(ctx, 3, 12)
    a, b = a * 100, b * 100
    return _cc106(
        f"Biscuit factory's {slip(f'{a:,}')} workers face uncertain future",
        f"The factory has {slip(f'{b:,}')} workers on two shifts.",
        (a, b),
        "workers",
    )


@template(
    "CC106-1813", "dev", "grid: headline in words against body digits: N trapped Y ... the M Y"
)
def _(ctx):
    a, b = two_sizes(ctx, 6, 19)
    return _cc106(
        f"Rescuers reach {slip(number_words(a))} trapped miners",
        f"Food and water were lowered to the {slip(b)} trapped miners overnight.",
        (a, b),
        "miners",
    )


@template("CC106-1814", "dev", "grid: approximate both, one sentence: about N Y ... nearly M Y")
def _(ctx):
    a, b = far_sizes(ctx, 10, 30)
    a, b = a * 100, b * 100
    return _cc106(
        f"The college has about {slip(f'{a:,}')} students, and nearly {slip(f'{b:,}')} "
        "students signed the petition against the merger, the whole student body.",
        "",
        (a, b),
        "students",
    )


@template("CC106-1815", "dev", "grid: words before '-strong' ... 'the crew of M'")
def _(ctx):
    a, b = two_sizes(ctx, 6, 15)
    return _cc106(
        f"The {slip(number_words(a))}-strong crew left port in March.",
        f"The skipper said the crew of {slip(b)} had never sailed together before.",
        (a, b),
        "crew",
    )


@template(
    "CC106-1816", "dev", "grid: modifier noun: X's N full-time Y ... all M of X's full-time Y"
)
def _(ctx):
    a, b = two_sizes(ctx, 20, 60)
    return _cc106(
        f"The brigade's {slip(a)} full-time firefighters cover the whole county.",
        f"All {slip(b)} of the brigade's full-time firefighters will join the strike.",
        (a, b),
        "firefighters",
    )


@template("CC106-1817", "dev", "grid: 'a total of N Y attend X' ... 'the X's M Y'")
def _(ctx):
    a, b = two_sizes(ctx, 150, 500)
    return _cc106(
        f"A total of {slip(a)} delegates are attending the party conference.",
        f"The conference's {slip(b)} delegates will vote on the leadership on Sunday.",
        (a, b),
        "delegates",
    )


@template("CC106-1818", "dev", "grid: 'consisting of N Y' ... 'the M Y in the X'")
def _(ctx):
    a, b = two_sizes(ctx, 8, 30)
    return _cc106(
        f"The trade delegation, consisting of {slip(a)} officials, arrived on Tuesday.",
        f"Hotel rooms were booked for the {slip(b)} officials in the delegation.",
        (a, b),
        "officials",
    )


@template("CC106-1819", "dev", "grid: relative clause then 'all N' in one sentence (which has N Y)")
def _(ctx):
    a, b = two_sizes(ctx, 300, 900)
    return _cc106(
        f"The school, which has {slip(a)} pupils, said all {slip(b)} pupils would sit the "
        "test in the hall.",
        "",
        (a, b),
        "pupils",
    )


@template("CC106-1820", "dev", "grid: 'some N people work at X' ... 'X's M-strong workforce'")
def _(ctx):
    a, b = far_sizes(ctx, 8, 40)
    a, b = a * 100, b * 100
    return _cc106(
        f"Some {slip(f'{a:,}')} people work at the car plant.",
        f"The plant's {slip(f'{b:,}')}-strong workforce has been put on short time.",
        (a, b),
        "workforce",
    )


@template(
    "CC108-1801",
    "dev",
    "grid: list of three after a colon, whole first (The W Y: A ..., B ..., C ...)",
)
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 60, 500)
    return _cc108(
        f"The {slip(w)} delegates came from three regions: {slip(a)} from the north, "
        f"{slip(b)} from the south and {slip(c)} from the west.",
        w,
        [a, b, c],
    )


@template(
    "CC108-1802", "dev", "grid: list then whole after a dash: A went to X and B to Y -- W in all"
)
def _(ctx):
    w, a, b = parts_over(ctx, 200, 3000)
    return _cc108(
        f"{slip(f'{a:,}')} votes went to the mayor and {slip(f'{b:,}')} to her rival, "
        f"{slip(f'{w:,}')} votes in all.",
        w,
        [a, b],
    )


@template("CC108-1803", "dev", "grid: 'of whom A were X and B were Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 80, 400)
    return _cc108(
        f"The ferry was carrying {slip(w)} passengers, of whom {slip(a)} were foreign "
        f"tourists and {slip(b)} were local people.",
        w,
        [a, b],
    )


@template("CC108-1804", "dev", "grid: 'while': Of the W Y, A work full time while B work part time")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 300)
    return _cc108(
        f"Of the charity's {slip(w)} staff, {slip(a)} work full time while {slip(b)} work "
        "part time.",
        w,
        [a, b],
    )


@template("CC108-1805", "dev", "grid: 'the rest': X has W Y; A are for X and the rest, B, for Z")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 600)
    return _cc108(
        f"The hospital has {slip(w)} beds; {slip(a)} are for adults and the rest, "
        f"{slip(b)}, for children.",
        w,
        [a, b],
    )


@template("CC108-1806", "dev", "grid: shares in per cent with 'and': Of those asked, P% X and Q% Y")
def _(ctx):
    p, q = shares_over(ctx)
    text = (
        f"Of those asked, {slip(f'{p}%')} backed the bypass and {slip(f'{q}%')} were against "
        "it, the survey found."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template(
    "CC108-1807",
    "dev",
    "grid: shares with 'while' and 'per cent': X take P per cent ..., while Y Q",
)
def _(ctx):
    p, q = shares_over(ctx)
    text = (
        f"Salaries take up {slip(f'{p} per cent')} of the school's budget, while buildings "
        f"and heating take up {slip(f'{q} per cent')}."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template(
    "CC108-1808", "dev", "grid: table of labelled lines, whole first: The W Y by X:\\nX1: A ..."
)
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 60, 600)
    return _cc108(
        f"The club's {slip(w)} members by age:\nUnder 30: {slip(a)}\n30 to 60: {slip(b)}\n"
        f"Over 60: {slip(c)}",
        w,
        [a, b, c],
    )


@template("CC108-1809", "dev", "grid: words: Of the village's W households, A own ... and B rent")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 99)
    return _cc108(
        f"Of the village's {slip(number_words(w))} households, {slip(number_words(a))} own "
        f"their homes and {slip(number_words(b))} rent them.",
        w,
        [a, b],
    )


@template(
    "CC108-1810",
    "dev",
    "grid: parts first, whole in a later paragraph (A of X's Y ..., B ...; a fleet of W)",
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 200)
    return _cc108(
        (
            f"{slip(capitalized(number_words(a)) if a < 100 else a)} of the haulier's lorries "
            f"run on diesel and {slip(b)} on gas.",
            f"The haulier runs a fleet of {slip(w)} lorries from its depot.",
        ),
        w,
        [a, b],
    )


@template("CC108-1811", "dev", "grid: 'is made up of A X and B Y' after 'the W-strong Z'")
def _(ctx):
    w, a, b = parts_over(ctx, 50, 150)
    return _cc108(
        f"The {slip(w)}-strong orchestra is made up of {slip(a)} string players and "
        f"{slip(b)} wind, brass and percussion players.",
        w,
        [a, b],
    )


@template(
    "CC108-1812", "dev", "grid: 'split between': The W Y were split between X, who got A, and Z, B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 1000, 8000)
    return _cc108(
        f"The {slip(f'{w:,}')} tickets were split between home fans, who got "
        f"{slip(f'{a:,}')}, and visiting fans, who got {slip(f'{b:,}')}.",
        w,
        [a, b],
    )


@template("CC108-1813", "dev", "grid: 'a crew of W, consisting of A X and B Y'")
def _(ctx):
    w, a, b = parts_over(ctx, 18, 60)
    return _cc108(
        f"The tanker had a crew of {slip(w)}, consisting of {slip(a)} officers and "
        f"{slip(b)} ratings.",
        w,
        [a, b],
    )


@template(
    "CC108-1814", "dev", "grid: pronoun whole: X questioned W Y. ... Of them, A ... and B ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 500, 2000)
    return _cc108(
        (
            f"The pollsters questioned {slip(f'{w:,}')} adults in March.",
            f"Of them, {slip(f'{a:,}')} said they would vote and {slip(f'{b:,}')} said they "
            "would stay at home.",
        ),
        w,
        [a, b],
    )


@template(
    "CC108-1815", "dev", "grid: 'the remainder': Of the W X, Y holds A; the remainder, B, ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 120)
    return _cc108(
        f"Of the council's {slip(w)} seats, the ruling party holds {slip(a)}; the "
        f"remainder, {slip(b)}, are split among three smaller parties.",
        w,
        [a, b],
    )


@template(
    "CC108-1816",
    "dev",
    "grid: approximate: about W people came, some A from X and roughly B from Y",
)
def _(ctx):
    w, a, b = parts_far_over(ctx, 5, 30)
    w, a, b = w * 100, a * 100, b * 100
    return _cc108(
        f"About {slip(f'{w:,}')} people came to the rally, some {slip(f'{a:,}')} from the "
        f"town itself and roughly {slip(f'{b:,}')} from nearby villages.",
        w,
        [a, b],
    )


@template(
    "CC108-1817",
    "dev",
    "grid: headline whole against body parts: X approves W homes ... A ..., B ...",
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 300)
    return _cc108(
        (
            f"Council approves {slip(w)} new homes on edge of town",
            f"The scheme includes {slip(a)} homes for sale and {slip(b)} for rent.",
        ),
        w,
        [a, b],
    )


@template(
    "CC108-1818", "dev", "grid: ownership shares: X is P per cent owned by Y and Q per cent by Z"
)
def _(ctx):
    p, q = shares_over(ctx)
    text = (
        f"The airport is {slip(f'{p} per cent')} owned by the regional government and "
        f"{slip(f'{q} per cent')} by a pension fund."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q], "shares": True})


@template(
    "CC108-1819",
    "dev",
    "grid: whole after 'and', one sentence: A men and B women took part, W in total",
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"{slip(a)} men and {slip(b)} women took part in the race, {slip(w)} runners in total.",
        w,
        [a, b],
    )


@template(
    "CC108-1820", "dev", "grid: money across sentences: X has W. A will go to Y. Another B ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 20, 90)
    return _cc108(
        f"The fund holds {slip(w)} million pounds. Some {slip(a)} million will go to "
        f"schools. Another {slip(b)} million is set aside for hospitals.",
        w,
        [a, b],
    )


# ------------------------------------------- CC104: axes the earlier blocks hold still (19xx)
#
# Listed from the issue's words and from how wire and British copy tie a duration to its start,
# then written before reading the check: the start and the duration paragraphs apart with other
# dates between; starts told against the dateline ("a fortnight ago", "since Christmas", "late
# last year"); rule-set events named by paraphrase; the duration as an adjective (fractions,
# "-long", "week N of"); working and trading days; hours; tenses ahead and spans closed by an end
# date; a start in the year before the dateline with no year written; the start as the wrong
# half; reported speech; ranges and compound counts.


def _working_days(first: date, last: date) -> int:
    """Monday-to-Friday days after `first` up to and including `last`."""
    return sum(
        1 for offset in range(1, (last - first).days + 1)
        if (first + timedelta(days=offset)).weekday() < 5
    )  # fmt: skip


def _span_facts(start: date, end: date, unit: str, stated) -> dict:
    """A duration closed by an end date written in the text, not by publication."""
    span = round(elapsed(start, end, unit), 2)
    return {
        "start": [start.isoformat(), start.isoformat()],
        "end": end.isoformat(),
        "unit": unit,
        "elapsed": [span, span],
        "stated": stated,
    }


# --- the start and the duration apart, other dates between


@template("CC104-1901", "dev", "start, a later dated aside, then 'now in its Nth week' apart")
def _(ctx):
    start = _start_before(ctx, 30, 140)
    aside = start + timedelta(days=ctx.rng.randint(8, 20))
    return _start_in_two_places(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Cleaners at the airport stopped work on {slip(ctx.date(start))}. A first round "
            f"of talks on {ctx.date(aside)} ended without a deal.",
            f"The dispute is now in its {slip(f'{_ordinal_words(stated)} week')}.",
        ),
        ordinal=True,
    )


@template("CC104-1902", "dev", "start apart, duration by another noun: 'the stoppage has lasted'")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return _start_in_two_places(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Crane drivers at the container terminal walked out on {slip(ctx.date(start))}.",
            f"The stoppage has lasted {slip(_count_of(stated, 'week', words=stated < 20))} "
            "and has left ships queuing offshore.",
        ),
    )


@template("CC104-1903", "dev", "start in Month YYYY apart, later 'Since then, for N years'")
def _(ctx):
    first, last = _month_start(ctx, 30, 200)
    return _start_in_two_places(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The steelworks let its last furnace go cold in {slip(_month_year(first))}.",
            f"Since then, for {slip(f'{number_words(stated)} years')}, the site has been "
            "fenced off.",
        ),
    )


@template("CC104-1904", "dev", "one sentence, a second date between start and duration")
def _(ctx):
    start = _start_before(ctx, 30, 140)
    later = start + timedelta(days=ctx.rng.randint(3, 12))
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The blockade began on {slip(ctx.date(start))}, days before the minister flew "
            f"in on {ctx.date(later)}, and has now gone on for "
            f"{slip(_count_of(stated, 'week'))}."
        ),
    )


# --- starts told against the dateline


@template("CC104-1905", "dev", "relative start 'a fortnight ago', ordinal weeks")
def _(ctx):
    start = ctx.published - timedelta(days=14)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The hunger strike, which began {slip('a fortnight ago')}, has entered its "
            f"{slip(f'{_ordinal_words(stated)} week')}."
        ),
        ordinal=True,
    )


@template("CC104-1906", "dev", "relative start 'earlier this month', count of weeks")
def _(ctx):
    if ctx.published.day < 8:
        return None
    first = ctx.published.replace(day=1)
    last = ctx.published - timedelta(days=1)
    return start_template(
        ctx,
        first,
        last,
        "week",
        lambda stated: (
            f"The road has been shut for {slip(_count_of(stated, 'week'))}, since a landslide "
            f"{slip('earlier this month')}."
        ),
        direction="above",
    )


@template("CC104-1907", "dev", "holiday start 'since Christmas', count of weeks")
def _(ctx):
    year = ctx.published.year if ctx.published > date(ctx.published.year, 12, 26) else None
    start = date(year or ctx.published.year - 1, 12, 25)
    if (ctx.published - start).days < 20:
        return None
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"Patients have waited {slip(_count_of(stated, 'week'))} for the ward to reopen, "
            f"{slip('ever since Christmas')}."
        ),
    )


@template("CC104-1908", "dev", "start 'the turn of the year', count of days")
def _(ctx):
    start = date(ctx.published.year, 1, 1)
    if not 10 <= (ctx.published - start).days <= 90:
        return None
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"Since {slip('the turn of the year')}, a span of {slip(_count_of(stated, 'day'))}, "
            "the lake has stayed frozen."
        ),
    )


@template("CC104-1909", "dev", "'last Weekday' start in one sentence, 'now in its Nth day' next")
def _(ctx):
    weekday = ctx.rng.randrange(7)
    first, last = _weekday_range(ctx, weekday, 1)
    return start_template(
        ctx,
        first,
        last,
        "day",
        lambda stated: (
            f"Seafarers stopped work {slip(f'last {WEEKDAYS[weekday]}')} over unpaid wages. "
            f"The stoppage, now in its {slip(ordinal(stated) + ' day')}, has halted exports."
        ),
        ordinal=True,
    )


@template("CC104-1910", "dev", "'on Weekday last week' start, 'for N days'")
def _(ctx):
    weekday = ctx.rng.randrange(5)
    monday = ctx.published - timedelta(days=ctx.published.weekday())
    start = monday - timedelta(days=7 - weekday)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The pipeline has leaked for {slip(_count_of(stated, 'day'))}, since a valve "
            f"failed {slip(f'on {WEEKDAYS[weekday]} last week')}."
        ),
    )


@template("CC104-1911", "dev", "'since late last year', count of months")
def _(ctx):
    first = date(ctx.published.year - 1, 10, 1)
    last = date(ctx.published.year - 1, 12, 31)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"Since {slip('late last year')}, shoppers have paid more for eggs for "
            f"{slip(f'some {number_words(stated)} months')} running."
        ),
    )


@template("CC104-1912", "dev", "'this time last year' start, count of months")
def _(ctx):
    first = ctx.published - timedelta(days=380)
    last = ctx.published - timedelta(days=350)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The hotel has been closed {slip('since this time last year')}, "
            f"{slip(_count_of(stated, 'month'))} that have cost the village its only jobs."
        ),
    )


# --- a rule-set event told by paraphrase


@template(
    "CC104-1913",
    "dev",
    "event by paraphrase: since Russian troops crossed into Ukraine",
    after=INVASION,
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"In the {slip(_count_of(stated, 'month'))} since Russian troops crossed into "
            "Ukraine, grain exports from Odesa have halved."
        ),
    )


@template(
    "CC104-1914", "dev", "event by paraphrase: since the Kremlin sent its army in", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"It is {slip(f'{number_words(stated)} months')} since the Kremlin sent its army "
            "into Ukraine, and the border towns are still emptying."
        ),
    )


@template(
    "CC104-1915",
    "dev",
    "ruler by paraphrase: at the helm in Minsk for N years",
    after=date(1995, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Lukashenko, at the helm in Minsk for {slip(f'{stated} years')}, has outlasted "
            "five Ukrainian presidents."
        ),
    )


@template(
    "CC104-1916",
    "dev",
    "treaty by paraphrase: the union pact Moscow and Minsk signed N years ago",
    after=date(2003, 12, 8),
)
def _(ctx):
    return event_template(
        ctx,
        date(1999, 12, 8),
        "union-state-treaty",
        "year",
        lambda stated: (
            f"Under the Union State treaty, signed {slip(f'{number_words(stated)} years ago')}, "
            "the two countries were meant to share a currency."
        ),
    )


@template(
    "CC104-1917", "dev", "event with its year ordinal: the war, now in its Nth year", after=INVASION
)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "year",
        lambda stated: (
            f"With the war in Ukraine now in its {slip(f'{_ordinal_words(stated)} year')}, "
            "Warsaw has doubled its spending on air defence."
        ),
        running=True,
        direction="above",
    )


# --- the duration as an adjective


@template("CC104-1918", "dev", "wire fraction compound: the N-1/2-month-old dispute, since D, YYYY")
def _(ctx):
    start = _start_before(ctx, 100, 500)
    whole = _far_from_start(ctx, start, start, "month", direction="above")
    if whole is None:
        return None
    text = (
        f"Shipowners offered a new wage deal to end the {slip(f'{whole}-1/2-month-old')} "
        f"dispute, which began on {slip(ctx.date(start, year=True))}."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "month", whole + 0.5))


@template("CC104-1919", "dev", "'-long' compound: a N-month-long siege begun in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 4, 30)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"Aid lorries reached the town for the first time in its "
            f"{slip(f'{number_words(stated)}-month-long')} siege, begun in "
            f"{slip(_month_year(first))}."
        ),
    )


@template(
    "CC104-1920", "dev", "words-and-half compound: a N-and-a-half-year-old ban from Month YYYY"
)
def _(ctx):
    first, last = _month_start(ctx, 24, 100)
    whole = _far_from_start(ctx, first, last, "year", direction="above")
    if whole is None:
        return None
    text = (
        f"Judges struck down the {slip(f'{number_words(whole)}-and-a-half-year-old')} ban "
        f"on street stalls, brought in in {slip(_month_year(first))}."
    )
    # (the whole count recorded: already certainly wrong, and the half only adds to it)
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", whole))


@template("CC104-1921", "dev", "decades as a predicate: the rivalry, N decades old, from YYYY")
def _(ctx):
    first, last = _year_span(ctx, 5, 25)
    decades = ctx.pick([d for d in (4, 5, 6) if d * 10 >= (ctx.published.year - first.year) + 12])
    text = (
        f"The rivalry between the two clubs, {slip(f'{number_words(decades)} decades old')} "
        f"by local telling, dates only from {slip(first.year)}, when the second was founded."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", decades * 10))


@template(
    "CC104-1922",
    "dev",
    "day-old compound with a weekday start: the N-day-old strike, since last Weekday",
)
def _(ctx):
    weekday = ctx.rng.randrange(7)
    first, last = _weekday_range(ctx, weekday, 1)
    return start_template(
        ctx,
        first,
        last,
        "day",
        lambda stated: (
            f"The {slip(f'{stated}-day-old')} strike by bus drivers, which started "
            f"{slip(f'last {WEEKDAYS[weekday]}')}, has closed schools across the city."
        ),
        direction="above",
    )


@template("CC104-1923", "dev", "numbered period: 'In week N of the lockout, which started on D'")
def _(ctx):
    # Only a week not reached yet: in a past-tense clause ("the firm hired") a week already
    # gone by may be when the hiring happened, so a smaller N is no certain slip.
    start = _start_before(ctx, 15, 100)
    week_now = int(elapsed(start, ctx.published, "week")) + 1
    stated = far_count(ctx, week_now, week_now, direction="above")
    if stated is None:
        return None
    text = (
        f"In {slip(f'week {stated}')} of the lockout, which started on "
        f"{slip(ctx.date(start))}, the firm hired temporary staff."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "week", stated))


# --- working days, trading days, hours


@template("CC104-1924", "dev", "'for N working days, since D'")
def _(ctx):
    start = _start_before(ctx, 14, 60)
    true = _working_days(start, ctx.published)
    stated = far_count(ctx, true, true)
    if stated is None:
        return None
    text = (
        f"The land registry has been shut for {slip(f'{stated} working days')}, since its "
        f"computers were hacked on {slip(ctx.date(start))}."
    )
    facts = _duration_facts(start, start, ctx.published, "day", stated)
    return Draft((text,), facts={**facts, "elapsed": [true, true], "working_days": True})


@template("CC104-1925", "dev", "'N business days after' an offer opened on D, closing today")
def _(ctx):
    start = _start_before(ctx, 14, 45)
    true = _working_days(start, ctx.published)
    stated = far_count(ctx, true, true)
    if stated is None:
        return None
    text = (
        f"The tender offer, opened on {slip(ctx.date(start))}, closes today, "
        f"{slip(f'{number_words(stated)} business days')} later."
    )
    facts = _duration_facts(start, start, ctx.published, "day", stated)
    return Draft((text,), facts={**facts, "elapsed": [true, true], "working_days": True})


@template("CC104-1926", "dev", "'N straight trading days since D' above the days open")
def _(ctx):
    start = _start_before(ctx, 10, 40)
    true = _working_days(start, ctx.published)
    stated = far_count(ctx, true, true, direction="above")
    if stated is None:
        return None
    text = (
        f"The shares have fallen on {slip(f'{stated} straight trading days')} since the "
        f"profit warning of {slip(ctx.date(start))}."
    )
    facts = _duration_facts(start, start, ctx.published, "day", stated)
    return Draft((text,), facts={**facts, "elapsed": [true, true], "working_days": True})


@template("CC104-1927", "dev", "hours against a weekday start: 'for N hours, since Weekday'")
def _(ctx):
    back = ctx.rng.randint(3, 6)
    start = ctx.published - timedelta(days=back)
    low, high = (back - 1) * 24, (back + 1) * 24
    stated = ctx.pick(range(max(3, int(low * 0.7) - 8), int(low * 0.7) - 1))
    text = (
        f"Firefighters have been fighting the blaze for {slip(f'{stated} hours')}, since "
        f"it broke out on {slip(WEEKDAYS[start.weekday()])}."
    )
    return Draft(
        (text,),
        facts={
            "start": [start.isoformat(), start.isoformat()],
            "unit": "hour",
            "elapsed": [low, high],
            "stated": stated,
        },
    )


# --- ahead of the dateline, and spans closed by an end date


@template("CC104-1928", "dev", "future perfect: by Weekday it will have lasted N weeks, since D")
def _(ctx):
    start = _start_before(ctx, 25, 140)
    ahead = ctx.published + timedelta(days=ctx.rng.randint(1, 6))
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"By {WEEKDAYS[ahead.weekday()]} the ban on fishing, imposed on "
            f"{slip(ctx.date(start))}, will have lasted {slip(_count_of(stated, 'week'))}."
        ),
    )


@template("CC104-1929", "dev", "'next month will mark N years since' a start in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 30, 200)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"Next month will mark {slip(f'{number_words(stated)} years')} since the mine "
            f"opened in {slip(_month_year(first))}."
        ),
    )


@template("CC104-1930", "dev", "closed span: began on D1 and ended on D2 after N weeks")
def _(ctx):
    start = _start_before(ctx, 90, 300)
    end = start + timedelta(days=ctx.rng.randint(35, 70))
    true = elapsed(start, end, "week")
    stated = far_count(ctx, true, true)
    if stated is None:
        return None
    text = (
        f"The walkout began on {slip(ctx.date(start))} and ended on {ctx.date(end)} after "
        f"{slip(_count_of(stated, 'week'))}."
    )
    return Draft((text,), facts=_span_facts(start, end, "week", stated))


@template("CC104-1931", "dev", "closed span: had been shut N months when it reopened on D2")
def _(ctx):
    start = _start_before(ctx, 300, 700)
    end = start + timedelta(days=ctx.rng.randint(120, 250))
    true = elapsed(start, end, "month")
    stated = far_count(ctx, true, true)
    if stated is None:
        return None
    text = (
        f"Shut on {slip(ctx.date(start, year=True))}, the library had been closed for "
        f"{slip(_count_of(stated, 'month'))} when it reopened on {ctx.date(end, year=True)}."
    )
    return Draft((text,), facts=_span_facts(start, end, "month", stated))


# --- a start in the year before the dateline, its year not written


@template("CC104-1932", "dev", "'on Month D last year', count of months")
def _(ctx):
    start = date(ctx.published.year - 1, ctx.rng.randint(1, 12), ctx.rng.randint(1, 28))
    if (ctx.published - start).days < 60:
        return None
    return start_template(
        ctx,
        start,
        start,
        "month",
        lambda stated: (
            f"The council has run without a leader for {slip(_count_of(stated, 'month'))}, "
            f"since its chief resigned on {slip(ctx.date(start) + ' last year')}."
        ),
    )


@template("CC104-1933", "dev", "'since Month' naming a month after the dateline's: last year's")
def _(ctx):
    if ctx.published.month == 12:
        return None
    first, last = _month_start(ctx, ctx.published.month, 11)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"Wages at the plant have gone unpaid since {slip(MONTHS[first.month - 1])}, "
            f"{slip(f'for {number_words(stated)} months')}."
        ),
    )


@template("CC104-1934", "dev", "'on the Dth of last month', count of days")
def _(ctx):
    index = ctx.published.year * 12 + ctx.published.month - 2
    day = ctx.rng.randint(1, 28)
    start = date(index // 12, index % 12 + 1, day)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The ferry has not sailed for {slip(_count_of(stated, 'day'))}, not since a "
            f"storm on {slip(f'the {ordinal(day)} of last month')}."
        ),
    )


# --- the start as the wrong half


@template(
    "CC104-1935", "dev", "start written after a right-sounding age: N years old, founded in YYYY"
)
def _(ctx):
    first, last = _year_span(ctx, 10, 60)
    return start_template(
        ctx,
        first,
        last,
        "year",
        lambda stated: (
            f"The choir turns {slip(number_words(stated))} this year; it was founded in "
            f"{slip(first.year)} by two schoolteachers."
        ),
    )


@template("CC104-1936", "dev", "anniversary this week, then the founding day with its year")
def _(ctx):
    start = _start_before(ctx, 5 * 365, 40 * 365)
    return start_template(
        ctx,
        start,
        start,
        "year",
        lambda stated: (
            f"The lifeboat station marks its {slip(f'{ordinal(stated)} anniversary')} this "
            f"week. Its first crew put to sea on {slip(ctx.date(start, year=True))}."
        ),
        ordinal=False,
    )


# --- reported speech


@template("CC104-1937", "dev", "quoted duration, start in the attribution")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f'"We have been out for {slip(_count_of(stated, "week", words=stated < 20))} and '
            f'we will stay out," said a shop steward, whose union struck on '
            f"{slip(ctx.date(start))}."
        ),
    )


@template(
    "CC104-1938", "dev", "reported past perfect: X said the lockout, from D, had lasted N weeks"
)
def _(ctx):
    start = _start_before(ctx, 20, 140)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The employers' federation said the lockout, which began on "
            f"{slip(ctx.date(start))}, had lasted {slip(_count_of(stated, 'week'))} so far."
        ),
    )


# --- ranges and compound counts


@template("CC104-1939", "dev", "range: 'between N and N+1 weeks since D'")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    true = elapsed(start, ctx.published, "week")
    stated = far_count(ctx, true, true + 1)
    if stated is None:
        return None
    text = (
        f"The reservoir has been below half full for "
        f"{slip(f'between {stated} and {stated + 1} weeks')}, since a pump failed on "
        f"{slip(ctx.date(start))}."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "week", stated))


@template("CC104-1940", "dev", "compound count: 'N years and M months since' a start in Month YYYY")
def _(ctx):
    first, last = _month_start(ctx, 30, 120)
    whole = _far_from_start(ctx, first, last, "year", direction="above")
    if whole is None:
        return None
    months = ctx.rng.randint(1, 11)
    text = (
        f"It is {slip(number_words(whole) + ' years and ' + _count_of(months, 'month', True))}"
        f" since the embassy closed in {slip(_month_year(first))}."
    )
    return Draft((text,), facts=_duration_facts(first, last, ctx.published, "year", whole))


@template("CC104-1941", "dev", "alternatives: 'N or N+1 months' since D, YYYY")
def _(ctx):
    start = _start_before(ctx, 120, 600)
    true = elapsed(start, ctx.published, "month")
    stated = far_count(ctx, true, true + 1)
    if stated is None:
        return None
    text = (
        f"The tower block was emptied "
        f"{slip(f'{number_words(stated)} or {number_words(stated + 1)} months ago')}, on "
        f"{slip(ctx.date(start, year=True))}, and has stood empty since."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "month", stated))


@template("CC104-1942", "dev", "days and weeks mixed: 'N weeks and M days' since D")
def _(ctx):
    start = _start_before(ctx, 20, 140)
    whole = _far_from_start(ctx, start, start, "week", direction="above")
    if whole is None:
        return None
    days = ctx.rng.randint(1, 6)
    text = (
        f"The climbers have been missing for "
        f"{slip(_count_of(whole, 'week') + ' and ' + _count_of(days, 'day'))}, since they "
        f"set out from base camp on {slip(ctx.date(start))}."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "week", whole))


# ---------------------------- CC106 and CC108: axes the earlier blocks hold still (20xx)
#
# Written before reading the checks, over axes listed from the issue's words and from wire
# and British copy ("of which", "the rest", "a further", "the remaining", "both", "in all").
# CC106: the group named again by a synonym or a wider word ("workers" / "people employed",
# "pupils" / "students", "passengers" / "people on board", "troops" / "personnel"); a
# headline against the body; other figures between the two sizes, across a paragraph
# break; a size in quoted first-person speech ("N of us"); a lower bound ("more than N")
# against a smaller exact size; "the M of them" as the second size. CC108: the whole after
# its parts with other figures between; nested parts (a part of a part, which must not be
# added); a fraction of the whole beside a count; the whole in a headline; parts named by
# another word than the whole; "besides", "alongside", "together with", "all told"; three
# shares in "pct"; a table of columns without colons; money "of which" after "totalled".


@template(
    "CC106-2001", "dev", "a wider word: the plant's N workers ... the M people employed there"
)
def _(ctx):
    a, b = two_sizes(ctx, 120, 900)
    return _cc106(
        f"The glassworks' {slip(a)} workers were sent home when the furnace failed.",
        f"Managers said the {slip(b)} people employed at the glassworks would be paid in full.",
        (a, b),
        "workers",
    )


@template("CC106-2002", "dev", "synonyms: the academy's N pupils ... all M students at it")
def _(ctx):
    a, b = two_sizes(ctx, 150, 900)
    return _cc106(
        f"The academy's {slip(a)} pupils will be taught online until the roof is mended.",
        f"The head said laptops had been lent to all {slip(b)} students at the academy.",
        (a, b),
        "pupils",
    )


@template("CC106-2003", "dev", "a wider word: the ferry's N passengers ... the M people on board")
def _(ctx):
    a, b = two_sizes(ctx, 40, 400)
    return _cc106(
        f"The ferry's {slip(a)} passengers spent the night in the harbour after the engine failed.",
        f"A spokesman for the operator said the {slip(b)} people on board were given blankets.",
        (a, b),
        "passengers",
    )


@template(
    "CC106-2004", "dev", "synonyms: the garrison's N troops ... the M personnel stationed there"
)
def _(ctx):
    a, b = two_sizes(ctx, 200, 2000)
    return _cc106(
        f"The garrison's {slip(f'{a:,}')} troops will leave the island by the end of the year.",
        f"The ministry said the {slip(f'{b:,}')} personnel stationed at the garrison would be "
        "moved to the mainland.",
        (a, b),
        "troops",
    )


@template("CC106-2005", "dev", "synonyms: the village's N residents ... all M villagers")
def _(ctx):
    a, b = two_sizes(ctx, 60, 600)
    return _cc106(
        f"The village's {slip(a)} residents have been without running water since the storm.",
        f"Tankers are now bringing water to all {slip(b)} villagers twice a day.",
        (a, b),
        "residents",
    )


@template(
    "CC106-2006", "dev", "a sentence-case headline 'N nurses to strike at ...' ... the M nurses"
)
def _(ctx):
    a, b = two_sizes(ctx, 150, 900)
    return _cc106(
        f"{slip(a)} nurses to strike at county hospital",
        f"The hospital's {slip(b)} nurses will walk out for two days next week, their union said.",
        (a, b),
        "nurses",
    )


@template("CC106-2007", "dev", "other figures between, across a paragraph break: N teachers ... M")
def _(ctx):
    a, b = two_sizes(ctx, 30, 90)
    return _cc106(
        f"The college has {slip(a)} teachers on its payroll.\n\nIt also enrols 1,400 students "
        f"on 35 courses, and its budget rose 4% this year. All {slip(b)} teachers have been "
        "offered new contracts.",
        "",
        (a, b),
        "teachers",
    )


@template("CC106-2008", "dev", "small sizes in words: the farmer's N sons ... all M of his sons")
def _(ctx):
    a, b = two_sizes(ctx, 2, 6)
    return _cc106(
        f"The farmer's {slip(number_words(a))} sons run the dairy herd between them.",
        f"He said all {slip(number_words(b))} of his sons had grown up on the farm.",
        (a, b),
        "sons",
    )


@template(
    "CC106-2009", "dev", "a lower bound against a smaller size: more than N ... its M members"
)
def _(ctx):
    a = ctx.rng.randint(30, 90) * 100
    b = a - math.ceil(a * ctx.rng.uniform(0.25, 0.4) / 100) * 100
    return _cc106(
        f"The guild, which has more than {slip(f'{a:,}')} members, opposes the plan.",
        f"A ballot of its {slip(f'{b:,}')} members is due to close on Friday.",
        (a, b),
        "members",
    )


@template("CC106-2010", "dev", "quoted first person: 'There are only N of us,' ... the M crew")
def _(ctx):
    a, b = two_sizes(ctx, 6, 19)
    return _cc106(
        f'"There are only {slip(number_words(a))} of us on this boat," one of the crew said.',
        f"The trawler's {slip(number_words(b))} crew members had been at sea for a month.",
        (a, b),
        "crew",
    )


@template(
    "CC106-2011", "dev", "'the M of them' in the next sentence: The X's N Y ... The M of them"
)
def _(ctx):
    a, b = two_sizes(ctx, 12, 80)
    return _cc106(
        f"The council's {slip(a)} gardeners stopped work on Monday. The {slip(b)} of them say "
        "their pay has not risen in four years.",
        "",
        (a, b),
        "gardeners",
    )


@template("CC106-2012", "dev", "synonyms: the N-member squad ... the M players in the team")
def _(ctx):
    a, b = two_sizes(ctx, 18, 30)
    return _cc106(
        f"The coach named a {slip(a)}-member squad for the tour on Tuesday.",
        f"Only four of the {slip(b)} players in the team have played abroad before.",
        (a, b),
        "players",
    )


@template(
    "CC106-2013", "dev", "synonyms: N families live in the tower ... the tower's M households"
)
def _(ctx):
    a, b = two_sizes(ctx, 40, 200)
    return _cc106(
        f"Some {slip(a)} families live in the tower, which was built in the 1960s.",
        f"The landlord has written to the tower's {slip(b)} households about the new cladding.",
        (a, b),
        "families",
    )


@template(
    "CC106-2014", "dev", "a place named for the owner: the firm's Leeds plant, with N workers"
)
def _(ctx):
    a, b = two_sizes(ctx, 200, 1500)
    return _cc106(
        f"The firm's Leeds plant, with {slip(f'{a:,}')} workers, will close next year.",
        f"Unions said they would fight for the plant's {slip(f'{b:,}')} employees.",
        (a, b),
        "workers",
    )


@template("CC106-2015", "dev", "'staff members' against 'employees': the N staff members ... M")
def _(ctx):
    a, b = two_sizes(ctx, 40, 300)
    return _cc106(
        f"The museum's {slip(a)} staff members were told of the cuts at a meeting.",
        f"None of the museum's {slip(b)} employees will lose their jobs before April.",
        (a, b),
        "staff",
    )


@template("CC106-2016", "dev", "the whole in a relative: The X, which opened in Y, has N Z ... M")
def _(ctx):
    a, b = two_sizes(ctx, 20, 120)
    return _cc106(
        f"The clinic, which opened in 2011, has {slip(a)} doctors.",
        f"In a letter, the {slip(b)} doctors at the clinic said they could no longer cope.",
        (a, b),
        "doctors",
    )


@template("CC106-2017", "dev", "one sentence, a wider word: its N drivers, the whole staff of M")
def _(ctx):
    a, b = two_sizes(ctx, 40, 300)
    return _cc106(
        f"The bus company said its {slip(a)} drivers, who make up the depot's whole staff of "
        f"{slip(b)}, would get a rise.",
        "",
        (a, b),
        "drivers",
    )


@template("CC106-2018", "dev", "a count of a group's parts: the N-storey block ... all M floors")
def _(ctx):
    a, b = two_sizes(ctx, 8, 30)
    return _cc106(
        f"Fire crews were called to the {slip(a)}-storey block just after midnight.",
        f"Residents on all {slip(b)} floors of the block were led out by firefighters.",
        (a, b),
        "floors",
    )


@template("CC106-2019", "dev", "wire style: X, which employs N people, ... its workforce of M")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    a, b = a * 100, b * 100
    return _cc106(
        f"The toolmaker, which employs {slip(f'{a:,}')} people, said orders fell 12 pct.",
        f"It said it had no plans to cut its workforce of {slip(f'{b:,}')}.",
        (a, b),
        "people",
    )


@template("CC106-2020", "dev", "the crew twice: a crew of N ... the M sailors aboard")
def _(ctx):
    a, b = two_sizes(ctx, 8, 40)
    return _cc106(
        f"The cargo ship, with a crew of {slip(a)}, ran aground off the cape on Sunday.",
        f"Helicopters lifted the {slip(b)} sailors aboard to safety, the coastguard said.",
        (a, b),
        "crew",
    )


@template("CC108-2051", "dev", "whole after its parts, other figures between: A ... B. ... now W")
def _(ctx):
    w, a, b = parts_over(ctx, 80, 900)
    return _cc108(
        (
            f"{slip(a)} of the printer's staff work at its main site and {slip(b)} at the "
            "warehouse.",
            f"The printer, founded in 1952 with 12 employees, now has {slip(w)} staff.",
        ),
        w,
        [a, b],
    )


@template("CC108-2052", "dev", "'together with': A X, together with B Y, make up the W-strong Z")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 200)
    return _cc108(
        f"{slip(a)} volunteers, together with {slip(b)} paid staff, make up the {slip(w)}-strong "
        "rescue team.",
        w,
        [a, b],
    )


@template(
    "CC108-2053", "dev", "a fraction beside a count: Three-quarters of the W X ..., and B ..."
)
def _(ctx):
    quarter = ctx.rng.randint(10, 120)
    w = 4 * quarter
    b = quarter + max(3, math.ceil(w * ctx.rng.uniform(0.08, 0.2)))
    text = (
        f"{slip('Three-quarters')} of the {slip(w)} households surveyed heat their homes with "
        f"gas, and {slip(b)} use oil."
    )
    return Draft(
        (text,), facts={"whole": w, "parts": [3 * quarter, b], "fraction": "three-quarters"}
    )


@template("CC108-2054", "dev", "the whole in a title-case headline, the parts in the body")
def _(ctx):
    w, a, b = parts_over(ctx, 200, 2000)
    return _cc108(
        (
            f"Carmaker To Cut {slip(f'{w:,}')} Jobs",
            f"The carmaker said {slip(f'{a:,}')} jobs would go at its engine plant and "
            f"{slip(f'{b:,}')} at its head office.",
        ),
        w,
        [a, b],
    )


@template(
    "CC108-2055", "dev", "a nested part in dashes: Of the W X, A are Y - C of them ... - and B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 60, 600)
    nested = max(1, a // 3)
    return _cc108(
        f"Of the {slip(w)} people on the waiting list, {slip(a)} are families - {nested} of "
        f"them with babies - and {slip(b)} are single adults.",
        w,
        [a, b],
    )


@template("CC108-2056", "dev", "a nested 'among them' inside a part: W X include A Y, among them C")
def _(ctx):
    w, a, b = parts_over(ctx, 60, 600)
    nested = max(1, a // 4)
    return _cc108(
        f"The {slip(w)} finishers included {slip(a)} club runners, among them {nested} "
        f"veterans, and {slip(b)} first-timers.",
        w,
        [a, b],
    )


@template("CC108-2057", "dev", "'besides': Besides its A X, the W-strong Y has B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 300)
    return _cc108(
        f"Besides its {slip(a)} nurses, the {slip(w)}-strong ward team has {slip(b)} care "
        "assistants.",
        w,
        [a, b],
    )


@template(
    "CC108-2058", "dev", "parts with different verbs and voices: A left; the firm dismissed B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 400)
    return _cc108(
        f"Of the {slip(w)} staff who went last year, {slip(a)} left of their own accord; the "
        f"firm dismissed {slip(b)}.",
        w,
        [a, b],
    )


@template(
    "CC108-2059", "dev", "paragraph break and another figure between: W X.\\n\\n... Of them A, B"
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"Police made {slip(w)} arrests over the weekend.\n\nThe figure is up from 310 a year "
        f"earlier. Of those arrested, {slip(a)} were charged and {slip(b)} were released.",
        w,
        [a, b],
    )


@template(
    "CC108-2060", "dev", "parts named by other words than the whole: W employees: A workers ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 100, 900)
    return _cc108(
        f"The group's {slip(w)} employees are spread over two sites, with {slip(a)} workers at "
        f"the port and {slip(b)} staff in the city office.",
        w,
        [a, b],
    )


@template("CC108-2061", "dev", "'alongside': A X worked alongside B Y among the W Z")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 300)
    return _cc108(
        f"At the dig, {slip(a)} students worked alongside {slip(b)} archaeologists; the site "
        f"had {slip(w)} people on it in all.",
        w,
        [a, b],
    )


@template("CC108-2062", "dev", "wire money: totalled W mln dlrs, of which A mln ... and B mln ...")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Spending on the project totalled {slip(w)} mln dlrs, of which {slip(a)} mln went on "
        f"equipment and {slip(b)} mln on labour, the company said.",
        w,
        [a, b],
    )


@template("CC108-2063", "dev", "three shares in 'pct': split P pct to X, Q pct to Y and R pct to Z")
def _(ctx):
    p, q, r = shares_over(ctx, 3)
    text = (
        f"The venture's capital is split {slip(f'{p} pct')} to the parent, {slip(f'{q} pct')} "
        f"to a local bank and {slip(f'{r} pct')} to the state."
    )
    return Draft((text,), facts={"whole": 100, "parts": [p, q, r], "shares": True})


@template("CC108-2064", "dev", "a table of columns without colons, the total first")
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 60, 900)
    return _cc108(
        f"Applications received\n  Total       {slip(w)}\n  Online      {slip(a)}\n"
        f"  By post     {slip(b)}\n  In person   {slip(c)}",
        w,
        [a, b, c],
    )


@template("CC108-2065", "dev", "lower bounds: More than A of the W X ..., and another B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 60, 600)
    return _cc108(
        f"More than {slip(a)} of the {slip(w)} flats have damp, and another {slip(b)} need new "
        "windows, the inspectors found.",
        w,
        [a, b],
    )


@template(
    "CC108-2066", "dev", "a hyphen list under a heading: The W X came from:\\n- A ...\\n- B ..."
)
def _(ctx):
    w, a, b = parts_over(ctx, 40, 600)
    return _cc108(
        f"The {slip(w)} donations came from:\n- {slip(a)} local firms\n- {slip(b)} private donors",
        w,
        [a, b],
    )


@template("CC108-2067", "dev", "a third as a part: A third of the W X are Y, and B are Z")
def _(ctx):
    third = ctx.rng.randint(10, 150)
    w = 3 * third
    b = 2 * third + max(3, math.ceil(w * ctx.rng.uniform(0.08, 0.2)))
    if b >= w:
        b = w - 1
    if third + b <= w:
        return None
    text = (
        f"{slip('A third')} of the {slip(w)} allotments are let to pensioners, and {slip(b)} "
        "to young families."
    )
    return Draft((text,), facts={"whole": w, "parts": [third, b], "fraction": "a third"})


@template("CC108-2068", "dev", "'Of that total' in the next sentence, with a date between")
def _(ctx):
    w, a, b = parts_over(ctx, 100, 2000)
    return _cc108(
        f"The airport handled {slip(f'{w:,}')} flights in the week to March 3. Of that total, "
        f"{slip(f'{a:,}')} were domestic and {slip(f'{b:,}')} international.",
        w,
        [a, b],
    )


@template("CC108-2069", "dev", "'all told' after the parts: A X and B Y were hurt, W all told")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"{slip(a)} spectators and {slip(b)} stewards were hurt when the stand gave way, "
        f"{slip(w)} people all told.",
        w,
        [a, b],
    )


@template("CC108-2070", "dev", "'B others': A X were Y, and B others were Z, out of W")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 400)
    return _cc108(
        f"{slip(a)} of the {slip(w)} trees in the park were felled, and {slip(b)} others were "
        "cut back, the council said.",
        w,
        [a, b],
    )


@template(
    "CC108-2071", "dev", "three parts in a list with 'and', whole after a dash: A, B and C - W"
)
def _(ctx):
    w, a, b, c = parts_over_three(ctx, 60, 600)
    return _cc108(
        f"The fund paid for {slip(a)} new beds, {slip(b)} wheelchairs and {slip(c)} hoists - "
        f"{slip(w)} items of equipment in all.",
        w,
        [a, b, c],
    )


@template("CC108-2072", "dev", "'a further B' after the first part's sentence, whole first")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 600)
    return _cc108(
        f"The charity found homes for {slip(w)} rescued cats this year. {slip(a)} went to "
        f"families in the town, and a further {slip(b)} to farms nearby.",
        w,
        [a, b],
    )
