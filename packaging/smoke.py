"""The built bundle, run headless: the checks a person would make after installing it.

    python packaging/smoke.py [--bundle PATH] [--venv-python PATH] [--runs N] [--enforce-goals]

It runs the program in dist/ (no Python of ours involved) on a fresh database in a
temporary folder: ``--version``; ``--db X --plain demo`` (the sample coalition);
``export-ics`` (a calendar, checked to be one); the window on Qt's offscreen platform,
which must open the database and quit with status 0, with its icon, and in Spanish where
the system speaks Spanish (names sorted and a time zone named by Qt's ICU, in Spanish and
in English: the Linux bundle carries its data cut to those); and an encrypted database on a
machine with no keyring (no D-Bus session), which must take the passphrase path.  Then it
prints the bundle's size on disk and how long the window takes to open, against the same
start from the virtual environment (``packaging/launch.py`` under the venv's Python),
both measured here, in turn, in the same run.

Exit status: 0 when every check passed; 1 when one failed; with ``--enforce-goals``, also
1 when the bundle is over 150 MB or starts slower than 1.5 times the venv.

Standard library only: it runs under any Python 3.9+, also where the bundle is to be
tried and there is no virtual environment (then ``--venv-python ''`` skips the comparison).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZE_GOAL_MB = 150.0
START_GOAL_RATIO = 1.5
EXIT_WHEN_OPEN = "COALITION_EXIT_WHEN_OPEN"  # packaging/launch.py
PATIENCE_S = 60
# packaging/launch.py's names, as the window sorts them: in Spanish ñ is a letter after n.
SPANISH_ORDER = "Ángela, Nunez, Nuñez, Núñez, Ñandú, Oscar"
ENGLISH_ORDER = "Ángela, Ñandú, Nunez, Nuñez, Núñez, Oscar"


def default_bundle() -> Path:
    if sys.platform == "darwin":
        return ROOT / "dist" / "Coalition.app" / "Contents" / "MacOS" / "coalition"
    name = "coalition.exe" if sys.platform == "win32" else "coalition"
    return ROOT / "dist" / "coalition" / name


def default_venv_python() -> Path:
    if sys.platform == "win32":
        return ROOT / ".venv" / "Scripts" / "python.exe"
    return ROOT / ".venv" / "bin" / "python"


def bundle_folder(program: Path) -> Path:
    """The folder that is shipped: the .app on macOS, the program's folder elsewhere."""
    for parent in program.parents:
        if parent.suffix == ".app":
            return parent
    return program.parent


def size_mb(folder: Path) -> float:
    """Bytes of every file under ``folder``, links counted as links (as unpacked)."""
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(dirpath, name)).st_size
    return total / 1e6


