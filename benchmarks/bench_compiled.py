"""CPU seconds of `claimcheck extract` with the extractors compiled by mypyc against pure Python.

Copies `src/` twice into a temporary folder, compiles the extractor modules of one copy with
mypyc (`--modules`; mypy provides mypyc: `.venv/bin/pip install mypy`), then runs
`claimcheck extract FILE --format jsonl` on the first N Reuters bodies from each copy in
turn, `--runs` times, and prints the CPU seconds (user + system of the child) best and median,
the gain, the compile time, and whether the two copies wrote byte-identical claims. The
project does not ship the compiled build (benchmarks/README.md says why); this script is how
to measure it again. Exits cleanly when ../shared or mypyc is absent.

    .venv/bin/python benchmarks/bench_compiled.py [--bodies 1000] [--runs 5] [--modules ...]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_vs_quantulum import CORPUS, write_bodies

SRC = Path(__file__).resolve().parents[1] / "src"
DEFAULT_MODULES = ["quantities", "dates", "neighbours", "numbers", "clock"]
# What mypy reports on this code that does not change what the compiled code does (an
# Optional match used where the pattern always matches, a Literal given a str); mypyc still
# checks every annotated argument and variable at run time.
MYPY_OPTIONS = [
    "--ignore-missing-imports",
    *(
        f"--disable-error-code={code}"
        for code in ("union-attr", "index", "arg-type", "operator", "var-annotated", "valid-type")
    ),
]


def copy_source(folder: Path) -> Path:
    ignore = shutil.ignore_patterns("__pycache__", "*.so", "*.pyc")
    shutil.copytree(SRC, folder / "src", ignore=ignore)
    return folder / "src"


def cpu_of(argv: list[str], cwd: Path | None = None, pythonpath: Path | None = None):
    """(CPU seconds of the child, its standard output)."""
    env = {**os.environ, "PYTHONPATH": str(pythonpath)} if pythonpath else None
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"{argv[2]} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done.stdout


def compile_copy(src: Path, modules: list[str]) -> float:
    """Compile `modules` of claimcheck.extract in place under `src`; CPU seconds taken."""
    paths = [f"claimcheck/extract/{name}.py" for name in modules]
    cpu, _ = cpu_of([sys.executable, "-m", "mypyc", *MYPY_OPTIONS, *paths], cwd=src)
    return cpu


def run_extract(src: Path, bodies: Path) -> tuple[float, str]:
    argv = [sys.executable, "-m", "claimcheck.cli.main", "extract", str(bodies)]
    return cpu_of([*argv, "--format", "jsonl"], pythonpath=src)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bodies", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--modules", nargs="+", default=DEFAULT_MODULES)
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"skipped: {CORPUS} not found (the shared corpus is not on this machine)")
        return 0
    if importlib.util.find_spec("mypyc") is None:
        print("skipped: mypyc is not installed (pip install mypy into the venv)")
        return 0
    with tempfile.TemporaryDirectory() as folder:
        bodies = Path(folder) / "bodies.jsonl"
        count = write_bodies(bodies, args.bodies)
        pure = copy_source(Path(folder) / "pure")
        compiled = copy_source(Path(folder) / "compiled")
        compile_cpu = compile_copy(compiled, args.modules)
        cpus: dict[str, list[float]] = {"pure": [], "compiled": []}
        outputs: dict[str, str] = {}
        for _ in range(args.runs):
            for label, src in (("pure", pure), ("compiled", compiled)):
                cpu, out = run_extract(src, bodies)
                cpus[label].append(cpu)
                outputs.setdefault(label, out)
    print(f"{count:,} Reuters bodies, {args.runs} alternating runs each, {os.cpu_count()} CPUs")
    print(f"compiled with mypyc: {', '.join(args.modules)} ({compile_cpu:.1f} CPU s to compile)")
    for label, values in cpus.items():
        print(
            f"{label:<9} claimcheck extract CPU s best {min(values):5.2f}"
            f"  median {statistics.median(values):5.2f}"
        )
    gain = 1 - statistics.median(cpus["compiled"]) / statistics.median(cpus["pure"])
    print(f"gain: {gain:.0%} less CPU (medians)")
    same = outputs["pure"] == outputs["compiled"]
    print("claims byte-identical" if same else "claims DIFFER between the two builds")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
