"""Slip-injection benchmark for the built-in checks CC101–CC108: recall and false alarms.

Takes real articles (Reuters 1987 and BBC 2004–05 from ../shared, and the dated articles in
benchmarks/data/inject-articles/), injects exactly one slip per copy of an article with the
templates of `inject_templates.py` (dev) and `inject_heldout.py` (held out), runs the
project's checker on each copy and counts a slip as found when a finding of its code
(error or warning) overlaps one of the slip's spans. Then runs untouched articles and counts
error+warning findings per 100 articles, and the hand-written quiet articles in
benchmarks/data/quiet-articles/, which should give none.

    python benchmarks/inject.py --seed 1                 # the whole table
    python benchmarks/inject.py --seed 1 --split dev --per-template --show-missed 3
    python benchmarks/inject.py --seed 1 --skip-injection --show-false   # false alarms only

BBC articles have no date: copies that get a date-dependent slip (CC101, CC103, CC104) are
given a synthetic `published` (2004–05, or after the rule-set event the template names),
and the report says how many. Nothing read from ../shared is written into the project:
`--records` writes injection records (no bodies) to a path outside it.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import NamedTuple

import yaml

# benchmarks/ is not a package: run as a script, its folder is on sys.path.
from inject_templates import (
    EDITS,
    KINDS,
    Context,
    Template,
    all_templates,
    strip_marks,
)

PROJECT = Path(__file__).resolve().parents[1]
SHARED = PROJECT.parent / "shared"
REUTERS = SHARED / "corpora" / "reuters21578.jsonl.gz"
BBC = SHARED / "corpora" / "bbc-news-2004.jsonl.gz"
OWN_ARTICLES = PROJECT / "benchmarks" / "data" / "inject-articles"
QUIET_ARTICLES = PROJECT / "benchmarks" / "data" / "quiet-articles"
RULES = PROJECT / "rules"
SERIOUS = frozenset({"error", "warning"})
# BBC copies that need a date get one from this range (the dataset's own years).
SYNTHETIC_FIRST, SYNTHETIC_LAST = date(2004, 1, 5), date(2005, 6, 30)


# ------------------------------------------------------------------ the project's checker


@dataclass(frozen=True)
class Hit:
    rule: str
    severity: str
    start: int
    end: int
    message: str


Check = Callable[[str, str, "datetime | None"], list[Hit]]


def project_checker(rules_dir: Path | None) -> Check:
    """The one place that knows the project's API: a function from (id, body, published) to
    its findings, with the rule sets of `rules_dir` loaded as `claimcheck check --rules` does."""
    from claimcheck.pipeline.checker import build_checker
    from claimcheck.records import Article

    rules = None
    if rules_dir is not None:
        from claimcheck.rules import load_rules

        rules = load_rules(rules_dir)
    # The checker `claimcheck check` builds: rule-set findings and the rule set's event starts.
    checker = build_checker(rules=rules)

    def check(article_id: str, body: str, published: datetime | None) -> list[Hit]:
        article = Article(id=article_id, body=body, published=published)
        result = checker.check_article(article)
        return [Hit(f.rule, f.severity, f.start, f.end, f.message) for f in result.findings]

    return check


# ------------------------------------------------------------------------------ articles


@dataclass(frozen=True)
class Host:
    id: str
    source: str  # "reuters", "bbc" or "own"
    body: str
    published: datetime | None

    @property
    def style(self) -> str:
        return self.source


def read_jsonl(path: Path, source: str) -> Iterator[Host]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if not record.get("body"):
                continue
            published = record.get("published")
            stamp = _aware(datetime.fromisoformat(published)) if published else None
            yield Host(record["id"], source, record["body"], stamp)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def read_own(folder: Path, source: str = "own") -> list[Host]:
    """Markdown articles with YAML front matter (id, published)."""
    hosts = []
    for path in sorted(folder.glob("*.md")):
        text = path.read_text(encoding="utf-8")
        _, front, body = text.split("---\n", 2)
        meta = yaml.safe_load(front)
        published = meta.get("published")
        if isinstance(published, str):
            published = datetime.fromisoformat(published)
        stamp = _aware(published) if isinstance(published, datetime) else None
        hosts.append(Host(str(meta["id"]), source, body.lstrip("\n"), stamp))
    return hosts


# ------------------------------------------------------------- where a sentence can go

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n|\n(?=[ \t]{2,}\S)")
_SENTENCE_GAP = re.compile(r"(?<=[a-z0-9%)][.!?]) (?=[A-Z])")
_ABBREVIATION = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Rep|Sen|Gov|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|Inc|"
    r"Corp|Co|Ltd|Jr|Sr|approx|est)\.$"
)
_ENDS_SENTENCE = re.compile(r"[a-z0-9%)][.!?][\"”’']?$")
_FIRST_SENTENCE_END = re.compile(r"[a-z0-9%)][.!?][\"”’']?(?=\s)")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


@dataclass(frozen=True)
class Place:
    offset: int
    # Put before the inserted text ("\n\n" for a new paragraph) and after it (" " before the
    # next sentence of the same paragraph).
    before: str
    after: str


def insertion_places(body: str) -> list[Place]:
    """Paragraph ends and sentence starts in running prose, after the first sentence, never
    inside a quotation or a table."""
    places: list[Place] = []
    for match in _PARAGRAPH_BREAK.finditer(body):
        head = body[: match.start()].rstrip()
        following = body[match.end() :].lstrip()
        if not _ENDS_SENTENCE.search(head) or not following[:1].isupper():
            continue
        separator = "\n\n" if match.group().count("\n") >= 2 else "\n    "
        places.append(Place(len(head), separator, ""))
    for match in _SENTENCE_GAP.finditer(body):
        if _ABBREVIATION.search(body, max(0, match.start() - 8), match.start()):
            continue
        places.append(Place(match.end(), "", " "))
    first = _FIRST_SENTENCE_END.search(body)
    first_end = first.end() if first else len(body)
    return sorted(
        (p for p in places if p.offset >= first_end and _in_prose(body, p.offset)),
        key=lambda place: place.offset,
    )


def _in_prose(body: str, offset: int) -> bool:
    before = body[max(0, offset - 200) : offset]
    line_start = body.rfind("\n", 0, offset) + 1
    line_end = body.find("\n", offset)
    line = body[line_start : line_end if line_end >= 0 else len(body)]
    if "..." in line or "\t" in line or len(_LOWER_WORD.findall(before)) < 10:
        return False
    paragraph_start = max(body.rfind("\n\n", 0, offset), body.rfind("\n  ", 0, offset), 0)
    quotes = sum(body.count(mark, paragraph_start, offset) for mark in ('"', "“", "”"))
    return quotes % 2 == 0


# ---------------------------------------------------------------------------- injection


@dataclass
class Injection:
    host: Host
    template: Template
    body: str
    published: datetime | None
    synthetic_published: bool
    spans: list[tuple[int, int]]
    others: list[tuple[int, int]]
    facts: dict
    # (offset in the original body, characters removed, plain text put there)
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    def record(self) -> dict:
        return {
            "article": self.host.id,
            "source": self.host.source,
            "kind": self.template.kind,
            "template": self.template.id,
            "split": self.template.split,
            "published": self.published.isoformat() if self.published else None,
            "synthetic_published": self.synthetic_published,
            "spans": self.spans,
            "others": self.others,
            "edits": self.edits,
            "facts": self.facts,
        }


def synthetic_published(host: Host, template: Template, seed: int) -> datetime:
    rng = random.Random(f"{seed}|published|{host.id}|{template.id}")
    first, last = SYNTHETIC_FIRST, SYNTHETIC_LAST
    if template.after is not None and first <= template.after:
        first = template.after + timedelta(days=60)
        last = first + timedelta(days=900)
    day = first + timedelta(days=rng.randint(0, (last - first).days))
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def inject(host: Host, template: Template, seed: int, name_edit: str | None = None):
    """One copy of `host` with one slip written by `template`, or None when the template
    does not fit the host (no date, no name used twice, no room for a sentence)."""
    published, synthetic = host.published, False
    if template.needs_published and published is None:
        published, synthetic = synthetic_published(host, template, seed), True
    if template.after is not None and (published is None or published.date() <= template.after):
        return None
    rng = random.Random(f"{seed}|{template.id}|{host.id}")
    context = Context(
        rng, published.date() if published else None, host.body, host.style, name_edit
    )
    draft = template.build(context)
    if draft is None:
        return None
    if draft.replace is not None:
        start, end, marked = draft.replace
        edits = [(start, end - start, marked)]
    else:
        places = insertion_places(host.body)
        if len(places) < len(draft.texts):
            return None
        chosen = sorted(rng.sample(range(len(places)), len(draft.texts)))
        if len({places[index].offset for index in chosen}) < len(chosen):
            return None
        edits = [
            (places[i].offset, 0, places[i].before + text + places[i].after)
            for i, text in zip(chosen, draft.texts, strict=True)
        ]
    body, spans, others, plain_edits = apply_edits(host.body, edits)
    if draft.replace is not None and "right" in draft.facts:
        right = re.escape(str(draft.facts["right"]))
        others = [m.span() for m in re.finditer(rf"(?<![\w'’-]){right}(?![\w-])", body)]
    facts = dict(draft.facts)
    return Injection(host, template, body, published, synthetic, spans, others, facts, plain_edits)


def apply_edits(body: str, edits: list[tuple[int, int, str]]):
    """The body with each (offset, removed, marked text) applied, and the marked spans."""
    pieces: list[str] = []
    spans: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    plain_edits: list[tuple[int, int, str]] = []
    cursor = length = 0
    for offset, removed, marked in sorted(edits):
        pieces.append(body[cursor:offset])
        length += offset - cursor
        plain, slip_spans, other_spans = strip_marks(marked)
        spans += [(length + a, length + b) for a, b in slip_spans]
        others += [(length + a, length + b) for a, b in other_spans]
        pieces.append(plain)
        plain_edits.append((offset, removed, plain))
        length += len(plain)
        cursor = offset + removed
    pieces.append(body[cursor:])
    return "".join(pieces), spans, others, plain_edits


def injections(
    templates: Iterable[Template], pools: dict[str, list[Host]], counts: dict[str, int], seed: int
) -> Iterator[Injection]:
    """For each template and source, copies of up to `counts[source]` hosts (0 = all), taken
    in a seeded order; hosts the template does not fit are passed over."""
    for template in templates:
        made_for_template = 0
        for source, pool in pools.items():
            order = list(range(len(pool)))
            random.Random(f"{seed}|hosts|{template.id}|{source}").shuffle(order)
            wanted = counts.get(source, 0) or len(pool)
            made = 0
            for index in order:
                if made >= wanted:
                    break
                # Every kind of misspelling as often as the others, whatever the hosts.
                edit = EDITS[made_for_template % len(EDITS)] if template.kind == "CC107" else None
                injection = inject(pool[index], template, seed, edit)
                if injection is not None:
                    made += 1
                    made_for_template += 1
                    yield injection


# ------------------------------------------------------------------------------ scoring


def overlaps(hit: Hit, spans: Iterable[tuple[int, int]]) -> bool:
    for start, end in spans:
        if hit.start == hit.end:
            if start <= hit.start < end:
                return True
        elif hit.start < end and start < hit.end:
            return True
    return False


def outcome(injection: Injection, hits: list[Hit]) -> tuple[str, str]:
    """("found" | "other code" | "other mention" | "info only" | "missed", codes)."""
    kind = injection.template.kind
    serious = [h for h in hits if h.severity in SERIOUS and overlaps(h, injection.spans)]
    if any(h.rule == kind for h in serious):
        return "found", kind
    if serious:
        return "other code", ",".join(sorted({h.rule for h in serious}))
    if any(
        h.rule == kind and h.severity in SERIOUS and overlaps(h, injection.others) for h in hits
    ):
        return "other mention", kind
    if any(h.rule == kind and overlaps(h, injection.spans) for h in hits):
        return "info only", kind
    return "missed", ""


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "–"


# ---------------------------------------------------------------------------- sentences


def sentence_around(body: str, start: int, end: int) -> str:
    """The sentence(s) holding [start, end), whitespace collapsed (for the terminal only)."""
    left = max(
        body.rfind(". ", 0, start) + 2,
        body.rfind("\n\n", 0, start) + 2,
        body.rfind("\n    ", 0, start) + 1,
        0,
    )
    right_candidates = [i for i in (body.find(". ", end), body.find("\n\n", end)) if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(body)
    text = body[left:start] + "[[" + body[start:end] + "]]" + body[end:right]
    return " ".join(text.split())


# --------------------------------------------------------------------------------- runs


class Result(NamedTuple):
    injection: Injection
    # "found", "other code", "other mention", "info only" or "missed"
    verdict: str
    codes: str
    # Severity of the finding that found the slip ("" when none did).
    severity: str


def run_injections(args, check: Check, templates: list[Template], pools, counts):
    results: list[Result] = []
    for injection in injections(templates, pools, counts, args.seed):
        hits = check(f"{injection.host.id}+{injection.template.id}", injection.body,
                     injection.published)  # fmt: skip
        verdict, codes = outcome(injection, hits)
        severities = {h.severity for h in hits if h.rule == codes and overlaps(h, injection.spans)}
        severity = "error" if "error" in severities else ("warning" if verdict == "found" else "")
        results.append(Result(injection, verdict, codes, severity))
    return results


def print_recall(results, show_heldout: bool, per_template: bool) -> None:
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    template_ids: dict[str, set[str]] = defaultdict(set)
    for injection, verdict, *_ in results:
        key = (injection.template.kind, injection.template.split)
        table[key][verdict] += 1
        table[key]["n"] += 1
        template_ids[key[0] + key[1]].add(injection.template.id)
    print("## Recall per kind (a finding of the slip's code, error or warning, on its span)\n")
    print(
        "| kind | templates dev / heldout | dev found | dev % | heldout found | heldout % "
        "| by another code dev / heldout | info only | other mention |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for kind in KINDS:
        dev, held = table[(kind, "dev")], table[(kind, "heldout")]
        if not dev["n"] and not held["n"]:
            continue
        print(
            f"| {kind} | {len(template_ids[kind + 'dev'])} / {len(template_ids[kind + 'heldout'])}"
            f" | {dev['found']}/{dev['n']} | {percent(dev['found'], dev['n'])}"
            f" | {held['found']}/{held['n']} | {percent(held['found'], held['n'])}"
            f" | {dev['other code']} / {held['other code']}"
            f" | {dev['info only'] + held['info only']}"
            f" | {dev['other mention'] + held['other mention']} |"
        )
    synthetic = sum(1 for injection, *_ in results if injection.synthetic_published)
    print(
        f"\n{len(results)} injected copies; {synthetic} BBC copies carry a synthetic "
        "publication date (date-dependent kinds only)."
    )
    print_breakdowns(results, show_heldout)
    if per_template:
        print_templates(results, show_heldout)


def print_breakdowns(results, show_heldout: bool) -> None:
    by_source: dict[tuple[str, str], Counter] = defaultdict(Counter)
    by_variant: dict[tuple[str, str, str], Counter] = defaultdict(Counter)
    for injection, verdict, _, severity in results:
        split = injection.template.split
        by_source[(injection.template.kind, injection.host.source)][verdict == "found"] += 1
        variant = injection.facts.get("variant")
        if variant:
            key = (injection.template.kind, str(variant), split)
            by_variant[key][verdict == "found"] += 1
            by_variant[key]["error"] += severity == "error"
    print("\n### Recall by host (dev and heldout together)\n")
    print("| kind | Reuters | BBC | own articles |")
    print("|---|---|---|---|")
    for kind in KINDS:
        if not any(by_source[(kind, source)] for source in ("reuters", "bbc", "own")):
            continue
        cells = []
        for source in ("reuters", "bbc", "own"):
            counter = by_source[(kind, source)]
            total = counter[True] + counter[False]
            cells.append(f"{counter[True]}/{total} ({percent(counter[True], total)})")
        print(f"| {kind} | " + " | ".join(cells) + " |")
    print("\n### Recall by variant (slip size of CC102, kind of misspelling of CC107)\n")
    print("Found as errors in brackets: a slip of a few percent calls for a warning.\n")
    print("| kind | variant | dev | heldout |")
    print("|---|---|---|---|")
    variants = sorted({(kind, variant) for kind, variant, _ in by_variant})
    for kind, variant in variants:
        cells = []
        for split in ("dev", "heldout"):
            counter = by_variant[(kind, variant, split)]
            total = counter[True] + counter[False]
            errors = f", {counter['error']} errors" if kind == "CC102" else ""
            if split == "heldout" and not show_heldout:
                cells.append(f"{percent(counter[True], total)} of {total}{errors}")
            else:
                cells.append(f"{counter[True]}/{total} ({percent(counter[True], total)}{errors})")
        print(f"| {kind} | {variant} | " + " | ".join(cells) + " |")


def print_templates(results, show_heldout: bool) -> None:
    rows: dict[str, Counter] = defaultdict(Counter)
    forms: dict[str, Template] = {}
    for injection, verdict, codes, _ in results:
        template = injection.template
        if template.split == "heldout" and not show_heldout:
            continue
        forms[template.id] = template
        rows[template.id][verdict] += 1
        rows[template.id]["n"] += 1
        if verdict == "other code":
            rows[template.id][f"code {codes}"] += 1
    print("\n### Per template" + ("" if show_heldout else " (dev only; --show-heldout for all)"))
    print("\n| template | split | form | n | found | % | another code | missed |")
    print("|---|---|---|---|---|---|---|---|")
    for template_id in sorted(rows):
        row, template = rows[template_id], forms[template_id]
        # A held-out template's form would tell its wording: its totals are shown, never it.
        form = "-" if template.split == "heldout" else template.form
        other = ", ".join(
            f"{key[5:]} {count}" for key, count in sorted(row.items()) if key.startswith("code ")
        )
        print(
            f"| {template_id} | {template.split} | {form} | {row['n']} | {row['found']}"
            f" | {percent(row['found'], row['n'])} | {other or 0} | {row['missed']} |"
        )


def print_missed(results, limit: int, show_heldout: bool) -> None:
    shown: Counter = Counter()
    print("\n### Missed slips (terminal only: may quote ../shared text around them)\n")
    for injection, verdict, codes, _ in results:
        template = injection.template
        if verdict == "found" or (template.split == "heldout" and not show_heldout):
            continue
        if shown[template.id] >= limit:
            continue
        shown[template.id] += 1
        published = injection.published.date().isoformat() if injection.published else "-"
        print(f"- {template.id} {verdict} {codes} on {injection.host.id} (published {published})")
        for start, end in injection.spans[:1]:
            print(f"    {sentence_around(injection.body, start, end)}")


def run_untouched(args, check: Check, name: str, hosts: list[Host], show: bool) -> Counter:
    counts: Counter = Counter()
    for host in hosts:
        for hit in check(host.id, host.body, host.published):
            if hit.severity not in SERIOUS or not re.fullmatch(r"CC1\d\d", hit.rule):
                continue
            counts[hit.rule] += 1
            if show:
                print(f"- {name} {host.id} {hit.rule} {hit.severity}: {hit.message}")
                print(f"    {sentence_around(host.body, hit.start, hit.end)}")
    return counts


def print_false_alarms(samples: dict[str, tuple[int, Counter]]) -> None:
    print("\n## Error+warning in-article findings on untouched articles, per 100 articles\n")
    names = list(samples)
    print("| code | " + " | ".join(f"{n} ({samples[n][0]} articles)" for n in names) + " |")
    print("|---" * (len(names) + 1) + "|")
    for kind in [*KINDS, "all"]:
        cells = []
        for n in names:
            articles, counts = samples[n]
            count = sum(counts.values()) if kind == "all" else counts[kind]
            cells.append(f"{100 * count / articles:.2f} ({count})" if articles else "–")
        print(f"| {kind} | " + " | ".join(cells) + " |")


def print_quiet(check: Check, hosts: list[Host]) -> None:
    print("\n## Quiet articles (should give no error or warning)\n")
    total = 0
    for host in hosts:
        hits = [h for h in check(host.id, host.body, host.published) if h.severity in SERIOUS]
        total += len(hits)
        listed = "; ".join(f"{h.rule} {h.severity} '{host.body[h.start : h.end]}'" for h in hits)
        print(f"- {host.id}: {len(hits)}" + (f" — {listed}" if hits else ""))
    print(f"\n{total} error+warning findings on {len(hosts)} quiet articles.")


def sample(hosts: list[Host], size: int, seed: int, label: str) -> list[Host]:
    if not size or size >= len(hosts):
        return hosts
    return random.Random(f"{seed}|untouched|{label}").sample(hosts, size)


def prose_pool(hosts: list[Host], size: int, seed: int, label: str) -> list[Host]:
    """Up to `size` hosts (seeded order) of running prose with room for two sentences."""
    order = list(hosts)
    random.Random(f"{seed}|pool|{label}").shuffle(order)
    pool = []
    for host in order:
        if 300 <= len(host.body) <= 8000 and len(insertion_places(host.body)) >= 2:
            pool.append(host)
            if len(pool) >= size:
                break
    return pool


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--split", choices=("dev", "heldout", "all"), default="all")
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated codes")
    parser.add_argument("--templates", default="", help="comma-separated template ids only")
    parser.add_argument("--per-template-reuters", type=int, default=20)
    parser.add_argument("--per-template-bbc", type=int, default=10)
    parser.add_argument("--per-template-own", type=int, default=0, help="0 = every article")
    parser.add_argument("--untouched-reuters", type=int, default=1000, help="0 = all")
    parser.add_argument("--untouched-bbc", type=int, default=0, help="0 = all")
    parser.add_argument("--rules", type=Path, default=RULES, help="rule sets to load")
    parser.add_argument("--no-rules", action="store_true", help="built-in checks only")
    parser.add_argument("--per-template", action="store_true")
    parser.add_argument("--show-heldout", action="store_true", help="detail held-out templates")
    parser.add_argument("--show-missed", type=int, default=0, metavar="N")
    parser.add_argument("--show-false", action="store_true", help="print untouched findings")
    parser.add_argument("--skip-injection", action="store_true")
    parser.add_argument("--skip-untouched", action="store_true")
    parser.add_argument(
        "--records", type=Path, help="JSON Lines of injections, outside the project"
    )
    args = parser.parse_args(argv)

    if args.records and args.records.resolve().is_relative_to(PROJECT):
        parser.error("--records must point outside the project (records name ../shared ids)")
    started, cpu_started = time.perf_counter(), time.process_time()
    check = project_checker(None if args.no_rules else args.rules)
    own = read_own(OWN_ARTICLES)
    have_shared = REUTERS.exists() and BBC.exists()
    if not have_shared:
        print(f"{SHARED} is absent: own articles only.", file=sys.stderr)
    reuters = list(read_jsonl(REUTERS, "reuters")) if have_shared else []
    bbc = list(read_jsonl(BBC, "bbc")) if have_shared else []

    print(f"# Slip injection, seed {args.seed}, rules {'off' if args.no_rules else args.rules}\n")
    if not args.skip_injection:
        kinds = set(args.kinds.split(","))
        templates = [
            t
            for t in all_templates().values()
            if t.kind in kinds and args.split in ("all", t.split)
        ]
        if args.templates:
            chosen_ids = set(args.templates.split(","))
            templates = [t for t in templates if t.id in chosen_ids]
        pools = {
            "reuters": prose_pool(reuters, 3000, args.seed, "reuters"),
            "bbc": prose_pool(bbc, 3000, args.seed, "bbc"),
            "own": own,
        }
        counts = {
            "reuters": args.per_template_reuters,
            "bbc": args.per_template_bbc,
            "own": args.per_template_own,
        }
        results = run_injections(args, check, templates, pools, counts)
        print_recall(results, args.show_heldout, args.per_template)
        if args.show_missed:
            print_missed(results, args.show_missed, args.show_heldout)
        if args.records:
            with args.records.open("w", encoding="utf-8") as out:
                for result in results:
                    record = result.injection.record()
                    record.update(outcome=result.verdict, codes=result.codes)
                    out.write(json.dumps({**record, "severity": result.severity}) + "\n")
    if not args.skip_untouched:
        samples = {}
        for name, hosts, size in (
            ("Reuters", reuters, args.untouched_reuters),
            ("BBC", bbc, args.untouched_bbc),
        ):
            if hosts:
                chosen = sample(hosts, size, args.seed, name)
                if args.show_false:
                    print(f"\n### Untouched {name} findings (terminal only)\n")
                counts_by_code = run_untouched(args, check, name, chosen, args.show_false)
                samples[name] = (len(chosen), counts_by_code)
        if samples:
            print_false_alarms(samples)
        print_quiet(check, read_own(QUIET_ARTICLES, "quiet"))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nwall {wall:.1f} s, CPU {cpu:.1f} s, peak {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
