"""Labelled cross-article figure pairs through `claimcheck run`: precision and recall of the
CC201/CC202 findings per relation, the share of true pairs given the right relation, and `same`
recall from the ledger's links. The labels and the output contract read here are described in
benchmarks/data/PAIRS.md.

    .venv/bin/python benchmarks/eval_ledger_pairs.py [--window days|pairs|all] [--show]
        [--api-url URL] [--keep DIR] [--sequential]

The input is the Reuters articles of the pairs plus every Reuters article published on the same
days (so that look-alikes can misfire), and the dated stories in data/ledger-stories/. One
`claimcheck run` with a fresh ledger checks them all, as a back-check of an archive would; then
`claimcheck ledger show ID --format json` gives each labelled article's claims and links.
`--sequential` is a diagnostic instead: the labelled articles alone, one `claimcheck check
--record` each in publication order, which measures the matching without the batch semantics.

Scores are per fold (dev / heldout; develop on dev, report heldout). A predicted link between
two figures of one labelled pair is judged by the pair's relation; links involving unlabelled
figures are counted and listed by --show, not scored. Skips the Reuters pairs cleanly when
../shared is absent. --show prints corpus sentences: terminal only.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from ledger_pairs import (
    BENCHMARKS,
    DISAGREEING,
    FOLDS,
    REUTERS,
    STORIES,
    Pair,
    article_bodies,
    drift,
    load_pairs,
    read_reuters,
    reuters_available,
    sentence_around,
)

DEFAULT_API_URL = "http://127.0.0.1:4200/api"
PROJECT = BENCHMARKS.parent
# Findings without `evidence.relation` (the code before the contract): the code is all there is.
RELATION_OF_CODE = {"CC201": "contradiction", "CC202": "update"}
PRIOR_CODES = tuple(RELATION_OF_CODE)
csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Link:
    """A predicted link from a later figure to an earlier article's figure."""

    later: str
    start: int
    end: int
    earlier: str
    earlier_start: int | None  # None: the output did not say where
    earlier_end: int | None
    relation: str
    relation_stated: bool  # False: taken from the finding's code
    via: str  # "finding" or "ledger"


# ---- running claimcheck -------------------------------------------------------------------


def claimcheck_command() -> list[str]:
    beside = Path(sys.executable).parent / "claimcheck"
    if beside.exists():
        return [str(beside)]
    found = shutil.which("claimcheck")
    if found is None:
        raise SystemExit("claimcheck is not installed in this environment")
    return [found]


def reuters_input(articles: dict[str, dict], window: str, corpus: Path) -> list[str]:
    """Raw JSON lines of the Reuters records to check: the labelled ones, plus those published
    on the same days ("days") or the whole corpus ("all")."""
    labelled = {aid for aid, info in articles.items() if info["origin"] == "reuters"}
    days = {articles[aid]["published"][:10] for aid in labelled}
    lines = []
    # Read raw, so that the records reach claimcheck exactly as the corpus has them.
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if not record.get("body"):
                continue
            if (
                window == "all"
                or record["id"] in labelled
                or (window == "days" and (record.get("published") or "")[:10] in days)
            ):
                lines.append(line if line.endswith("\n") else line + "\n")
    return lines


