"""The command line: the window by default, and headless sub-commands for scripts and tests.

A failure prints one line on standard error, naming what went wrong, and exits non-zero;
no traceback reaches the person at the terminal.
"""

from __future__ import annotations

import argparse
import ctypes.util
import datetime as dt
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from coalition import APP_NAME, __version__
from coalition.common.errors import CoalitionError
from coalition.common.paths import DB_ENV, default_database

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.store import Database
    from coalition.store.encryption import KeyMaterial
    from coalition.store.models import CallSeries

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
    parser.add_argument(
        "--plain",
        action="store_true",
        help="create the file named with --db unencrypted (a new file is encrypted otherwise)",
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
    ics = sub.add_parser(
        "export-ics",
        help="write the calls, one-off events and campaign deadlines to an iCalendar file",
    )
    ics.add_argument("--out", required=True, metavar="FILE")
    ics.add_argument("--series", metavar="TITLE", help="that call series alone")
    ics.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    ics.add_argument("--to", dest="end", metavar="DATE", help="last day (default: a year on)")
    invite = sub.add_parser(
        "invite", help="write one invitation (.ics) per participant of each call series"
    )
    invite.add_argument("--out-dir", required=True, metavar="DIR")
    invite.add_argument("--series", metavar="TITLE", help="that call series alone")
    imp_ics = sub.add_parser(
        "import-ics", help="import a partner's iCalendar file as single calls (all or nothing)"
    )
    imp_ics.add_argument("file")
    messages = sub.add_parser(
        "export-messages",
        help="write each variant of the shared drafts to a Markdown file, with its sign-off state",
    )
    messages.add_argument("--out-dir", required=True, metavar="DIR")
    messages.add_argument("--draft", metavar="TITLE", help="that draft alone")
    rep = sub.add_parser(
        "report", help="write the dashboard (goals, charts, map, call, graph) as a PDF report"
    )
    rep.add_argument("--out", required=True, metavar="FILE.pdf")
    backup = sub.add_parser(
        "backup", help="copy the database to FILE (encrypted like the database, with the same key)"
    )
    backup.add_argument("--out", required=True, metavar="FILE")
    restore = sub.add_parser(
        "restore", help="put a backup in the place of the database (the current one is kept as a backup)"
    )
    restore.add_argument("file", metavar="FILE")
    sub.add_parser(
        "rekey",
        help="encrypt the database and its backups under a new key (a new recovery key, or a new passphrase)",
    )
    sub.add_parser(
        "recovery-key",
        help="make a new recovery key (the old one stops working); same as rekey",
    )
    sub.add_parser("encrypt", help="encrypt an unencrypted database file in place")
    sync_cmd = sub.add_parser(
        "sync",
        help="send this laptop's changes to the coalition server and bring the others' "
        "(password from $PGPASSWORD, the keyring, or asked at the terminal; never in the URL)",
    )
    sync_cmd.add_argument(
        "--server", metavar="URL",
        help="postgresql://user@host:port/db (default: the server set in the app)",
    )
    out_bundle = sub.add_parser(
        "export-bundle",
        help="write this laptop's changes to an encrypted bundle file "
        "(passphrase: $COALITION_BUNDLE_PASSPHRASE or asked)",
    )
    out_bundle.add_argument("--out", required=True, metavar="FILE")
    out_bundle.add_argument("--since", metavar="YYYY-MM-DD", help="only the changes made since that day")
    in_bundle = sub.add_parser("import-bundle", help="merge the changes of a bundle file into this database")
    in_bundle.add_argument("file", metavar="FILE")
    return parser


def _target(args: argparse.Namespace) -> tuple[str, bool]:
    """The database named (``--db`` or $COALITION_DB) or the default one, and whether it
    was named."""
    named = args.db or os.environ.get(DB_ENV)
    return (named or default_database()), bool(named)


def _local_path(target: str) -> Path | None:
    from sqlalchemy.engine import make_url

    if "://" not in target:
        return Path(target).expanduser().resolve()
    url = make_url(target)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).expanduser().resolve()
    return None


