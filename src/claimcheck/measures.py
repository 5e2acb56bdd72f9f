"""The measure vocabulary: what a figure can be a figure of, one name per measure, with the words
that name it in news copy ("jobless rate" and "unemployment rate" are one measure).

The ledger names a figure's measure from here (its `what`), and rule sets may name a measure
(`measure: unemployment`) instead of listing its words. Each measure says what kind of figure
states it (counted people, money, a percentage, a length...), whose figure it is (an incident's,
a country's, a company's, a deal's, an object's, an election's) and how it behaves over time:

- `fixed`: one true value (a bridge's length, a price paid, the people aboard a ferry);
- `grows`: a running count that only rises as counts come in (the dead, the injured);
- `moves`: a level that rises and falls (the missing, reserves, an offer during talks);
- `period`: the total of a period (a year's profit, a month's output), fixed once it is over;
- `daily`: the figure of one day (a day's forecast shortage, a day's high temperature).

`modal` says how a modal verb before the figure reads: `forecast` ("could kill up to 4,000": not
a fact, never compared with one), `estimate` ("would cost 100 million": a cost is estimated
until it is paid) or `terms` ("would pay 1.5 million": the agreed terms of a deal).

A measure's short forms: a form listed under `head` ("surplus" for "trade surplus") names the
longer measure when the article named it before, and the bare head otherwise.

May import: nothing of claimcheck (the vocabulary every stage uses).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from claimcheck.alternations import grouped_source

__all__ = [
    "EVENT",
    "FORM_KINDS",
    "MEASURES",
    "NUMBER",
    "Measure",
    "budget_loss",
    "form_words",
    "measure_named",
    "measure_pattern",
    "measure_words",
    "word_set",
]


def word_set(text: str) -> frozenset[str]:
    """The words of a whitespace-separated list, for word lists kept readable in the source."""
    return frozenset(text.split())


# Whose figure a measure's figure is.
EVENT, ECONOMY, COMPANY, DEAL, OBJECT, ELECTION, PLACE = (
    "event",
    "economy",
    "company",
    "deal",
    "object",
    "election",
    "place",
)
SUBJECTS = (EVENT, ECONOMY, COMPANY, DEAL, OBJECT, ELECTION, PLACE)
BEHAVIOURS = ("fixed", "grows", "moves", "period", "daily")
# What states a measure: counted people ("people"), other counted things ("things"), a number
# a release gives by its measure alone ("number": "payrolls rose 164,000", "the index stood at
# 142.01"), money, a percentage, or a physical dimension as the unit scanner names it.
NUMBER = "number"
FIGURES = (
    "people",
    "things",
    NUMBER,
    "money",
    "percent",
    "length",
    "area",
    "flow",
    "mass",
    "volume",
    "temperature",
)
MODALS = ("forecast", "estimate", "terms")


@dataclass(frozen=True, slots=True)
class Measure:
    """One measure of the vocabulary."""

    name: str
    figures: frozenset[str]
    subject: str
    behaviour: str
    # Words and phrases that name it, lower case; the first is how reports name it.
    forms: tuple[str, ...]
    modal: str = "forecast"
    # The bare word that may stand for it once the article has named it ("surplus").
    head: str | None = None

    @property
    def label(self) -> str:
        return self.forms[0] if self.forms else self.name


def _measure(
    name: str,
    figures: str,
    subject: str,
    behaviour: str,
    forms: str,
    modal: str = "forecast",
    head: str | None = None,
) -> Measure:
    if subject not in SUBJECTS or behaviour not in BEHAVIOURS or modal not in MODALS:
        raise ValueError(f"measure {name}: unknown subject, behaviour or modal reading")
    unknown = set(figures.split()) - set(FIGURES)
    if unknown:
        raise ValueError(f"measure {name}: unknown kinds of figure {sorted(unknown)}")
    return Measure(
        name=name,
        figures=frozenset(figures.split()),
        subject=subject,
        behaviour=behaviour,
        forms=tuple(form.strip() for form in forms.split(",") if form.strip()),
        modal=modal,
        head=head,
    )


MEASURES: tuple[Measure, ...] = (
    # What happened to people in an incident.
    _measure(
        "dead-or-missing",
        "people",
        EVENT,
        "moves",
        "dead or missing, dead or presumed dead, killed or missing, missing or dead, "
        "missing and presumed dead, missing or presumed dead",
    ),
    _measure(
        "killed",
        "people",
        EVENT,
        "grows",
        "killed, kill, kills, killing, dead, died, die, dies, dying, deaths, death, death toll, "
        "toll, lives, perished, fatalities, drowned, bodies, lost their lives",
    ),
    _measure(
        "injured",
        "people",
        EVENT,
        "grows",
        "injured, injuring, injuries, wounded, wounding, hurt",
    ),
    _measure(
        "casualties",
        "people",
        EVENT,
        "grows",
        "casualties, killed or wounded, killed and wounded, dead or wounded, dead and wounded, "
        "killed or injured, killed and injured, dead and injured, dead or injured",
    ),
    _measure(
        "missing", "people", EVENT, "moves", "missing, unaccounted for, disappear, disappeared"
    ),
    _measure("trapped", "people", EVENT, "moves", "trapped"),
    _measure(
        "rescued",
        "people",
        EVENT,
        "grows",
        "rescued, saved, pulled out, pulled alive, survivors, survived",
    ),
    _measure(
        "displaced",
        "people",
        EVENT,
        "moves",
        "homeless, displaced, evacuated, evacuees, evacuation, moved out, forced from their "
        "homes, fled, refugees, sheltered",
    ),
    _measure(
        "detained", "people", EVENT, "grows", "arrested, arrests, detained, detainees, jailed"
    ),
    _measure(
        "aboard",
        "people",
        EVENT,
        "fixed",
        "aboard, on board, carrying, passengers and crew, passengers",
    ),
    _measure(
        "strikers",
        "people",
        EVENT,
        "moves",
        "on strike, striking, strikers, strike by, strike involving",
    ),
    _measure(
        "employees",
        "people",
        COMPANY,
        "moves",
        "employs, employees, employed, staff, workforce, payroll",
    ),
    _measure("population", "people", PLACE, "moves", "population, inhabitants"),
    # Money and counts of a company's year.
    _measure(
        "net-profit",
        "money",
        COMPANY,
        "period",
        "net profit, net profits, net income, net earnings, earned a net profit",
        head="profit",
    ),
    _measure("net-loss", "money", COMPANY, "period", "net loss", head="loss"),
    _measure(
        "operating-profit",
        "money",
        COMPANY,
        "period",
        "operating profit, operating income",
        head="profit",
    ),
    _measure(
        "pretax-profit",
        "money",
        COMPANY,
        "period",
        "pretax profit, pre-tax profit, profit before tax, pretax earnings, pre-tax earnings",
        head="profit",
    ),
    _measure("profit", "money", COMPANY, "period", "profit, profits, earnings, earned"),
    _measure(
        "revenue", "money", COMPANY, "period", "revenue, revenues, sales, turnover, had sales"
    ),
    _measure("dividend", "money", COMPANY, "period", "dividend"),
    _measure("assets", "money", COMPANY, "moves", "total assets, assets"),
    _measure("deposits", "money", COMPANY, "moves", "total deposits, deposits"),
    _measure("loans", "money", COMPANY, "moves", "loan portfolio, loans outstanding, loans"),
    _measure("capital", "money", COMPANY, "moves", "shareholders equity, net worth"),
    _measure("borrowings", "money", COMPANY, "moves", "borrowings, borrowing"),
    _measure("market-value", "money", COMPANY, "moves", "market value, market capitalisation"),
    _measure("backlog", "money", COMPANY, "moves", "order backlog, backlog"),
    _measure("loss", "money", COMPANY, "period", "loss"),
    # Deals, courts and costs.
    _measure(
        "price",
        "money",
        DEAL,
        "fixed",
        "purchase price, price paid, paid, pay, pays, paying, acquire, acquisition, buy, "
        "purchase, sell, sale, sold, bought",
        modal="terms",
    ),
    _measure(
        "offer",
        "money",
        DEAL,
        "moves",
        "takeover bid, tender offer, bid, offer, offered, takeover proposal, merger proposal, "
        "buyout proposal, proposal, offering to purchase, offering to buy, "
        "offering to acquire, offers to purchase, offers to buy, offers to acquire, "
        # "its offer to acquire Tessaly at": the offer's, though "acquire" stands nearer
        "offer to purchase, offer to buy, offer to acquire, tender offer to purchase, "
        "tender offer to buy, tender offer to acquire, bid to buy, bid to acquire, "
        # "agreed to a buyout from Harlan at": a buyout named by its bidder is its offer (a
        # bare "buyout" is not: "valued its buyout of Tessaly at" counts the debt taken on)
        "buyout from",
        modal="terms",
    ),
    _measure("stake", "percent money", COMPANY, "moves", "stake, holding", modal="terms"),
    # The share of a target's stock tendered (deposited) under an offer while it runs: read
    # only from the percentage of the stock and a verb of tendering (see identity).
    _measure("shares-tendered", "percent", DEAL, "moves", "shares tendered", modal="terms"),
    # An issue of bonds, notes or debentures, by the year it falls due (the ledger reads it from
    # the security's noun and its maturity; the form is how reports name it). Its size may be
    # raised or cut before it is sold: it moves.
    _measure("issue", "money", COMPANY, "moves", "issue size", modal="terms"),
    # A contract's value, read from "a 15 mln dlr contract", "a contract worth 15 mln dlrs"
    # (the form is how reports name it). One company wins many contracts, and the ledger
    # cannot tell them apart: the value may agree with an earlier article's, never dispute it.
    _measure("contract", "money", COMPANY, "fixed", "contract value", modal="terms"),
    # The principal of one outstanding security, told apart by its coupon and maturity ("its
    # 110 mln dlrs of 10-3/4 pct debentures due 1998" in an exchange offer or a rating): what
    # is left of an issue, which redemptions and exchanges lower.
    _measure("securities", "money", COMPANY, "moves", "principal outstanding", modal="terms"),
    # An award is reduced on appeal and grows with interest: a new amount is an update.
    _measure(
        "judgment",
        "money",
        COMPANY,
        "moves",
        "judgment, judgement, award, verdict",
        modal="terms",
    ),
    _measure("fine", "money", COMPANY, "fixed", "fine, penalty", modal="terms"),
    _measure(
        "damage",
        "money",
        EVENT,
        "moves",
        "damage, damages, losses, in damages, economic cost",
        modal="estimate",
    ),
    _measure(
        "cost",
        "money",
        OBJECT,
        "fixed",
        "cost, costs, to build, to repair, to rebuild, to complete",
        modal="estimate",
    ),
    # A country's economy.
    _measure(
        "trade-deficit",
        "money",
        ECONOMY,
        "period",
        "trade deficit, trade gap, trade shortfall",
        head="deficit",
    ),
    _measure("trade-surplus", "money", ECONOMY, "period", "trade surplus", head="surplus"),
    _measure(
        "current-account-deficit",
        "money",
        ECONOMY,
        "period",
        "current account deficit",
        head="deficit",
    ),
    _measure(
        "current-account-surplus",
        "money",
        ECONOMY,
        "period",
        "current account surplus",
        head="surplus",
    ),
    _measure("budget-deficit", "money", ECONOMY, "period", "budget deficit", head="deficit"),
    _measure("budget-surplus", "money", ECONOMY, "period", "budget surplus", head="surplus"),
    # "the shortfall", "the gap": a bare word for the deficit the article named (`head`)
    _measure("deficit", "money", ECONOMY, "period", "deficit, shortfall, gap"),
    _measure("surplus", "money", ECONOMY, "period", "surplus"),
    _measure(
        "exports",
        "money things mass volume flow",
        ECONOMY,
        "period",
        "exports, exported, export, shipped abroad, export sales",
    ),
    _measure(
        "imports", "money things mass volume flow", ECONOMY, "period", "imports, imported, import"
    ),
    _measure(
        "shipments", "things mass volume flow", ECONOMY, "period", "shipments, shipped, deliveries"
    ),
    _measure(
        "stocks", "mass volume", ECONOMY, "moves", "stocks, stockpile, inventories, inventory"
    ),
    _measure("gdp", "money percent", ECONOMY, "period", "gross domestic product, gdp"),
    _measure("gnp", "money percent", ECONOMY, "period", "gross national product, gnp"),
    _measure(
        "growth",
        "percent",
        ECONOMY,
        "period",
        "economic growth, growth, economy grew, economy expanded, economy shrank, "
        "economy contracted, economy will grow, economy would grow",
    ),
    _measure("retail-sales", "money percent", ECONOMY, "period", "retail sales"),
    # "the industrial production index rose to 162.19": the index level is the measure's too,
    # kept apart from its percentage change by its unit.
    _measure(
        "industrial-production",
        "percent money number",
        ECONOMY,
        "period",
        "industrial production index, index of industrial production, industrial production, "
        "industrial output, manufacturing output",
    ),
    # "the Brenford composite index closed at 1,650.2": a market index's close on a day. The
    # index's name is part of the measure (the ledger keys it so): two indexes of one market
    # are two measures.
    _measure(
        "index-level",
        "number",
        ECONOMY,
        "daily",
        "share index, stock index, stock market index, index, average",
    ),
    _measure("productivity", "percent", ECONOMY, "period", "productivity"),
    _measure(
        "consumer-prices",
        "percent",
        ECONOMY,
        "period",
        "consumer price index, consumer prices, retail prices, cost of living, cpi",
    ),
    _measure(
        "producer-prices",
        "percent",
        ECONOMY,
        "period",
        "producer price index, producer prices, wholesale prices, wholesale price index, ppi",
    ),
    _measure(
        "consumption",
        "mass volume flow percent",
        ECONOMY,
        "period",
        "consumption, usage, demand, use",
    ),
    _measure("personal-income", "money percent", ECONOMY, "period", "personal income"),
    # A monthly jobs release: the jobs counted on employers' payrolls, and their change.
    _measure(
        "payrolls",
        "people things number percent",
        ECONOMY,
        "period",
        "nonfarm payrolls, non farm payrolls, nonfarm payroll employment, "
        "non farm payroll employment, nonfarm payroll jobs, non farm payroll jobs, "
        "nonfarm jobs, non farm jobs, nonfarm employment, non farm employment, payroll jobs, "
        "payroll employment",
    ),
    # Homes sold in a month, at an annual rate or counted, new or existing ones.
    _measure(
        "new-home-sales",
        "things number percent",
        ECONOMY,
        "period",
        "new home sales, sales of new homes, sales of new single family homes, "
        "new single family home sales, new single family homes sold, new homes sold",
        head="home-sales",
    ),
    _measure(
        "existing-home-sales",
        "things number percent",
        ECONOMY,
        "period",
        "existing home sales, sales of existing homes, sales of previously owned homes, "
        "existing single family home sales, resales of homes",
        head="home-sales",
    ),
    # Only a short form: "home sales", or "sales" alone, in a story that named new or existing
    # home sales before ("revised April sales to 724,000 units"); nothing by itself. Listed
    # after revenue, which "sales" names for money.
    _measure(
        "home-sales",
        "things number percent",
        ECONOMY,
        "period",
        "home sales, sales, homes sold, homes actually sold",
    ),
    # The price of the homes a month's release counts, its average and its median: two
    # measures. "average price" alone names one only in a story of home sales (see identity).
    _measure(
        "average-home-price",
        "money percent",
        ECONOMY,
        "period",
        "average home price, average price of a new home, average price of new homes, "
        "average new home price, average price",
    ),
    _measure(
        "median-home-price",
        "money percent",
        ECONOMY,
        "period",
        "median home price, median price of a new home, median price of new homes, "
        "median new home price, median price",
    ),
    _measure(
        "private-sector-credit",
        "money percent",
        ECONOMY,
        "period",
        "private sector credit, credit to the private sector, private credit",
    ),
    _measure(
        "consumer-credit",
        "money percent",
        ECONOMY,
        "period",
        "consumer credit, consumer instalment credit, consumer installment credit, "
        "instalment credit, installment credit",
    ),
    _measure("housing-starts", "percent things", ECONOMY, "period", "housing starts"),
    _measure(
        "reserves",
        "money",
        ECONOMY,
        "moves",
        "foreign exchange reserves, foreign reserves, currency reserves, reserves",
    ),
    _measure("debt", "money", ECONOMY, "moves", "foreign debt, external debt, debt"),
    # "M-3 rose 19.7 pct": a monetary aggregate named by itself is the money supply it is.
    _measure(
        "money-supply",
        "money percent",
        ECONOMY,
        "period",
        "money supply, money stock, m 0, m 1, m 1a, m 1b, m 2, m 3, m 4",
    ),
    _measure("spending", "money percent", ECONOMY, "period", "spending, expenditure, outlays"),
    _measure("orders", "money percent", ECONOMY, "period", "new orders, orders"),
    _measure(
        "output",
        "money things mass volume flow percent",
        ECONOMY,
        "period",
        "output, production, produced, producing, pumped, pumping, crop, harvest, yield",
    ),
    _measure("capacity", "flow mass volume things", OBJECT, "fixed", "capacity"),
    _measure(
        "shortage",
        "money",
        ECONOMY,
        "daily",
        "shortage, liquidity shortage, money market shortage, shortfall in the money market, "
        "shortage in the money market, shortage in the system, shortfall in the system",
    ),
    _measure(
        "unemployment",
        "percent people",
        ECONOMY,
        "period",
        "unemployment rate, jobless rate, rate of unemployment, unemployment, jobless",
    ),
    _measure(
        "inflation", "percent", ECONOMY, "period", "inflation rate, rate of inflation, inflation"
    ),
    _measure("interest-rate", "percent", ECONOMY, "moves", "interest rate, interest rates"),
    # Each bank sets its own prime rate: the bank is its subject, not the country.
    _measure("prime-rate", "percent", COMPANY, "moves", "prime rate, prime lending rate"),
    _measure("discount-rate", "percent", ECONOMY, "moves", "discount rate"),
    _measure(
        "pay-rise",
        "percent",
        EVENT,
        "moves",
        "pay rises, pay rise, pay increase, pay increases, wage increase, wage rise, raise",
        modal="terms",
    ),
    _measure(
        "market-share",
        "percent",
        COMPANY,
        "moves",
        "market share, share of the market, of the market, share of the export market",
    ),
    # Elections.
    _measure("turnout", "percent people", ELECTION, "fixed", "turnout, voter turnout"),
    _measure("seats", "things", ELECTION, "fixed", "seats"),
    _measure("vote-share", "percent", ELECTION, "fixed", "of the vote, of votes cast"),
    # Objects and places.
    _measure("length", "length", OBJECT, "fixed", "long, length, in length, stretches"),
    _measure("height", "length", OBJECT, "fixed", "high, tall, height, in height"),
    _measure("width", "length", OBJECT, "fixed", "wide, width, in width, across"),
    _measure("depth", "length", OBJECT, "fixed", "deep, depth, below the surface, underground"),
    _measure("area", "area", OBJECT, "fixed", "area, covers, in area"),
    _measure(
        "temperature",
        "temperature",
        PLACE,
        "daily",
        "temperature, temperatures, high, peaked, peak, reached, reading",
    ),
)

_BY_NAME = {measure.name: measure for measure in MEASURES}

# Forms that name their measure for some kinds of figure only: a crop's yield is its output in
# tonnes or bushels ("maize yield is now estimated at 9.6 mln tonnes"), while a yield in percent
# is a bond's or a share's return, which is no output.
FORM_KINDS: dict[str, frozenset[str]] = {"yield": frozenset({"mass", "volume"})}


def measure_named(name: str) -> Measure | None:
    """The vocabulary's measure of that name, or None."""
    return _BY_NAME.get(name)


