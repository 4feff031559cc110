"""Answers to the call invitations: read them (read-replies, from the mailbox or a file)
and see who is coming to the next call (answers)."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import TYPE_CHECKING

from coalition.cli.shared import Command, ask, date_option, open_db
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.mail.replies import AnswerRow, ReplyOutcome

PASSWORD_ENV = "COALITION_MAIL_PASSWORD"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    read = sub.add_parser(
        "read-replies",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "read the answers to call invitations: new mail in the account's INBOX (IMAP; "
            "password from $COALITION_MAIL_PASSWORD, the keyring, or asked), or one .eml or "
            ".ics file",
        ),
    )
    read.add_argument(
        "--file",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "an .eml message or an .ics calendar"),
    )
    show = sub.add_parser(
        "answers",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "who accepted, declined or has not answered, for the next call of each series",
        ),
    )
    show.add_argument(
        "--series",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TITLE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "that call series alone"),
    )
    show.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("CommandLine", "the series' call of that date, not the next one"),
    )


def _password(session: Session) -> str:
    from coalition.mail.account import load_password
    from coalition.mail.errors import MailError
    from coalition.store.models import MailAccount

    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    account = session.get(MailAccount, "default")
    if account is None or not account.imap_host:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "no mailbox to read replies from: give the mail account its IMAP server first",
            )
        )
    user = account.username or account.from_address
    kept = load_password(session, account)  # the keyring, or sealed in the database
    if kept:
        return kept
    typed = ask(f"Password for {user} at {account.imap_host}: ")
    if not typed:
        raise MailError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "reading the mailbox needs {user}'s password: set ${PASSWORD_ENV}, "
                "or run this at a terminal to type it",
            ).format(user=user, PASSWORD_ENV=PASSWORD_ENV)
        )
    return typed


def _line(result: ReplyOutcome) -> str:
    who = f" ({result.sender})" if result.sender else ""
    return f"{result.outcome}{who}: {result.note}"


def _progress(done: int, total: int) -> None:
    if total and sys.stderr.isatty():
        print(
            "\r"
            + translate("CommandLine", "Reading the mailbox: {done} of {total}").format(
                done=done, total=total
            ),
            end="",
            file=sys.stderr,
            flush=True,
        )


def cmd_read_replies(args: argparse.Namespace) -> int:
    from coalition.mail import replies

    db = open_db(args, writes=True)
    with db.session() as session:
        if args.file:
            results = replies.read_file(session, args.file)
        else:
            results = replies.read_mailbox(session, _password(session), progress=_progress)
            if sys.stderr.isatty():
                print(file=sys.stderr)
    for result in results:
        print(_line(result))
    applied = sum(r.outcome == replies.APPLIED for r in results)
    left = sum(r.outcome not in (replies.APPLIED, replies.ALREADY_READ) for r in results)
    print(
        f"{len(results)} {'reply' if len(results) == 1 else 'replies'} read: {applied} applied"
        + (f", {left} not applied (listed above)" if left else "")
        + "."
    )
    return 0


def _answer_line(row: AnswerRow) -> str:
    line = f"  {row.partstat.label:<13} {row.name}"
    if row.email:
        line += f" <{row.email}>"
    if row.comment:
        line += f": {row.comment}"
    if row.counter:
        line += f" [proposes {row.counter}; not applied]"
    return line


def _calls_to_show(
    session: Session, title: str | None, day: dt.date | None
) -> list[tuple[str, str, dt.date, str]]:
    """(title, series id, date, when) of each series' call to show."""
    from coalition.calls import series as calls

    chosen = [s for s in calls.all_series(session) if title is None or s.title == title]
    if title is not None and not chosen:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "there is no call series titled '{title}'").format(
                title=title
            )
        )
    found = []
    for series in chosen:
        if day is not None:
            if not calls.is_rule_date(series, day):
                if title is not None:
                    raise CoalitionError(
                        QT_TRANSLATE_NOOP("CommandLine", "'{title}' has no call on {day}").format(
                            title=series.title, day=day.isoformat()
                        )
                    )
                continue
            start = calls.slot_start(series, day)
            found.append((series.title, series.id, day, f"{start:%Y-%m-%d %H:%M} UTC"))
            continue
        upcoming = calls.next_call(session, series.id)
        if upcoming is not None and upcoming.original_date is not None:
            local = upcoming.local_start()
            when = f"{local:%Y-%m-%d %H:%M} {upcoming.time_zone}"
            found.append((series.title, series.id, upcoming.original_date, when))
    return found


def cmd_answers(args: argparse.Namespace) -> int:
    from coalition.mail import replies

    day = date_option(args.date, "--date")
    db = open_db(args)
    with db.reading() as session:
        shown = _calls_to_show(session, args.series, day)
        if not shown:
            print(translate("CommandLine", "No call is coming."))
            return 0
        for title, series_id, date, when in shown:
            rows = replies.answers(session, series_id=series_id, day=date)
            print(f"{title}, {when}")
            for row in rows:
                print(_answer_line(row))
            if not rows:
                print(translate("CommandLine", "  (nobody is invited)"))
    return 0


COMMANDS: dict[str, Command] = {
    "read-replies": cmd_read_replies,
    "answers": cmd_answers,
}