def run_claimcheck(inputs: list[Path], work: Path, args: argparse.Namespace) -> tuple[Path, float]:
    """One `claimcheck run` with a fresh ledger; (findings CSV, wall seconds)."""
    ledger, reports = work / "ledger.sqlite", work / "reports"
    command = [
        *claimcheck_command(),
        "run",
        *map(str, inputs),
        "--ledger",
        str(ledger),
        "--reports",
        str(reports),
        "--reports-for",
        "findings",
        "--no-progress",
    ]
    if args.rules:
        command += ["--rules", str(args.rules)]
    env = dict(os.environ, PREFECT_API_URL=args.api_url)
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    (work / "run.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode not in (0, 1):
        tail = "\n".join(done.stderr.splitlines()[-15:])
        raise SystemExit(f"claimcheck run failed (exit {done.returncode}):\n{tail}")
    tables = sorted(reports.glob("*/findings.csv"), key=lambda path: path.stat().st_mtime)
    if not tables:
        raise SystemExit(f"claimcheck run wrote no findings table under {reports}")
    return tables[-1], seconds


def read_findings_csv(path: Path) -> list[dict]:
    findings = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["rule"] not in PRIOR_CODES:
                continue
            row["start"], row["end"] = int(row["start"]), int(row["end"])
            row["evidence"] = json.loads(row["evidence"]) if row.get("evidence") else {}
            findings.append(row)
    return findings


def run_sequential(
    articles: dict[str, dict], records: dict[str, dict], work: Path, args: argparse.Namespace
) -> tuple[list[dict], float]:
    """The labelled articles one at a time in publication order, each compared with the ledger
    and then recorded (`claimcheck check --record`)."""
    ledger = work / "ledger.sqlite"
    order = sorted(
        (aid for aid in articles if articles[aid]["origin"] == "own" or aid in records),
        key=lambda aid: (articles[aid]["published"], aid),
    )
    findings: list[dict] = []
    started = time.perf_counter()
    for article_id in order:
        if articles[article_id]["origin"] == "own":
            path = PROJECT / articles[article_id]["path"]
        else:
            path = work / f"{article_id}.jsonl"
            path.write_text(json.dumps(records[article_id]) + "\n", encoding="utf-8")
        command = [
            *claimcheck_command(),
            "check",
            str(path),
            "--ledger",
            str(ledger),
            "--record",
            "--format",
            "json",
            "--fail-level",
            "never",
            "--no-config",
            "--no-waivers",
        ]
        if args.rules:
            command += ["--rules", str(args.rules)]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"claimcheck check {path} failed: {done.stderr.strip()[-500:]}")
        for finding in json.loads(done.stdout)["findings"]:
            if finding.get("rule") in PRIOR_CODES:
                findings.append(finding)
    return findings, time.perf_counter() - started


def ledger_show(article_ids: list[str], ledger: Path) -> dict[str, dict]:
    """What `claimcheck ledger show ID --format json` prints for each article (absent ones left
    out), read in this process from one open ledger: the same JSON, without a process per
    article."""
    from claimcheck.cli.commands.ledger import shown_article
    from claimcheck.ledger import open_ledger

    shown: dict[str, dict] = {}
    with open_ledger(str(ledger)) as store:
        for article_id in article_ids:
            payload = shown_article(store, article_id)
            if payload is not None:
                # encoded and decoded as the command prints it: dates become strings alike
                shown[article_id] = json.loads(json.dumps(payload, default=str))
    return shown


# ---- reading the output as links ----------------------------------------------------------


def _find_text(body: str | None, text: str | None, sentence: str | None) -> tuple[int, int] | None:
    """Where a quoted figure sits in an article: inside its quoted sentence when that is found."""
    if not body or not text:
        return None
    base = body.find(sentence) if sentence else -1
    if base >= 0:
        found = body.find(text, base, base + len(sentence))
        if found >= 0:
            return found, found + len(text)
    found = body.find(text)
    return (found, found + len(text)) if found >= 0 else None


def links_of_finding(finding: dict, bodies: dict[str, str]) -> list[Link]:
    """Links a CC201/CC202 finding states: `evidence.earlier` (the contract) or, for findings
    of the code before it, the one prior article it names, located by its quoted figure."""
    evidence = finding.get("evidence") or {}
    stated = evidence.get("relation")
    relation = stated or RELATION_OF_CODE[finding["rule"]]
    earlier = evidence.get("earlier")
    # (article, start, end, relation): an entry may carry its own relation when the earlier
    # articles a figure disagrees with do not all disagree the same way.
    entries: list[tuple[str, int | None, int | None, str]] = []
    if isinstance(earlier, list):
        entries = [
            (
                item["article_id"],
                item.get("start"),
                item.get("end"),
                item.get("relation") or relation,
            )
            for item in earlier
        ]
    elif evidence.get("prior_article_id"):
        prior = evidence["prior_article_id"]
        where = _find_text(
            bodies.get(prior), evidence.get("prior_text"), evidence.get("prior_sentence")
        )
        entries = [(prior, *(where or (None, None)), relation)]
    return [
        Link(
            later=finding["article_id"],
            start=int(finding["start"]),
            end=int(finding["end"]),
            earlier=article_id,
            earlier_start=start,
            earlier_end=end,
            relation=entry_relation,
            relation_stated=bool(stated),
            via="finding",
        )
        for article_id, start, end, entry_relation in entries
    ]


