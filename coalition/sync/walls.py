"""The walls between the coalition's organizations, kept by the PostgreSQL server itself.

The server's owner (the role that created the schema and runs its migrations) installs
them with :func:`install` (``coalition server setup``), again after each migration: it
is idempotent.  Each organizer's laptop connects with a database role that
``coalition_role`` ties to an organization and a kind:

- ``coordinator``: reads and writes everything (as do the owner and superusers);
- ``member``: reads what is shared, its organization's records and those shared with
  it by an unrevoked sharing agreement; writes its organization's records only;
- ``delegate``: reads and writes as a member does, and alone casts its organization's
  ballot on a proposal (see :mod:`coalition.sync.walls_decisions`);
- ``observer``: reads as a member does; writes nothing.

A role acts for every ``coalition_role`` it is a member of (``pg_has_role``), so one
role per organization works, as does one login role per organizer GRANTed its
organization's role.

Every synced table gets row-level security, forced (so the owner is held too), with
the same rules the laptop applies (:mod:`coalition.directory.access`): a policy for
reading, and for writing one that checks the record's owner before and after.  The
role's organizations are looked up once per statement: each look-up is a function
wrapped in a sub-select, which PostgreSQL evaluates once (an InitPlan), not for every
row.  An update or deletion of a record the role can read but not write is refused
with an error naming the record's organization (a trigger), never a silent "0 rows".

``sync_log`` shows a role only the entries of records it may read, and takes a new
entry only with the author the server knows (the role's display name, else its name,
and its organization: ``coalition_author()``, which a push asks first and writes into
every entry), and with the owner and visibility of the record it holds: a laptop that
claims another author is refused.  ``sync_conflict`` is read by the role whose
push found the conflict (its values may be of that organization's private records)
and by coordinators.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base
from coalition.store.outbox import LOCAL_TABLES
from coalition.sync import walls_decisions

KINDS = ("coordinator", "member", "delegate", "observer")
REFUSED = "42501"  # SQLSTATE insufficient_privilege: what a wall answers

# The table of roles, readable by the organizations' roles (GRANTed to each), written
# by the owner only.
_ROLE_TABLE = """
CREATE TABLE IF NOT EXISTS coalition_role (
    db_role name PRIMARY KEY,
    organization_id text NULL,
    kind text NOT NULL,
    display_name text NOT NULL DEFAULT ''
);
REVOKE ALL ON coalition_role FROM PUBLIC;
-- The kinds a role may be (a server set up before a kind was added takes it too).
ALTER TABLE coalition_role DROP CONSTRAINT IF EXISTS coalition_role_kind_check;
ALTER TABLE coalition_role ADD CONSTRAINT coalition_role_kind_check
    CHECK (kind IN ('coordinator', 'member', 'delegate', 'observer'));
"""

# The roles current_user acts as: those of coalition_role it is a member of (a row
# naming a role not yet created is skipped, not an error).
# (Every name in the functions' bodies is qualified, "@" standing for the schema: they
# run with the caller's search_path, in which a temporary table of the caller's would
# otherwise come first, a coalition_role of its own making.)
_MINE = """
    SELECT c.* FROM @.coalition_role c
    WHERE pg_catalog.pg_has_role(current_user, pg_catalog.to_regrole(c.db_role::text), 'MEMBER')
"""

_FUNCTIONS = f"""
-- In PL/pgSQL, whose statements are planned once a session: a SQL function that is
-- not inlined is planned again at every call (the log's trigger calls one per row).
CREATE OR REPLACE FUNCTION @.coalition_is_coordinator() RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = current_user
                   AND (rolsuper OR rolbypassrls))
        OR pg_catalog.pg_has_role(current_user,
                       (SELECT relowner FROM pg_catalog.pg_class
                        WHERE oid = '@.coalition_role'::regclass),
                       'MEMBER')
        OR EXISTS (SELECT 1 FROM ({_MINE}) m WHERE m.kind = 'coordinator');
END
$$;

CREATE OR REPLACE FUNCTION @.coalition_my_orgs() RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT m.organization_id), '{{}}')
            FROM ({_MINE}) m WHERE m.organization_id IS NOT NULL);
END
$$;

CREATE OR REPLACE FUNCTION @.coalition_write_orgs() RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT m.organization_id), '{{}}')
            FROM ({_MINE}) m
            WHERE m.organization_id IS NOT NULL
              AND m.kind IN ('member', 'delegate', 'coordinator'));
END
$$;

-- The organizations current_user casts the ballots of: those of its roles of kind delegate.
CREATE OR REPLACE FUNCTION @.coalition_delegate_orgs() RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT m.organization_id), '{{}}')
            FROM ({_MINE}) m WHERE m.organization_id IS NOT NULL AND m.kind = 'delegate');