def measure_words() -> dict[str, str]:
    """Every form of every measure, lower case, and the measure it names; a form two measures
    share names the first listed ("death" is killed, not casualties)."""
    words: dict[str, str] = {}
    for measure in MEASURES:
        for form in measure.forms:
            words.setdefault(form, measure.name)
    return words


@cache
def measure_pattern(names: tuple[str, ...] = (), kind: str | None = None) -> re.Pattern[str]:
    """A regular expression matching the forms of the named measures (all when none are
    named), longest first, whole words, any run of spaces or hyphens between words; for a
    figure of `kind`, without the forms that name no measure of such a figure (`FORM_KINDS`)."""
    forms = [
        form
        for measure in MEASURES
        if not names or measure.name in names
        for form in measure.forms
        if kind is None or kind in FORM_KINDS.get(form, (kind,))
    ]
    alternatives = sorted(set(forms), key=lambda form: (-len(form), form))
    body = "|".join(_form_pattern(form) for form in alternatives)
    source = rf"(?<![\w-])(?:{body})(?![\w-])"
    # grouped by first letter: the same matches, found faster (see `alternations`); the
    # source is grouped before it is compiled, so the long alternation is compiled once
    return re.compile(grouped_source(source, re.IGNORECASE) or source, re.IGNORECASE)