def links_of_ledger(shown: dict[str, dict]) -> tuple[list[Link], bool]:
    """Links listed by `ledger show` claims, and whether the output has links at all."""
    links: list[Link] = []
    available = False
    for article_id, data in shown.items():
        for claim in data.get("claims", []):
            if "links" not in claim:
                continue
            available = True
            for item in claim["links"] or []:
                links.append(
                    Link(
                        later=article_id,
                        start=int(claim["start"]),
                        end=int(claim["end"]),
                        earlier=item["article_id"],
                        earlier_start=item.get("start"),
                        earlier_end=item.get("end"),
                        relation=item.get("relation", ""),
                        relation_stated=True,
                        via="ledger",
                    )
                )
    return links, available


# ---- judging ------------------------------------------------------------------------------


class Judge:
    """Finds the labelled pair a predicted link stands for."""

    def __init__(self, pairs: list[Pair]) -> None:
        self.by_later: dict[str, list[Pair]] = defaultdict(list)
        self.figures: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for pair in pairs:
            self.by_later[pair.later.article_id].append(pair)
            for span in (pair.later, pair.earlier):
                self.figures[span.article_id].append((span.start, span.end))

    def pair_of(self, link: Link) -> Pair | None:
        candidates = [
            pair
            for pair in self.by_later[link.later]
            if pair.later.overlaps(link.start, link.end) and pair.earlier.article_id == link.earlier
        ]
        if link.earlier_start is not None and link.earlier_end is not None:
            candidates = [
                pair
                for pair in candidates
                if pair.earlier.overlaps(link.earlier_start, link.earlier_end)
            ]
        elif len(candidates) > 1:
            return None  # the earlier figure is not known and the label does not settle it
        return candidates[0] if candidates else None

    def why_unscored(self, link: Link) -> str:
        def labelled(article_id: str, start: int | None, end: int | None) -> bool:
            if start is None or end is None:
                return False
            return any(s < end and start < e for s, e in self.figures[article_id])

        later = labelled(link.later, link.start, link.end)
        earlier = labelled(link.earlier, link.earlier_start, link.earlier_end)
        if later and earlier:
            return "both figures labelled, not as a pair"
        if later:
            return "earlier figure unlabelled"
        if earlier:
            return "later figure unlabelled"
        return "neither figure labelled"


def _share(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:5.1f} %" if whole else f"{part}/0"


@dataclass(frozen=True)
class Tally:
    """Pairs of one relation (or of all disagreeing relations) against the predicted links."""

    labelled: int  # pairs with the relation
    found: int  # of those, linked by some finding
    right: int  # of those, linked with the right relation only
    claimed: int  # pairs linked with the relation (all disagreeing: linked at all)
    correct: int  # of those, labelled with it


def predicted_relations(judged: list[tuple[Link, Pair]]) -> dict[str, set[str]]:
    predicted: dict[str, set[str]] = defaultdict(set)
    for link, pair in judged:
        predicted[pair.id].add(link.relation)
    return predicted


def tally(pairs: list[Pair], predicted: dict[str, set[str]], relation: str | None) -> Tally:
    """`relation` None: the disagreeing relations together (precision: a linked pair is right
    when it is labelled with any of them)."""
    wanted = DISAGREEING if relation is None else (relation,)
    labelled = [pair for pair in pairs if pair.relation in wanted]
    found = [pair for pair in labelled if predicted.get(pair.id)]
    right = [pair for pair in found if predicted[pair.id] == {pair.relation}]
    if relation is None:
        claimed = [pair for pair in pairs if predicted.get(pair.id)]
    else:
        claimed = [pair for pair in pairs if relation in predicted.get(pair.id, ())]
    correct = [pair for pair in claimed if pair.relation in wanted]
    return Tally(len(labelled), len(found), len(right), len(claimed), len(correct))


def tally_line(name: str, counts: Tally) -> str:
    return (
        f"  {name:16s} {_share(counts.found, counts.labelled):>18s}"
        f" {_share(counts.right, counts.labelled):>18s}"
        f" {_share(counts.correct, counts.claimed):>18s}"
    )


