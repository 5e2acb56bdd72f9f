"""The ordered pass: each article compared with every article published before it, in the ledger
or in the same batch, whatever the order the batch comes in."""

import random
from datetime import UTC, datetime

import pytest

from claimcheck.ledger import Dismissal, open_ledger
from claimcheck.ledger.comparison import OrderedPass, history_of
from claimcheck.ledger.relations import SAME
from claimcheck.pipeline.checker import Checker, ledger_entry_for
from claimcheck.records import Article


def article(article_id, day, body, source="Wire", month=3, title=""):
    published = datetime(2025, month, day, 12, tzinfo=UTC)
    return Article(id=article_id, body=body, source=source, published=published, title=title)


def entries(*articles):
    checker = Checker()
    return [ledger_entry_for(checker.check_article(item), f"key-{item.id}") for item in articles]


def compare(*articles, ledger=None, record=False):
    return OrderedPass(ledger).run(entries(*articles), record=record)


def findings_of(results):
    return {
        article_id: [(f.rule, f.text, f.evidence["relation"]) for f in recorded.findings]
        for article_id, recorded in sorted(results.items())
    }


@pytest.fixture
def ledger(tmp_path):
    with open_ledger(tmp_path / "ledger.sqlite") as opened:
        yield opened


DEFICIT = "Ruritania's trade deficit was {} in 2024."
# The same figure named by its source: the paper's own figure against it is a contradiction
# (two unsourced figures are a difference to check, see test_identity_speakers_and_unsourced).
DEFICIT_SAID = "Ruritania's trade deficit was {} in 2024, officials said."


def test_a_contradicting_figure_cites_the_earlier_article_by_offsets_and_value():
    first = article(
        "a1", 10, "Ruritania's trade deficit was 4.2 billion dlrs in 2024, officials said."
    )
    second = article("a2", 12, DEFICIT.format("5.6 billion dlrs"), "Gazette")
    results = compare(second, first)
    assert results["a1"].findings == []
    [finding] = results["a2"].findings
    assert (finding.rule, finding.severity, finding.text) == (
        "CC201",
        "warning",
        "5.6 billion dlrs",
    )
    evidence = finding.evidence
    assert evidence["relation"] == "contradiction"
    [earlier] = evidence["earlier"]
    assert earlier["article_id"] == "a1" and earlier["value"] == 4.2e9
    assert first.body[earlier["start"] : earlier["end"]] == "4.2 billion dlrs"
    assert earlier["published"].startswith("2025-03-10")
    assert evidence["identity"]["what"] == "trade-deficit"
    assert evidence["prior_article_id"] == "a1"  # the older evidence fields are kept
    assert "a1" in finding.message and "4.2 billion dlrs" in finding.message


def test_a_rounded_or_rescaled_figure_is_the_same_and_recorded_as_positive_evidence():
    results = compare(
        article("a1", 10, DEFICIT.format("169.8 billion dlrs")),
        article("a2", 11, DEFICIT.format("170 billion dlrs")),
        article("a3", 12, DEFICIT.format("169,800 mln dlrs")),
    )
    assert findings_of(results) == {"a1": [], "a2": [], "a3": []}
    [history] = history_of(results["a3"])
    assert [entry.relation for entry in history.earlier] == [SAME, SAME]
    assert history.consistent == 2


def test_a_whole_number_ending_in_thousands_of_zeros_agrees_with_the_exact_figure():
    results = compare(
        article("a1", 10, DEFICIT_SAID.format("3,416,620 dlrs")),
        article("a2", 11, DEFICIT_SAID.format("3,417,000 dlrs")),
        article("a3", 12, DEFICIT_SAID.format("3,416,910 dlrs")),
    )
    found = findings_of(results)
    # Rounded to the thousand, the second agrees with the first; the third, written to the
    # dollar like the first, is another number.
    assert found["a2"] == []
    assert [text for _, text, _ in found["a3"]] == ["3,416,910 dlrs"]
    assert SAME not in {relation for _, _, relation in found["a3"]}
    assert [entry.relation for entry in history_of(results["a2"])[0].earlier] == [SAME]


def test_a_length_in_another_unit_agrees_and_another_length_contradicts():
    results = compare(
        article("a1", 10, "The Varnholt Bridge is 1,200 metres long."),
        article("a2", 11, "The Varnholt Bridge is 1.2 km long."),
        article("a3", 12, "The Varnholt Bridge is 2,100 metres long."),
    )
    assert findings_of(results)["a2"] == []
    assert findings_of(results)["a3"] == [("CC201", "2,100 metres", "contradiction")]


