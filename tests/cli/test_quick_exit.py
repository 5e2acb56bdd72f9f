"""A command run as the process's entry point ends, after every exit handler, without the
interpreter's teardown; one that raised, or was called with its arguments, exits as usual."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import atexit, sys
    from claimcheck.cli.main import exit_without_teardown

    answered = [int(code) for code in sys.argv[1:]]
    atexit.register(exit_without_teardown, answered)
    atexit.register(print, "a later handler ran")


    class TornDown:
        def __del__(self):
            print("torn down")


    kept = TornDown()
    print("answered", end=" ", flush=False)
    """
)


def _run(*answered: str) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", SCRIPT, *answered]
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_an_answered_command_ends_after_the_handlers_without_teardown():
    done = _run("3")
    assert done.returncode == 3
    assert done.stdout.split("\n") == ["answered a later handler ran", ""]


def test_without_an_answer_the_process_exits_as_usual():
    done = _run()
    assert done.returncode == 0
    assert "torn down" in done.stdout
    assert "a later handler ran" in done.stdout


def test_check_as_the_entry_point_writes_its_whole_report_and_its_exit_code(capsys):
    """`check` ends without teardown too: the report on stdout is whole and the exit code is
    the command's (1: the draft has findings), as when `main` is called with arguments."""
    from pathlib import Path

    from claimcheck.cli.main import main

    draft = Path(__file__).parents[1] / "fixtures" / "articles" / "weekday-slip.md"
    arguments = ["check", str(draft), "--format", "json", "--no-config"]
    in_process = main(arguments)
    expected = capsys.readouterr().out
    done = subprocess.run(
        [sys.executable, "-m", "claimcheck.cli.main", *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert in_process == 1
    assert done.returncode == 1, done.stderr
    assert done.stdout == expected
    assert '"findings"' in expected
