"""How to reach the coalition's server: its profile (host, port, database, user, TLS
mode, kept in this laptop's bookkeeping), its password, the connection, and what went
wrong said in a sentence."""

from __future__ import annotations

import atexit
import json
import os
import threading
from dataclasses import dataclass

from sqlalchemy import Connection, delete, func, select, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError, DatabaseError
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure, translate
from coalition.store import Database, keychain, migrations, open_database
from coalition.store.models import SyncLog, SyncState
from coalition.sync.bookkeeping import read_state, write_state

CONNECT_TIMEOUT_S = 8


class SyncError(CoalitionError):
    """The sync could not be done (server unreachable, went away, refused)."""


@dataclass
class ServerProfile:
    """How to reach the coalition's server (the password is never part of it)."""

    host: str = ""
    port: int = 5432
    database: str = "coalition"
    user: str = ""
    sslmode: str = "prefer"

    def url(self, password: str | None = None) -> URL:
        query = {"connect_timeout": str(CONNECT_TIMEOUT_S)}
        if self.sslmode:
            query["sslmode"] = self.sslmode
        return URL.create(
            "postgresql+psycopg",
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port or None,
            database=self.database or None,
            query=query,
        )

    @property
    def keyring_name(self) -> str:
        return f"server:{self.user}@{self.host}:{self.port}/{self.database}"

    def describe(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @classmethod
    def from_url(cls, url: str | URL) -> ServerProfile:
        parsed = make_url(url) if isinstance(url, str) else url
        if not parsed.get_backend_name().startswith("postgresql"):
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync", "{render_as_string} is not a PostgreSQL server URL"
                ).format(render_as_string=parsed.render_as_string(hide_password=True))
            )
        sslmode = parsed.query.get("sslmode", "prefer")
        return cls(
            host=parsed.host or "localhost",
            port=parsed.port or 5432,
            database=parsed.database or "coalition",
            user=parsed.username or "",
            sslmode=sslmode if isinstance(sslmode, str) else sslmode[0],
        )


SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def load_profile(session: Session) -> ServerProfile | None:
    raw = read_state(session, "server")
    if not raw:
        return None
    try:
        data = json.loads(raw)
        return ServerProfile(
            **{k: data[k] for k in ("host", "port", "database", "user", "sslmode")}
        )
    except (ValueError, KeyError, TypeError):
        return None


def save_profile(session: Session, profile: ServerProfile | None) -> None:
    if profile is None:
        session.execute(delete(SyncState.__table__).where(SyncState.key == "server"))
    else:
        write_state(
            session,
            "server",
            json.dumps(
                {
                    "host": profile.host,
                    "port": profile.port,
                    "database": profile.database,
                    "user": profile.user,
                    "sslmode": profile.sslmode,
                }
            ),
        )
    session.commit()


def password_for(profile: ServerProfile, url_password: str | None = None) -> str | None:
    """The server password: in the URL, else ``PGPASSWORD``, else the keyring (or typed
    in this run when there is no keyring)."""
    if url_password:
        return url_password
    env = os.environ.get("PGPASSWORD")
    if env:
        return env
    try:
        return keychain.get(profile.keyring_name)
    except keychain.KeyringUnavailable:
        return None


def friendly_reason(exc: BaseException, profile: ServerProfile) -> str:
    orig = getattr(exc, "orig", None) or exc
    message = str(orig).strip()
    low = message.lower()
    where = f"{profile.host}:{profile.port}"
    owner = QT_TRANSLATE_NOOP(
        "Sync", "ask the coalition's server owner to run `coalition server add-role`"
    )
    if "not permitted to log in" in low:
        return QT_TRANSLATE_NOOP(
            "Sync",
            "the server at {where} no longer lets {user!r} log in (the "
            "organizer's access was withdrawn?); nothing on this laptop was "
            "lost: {owner} for the organizer, or sync with another role",
        ).format(where=where, user=profile.user, owner=owner)
    if "must be owner of" in low:
        return QT_TRANSLATE_NOOP(
            "Sync",
            "the coalition's database at {where} is older than this version of "
            "Coalition, and {user!r} may not upgrade it: ask the server's owner "
            "to run `coalition server setup`",
        ).format(where=where, user=profile.user)
    if "permission denied for" in low:
        return QT_TRANSLATE_NOOP(
            "Sync",
            "the server at {where} does not let {user!r} use the coalition's "
            "data (its access was withdrawn, or never given); nothing on this "
            "laptop was lost: {owner} for it",
        ).format(where=where, user=profile.user, owner=owner)
    if "password authentication failed" in low or "no password supplied" in low:
        return QT_TRANSLATE_NOOP(
            "Sync", "the server at {where} refused the user name or password for {user!r}"
        ).format(where=where, user=profile.user)
    if "does not exist" in low and "database" in low:
        return QT_TRANSLATE_NOOP(
            "Sync", "the server at {where} has no database {database!r}"
        ).format(where=where, database=profile.database)
    if (
        "connection refused" in low
        or "could not connect" in low
        or "timeout" in low
        or "timed out" in low
    ):
        return QT_TRANSLATE_NOOP(
            "Sync",
            "cannot reach the coalition server at {where}: is it running, and is "
            "this laptop online?",
        ).format(where=where)
    if "terminat" in low or "server closed the connection" in low or "connection" in low:
        return QT_TRANSLATE_NOOP(
            "Sync",
            "the connection to the server at {where} was lost during the sync; "
            "nothing was half-written, and the next sync resumes where this one "
            "stopped",
        ).format(where=where)
    first = message.splitlines()[0] if message else type(orig).__name__
    return QT_TRANSLATE_NOOP("Sync", "the server at {where} answered: {first}").format(
        where=where, first=first
    )


