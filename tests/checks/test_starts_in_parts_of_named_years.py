"""CC104: a start in a part of last year or this year ("since late last year", "since the
end of last year") is that part of the year, not all of it, as a part of a written year is."""

from __future__ import annotations

import pytest

from claimcheck.checks.duration_start import check_duration_starts

MID_MAY = "2023-05-18T09:00:00"


@pytest.mark.parametrize(
    ("body", "flagged"),
    [
        # late last year: September to December 2022, five to eight months before mid-May
        ("Since late last year, the bakery has paid more for flour for seven months running.",
         False),
        # all of 2022 would allow up to 16 months; late 2022 does not
        ("Since late last year, the bakery has paid more for flour for 14 months running.",
         True),
        ("Since late last year, the bakery has paid more for flour for two months running.",
         True),
        # the end of last year: November and December 2022
        ("Ferries have been cancelled since the end of last year, some five months now.", False),
        ("Ferries have been cancelled since the end of last year, some 11 months now.", True),
        # early this year: January to April 2023, up to the dateline
        ("The mill has stood idle since early this year, about four months.", False),
        ("The mill has stood idle since early this year, about nine months.", True),
    ],
)  # fmt: skip
def test_a_part_of_a_year_named_from_publication(from_text, body, flagged):
    findings = list(check_duration_starts(from_text(body, MID_MAY)))
    assert bool(findings) is flagged