def _ask(prompt: str) -> str | None:
    """A secret typed at the terminal, or None when there is no terminal to ask on."""
    import getpass

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _new_passphrase(path: Path) -> KeyMaterial:
    from coalition.store.encryption import MIN_PASSPHRASE, PASSPHRASE_ENV, KeyMaterial

    typed = os.environ.get(PASSPHRASE_ENV)
    if not typed:
        first = _ask(f"New passphrase for {path}: ")
        if first is None:
            raise CoalitionError(
                "there is no keyring to keep the database key in: set "
                f"{PASSPHRASE_ENV} to a passphrase (or run in a terminal to type one)"
            )
        if _ask("The same passphrase again: ") != first:
            raise CoalitionError("the two passphrases differ; nothing was changed")
        typed = first
    if len(typed) < MIN_PASSPHRASE:
        raise CoalitionError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    return KeyMaterial.passphrase(typed)


def _notice(text: str) -> None:
    print(text, file=sys.stderr)


def _new_key(path: Path) -> KeyMaterial:
    """A key for a database about to be created or encrypted: a random data key kept in
    the keyring (its recovery key shown once), or a passphrase where there is no keyring."""
    from coalition.store import keychain
    from coalition.store.encryption import KeyMaterial, remember_key

    if not keychain.available():
        return _new_passphrase(path)
    key = KeyMaterial.generate()
    remember_key(path, key)
    _show_recovery_key(path, key)
    return key


def _show_recovery_key(path: Path, key: KeyMaterial) -> None:
    _notice(
        f"{path} is encrypted; its key is in your keyring. Its recovery key opens it anywhere "
        "if the keyring is lost. Write it down and keep it apart from this computer; it is "
        f"shown this once:\n\n    {key.recovery_key()}\n"
    )


def _existing_key(path: Path) -> KeyMaterial:
    """The key of an encrypted file: the keyring's (its current key, or the previous one
    while a key change is unfinished), $COALITION_PASSPHRASE, or typed.  A key change cut
    short is finished (or undone) on the way, and said so."""
    from coalition.security import keychange
    from coalition.store.encryption import (
        PASSPHRASE_ENV,
        WrongKeyError,
        key_from_environment,
        key_from_typed,
        remember_key,
        stored_keys,
    )

    kept, problem = stored_keys(path)
    from_env = key_from_environment()
    found = keychange.unlock(path, [*kept, from_env])
    if found is None and from_env is not None:
        what = "passphrase" if from_env.kind == "passphrase" else "key"
        raise WrongKeyError(
            f"that {what} ({PASSPHRASE_ENV}) does not open {path}; the file was not changed"
        )
    if found is None:
        typed = _ask(f"Passphrase or recovery key for {path}: ")
        if not typed:
            why = problem or "its key is not in the keyring"
            raise CoalitionError(
                f"{path} is encrypted and {why}: set {PASSPHRASE_ENV} "
                "to its passphrase or recovery key (or run in a terminal to type it)"
            )
        found = keychange.unlock_with(path, key_from_typed(typed))
        if found is None:
            raise WrongKeyError(
                f"that passphrase or recovery key does not open {path}; the file was not changed"
            )
    if found.note:
        _notice(found.note)
    if not kept or kept[0] != found.key:
        remember_key(path, found.key)
    return found.key


def _open_key(args: argparse.Namespace) -> tuple[str, KeyMaterial | None]:
    """What to open and with which key.  A new file is created encrypted, the default one
    or one named with --db (unless --plain says otherwise, which is said on stderr); an
    older unencrypted default database is converted; an unencrypted file named with --db
    is opened as it is (``encrypt`` converts it)."""
    from coalition.store.encryption import file_state, stored_key

    target, named = _target(args)
    path = _local_path(target)
    if path is None:
        return target, None
    state = file_state(path) if not path.is_dir() else "plain"
    if state == "encrypted":
        return target, _existing_key(path)
    # "unknown": not a database (opening says so); a plain named file: opened as it is.
    if state == "unknown" or (state == "plain" and named):
        return target, None
    if state == "missing" and _plain_wanted(args, path, named):
        return target, None
    return target, stored_key(path) or _new_key(path)


