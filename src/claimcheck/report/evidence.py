"""A finding's evidence as sentences an editor reads: figures with their units in words, the
other words it refers to quoted with their line, earlier articles linked. The evidence itself
stays in the JSON and CSV for scripts; this is how the editors' pages say it.

Each line is a list of parts, `(text, href)`, href None for plain text. Known codes get their
own sentences; findings of a rule set and findings that name an earlier article share theirs;
anything else is said key by key, leaving out what only a program needs (offsets, matching
keys, precisions)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from claimcheck.records import Finding
from claimcheck.report.links import safe_href
from claimcheck.report.readings import format_number, quantity_words, unit_name

Part = tuple[str, str | None]
Line = list[Part]
PriorHref = Callable[[str], str | None]
# "line 12" for a character offset into the article body ("" when unknown).
Where = Callable[[int], str]

# Keys that only a program needs: never shown on an editor's page.
INTERNAL_KEYS = frozenset(
    {"start", "end", "precision", "prior_precision", "measure", "edit_distance", "allowed",
     "year_stated", "whole_article", "fingerprint", "key", "match_key", "keys", "subjects",
     "metric", "value", "prior_value", "sentence", "prior_sentence", "text", "count"}
)  # fmt: skip


def _quote(text: Any) -> str:
    return f"“{' '.join(str(text).split())}”"


def _day(text: Any) -> str:
    """ "2024-10-03" as "Thursday 3 October 2024"; other text as it is."""
    try:
        day = date.fromisoformat(str(text)[:10])
    except ValueError:
        return str(text)
    return f"{day:%A} {day.day} {day:%B %Y}"


def _span(value: Any, where: Where) -> str:
    """A span named in the evidence ({"text", "start", ...}) as “words” (line N)."""
    if not isinstance(value, Mapping):
        return _quote(value)
    text = _quote(value.get("text", ""))
    place = where(value["start"]) if isinstance(value.get("start"), int) else ""
    return f"{text} ({place})" if place else text


def _plain(text: str) -> Line:
    return [(text, None)]


def _weekday_date(evidence: Mapping, where: Where) -> list[Line]:
    return [
        _plain(
            f"{_day(evidence.get('date'))} was a {evidence.get('actual_weekday')}; the article "
            f"says {evidence.get('stated_weekday')}."
        )
    ]


def _conversion(evidence: Mapping, where: Where) -> list[Line]:
    units = evidence.get("units") or ["", ""]
    target = units[-1]
    stated, converted = evidence.get("stated_value"), evidence.get("converted_value")
    original = evidence.get("original")
    lines = [
        _plain(
            f"{_span(original, where) if original else 'The figure'} is "
            f"{quantity_words(converted, target)}; the conversion beside it says "
            f"{quantity_words(stated, target)}."
        )
    ]
    allowed = evidence.get("allowed")
    if isinstance(allowed, Sequence) and len(allowed) == 2:
        low, high = (quantity_words(v, None) for v in allowed)
        lines.append(_plain(f"Rounding allows {low} to {high} {unit_name(target)}."))
    share_off = evidence.get("share_off")
    if isinstance(share_off, int | float):
        lines.append(_plain(f"The conversion is {format_number(round(share_off * 100, 1))}% off."))
    return lines


def _period(days: Any) -> str:
    """["2024-10-03", "2024-10-09"] as "Thursday 3 October 2024 to Wednesday 9 October 2024";
    one day as that day."""
    if isinstance(days, Sequence) and not isinstance(days, str) and len(days) == 2:
        first, last = days
        return _day(first) if first == last else f"{_day(first)} to {_day(last)}"
    return _day(days)


def _relative_date(evidence: Mapping, where: Where) -> list[Line]:
    relative = evidence.get("relative")
    if "relative_period" in evidence:  # a date beside the relative one, on other days
        return [
            _plain(
                f"The article is dated {_day(evidence.get('published'))}, so "
                f"{_span(relative, where) if relative else 'the relative date'} is "
                f"{_period(evidence.get('relative_period'))}; the date beside it is "
                f"{_period(evidence.get('stated_period'))}."
            )
        ]
    return [
        _plain(
            f"The article is dated {_day(evidence.get('published'))}, so "
            f"{_span(relative, where) if relative else 'the relative date'} was a "
            f"{evidence.get('expected_weekday')}, not a {evidence.get('stated_weekday')}."
        )
    ]


def _duration_start(evidence: Mapping, where: Where) -> list[Line]:
    unit = str(evidence.get("unit") or "")
    computed = evidence.get("computed")
    if isinstance(computed, Sequence) and len(computed) == 2 and computed[0] != computed[1]:
        reckoned = f"{format_number(computed[0])} to {format_number(computed[1])}"
    elif isinstance(computed, Sequence) and computed:
        reckoned = format_number(computed[0])
    else:
        reckoned = format_number(computed) if computed is not None else "?"
    start = evidence.get("start")
    begun = f"It began {_span(start, where)}" if start else "It began earlier"
    stated = format_number(evidence.get("stated"))
    return [
        _plain(
            f"{begun}; by the publication date, {_day(evidence.get('published'))}, that is "
            f"{unit} {reckoned}, while the article says {unit} {stated}."
        )
    ]


def _share(evidence: Mapping, where: Where) -> list[Line]:
    group = evidence.get("group")
    of = f" {_span(group, where)}" if group else ""
    value = format_number(evidence.get("value"))
    return [_plain(f"{value} percent{of}: a share of a whole is at most 100 percent.")]


def _group_words(group: Any) -> str:
    """The group a size belongs to ({"noun", "collective", "owner", "modifiers"}) in words:
    "the council's elected members"; a group named in plain text as it is."""
    if not isinstance(group, Mapping):
        return f"the {group}" if group else "the group"
    owner = f"{group['owner']}'s" if group.get("owner") else "the"
    modifiers = [str(word) for word in group.get("modifiers") or []]
    noun = group.get("noun") or group.get("collective") or "group"
    return " ".join([owner, *modifiers, str(noun)])


def _ranges_words(ranges: Any) -> list[str]:
    shown = []
    for pair in ranges if isinstance(ranges, Sequence) else []:
        if isinstance(pair, Sequence) and len(pair) == 2 and pair[0] != pair[1]:
            shown.append(f"{format_number(pair[0])} to {format_number(pair[1])}")
        elif isinstance(pair, Sequence) and pair:
            shown.append(format_number(pair[0]))
    return shown


def _figure_two_ways(evidence: Mapping, where: Where) -> list[Line]:
    other = evidence.get("other")
    if "ranges" in evidence:  # one thing's measure stated twice
        shown = " and as ".join(_ranges_words(evidence["ranges"]))
        line = f"The measure of the {evidence.get('thing') or 'same thing'} is given as {shown}."
    else:
        shown = " and as ".join(format_number(v) for v in evidence.get("values") or [])
        line = f"The size of {_group_words(evidence.get('group'))} is given as {shown}."
    if other:
        line += f" The other mention: {_span(other, where)}."
    return [_plain(line)]


def _name_spelling(evidence: Mapping, where: Where) -> list[Line]:
    other = evidence.get("other_spelling")
    times = evidence.get("other_count")
    places = [
        where(item["start"])
        for item in evidence.get("other_occurrences") or []
        if isinstance(item, Mapping) and isinstance(item.get("start"), int)
    ]
    places = [place for place in places if place]
    line = f"Spelled {_quote(other)} elsewhere in the article"
    if times:
        line += f", {format_number(times)} time{'s' if times != 1 else ''}"
    if places:
        line += f" ({', '.join(dict.fromkeys(places))})"
    lines = [_plain(line + ".")]
    basis = NAME_BASIS.get(str(evidence.get("basis")))
    if basis:
        lines.append(_plain(f"Taken for one name because {basis}."))
    return lines


# Why CC107 takes two spellings for one name, in words.
NAME_BASIS = {
    "same person": "the article shows one person (a first name or surname shared, or a name "
    "given in full and then alone)",
    "usual spelling": "one spelling is far more frequent than the other",
    "typing slip": "they differ as a typing slip does (a letter dropped, doubled or two swapped)",
}


def _parts_whole(evidence: Mapping, where: Where) -> list[Line]:
    parts = evidence.get("parts") or []
    figures = " + ".join(
        format_number(part.get("value")) for part in parts if isinstance(part, Mapping)
    )
    whole = evidence.get("whole") or {}
    line = (
        f"The parts, {figures} = {format_number(evidence.get('parts_total'))}, are more than "
        f"the whole, {format_number(whole.get('value'))}"
    )
    if whole.get("text"):
        line += f" ({_span(whole, where)})"
    return [_plain(line + ".")]


def _published_missing(evidence: Mapping, where: Where) -> list[Line]:
    lines = []
    if evidence.get("published_problem"):
        lines.append(_plain(f"Why: {evidence['published_problem']}."))
    relative = evidence.get("relative_dates") or []
    if relative:
        quoted = ", ".join(_quote(text) for text in relative)
        lines.append(_plain(f"Left unresolved: {quoted}."))
    return lines


def _unreadable(evidence: Mapping, where: Where) -> list[Line]:
    line = evidence.get("line")
    at = f", line {line}" if line else ""
    return [_plain(f"In {evidence.get('file')}{at}.")]


def _future(evidence: Mapping, where: Where) -> list[Line]:
    return [
        _plain(
            f"Dated {_day(evidence.get('published'))}; checked on "
            f"{_day(evidence.get('checked_at'))}."
        )
    ]


def _expired_waiver(evidence: Mapping, where: Where) -> list[Line]:
    return [
        _plain(
            f"The waiver expired on {_day(evidence.get('expires'))}; its reason: "
            f"{evidence.get('reason')}"
        )
    ]


def _unread(evidence: Mapping, where: Where) -> list[Line]:
    return [_plain(f"What went wrong inside claimcheck: {evidence.get('error')}.")]


BY_CODE: dict[str, Callable[[Mapping, Where], list[Line]]] = {
    "CC001": _published_missing,
    "CC002": _unreadable,
    "CC003": _expired_waiver,
    "CC004": _future,
    "CC005": _unread,
    "CC101": _weekday_date,
    "CC102": _conversion,
    "CC103": _relative_date,
    "CC104": _duration_start,
    "CC105": _share,
    "CC106": _figure_two_ways,
    "CC107": _name_spelling,
    "CC108": _parts_whole,
}
# The keys each explainer above says in its own words.
EXPLAINED = {
    "CC001": {"published_problem", "relative_dates"},
    "CC002": {"file", "line"},
    "CC003": {"expires", "reason"},
    "CC004": {"published", "checked_at"},
    "CC005": {"error"},
    "CC101": {"date", "actual_weekday", "stated_weekday"},
    "CC102": {"units", "stated_value", "converted_value", "original", "share_off"},
    "CC103": {
        "published",
        "relative",
        "expected_weekday",
        "stated_weekday",
        "relative_period",
        "stated_period",
    },
    "CC104": {"unit", "computed", "start", "published", "stated"},
    "CC105": {"group"},
    "CC106": {"values", "other", "group", "thing", "ranges"},
    # The spellings' places are in the finding's message; the other one's are said above.
    "CC107": {"other_spelling", "other_count", "other_occurrences", "basis", "spellings"},
    "CC108": {"parts", "whole", "parts_total"},
}
RULE_SET_KEYS = {"rule_file", "source", "matched", "expected", "stated", "also_flagged_by"}


def _source_parts(source: str) -> Line:
    """A rule's source, with a web address in it as a link."""
    words = source.split()
    parts: Line = [("Source: ", None)]
    for number, word in enumerate(words):
        gap = " " if number else ""
        href = safe_href(word.rstrip(".,;)")) if "://" in word else None
        parts.append((gap + word, href) if href is None else (gap, None))
        if href is not None:
            parts.append((word, href))
    return parts