LANDSLIDE = "A landslide in Varnholt on Sunday killed {} people, the agency said."
TOLL = "The number of people killed by the Varnholt landslide rose to {}, the agency said."


def test_a_rising_toll_updates_and_a_lower_one_without_a_revision_contradicts():
    results = compare(
        article("t1", 3, LANDSLIDE.format(12)),
        article("t2", 4, TOLL.format(19)),
        article("t3", 6, "The landslide in Varnholt killed 17 people, the agency said."),
    )
    assert findings_of(results)["t2"] == [("CC202", "19", "update")]
    [finding] = results["t3"].findings
    assert finding.rule == "CC201" and finding.evidence["relation"] == "contradiction"
    # Every earlier article that disagrees is cited, oldest first, with its own relation.
    assert [(e["article_id"], e["relation"]) for e in finding.evidence["earlier"]] == [
        ("t1", "update"),
        ("t2", "contradiction"),
    ]


def test_an_agreeing_article_does_not_silence_a_disagreeing_one():
    results = compare(
        article("a1", 10, DEFICIT_SAID.format("4.2 billion dlrs")),
        article("a2", 11, DEFICIT.format("5.6 billion dlrs")),
        article("a3", 12, DEFICIT.format("5.6 billion dlrs")),
    )
    [finding] = results["a3"].findings
    assert [e["article_id"] for e in finding.evidence["earlier"]] == ["a1"]
    assert [e.relation for e in history_of(results["a3"])[0].earlier] == ["contradiction", SAME]


def test_two_sources_with_two_figures_differ():
    results = compare(
        article(
            "h1", 28, "The health ministry said 140 people died in the Varnholt heatwave.", month=7
        ),
        article(
            "h2",
            30,
            "The association of hospitals said 210 people died in the Varnholt heatwave, "
            "against the 140 deaths reported by the health ministry.",
            month=7,
        ),
    )
    [finding] = results["h2"].findings
    assert (finding.rule, finding.evidence["relation"]) == ("CC202", "sources_differ")
    assert finding.evidence["source"] == "association of hospitals"
    assert finding.evidence["earlier"][0]["source"] == "health ministry"


def test_a_forecast_is_never_compared_with_a_count():
    results = compare(
        article("f1", 3, "A geologist said a collapse of the slope could kill up to 4,000 people."),
        article("f2", 4, "A collapse of the slope killed 12 people, the agency said."),
    )
    assert findings_of(results)["f2"] == []


def test_another_incident_of_the_same_kind_elsewhere_is_not_compared():
    results = compare(
        article("i1", 3, "A landslide in Varnholt on Sunday killed 12 people, the agency said."),
        article("i2", 4, "A landslide in Ostrova on Monday killed 3 people, the agency said."),
    )
    assert findings_of(results)["i2"] == []
    assert results["i2"].links == []


def test_shuffled_input_gives_the_same_findings():
    batch = [
        article("t1", 3, LANDSLIDE.format(12)),
        article("t2", 4, TOLL.format(19)),
        article("t3", 6, "The landslide in Varnholt killed 17 people, the agency said."),
        article("a1", 10, DEFICIT.format("4.2 billion dlrs")),
        article("a2", 12, DEFICIT.format("5.6 billion dlrs")),
    ]
    expected = findings_of(compare(*batch))
    shuffler = random.Random(16)
    for _ in range(5):
        shuffled = batch[:]
        shuffler.shuffle(shuffled)
        assert findings_of(compare(*shuffled)) == expected


def test_a_late_arrival_is_compared_with_the_recorded_earlier_articles_only(ledger):
    compare(
        article("t3", 6, "The landslide in Varnholt killed 17 people, the agency said."),
        article("t1", 3, LANDSLIDE.format(12)),
        ledger=ledger,
        record=True,
    )
    late = compare(article("t2", 4, TOLL.format(19)), ledger=ledger, record=True)
    assert findings_of(late) == {"t2": [("CC202", "19", "update")]}
    assert [e["article_id"] for e in late["t2"].findings[0].evidence["earlier"]] == ["t1"]
    # What was recorded before it arrived keeps its findings.
    [kept] = ledger.stored_findings(["t3"])["t3"]
    assert [e["article_id"] for e in kept.evidence["earlier"]] == ["t1"]


def test_an_article_dated_before_the_ledger_s_is_compared_only_with_earlier_ones(ledger):
    compare(article("late", 20, DEFICIT.format("5.6 billion dlrs")), ledger=ledger, record=True)
    results = compare(article("early", 10, DEFICIT.format("4.2 billion dlrs")), ledger=ledger)
    assert results["early"].findings == [] and results["early"].links == []


