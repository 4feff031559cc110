"""Allies in and out: searching, and people or organizations from and to CSV files."""

from __future__ import annotations

import argparse
import sys

from coalition.cli.shared import EXIT_ERROR, Command, UsageError, open_db
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    search = sub.add_parser(
        "search",
        help=QT_TRANSLATE_NOOP("CommandLine", "print what matches TEXT, one a line, with its kind"),
    )
    search.add_argument("text", nargs="+", metavar=QT_TRANSLATE_NOOP("CommandLine", "text"))
    imp = sub.add_parser(
        "import-csv",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "import people, organizations, or an event's sign-ups from a CSV file (all or nothing)",
        ),
    )
    imp.add_argument("--kind", choices=("people", "organizations", "signups"), required=True)
    imp.add_argument(
        "--event",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "EVENT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the event the sign-ups were at (its id or name)"),
    )
    imp.add_argument("file", metavar=QT_TRANSLATE_NOOP("CommandLine", "file"))
    exp = sub.add_parser(
        "export-csv",
        help=QT_TRANSLATE_NOOP("CommandLine", "write people or organizations to a CSV file"),
    )
    exp.add_argument("--kind", choices=("people", "organizations"), required=True)
    exp.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"))


def cmd_search(args: argparse.Namespace) -> int:
    from coalition.search.query import KIND_LABELS, MAX_WORDS, is_cut, search

    text = " ".join(args.text)
    if is_cut(text):
        print(
            translate(
                "CommandLine", "coalition: only the first {MAX_WORDS} words are searched"
            ).format(MAX_WORDS=MAX_WORDS),
            file=sys.stderr,
        )
    db = open_db(args)
    with db.reading() as session:
        hits = search(session, text, limit=200)
    for hit in hits:
        print(f"{shown(KIND_LABELS[hit.kind]).lower()}\t{hit.title}")
    return 0 if hits else EXIT_ERROR


def cmd_import_csv(args: argparse.Namespace) -> int:
    from coalition.directory import importers

    if args.kind == "signups":
        return _import_signups(args)
    if args.event:
        raise UsageError("--event goes with --kind signups only")
    db = open_db(args, writes=True)
    with db.session() as session:
        report = importers.import_file(session, args.file, args.kind)
    for line in report.lines():
        print(line)
    return 0


def _import_signups(args: argparse.Namespace) -> int:
    from coalition.events.signup_import import find_event, import_signups

    if not args.event:
        raise UsageError("--kind signups needs --event EVENT: the event the sheet is from")
    db = open_db(args, writes=True)

    def progress(done: int, total: int) -> None:
        print(
            translate("CommandLine", "{done} of {total} sign-ups").format(done=done, total=total),
            file=sys.stderr,
        )

    with db.session() as session:
        event_id = find_event(session, args.event)
        report = import_signups(session, event_id, args.file, progress=progress)
    for line in report.lines():
        print(shown(line))
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from coalition.directory import importers_export

    db = open_db(args)
    with db.reading() as session:
        count = importers_export.export_csv(session, args.kind, args.out)
    sentences = {
        ("people", True): QT_TRANSLATE_NOOP(
            "CommandLine", "Wrote 1 person to {out} (this file is not encrypted)"
        ),
        ("people", False): QT_TRANSLATE_NOOP(
            "CommandLine", "Wrote {count} people to {out} (this file is not encrypted)"
        ),
        ("organizations", True): QT_TRANSLATE_NOOP(
            "CommandLine", "Wrote 1 organization to {out} (this file is not encrypted)"
        ),
        ("organizations", False): QT_TRANSLATE_NOOP(
            "CommandLine", "Wrote {count} organizations to {out} (this file is not encrypted)"
        ),
    }
    print(shown(sentences[args.kind, count == 1].format(count=count, out=args.out)))
    return 0


COMMANDS: dict[str, Command] = {
    "search": cmd_search,
    "import-csv": cmd_import_csv,
    "export-csv": cmd_export_csv,
}