def _rule_set(evidence: Mapping, where: Where) -> list[Line]:
    lines = []
    if evidence.get("stated"):
        lines.append(_plain(f"The article says {_quote(evidence['stated'])}."))
    if evidence.get("expected"):
        lines.append(_plain(f"The newsroom's rule expects {evidence['expected']}."))
    matched = evidence.get("matched")
    if matched:
        quoted = ", ".join(_quote(text) for text in matched)
        lines.append(_plain(f"The rule recognised {quoted}."))
    if evidence.get("source"):
        lines.append(_source_parts(str(evidence["source"])))
    also = evidence.get("also_flagged_by")
    if also:
        lines.append(_plain(f"Also flagged by {', '.join(map(str, also))}."))
    if evidence.get("rule_file"):
        lines.append(_plain(f"Rule file: {evidence['rule_file']}."))
    return lines


_PRIOR_ID_KEYS = ("prior_article_id", "prior_article", "previous_article_id", "earlier_article_id")


def _measure_words(measure: str) -> str:
    """ "money:USD:trade-surplus" as "trade surplus"."""
    return measure.rsplit(":", 1)[-1].replace("-", " ").replace("_", " ")


def _same_figure(evidence: Mapping) -> Line | None:
    """ "The same figure: the trade surplus of Taiwan for 1986." from the matching keys."""
    if not evidence.get("measure"):
        return None
    what = _measure_words(str(evidence["measure"]))
    subjects = evidence.get("subject") or []
    if subjects:
        what += f" of {', '.join(str(s).title() for s in subjects)}"
    if evidence.get("period"):
        what += f" for {evidence['period']}"
    return _plain(f"The same figure: the {what}.")


