"""Mutation testing of the core modules (``make mutation``): how much of each module's
behaviour its tests would notice if it changed.

mutmut changes one thing at a time in a module (a ``<`` into ``<=``, a string into
another, a call left out) and runs the tests that reach the changed function; a change
no test fails on "survives".  Each module is run on its own, against the test files
that are about it, in a folder of its own under ``build/mutation/`` (mutmut reads its
settings from the ``pyproject.toml`` of the folder it runs in), and its score is printed:
the share of the changes that some test caught.

    python mutation/run.py                 # every module
    python mutation/run.py calls csvread   # some of them, by name
    python mutation/run.py --survivors calls   # also list what survived

Test files are found by name anywhere under ``tests/``, so that moving them into
per-area folders changes nothing here.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutation"

# module -> the test files that are about it (by file name).
MODULES: dict[str, tuple[str, tuple[str, ...]]] = {
    "validation": ("coalition/common/validation.py", ("test_validation_gaps.py", "test_directory.py")),
    "changes": (
        "coalition/store/changes.py",
        ("test_undo_audit.py", "test_history_gaps.py", "test_changes_gaps.py", "test_store.py"),
    ),
    "calls": ("coalition/calls/series.py", ("test_calls.py", "test_calls_gaps.py", "test_meetings.py")),
    "csvread": ("coalition/directory/csvread.py", ("test_csvread.py", "test_csv_gaps.py", "test_importers.py")),
}

# mutmut's exit codes of a mutant's test run (mutmut/stats.py).
KILLED = {1, 3}
TIMEOUT = {-24, 24, 36, 152, 255}
SURVIVED = {0}
NO_TESTS = {5, 33}


def _test_files(names: tuple[str, ...]) -> list[str]:
    found = []
    for name in names:
        paths = sorted((ROOT / "tests").rglob(name))
        found += [str(p.relative_to(ROOT)) for p in paths if "node_modules" not in p.parts]
    return found


def _toml_list(values: list[str]) -> str:
    return "[" + ", ".join(json.dumps(v) for v in values) + "]"


def _prepare(name: str) -> Path:
    """A folder with the sources and tests (links to this tree's) and mutmut's settings."""
    module, tests = MODULES[name]
    folder = WORK / name
    folder.mkdir(parents=True, exist_ok=True)
    for part in ("coalition", "tests"):
        link = folder / part
        if not link.is_symlink():
            link.symlink_to(ROOT / part, target_is_directory=True)
    files = _test_files(tests)
    if not files:
        raise SystemExit(f"no test file for {module}: looked for {', '.join(tests)} under tests/")
    (folder / "pyproject.toml").write_text(
        "[tool.pytest.ini_options]\n"
        'qt_api = "pyside6"\n'
        "timeout = 300\n"
        "\n[tool.mutmut]\n"
        'source_paths = ["coalition"]\n'
        f"only_mutate = {_toml_list([module])}\n"
        'pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]\n'
        f"pytest_add_cli_args_test_selection = {_toml_list(files)}\n",
        encoding="utf-8",
    )
    return folder


def _statuses(folder: Path, module: str) -> dict[str, int | None]:
    meta = folder / "mutants" / (module + ".meta")
    data = json.loads(meta.read_text(encoding="utf-8"))
    return dict(data.get("exit_code_by_key", {}))


def _score(codes: dict[str, int | None]) -> tuple[int, int, int, int]:
    killed = sum(1 for c in codes.values() if c in KILLED or c in TIMEOUT)
    survived = sum(1 for c in codes.values() if c in SURVIVED)
    untested = sum(1 for c in codes.values() if c in NO_TESTS)
    return killed, survived, untested, len(codes)


def run(name: str, *, fresh: bool, show_survivors: bool) -> tuple[int, int, int, int]:
    module, _tests = MODULES[name]
    folder = _prepare(name)
    if fresh:
        shutil.rmtree(folder / "mutants", ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    print(f"== {module}", flush=True)
    done = subprocess.run(
        [sys.executable, "-m", "mutmut", "run", "--max-children", str(os.cpu_count() or 2)],
        cwd=folder, env=env, stdout=subprocess.DEVNULL, check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"mutmut failed on {module} (exit {done.returncode}); run it in {folder} to see why")
    codes = _statuses(folder, module)
    if show_survivors:
        for key, code in sorted(codes.items()):
            if code in SURVIVED or code in NO_TESTS:
                print(f"   {'survived' if code in SURVIVED else 'no tests'}: {key}")
    return _score(codes)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("modules", nargs="*", help=f"some of {', '.join(MODULES)}; all when none")
    parser.add_argument("--fresh", action="store_true", help="forget the results of an earlier run")
    parser.add_argument("--survivors", action="store_true", help="list the mutants no test caught")
    args = parser.parse_args(argv)
    unknown = [m for m in args.modules if m not in MODULES]
    if unknown:
        parser.error(f"unknown module {', '.join(unknown)}: choose among {', '.join(MODULES)}")
    scores = {}
    for name in args.modules or list(MODULES):
        scores[MODULES[name][0]] = run(name, fresh=args.fresh, show_survivors=args.survivors)
    print(f"\n{'module':32} {'killed':>7} {'survived':>9} {'no tests':>9} {'score':>7}")
    for module, (killed, survived, untested, total) in scores.items():
        tested = killed + survived + untested
        score = f"{100 * killed / tested:.1f}%" if tested else "-"
        print(f"{module:32} {killed:7} {survived:9} {untested:9} {score:>7}   ({total} mutants)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
