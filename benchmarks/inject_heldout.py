"""Held-out slip templates of the injection benchmark: the measurement, not a target.

Whoever changes the built-in checks tunes on the dev templates (`inject_templates.py`) only
and does not read this file: its recall column says how the checks do on wording they were
not written for. Helpers and markers are those of `inject_templates.py`.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

from inject_templates import (
    ACRE_HA,
    COMPANIES,
    FOOT_M,
    INCH_CM,
    INVASION,
    LUKASHENKO_IN_OFFICE,
    MILE_KM,
    MONTHS,
    PLACES,
    POUND_KG,
    SQUARE_MILE_KM2,
    WEEKDAYS,
    YARD_M,
    Draft,
    _cc101,
    _cc102,
    _cc105,
    _cc106,
    _cc107,
    _cc108,
    _duration_facts,
    _misspell_in_article,
    _month_start,
    _ordinal_far,
    _relative_weekday,
    _start_before,
    capitalized,
    elapsed,
    event_template,
    misspelled_name,
    number_words,
    ordinal,
    other,
    parts_over,
    slip,
    start_template,
    template,
    two_sizes,
)

# ------------------------------------------------------------------ CC101 weekday vs date


@template("CC101-09", "heldout", "abbreviated weekday: Thurs., Month D")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"Shipments resumed {slip(f'{wd}, {ctx.us_date(d)}')}, according to port records."
        ),
        abbreviated=True,
    )


@template("CC101-10", "heldout", "late on Weekday, Month D")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"The fire was brought under control late on {slip(f'{wd}, {ctx.date(d)}')}, "
            "fire officers said."
        ),
    )


@template("CC101-11", "heldout", "Weekday, then the date in parentheses")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"The deadline falls on {slip(f'{wd} ({ctx.date(d)})')}, two weeks later than "
            "first planned."
        ),
    )


@template("CC101-12", "heldout", "date set off by dashes: Month D – a Weekday –")
def _(ctx):
    return _cc101(
        ctx,
        True,
        lambda wd, d: (
            f"The vote on {slip(f'{ctx.us_date(d, True)} – a {wd} –')} was the first since "
            "the reform."
        ),
    )


@template("CC101-13", "heldout", "from Weekday D Month to ... (start of a span)")
def _(ctx):
    return _cc101(
        ctx,
        False,
        lambda wd, d: (
            f"The exhibition runs from {slip(f'{wd} {ctx.uk_date(d)}')} until the end of "
            "the following month."
        ),
    )


# ------------------------------------------------------------ CC102 conversions


@template("CC102-09", "heldout", "hyphenated modifier: X-kilometre (Y-mile)")
def _(ctx):
    return _cc102(
        ctx,
        40,
        400,
        lambda x: x / MILE_KM,
        lambda x, y: (
            f"Engineers are building a {slip(f'{x}-kilometre')} ({slip(f'{y}-mile')}) fence "
            "along the frontier."
        ),
    )


@template("CC102-10", "heldout", "square miles then sq km")
def _(ctx):
    return _cc102(
        ctx,
        40,
        900,
        lambda x: x * SQUARE_MILE_KM2,
        lambda x, y: (
            f"The reserve covers {slip(f'{x} square miles')} ({slip(f'{y} sq km')}) of marsh "
            "and woodland."
        ),
    )


@template("CC102-11", "heldout", "inches (decimal) then cm")
def _(ctx):
    return _cc102(
        ctx,
        4.2,
        14.8,
        lambda x: x * INCH_CM,
        lambda x, y: (
            f"The storm dropped {slip(f'{x} inches')} ({slip(f'{y} cm')}) of rain in a day."
        ),
        decimals=1,
        step=0.1,
    )


@template("CC102-12", "heldout", "kg then lb")
def _(ctx):
    return _cc102(
        ctx,
        40,
        900,
        lambda x: x / POUND_KG,
        lambda x, y: (
            f"Customs officers seized {slip(f'{x} kg')} ({slip(f'{y} lb')}) of cocaine hidden "
            "in a shipment of bananas."
        ),
    )


@template("CC102-13", "heldout", "yards then metres")
def _(ctx):
    return _cc102(
        ctx,
        120,
        900,
        lambda x: x * YARD_M,
        lambda x, y: (
            f"The runway will be extended by {slip(f'{x} yards')} ({slip(f'{y} metres')})."
        ),
    )


@template("CC102-14", "heldout", "unit symbols without a space: Xm (Yft)")
def _(ctx):
    return _cc102(
        ctx,
        40,
        320,
        lambda x: x / FOOT_M,
        lambda x, y: f"The new tower stands {slip(f'{x}m')} ({slip(f'{y}ft')}) tall.",
    )


@template("CC102-15", "heldout", "acres then hectares, after 'some'")
def _(ctx):
    return _cc102(
        ctx,
        40,
        5000,
        lambda x: x * ACRE_HA,
        lambda x, y: (
            f"The estate takes in some {slip(f'{x} acres')} ({slip(f'{y} hectares')}) of woodland."
        ),
    )


# ---------------------------------------------------- CC103 relative date beside a date


@template("CC103-09", "heldout", "tomorrow, Weekday,")
def _(ctx):
    return _relative_weekday(
        ctx,
        1,
        lambda wd: (
            f"Results are due {slip('tomorrow')}, {slip(wd)}, the exchange said in a statement."
        ),
        "tomorrow",
    )


@template("CC103-10", "heldout", "last night (Weekday)")
def _(ctx):
    return _relative_weekday(
        ctx,
        -1,
        lambda wd: (
            f"Fire broke out at the depot {slip('last night')} ({slip(wd)}), but nobody was hurt."
        ),
        "last night",
    )


@template("CC103-11", "heldout", "date, then (last week) in parentheses")
def _(ctx):
    assert ctx.published is not None
    monday = ctx.published - timedelta(days=ctx.published.weekday() + 7)
    stated = monday - timedelta(days=ctx.rng.randint(16, 30))
    facts = {"week_start": monday.isoformat(), "stated": stated.isoformat()}
    text = (
        f"The ruling, issued on {slip(ctx.date(stated))} ({slip('last week')}), has been appealed."
    )
    return Draft((text,), facts=facts)


@template("CC103-12", "heldout", "earlier this week, on Weekday (a day still to come)")
def _(ctx):
    assert ctx.published is not None
    today = ctx.published.weekday()
    if today > 3:
        return None
    stated = ctx.rng.randint(today + 1, 4)
    facts = {"published_weekday": today, "stated_weekday": stated}
    text = (
        f"The two sides met {slip('earlier this week')}, on {slip(WEEKDAYS[stated])}, "
        "without reaching a deal."
    )
    return Draft((text,), facts=facts)


@template("CC103-13", "heldout", "the day before yesterday (Weekday)")
def _(ctx):
    return _relative_weekday(
        ctx,
        -2,
        lambda wd: (
            f"The shipment was unloaded {slip('the day before yesterday')} ({slip(wd)}), "
            "customs said."
        ),
        "the day before yesterday",
    )


@template("CC103-14", "heldout", "this morning, Month D,")
def _(ctx):
    assert ctx.published is not None
    stated = ctx.published - timedelta(days=ctx.rng.randint(3, 10))
    facts = {"right": ctx.published.isoformat(), "stated": stated.isoformat()}
    text = (
        f"The central bank cut its main rate {slip('this morning')}, "
        f"{slip(ctx.date(stated))}, by a quarter point."
    )
    return Draft((text,), facts=facts)


# -------------------------------------------------------- CC104 duration against a start


@template("CC104-09", "heldout", "In the N weeks since Month D,")
def _(ctx):
    start = _start_before(ctx, 25, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"In the {slip(f'{stated} weeks')} since {slip(ctx.date(start))}, prices at the pump "
            "have risen sharply."
        ),
    )


@template("CC104-10", "heldout", "For the past N weeks – since Month D – (dashes)")
def _(ctx):
    start = _start_before(ctx, 25, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"For the {slip(f'past {number_words(stated)} weeks')} – since "
            f"{slip(ctx.date(start))} – the ferry has not sailed."
        ),
    )


@template("CC104-11", "heldout", "The dispute, now in its Nth month, began in Month YYYY.")
def _(ctx):
    first, last = _month_start(ctx, 3, 14)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The dispute, now in its {slip(f'{ordinal(stated)} month')}, began in "
            f"{slip(f'{MONTHS[first.month - 1]} {first.year}')}."
        ),
        ordinal=True,
    )


@template("CC104-12", "heldout", "started on Month D and has gone on for N weeks")
def _(ctx):
    start = _start_before(ctx, 25, 150)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"The sit-in started on {slip(ctx.date(start))} and has gone on for "
            f"{slip(f'{stated} weeks')}."
        ),
    )


@template("CC104-13", "heldout", "In the N months since <rule-set event>", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"In the {slip(f'{stated} months')} since Russia invaded Ukraine, the town has taken "
            "in thousands of refugees."
        ),
    )


@template("CC104-14", "heldout", "<rule-set event>, now in its Nth month", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            "Grain exports have suffered from the war in Ukraine, now in its "
            f"{slip(f'{ordinal(stated)} month')}, more than from the drought."
        ),
        running=True,
    )


@template("CC104-15", "heldout", "has dragged on for N months since it began in Month")
def _(ctx):
    first, last = _month_start(ctx, 3, 10)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The inquiry has dragged on for {slip(f'{number_words(stated)} months')} since it "
            f"began in {slip(MONTHS[first.month - 1])}."
        ),
    )


@template(
    "CC104-16",
    "heldout",
    "<person> has been in power for more than N years",
    after=LUKASHENKO_IN_OFFICE + timedelta(days=400),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Lukashenko has been in power for {slip(f'more than {stated} years')}, longer than "
            "any other leader in Europe."
        ),
        direction="above",
    )


# ---------------------------------------------------------- CC105 share over the whole


@template("CC105-09", "heldout", "fully P% of its <group not in a list>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: f"The union says fully {slip(f'{p}%')} of its dockworkers pay their dues.",
    )


@template("CC105-10", "heldout", "P percent of the N <group> (a counted group)")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: f"{slip(f'{p} percent')} of the 400 delegates voted for the motion.",
    )


@template("CC105-11", "heldout", "Turnout reached P percent of the electorate")
def _(ctx):
    return _cc105(
        ctx, lambda p: f"Turnout reached {slip(f'{p} percent')} of the electorate, officials said."
    )


@template("CC105-12", "heldout", "controls P percent of the country's <things>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: f"The firm controls {slip(f'{p} percent')} of the country's grain silos.",
    )


@template("CC105-13", "heldout", "won P% of the vote")
def _(ctx):
    return _cc105(
        ctx, lambda p: f"The ruling party won {slip(f'{p}%')} of the vote in the capital."
    )


@template("CC105-14", "heldout", "supplied P percent of all <things>")
def _(ctx):
    return _cc105(
        ctx,
        lambda p: (
            f"Local farms supplied {slip(f'{p} percent')} of all milk deliveries to the dairy "
            "this year."
        ),
    )


# -------------------------------------------------------- CC106 one group, two sizes


@template("CC106-09", "heldout", "The <group>, numbering N, ... Each of the M <group>")
def _(ctx):
    a, b = two_sizes(ctx, 8, 60)
    noun = ctx.pick(("observers", "monitors", "inspectors"))
    return _cc106(
        f"The {noun}, numbering {slip(a)}, will visit polling stations in the north.",
        f"Each of the {slip(b)} {noun} will file a written report.",
        (a, b),
        noun,
    )


@template("CC106-10", "heldout", "A party of N <nouns> ... the M <nouns> in the party")
def _(ctx):
    a, b = two_sizes(ctx, 4, 20)
    noun = ctx.pick(("walkers", "climbers", "skiers"))
    return _cc106(
        f"A party of {slip(a)} {noun} set out to cross the glacier.",
        f"Rescuers said the {slip(b)} {noun} in the party were in good health.",
        (a, b),
        noun,
    )


@template("CC106-11", "heldout", "the <owner>'s board of N <members> ... the <owner>'s M <members>")
def _(ctx):
    a, b = two_sizes(ctx, 5, 15)
    return _cc106(
        f"The charity's board of {slip(a)} trustees approved the accounts.",
        f"The charity's {slip(b)} trustees also agreed to sell the old building.",
        (a, b),
        "trustees",
    )


@template("CC106-12", "heldout", "A N-person <group> ... The <group>'s M <members>")
def _(ctx):
    # More scientists than people: fewer could be the group's scientists among others.
    a, b = sorted(two_sizes(ctx, 5, 30))
    return _cc106(
        f"A {slip(a)}-person research group at the university developed the test.",
        f"The research group's {slip(b)} scientists will now look for a partner firm.",
        (a, b),
        "research group",
    )


@template("CC106-13", "heldout", "The <nouns> – N men in all – ... The M <nouns>")
def _(ctx):
    a, b = two_sizes(ctx, 5, 40)
    return _cc106(
        f"The miners – {slip(a)} men in all – were brought to the surface by the cage.",
        f"The {slip(b)} miners were checked by doctors at the pithead.",
        (a, b),
        "miners",
    )


# ------------------------------------------------------------ CC107 a name spelled two ways


@template("CC107-09", "heldout", "a name the article uses three times or more, one use misspelled")
def _(ctx):
    return _misspell_in_article(ctx, ctx.edit(), 3, "middle")


@template("CC107-10", "heldout", "sentence opening with the misspelled surname")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} was appointed chief engineer in the spring.",
            f"{slip(wrong)} oversaw the rebuilding of the east pier.",
        ),
    )


@template("CC107-11", "heldout", "after a preposition: a reply to Surname")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The letter was written by {first} {other(last)}, the union's lawyer.",
            f"A reply to {slip(wrong)} is expected within a week.",
        ),
    )


@template("CC107-12", "heldout", "age apposition: Surname, 54,")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)}, a farmer from the valley, lost most of the flock.",
            f"{slip(wrong)}, 54, said the compensation would not cover the losses.",
        ),
    )


@template("CC107-13", "heldout", "a firm's name: <Name> Construction ... a spokeswoman for <Name>")
def _(ctx):
    return misspelled_name(
        ctx,
        COMPANIES,
        lambda right, wrong: (
            f"{other(right)} Construction won the contract to rebuild the bridge.",
            f"A spokeswoman for {slip(wrong)} said work would start after the winter.",
        ),
    )


@template("CC107-14", "heldout", "a place name: link <Place> ... residents of <Place>")
def _(ctx):
    return misspelled_name(
        ctx,
        PLACES,
        lambda right, wrong: (
            f"The new ferry will link {other(right)} with the mainland.",
            f"Residents of {slip(wrong)} have waited years for the service.",
        ),
    )


@template("CC107-15", "heldout", "the first name misspelled: First' Surname")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{other(first)} {last} chairs the ethics committee.",
            f"{slip(wrong)} {last}, the committee's chair, told the meeting that the rules "
            "would be reviewed.",
        ),
        surname_edit=False,
    )


# ------------------------------------------------------ CC108 parts more than the whole


@template("CC108-09", "heldout", "Of W <nouns> treated, A were ... while B were ...")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"Of {slip(w)} patients treated, {slip(a)} were discharged the same day while "
        f"{slip(b)} were admitted.",
        w,
        [a, b],
    )


@template("CC108-10", "heldout", "parts first, whole in the next sentence: In all, W ...")
def _(ctx):
    w, a, b = parts_over(ctx, 30, 900)
    return _cc108(
        f"{slip(a)} households answered the census online and {slip(b)} on paper. In all, "
        f"{slip(w)} households took part.",
        w,
        [a, b],
    )


@template("CC108-11", "heldout", "two sentences: detained W ... A were charged, the remaining B")
def _(ctx):
    w, a, b = parts_over(ctx, 18, 300)
    return _cc108(
        f"Police detained {slip(w)} people during the protest. {slip(a)} were later charged, "
        f"while the remaining {slip(b)} were released without charge.",
        w,
        [a, b],
    )


@template("CC108-12", "heldout", "Of the W <nouns> scheduled, A left ... and B were cancelled")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"Of the {slip(w)} flights scheduled, {slip(a)} left on time and {slip(b)} were cancelled.",
        w,
        [a, b],
    )


@template("CC108-13", "heldout", "vote tally: The W-member council voted A-B")
def _(ctx):
    w, a, b = parts_over(ctx, 9, 80)
    return _cc108(
        f"The {slip(w)}-member council voted {slip(a)}-{slip(b)} to approve the budget.",
        w,
        [a, b],
    )


@template("CC108-14", "heldout", "colon: questioned W <nouns>: A said ... and B said ...")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"The survey questioned {slip(w)} farmers: {slip(a)} said yields had fallen and "
        f"{slip(b)} said they had risen.",
        w,
        [a, b],
    )


# ------------------------------------------ a second held-out set (CC104, CC106–CC108)
# Written after the first set's results had been looked at while tuning: these are new
# forms, measured by their own ids (CC10x-71 and up) in the per-template table.


@template("CC104-71", "heldout", "N weeks have passed since ... on Month D")
def _(ctx):
    start = _start_before(ctx, 25, 160)
    return start_template(
        ctx,
        start,
        start,
        "week",
        lambda stated: (
            f"{slip(capitalized(number_words(stated)))} weeks have passed since the mine flooded "
            f"on {slip(ctx.date(start))}, and the pumps are still running."
        ),
    )


@template("CC104-72", "heldout", "prenominal age: the N-month-old <event>, which began in Month")
def _(ctx):
    first, last = _month_start(ctx, 3, 12)
    return start_template(
        ctx,
        first,
        last,
        "month",
        lambda stated: (
            f"The {slip(f'{stated}-month-old')} stoppage, which began in "
            f"{slip(MONTHS[first.month - 1])}, has left three ports idle."
        ),
    )


@template("CC104-73", "heldout", "ordinal day: on the Nth day of the <event>, begun on Month D")
def _(ctx):
    start = _start_before(ctx, 10, 60)
    days = elapsed(start, ctx.published, "day")
    stated = _ordinal_far(ctx, start, start, "day")
    if stated is None or days < 3:
        return None
    text = (
        f"On the {slip(f'{ordinal(stated)} day')} of her hunger strike, which she began on "
        f"{slip(ctx.date(start))}, the activist was moved to a clinic."
    )
    return Draft((text,), facts=_duration_facts(start, start, ctx.published, "day", stated))


@template("CC104-74", "heldout", "N months into <rule-set event>", after=INVASION)
def _(ctx):
    return event_template(
        ctx,
        INVASION,
        "russian-invasion-of-ukraine",
        "month",
        lambda stated: (
            f"{slip(f'{capitalized(number_words(stated))} months')} into Russia's war on Ukraine, "
            "the port's cranes stand still."
        ),
    )


@template("CC104-75", "heldout", "start first, then: ... has lasted N days")
def _(ctx):
    start = _start_before(ctx, 12, 70)
    return start_template(
        ctx,
        start,
        start,
        "day",
        lambda stated: (
            f"The curfew was imposed on {slip(ctx.date(start))}. It has now lasted "
            f"{slip(f'{stated} days')}, the longest in the city's history."
        ),
    )


@template(
    "CC104-76",
    "heldout",
    "passive: <country> has been led by <person> for N years (rule-set event)",
    after=date(1996, 7, 20),
)
def _(ctx):
    return event_template(
        ctx,
        LUKASHENKO_IN_OFFICE,
        "lukashenko-in-power",
        "year",
        lambda stated: (
            f"Belarus has been led by Lukashenko for {slip(f'{number_words(stated)} years')}, and "
            "most of the opposition now lives abroad."
        ),
    )


@template("CC106-71", "heldout", "the N-piece <group> ... the <group>'s M <members>")
def _(ctx):
    a, b = two_sizes(ctx, 12, 60)
    return _cc106(
        f"The {slip(a)}-piece orchestra will tour four cities in the spring.",
        f"The orchestra's {slip(b)} musicians voted to accept the new contract.",
        (a, b),
        "orchestra",
    )


@template("CC106-72", "heldout", "verb: N <members> staff the <group> ... all M of its <members>")
def _(ctx):
    a, b = two_sizes(ctx, 6, 30)
    return _cc106(
        f"{slip(capitalized(number_words(a)))} nurses staff the night shift at the clinic.",
        f"All {slip(b)} of the night shift's nurses have signed the letter.",
        (a, b),
        "nurses",
    )


@template("CC106-73", "heldout", "with N <members> on its roll ... the <group>'s M <members>")
def _(ctx):
    a, b = two_sizes(ctx, 10, 45)
    return _cc106(
        f"The lifeboat station, with {slip(a)} volunteers on its roll, was founded in 1890.",
        f"The station's {slip(b)} volunteers train twice a week.",
        (a, b),
        "volunteers",
    )


@template("CC106-74", "heldout", "a N-seat <body> ... the <body>'s M seats")
def _(ctx):
    a, b = two_sizes(ctx, 20, 90)
    return _cc106(
        f"Elections to the {slip(a)}-seat regional assembly are due in May.",
        f"Only two parties hold more than ten of the assembly's {slip(b)} seats.",
        (a, b),
        "seats",
    )


@template("CC106-75", "heldout", "<group> of <word> <members> ... the M <members> of the <group>")
def _(ctx):
    a, b = two_sizes(ctx, 4, 19)
    if b > 19:
        b = a - max(2, math.ceil(0.15 * a))
    return _cc106(
        f"A convoy of {slip(number_words(a))} trucks left the depot at dawn.",
        f"The {slip(b)} trucks of the convoy carried flour and medicine.",
        (a, b),
        "trucks",
    )


@template("CC106-76", "heldout", "one sentence: the <group>, N strong, ... ; its M <members>")
def _(ctx):
    a, b = two_sizes(ctx, 5, 25)
    return _cc106(
        f"The jury, {slip(a)} strong, retired at noon; its {slip(b)} members returned a verdict "
        "two hours later.",
        "",
        (a, b),
        "jury",
    )


@template("CC107-71", "heldout", "the office of Surname, after a title and a comma")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The mayor, {first} {other(last)}, opened the market hall on Saturday.",
            f"A statement from the office of Mayor {slip(wrong)} said the hall had cost less "
            "than planned.",
        ),
    )


@template("CC107-72", "heldout", "the Surname family")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} was found safe after two nights on the moor.",
            f"The {slip(wrong)} family thanked the mountain rescue volunteers.",
        ),
    )


@template("CC107-73", "heldout", "Mr. Surname (American title with a point)")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"{first} {other(last)} will take over as chief executive in July.",
            f"Mr. {slip(wrong)} joined the company as an intern twenty years ago.",
        ),
    )


@template("CC107-74", "heldout", "after 'close to': people close to Surname")
def _(ctx):
    return _cc107(
        ctx,
        ctx.edit(),
        lambda first, last, wrong: (
            f"The bid is backed by {first} {other(last)}, a shipping investor.",
            f"People close to {slip(wrong)} said the offer would not be raised.",
        ),
    )


@template("CC107-75", "heldout", "a firm: <Firm> Group ... <Firm>'s shares")
def _(ctx):
    return misspelled_name(
        ctx,
        COMPANIES,
        lambda right, wrong: (
            f"{other(right)} Group reported a rise in orders for the third quarter.",
            f"{slip(wrong)}'s shares closed higher after the figures were published.",
        ),
    )


@template("CC107-76", "heldout", "a place: the road to <Place> ... in <Place> itself")
def _(ctx):
    return misspelled_name(
        ctx,
        PLACES,
        lambda right, wrong: (
            f"Snow closed the only road to {other(right)} overnight.",
            f"In {slip(wrong)} itself, the school stayed open for children who live nearby.",
        ),
    )


@template("CC108-71", "heldout", "Of the W <nouns>, A ... Another B ...")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"Of the {slip(w)} homes inspected, {slip(a)} failed the safety test. Another "
        f"{slip(b)} needed minor repairs.",
        w,
        [a, b],
    )


@template("CC108-72", "heldout", "parts first: A X and B Y were among the W Z")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"{slip(a)} teachers and {slip(b)} pupils were among the {slip(w)} people who marched "
        "to the town hall.",
        w,
        [a, b],
    )


@template("CC108-73", "heldout", "semicolon, verb left out: W applied; A were accepted and B not")
def _(ctx):
    w, a, b = parts_over(ctx)
    return _cc108(
        f"{slip(w)} firms applied for the grant; {slip(a)} were accepted and {slip(b)} turned "
        "away.",
        w,
        [a, b],
    )


@template("CC108-74", "heldout", "out of W: A sold at home and B abroad, out of W made")
def _(ctx):
    w, a, b = parts_over(ctx, 40, 900)
    return _cc108(
        f"Out of the {slip(w)} tractors the plant built last year, {slip(a)} were sold at home "
        f"and {slip(b)} abroad.",
        w,
        [a, b],
    )


@template("CC108-75", "heldout", "a further: W ... A ... and a further B ...")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 400)
    return _cc108(
        f"The storm damaged {slip(w)} houses in the district. {slip(a)} lost their roofs and a "
        f"further {slip(b)} were flooded.",
        w,
        [a, b],
    )


@template("CC108-76", "heldout", "split: the W X split into A Y and B Z")
def _(ctx):
    w, a, b = parts_over(ctx, 20, 300)
    return _cc108(
        f"The {slip(w)} delegates split into two camps, {slip(a)} behind the leader and "
        f"{slip(b)} against her.",
        w,
        [a, b],
    )