def score_findings(pairs: list[Pair], judged: list[tuple[Link, Pair]]) -> list[str]:
    """Report lines for the pairs given: per relation, overall, per origin, false links."""
    predicted = predicted_relations(judged)
    lines = [f"  {'':16s} {'recall':>18s} {'recall, relation':>18s} {'precision':>18s}"]
    for relation in DISAGREEING:
        lines.append(tally_line(relation, tally(pairs, predicted, relation)))
    overall = tally(pairs, predicted, None)
    lines.append(tally_line("all disagreeing", overall))
    for origin in sorted({pair.origin for pair in pairs}):
        part = [pair for pair in pairs if pair.origin == origin]
        lines.append(tally_line(f"  {origin}", tally(part, predicted, None)))
    # Pairs first seen as findings of the code the set was built against flatter that code.
    unseeded = [pair for pair in pairs if pair.found_by != "baseline-finding"]
    if len(unseeded) < len(pairs):
        lines.append(tally_line("  not seeded", tally(unseeded, predicted, None)))
    # Pairs labelled from the articles before the code's output on them was read: a proxy for
    # the held-out fold that earlier rounds' fixes could not have been fitted to.
    blind = [pair for pair in pairs if pair.found_by == "blind-search"]
    if blind:
        lines.append(tally_line("  blind-search", tally(blind, predicted, None)))
    for number in sorted({pair.round for pair in pairs if pair.round is not None}):
        fresh = [pair for pair in pairs if pair.round == number]
        lines.append(tally_line(f"  round {number} set", tally(fresh, predicted, None)))
    lines.append(f"  relation right in found true pairs: {_share(overall.right, overall.found)}")
    wrongly_linked = [
        pair for pair in pairs if predicted.get(pair.id) and pair.relation not in DISAGREEING
    ]
    if wrongly_linked:
        relations = Counter(pair.relation for pair in wrongly_linked)
        phenomena = Counter(name for pair in wrongly_linked for name in pair.phenomena)
        lines.append(
            "  false links on "
            + ", ".join(f"{name} {count}" for name, count in sorted(relations.items()))
            + " pairs ("
            + ", ".join(f"{name} {count}" for name, count in phenomena.most_common())
            + ")"
        )
    return lines


def score_same(pairs: list[Pair], judged: list[tuple[Link, Pair]]) -> str:
    ids = {pair.id for pair in pairs}
    linked_same = {pair.id for link, pair in judged if link.relation == "same" and pair.id in ids}
    same_pairs = [pair for pair in pairs if pair.relation == "same"]
    found = [pair for pair in same_pairs if pair.id in linked_same]
    correct = [pair for pair in pairs if pair.id in linked_same and pair.relation == "same"]
    return (
        f"  same recall {_share(len(found), len(same_pairs))}, "
        f"same-link precision {_share(len(correct), len(linked_same))}"
    )


def identity_coverage(pairs: list[Pair], shown: dict[str, dict]) -> str:
    """How many labelled figures the ledger holds with an identity (`identity`, or the keys of
    the code before the contract: `measure`)."""
    figures = {
        (span.article_id, span.start, span.end)
        for pair in pairs
        for span in (pair.later, pair.earlier)
    }
    with_identity = legacy = seen = 0
    for article_id, start, end in figures:
        claims = shown.get(article_id, {}).get("claims", [])
        overlapping = [c for c in claims if c["start"] < end and start < c["end"]]
        if not overlapping:
            continue
        seen += 1
        if any(c.get("identity") for c in overlapping):
            with_identity += 1
        elif any(c.get("measure") for c in overlapping):
            legacy += 1
    line = f"  labelled figures found as claims {_share(seen, len(figures))}; with an identity: "
    if with_identity:
        return line + _share(with_identity, seen)
    return line + f"none in `identity` form; with the older match keys {_share(legacy, seen)}"