def test_a_period_read_only_from_the_date_line_is_no_ground_for_a_contradiction():
    stated = article(
        "s1", 10, "Ruritania's trade deficit was 4.2 billion dlrs in 2024, officials said."
    )
    inferred = article("s2", 12, "Ruritania's trade deficit was 5.6 billion dlrs last year.")
    results = compare(stated, inferred)
    assert results["s2"].findings == []
    restated = article("s3", 13, DEFICIT.format("5.9 billion dlrs"))
    results = compare(stated, inferred, restated)
    assert [(f.rule, f.evidence["relation"]) for f in results["s3"].findings] == [
        ("CC201", "contradiction")
    ]
    assert [e["article_id"] for e in results["s3"].findings[0].evidence["earlier"]] == ["s1"]


def test_drafts_due_after_the_ledger_are_compared_with_every_stored_article(ledger):
    compare(article("stored", 20, DEFICIT.format("5.6 billion dlrs")), ledger=ledger, record=True)
    first = article("draft-1", 10, DEFICIT.format("4.2 billion dlrs"))
    second = article("draft-2", 11, DEFICIT.format("4.2 billion dlrs"))
    drafts = OrderedPass(ledger, drafts=True).run(entries(second, first))
    # Each draft is later than the stored article whatever its date...
    assert [e["article_id"] for f in drafts["draft-1"].findings for e in f.evidence["earlier"]] == [
        "stored"
    ]
    # ...and the drafts go by their own dates among themselves.
    assert {link.earlier.article_id for link in drafts["draft-2"].links} == {"stored", "draft-1"}
    dated = OrderedPass(ledger).run(entries(first))
    assert dated["draft-1"].findings == []


def test_a_new_version_replaces_the_old_one_and_is_not_compared_with_it(ledger):
    compare(article("a1", 10, DEFICIT.format("4.2 billion dlrs")), ledger=ledger, record=True)
    revised = article("a1", 10, DEFICIT.format("4.4 billion dlrs"))
    results = compare(revised, ledger=ledger, record=True)
    assert results["a1"].links == []
    assert ledger.stats()["articles"] == 1
    [figure] = ledger.article_figures("a1")
    assert figure.value == 4.4e9


def test_an_unchanged_article_is_not_compared_again_and_keeps_its_findings(ledger):
    first = article("a1", 10, DEFICIT_SAID.format("4.2 billion dlrs"))
    second = article("a2", 12, DEFICIT.format("5.6 billion dlrs"))
    compare(first, second, ledger=ledger, record=True)
    again = compare(second, ledger=ledger, record=True)
    assert findings_of(again) == {"a2": [("CC201", "5.6 billion dlrs", "contradiction")]}
    assert ledger.stats()["findings"] == 1


def test_a_dismissed_link_is_not_reported_again(ledger):
    first = article("a1", 10, DEFICIT.format("4.2 billion dlrs"))
    second = article("a2", 12, DEFICIT.format("5.6 billion dlrs"))
    [finding] = compare(first, second, ledger=ledger, record=True)["a2"].findings
    reason = "the first figure is of the goods balance"
    marked = ledger.dismiss(Dismissal("a2", finding.start, finding.end, "a1", reason))
    assert marked == 1
    assert ledger.article_links("a2")[0]["dismissed"]
    newer = article("a2", 12, DEFICIT.format("5.6 billion dlrs") + " It was a record.")
    assert compare(newer, ledger=ledger, record=True)["a2"].findings == []
    assert ledger.dismissals()[0].reason == reason


@pytest.mark.parametrize(
    ("later", "finds"),
    [
        ("620 mln dlrs", False),  # seven times less: another thing, not a revision
        ("31 billion dlrs", False),  # seven times more: another thing
        ("4.2 mln dlrs", True),  # the same digits at another scale: a slip
        ("3.1 billion dlrs", True),
    ],
)
def test_an_amount_far_from_the_earlier_one_is_another_thing_unless_only_its_scale_slipped(
    later, finds
):
    first = article("a1", 10, DEFICIT.format("4.2 billion dlrs"))
    second = article("a2", 12, DEFICIT.format(later))
    results = compare(first, second)
    assert bool(results["a2"].findings) is finds


def test_a_stake_is_one_holder_s_in_one_company():
    first = article("s1", 10, "Ostmark Bank has a 22 pct stake in Tessaly Energy Corp.")
    other_holder = article("s2", 11, "Norvane Corp has a 9 pct stake in Tessaly Energy Corp.")
    other_company = article("s3", 12, "Ostmark Bank has a 30 pct stake in Varnholt Mining Corp.")
    raised = article("s4", 13, "Ostmark Bank has raised its stake in Tessaly Energy to 25 pct.")
    results = compare(first, other_holder, other_company, raised)
    assert findings_of(results) == {
        "s1": [],
        "s2": [],
        "s3": [],
        "s4": [("CC202", "25 pct", "update")],
    }


