"""CC106 figure-stated-two-ways: one group's size given as two figures that cannot both hold."""

from __future__ import annotations

import re
from collections.abc import Iterator

from claimcheck.checks.groups import Size, group_sizes, same_group
from claimcheck.checks.helpers import make_finding, sentence_bounds, where
from claimcheck.checks.registry import ArticleContext, register
from claimcheck.extract.lexicon import NUMBER_WORD_VALUES
from claimcheck.records import Finding

# Words that let a group's size change or split within one story. A bare "later" is not
# one: "the owner later said all 15 crew members ..." restates the size; a change needs a
# verb ("joined", "left", "grew", "was reduced").
_CHANGE_WORDS = re.compile(
    r"\b(?:now|previously|originally|initially|former(?:ly)?|expand(?:ed|s|ing)?|"
    r"enlarg(?:e|ed|ing)|increas(?:e|ed|ing)|reduc(?:e|ed|ing)|(?:cut|grew|grown|shrank|"
    r"shrunk|rose|risen|fell|dropped|swelled|dwindled)\s+(?:to|by|from)\s+(?:\d|"
    + "|".join(NUMBER_WORD_VALUES)
    + r")|resign(?:ed|s)?|"
    r"quit|hired|fired|laid\s+off|added|adding|join(?:ed|s)?|remaining|survivors?|"
    r"surviving|another|other|new|"
    r"plus|extra|additional|replac(?:e|ed|ing)|from\s+\w+\s+to|to\s+\d|up\s+to|proposed|"
    r"planned|each|per|every|both|two\s+(?:crews|teams|boards))\b",
    re.I,
)
# A size opened with "a"/"an" introduces a group ("a fleet of 154"); with "the" or "all" it
# restates one already named.
_INDEFINITE = re.compile(r"\b(?:an?)\s+$", re.I)


@register("CC106")
def check_figures_stated_two_ways(context: ArticleContext) -> Iterator[Finding]:
    """Flags one group's size given as two different figures.

    Examples: "a crew of 14" and later "all 17 crew members"; "the 12-member survey team"
    and "all 15 members of the survey team"; "the trawler's six fishermen" and "the
    trawler's nine fishermen"; "the monastery, which has 20 monks" and "the monastery's 25
    monks"; "five judges make up the tribunal" and "the seven-judge tribunal".
    How: each count is read as the size of a group (its counted noun, the group word it
    is counted in, whose group it is, the words that set it apart) and as the whole group's
    size when written so ("all N", "the N", "the yacht's N", "a team of N", "the N-member
    team", "N in all", "which has N", "N ... make up the"). Two whole sizes of one group
    that differ are flagged at the later one, naming where the earlier one is.
    Not flagged: different owners or group words ("the tug's crew", "the freighter's
    crew"), groups set apart by their words ("rescue team", "survey team"; miners "killed
    in" and "injured in" a blast), a general noun with nothing tying the two figures
    ("people"), a group introduced anew ("a fleet of 154"), sizes in sentences that let a
    group change ("expanded", "now", "remaining", "another"), and groups given three sizes
    or more (a story tracking a changing size).
    Level: a warning (two sizes of one group cannot both hold, but whether the two figures
    count one group is read from the wording).
    """
    body = context.article.body
    sizes = [size for size in group_sizes(context) if size.total and _stable(context, size)]
    reported: set[int] = set()
    for index, later in enumerate(sizes):
        if later.start in reported:
            continue
        for earlier in sizes[:index]:
            if earlier.value == later.value or not same_group(earlier.group, later.group):
                continue
            if later.introduced or _INDEFINITE.search(body, max(0, later.start - 4), later.start):
                break  # "a fleet of 154" later on introduces another fleet
            values = {later.value} | {
                size.value for size in sizes if same_group(size.group, later.group)
            }
            if len(values) != 2:
                break
            reported.add(later.start)
            yield _finding(context, earlier, later)
            break


def _stable(context: ArticleContext, size: Size) -> bool:
    start, end = sentence_bounds(context, size.start)
    return _CHANGE_WORDS.search(context.article.body, start, end) is None


def _finding(context: ArticleContext, earlier: Size, later: Size) -> Finding:
    body = context.article.body
    first, second = body[earlier.start : earlier.end], body[later.start : later.end]
    group = later.group
    message = (
        f"'{second}' but '{first}' in {where(context, earlier.start)}: one group given as "
        f"{earlier.value:g} and as {later.value:g}"
    )
    evidence = {
        "other": {"text": first, "start": earlier.start, "end": earlier.end},
        "values": [earlier.value, later.value],
        "group": {
            "noun": group.noun,
            "collective": group.collective,
            "owner": group.owner,
            "modifiers": sorted(group.modifiers),
        },
    }
    return make_finding(context, "CC106", message, later.start, later.end, evidence)
