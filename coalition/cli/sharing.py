"""Sharing agreements: one organization lets another read its private records, or stops."""

from __future__ import annotations

import argparse

from coalition.cli.shared import Command, UsageError, open_db
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    share = sub.add_parser(
        "share",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "let one organization's organizers read another's private records (or --stop)",
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "The organization named with --from lets the organizers of the one named with "
                "--to read its private people, e-mails and phones, until it stops. Only the "
                "organizers of --from or a coordinator may. Organizations by name or id.",
            )
        ),
    )
    share.add_argument(
        "--from",
        dest="from_org",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who shares"),
    )
    share.add_argument(
        "--to",
        dest="to_org",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who may read"),
    )
    share.add_argument(
        "--note",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TEXT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "why, or until when"),
    )
    share.add_argument(
        "--stop",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "stop sharing: the records leave the other group's laptops at their next sync",
        ),
    )
    sub.add_parser(
        "shares",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "print the sharing agreements: from, to, since, granted by, and whether stopped",
        ),
    )


def cmd_share(args: argparse.Namespace) -> int:
    from coalition.directory import sharing
    from coalition.store.ownership import NotPermittedError

    if args.stop and args.note:
        raise UsageError(QT_TRANSLATE_NOOP("CommandLine", "--stop takes no --note"))
    db = open_db(args, writes=True)
    with db.session() as session:
        giver = sharing.find_organization(session, args.from_org)
        taker = sharing.find_organization(session, args.to_org)
        refusal = sharing.why_not_share(session, giver.id)
        if refusal is not None:
            raise NotPermittedError(refusal)
        if args.stop:
            row = sharing.current(session, giver.id, taker.id)
            if row is None:
                raise UsageError(
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "{name} does not share its private records with {taker_name}"
                    ).format(name=giver.name, taker_name=taker.name)
                )
            sharing.revoke(session, row.id)
            print(
                translate(
                    "CommandLine", "{name} no longer shares its private records with {taker_name}"
                ).format(name=giver.name, taker_name=taker.name)
            )
        else:
            sharing.grant(session, giver.id, taker.id, args.note)
            print(
                translate(
                    "CommandLine", "{name}'s organizers may now read {giver_name}'s private records"
                ).format(name=taker.name, giver_name=giver.name)
            )
    return 0


def _day(moment: object) -> str:
    return moment.date().isoformat() if hasattr(moment, "date") else ""


def cmd_shares(args: argparse.Namespace) -> int:
    from coalition.directory import sharing

    db = open_db(args)
    with db.reading() as session:
        rows = sharing.agreements(session, include_revoked=True)
    if not rows:
        print(translate("CommandLine", "No organization shares its private records with another."))
        return 0
    print(translate("CommandLine", "from\tto\tsince\tgranted by\tstopped"))
    for row in rows:
        stopped = "no"
        if row.revoked:
            stopped = f"{_day(row.revoked_at)} by {row.revoked_by or 'someone'}".strip()
        print(
            f"{row.from_org}\t{row.to_org}\t{_day(row.since)}\t{row.granted_by or '—'}\t{stopped}"
        )
    return 0


COMMANDS: dict[str, Command] = {"share": cmd_share, "shares": cmd_shares}