def test_each_bank_s_prime_rate_is_its_own():
    first = article("p1", 10, "Ostmark Bank said it will lower its prime rate to 8.5 pct.")
    other = article("p2", 11, "Varnholt Bank said it will lower its prime rate to 8.25 pct.")
    again = article("p3", 12, "Ostmark Bank said it will lower its prime rate to 8.0 pct.")
    assert findings_of(compare(first, other, again)) == {
        "p1": [],
        "p2": [],
        "p3": [("CC202", "8.0 pct", "update")],
    }


def test_stocks_of_one_product_are_not_stocks_of_another():
    first = article("k1", 10, "Ruritania's coffee stocks stood at 2.1 mln bags in 2024.")
    second = article("k2", 12, "Ruritania's sugar stocks stood at 1.4 mln bags in 2024.")
    assert findings_of(compare(first, second)) == {"k1": [], "k2": []}


def test_a_price_in_a_clause_naming_no_deal_is_not_disputed_with_another_deal_s():
    first = article("d1", 10, "Norvane Corp agreed to buy Tessaly Energy Corp for 410 mln dlrs.")
    second = article(
        "d2",
        12,
        "Norvane Corp agreed to buy Tessaly Energy Corp for 410 mln dlrs. "
        "Separately, it paid 180 mln dlrs in cash, the company said.",
    )
    results = compare(first, second)
    assert findings_of(results) == {"d1": [], "d2": []}


def test_a_revision_restated_to_the_digit_is_the_same_figure():
    from types import SimpleNamespace

    from claimcheck.ledger.relations import SAME, UPDATE, relation

    def figure(value: float, basis: str | None) -> SimpleNamespace:
        return SimpleNamespace(
            low=value - 0.5, high=value + 0.5, value=value, precision=0.5, unit="USD",
            basis=basis, attribution=None, behaviour="period", subject_role="place",
            published=None, period_last=None,
        )  # fmt: skip

    assert relation(figure(759.0, "revised"), figure(759.0, None)) == SAME
    assert relation(figure(759.0, "revised"), figure(759.4, None)) == UPDATE


def test_a_figure_written_once_without_its_scale_word_is_the_same_figure():
    output = "Ruritania's crude oil output was {} barrels per day in May, the energy ministry said."
    results = compare(
        article("o1", 10, output.format("1.45 mln")),
        article("o2", 12, output.format("1.45")),
        article("o3", 13, output.format("1.45 billion")),
        article("o4", 14, output.format("1,450")),
    )
    assert findings_of(results)["o2"] == []
    [history] = history_of(results["o2"])
    assert [entry.relation for entry in history.earlier] == [SAME]
    # Both written with a scale word, a million and a billion apart: a slip, still reported;
    # and 1,450 is another number than 1.45 mln, though a thousand times smaller.
    assert findings_of(results)["o3"] != []
    assert findings_of(results)["o4"] != []


def test_two_groups_on_strike_in_one_country_are_two_strikes():
    seamen = article(
        "k1",
        10,
        "Dockside pickets in Portovera and Salmira held firm as the seamen's strike in Ruritania "
        "entered its second week. The seamen want a pay rise of 90 pct.",
    )
    tellers = article(
        "k2",
        12,
        "Bank workers in Portovera and Salmira began a national strike in Ruritania on Monday. "
        "The bank workers want a pay rise of 60 pct.",
    )
    seamen_again = article(
        "k3",
        13,
        "The strike by Ruritania's seamen went on in Portovera, where the seamen now want a pay "
        "rise of 75 pct.",
    )
    results = compare(seamen, tellers, seamen_again)
    assert findings_of(results)["k2"] == []
    assert results["k2"].links == []
    # A demand is not a fact: linked, not reported; linked to the seamen's strike only.
    assert {link.earlier.article_id for link in results["k3"].links} == {"k1"}


def test_one_group_on_strike_ties_two_reports_that_share_only_the_country():
    first = article(
        "n1", 10, "Portugal's teachers began a national strike on Monday for a pay rise of 40 pct."
    )
    second = article(
        "n2",
        12,
        "The teachers' strike across Portugal for a pay rise of 30 pct went on, the union said.",
    )
    other = article("n3", 12, "Portugal's nurses went on strike, seeking a pay rise of 25 pct.")
    results = compare(first, second, other)
    assert {link.earlier.article_id for link in results["n2"].links} == {"n1"}
    assert results["n3"].links == []


