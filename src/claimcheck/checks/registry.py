"""What a check sees (ArticleContext), how it is registered, and how all checks are run."""

from __future__ import annotations

import importlib
import inspect
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from claimcheck.codes import code_info
from claimcheck.extract.claims import cap_sentences
from claimcheck.records import Article, Claim, Finding, KnownStart, Severity


@dataclass(frozen=True, slots=True)
class ArticleContext:
    """Everything an in-article check may look at. Checks never do I/O."""

    article: Article
    claims: tuple[Claim, ...]
    # (start, end) offsets of each sentence in article.body.
    sentences: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    # Starts the newsroom's rule sets know (events), for durations counted from them: data
    # passed down by the pipeline, since checks do not import the rule sets above them.
    known_starts: tuple[KnownStart, ...] = ()
    # The sentence of each offset asked for: checks ask again and again for the same claims'
    # sentences (dozens of times an article), each answer read once.
    _sentence_of: dict[int, tuple[int, int]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Checks read "the sentence" of each claim: an overlong one (hostile text without full
        # stops) is cut into bounded pieces, the same pieces extraction used, so work stays
        # linear in the body length.
        capped = tuple(cap_sentences(self.article.body, self.sentences))
        if capped != self.sentences:
            object.__setattr__(self, "sentences", capped)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        found = self._sentence_of.get(offset)
        if found is None:
            found = self._sentence_of[offset] = self._find_sentence(offset)
        return found

    def _find_sentence(self, offset: int) -> tuple[int, int]:
        # Sentences are in body order: bisect rather than scan (checks ask per claim).
        index = bisect_right(self.sentences, (offset, len(self.article.body) + 1)) - 1
        if index >= 0:
            start, end = self.sentences[index]
            if start <= offset < end:
                return start, end
        return 0, len(self.article.body)


CheckFunction = Callable[[ArticleContext], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class CheckSpec:
    """A registered check kind: its stable code, name, default severity and documentation."""

    code: str
    name: str
    severity: Severity
    summary: str
    function: CheckFunction

    @property
    def documentation(self) -> str:
        """The check's docstring: what it flags, why, an example, known limits."""
        return inspect.cleandoc(self.function.__doc__ or self.summary)


_REGISTRY: dict[str, CheckSpec] = {}

# Modules that register checks; adding a check kind is one module plus one line here.
CHECK_MODULES: tuple[str, ...] = (
    "claimcheck.checks.published_missing",
    "claimcheck.checks.weekday_date",
    "claimcheck.checks.name_spelling",
    "claimcheck.checks.unit_conversion",
    "claimcheck.checks.share_over_whole",
    "claimcheck.checks.parts_exceed_whole",
    "claimcheck.checks.relative_date",
    "claimcheck.checks.duration_start",
    "claimcheck.checks.figure_two_ways",
)


def register(code: str):
    """Decorator registering a check function under its code; name, level and summary come
    from the code catalog (`claimcheck.codes`), where every check code is listed."""
    entry = code_info(code)
    if entry.stage != "check":
        raise ValueError(f"{code} is not a check code in the code catalog")

    def wrap(function: CheckFunction) -> CheckFunction:
        if code in _REGISTRY and _REGISTRY[code].function is not function:
            raise ValueError(f"check code {code} registered twice")
        _REGISTRY[code] = CheckSpec(code, entry.name, entry.level, entry.summary, function)
        return function

    return wrap


# Whether CHECK_MODULES have been imported in this process: run_checks asks once per article.
_IMPORTED = False


def registered_checks() -> dict[str, CheckSpec]:
    global _IMPORTED
    if not _IMPORTED:
        for module in CHECK_MODULES:
            importlib.import_module(module)
        _IMPORTED = True
    return dict(_REGISTRY)


def run_checks(
    context: ArticleContext, selected: Callable[[str], bool] | None = None
) -> list[Finding]:
    findings: list[Finding] = []
    for code, spec in sorted(registered_checks().items()):
        if selected is not None and not selected(code):
            continue
        findings.extend(spec.function(context))
    return findings
