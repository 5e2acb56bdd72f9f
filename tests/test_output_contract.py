"""The output contract: real outputs validate against the shipped JSON Schemas, each carries
its schema version, and the documented CSV and parquet columns are the columns written."""

from __future__ import annotations

import csv
import json
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from claimcheck.cli.main import main
from claimcheck.schemas import SCHEMA_VERSION, SCHEMAS, load_schema

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def validator(name: str):
    schema = load_schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def valid(name: str, document) -> None:
    errors = sorted(validator(name).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def run_cli(capsys, *args):
    code = main([str(a) for a in args])
    return code, capsys.readouterr().out


def test_check_json_validates(capsys, tmp_path):
    for paths in ([EXAMPLES], [FIXTURES]):
        _, out = run_cli(
            capsys, "check", *paths, "--format", "json", "--no-config", "--rules", ROOT / "rules"
        )
        document = json.loads(out)
        assert document["schema_version"] == SCHEMA_VERSION
        valid("check", document)
        assert document["findings"]
    # With suppressions and a baseline, the optional parts appear too.
    baseline = tmp_path / "baseline.json"
    baseline.write_text(out)
    _, out = run_cli(
        capsys, "check", FIXTURES, "--format", "json", "--no-config", "--baseline", baseline
    )
    document = json.loads(out)
    valid("check", document)
    assert document["baseline"] and document["suppressed"]["baseline"] > 0


def test_extract_json_and_jsonl_validate(capsys):
    _, out = run_cli(capsys, "extract", EXAMPLES)
    claims = json.loads(out)
    valid("extract", claims)
    assert claims and all(claim["schema_version"] == SCHEMA_VERSION for claim in claims)
    _, out = run_cli(capsys, "extract", EXAMPLES, "--format", "jsonl")
    lines = [json.loads(line) for line in out.splitlines()]
    valid("extract", lines)
    assert len(lines) == len(claims)


def test_a_schema_refuses_what_breaks_the_contract(capsys):
    _, out = run_cli(capsys, "check", EXAMPLES, "--format", "json", "--no-config")
    document = json.loads(out)
    document["findings"][0]["severity"] = "fatal"
    assert not validator("check").is_valid(document)
    del document["findings"][0]["severity"]
    assert not validator("check").is_valid(document)


@pytest.fixture(scope="module")
def run_outputs(tmp_path_factory):
    """A real run (the flow's steps without Prefect) over the examples and the fixtures."""
    from claimcheck.run.runner import check_run, finish_run, prepare_run
    from claimcheck.run.workers import check_chunk_placed

    folder = tmp_path_factory.mktemp("run")
    inbox = folder / "inbox"
    shutil.copytree(EXAMPLES, inbox)
    for name in ("weekday-slip.md", "mixed.jsonl"):
        shutil.copy(FIXTURES / name, inbox)
    # Two reports of one figure that disagree (the paper's figure against the one officials
    # gave): the ordered comparison's finding and history.
    for day, value, said in ((3, "4.2", ", officials said"), (5, "5.6", "")):
        (inbox / f"deficit-{day}.md").write_text(
            f"---\nid: deficit-{day}\ntitle: Deficit\nsource: Wire\n"
            f"published: 2025-03-0{day}T12:00:00Z\n---\n"
            f"Ruritania's trade deficit was {value} billion dlrs in 2024{said}.\n"
        )
    run = prepare_run(
        str(folder / "reports"),
        rules_dir=str(ROOT / "rules"),
        ledger_path=str(folder / "l.sqlite"),
        workers=1,
    )
    with ThreadPoolExecutor(2) as threads:

        def submit(chunk, placement):
            return threads.submit(
                check_chunk_placed, chunk, run.settings, run.rules_key, placement.mode, 1
            )

        checked = check_run(run, [str(inbox)], submit, chunk_size=3)
    return Path(finish_run(run, checked).summary["reports_dir"])


def test_summary_and_article_json_validate(run_outputs):
    summary = json.loads((run_outputs / "summary.json").read_text())
    assert summary["schema_version"] == SCHEMA_VERSION
    valid("summary", summary)
    pages = sorted((run_outputs / "articles").glob("*.json"))
    assert len(pages) >= 8
    for page in pages:
        document = json.loads(page.read_text())
        assert document["schema_version"] == SCHEMA_VERSION
        valid("article", document)


def test_a_comparison_with_earlier_articles_is_in_every_output(run_outputs):
    later = json.loads((run_outputs / "articles" / "deficit-5.json").read_text())
    valid("article", later)
    [finding] = [f for f in later["findings"] if f["rule"] == "CC201"]
    assert finding["evidence"]["relation"] == "contradiction"
    assert [e["article_id"] for e in finding["evidence"]["earlier"]] == ["deficit-3"]
    [history] = later["history"]
    assert [(e["article_id"], e["relation"]) for e in history["earlier"]] == [
        ("deficit-3", "contradiction")
    ]
    pyarrow = pytest.importorskip("pyarrow.parquet")
    rows = pyarrow.read_table(run_outputs / "findings.parquet").to_pylist()
    [row] = [row for row in rows if row["rule"] == "CC201" and row["article_id"] == "deficit-5"]
    assert json.loads(row["evidence"])["relation"] == "contradiction"
    claims = pyarrow.read_table(run_outputs / "claims.parquet").to_pylist()
    assert {"deficit-3", "deficit-5"} <= {row["article_id"] for row in claims}


def test_shared_definitions_are_the_same_in_every_schema():
    seen: dict[str, tuple[str, dict]] = {}
    for name in SCHEMAS:
        for key, definition in load_schema(name).get("$defs", {}).items():
            if key in seen:
                assert definition == seen[key][1], (
                    f"$defs/{key} differs in {name} and {seen[key][0]}"
                )
            seen[key] = (name, definition)
    assert {"claim", "finding", "counts"} <= set(seen)


def documented_columns(heading: str) -> list[str]:
    """The column names listed (as `name` in the first cell) under a heading of docs/output.md."""
    text = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")
    section = text.split(f"### {heading}\n", 1)[1].split("\n#", 1)[0]
    return re.findall(r"^\| `([a-z_]+)` \|", section, flags=re.MULTILINE)


def test_findings_csv_columns_are_documented(run_outputs):
    with (run_outputs / "findings.csv").open(newline="", encoding="utf-8") as handle:
        header = next(csv.reader(handle))
    assert header == documented_columns("findings.csv")


def test_parquet_columns_are_documented(run_outputs):
    pyarrow = pytest.importorskip("pyarrow.parquet")
    for name in ("claims.parquet", "findings.parquet"):
        columns = pyarrow.read_schema(run_outputs / name).names
        assert columns == documented_columns(name), name


def test_the_schemas_ship_with_the_package():
    data = (ROOT / "pyproject.toml").read_text()
    assert '"claimcheck.schemas" = ["*.schema.json"]' in data
    for name in SCHEMAS:
        assert (ROOT / "src" / "claimcheck" / "schemas" / f"{name}.schema.json").is_file()
