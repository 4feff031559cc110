"""Mail from the command line: the account set up once (mail-setup), everything due sent
(send: invitations, updates, cancellations, agendas, minutes, digests), and the outbox
listed (outbox).  Each kind of a series' mail is previewed before its first send: in the
window, with ``send --preview``, or skipped knowingly with ``send --yes``."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from coalition.cli.shared import EXIT_ERROR, Command, ask, open_db
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.store.models import MailAccount

PASSWORD_ENV = "COALITION_MAIL_PASSWORD"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    setup = sub.add_parser(
        "mail-setup",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "set up the account mail is sent through (the password from "
            "$COALITION_MAIL_PASSWORD or asked at the terminal, kept in the keyring)",
        ),
    )
    setup.add_argument(
        "--smtp", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "HOST:PORT")
    )
    setup.add_argument("--security", choices=("starttls", "tls", "none"), default="starttls")
    setup.add_argument(
        "--from",
        dest="from_address",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ADDRESS"),
    )
    setup.add_argument(
        "--name",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the name mail is sent as"),
    )
    setup.add_argument(
        "--user",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "USER"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the login on the server"),
    )
    setup.add_argument(
        "--imap",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "HOST:PORT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "where replies are read"),
    )
    setup.add_argument("--imap-security", choices=("tls", "starttls", "none"), default="tls")
    setup.add_argument(
        "--test",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ADDRESS"),
        help=QT_TRANSLATE_NOOP("CommandLine", "send a test message to ADDRESS once set up"),
    )
    send = sub.add_parser(
        "send",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "send everything due (invitations, updates, cancellations, agendas, minutes, "
            "digests); run twice, the second sends nothing new",
        ),
    )
    send.add_argument(
        "--dry-run",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DIR"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "write each message as an .eml file into DIR instead"
        ),
    )
    send.add_argument(
        "--preview",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "print the messages that wait for a preview"),
    )
    send.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "send the kinds not previewed yet too (they count as previewed from now on)",
        ),
    )
    box = sub.add_parser(
        "outbox",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "list what waits to be sent, what went and what failed"
        ),
    )
    box.add_argument(
        "--status", choices=("queued", "sent", "failed", "refused", "cancelled"), default=None
    )


def _host_port(value: str, default_port: int, option: str) -> tuple[str, int]:
    host, _, port = value.strip().rpartition(":")
    if not host:
        return value.strip(), default_port
    if not port.isdigit():
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{option} {value}: the port after ':' is a number"
            ).format(option=option, value=value)
        )
    return host.strip("[]"), int(port)


def _password_for(session: Session, account: MailAccount) -> str | None:
    from coalition.mail.account import load_password

    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    return load_password(session, account)


def cmd_mail_setup(args: argparse.Namespace) -> int:
    from coalition.mail import account as accounts

    smtp_host, smtp_port = _host_port(args.smtp, 587, "--smtp")
    imap_host, imap_port = _host_port(args.imap, 993, "--imap") if args.imap else ("", 993)
    data = accounts.AccountInput(
        smtp_host=smtp_host,
        smtp_port=smtp_port,
        security=args.security,
        from_address=args.from_address,
        from_name=args.name,
        username=args.user,
        imap_host=imap_host,
        imap_port=imap_port,
        imap_security=args.imap_security,
    )
    password = ""
    if args.user:
        password = os.environ.get(PASSWORD_ENV) or ask(f"Password for {args.user}: ") or ""
        if not password:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "the login {user} needs a password: set ${PASSWORD_ENV}, or run this "
                    "at a terminal to type it",
                ).format(user=args.user, PASSWORD_ENV=PASSWORD_ENV)
            )
    db = open_db(args, writes=True)
    try:
        with db.session() as session:
            row = accounts.save_account(session, data)
            print(
                translate(
                    "CommandLine", "Mail goes out through {where} ({security}) as {from_address}."
                ).format(
                    where=accounts.where(row), security=row.security, from_address=row.from_address
                )
            )
            if password:
                print(accounts.store_password(session, row, password))
            if args.test:
                accounts.send_test(row, password or None, args.test)
                print(
                    translate("CommandLine", "Sent a test message to {test}.").format(
                        test=args.test
                    )
                )
    finally:
        db.close()
    return 0


def _print_previews(session: Session) -> None:
    from coalition.mail import outbox

    for need in outbox.previews_needed(session, samples=1_000_000):
        print(f"=== {need.sentence()}")
        for message in outbox.preview(session, need.series_id, need.kind):
            print(
                translate(
                    "CommandLine", "--- To: {recipient}\nSubject: {subject}\n\n{text}"
                ).format(recipient=message.recipient, subject=message.subject, text=message.text)
            )


def cmd_send(args: argparse.Namespace) -> int:
    from coalition.mail import outbox
    from coalition.mail.account import MailError, get_account
    from coalition.mail.send import send_due, write_dry_run

    db = open_db(args, writes=True)
    try:
        with db.session() as session:
            account = get_account(session)
            if account is None:
                raise MailError(
                    QT_TRANSLATE_NOOP(
                        "CommandLine", "mail is not set up yet: run coalition mail-setup first"
                    )
                )
            report = outbox.queue_due(session)
            for kind, count in sorted(report.counts.items()):
                print(
                    translate("CommandLine", "Queued {count} {kind} message{value}.").format(
                        count=count, kind=kind, value="" if count == 1 else "s"
                    )
                )
            for sentence in report.skipped:
                print(
                    translate("CommandLine", "Left out: {sentence}.").format(
                        sentence=shown(sentence)
                    )
                )
            if args.dry_run:
                files = write_dry_run(session, Path(args.dry_run))
                print(
                    translate(
                        "CommandLine", "Wrote {count} message{value} to {dry_run}; none was sent."
                    ).format(
                        count=len(files), value="" if len(files) == 1 else "s", dry_run=args.dry_run
                    )
                )
                return 0
            if args.preview:
                _print_previews(session)
                return 0
            needs = outbox.previews_needed(session)
            if needs and args.yes:
                for need in needs:
                    outbox.mark_previewed(session, need.series_id, need.kind)
                kinds = "; ".join(need.sentence() for need in needs)
                print(
                    translate(
                        "CommandLine",
                        "Sending without a preview (--yes), from now on too: {kinds}.",
                    ).format(kinds=kinds)
                )
            elif needs:
                kinds = "; ".join(need.sentence() for need in needs)
                print(
                    translate(
                        "CommandLine",
                        "Waiting for a first preview: {kinds}. Look at them in the window's "
                        "Outbox, or print them with `coalition send --preview`; `coalition "
                        "send --yes` sends them without.",
                    ).format(kinds=kinds)
                )
            sent = send_due(session, _password_for(session, account))
            pruned = outbox.prune(session)
    finally:
        db.close()
    print(
        translate("CommandLine", "Sent {sent} message{value}.").format(
            sent=sent.sent, value="" if sent.sent == 1 else "s"
        )
    )
    if sent.failed:
        print(
            translate(
                "CommandLine", "{failed} failed and wait in the outbox to be tried again."
            ).format(failed=sent.failed)
        )
    for sentence in sent.refused:
        print(sentence)
    if pruned:
        print(
            translate("CommandLine", "Forgot {pruned} message{value} sent long ago.").format(
                pruned=pruned, value="" if pruned == 1 else "s"
            )
        )
    for sentence in sent.errors:
        print(
            translate("CommandLine", "coalition: {sentence}").format(sentence=sentence),
            file=sys.stderr,
        )
    return EXIT_ERROR if sent.errors else 0


def cmd_outbox(args: argparse.Namespace) -> int:
    from coalition.mail import outbox

    db = open_db(args)
    try:
        with db.reading() as session:
            rows = outbox.outbox(session, args.status)
            for row in rows:
                when = row.sent_at or row.next_attempt_at or row.created_at
                line = (
                    f"{row.status.value:9}  {when:%Y-%m-%d %H:%M}  {row.kind.value:12}  "
                    f"{row.recipient}  {row.subject}"
                )
                print(line + (f"  ({row.last_error})" if row.last_error else ""))
            if not rows:
                print(translate("CommandLine", "The outbox is empty."))
    finally:
        db.close()
    return 0


COMMANDS: dict[str, Command] = {
    "mail-setup": cmd_mail_setup,
    "send": cmd_send,
    "outbox": cmd_outbox,
}