def test_one_group_on_strike_is_one_strike_wherever_in_its_country_a_report_puts_it():
    national = article(
        "g1", 10, "The seamen's strike in Greece went on, the seamen seeking a pay rise of 50 pct."
    )
    port = article(
        "g2",
        12,
        "At the seamen's strike headquarters in Portovera, the union said the seamen were "
        "seeking a pay rise of 45 pct.",
        title="SEAMEN'S STRIKE IN GREECE ENTERS SECOND WEEK",
    )
    unplaced = article(
        "g4",
        12,
        "Seamen at Kelmar threatened a strike, seeking a pay rise of 55 pct.",
        title="STRIKE THREAT AT KELMAR",
    )
    abroad = article(
        "g3", 12, "The seamen's strike in Brazil went on, the seamen seeking a pay rise of 80 pct."
    )
    results = compare(national, port, abroad, unplaced)
    assert {link.earlier.article_id for link in results["g2"].links} == {"g1"}
    # Another country's seamen, or seamen in a port no report puts in a country: no link.
    assert results["g3"].links == []
    assert results["g4"].links == []


def test_a_strike_report_weeks_after_the_strike_began_is_of_that_strike():
    began = article(
        "w1",
        2,
        "Greek seamen began a national strike on Monday, March 2, idling 60 ships in Greece.",
    )
    weeks_later = article(
        "w2",
        25,
        "The seamen's strike in Greece has now idled 85 ships, the union said.",
    )
    results = compare(began, weeks_later)
    assert {link.earlier.article_id for link in results["w2"].links} == {"w1"}


def test_one_year_s_deficit_on_a_stated_basis_and_quoted_without_one_names_both_bases():
    results = compare(
        article(
            "b1",
            4,
            "Measured on a balance of payments basis, Ruritania's trade deficit was "
            "61.4 billion dlrs in 2024, the trade office said.",
        ),
        article("b2", 9, DEFICIT.format("70 billion dlrs"), "Gazette"),
    )
    [finding] = results["b2"].findings
    assert (finding.rule, finding.evidence["relation"]) == ("CC202", "update")
    assert "on another basis (no basis stated against balance of payments basis)" in (
        finding.message
    )


def test_a_seasonally_adjusted_figure_against_an_unadjusted_one_is_another_basis():
    results = compare(
        article(
            "s1",
            4,
            "The seasonally adjusted trade surplus of Ostera rose to 3.9 billion dlrs in "
            "January, the customs office said.",
            month=2,
        ),
        article(
            "s2",
            6,
            "Ostera's trade surplus was 2.6 billion dlrs in January, the finance ministry said.",
            month=2,
        ),
    )
    [finding] = results["s2"].findings
    assert (finding.rule, finding.evidence["relation"]) == ("CC202", "update")
    assert "against seasonally adjusted" in finding.message


def test_two_figures_on_no_stated_basis_name_no_basis():
    results = compare(
        article("n1", 4, DEFICIT.format("4.2 billion dlrs"), "Gazette"),
        article("n2", 6, DEFICIT.format("5.6 billion dlrs"), "Courier"),
    )
    [finding] = results["n2"].findings
    assert "another basis" not in finding.message


def test_an_offer_mentioned_as_rejected_before_is_not_a_new_offer():
    raised = article(
        "o1",
        10,
        "Halvard Inc said it would raise its offer for Brenmoor Corp to 44 dlrs a share "
        "from 38 dlrs.",
    )
    recalled = article(
        "o2",
        14,
        "Brenmoor Corp had previously rejected a 38 dlr a share offer from Halvard Inc.",
    )
    anew = article("o3", 14, "Halvard Inc made a 38 dlr a share offer for Brenmoor Corp, it said.")
    assert findings_of(compare(raised, recalled)) == {"o1": [], "o2": []}
    assert [rule for rule, _, _ in findings_of(compare(raised, anew))["o3"]] == ["CC202"]


def test_a_range_and_one_of_its_ends_written_without_the_scale_word_are_the_same_figure():
    output = "Ruritania's crude oil output was {} barrels per day in May, the energy ministry said."
    results = compare(
        article("r1", 10, output.format("between 2.3 and 2.5 mln")),
        article("r2", 12, output.format("2.5")),
        article("r3", 13, output.format("2.9")),
    )
    assert findings_of(results)["r2"] == []
    [history] = history_of(results["r2"])
    assert [entry.relation for entry in history.earlier] == [SAME]
    # Digits that are no end of the range are another figure, still reported.
    assert findings_of(results)["r3"] != []