def _earlier(evidence: Mapping, article_id: str, prior_href: PriorHref | None) -> Line:
    href = prior_href(article_id) if prior_href else None
    line: Line = [("Earlier: ", None)]
    if evidence.get("prior_text"):
        line.append((f"{_quote(evidence['prior_text'])} in ", None))
    line.append((str(evidence.get("prior_title") or article_id), href))
    details = [str(evidence["prior_source"])] if evidence.get("prior_source") else []
    if evidence.get("prior_published"):
        details.append(_day(evidence["prior_published"]))
    if details:
        line.append((f" ({', '.join(details)})", None))
    return [*line, (".", None)]


_PRIOR_SAID = {
    "subject", "period", "prior_title", "prior_text", "prior_source", "prior_published",
    "revision_stated",
}  # fmt: skip


# What a ledger finding's relation to the earlier figures means, in a sentence.
RELATION_SENTENCES = {
    "contradiction": "The two figures cannot both hold, and this article does not say the "
    "figure was revised.",
    "update": "This figure updates the earlier one: a count that rose, an estimate replaced, "
    "or a revision or different basis the article states.",
    "sources_differ": "Different sources give different figures for the same thing.",
}
# One earlier article's figure against this one, in words.
RELATION_WORDS = {
    "same": "the same figure",
    "contradiction": "a figure this one contradicts",
    "update": "a figure this one updates",
    "sources_differ": "another source's figure",
}
_LEDGER_SAID = {"relation", "earlier", "identity", "source", "basis", "measure"}


