"""Random and mutated articles never crash extract, check or the report writers."""

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.ci.formats import RENDERERS
from claimcheck.extract.claims import extract_claims
from claimcheck.pipeline.checker import Checker
from claimcheck.records import Article
from claimcheck.report.articles import article_json
from claimcheck.report.markdown import article_markdown

pytestmark = pytest.mark.properties

# Pieces of news prose that exercise the scanners, plus the characters that break scanners.
TOKENS = [
    "200,000",
    "troops",
    "60",
    "miles",
    "(97 km)",
    "between",
    "15,000-18,000",
    "men",
    "at least",
    "six",
    "times",
    "over the last",
    "10 months",
    "Monday,",
    "Dec.",
    "19,",
    "2022",
    "yesterday",
    "last week",
    "since",
    "2019",
    "$3bn",
    "5.93",
    "mln",
    "dlrs",
    "7-3/4",
    "pct",
    "%",
    "about",
    "rose",
    "fell",
    "to",
    "from",
    "and",
    "the",
    "Lukashenko",
    "Lushenko",
    "in",
    "May",
    "may",
    "we",
    "Friday",
    "Oct. 3, 2024",
    "1,1,1,1,1",
    "---",
    "--",
    "-",
    ".",
    ",",
    "(",
    ")",
    "\n",
    "\n\n",
    "\u200f",
    "\u2009",
    "\u202f",
    "٣٤٥",
    "１２",
    "½",
    "\u00a0",
    "€",
    "£",
    "per cent",
    "km/h",
    "a dozen",
    "half",
    "third",
    "21st",
    "1990s",
    "'87",
    "0.5",
    "1e5",
    "–",
    "—",
]

prose = st.lists(st.sampled_from(TOKENS), max_size=60).map(" ".join)
noise = st.text(max_size=300)
bodies = st.one_of(prose, noise, st.tuples(prose, noise, prose).map("".join))
published = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)).map(
        lambda d: d.replace(tzinfo=UTC)
    ),
)


def assert_every_sentence_read(result) -> None:
    """No CC005: a scanner that raised would hide behind it, with the checker going on."""
    unread = [finding.message for finding in result.findings if finding.rule == "CC005"]
    assert not unread, unread


def article(body: str, when: datetime | None) -> Article:
    return Article(id="prop", body=body, published=when, path="prop.md")


@given(bodies, published)
def test_extraction_never_raises_and_offsets_slice_to_text(body, when):
    for claim in extract_claims(article(body, when)):
        assert 0 <= claim.start <= claim.end <= len(body)
        assert body[claim.start : claim.end] == claim.text
        if claim.date and claim.first_day:
            assert isinstance(claim.first_day, date)


@given(bodies, published)
def test_check_and_every_writer_never_raise(body, when):
    result = Checker().check_article(article(body, when))
    assert_every_sentence_read(result)
    for finding in result.findings:
        assert 0 <= finding.start <= finding.end <= len(body)
        assert finding.line >= 1 or finding.start == 0
    article_markdown(result)
    article_json(result)
    for render in RENDERERS.values():
        render(list(result.findings), 1)


@given(bodies)
def test_extraction_is_deterministic(body):
    when = datetime(2022, 12, 20, tzinfo=UTC)
    assert extract_claims(article(body, when)) == extract_claims(article(body, when))


@given(
    st.sampled_from(
        [
            "mile",
            "kilometer",
            "meter",
            "foot",
            "kilogram",
            "pound",
            "hour",
            "mile / hour",
            "liter",
            "tonne",
        ]
    ),
    st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
)
def test_normalizing_twice_gives_the_same_value(unit, value):
    from claimcheck.extract.units import to_base

    once_value, once_unit = to_base(value, unit)
    twice_value, twice_unit = to_base(once_value, once_unit)
    assert twice_unit == once_unit
    assert twice_value == pytest.approx(once_value, rel=1e-12, abs=1e-12)


# -- whole article files: front matter + body bytes, read from disk ---------------------------

FRONT_FIELDS = st.dictionaries(
    st.sampled_from(["id", "title", "source", "url", "published", "extra"]),
    st.one_of(
        st.text(max_size=30),
        st.integers(),
        st.sampled_from(["2024-10-08", "2024-02-30", "2024-10-08T09:00:00+02:00", "[a, b]", "{"]),
    ),
    max_size=6,
)


def article_file_bytes(fields: dict, body: str, mutations: list[tuple[int, bytes]]) -> bytes:
    """A Markdown article (YAML front matter, then the body) with bytes spliced in."""
    front = "".join(f"{key}: {value}\n" for key, value in fields.items())
    data = bytearray(f"---\n{front}---\n{body}".encode())
    for position, junk in mutations:
        at = position % (len(data) + 1)
        data[at:at] = junk
    return bytes(data)


mutations = st.lists(
    st.tuples(
        st.integers(min_value=0),
        st.sampled_from(
            [b"\x00", b"\xff", b"\xef\xbb\xbf", b"\r\n", b"\r", b"---\n", b"\n---", b": ", b"!!"]
        )
        | st.binary(max_size=4),
    ),
    max_size=4,
)


@given(FRONT_FIELDS, bodies, mutations, st.booleans())
def test_random_article_files_flow_through_reader_checker_and_every_writer(
    tmp_path_factory, fields, body, spliced, as_jsonl
):
    import json

    from claimcheck.input.articles import InputProblem, read_articles
    from claimcheck.report.html import article_html

    folder = tmp_path_factory.mktemp("files")
    if as_jsonl:
        record = {**fields, "body": body}
        data = (json.dumps(record) + "\n").encode()
        for position, junk in spliced:
            at = position % (len(data) + 1)
            data = data[:at] + junk + data[at:]
        path = folder / "wire.jsonl"
    else:
        data = article_file_bytes(fields, body, spliced)
        path = folder / "story.md"
    path.write_bytes(data)
    checker = Checker()
    for record in read_articles([path]):
        if isinstance(record, InputProblem):
            assert record.path == str(path) and record.message
            continue
        result = checker.check_article(record)
        assert_every_sentence_read(result)
        for claim in result.claims:
            assert record.body[claim.start : claim.end] == claim.text
        article_markdown(result)
        article_json(result)
        article_html(result)
        for render in RENDERERS.values():
            render(list(result.findings), 1)


@given(bodies)
def test_normalizing_an_extracted_claim_twice_gives_the_same_value(body):
    from claimcheck.extract.units import to_base

    when = datetime(2022, 12, 20, tzinfo=UTC)
    for claim in extract_claims(article(body, when)):
        if claim.normalized_value is None or not claim.normalized_unit:
            continue
        again_value, again_unit = to_base(claim.normalized_value, claim.normalized_unit)
        assert again_unit == claim.normalized_unit
        assert again_value == pytest.approx(claim.normalized_value, rel=1e-12, abs=1e-12)
