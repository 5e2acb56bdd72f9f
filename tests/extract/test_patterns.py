"""Tests for claimcheck.extract.patterns: stored compiled patterns behave as re.compile's."""

import marshal
import re

import pytest

from claimcheck.extract import patterns

SAMPLES = [
    (r"(?P<amount>\d+(?:\.\d+)?)\s*(?P<unit>km|miles?)\b", 0),
    (r"\b(?:one|two|three)\b", re.I),
    (r"(?m)^[ \t]*(\d{1,2})[.:](\d\d)(?=\s)", 0),
    (
        r"""
        (?P<day>\d{1,2}) \s+ (?P<month>May|June)   # a day and a month
        """,
        re.VERBOSE | re.IGNORECASE,
    ),
]
TEXTS = [
    "The road runs 12 km, then 3.5 miles; ONE or two cyclists.",
    "08.15 Polls open\n 9:30 later, on 4 june and 12 May.",
    "",
]


@pytest.mark.parametrize(("source", "flags"), SAMPLES)
def test_a_pattern_from_its_stored_code_matches_as_re_compile_does(source, flags, monkeypatch):
    expected = re.compile(source, flags)
    monkeypatch.setattr(patterns, "_stored", {})
    patterns.compile_pattern(source, flags)  # compiled the ordinary way, code kept
    assert (source, int(flags)) in patterns._stored
    stored = patterns.compile_pattern(source, flags)  # from the kept code
    assert (stored.pattern, stored.flags, stored.groupindex, stored.groups) == (
        expected.pattern,
        expected.flags,
        expected.groupindex,
        expected.groups,
    )
    for text in TEXTS:
        got = [(m.span(), m.groupdict(), m.groups()) for m in stored.finditer(text)]
        want = [(m.span(), m.groupdict(), m.groups()) for m in expected.finditer(text)]
        assert got == want


def test_stored_patterns_are_read_back_from_the_file(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterns, "_stored", {})
    patterns.compile_pattern(r"\d+ pct", 0)
    patterns._save(path, always=True)
    entries = patterns._load(path)
    assert set(entries) == {(r"\d+ pct", 0)}
    assert not list(tmp_path.glob(".patterns.*"))  # no temporary file left behind


def test_a_file_written_by_another_python_or_damaged_is_ignored(tmp_path):
    other = tmp_path / "other.marshal"
    other.write_bytes(marshal.dumps((("2.7.18", 0, 4, 0, 0), {("x", 0): (0, b"", 0, {}, ())})))
    assert patterns._load(other) == {}
    damaged = tmp_path / "damaged.marshal"
    damaged.write_bytes(b"\x00\x01 not marshal")
    assert patterns._load(damaged) == {}
    assert patterns._load(tmp_path / "missing.marshal") == {}


def test_nothing_is_written_when_python_writes_no_bytecode(tmp_path, monkeypatch):
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(patterns, "_added", True)
    monkeypatch.setattr(patterns.sys, "dont_write_bytecode", True)
    patterns._save(path)
    assert not path.exists()


def test_an_engine_without_the_expected_private_interface_compiles_the_ordinary_way(monkeypatch):
    class EngineWithoutCodeAssembler:
        pass

    monkeypatch.setattr(patterns, "_compiler", EngineWithoutCodeAssembler())
    monkeypatch.setattr(patterns, "_stored", {})
    source, flags = SAMPLES[0]
    compiled = patterns.compile_pattern(source, flags)
    assert compiled.pattern == source
    assert compiled.search(TEXTS[0]).group("unit") == "km"
    assert patterns._stored == {}