def identity_words(identity: Mapping) -> str:
    """A figure's identity ({"what", "of_what", "when", "incident", ...}) in words: "the
    killed in the bombing at Kharkiv", "the trade deficit of Ruritania for 1986"."""
    what = _measure_words(str(identity.get("what") or "figure"))
    incident = identity.get("incident")
    if isinstance(incident, Mapping):
        places = ", ".join(str(place).title() for place in incident.get("where") or [])
        kind = str(incident.get("kind") or "incident").replace("_", " ")
        what += f" in the {kind}" + (f" at {places}" if places else "")
    elif identity.get("of_what"):
        what += f" of {str(identity['of_what']).title()}"
    if identity.get("when"):
        what += f" for {_day(identity['when'])}"
    if identity.get("part_of"):
        what += f", part of the {_measure_words(str(identity['part_of']))}"
    return f"the {what}"


def _earlier_line(entry: Mapping, evidence: Mapping, prior_href: PriorHref | None) -> Line:
    """One earlier article a ledger finding cites: its figure quoted, linked to its report."""
    article_id = str(entry.get("article_id"))
    href = prior_href(article_id) if prior_href else None
    title = evidence.get("prior_title") if article_id == evidence.get("prior_article_id") else None
    line: Line = [("Earlier: ", None)]
    if entry.get("text"):
        line.append((f"{_quote(entry['text'])} in ", None))
    line.append((str(title or article_id), href))
    details = [f"according to {entry['source']}"] if entry.get("source") else []
    if entry.get("published"):
        details.append(_day(entry["published"]))
    if entry.get("basis"):
        details.append(f"stated as {entry['basis']}")
    if details:
        line.append((f" ({', '.join(details)})", None))
    said = RELATION_WORDS.get(str(entry.get("relation")))
    return [*line, (f": {said}." if said else ".", None)]