class Smoke:
    def __init__(self, program: Path, work: Path):
        self.program = program
        self.work = work
        self.failures: list[str] = []
        # A home of its own: the window's settings and the data folder stay out of yours.
        home = work / "home"
        home.mkdir()
        self.env = dict(os.environ)
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CACHE_HOME=str(home / ".cache"),
            QT_QPA_PLATFORM="offscreen",
        )
        self.env.pop("COALITION_DB", None)
        self.env.pop("COALITION_PASSPHRASE", None)

    def run(
        self, what: str, args: list[str], env: dict[str, str] | None = None, expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            [str(self.program), *args],
            cwd=self.work,
            env=env or self.env,
            capture_output=True,
            text=True,
            timeout=PATIENCE_S * 2,
            stdin=subprocess.DEVNULL,
        )
        ok = done.returncode == expect
        print(f"{'ok  ' if ok else 'FAIL'} {what} (status {done.returncode})")
        if not ok:
            self.failures.append(what)
            print(f"     stdout: {done.stdout.strip()}\n     stderr: {done.stderr.strip()}")
        return done

    def check(self, what: str, holds: bool, detail: str = "") -> None:
        print(f"{'ok  ' if holds else 'FAIL'} {what}")
        if not holds:
            self.failures.append(what)
            if detail:
                print(f"     {detail}")

    def all_checks(self) -> None:
        version = self.run("--version", ["--version"])
        self.check("it names itself", version.stdout.startswith("Coalition "), version.stdout)
        db = self.work / "sample.db"
        demo = self.run("opens the sample", ["--db", str(db), "--plain", "demo"])
        self.check("the sample is loaded", "organizations" in demo.stdout, demo.stdout)
        ics = self.work / "calls.ics"
        self.run("exports a calendar", ["--db", str(db), "export-ics", "--out", str(ics)])
        text = ics.read_bytes().decode("utf-8") if ics.exists() else ""  # CRLF kept
        self.check(
            "the calendar is one (VCALENDAR with events)",
            text.startswith("BEGIN:VCALENDAR\r\n") and "BEGIN:VEVENT" in text,
            text[:200],
        )
        window = self.run(
            "starts the window offscreen and quits", ["--db", str(db)], self.window_env()
        )
        self.check("…with its icon", "icon sizes: 16," in window.stdout, window.stdout.strip())
        self.spanish(db)
        self.no_keyring()

    def spanish(self, db: Path) -> None:
        """The window speaks Spanish where the system does: the catalogue and Qt's own
        travel in the bundle.  The system's language is read from LANG on Linux only."""
        catalogues = {p.name for p in bundle_folder(self.program).rglob("*_es.qm")}
        self.check(
            "the Spanish catalogues are in the bundle",
            {"coalition_es.qm", "qtbase_es.qm"} <= catalogues,
            f"found: {sorted(catalogues)}",
        )
        if not sys.platform.startswith("linux"):
            return
        spanish = {**self.window_env(), "LANG": "es_US.UTF-8", "LC_ALL": "es_US.UTF-8"}
        spanish.pop("LANGUAGE", None)
        window = self.run("starts the window in Spanish", ["--db", str(db)], spanish)
        self.check("…its menus in Spanish", "Archivo" in window.stdout, window.stdout.strip())
        self.icu(window.stdout, SPANISH_ORDER, "hora estándar del Pacífico")
        english = {**spanish, "LANG": "en_US.UTF-8", "LC_ALL": "en_US.UTF-8"}
        window = self.run("starts the window in English", ["--db", str(db)], english)
        self.check("…its menus in English", "File" in window.stdout, window.stdout.strip())
        self.icu(window.stdout, ENGLISH_ORDER, "Pacific Standard Time")

    def icu(self, shown: str, order: str, zone: str) -> None:
        """Qt's ICU, whose data the Linux bundle carries cut to what the window asks
        (packaging/linux/trim_icu.py): names sorted and a time zone named in the window's
        language (packaging/launch.py prints both)."""
        self.check(f"…names sorted as {order}", f"names sorted: {order}\n" in shown, shown)
        self.check(f"…the zone named {zone}", f"time zone: {zone}\n" in shown, shown)

    def window_env(self) -> dict[str, str]:
        return {**self.env, EXIT_WHEN_OPEN: str(PATIENCE_S)}

    def no_keyring(self) -> None:
        """No D-Bus session (Linux), or a keyring forced off: the passphrase path."""
        bare = {k: v for k, v in self.env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
        bare["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
        db = self.work / "locked.db"
        refused = self.run("no keyring, no passphrase: refused", ["--db", str(db), "demo"], bare, 1)
        self.check(
            "…saying to set a passphrase",
            "COALITION_PASSPHRASE" in refused.stderr,
            refused.stderr,
        )
        with_passphrase = {**bare, "COALITION_PASSPHRASE": "correct horse battery staple"}
        self.run(
            "no keyring: encrypted with the passphrase", ["--db", str(db), "demo"], with_passphrase
        )
        self.run(
            "…and opened with it",
            ["--db", str(db), "export-ics", "--out", str(self.work / "locked.ics")],
            with_passphrase,
        )


def time_window(command: list[str], env: dict[str, str], cwd: Path) -> float:
    """Seconds from starting ``command`` to its window having opened the database and quit."""
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, timeout=PATIENCE_S * 2)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr.decode()[-500:]}")
    return took


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bundle", type=Path, default=default_bundle(), help="the program")
    parser.add_argument(
        "--venv-python",
        default=str(default_venv_python()),
        help="the venv's Python to compare with ('' for none)",
    )
    parser.add_argument("--runs", type=int, default=5, help="window starts timed for each")
    parser.add_argument(
        "--enforce-goals",
        action="store_true",
        help="fail when the size or the start is over its goal",
    )
    args = parser.parse_args()
    program: Path = args.bundle
    if not program.exists():
        print(f"no bundle at {program}: build it first (make package)")
        return 1
    with tempfile.TemporaryDirectory(prefix="coalition-smoke-") as tmp:
        work = Path(tmp)
        smoke = Smoke(program, work)
        smoke.all_checks()
        over = report_figures(smoke, args, work)
    if smoke.failures:
        print(f"\n{len(smoke.failures)} check(s) failed: {', '.join(smoke.failures)}")
        return 1
    if over and args.enforce_goals:
        print(f"\nover its goal: {', '.join(over)}")
        return 1
    print("\nThe bundle works.")
    return 0


def report_figures(smoke: Smoke, args: argparse.Namespace, work: Path) -> list[str]:
    """Print the size and the start times; return the goals missed."""
    over: list[str] = []
    folder = bundle_folder(smoke.program)
    mb = size_mb(folder)
    print(f"\nBundle size: {mb:.1f} MB unpacked ({folder}); goal under {SIZE_GOAL_MB:.0f} MB")
    if mb >= SIZE_GOAL_MB:
        over.append(f"size {mb:.1f} MB")
    db = str(work / "sample.db")
    env = smoke.window_env()
    bundle_cmd = [str(smoke.program), "--db", db]
    venv = Path(args.venv_python) if args.venv_python else None
    venv_cmd = None
    if venv is not None and venv.exists():
        venv_cmd = [str(venv), str(ROOT / "packaging" / "launch.py"), "--db", db]
    bundle_times: list[float] = []
    venv_times: list[float] = []
    for _ in range(args.runs):  # in turn, so that both see the same machine
        bundle_times.append(time_window(bundle_cmd, env, work))
        if venv_cmd is not None:
            venv_times.append(time_window(venv_cmd, env, work))
    b = statistics.median(bundle_times)
    print(
        f"Window open, from start to the database shown (median of {args.runs}, "
        f"first {bundle_times[0]:.2f} s): bundle {b:.2f} s"
    )
    if venv_times:
        v = statistics.median(venv_times)
        ratio = b / v
        print(
            f"  venv {v:.2f} s (first {venv_times[0]:.2f} s): the bundle takes {ratio:.2f}× "
            f"the venv's; goal within {START_GOAL_RATIO}×"
        )
        if ratio > START_GOAL_RATIO:
            over.append(f"start {ratio:.2f}×")
    return over


if __name__ == "__main__":
    sys.exit(main())