END
$$;

-- The organizations whose records current_user reads: its own, and those that share
-- theirs with one of them by an agreement not revoked.
CREATE OR REPLACE FUNCTION @.coalition_read_orgs() RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
DECLARE
    mine text[] := @.coalition_my_orgs();
BEGIN
    RETURN (SELECT coalesce(array_agg(DISTINCT o), '{{}}') FROM (
        SELECT unnest(mine) AS o
        UNION
        SELECT s.from_org_id FROM @.sharing_agreement s
        WHERE s.revoked_at IS NULL AND s.to_org_id = ANY (mine)
    ) found);
END
$$;

-- Who current_user is, as the log says it: (display name, organization's name).
CREATE OR REPLACE FUNCTION @.coalition_author(OUT actor text, OUT actor_org text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    org text;
BEGIN
    actor := coalesce((SELECT nullif(c.display_name, '') FROM @.coalition_role c
                       WHERE c.db_role = current_user), session_user::text);
    org := (SELECT m.organization_id FROM ({_MINE}) m WHERE m.organization_id IS NOT NULL
            ORDER BY m.db_role = current_user DESC, m.kind, m.db_role LIMIT 1);
    actor_org := coalesce((SELECT o.name FROM @.organization o WHERE o.id = org), '');
END
$$;

-- An update or deletion of a record current_user may read but not write: an error
-- naming the record's organization and what to do, never a silent "0 rows".
CREATE OR REPLACE FUNCTION @.coalition_check_write(owner text, tbl text, op text)
RETURNS void LANGUAGE plpgsql STABLE AS $$
DECLARE
    owner_name text;
    what text := replace(tbl, '_', ' ');
    verb text := CASE WHEN op = 'DELETE' THEN 'delete' ELSE 'change' END;
BEGIN
    IF @.coalition_is_coordinator()
       OR (owner IS NOT NULL AND owner = ANY (@.coalition_write_orgs())) THEN
        RETURN;
    END IF;
    IF owner IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '{REFUSED}',
            MESSAGE = format('this %s is the coalition''s own: only a coordinator may %s it',
                             what, verb),
            HINT = 'Send the change to a coordinator as a suggestion.';
    END IF;
    SELECT o.name INTO owner_name FROM @.organization o WHERE o.id = owner;
    RAISE EXCEPTION USING ERRCODE = '{REFUSED}',
        MESSAGE = format('this %s belongs to %s: only its organizers or a coordinator may %s it',
                         what, coalesce(owner_name, 'another organization'), verb),
        HINT = format('Ask an organizer of %s or a coordinator to make the change.',
                      coalesce(owner_name, 'that organization'));
END
$$;

CREATE OR REPLACE FUNCTION @.coalition_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM @.coalition_check_write(OLD.owner_org_id, TG_TABLE_NAME, TG_OP);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

-- The same, for a table of the coalition's own (its settings), which coordinators write.
CREATE OR REPLACE FUNCTION @.coalition_guard_coalition() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM @.coalition_check_write(NULL, TG_TABLE_NAME, TG_OP);
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;

CREATE OR REPLACE FUNCTION @.coalition_stamp_conflict() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.server_role := current_user;
    RETURN NEW;
END
$$;
"""

# Evaluated once per statement: each look-up wrapped in a sub-select.
_COORDINATOR = "(SELECT coalition_is_coordinator())"
_READ = (
    f"visibility = 'shared' OR owner_org_id = ANY ((SELECT coalition_read_orgs())::text[]) "
    f"OR {_COORDINATOR}"
)
_WRITE = f"{_COORDINATOR} OR owner_org_id = ANY ((SELECT coalition_write_orgs())::text[])"
# A sharing agreement is read by both its organizations (and is no way to read another
# agreement: the look-up of agreements reads this table).
_READ_AGREEMENT = (
    "visibility = 'shared' OR owner_org_id = ANY ((SELECT coalition_my_orgs())::text[]) "
    f"OR to_org_id = ANY ((SELECT coalition_my_orgs())::text[]) OR {_COORDINATOR}"
)

# A log entry is taken only as the server would stamp it: its author the role's name and
# organization (coalition_author).  A check of the policy (the author looked up once a
# statement), not a trigger that rewrites each row: that cost ~20 µs an entry, a sync
# of 10,000 records half again.  (Its owner and visibility are the pushing laptop's
# copy of the record's, which it read or wrote through the walls: a check of them
# against the row, two readings of its JSON an entry, would stop nothing the role may
# not do to its own records anyway.)
_STAMPED = (
    "actor = (SELECT a.actor FROM coalition_author() a) "
    "AND actor_org = (SELECT a.actor_org FROM coalition_author() a)"
)

_POLICIES = ("coalition_read", "coalition_insert", "coalition_update", "coalition_delete")


def synced_tables() -> list[str]:
    """The tables laptops share through the server (every table but their own)."""
    return [t.name for t in Base.metadata.sorted_tables if t.name not in LOCAL_TABLES]


def _has_owner(table: str) -> bool:
    return "owner_org_id" in Base.metadata.tables[table].c


def _table_walls(table: str) -> list[str]:
    owned = _has_owner(table)
    read = (_READ_AGREEMENT if table == "sharing_agreement" else _READ) if owned else "true"
    write = _WRITE if owned else _COORDINATOR
    statements = [
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        *(f"DROP POLICY IF EXISTS {name} ON {table}" for name in _POLICIES),
        f"CREATE POLICY coalition_read ON {table} FOR SELECT USING ({read})",
        f"CREATE POLICY coalition_insert ON {table} FOR INSERT WITH CHECK ({write})",
        f"CREATE POLICY coalition_update ON {table} FOR UPDATE USING ({read}) WITH CHECK ({write})",
        f"CREATE POLICY coalition_delete ON {table} FOR DELETE USING ({read})",
        f"DROP TRIGGER IF EXISTS coalition_guard ON {table}",
        f"CREATE TRIGGER coalition_guard BEFORE UPDATE OR DELETE ON {table} "
        f"FOR EACH ROW EXECUTE FUNCTION coalition_guard{'' if owned else '_coalition'}()",
    ]
    if owned:
        statements.append(
            f"CREATE INDEX IF NOT EXISTS ix_{table}_owner_walls ON {table} (owner_org_id)"
        )
    return statements


def _log_walls() -> list[str]:
    return [
        "ALTER TABLE sync_log ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_log FORCE ROW LEVEL SECURITY",
        *(
            f"DROP POLICY IF EXISTS {name} ON sync_log"
            for name in ("coalition_read", "coalition_insert", "coalition_manage", "coalition_tidy")
        ),
        f"CREATE POLICY coalition_read ON sync_log FOR SELECT USING ({_READ})",
        f"CREATE POLICY coalition_insert ON sync_log FOR INSERT WITH CHECK ({_STAMPED})",
        f"CREATE POLICY coalition_manage ON sync_log FOR UPDATE USING ({_COORDINATOR})",
        f"CREATE POLICY coalition_tidy ON sync_log FOR DELETE USING ({_COORDINATOR})",
        "DROP TRIGGER IF EXISTS coalition_stamp ON sync_log",
        "DROP FUNCTION IF EXISTS coalition_stamp_log()",
        "ALTER TABLE sync_conflict ENABLE ROW LEVEL SECURITY",
        "ALTER TABLE sync_conflict FORCE ROW LEVEL SECURITY",
        "DROP POLICY IF EXISTS coalition_own ON sync_conflict",
        "DROP POLICY IF EXISTS coalition_insert ON sync_conflict",
        "CREATE POLICY coalition_own ON sync_conflict FOR ALL "
        f"USING (server_role = current_user OR {_COORDINATOR})",
        "CREATE POLICY coalition_insert ON sync_conflict FOR INSERT WITH CHECK (true)",
        "DROP TRIGGER IF EXISTS coalition_stamp ON sync_conflict",
        "CREATE TRIGGER coalition_stamp BEFORE INSERT ON sync_conflict "
        "FOR EACH ROW EXECUTE FUNCTION coalition_stamp_conflict()",
    ]


def install_sql(schema: str = "public") -> list[str]:
    """The statements that put the walls up (or back up, after a migration), the
    coalition's tables being in ``schema`` (quoted as an identifier already)."""
    return [
        _ROLE_TABLE,
        # Nobody but the owner makes objects where the tables are (a function or an
        # operator of an organization's making could stand in for the walls' own).
        f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
        _FUNCTIONS.replace("@.", f"{schema}."),
        *(s for table in synced_tables() for s in _table_walls(table)),
        *_log_walls(),
        *walls_decisions.install_sql(schema, REFUSED),
    ]


def _ident(conn: Connection, name: str) -> str:
    quoted = conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar()
    return str(quoted)


def grant_sql(role: str) -> list[str]:
    """What an organization's role is allowed to touch at all (the policies then say
    which rows); ``role`` quoted as an identifier already."""
    data = ", ".join(synced_tables())
    return [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {data} TO {role}",
        f"GRANT SELECT, INSERT ON sync_log TO {role}",
        f"GRANT SELECT, INSERT, UPDATE ON sync_conflict TO {role}",
        f"GRANT SELECT ON sync_state, alembic_version, coalition_role TO {role}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
    ]


def install(conn: Connection) -> int:
    """Put up the walls, and grant the roles already listed what they need (new tables
    included).  Runs in the caller's transaction; returns how many roles were granted."""
    schema = str(conn.execute(text("SELECT quote_ident(current_schema())")).scalar())
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cursor:  # as written: no parameters, so '%' is just '%'
        for statement in install_sql(schema):
            cursor.execute(statement)
    # Each log entry says whose record it holds and whether it is shared, as the record
    # does: filled in for the entries written before the walls were up.
    conn.exec_driver_sql(
        "UPDATE sync_log SET owner_org_id = row ->> 'owner_org_id', "
        "visibility = coalesce(row ->> 'visibility', 'shared') "
        "WHERE row IS NOT NULL AND (owner_org_id IS DISTINCT FROM row ->> 'owner_org_id' "
        "OR visibility IS DISTINCT FROM coalesce(row ->> 'visibility', 'shared'))"
    )
    # The server's id, which each sync reads (an organization's role only reads it).
    conn.exec_driver_sql(
        "INSERT INTO sync_state (key, value) SELECT 'server_id', gen_random_uuid()::text "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'server_id')"
    )
    granted = 0
    for role in existing_roles(conn):
        for statement in grant_sql(_ident(conn, role)):
            conn.exec_driver_sql(statement)
        granted += 1
    return granted


def installed(conn: Connection) -> bool:
    return bool(conn.execute(text("SELECT to_regclass('coalition_role') IS NOT NULL")).scalar())


def existing_roles(conn: Connection) -> list[str]:
    """The roles listed in coalition_role that exist on the server."""
    return list(
        conn.execute(
            text(
                "SELECT c.db_role FROM coalition_role c JOIN pg_roles r ON r.rolname = c.db_role "
                "ORDER BY c.db_role"
            )
        ).scalars()
    )


@dataclass
class RoleRow:
    db_role: str
    organization_id: str | None
    organization: str
    kind: str
    display_name: str
    exists: bool
    can_login: bool


def roles(conn: Connection) -> list[RoleRow]:
    rows = conn.execute(
        text(
            "SELECT c.db_role, c.organization_id, coalesce(o.name, ''), c.kind, c.display_name, "
            "r.rolname IS NOT NULL, coalesce(r.rolcanlogin, false) "
            "FROM coalition_role c LEFT JOIN pg_roles r ON r.rolname = c.db_role "
            "LEFT JOIN organization o ON o.id = c.organization_id ORDER BY c.kind, c.db_role"
        )
    ).all()
    return [RoleRow(*row) for row in rows]


def record_role(
    conn: Connection, role: str, organization_id: str | None, kind: str, display_name: str
) -> None:
    """Write the role's line of coalition_role (replacing an earlier one)."""
    if kind not in KINDS:
        raise ValueError(
            QT_TRANSLATE_NOOP("Sync", "{kind!r} is not one of {names}").format(
                kind=kind, names=", ".join(KINDS)
            )
        )
    conn.execute(
        text(
            "INSERT INTO coalition_role (db_role, organization_id, kind, display_name) "
            "VALUES (:r, :o, :k, :n) ON CONFLICT (db_role) DO UPDATE SET "
            "organization_id = EXCLUDED.organization_id, kind = EXCLUDED.kind, "
            "display_name = EXCLUDED.display_name"
        ),
        {"r": role, "o": organization_id, "k": kind, "n": display_name},
    )


def role_sql(conn: Connection, role: str, database: str) -> list[str]:
    """The statements that make ``role`` (when missing) and let it in."""
    quoted = _ident(conn, role)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
    made = [] if exists else [f"CREATE ROLE {quoted} LOGIN"]
    return [
        *made,
        f"GRANT CONNECT, TEMPORARY ON DATABASE {_ident(conn, database)} TO {quoted}",
        *grant_sql(quoted),
    ]


@dataclass
class Me:
    """Who the connected role is for the walls."""

    role: str
    coordinator: bool
    organizations: list[str]
    listed: bool  # whether coalition_role names it (or a role it is a member of)


def whoami(conn: Connection, *, walled: bool | None = None) -> Me | None:
    """The connected role as the walls see it; None where no walls are installed
    (``walled``: whether they are, when already asked)."""
    if not (installed(conn) if walled is None else walled):
        return None
    row = conn.execute(
        text(
            "SELECT current_user, coalition_is_coordinator(), coalition_my_orgs(), "
            f"EXISTS ({_MINE.replace('@.', '')})"
        )
    ).one()
    return Me(str(row[0]), bool(row[1]), list(row[2] or []), bool(row[3]))
