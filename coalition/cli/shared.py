"""What every command shares: the exit codes, opening the database with its key (found in
the keyring, the environment, or asked at the terminal), and reading a date option."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, Sentence, shown, translate
from coalition.common.paths import DB_ENV

if TYPE_CHECKING:
    from coalition.store.database import Database
    from coalition.store.encryption import KeyMaterial

EXIT_ERROR = 1
EXIT_USAGE = 2

# A sub-command: what it runs, given the parsed command line; returns the exit code.
Command = Callable[[argparse.Namespace], int]

_Action = TypeVar("_Action", bound=argparse.Action)


class HelpFormatter(argparse.HelpFormatter):
    """Shows the descriptions and the help of the options in the reader's language.

    They are marked sentences (``QT_TRANSLATE_NOOP("CommandLine", …)``), translated here,
    when the help is written, before argparse puts ``%(default)s`` and ``%(prog)s`` into
    them; so are the placeholders standing for a word (ORGANIZATION, FILE…).
    """

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        return shown(text) if isinstance(text, Sentence) else text

    def add_text(self, text: str | None) -> None:
        super().add_text(shown(text) if isinstance(text, Sentence) else text)

    def _metavar_formatter(
        self, action: argparse.Action, default_metavar: str
    ) -> Callable[[int], tuple[str, ...]]:
        if isinstance(action.metavar, Sentence):
            word = shown(action.metavar)
            return lambda size: (word,) * size
        return super()._metavar_formatter(action, default_metavar)


class CommandParser(argparse.ArgumentParser):
    """The parser of ``coalition`` and of each of its sub-commands (which argparse makes of
    the same class): its help is written by :class:`HelpFormatter`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", HelpFormatter)
        super().__init__(*args, **kwargs)

    def _add_action(self, action: _Action) -> _Action:
        # A placeholder is also how an error names an argument ("the following arguments
        # are required: FILE"): translated once, as the parser is built.
        if isinstance(action.metavar, Sentence):
            action.metavar = shown(action.metavar)
        return super()._add_action(action)


def target_of(args: argparse.Namespace) -> tuple[str, bool]:
    """The database named (``--db`` or $COALITION_DB) or the default one, and whether it
    was named."""
    named = args.db or os.environ.get(DB_ENV)
    return (named or default_database()), bool(named)


def default_database() -> str:
    """The database in the data folder (an older Coalition's folder moved there first)."""
    from coalition.store import datafolder

    return datafolder.default_database()


def local_path(target: str) -> Path | None:
    if "://" not in target:
        return Path(target).expanduser().resolve()
    from sqlalchemy.engine import make_url  # a URL only: a path opens the window sooner

    url = make_url(target)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).expanduser().resolve()
    return None


def ask(prompt: str) -> str | None:
    """A secret typed at the terminal, or None when there is no terminal to ask on."""
    import getpass

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def _new_passphrase(path: Path) -> KeyMaterial:
    from coalition.store.encryption import MIN_PASSPHRASE, PASSPHRASE_ENV, KeyMaterial

    typed = os.environ.get(PASSPHRASE_ENV)
    if not typed:
        first = ask(f"New passphrase for {path}: ")
        if first is None:
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "there is no keyring to keep the database key in: set "
                    "{PASSPHRASE_ENV} to a passphrase (or run in a terminal to type one)",
                ).format(PASSPHRASE_ENV=PASSPHRASE_ENV)
            )
        if ask("The same passphrase again: ") != first:
            raise CoalitionError(
                QT_TRANSLATE_NOOP("CommandLine", "the two passphrases differ; nothing was changed")
            )
        typed = first
    if len(typed) < MIN_PASSPHRASE:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "a passphrase needs at least {MIN_PASSPHRASE} characters"
            ).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
        )
    return KeyMaterial.passphrase(typed)


def notice(text: str) -> None:
    print(text, file=sys.stderr)


def new_key(path: Path, *, show: bool = True) -> KeyMaterial:
    """A key for a database about to be created or encrypted: a random data key kept in
    the keyring (its recovery key shown once, unless ``show`` is False: then the caller
    shows it with :func:`show_recovery_key` once the file is encrypted), or a passphrase
    where there is no keyring."""
    from coalition.store import keychain
    from coalition.store.encryption import KeyMaterial, remember_key

    if not keychain.available():
        return _new_passphrase(path)
    key = KeyMaterial.generate()
    remember_key(path, key)
    if show:
        show_recovery_key(path, key)
    return key


def show_recovery_key(path: Path, key: KeyMaterial) -> None:
    notice(
        f"{path} is encrypted; its key is in your keyring. Its recovery key opens it anywhere "
        "if the keyring is lost. Write it down and keep it apart from this computer; it is "
        f"shown this once:\n\n    {key.recovery_key()}\n"
    )