# ---- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--window", choices=("days", "pairs", "all"), default="days")
    parser.add_argument("--corpus", type=Path, default=REUTERS, help="Reuters-21578 JSON Lines")
    parser.add_argument("--api-url", default=os.environ.get("PREFECT_API_URL", DEFAULT_API_URL))
    parser.add_argument("--rules", type=Path, default=PROJECT / "rules")
    parser.add_argument("--no-rules", dest="rules", action="store_const", const=None)
    parser.add_argument("--keep", type=Path, help="work here (input, ledger, reports) and keep it")
    parser.add_argument("--sequential", action="store_true", help="diagnostic: one at a time")
    parser.add_argument("--show", action="store_true", help="print links with their sentences")
    parser.add_argument(
        "--losses",
        action="store_true",
        help="count missed disagreeing pairs by kind per fold; list the dev ones",
    )
    args = parser.parse_args()
    if args.rules is not None and not args.rules.is_dir():
        args.rules = None

    articles, pairs = load_pairs()
    have_reuters = reuters_available(args.corpus)
    if not have_reuters:
        print(f"{args.corpus} not found (needs ../shared): scoring the dated stories only")
        pairs = [pair for pair in pairs if pair.origin == "own"]
        articles = {aid: info for aid, info in articles.items() if info["origin"] == "own"}
    labelled_reuters = {aid for aid, info in articles.items() if info["origin"] == "reuters"}
    records = read_reuters(labelled_reuters, args.corpus) if labelled_reuters else {}
    bodies = article_bodies(articles, records)
    problems = drift(pairs, bodies)
    if problems:
        print(f"{len(problems)} labelled span(s) drifted; their pairs are left out:")
        for pair_id, problem in problems:
            print(f"  {pair_id} {problem}")
        broken = {pair_id for pair_id, _ in problems}
        pairs = [pair for pair in pairs if pair.id not in broken]

    with tempfile.TemporaryDirectory() as scratch:
        work = args.keep or Path(scratch)
        if args.keep:
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
        if args.sequential:
            findings, seconds = run_sequential(articles, records, work, args)
            print(f"sequential checks of {len(bodies)} labelled articles: {seconds:.1f} s wall")
        else:
            inputs = [STORIES]
            if have_reuters:
                lines = reuters_input(articles, args.window, args.corpus)
                (work / "reuters.jsonl").write_text("".join(lines), encoding="utf-8")
                # Unlabelled articles too: a link into one is listed with its sentence.
                for line in lines:
                    record = json.loads(line)
                    bodies.setdefault(record["id"], record["body"])
                inputs.append(work / "reuters.jsonl")
                print(f"input: {len(lines)} Reuters records (window: {args.window}), stories")
            table, seconds = run_claimcheck(inputs, work, args)
            findings = read_findings_csv(table)
            print(f"claimcheck run: {seconds:.1f} s wall, {len(findings)} CC201/CC202 findings")
        shown = ledger_show(sorted(articles), work / "ledger.sqlite")
    return report(pairs, findings, shown, bodies, args.show, args.losses)


def report(
    pairs: list[Pair],
    findings: list[dict],
    shown: dict[str, dict],
    bodies: dict[str, str],
    show: bool,
    losses: bool = False,
) -> int:
    judge = Judge(pairs)
    finding_links = [link for finding in findings for link in links_of_finding(finding, bodies)]
    ledger_links, links_available = links_of_ledger(shown)
    judged = [(link, pair) for link in finding_links if (pair := judge.pair_of(link))]
    unscored = [link for link in finding_links if judge.pair_of(link) is None]
    ledger_judged = [(link, pair) for link in ledger_links if (pair := judge.pair_of(link))]
    stated = sum(link.relation_stated for link in finding_links)
    reasons = Counter(map(judge.why_unscored, unscored)).most_common()
    print(
        f"{len(finding_links)} links from findings: {len(judged)} judged, {len(unscored)} not "
        f"scored ({', '.join(f'{why} {n}' for why, n in reasons) or '-'})"
    )
    if finding_links and not stated:
        print(
            "  the findings carry no evidence.relation: relation taken from the code "
            "(CC201 contradiction, CC202 update); sources_differ cannot be predicted"
        )
    if finding_links and not any(
        isinstance((f.get("evidence") or {}).get("earlier"), list) for f in findings
    ):
        print("  the findings carry no evidence.earlier: one prior article each, found by its text")
    for fold in (*FOLDS, "all"):
        chosen = [pair for pair in pairs if fold in ("all", pair.fold)]
        origins = Counter(pair.origin for pair in chosen)
        by_origin = ", ".join(f"{origin} {count}" for origin, count in sorted(origins.items()))
        print(f"\n{fold}: {len(chosen)} pairs ({by_origin})")
        print(" CC201/CC202 findings:")
        for line in score_findings(chosen, judged):
            print(line)
        print(" ledger links (`ledger show`):")
        if links_available:
            print(score_same(chosen, ledger_judged))
            for number in sorted({pair.round for pair in chosen if pair.round is not None}):
                fresh = [pair for pair in chosen if pair.round == number]
                print(f"  round {number} set:" + score_same(fresh, ledger_judged)[1:])
        else:
            print("  not available: `ledger show` lists no links")
        print(identity_coverage(chosen, shown))
    if show:
        show_links(judged, unscored, pairs, bodies, judge)
    if losses:
        show_losses(pairs, judged, shown)
    return 0