def _plain_wanted(args: argparse.Namespace, path: Path, named: bool) -> bool:
    """Whether a new file is to be made unencrypted (--plain), said on stderr when it is."""
    if not getattr(args, "plain", False):
        return False
    if not named:
        raise CoalitionError(
            f"--plain is for a file named with --db or ${DB_ENV}: the database in your data "
            "folder is always encrypted"
        )
    _notice(
        f"{path} is created unencrypted (--plain): whoever can read the file can read the "
        f"coalition's data. coalition --db {path} encrypt encrypts it later."
    )
    return True


def _open(args: argparse.Namespace, *, writes: bool = False) -> Database:
    """Open the database for a command; one that ``writes`` first takes the database from
    any other Coalition (a window open on it makes the command stop, saying so)."""
    from coalition.store import open_database

    target, key = _open_key(args)
    path = _local_path(target)
    if writes and path is not None:
        from coalition.store import instance

        instance.acquire(path)
    return open_database(target, key=key)


def cmd_demo(args: argparse.Namespace) -> int:
    from coalition import sample

    db = _open(args, writes=True)
    with db.session() as session:
        summary = sample.load_sample(session)
    print(f"Loaded the sample coalition into {db.describe()}: {summary}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from coalition.search.query import KIND_LABELS, MAX_WORDS, is_cut, search

    text = " ".join(args.text)
    if is_cut(text):
        print(f"coalition: only the first {MAX_WORDS} words are searched", file=sys.stderr)
    db = _open(args)
    with db.reading() as session:
        hits = search(session, text, limit=200)
    for hit in hits:
        print(f"{KIND_LABELS[hit.kind].lower()}\t{hit.title}")
    return 0 if hits else EXIT_ERROR


def cmd_import_csv(args: argparse.Namespace) -> int:
    from coalition.directory import importers

    db = _open(args, writes=True)
    with db.session() as session:
        report = importers.import_file(session, args.file, args.kind)
    for line in report.lines():
        print(line)
    return 0


def cmd_export_csv(args: argparse.Namespace) -> int:
    from coalition.directory import importers

    db = _open(args)
    with db.reading() as session:
        count = importers.export_csv(session, args.kind, args.out)
    print(f"Wrote {count} {args.kind} to {args.out} (this file is not encrypted)")
    return 0


def _date_option(value: str | None, option: str) -> dt.date | None:
    from coalition.common import validation

    try:
        return validation.date(value, option)
    except ValueError as exc:
        raise CoalitionError(f"{option}: {exc}") from None


def _series_titled(session: Session, title: str | None) -> list[CallSeries]:
    """Every call series (title None), or those called ``title`` (in any case); an unknown
    title is an error that lists the titles there are."""
    from coalition.calls import series as calls

    every = calls.all_series(session)
    if title is None:
        return every
    chosen = [s for s in every if s.title.casefold() == title.strip().casefold()]
    if not chosen:
        known = "; ".join(f"'{t}'" for t in sorted({s.title for s in every})) or "none yet"
        raise CoalitionError(f"no call series is called '{title}' (the series: {known})")
    return chosen


def cmd_export_ics(args: argparse.Namespace) -> int:
    from dateutil.relativedelta import relativedelta

    from coalition.calls import calendar_files as calendar_ics

    start = _date_option(args.start, "--from") or dt.date.today()
    end = _date_option(args.end, "--to") or start + relativedelta(years=1, days=-1)
    if end < start:
        raise CoalitionError(f"--to {end.isoformat()} comes before --from {start.isoformat()}")
    db = _open(args)
    with db.reading() as session:
        series_id = None
        if args.series is not None:
            chosen = _series_titled(session, args.series)
            series_id = chosen[0].id
            if any(s.id not in calendar_ics.series_chain(session, series_id) for s in chosen):
                raise CoalitionError(
                    f"{len(chosen)} different series are called '{args.series}'; "
                    "rename one to export it alone"
                )
        data = calendar_ics.export_schedule(session, start, end, series_id=series_id)
    calendar_ics.save(args.out, data)
    events = data.count(b"BEGIN:VEVENT")
    print(
        f"Wrote {events} event{'' if events == 1 else 's'} "
        f"({start.isoformat()} to {end.isoformat()}) to {args.out}"
    )
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    """All the invitations are made before any is written: a series that cannot have
    them (no organizer's address) stops the command with nothing half done."""
    from coalition.calls import calendar_files as calendar_ics

    db = _open(args)
    with db.reading() as session:
        chosen = _series_titled(session, args.series)
        made = [(s.title, s.start_date, calendar_ics.invitations(session, s.id)) for s in chosen]
    if not made:
        raise CoalitionError("there are no call series to invite anyone to")
    out = Path(args.out_dir)
    stems = [calendar_ics.safe_stem(title, "call") for title, _, _ in made]
    for (title, start, files), stem in zip(made, stems, strict=True):
        folder = out / (stem if stems.count(stem) == 1 else f"{stem}-from-{start.isoformat()}")
        if files:
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                calendar_ics.save(folder / name, data)
            what = "cancellations" if files.method == "CANCEL" else "invitations"
            print(f"{title}: wrote {len(files)} {what} to {folder}: {', '.join(files)}")
        else:
            print(f"{title}: no participant to write to")
        if files.skipped:
            print(f"{title}: skipped for lack of an e-mail address: {', '.join(files.skipped)}")
    return 0


def cmd_import_ics(args: argparse.Namespace) -> int:
    from coalition.calls import calendar_files as calendar_ics

    db = _open(args, writes=True)
    with db.session() as session:
        report = calendar_ics.import_ics(session, args.file)
    for line in report.lines():
        print(line)
    return 0


def cmd_export_messages(args: argparse.Namespace) -> int:
    from coalition import drafts

    db = _open(args)
    with db.reading() as session:
        written = drafts.export_messages(session, args.out_dir, args.draft)
    if not written:
        which = f"the draft '{args.draft}' has" if args.draft else "the drafts have"
        raise CoalitionError(f"{which} no variant to export yet")
    print(f"Wrote {len(written)} message{'' if len(written) == 1 else 's'}:")
    for path in written:
        print(path)
    return 0


def _local_database(args: argparse.Namespace) -> Path:
    target, _named = _target(args)
    path = _local_path(target)
    if path is None:
        raise CoalitionError("backups, restores and keys are for the local database file, not a server")
    return path


def cmd_backup(args: argparse.Namespace) -> int:
    from coalition.store import backups

    db = _open(args)
    path = _local_database(args)
    out = Path(args.out).expanduser()
    if out.resolve() == path:
        raise CoalitionError("--out names the database itself")
    backups.copy_database(path, out, db.key)
    db.close()
    what = (
        "encrypted: it opens with this database's key or recovery key"
        if db.key is not None
        else "not encrypted, like the database"
    )
    print(f"Backed up {path} to {out} ({what})")
    return 0


BACKUP_KEY_ENV = "COALITION_BACKUP_KEY"


def _backup_key(path: Path, backup: Path) -> KeyMaterial:
    """The key of a backup made under another key than the database's (before a key
    change): the keyring's previous key, $COALITION_BACKUP_KEY, or typed."""
    from coalition.store import backups
    from coalition.store.encryption import WrongKeyError, key_from_typed, stored_keys

    kept, _problem = stored_keys(path)
    found = backups.opens_with(backup, kept)
    if found is not None:
        return found
    typed = os.environ.get(BACKUP_KEY_ENV) or _ask(
        f"{backup} was made under another key; its passphrase or recovery key: "
    )
    if not typed:
        raise CoalitionError(
            f"{backup} was made under another key than the database's (before a key change): set "
            f"{BACKUP_KEY_ENV} to the passphrase or recovery key it was made under "
            "(or run in a terminal to type it)"
        )
    key = key_from_typed(typed)
    if backups.opens_with(backup, [key]) is None:
        raise WrongKeyError(f"that key does not open {backup} either; nothing was changed")
    return key


def cmd_restore(args: argparse.Namespace) -> int:
    from coalition.store import backups, instance
    from coalition.store.encryption import file_state, key_opens

    path = _local_database(args)
    _target_text, key = _open_key(args)
    instance.acquire(path)
    backup = Path(args.file).expanduser()
    backup_key = None
    if key is not None and file_state(backup) == "encrypted" and not key_opens(backup, key):
        backup_key = _backup_key(path, backup)
    kept = backups.restore(path, backup, key, backup_key)
    from coalition.store import open_database

    open_database(path, key=key).close()
    print(f"Restored {args.file} into {path}")
    if kept != path:
        print(f"The database as it was is kept in {kept}")
    return 0


def _change_key(args: argparse.Namespace, *, recovery_only: bool) -> int:
    """rekey and recovery-key: a new key for the database and every backup of it, changed
    so that a crash at any instant loses nothing (:mod:`coalition.security.keychange`); a new
    recovery key is printed before any file changes."""
    from coalition.security import keychange
    from coalition.store import instance
    from coalition.store.encryption import KeyMaterial, file_state, stored_keys

    path = _local_database(args)
    if file_state(path) != "encrypted":
        raise CoalitionError(f"{path} is not encrypted: encrypt it first (coalition --db FILE encrypt)")
    instance.acquire(path)
    old = _existing_key(path)
    if old.kind == "passphrase":
        if recovery_only:
            raise CoalitionError(
                f"{path} opens with a passphrase, which is its own recovery; change it with rekey"
            )
        new = _new_passphrase_changed(path)
    else:
        new = KeyMaterial.generate()
    kept, _problem = stored_keys(path)
    show = (lambda key: _show_new_recovery_key(path, key)) if new.kind == "raw" else None
    redone = keychange.change_key(path, old, new, show=show, others=kept)
    print(f"{path} is encrypted under a new key; {len(redone)} backup(s) too")
    return 0


def _show_new_recovery_key(path: Path, key: KeyMaterial) -> None:
    _notice(
        f"The new key of {path} is in your keyring. Its new recovery key opens it anywhere if "
        "the keyring is lost; the old one stops opening it now. Write it down and keep it "
        f"apart from this computer; it is shown this once:\n\n    {key.recovery_key()}\n"
    )
    sys.stderr.flush()


def cmd_rekey(args: argparse.Namespace) -> int:
    return _change_key(args, recovery_only=False)


def _new_passphrase_changed(path: Path) -> KeyMaterial:
    from coalition.store.encryption import MIN_PASSPHRASE, KeyMaterial

    typed = os.environ.get("COALITION_NEW_PASSPHRASE")
    if not typed:
        first = _ask(f"New passphrase for {path}: ")
        if first is None:
            raise CoalitionError("set COALITION_NEW_PASSPHRASE to the new passphrase (or run in a terminal)")
        if _ask("The same passphrase again: ") != first:
            raise CoalitionError("the two passphrases differ; nothing was changed")
        typed = first
    if len(typed) < MIN_PASSPHRASE:
        raise CoalitionError(f"a passphrase needs at least {MIN_PASSPHRASE} characters")
    return KeyMaterial.passphrase(typed)


def cmd_recovery_key(args: argparse.Namespace) -> int:
    return _change_key(args, recovery_only=True)


def cmd_encrypt(args: argparse.Namespace) -> int:
    from coalition.store import instance, open_database
    from coalition.store.encryption import file_state

    path = _local_database(args)
    if file_state(path) == "encrypted":
        raise CoalitionError(f"{path} is encrypted already")
    instance.acquire(path)
    key = _new_key(path)
    open_database(path, key=key).close()
    print(f"{path} is encrypted; its unencrypted copies beside it were encrypted too")
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


def cmd_report(args: argparse.Namespace) -> int:
    if not args.out.lower().endswith(".pdf"):
        raise CoalitionError(f"{args.out}: the report is a PDF; name the file FILE.pdf")
    db = _open(args)
    # Painting needs a Qt application, never a window: offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "coalition"])
    from coalition.ui.goals.report_pdf import write_report

    write_report(db, args.out)
    del app
    print(f"Wrote the report of {db.describe()} to {args.out}")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    missing = _missing_display_libraries()
    if missing:
        raise CoalitionError(missing)
    from coalition.store.encryption import file_state
    from coalition.ui.shell.app import run_gui

    target, named = _target(args)
    path = _local_path(target)
    # The database kept for you is always encrypted, and so is a new file named with --db
    # (unless --plain); an unencrypted file named with --db is opened as it is.
    new = path is not None and not path.is_dir() and file_state(path) == "missing"
    encrypt = not named or (new and path is not None and not _plain_wanted(args, path, named))
    return run_gui(target, encrypt=encrypt)


def _sync_progress(stage: str, done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{stage} {done:,}/{total:,}", end="" if done < total else "\n", file=sys.stderr)


# Refused rather than stripped with a warning: by the time it is read here, the password
# has been in the process list (ps, /proc/PID/cmdline) that every local user can read,
# and a sync that works anyway would teach the habit.
_PASSWORD_IN_URL = (
    "the --server URL holds a password, which other users of this computer can read in "
    "the list of running programs; give the URL without it (postgresql://user@host:port/db) "
    "and set $PGPASSWORD, keep the password in the keyring (Sync → Coalition server… in "
    "the window), or type it when asked"
)


def cmd_sync(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from coalition import sync

    db = _open(args, writes=True)
    if args.server:
        try:
            url = make_url(args.server)
        except Exception:
            raise sync.SyncError(f"{args.server!r} is not a server URL (postgresql://user@host:port/db)") from None
        if url.password:
            raise sync.SyncError(_PASSWORD_IN_URL)
        profile = sync.ServerProfile.from_url(url)
    else:
        with db.reading() as session:
            found = sync.load_profile(session)
        if found is None:
            raise sync.SyncError("no coalition server is set: give --server postgresql://user@host:port/db")
        profile = found
    password = sync.password_for(profile)
    if password is None:
        password = _ask(f"Password for {profile.describe()}: ")
    report = sync.sync(db, profile, password, _sync_progress)
    print(report.sentence())
    return 0


def _bundle_passphrase(confirm: bool) -> str:
    from coalition.bundles import PASSPHRASE_ENV, BundleError

    value = os.environ.get(PASSPHRASE_ENV)
    if value:
        return value
    typed = _ask("Bundle passphrase: ")
    if typed is None:
        raise BundleError(f"a bundle needs a passphrase: set {PASSPHRASE_ENV} or run this at a terminal")
    if confirm and _ask("The same passphrase again: ") != typed:
        raise BundleError("the two passphrases differ")
    return typed


def cmd_export_bundle(args: argparse.Namespace) -> int:
    from coalition import bundles

    since = _date_option(args.since, "--since")
    db = _open(args)
    count = bundles.export_bundle(db, args.out, _bundle_passphrase(confirm=True), since)
    print(f"Wrote {count:,} changes to {args.out} (encrypted with the passphrase).")
    return 0


def cmd_import_bundle(args: argparse.Namespace) -> int:
    from coalition import bundles

    db = _open(args, writes=True)
    report = bundles.import_bundle(db, args.file, _bundle_passphrase(confirm=False))
    print(report.sentence())
    return 0


COMMANDS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    None: cmd_gui,
    "gui": cmd_gui,
    "demo": cmd_demo,
    "search": cmd_search,
    "import-csv": cmd_import_csv,
    "export-csv": cmd_export_csv,
    "export-ics": cmd_export_ics,
    "invite": cmd_invite,
    "import-ics": cmd_import_ics,
    "export-messages": cmd_export_messages,
    "report": cmd_report,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "rekey": cmd_rekey,
    "recovery-key": cmd_recovery_key,
    "encrypt": cmd_encrypt,
    "sync": cmd_sync,
    "export-bundle": cmd_export_bundle,
    "import-bundle": cmd_import_bundle,
}


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
    args = _parser().parse_args(argv)
    from coalition.store import instance

    try:
        with instance.released_after():
            code = COMMANDS[args.command](args)
        sys.stdout.flush()  # a closed pipe shows here, not in the interpreter's exit
        return code
    except BrokenPipeError:
        return _reader_gone()
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
