"""The shared messages written out, one Markdown file per variant."""

from __future__ import annotations

import argparse

from coalition.cli.shared import Command, folder_option, open_db
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    messages = sub.add_parser(
        "export-messages",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "write each variant of the shared drafts to a Markdown file, with its sign-off state",
        ),
    )
    messages.add_argument(
        "--out-dir",
        required=True,
        type=folder_option,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DIR"),
    )
    messages.add_argument(
        "--draft",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TITLE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "that draft alone"),
    )


def cmd_export_messages(args: argparse.Namespace) -> int:
    from coalition.drafts.export import export_messages

    db = open_db(args)
    with db.reading() as session:
        written = export_messages(session, args.out_dir, args.draft)
    if not written:
        which = f"the draft '{args.draft}' has" if args.draft else "the drafts have"
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "{which} no variant to export yet").format(which=which)
        )
    print(
        translate("CommandLine", "Wrote {count} message{value}:").format(
            count=len(written), value="" if len(written) == 1 else "s"
        )
    )
    for path in written:
        print(path)
    return 0


COMMANDS: dict[str, Command] = {
    "export-messages": cmd_export_messages,
}
