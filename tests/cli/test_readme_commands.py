"""The README's command summary says what `--help` says: every command, every option; and every
option's help describes it."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

from claimcheck import __version__
from claimcheck.cli.main import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def commands_in_help() -> dict[str, tuple[argparse.ArgumentParser, set[str]]]:
    """Every leaf command ("check", "ledger stats") with its parser and long options."""
    parser, _ = build_parser()
    found = {}

    def walk(current: argparse.ArgumentParser, words: list[str]) -> None:
        subparsers = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if subparsers:
            for name, child in subparsers[0].choices.items():
                walk(child, [*words, name])
            return
        options = {
            string
            for action in current._actions
            for string in action.option_strings
            if string.startswith("--") and string != "--help"
        }
        found[" ".join(words)] = (current, options)

    walk(parser, [])
    return found


def commands_in_readme() -> dict[str, set[str]]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    logical: list[str] = []
    for line in block.splitlines():
        if line.startswith("claimcheck"):
            logical.append(line)
        elif line.strip():
            logical[-1] += " " + line.strip()
    found: dict[str, set[str]] = {}
    for line in logical:
        words = line.split()[1:]
        if words[0].startswith("--"):
            found[""] = set(re.findall(r"--[a-z-]+", line))
            continue
        name = [words[0]] if words[0] not in ("ledger", "rules", "reports") else words[:2]
        options = set(re.findall(r"--[a-z][a-z-]*", line))
        for action in name[-1].split("|"):
            found[" ".join([*name[:-1], action])] = options
    return found


def test_readme_lists_every_command_with_every_option():
    in_help = commands_in_help()
    in_readme = commands_in_readme()
    assert set(in_readme) - {""} == set(in_help)
    for command, (_, options) in in_help.items():
        assert in_readme[command] == options, command
    assert in_readme[""] == {"--version"}


def test_every_option_is_described_and_says_its_default():
    for command, (parser, _) in commands_in_help().items():
        assert parser.description or command.startswith(("rules", "ledger")), command
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            assert action.help, f"{command}: {action.option_strings or action.dest} has no help"
        text = parser.format_help()
        for action in parser._actions:
            shown = action.default not in (None, False, argparse.SUPPRESS, [])
            if action.option_strings and shown and not isinstance(action, argparse._HelpAction):
                assert "default" in (action.help or "") or "(default:" in text, (command, action)


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli.main", "--version"], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.strip() == f"claimcheck {__version__}"


# How the docs state the default chunk size: "(`--chunk-size`, 400 articles)", "`--chunk-size N`
# articles per task, default 400", "the same chunk (400,", "chunk-size = 400" in a configuration
# example, "chunks of 400" in the run's outline.
STATED_CHUNK_SIZE = re.compile(
    r"--chunk-size(?:`, | N` articles per task, default )(\d[\d,]*)"
    r"|chunk \((\d[\d,]*)|chunk-size = (\d[\d,]*)|unchanged articles .*chunks of (\d[\d,]*)"
)


def test_the_docs_state_the_default_chunk_size():
    from claimcheck.run import DEFAULT_CHUNK_SIZE

    docs = [README, *sorted((README.parent / "docs").glob("*.md"))]
    stated = {
        (path.name, int(number.replace(",", "")))
        for path in docs
        for found in STATED_CHUNK_SIZE.finditer(path.read_text(encoding="utf-8"))
        for number in found.groups()
        if number
    }
    assert {name for name, _ in stated} >= {"failure.md", "scaling.md", "scheduling.md"}
    assert {size for _, size in stated} == {DEFAULT_CHUNK_SIZE}, stated
