"""The identity reader reads the headline's and the lead's names only when a figure or an
incident first needs names, and then before the names of the sentence that needs them: an
article whose figures name no measure reads none, and the identities are those of reading
them in text order."""

import pytest
from identity_helpers import figures

from claimcheck.ledger import identity as identity_module
from claimcheck.ledger.subjects import ArticleNames


@pytest.fixture
def names_read(monkeypatch):
    """The sentences whose names were read, in order; "<title>" where the headline's were."""
    read: list[str] = []
    sentence_names = identity_module.sentence_names
    read_title = ArticleNames.read_title

    def counted_sentence_names(text, known):
        read.append(text)
        return sentence_names(text, known)

    def counted_read_title(self, title):
        read.append("<title>")
        return read_title(self, title)

    monkeypatch.setattr(identity_module, "sentence_names", counted_sentence_names)
    monkeypatch.setattr(ArticleNames, "read_title", counted_read_title)
    return read


def test_figures_that_name_no_measure_read_no_names(names_read):
    body = (
        "Talvenor Mills said on Tuesday it had hired 12 new engineers. "
        "It plans to open four offices in Brevik next year."
    )
    assert figures(body, title="Talvenor Mills hires engineers") == {}
    assert names_read == []


def test_the_lead_is_read_before_the_sentence_that_needs_names(names_read):
    lead = "Talvenor Mills Inc said on Tuesday that demand had recovered."
    stating = "Net profit was 12.5 mln dlrs in the first quarter of 2025."
    found = figures(f"{lead} {stating}", title="Talvenor Mills first quarter")
    assert names_read[:3] == ["<title>", lead, stating]
    # The profit is the company's the lead names: its names were read as the lead's.
    profit = found["12.5 mln dlrs"].identity
    assert (profit.what, profit.of_what, profit.when) == ("net-profit", "talvenor mills", "2025-Q1")


def test_an_incident_reads_the_lead_first(names_read):
    lead = "Heavy rain fell across the north of Ostravia on Sunday, officials said."
    incident = "A landslide near the town of Velmora buried homes and killed 14 people."
    found = figures(f"{lead} {incident}", title="Ostravia landslide kills 14")
    assert names_read[:3] == ["<title>", lead, incident]
    killed = found["14 people"].identity
    assert killed.event is not None and "velmora" in killed.event.anchors
