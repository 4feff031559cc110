"""The coalition's server, as its owner keeps it: the schema and the walls between the
organizations (``coalition server setup``), and which database role acts for which
organization (``coalition server add-role``, ``coalition server roles``).

Run as the role that owns the coalition's database (the one that created it).  The
password is never given on the command line: ``$PGPASSWORD``, the keyring, or typed.
"""

from __future__ import annotations

import argparse
from typing import Any, NamedTuple

from coalition.cli.shared import Command, ask
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

_SERVER_HELP = QT_TRANSLATE_NOOP(
    "CommandLine",
    "postgresql://owner@host:port/db (the owner's password: $PGPASSWORD, keyring, or asked)",
)

_ADD_ROLE = "coalition server add-role --server URL --role ROLE --org ORGANIZATION --kind member"


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    server = sub.add_parser(
        "server",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "set up the coalition's PostgreSQL server: its schema, the walls between the "
            "organizations, and their database roles (run as the database's owner)",
        ),
    )
    actions = server.add_subparsers(
        dest="server_command", metavar=translate("CommandLine", "ACTION"), required=True
    )
    setup = actions.add_parser(
        "setup",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "create or upgrade the schema and put up the walls (again after each upgrade)",
        ),
    )
    setup.add_argument("--server", required=True, metavar="URL", help=_SERVER_HELP)
    add_role = actions.add_parser(
        "add-role",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "let a database role act for an organization (creating the role and granting "
            "it what it needs when you may, else printing the SQL to run)",
        ),
    )
    add_role.add_argument("--server", required=True, metavar="URL", help=_SERVER_HELP)
    add_role.add_argument("--role", required=True, metavar="DBROLE")
    add_role.add_argument(
        "--org",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "its name or id (none: a coordinator of the coalition)"
        ),
    )
    add_role.add_argument(
        "--kind",
        required=True,
        choices=("member", "delegate", "observer", "coordinator"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "member: reads what is shared and its organization's records, writes its own; "
            "delegate: as a member, and casts its organization's ballot on proposals; "
            "observer: reads as a member, writes nothing; coordinator: everything",
        ),
    )
    add_role.add_argument(
        "--name",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who the role is, as the history shows it"),
    )
    roles = actions.add_parser(
        "roles",
        help=QT_TRANSLATE_NOOP("CommandLine", "list the roles and the organizations they act for"),
    )
    roles.add_argument("--server", required=True, metavar="URL", help=_SERVER_HELP)


def _open(url_text: str, *, migrate: bool) -> tuple[Any, Any]:
    """(the server's database, its profile), as the owner."""
    from sqlalchemy.engine import make_url

    from coalition.cli.sync import PASSWORD_IN_URL
    from coalition.store import open_database
    from coalition.sync.connection import (
        ServerProfile,
        SyncError,
        connect,
        friendly_reason,
        password_for,
    )

    try:
        url = make_url(url_text)
    except Exception:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{url_text!r} is not a server URL (postgresql://user@host:port/db)"
            ).format(url_text=url_text)
        ) from None
    if url.password:
        raise SyncError(PASSWORD_IN_URL)
    profile = ServerProfile.from_url(url)
    password = password_for(profile)
    if password is None:
        password = ask(f"Password for {profile.describe()}: ")
    if migrate:
        return connect(profile, password), profile
    try:
        db = open_database(
            profile.url(password).render_as_string(hide_password=False), migrate=False
        )
    except Exception as exc:
        cause = exc.__cause__ or exc
        raise SyncError(friendly_reason(cause, profile)) from exc
    return db, profile


def cmd_setup(args: argparse.Namespace) -> int:
    from coalition.sync import walls

    db, profile = _open(args.server, migrate=True)
    try:
        with db.engine.begin() as conn:
            granted = walls.install(conn)
            listed = walls.roles(conn)
    finally:
        db.close()
    print(
        translate(
            "CommandLine",
            "The coalition's database at {host}:{port}/{database} is up to date "
            "and walled: {count} tables, each organization's role reading and "
            "writing only what it may ({granted} role{value} granted).",
        ).format(
            host=profile.host,
            port=profile.port,
            database=profile.database,
            count=len(synced()),
            granted=granted,
            value="s" if granted != 1 else "",
        )
    )
    missing = [r.db_role for r in listed if not r.exists]
    if missing:
        print(
            translate("CommandLine", "Listed but not yet created on the server: {names}.").format(
                names=", ".join(missing)
            )
        )
    if not listed:
        print(translate("CommandLine", "Next: {ADD_ROLE}").format(ADD_ROLE=_ADD_ROLE))
    return 0