def _form_pattern(form: str) -> str:
    """One form as a pattern: any run of spaces or hyphens between its words, and in a form of
    three words or more a comma too, as between adjectives ("sales of new, single-family
    homes"); a shorter form keeps its words together ("the market, share prices" is no
    market share)."""
    gap = r",?[\s-]+" if form.count(" ") >= 2 else r"[\s-]+"
    return re.escape(form).replace(r"\ ", gap)


def form_words(text: str) -> str:
    """A form as written in a text, as the vocabulary lists it: lower case, single spaces,
    no hyphens or commas between its words."""
    return " ".join(text.lower().replace("-", " ").replace(",", " ").split())


# Whose loss an incident's money figure is, when not the damage done: "losses to the state
# budget", "budget losses", "a loss in tax revenue", "will cost the budget", "lost export
# earnings". A quake's cost to a government's revenue is a measure of its own, not a
# revision of what the quake destroyed.
_BUDGET_LOSS = re.compile(
    r"\b(?:(?:budget|revenue|revenues|treasury|fiscal|tax|income|export|exports|earnings)"
    r"\s+(?:loss|losses|shortfall|cost)|(?:loss|losses|lost|cost|costs|shortfall)\s+"
    r"(?:(?:to|in|of|for)\s+)?(?:the\s+)?(?:\w+\s+){0,2}(?:budget|revenues?|treasury|economy|"
    r"exchequer|(?:tax|export|oil)\s+(?:receipts|earnings|income))|"
    r"lost\s+(?:\w+\s+)?(?:revenues?|exports|income|receipts|earnings))\b",
    re.IGNORECASE,
)


def budget_loss(words: str) -> bool:
    """Whether the words naming an incident's money figure make it a loss to a budget, to
    revenue or to the economy (see `_BUDGET_LOSS`), not the incident's damage."""
    return _BUDGET_LOSS.search(words) is not None
