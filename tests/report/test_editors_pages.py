"""Pages an editor understands: evidence in sentences with units, rules named and linked,
"examined by N checks", text that reflows to a phone's width, developer details folded away."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from claimcheck.records import Finding
from claimcheck.report.evidence import evidence_lines
from claimcheck.report.html import _flowed
from claimcheck.report.readings import quantity_words, unit_name
from claimcheck.run.runner import check_run, finish_run, prepare_run
from claimcheck.run.workers import check_chunk_placed

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "articles"
CHROMIUM = shutil.which("chromium") or (
    "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else None
)
# Field names of the evidence that mean nothing to an editor.
INTERNAL = re.compile(
    r"\b(start|end|other occurrences|measure|precision|stated value|converted value|allowed"
    r"|edit distance|year stated|prior value|subject|basis|spellings|share off|ranges|thing"
    r"|relative period|stated period):|length:meter|money:[A-Z]{3}:",
    re.IGNORECASE,
)


def run(inbox: Path, reports: Path, docs_url: str | None = None) -> Path:
    prepared = prepare_run(
        str(reports),
        rules_dir=str(ROOT / "rules"),
        ledger_path=str(reports.parent / "ledger.sqlite"),
        workers=1,
        docs_url=docs_url,
    )
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            return threads.submit(
                check_chunk_placed, chunk, prepared.settings, prepared.rules_key, "threads", 1
            )

        checked = check_run(prepared, [str(inbox)], submit, chunk_size=4)
    return Path(finish_run(prepared, checked).summary["reports_dir"])


@pytest.fixture(scope="module")
def examples_run(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("editors")
    return run(EXAMPLES, folder / "reports")


def page_text(path: Path) -> str:
    """The page's visible words: markup, styles and attribute values left out."""
    html = path.read_text(encoding="utf-8")
    html = re.sub(r"<style>.*?</style>", " ", html, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", html)


def test_evidence_reads_as_sentences_with_units(examples_run):
    bridge = page_text(examples_run / "articles" / "river-bridge-reopens.html")
    assert "is 48.3 kilometres; the conversion beside it says 55 kilometres." in bridge
    assert "Rounding allows 45.4 to 51.2 kilometres." in bridge
    assert "The conversion is 13.9% off." in bridge
    assert "Taken for one name because the article shows one person" in bridge
    assert "Spelled “Kowalczyk” elsewhere in the article, 1 time (line 16)" in bridge
    assert "Thursday 3 October 2024 was a Thursday; the article says Friday." in bridge
    for page in sorted((examples_run / "articles").glob("*.html")):
        text = page_text(page)
        assert not INTERNAL.search(text), (page.name, INTERNAL.search(text)[0])
        assert "kilometer " not in text and "(up)" not in text


def test_each_finding_names_its_rule_and_links_its_page(examples_run):
    html = (examples_run / "articles" / "river-bridge-reopens.html").read_text()
    assert '<a class="rule-link" href="../../rules/CC102.html"' in html
    assert "CC102 conversion mismatch" in html
    page = examples_run.parent / "rules" / "CC102.html"
    text = page_text(page)
    assert "conversion-mismatch" in text and "unit conversion in parentheses" in text
    assert (examples_run.parent / "rules" / "GEO001.html").is_file()  # the rule set's too
    index = (examples_run / "index.html").read_text()
    assert '<a href="../rules/CC102.html">' in index and "CC102 conversion-mismatch" in index


def test_a_docs_base_replaces_the_local_pages_in_links(tmp_path):
    folder = run(EXAMPLES, tmp_path / "reports", docs_url="https://wiki.newsroom.example/rules")
    html = (folder / "articles" / "river-bridge-reopens.html").read_text()
    assert 'href="https://wiki.newsroom.example/rules/CC102.md"' in html
    assert "../../rules/" not in html


def test_claims_are_examined_by_n_checks_not_checked_x_of_y(examples_run):
    html = page_text(examples_run / "articles" / "river-bridge-reopens.html")
    assert re.search(r"\d+\s+claims, examined by \d+ checks", html)
    assert "claims checked" not in html
    checks = int(re.search(r"examined by (\d+) checks", html)[1])
    rules = len(list((ROOT / "rules").rglob("*.yml")))
    assert checks == 9 + rules + 1  # built-in checks, the rule set, the ledger comparison
    index = page_text(examples_run / "index.html")
    assert re.search(rf"claims, each examined by {checks} checks", index)
    assert "claims checked" not in index


def test_developer_timings_are_folded_away(examples_run):
    html = (examples_run / "index.html").read_text()
    folded = html.split('<details class="developers" id="developers">', 1)
    assert len(folded) == 2 and "<details open" not in html
    assert "extract and check" in folded[1] and "extract and check" not in folded[0]


def test_units_in_words():
    assert unit_name("kilometer", 55) == "kilometres" and unit_name("mile", 1) == "mile"
    assert unit_name("metric_ton") == "tonnes" and unit_name("foot", 3) == "feet"
    assert unit_name("degree_Celsius", 20) == "degrees Celsius"
    assert unit_name("USD") == "USD" and unit_name("troop") == "troop"
    assert quantity_words(48.28032, "kilometer") == "48.3 kilometres"
    assert quantity_words(104.0, "percent") == "104 percent"


def test_evidence_of_a_ledger_finding_in_words():
    finding = Finding(
        "a2", "CC201", "warning", "m", 10, 20,
        evidence={
            "text": "5.6 billion dlrs", "sentence": "...", "subject": ["ruritania"],
            "measure": "money:USD:trade-deficit", "period": "1986", "value": 5.6e9,
            "precision": 5e7, "prior_article_id": "a1", "prior_published": "1987-03-10T12:00:00",
            "prior_source": "Wire", "prior_title": "Deficit widens",
            "prior_text": "4.2 billion dlrs",
            "prior_sentence": "...", "prior_value": 4.2e9, "prior_precision": 5e7,
            "revision_stated": False,
        },
    )  # fmt: skip
    lines = ["".join(text for text, _ in line) for line in evidence_lines(finding)]
    assert lines == [
        "The same figure: the trade deficit of Ruritania for 1986.",
        "Earlier: “4.2 billion dlrs” in Deficit widens (Wire, Tuesday 10 March 1987).",
        "This article does not say the figure was revised.",
    ]


def test_evidence_of_dates_sizes_and_measures_in_words():
    def said(rule: str, evidence: dict) -> list[str]:
        finding = Finding("a", rule, "warning", "m", 0, 1, evidence=evidence)
        return ["".join(text for text, _ in line) for line in evidence_lines(finding)]

    assert said("CC103", {
        "relative": {"text": "last week", "start": 4, "end": 13},
        "published": "2024-10-10", "relative_period": ["2024-09-30", "2024-10-06"],
        "stated_period": ["2024-10-08", "2024-10-08"],
    }) == [
        "The article is dated Thursday 10 October 2024, so “last week” is Monday 30 September"
        " 2024 to Sunday 6 October 2024; the date beside it is Tuesday 8 October 2024."
    ]  # fmt: skip
    assert said("CC106", {
        "other": {"text": "15 members", "start": 0, "end": 10}, "values": [15, 17],
        "group": {"noun": "members", "collective": "board", "owner": "Harlow",
                  "modifiers": ["elected"]},
    }) == ["The size of Harlow's elected members is given as 15 and as 17. "
           "The other mention: “15 members”."]  # fmt: skip
    assert said("CC106", {
        "other": {"text": "412 metres", "start": 0, "end": 10}, "thing": "bridge",
        "ranges": [[412, 412], [445, 455]],
    }) == ["The measure of the bridge is given as 412 and as 445 to 455. "
           "The other mention: “412 metres”."]  # fmt: skip
    spelling = said("CC107", {
        "other_spelling": "Ostrowski", "other_count": 3, "count": 1, "edit_distance": 1,
        "basis": "usual spelling",
        "spellings": [{"spelling": "Ostrowsky", "count": 1, "where": ["line 4"]}],
    })  # fmt: skip
    assert spelling == [
        "Spelled “Ostrowski” elsewhere in the article, 3 times.",
        "Taken for one name because one spelling is far more frequent than the other.",
    ]


def test_text_reflows_keeping_paragraphs_and_list_lines():
    flowed = _flowed("The crossing reopened on\nFriday.\n\nIt cost\n- $12 million\n- 2 lanes")
    assert flowed == (
        'The crossing reopened on\nFriday.<span class="para"></span>It cost<br>- $12 million'
        "<br>- 2 lanes"
    )


def horizontal_overflow(page: Path, width: int, tmp_path: Path) -> tuple[int, int]:
    """(scroll width, viewport width) of a report page shown `width` pixels wide in headless
    chromium: the page, as written, in an iframe of that width (chromium's window is at least
    500 pixels wide), measured by a script of the framing page."""
    frame = page.with_name(f".frame-{page.name}")
    frame.write_text(
        f'<html><body><iframe id="f" src="{page.name}" style="width:{width}px;height:900px;'
        'border:0"></iframe><script>var f = document.getElementById("f"); f.onload = '
        "function () { var d = f.contentDocument.documentElement; document.body.setAttribute("
        '"data-scroll", d.scrollWidth + " " + d.clientWidth); };</script></body></html>',
        encoding="utf-8",
    )
    result = subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--disable-background-networking", "--no-first-run",
            "--allow-file-access-from-files", "--virtual-time-budget=5000",
            f"--user-data-dir={tmp_path / 'profile'}", "--window-size=800,1000",
            "--dump-dom", frame.as_uri(),
        ],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    frame.unlink()
    scroll, client = re.search(r'data-scroll="(\d+) (\d+)"', result.stdout).groups()
    return int(scroll), int(client)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_no_page_scrolls_sideways_on_a_420_pixel_screen(examples_run, tmp_path):
    pages = [
        examples_run / "articles" / "river-bridge-reopens.html",
        examples_run / "articles" / "coastal-flood-relief.html",
        examples_run / "index.html",
        examples_run.parent / "index.html",
        examples_run.parent / "rules" / "GEO001.html",
    ]
    for page in pages:
        scroll, client = horizontal_overflow(page, 420, tmp_path)
        assert client == 420 and scroll <= client, (page.name, scroll, client)


