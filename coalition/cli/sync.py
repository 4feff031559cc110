"""Sync: with the coalition server, or by bundle files carried between laptops."""

from __future__ import annotations

import argparse
import os
import sys

from coalition.cli.shared import Command, ask, date_option, open_db
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync_cmd = sub.add_parser(
        "sync",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "send this laptop's changes to the coalition server and bring the others' "
            "(password from $PGPASSWORD, the keyring, or asked at the terminal; never in the URL)",
        ),
    )
    sync_cmd.add_argument(
        "--server",
        metavar="URL",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "postgresql://user@host:port/db (default: the server set in the app)"
        ),
    )
    out_bundle = sub.add_parser(
        "export-bundle",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "write this laptop's changes to an encrypted bundle file "
            "(passphrase: $COALITION_BUNDLE_PASSPHRASE or asked)",
        ),
    )
    out_bundle.add_argument(
        "--out", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE")
    )
    out_bundle.add_argument(
        "--since",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("CommandLine", "only the changes made since that day"),
    )
    in_bundle = sub.add_parser(
        "import-bundle",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "merge the changes of a bundle file into this database"
        ),
    )
    in_bundle.add_argument("file", metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"))


def _sync_progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{stage} {done:,}/{total:,}", end="" if done < total else "\n", file=sys.stderr)


# Refused rather than stripped with a warning: by the time it is read here, the password
# has been in the process list (ps, /proc/PID/cmdline) that every local user can read,
# and a sync that works anyway would teach the habit.
PASSWORD_IN_URL = (
    "the --server URL holds a password, which other users of this computer can read in "
    "the list of running programs; give the URL without it (postgresql://user@host:port/db) "
    "and set $PGPASSWORD, keep the password in the keyring (Sync → Coalition server… in "
    "the window), or type it when asked"
)


def cmd_sync(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from coalition.sync.connection import ServerProfile, SyncError, load_profile, password_for
    from coalition.sync.run import sync

    db = open_db(args, writes=True)
    if args.server:
        try:
            url = make_url(args.server)
        except Exception:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "CommandLine", "{server!r} is not a server URL (postgresql://user@host:port/db)"
                ).format(server=args.server)
            ) from None
        if url.password:
            raise SyncError(PASSWORD_IN_URL)
        profile = ServerProfile.from_url(url)
    else:
        with db.reading() as session:
            found = load_profile(session)
        if found is None:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "no coalition server is set: give --server postgresql://user@host:port/db",
                )
            )
        profile = found
    password = password_for(profile)
    if password is None:
        password = ask(f"Password for {profile.describe()}: ")
    report = sync(db, profile, password, _sync_progress)
    print(report.sentence())
    return 0


def _bundle_passphrase(confirm: bool) -> str:
    from coalition.sync.bundles import PASSPHRASE_ENV, BundleError

    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    typed = ask("Bundle passphrase: ")
    if typed is None:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "a bundle needs a passphrase: set {PASSPHRASE_ENV} or run this at a terminal",
            ).format(PASSPHRASE_ENV=PASSPHRASE_ENV)
        )
    if confirm and ask("The same passphrase again: ") != typed:
        raise BundleError(QT_TRANSLATE_NOOP("CommandLine", "the two passphrases differ"))
    return typed


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from coalition.sync import bundles

    since = date_option(args.since, "--since")
    db = open_db(args)
    count = bundles.export_bundle(db, args.out, _bundle_passphrase(confirm=True), since)
    print(
        (
            translate("CommandLine", "Wrote 1 change to {out} (encrypted with the passphrase).")
            if count == 1
            else translate(
                "CommandLine", "Wrote {count:,} changes to {out} (encrypted with the passphrase)."
            )
        ).format(count=count, out=args.out)
    )
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from coalition.sync import bundles

    db = open_db(args, writes=True)
    report = bundles.import_bundle(db, args.file, _bundle_passphrase(confirm=False))
    print(report.sentence())
    return 0


COMMANDS: dict[str, Command] = {
    "sync": cmd_sync,
    "export-bundle": cmd_export_bundle,
    "import-bundle": cmd_import_bundle,
}