def synced() -> list[str]:
    from coalition.sync.walls import synced_tables

    return synced_tables()


class _Named(NamedTuple):
    id: str
    name: str


def _organization(conn: Any, wanted: str | None) -> tuple[str | None, str]:
    """(id, name) of the organization named (by name or id); (None, "") for none."""
    from sqlalchemy import select

    from coalition.store.models import Organization
    from coalition.store.names import NameIndex
    from coalition.sync.connection import SyncError

    if not wanted:
        return None, ""
    # Compared here, not by the server's lower(): under a "C" locale it folds A-Z alone,
    # and "ÁNGELES UNIDOS" would not find "Ángeles Unidos" (see coalition.store.names).
    every = {row.id: row.name for row in conn.execute(select(Organization.id, Organization.name))}
    ids = (
        [wanted] if wanted in every else NameIndex((i, (n,)) for i, n in every.items()).find(wanted)
    )
    rows = [_Named(i, every[i]) for i in ids]
    if not rows:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "the server has no organization {wanted!r}: sync the laptop that "
                "recorded it first, or give its id",
            ).format(wanted=wanted)
        )
    if len(rows) > 1:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "{count} organizations are called {wanted!r}: give the id of the one "
                "you mean ({names})",
            ).format(count=len(rows), wanted=wanted, names=", ".join(r.id for r in rows))
        )
    return rows[0].id, rows[0].name


def cmd_add_role(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from coalition.sync import walls
    from coalition.sync.connection import SyncError

    if args.kind != "coordinator" and not args.org:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "a {kind} acts for an organization: give --org ORGANIZATION"
            ).format(kind=args.kind)
        )
    db, profile = _open(args.server, migrate=False)
    try:
        with db.engine.begin() as conn:
            if not walls.installed(conn):
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "the walls are not up on this server yet: run `coalition server "
                        "setup --server {server}` first",
                    ).format(server=args.server)
                )
            org_id, org_name = _organization(conn, args.org)
            walls.record_role(conn, args.role, org_id, args.kind, args.name)
            statements = walls.role_sql(conn, args.role, profile.database)
            refused = None
            try:
                with conn.begin_nested():
                    for statement in statements:
                        conn.exec_driver_sql(statement)
            except DBAPIError as exc:
                refused = exc
    finally:
        db.close()
    acting = f"for {org_name}" if org_name else "for the coalition"
    print(
        translate("CommandLine", "{role} acts as a {kind} {acting}.").format(
            role=args.role, kind=args.kind, acting=acting
        )
    )
    if refused is not None:
        print(
            translate(
                "CommandLine",
                "You may not create or grant roles ({splitlines}); have a superuser "
                "(or a role with CREATEROLE) run:",
            ).format(splitlines=str(refused.orig).splitlines()[0])
        )
        print(
            translate("CommandLine", "  psql -h {host} -p {port} -d {database} <<'SQL'").format(
                host=profile.host, port=profile.port, database=profile.database
            )
        )
        for statement in statements:
            print(f"  {statement};")
        print(translate("CommandLine", "  SQL"))
    print(
        translate(
            "CommandLine",
            "Give it a password (typed, never on the command line): psql -h "
            '{host} -p {port} -d {database} -c "\\password {role}"',
        ).format(host=profile.host, port=profile.port, database=profile.database, role=args.role)
    )
    return 0


def cmd_roles(args: argparse.Namespace) -> int:
    from coalition.sync import walls
    from coalition.sync.connection import SyncError

    db, _profile = _open(args.server, migrate=False)
    try:
        with db.engine.connect() as conn:
            if not walls.installed(conn):
                raise SyncError(
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "the walls are not up on this server yet: run `coalition server setup`",
                    )
                )
            listed = walls.roles(conn)
    finally:
        db.close()
    if not listed:
        print(translate("CommandLine", "No roles yet: {ADD_ROLE}").format(ADD_ROLE=_ADD_ROLE))
        return 0
    for row in listed:
        where = row.organization or (row.organization_id or "the coalition")
        state = "" if row.exists else "  (not created on the server)"
        if row.exists and not row.can_login:
            state = "  (cannot log in: its members can)"
        who = f"  {row.display_name}" if row.display_name else ""
        print(f"{row.db_role}\t{row.kind}\t{where}{who}{state}")
    return 0


def cmd_server(args: argparse.Namespace) -> int:
    return _ACTIONS[args.server_command](args)


_ACTIONS: dict[str, Command] = {"setup": cmd_setup, "add-role": cmd_add_role, "roles": cmd_roles}
COMMANDS: dict[str, Command] = {"server": cmd_server}
