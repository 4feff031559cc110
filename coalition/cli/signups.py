"""Sign-ups on the command line: a group's list of the people who consented to it."""

from __future__ import annotations

import argparse

from coalition.cli.shared import Command, open_db
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exp = sub.add_parser(
        "export-consented",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "write the people who consented to an organization to a CSV file (nobody else)",
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Write to FILE the people who ticked ORGANIZATION's consent box (and have not "
                "withdrawn), with the consent's date and wording; nobody else.",
            )
        ),
    )
    exp.add_argument(
        "--organization",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "its name or id"),
    )
    exp.add_argument("file", metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"))


def cmd_export_consented(args: argparse.Namespace) -> int:
    from coalition.events.consents import export_consented, find_organization

    db = open_db(args)
    with db.reading() as session:
        org = find_organization(session, args.organization)
        count = export_consented(session, org.id, args.file)
    wrote = (
        translate(
            "CommandLine",
            "Wrote 1 person who consented to {organization} to {path} (not encrypted)",
        )
        if count == 1
        else translate(
            "CommandLine",
            "Wrote {count} people who consented to {organization} to {path} (not encrypted)",
        )
    )
    print(wrote.format(count=count, organization=org.name, path=args.file))
    return 0


COMMANDS: dict[str, Command] = {"export-consented": cmd_export_consented}