def _ledger_lines(evidence: Mapping, prior_href: PriorHref | None) -> list[Line]:
    """A comparison with earlier articles (CC201, CC202): what the figure is, what the
    relation means, every earlier article cited, oldest first, each linked."""
    lines = []
    identity = evidence.get("identity")
    if isinstance(identity, Mapping):
        lines.append(_plain(f"The same figure: {identity_words(identity)}."))
    relation = RELATION_SENTENCES.get(str(evidence.get("relation")))
    if relation:
        lines.append(_plain(relation))
    if evidence.get("source") or evidence.get("basis"):
        given = [f"given by {evidence['source']}"] if evidence.get("source") else []
        if evidence.get("basis"):
            given.append(f"stated as {evidence['basis']}")
        lines.append(_plain(f"This article's figure is {' and '.join(given)}."))
    lines += [
        _earlier_line(entry, evidence, prior_href)
        for entry in evidence.get("earlier") or []
        if isinstance(entry, Mapping) and entry.get("article_id")
    ]
    return lines


def _prior_lines(evidence: Mapping, prior_href: PriorHref | None) -> tuple[list[Line], set[str]]:
    """An earlier article the finding compares with, linked to its report; the keys said."""
    if isinstance(evidence.get("earlier"), list):
        said = _PRIOR_SAID | _LEDGER_SAID | set(_PRIOR_ID_KEYS)
        lines = _ledger_lines(evidence, prior_href)
        if "revision_stated" in evidence and evidence.get("relation") != "contradiction":
            stated = "says" if evidence["revision_stated"] else "does not say"
            lines.append(_plain(f"This article {stated} the figure was revised."))
        return lines, said
    said = {key for key in _PRIOR_ID_KEYS if evidence.get(key)}
    priors = [
        item
        for key in _PRIOR_ID_KEYS
        if evidence.get(key)
        for item in (evidence[key] if isinstance(evidence[key], list) else [evidence[key]])
    ]
    if not priors:
        return [], said
    same = _same_figure(evidence)
    lines = [same] if same else []
    lines += [_earlier(evidence, str(article_id), prior_href) for article_id in priors]
    if "revision_stated" in evidence:
        stated = "says" if evidence["revision_stated"] else "does not say"
        lines.append(_plain(f"This article {stated} the figure was revised."))
    return lines, said | _PRIOR_SAID


def _generic(evidence: Mapping, skip: set[str], where: Where) -> list[Line]:
    """What is left, key by key in words."""
    lines = []
    for key, value in evidence.items():
        if key in skip or key in INTERNAL_KEYS or value in (None, "", [], {}):
            continue
        label = key.replace("_", " ").capitalize()
        lines.append(_plain(f"{label}: {_value_words(value, where)}."))
    return lines


def _value_words(value: Any, where: Where) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return format_number(value)
    if isinstance(value, Mapping):
        if "text" in value:
            return _span(value, where)
        shown = [
            f"{k.replace('_', ' ')} {_value_words(v, where)}"
            for k, v in value.items()
            if k not in INTERNAL_KEYS
        ]
        return "; ".join(shown)
    if isinstance(value, list | tuple):
        return ", ".join(_value_words(item, where) for item in value)
    return " ".join(str(value).split())


def evidence_lines(
    finding: Finding, where: Where | None = None, prior_href: PriorHref | None = None
) -> list[Line]:
    """The finding's evidence as lines of (text, href) parts, for the article page."""
    evidence = finding.evidence or {}
    where = where or (lambda _offset: "")
    lines: list[Line] = []
    said: set[str] = set()
    explain = BY_CODE.get(finding.rule)
    if explain is not None:
        lines += explain(evidence, where)
        said |= EXPLAINED.get(finding.rule, set())
    elif "rule_file" in evidence:
        lines += _rule_set(evidence, where)
        said |= RULE_SET_KEYS
    prior, prior_said = _prior_lines(evidence, prior_href)
    lines += prior
    said |= prior_said
    lines += _generic(evidence, said, where)
    return lines