def loss_kind(pair: Pair, shown: dict[str, dict]) -> str:
    """Why a disagreeing pair gave no finding: a side without an identity, the part of the
    identity that differs, or matching identities that were not linked or not reported."""

    def claim_of(span):  # type: ignore[no-untyped-def]
        claims = shown.get(span.article_id, {}).get("claims", [])
        found = [c for c in claims if c["start"] < span.end and span.start < c["end"]]
        with_identity = [c for c in found if c.get("identity")]
        return with_identity[0] if with_identity else None

    later, earlier = claim_of(pair.later), claim_of(pair.earlier)
    if later is None or earlier is None:
        side = (
            "both" if later is None and earlier is None else "later" if later is None else "earlier"
        )
        return f"no identity ({side})"
    one, other = later["identity"], earlier["identity"]
    for part, name in (
        ("what", "measure"),
        ("of_what", "subject"),
        ("when", "period"),
        ("part_of", "part"),
        ("modality", "modality"),
    ):
        if one.get(part) != other.get(part):
            return f"{name} differs"
    relations = sorted(
        {
            link["relation"]
            for link in later.get("links") or []
            if link["article_id"] == pair.earlier.article_id
        }
    )
    if not relations:
        return "identities match, not linked"
    return f"identities match, linked {'/'.join(relations)}, no finding on the pair"


def show_losses(pairs: list[Pair], judged: list[tuple[Link, Pair]], shown: dict[str, dict]) -> None:
    """Missed disagreeing pairs by kind, per fold; the dev fold's listed (held-out totals
    only: they are the measurement, not material to develop on). The newest round's set is
    a blind estimate like the held-out fold until the next round: its pairs are not listed."""
    found = {pair.id for _, pair in judged}
    rounds = [pair.round for pair in pairs if pair.round is not None]
    newest = max(rounds) if rounds else None
    missed = [p for p in pairs if p.relation in DISAGREEING and p.id not in found]
    for fold in FOLDS:
        kinds = Counter(loss_kind(pair, shown) for pair in missed if pair.fold == fold)
        total = sum(kinds.values())
        listed = ", ".join(f"{kind} {count}" for kind, count in kinds.most_common())
        print(f"\n{fold} missed {total}: {listed or '-'}")
    for pair in missed:
        if pair.fold == "dev" and (newest is None or pair.round != newest):
            print(f"  {pair.id} {pair.relation} [{loss_kind(pair, shown)}] {pair.note}")
    if newest is not None:
        print(f"  (round {newest} set: blind, not listed)")


def show_links(
    judged: list[tuple[Link, Pair]],
    unscored: list[Link],
    pairs: list[Pair],
    bodies: dict[str, str],
    judge: Judge,
) -> None:
    def sentence(article_id: str, start: int | None, end: int | None) -> str:
        body = bodies.get(article_id)
        if body is None or start is None or end is None:
            return "(not located)"
        return sentence_around(body, start, end)

    print("\nlinks on labelled pairs:")
    for link, pair in judged:
        verdict = "ok" if link.relation == pair.relation else f"labelled {pair.relation}"
        print(f"  {pair.id} predicted {link.relation} [{verdict}] {pair.note}")
        print(f"     later   {link.later}: {sentence(link.later, link.start, link.end)}")
        print(
            f"     earlier {link.earlier}: "
            f"{sentence(link.earlier, link.earlier_start, link.earlier_end)}"
        )
    print("\nlinks not scored:")
    for link in unscored:
        print(f"  {link.relation} ({judge.why_unscored(link)})")
        print(f"     later   {link.later}: {sentence(link.later, link.start, link.end)}")
        print(
            f"     earlier {link.earlier}: "
            f"{sentence(link.earlier, link.earlier_start, link.earlier_end)}"
        )
    found = {pair.id for _, pair in judged}
    print("\ndisagreeing pairs missed:")
    for pair in pairs:
        if pair.relation in DISAGREEING and pair.id not in found:
            print(f"  {pair.id} {pair.relation} ({', '.join(pair.phenomena)}): {pair.note}")


if __name__ == "__main__":
    sys.exit(main())
