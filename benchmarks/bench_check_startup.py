"""Wall and CPU time of one `claimcheck check` process on a 1,000-word draft (target: <= 0.25 s).

    python benchmarks/bench_check_startup.py [--runs 10] [--format text]

Writes its own draft to a temporary directory, runs `claimcheck check` on it as a subprocess
`--runs` times and prints the best and the median wall time, and the CPU seconds (user +
system) of the same runs. The machine is shared, so the best run is the figure to compare, with
CPU seconds beside it as the figure that other processes do not inflate; run
`python -X importtime -m claimcheck.cli.main check DRAFT` to see where the time goes.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_SECONDS = 0.25

# Sentences of our own, with figures, dates and units for the extractors to chew on.
SENTENCES = (
    "The harbour authority said on Tuesday, March 12, 2024, that 1,250 containers were moved.",
    "Crews repaired about 3.5 miles (5.6 km) of sea wall after the winter storms.",
    "The council approved a budget of $14.2 million, up 6 percent from last year.",
    "Of the 480 dock workers, 310 voted for the new contract and 150 voted against it.",
    "Rainfall reached 42 millimetres in two hours, the most since 1998, officials said.",
    "A spokeswoman said the ferry would carry 600 passengers a day from next Monday.",
    "Fuel prices rose 3 cents to $1.89 a litre, the third increase in four weeks.",
    "The new terminal, which opened in 2019, covers 12 hectares near the old grain silos.",
    "Police said traffic on the bypass fell by about a third during the strike.",
    "Nearly 2,000 residents signed the petition, which was delivered on Friday.",
)
# The same news without physical units (counts, money, percentages and dates only): shows the
# cost of the pipeline when no unit needs pint.
PLAIN_SENTENCES = tuple(
    sentence
    for sentence in SENTENCES
    if not any(unit in sentence for unit in ("miles", "millimetres", "hectares", "litre"))
)


def write_draft(directory: Path, words: int = 1_000, sentences=SENTENCES) -> Path:
    paragraphs: list[str] = []
    count = 0
    index = 0
    while count < words:
        paragraph = " ".join(sentences[(index + k) % len(sentences)] for k in range(3))
        paragraphs.append(paragraph)
        count += len(paragraph.split())
        index += 3
    path = directory / "harbour-draft.md"
    front = "---\nid: harbour-draft\ntitle: Harbour draft\npublished: 2024-03-14T09:00:00Z\n---\n\n"
    path.write_text(front + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def bytecode_note() -> str:
    """Whether claimcheck's modules are compiled already: without their bytecode (a checkout
    run with PYTHONDONTWRITEBYTECODE set and never compiled) every run compiles the source
    again, 0.05-0.1 s of CPU; an installed wheel has it, `python -m compileall src` writes
    it."""
    import importlib.util

    spec = importlib.util.find_spec("claimcheck")
    if spec is None or not spec.submodule_search_locations:
        return "bytecode: unknown"
    sources = list(Path(next(iter(spec.submodule_search_locations))).rglob("*.py"))
    cached = sum(Path(importlib.util.cache_from_source(str(path))).exists() for path in sources)
    return f"bytecode: {cached} of {len(sources)} modules compiled"


def command() -> list[str]:
    script = Path(sys.executable).with_name("claimcheck")
    return [str(script)] if script.exists() else [sys.executable, "-m", "claimcheck.cli.main"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--format", default="text")
    parser.add_argument(
        "--plain", action="store_true", help="a draft without physical units (no pint needed)"
    )
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        draft = write_draft(Path(folder), sentences=PLAIN_SENTENCES if options.plain else SENTENCES)
        words = len(draft.read_text().split())
        argv = [*command(), "check", str(draft), "--format", options.format, "--no-config"]
        subprocess.run(argv, capture_output=True, cwd=folder)  # warm the file cache
        times, cpu = [], []
        for _ in range(options.runs):
            before = _children_cpu()
            began = time.perf_counter()
            completed = subprocess.run(argv, capture_output=True, cwd=folder)
            times.append(time.perf_counter() - began)
            cpu.append(_children_cpu() - before)
            if completed.returncode not in (0, 1):
                sys.exit(f"claimcheck failed: {completed.stderr.decode()}")
    best, median = min(times), statistics.median(times)
    verdict = "ok" if best <= TARGET_SECONDS else "TOO SLOW"
    kind = "without physical units" if options.plain else "with units and a conversion"
    print(f"draft: {words} words, {kind}; runs: {options.runs}; format: {options.format}")
    print(bytecode_note())
    print(f"claimcheck check: best {best:.3f} s, median {median:.3f} s "
          f"(target <= {TARGET_SECONDS} s: {verdict}); "
          f"CPU best {min(cpu):.3f} s, median {statistics.median(cpu):.3f} s")  # fmt: skip


if __name__ == "__main__":
    main()
