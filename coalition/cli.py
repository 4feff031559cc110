"""The command line: the window by default, and headless sub-commands for scripts and tests.

A failure prints one line on standard error, naming what went wrong, and exits non-zero;
no traceback reaches the person at the terminal.
"""

from __future__ import annotations

import argparse
import ctypes.util
import os
import sys
from collections.abc import Callable, Sequence

from coalition import APP_NAME, __version__
from coalition.errors import CoalitionError
from coalition.paths import DB_ENV, default_database

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coalition",
        description="Keep a coalition's allies, endorsements, calls and shared messaging in one place.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=f"the database file or URL (default: ${DB_ENV}, else the file in your data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("gui", help="open the window (the default)")
    sub.add_parser("demo", help="fill an empty database with the sample coalition")
    search = sub.add_parser("search", help="print what matches TEXT, one a line, with its kind")
    search.add_argument("text", nargs="+")
    imp = sub.add_parser("import-csv", help="import people or organizations from a CSV file (all or nothing)")
    imp.add_argument("--kind", choices=("people", "organizations"), required=True)
    imp.add_argument("file")
    exp = sub.add_parser("export-csv", help="write people or organizations to a CSV file")
    exp.add_argument("--kind", choices=("people", "organizations"), required=True)
    exp.add_argument("--out", required=True, metavar="FILE")
    return parser


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from coalition.store import open_database

    return open_database(args.db or default_database())


def cmd_demo(args: argparse.Namespace) -> int:
    from coalition import sample

    db = _open(args)
    with db.session() as session:
        summary = sample.load_sample(session)
    print(f"Loaded the sample coalition into {db.describe()}: {summary}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from coalition.search import KIND_LABELS, search

    db = _open(args)
    with db.reading() as session:
        hits = search(session, " ".join(args.text), limit=200)
    for hit in hits:
        print(f"{KIND_LABELS[hit.kind].lower()}\t{hit.title}")
    return 0 if hits else EXIT_ERROR


def cmd_import_csv(args: argparse.Namespace) -> int:
    from coalition import importers

    db = _open(args)
    with db.session() as session:
        report = importers.import_file(session, args.file, args.kind)
    for line in report.lines():
        print(line)
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from coalition import importers

    db = _open(args)
    with db.reading() as session:
        count = importers.export_csv(session, args.kind, args.out)
    print(f"Wrote {count} {args.kind} to {args.out} (this file is not encrypted)")
    return 0


# The X11 libraries Qt's xcb platform plugin loads that desktop installs sometimes lack,
# with the Debian/Ubuntu package of each.  Without them Qt aborts with a cryptic note.
_XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xcb-xkb": "libxcb-xkb1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def _missing_display_libraries() -> str | None:
    """What to install before the window can open on X11, or None when nothing is missing."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if not os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    missing = [pkg for lib, pkg in _XCB_LIBRARIES.items() if ctypes.util.find_library(lib) is None]
    if not missing:
        return None
    return (
        "the window needs system libraries that are not installed "
        f"(Debian/Ubuntu: sudo apt install {' '.join(missing)})"
    )


def cmd_gui(args: argparse.Namespace) -> int:
    missing = _missing_display_libraries()
    if missing:
        raise CoalitionError(missing)
    from coalition.ui.app import run_gui

    return run_gui(args.db or default_database())


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "search": cmd_search,
    "import-csv": cmd_import_csv,
    "export-csv": cmd_export_csv,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except CoalitionError as exc:
        print(f"coalition: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("coalition: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:
        print(f"coalition: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a fault of ours: still one line, the details on request
        if os.environ.get("COALITION_DEBUG"):
            raise
        print(
            f"coalition: internal error ({type(exc).__name__}: {exc}); "
            "run again with COALITION_DEBUG=1 for the details, and please report it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
