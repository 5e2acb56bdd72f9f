"""The generators' shared command line (tools/table_file.py): write a table, or check it."""

import importlib.util
from pathlib import Path

TOOL = Path(__file__).resolve().parents[1] / "tools" / "table_file.py"


def _write_or_check():
    spec = importlib.util.spec_from_file_location("table_file", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.write_or_check


def test_the_table_is_written_then_found_current(tmp_path, capsys):
    write_or_check = _write_or_check()
    table = tmp_path / "table.py"
    assert write_or_check(table, lambda: "ROWS = {}\n", "Make a table.", []) == 0
    assert table.read_text(encoding="utf-8") == "ROWS = {}\n"
    assert write_or_check(table, lambda: "ROWS = {}\n", "Make a table.", ["--check"]) == 0


def test_a_stale_table_fails_the_check_and_is_left_as_it_was(tmp_path, capsys):
    write_or_check = _write_or_check()
    table = tmp_path / "table.py"
    table.write_text("ROWS = {'old': 1}\n", encoding="utf-8")
    assert write_or_check(table, lambda: "ROWS = {}\n", "Make a table.", ["--check"]) == 1
    assert "out of date" in capsys.readouterr().out
    assert table.read_text(encoding="utf-8") == "ROWS = {'old': 1}\n"
