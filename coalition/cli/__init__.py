"""The command line: the window by default, and headless sub-commands for scripts and tests.

A failure prints one line on standard error, naming what went wrong, and exits non-zero;
no traceback reaches the person at the terminal.

The sub-commands are in one module per area (:mod:`.app`, :mod:`.profile`, :mod:`.directory`,
:mod:`.sharing`, :mod:`.calls`, :mod:`.publishing`, :mod:`.drafts`, :mod:`.decisions`,
:mod:`.goals`, :mod:`.events`, :mod:`.security`, :mod:`.sync`, :mod:`.server`), each adding
its own to the parser; what they share (opening the database with its key) is in :mod:`.shared`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from coalition import APP_NAME, __version__
from coalition.cli import (
    app,
    calls,
    decisions,
    directory,
    drafts,
    events,
    fieldwork,
    goals,
    language,
    mail,
    profile,
    publishing,
    replies,
    security,
    server,
    sharing,
    signups,
    sync,
)
from coalition.cli.shared import EXIT_ERROR, EXIT_USAGE, Command, CommandParser
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown, translate

__all__ = ["EXIT_ERROR", "EXIT_INTERNAL", "EXIT_PIPE", "EXIT_USAGE", "main"]

EXIT_INTERNAL = 70  # EX_SOFTWARE

# In the order `coalition --help` lists their commands.
_AREAS = (
    app,
    profile,
    directory,
    signups,
    sharing,
    calls,
    publishing,
    mail,
    replies,
    drafts,
    decisions,
    goals,
    events,
    fieldwork,
    security,
    sync,
    server,
)


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="coalition",
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Keep a coalition's allies, endorsements, calls and shared messaging in one place.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "PATH"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "the database file or URL (default: $COALITION_DB, else the file in your data folder)",
        ),
    )
    parser.add_argument(
        "--plain",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "create the file named with --db unencrypted (a new file is encrypted otherwise)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "COMMAND"))
    for area in _AREAS:
        area.add_parsers(sub)
    return parser


COMMANDS: dict[str | None, Command] = {None: app.cmd_gui}
for _area in _AREAS:
    COMMANDS.update(_area.COMMANDS)


EXIT_PIPE = 128 + 13  # what a shell reports for a program ended by SIGPIPE


def _reader_gone() -> int:
    """End quietly when whoever read the output stopped (``coalition search x | head -1``).

    Nothing is said: the reader is gone, and a "Broken pipe" on the terminal would be
    noise.  Standard output is pointed at /dev/null so that the interpreter's own flush
    at exit does not fail again and print a traceback.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real file behind stdout (a test's capture)
        pass
    return EXIT_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    # The language first: the help, the usage and argparse's own errors speak it too.
    language.install()
    try:
        args = _parser().parse_args(argv)
        from coalition.store import instance

        with instance.released_after():
            code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except BrokenPipeError:
        return _reader_gone()
    except CoalitionError as exc:
        print(
            translate("CommandLine", "coalition: {error}").format(error=shown(exc)), file=sys.stderr
        )
        return int(getattr(exc, "exit_code", EXIT_ERROR))
    except KeyboardInterrupt:
        print(translate("CommandLine", "coalition: interrupted"), file=sys.stderr)
        return 130
    except OSError as exc:
        print(
            f"coalition: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr
        )
        return EXIT_ERROR
    except Exception as exc:  # a fault of ours: still one line, the details on request
        if os.environ.get("COALITION_DEBUG"):
            raise
        print(
            translate(
                "CommandLine",
                "coalition: internal error ({kind}: {exc}); run again with "
                "COALITION_DEBUG=1 for the details, and please report it",
            ).format(kind=type(exc).__name__, exc=exc),
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    finally:
        language.uninstall()