def test_no_guessed_project_address_anywhere():
    guessed = re.compile(r"github\.com/claimcheck|pip install claimcheck\b")
    files = [
        *ROOT.joinpath("src").rglob("*.py"),
        *ROOT.joinpath("src").rglob("*.j2"),
        *ROOT.joinpath("docs").rglob("*.md"),
        ROOT / "README.md",
        ROOT / ".pre-commit-hooks.yaml",
        ROOT / "examples" / "github-workflow.yml",
    ]
    found = [str(f) for f in files if guessed.search(f.read_text(encoding="utf-8"))]
    assert not found
    workflow = (ROOT / "examples" / "github-workflow.yml").read_text()
    assert re.search(r"pip install .*CLAIMCHECK_SOURCE|pip install \"?\./", workflow)


def test_evidence_of_an_ordered_comparison_names_the_relation_and_every_earlier_article():
    from datetime import UTC, datetime

    from claimcheck.ledger.comparison import OrderedPass
    from claimcheck.pipeline.checker import Checker, ledger_entry_for
    from claimcheck.records import Article

    def dated(article_id: str, day: int, body: str, source: str) -> Article:
        when = datetime(2025, 3, day, 12, tzinfo=UTC)
        return Article(id=article_id, body=body, source=source, published=when, title="")

    texts = {
        "w1": (
            "Ruritania's trade deficit was 4.2 billion dlrs in 2024, the ministry said.",
            "Wire",
        ),
        "w2": ("Ruritania's trade deficit was 4.3 billion dlrs in 2024, officials said.", "Wire"),
        "w3": ("Ruritania's trade deficit was 5.6 billion dlrs in 2024.", "Gazette"),
    }
    articles = [dated(key, 10 + n, *texts[key]) for n, key in enumerate(texts)]
    checker = Checker()
    entries = [ledger_entry_for(checker.check_article(a), f"k-{a.id}") for a in articles]
    [finding] = OrderedPass(None).run(entries)["w3"].findings
    assert finding.evidence["relation"] == "contradiction"
    lines = ["".join(text for text, _ in line) for line in evidence_lines(finding)]
    assert lines[0] == "The same figure: the trade deficit of Ruritania for 2024."
    assert lines[1].startswith("The two figures cannot both hold")
    earlier = [line for line in lines if line.startswith("Earlier: ")]
    assert earlier == [
        "Earlier: “4.2 billion dlrs” in w1 (according to ministry, Monday 10 March 2025): "
        "a figure this one contradicts.",
        "Earlier: “4.3 billion dlrs” in w2 (according to officials, Tuesday 11 March 2025): "
        "a figure this one contradicts.",
    ]
    for line in lines:
        assert not INTERNAL.search(line), line
        assert "{" not in line and "relation" not in line.lower() and "_" not in line