def check_role(conn: Connection, profile: ServerProfile, *, walled: bool | None = None) -> None:
    """Refuse, in a sentence, a role the server's walls do not know: it would read only
    what is shared and write nothing (see :mod:`coalition.sync.walls`)."""
    from coalition.sync.walls import whoami

    me = whoami(conn, walled=walled)
    if me is not None and not me.coordinator and not me.listed:
        raise SyncError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "the server at {host}:{port} does not know which organization the "
                "role {role!r} acts for; nothing on this laptop was lost: ask the "
                "coalition's server owner to run `coalition server add-role --role "
                "{role} --org ORGANIZATION --kind member`",
            ).format(host=profile.host, port=profile.port, role=me.role)
        )


def connect(profile: ServerProfile, password: str | None) -> Database:
    """Open the server database, creating or upgrading its schema with our migrations.

    A server whose schema is newer than this app is refused, with a message to update.
    """
    try:
        return open_database(profile.url(password).render_as_string(hide_password=False))
    except DatabaseError as exc:
        cause = exc.__cause__
        if cause is not None and isinstance(cause, (DBAPIError, SQLAlchemyError)):
            raise SyncError(friendly_reason(cause, profile)) from exc
        message = str(exc).replace(
            profile.url(password).render_as_string(hide_password=True),
            f"the server at {profile.host}:{profile.port}",
        )
        if password:
            message = message.replace(password, "***")
        raise SyncError(message) from exc
    except (DBAPIError, SQLAlchemyError) as exc:
        raise SyncError(friendly_reason(exc, profile)) from exc


# The server's database a sync opened stays open for the next sync of this process (the
# driver loaded, the engine set up); its connection is kept a little while after the
# sync, for a next one soon after, then closed: an open window holds no connection of
# the server's between its automatic syncs.
KEEP_S = 60.0
# What a sync asks first of a database kept open, in one query: the schema's revision,
# whether its role may still log in (a role withdrawn meanwhile is refused as a new
# connection is), and whether the server has walls.
_STILL_THERE = text(
    "SELECT (SELECT version_num FROM alembic_version), "
    "(SELECT rolcanlogin AND coalesce(rolvaliduntil > now(), true) "
    "FROM pg_roles WHERE rolname = current_user), "
    "to_regclass('coalition_role') IS NOT NULL"
)

_kept: dict[str, Database] = {}
_idle: dict[str, threading.Timer] = {}
_kept_lock = threading.Lock()


def _kept_key(profile: ServerProfile, password: str | None) -> str:
    return profile.url(password).render_as_string(hide_password=False)


def open_for_sync(profile: ServerProfile, password: str | None) -> Database:
    """The server's database for a sync, checked: the one an earlier sync kept (its schema
    and role asked again in one query), else opened as :func:`connect` opens it.  Hand
    it back with :func:`keep` once the sync went through, else close it."""
    key = _kept_key(profile, password)
    with _kept_lock:
        server = _kept.pop(key, None)
        idle = _idle.pop(key, None)
    if idle is not None:
        idle.cancel()
    if server is None:
        server = connect(profile, password)
        try:
            with server.engine.connect() as conn:
                check_role(conn, profile)
        except BaseException:
            server.close()
            raise
        return server
    try:
        with server.engine.connect() as conn:
            revision, may_log_in, walled = conn.execute(_STILL_THERE).one()
            if revision == migrations.HEAD and may_log_in:
                check_role(conn, profile, walled=bool(walled))
                return server
    except (DBAPIError, SQLAlchemyError):
        pass  # opened again below: what fails then is said as at any first connection
    except BaseException:
        server.close()
        raise
    server.close()
    return open_for_sync(profile, password)


def keep(profile: ServerProfile, password: str | None, server: Database) -> None:
    """Keep ``server`` for the next sync; its connection is closed after :data:`KEEP_S`
    seconds unless a sync takes it again."""
    key = _kept_key(profile, password)
    timer = threading.Timer(KEEP_S, _close_idle, args=(key, server))
    timer.daemon = True
    with _kept_lock:
        earlier = _kept.pop(key, None)
        earlier_idle = _idle.pop(key, None)
        _kept[key], _idle[key] = server, timer
    if earlier_idle is not None:
        earlier_idle.cancel()
    if earlier is not None and earlier is not server:
        earlier.close()
    timer.start()


def _close_idle(key: str, server: Database) -> None:
    with _kept_lock:
        if _kept.get(key) is not server:
            return  # taken by a sync meanwhile
        _idle.pop(key, None)
        server.engine.dispose()  # the connection closed; the engine stays set up


def close_kept() -> None:
    """Close every server database kept for a next sync (at the end of the window or of
    the program: the server sees each connection closed, not cut off)."""
    with _kept_lock:
        kept, idle = list(_kept.values()), list(_idle.values())
        _kept.clear()
        _idle.clear()
    for timer in idle:
        timer.cancel()
    for server in kept:
        server.close()


atexit.register(close_kept)


def test_connection(profile: ServerProfile, password: str | None) -> str:
    """Connect once and say what was found (for Settings → Test connection)."""
    server = connect(profile, password)
    try:
        with server.engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar()
            changes = conn.execute(select(func.count()).select_from(SyncLog)).scalar() or 0
    except (DBAPIError, SQLAlchemyError) as exc:
        raise SyncError(friendly_reason(exc, profile)) from exc
    finally:
        server.close()
    return translate(
        "Sync",
        "Connected to PostgreSQL {version} at {host}:{port}; {changes} changes shared so far.",
    ).format(version=version, host=profile.host, port=profile.port, changes=figure(changes))