def existing_key(path: Path) -> KeyMaterial:
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
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "that {what} ({PASSPHRASE_ENV}) does not open {path}; the file was not changed",
            ).format(what=what, PASSPHRASE_ENV=PASSPHRASE_ENV, path=path)
        )
    if found is None:
        typed = ask(f"Passphrase or recovery key for {path}: ")
        if not typed:
            why = problem or "its key is not in the keyring"
            raise CoalitionError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "{path} is encrypted and {why}: set {PASSPHRASE_ENV} to its "
                    "passphrase or recovery key (or run in a terminal to type it)",
                ).format(path=path, why=why, PASSPHRASE_ENV=PASSPHRASE_ENV)
            )
        found = keychange.unlock_with(path, key_from_typed(typed))
        if found is None:
            raise WrongKeyError(
                QT_TRANSLATE_NOOP(
                    "CommandLine",
                    "that passphrase or recovery key does not open {path}; the file was "
                    "not changed",
                ).format(path=path)
            )
    if found.note:
        notice(found.note)
    if not kept or kept[0] != found.key:
        remember_key(path, found.key)
    return found.key


def open_key(args: argparse.Namespace) -> tuple[str, KeyMaterial | None]:
    """What to open and with which key.  A new file is created encrypted, the default one
    or one named with --db (unless --plain says otherwise, which is said on stderr); an
    older unencrypted default database is converted; an unencrypted file named with --db
    is opened as it is (``encrypt`` converts it)."""
    from coalition.store.encryption import file_state, stored_key

    target, named = target_of(args)
    path = local_path(target)
    if path is None:
        return target, None
    state = file_state(path) if not path.is_dir() else "plain"
    if state == "encrypted":
        return target, existing_key(path)
    # "unknown": not a database (opening says so); a plain named file: opened as it is.
    if state == "unknown" or (state == "plain" and named):
        return target, None
    if state == "missing" and plain_wanted(args, path, named):
        return target, None
    return target, stored_key(path) or new_key(path)


def plain_wanted(args: argparse.Namespace, path: Path, named: bool) -> bool:
    """Whether a new file is to be made unencrypted (--plain), said on stderr when it is."""
    if not getattr(args, "plain", False):
        return False
    if not named:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "--plain is for a file named with --db or ${DB_ENV}: the database in "
                "your data folder is always encrypted",
            ).format(DB_ENV=DB_ENV)
        )
    notice(
        f"{path} is created unencrypted (--plain): whoever can read the file can read the "
        f"coalition's data. coalition --db {path} encrypt encrypts it later."
    )
    return True


class UsageError(CoalitionError):
    """The command was not given what it needs: it exits with :data:`EXIT_USAGE`."""

    exit_code = EXIT_USAGE


class NoProfileError(UsageError):
    """A command would write, and nobody is set up on this database to credit it to."""


def open_db(
    args: argparse.Namespace, *, writes: bool = False, needs_profile: bool | None = None
) -> Database:
    """Open the database for a command and act as its active profile; one that ``writes``
    first takes the database from any other Coalition (a window open on it makes the
    command stop, saying so), and is refused when no profile is set (``needs_profile``,
    by default whether it writes), with how to set one: a change always has an author,
    never the computer's login."""
    from coalition.directory import profiles
    from coalition.store import open_database

    if not writes:
        _refuse_missing(args)
    target, key = open_key(args)
    path = local_path(target)
    if writes and path is not None:
        from coalition.store import instance

        instance.acquire(path)
    db = open_database(target, key=key)
    with db.reading() as session:
        profile = profiles.activate(session)
    if profile is None and (writes if needs_profile is None else needs_profile):
        where = db.describe()
        db.close()
        raise NoProfileError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "nobody is set up on {where} to credit this change to: say who you "
                "are first, with {HOW_TO_SET} [--role ROLE]",
            ).format(where=where, HOW_TO_SET=profiles.HOW_TO_SET)
        )
    return db


def _refuse_missing(args: argparse.Namespace) -> None:
    """A command that only reads, on a database named that is not there: a name mistyped
    made a new, empty database (and a key for it), and then said there was nothing."""
    target, named = target_of(args)
    path = local_path(target)
    if named and path is not None and not path.exists():
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "there is no database at {path}: check its name (a new one is made by "
                "`coalition demo`, a profile, or an import)",
            ).format(path=path)
        )


def folder_option(text: str) -> str:
    """An --out-dir: a folder, there or to be made (not a file, not nothing: "" wrote
    into the current folder, a file's name said "File exists")."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "give the folder to write the files in")
        )
    if Path(text).expanduser().exists() and not Path(text).expanduser().is_dir():
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "{text} is a file, not a folder").format(text=text)
        )
    return text


def date_option(value: str | None, option: str) -> dt.date | None:
    from coalition.common import validation

    try:
        return validation.date(value, option)
    except ValueError as exc:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "{option}: {problem}").format(
                option=option, problem=exc
            )
        ) from None


def local_database(args: argparse.Namespace) -> Path:
    target, _named = target_of(args)
    path = local_path(target)
    if path is None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "backups, restores and keys are for the local database file, not a server",
            )
        )
    return path
