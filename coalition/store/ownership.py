"""Who owns a new record, who may write it, and who may read it, applied to every write
and every query of the store.

A new record is stamped as it is written: its owning organization is the one of the
record it is part of (an e-mail's person, an event's endorsement, a call's series), or
the organization named by the record itself (a membership's, a sign-off's), else the
organization of whoever makes it (``IDENTITY.org_id``); its visibility is its parent's,
else what the rules say for its owner (a 501(c)(3)'s people are private).

The rules themselves are the directory's (:mod:`coalition.directory.access`), which
registers them here (:func:`register`): this layer knows the columns, not the policy.
Without rules registered, records are stamped with owners and shared, and nothing is
refused or hidden.

Writes brought by sync (:data:`~coalition.store.outbox.APPLYING`) carry the server's
verdict: they are neither stamped nor checked.  Code that writes records it has the
right to write whoever runs it (the sample loader) sets :data:`EXEMPT` in the session's
info; a query that must see everything (sync, backups) passes the execution option
:data:`ALL_RECORDS`.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import event, inspect, or_, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from coalition.common.errors import CoalitionError
from coalition.store.base import PRIVATE, SHARED, Base, Entity
from coalition.store.changes import IDENTITY, RESTORING, add_bulk_hook
from coalition.store.models import MODEL_BY_TABLE, Setting
from coalition.store.outbox import APPLYING

# Set in a session's info: its writes are not checked against the rules.
EXEMPT = "coalition.walls_exempt"
# Execution option: the query sees every record, private ones of others included.
ALL_RECORDS = "coalition_all_records"
_READABLE = "coalition.readable_orgs"
_BULK_LOOKUP = 500
# The roles that act for their own organization (a delegate writes as a member does).
_MEMBER_ROLES = frozenset({"member", "delegate"})


class NotPermittedError(CoalitionError):
    """A write the active organizer may not make: the message says whose record it is
    and who can change it."""


class Rules(Protocol):
    """The policy, as the directory gives it."""

    def default_visibility(self, session: Session, table: str, owner_org_id: str | None) -> str:
        """The visibility of a new record of ``table`` owned by ``owner_org_id`` that has
        no parent to take it from."""

    def refusal(self, session: Session, table: str, owners: Iterable[str | None]) -> str | None:
        """Why the active organizer may not write a record of ``table`` owned (before and
        after the change) by ``owners``; None when they may."""

    def readable(self, session: Session) -> frozenset[str] | None:
        """The organizations whose private records the active organizer may read; None
        when they may read everything."""


_RULES: list[Rules] = []


def register(rules: Rules) -> None:
    """Make ``rules`` the policy every write and query of the store follows."""
    _RULES[:] = [rules]


def rules() -> Rules | None:
    return _RULES[0] if _RULES else None


@dataclass(frozen=True)
class Parent:
    """The record a record is part of: through which column, in which table."""

    column: str
    table: str


# Parts of a record: owner and visibility both come from the first parent named.
PARENTS: dict[str, tuple[Parent, ...]] = {
    "action_item": (Parent("occurrence_id", "call_occurrence"),),
    "agenda_item": (Parent("occurrence_id", "call_occurrence"),),
    "attendance": (Parent("occurrence_id", "call_occurrence"),),
    "call_occurrence": (Parent("series_id", "call_series"),),
    "call_participant": (Parent("series_id", "call_series"),),
    "standing_item": (Parent("series_id", "call_series"),),
    "rsvp": (Parent("series_id", "call_series"), Parent("occurrence_id", "call_occurrence")),
    "series_mail": (Parent("series_id", "call_series"),),
    "draft_revision": (Parent("variant_id", "draft_variant"), Parent("draft_id", "draft")),
    "draft_status_change": (Parent("draft_id", "draft"),),
    "endorsement_event": (Parent("endorsement_id", "endorsement"),),
    "goal": (Parent("campaign_id", "campaign"),),
    "goal_observation": (Parent("goal_id", "goal"),),
    "event_host": (Parent("event_id", "event"),),
    "shift": (Parent("event_id", "event"),),
    "shift_assignment": (Parent("shift_id", "shift"),),
    # What a person gave at a sign-up, and their consents, are as private as the person.
    "sign_up": (Parent("person_id", "person"),),
    "consent": (Parent("person_id", "person"),),
    "person_email": (Parent("person_id", "person"),),
    "person_phone": (Parent("person_id", "person"),),
    # An organization's pages and tags are its owner's (a group added by another group's
    # organizer is that group's record until it is handed over).
    "social_page": (Parent("organization_id", "organization"),),
    "organization_tag": (Parent("organization_id", "organization"),),
}
# Records that name the organization that answers for them.
OWNER_COLUMNS: dict[str, str] = {
    "endorsement": "endorser_org_id",
    "draft_variant": "organization_id",
    "sign_off": "organization_id",
    "sharing_agreement": "from_org_id",
    "membership": "organization_id",
    "ballot": "organization_id",
    "proxy": "from_org_id",
}
# Of those, records a member of another organization may make all the same, as their own
# organization's record (a contact list saying who belongs to which group): a membership.
MAKERS_OWN: frozenset[str] = frozenset({"membership"})
# Records whose visibility (not their owner) follows another's: a variant of a draft
# still internal to one group, a comment on it, a membership of a private person.
VISIBILITY_PARENTS: dict[str, tuple[Parent, ...]] = {
    "draft_variant": (Parent("draft_id", "draft"),),
    "draft_comment": (Parent("variant_id", "draft_variant"), Parent("draft_id", "draft")),
    "sign_off": (Parent("variant_id", "draft_variant"),),
    "membership": (Parent("person_id", "person"),),
}

# New records constructed with a visibility of their own (kept as given).
_GIVEN: weakref.WeakSet[Entity] = weakref.WeakSet()


@event.listens_for(Entity, "init", propagate=True)
def _on_init(target: Entity, _args: Any, kwargs: dict[str, Any]) -> None:
    if "visibility" in kwargs:
        _GIVEN.add(target)


# --- records as objects (the ORM) -------------------------------------------------------


def _related(
    obj: Entity, column: str, held: Mapping[tuple[int, str], Entity] | None = None
) -> tuple[Entity | None, Any]:
    """The object ``column`` points at when it is set through a relationship (the key not
    filled in before the flush: the child given, or put in its parent's list), and the
    key itself."""
    value = getattr(obj, column)
    for rel in inspect(type(obj)).relationships:
        if rel.direction.name != "MANYTOONE":
            continue
        if any(col.key == column for col in rel.local_columns):
            loaded = obj.__dict__.get(rel.key)
            if isinstance(loaded, Entity):
                return loaded, loaded.id
    if value is None and held is not None and (id(obj), column) in held:
        parent = held[(id(obj), column)]
        return parent, parent.id
    return None, value


def _held(session: Session) -> dict[tuple[int, str], Entity]:
    """(new child, its key column) -> the parent whose list holds it, for children put in
    a list whose relationship has no way back (an organization's tags)."""
    held: dict[tuple[int, str], Entity] = {}
    for obj in (*session.new, *session.dirty):
        if not isinstance(obj, Entity):
            continue
        for rel in inspect(type(obj)).relationships:
            if rel.direction.name != "ONETOMANY" or rel.key not in obj.__dict__:
                continue
            children = obj.__dict__[rel.key]
            columns = [col.key for col in rel.remote_side if col.key is not None]
            for child in children if isinstance(children, list) else ():
                if child in session.new:
                    for column in columns:
                        held[(id(child), column)] = obj
    return held


def _parent(
    session: Session,
    obj: Entity,
    parents: tuple[Parent, ...],
    held: Mapping[tuple[int, str], Entity] | None = None,
) -> Entity | None:
    for parent in parents:
        found, key = _related(obj, parent.column, held)
        if found is None and key is not None:
            found = session.get(  # type: ignore[assignment]
                MODEL_BY_TABLE[parent.table], key, execution_options={ALL_RECORDS: True}
            )
        if found is not None:
            return found
    return None


class _Stamper:
    """Stamps the new objects of one flush, parents before their parts."""

    def __init__(self, session: Session, rules: Rules | None) -> None:
        self.session = session
        self.rules = rules
        self.done: set[int] = set()
        self.held = _held(session)

    def stamp(self, obj: Entity) -> None:
        if id(obj) in self.done:
            return
        self.done.add(id(obj))
        table = obj.__tablename__
        parent = _parent(self.session, obj, PARENTS.get(table, ()), self.held)
        if parent is not None and parent in self.session.new:
            self.stamp(parent)
        if obj.owner_org_id is None:
            obj.owner_org_id = self._owner(obj, table, parent)
            self._keep_owner_object(obj)
        if obj in _GIVEN:
            return
        source = parent or _parent(self.session, obj, VISIBILITY_PARENTS.get(table, ()), self.held)
        if source is not None:
            if source in self.session.new:
                self.stamp(source)
            obj.visibility = source.visibility
        elif self.rules is not None:
            obj.visibility = self.rules.default_visibility(self.session, table, obj.owner_org_id)

    def _keep_owner_object(self, obj: Entity) -> None:
        """A record that names its owner through a relationship too (a draft's
        ``owner_org``), set to None by the service, would set the key back at the flush:
        the relationship is given the owner as well."""
        for rel in inspect(type(obj)).relationships:
            if (
                rel.direction.name == "MANYTOONE"
                and rel.key in obj.__dict__
                and any(col.key == "owner_org_id" for col in rel.local_columns)
            ):
                owner = obj.owner_org_id
                found = None if owner is None else self.session.get(rel.mapper.class_, owner)
                setattr(obj, rel.key, found)
                obj.owner_org_id = owner

    def _owner(self, obj: Entity, table: str, parent: Entity | None) -> str | None:
        if parent is not None:
            return parent.owner_org_id
        if table in OWNER_COLUMNS:
            named = _related(obj, OWNER_COLUMNS[table], self.held)[1]
            if named is not None:
                return _named_owner(table, str(named))
        if table == "organization" and IDENTITY.org_id is None:
            return obj.id  # an organization answers for itself
        return IDENTITY.org_id


def _named_owner(table: str, named: str) -> str:
    """The owner of a new record that names an organization: that one, unless a member
    of another organization (or its delegate) makes one of the records its maker owns
    (:data:`MAKERS_OWN`)."""
    maker = IDENTITY.org_id
    if table in MAKERS_OWN and IDENTITY.role in _MEMBER_ROLES and maker and maker != named:
        return maker
    return named


def _committed_owner(obj: Entity) -> str | None:
    history = inspect(obj).attrs.owner_org_id.history
    if history.deleted:
        return history.deleted[0]  # type: ignore[no-any-return]
    return obj.owner_org_id


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get(APPLYING):
        return
    policy = rules()
    if not session.info.get(RESTORING):
        stamper = _Stamper(session, policy)
        with session.no_autoflush:
            for obj in list(session.new):
                if isinstance(obj, Entity):
                    stamper.stamp(obj)
    if policy is None or session.info.get(EXEMPT):
        return
    _check_objects(session, policy)


def _check_objects(session: Session, policy: Rules) -> None:
    # The coalition's settings (its name, the states it aims for) are the coalition's
    # own records: its coordinators keep them, as on the server.
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Setting):
            _refuse(policy.refusal(session, "setting", (None,)))
    for obj in session.new:
        if isinstance(obj, Entity):
            _refuse(policy.refusal(session, obj.__tablename__, (obj.owner_org_id,)))
    for obj in session.dirty:
        if isinstance(obj, Entity) and session.is_modified(obj, include_collections=False):
            owners = (_committed_owner(obj), obj.owner_org_id)
            _refuse(policy.refusal(session, obj.__tablename__, owners))
    for obj in session.deleted:
        if isinstance(obj, Entity):
            _refuse(policy.refusal(session, obj.__tablename__, (_committed_owner(obj),)))


def _refuse(reason: str | None) -> None:
    if reason is not None:
        raise NotPermittedError(reason)


# --- records written in bulk --------------------------------------------------------------


# session.info: (transaction, table, {id: (owner, visibility)}) of the latest rows
# stamped in bulk, for the rows that hang on them and come next (an import writes a
# thousand people, then their addresses, numbers and memberships).
_LATEST = "coalition.ownership.latest_bulk"


def _bulk_parents(
    session: Session, table: str, rows: list[dict[str, Any]], column: str
) -> dict[str, tuple[Any, str]]:
    """(owner, visibility) of the records of ``table`` that the rows' ``column`` names:
    those of the latest batch stamped in bulk from memory, the others read a few
    hundred at a time.  Only the latest batch is kept (keeping every record an import
    of 200,000 people made cost 30 MiB); reading them back took a third of the time the
    import spent stamping."""
    wanted_all = {key for row in rows if (key := row.get(column)) is not None}
    found: dict[str, tuple[Any, str]] = {}
    latest = session.info.get(_LATEST)
    if latest is not None and latest[0] == _transaction(session) and latest[1] == table:
        known = latest[2]
        found.update({key: known[key] for key in wanted_all if key in known})
    wanted = [key for key in wanted_all if key not in found]
    columns = MODEL_BY_TABLE[table].__table__.c
    for start in range(0, len(wanted), _BULK_LOOKUP):
        chunk = wanted[start : start + _BULK_LOOKUP]
        read = session.execute(
            select(columns.id, columns.owner_org_id, columns.visibility).where(
                columns.id.in_(chunk)
            ),
            execution_options={ALL_RECORDS: True},
        )
        found.update({row[0]: (row[1], row[2]) for row in read})
    return found


def stamp_rows(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Stamp new rows written in bulk (an import) as :class:`_Stamper` does objects: one
    lookup per distinct parent, one default per distinct owner, a dict write per row."""
    if session.info.get(APPLYING) or not issubclass(model, Entity):
        return
    table = model.__tablename__
    policy = rules()
    parents = PARENTS.get(table, ()) or VISIBILITY_PARENTS.get(table, ())
    own_parent = table in PARENTS
    lookups = [
        (parent.column, _bulk_parents(session, parent.table, rows, parent.column).get)
        for parent in parents
    ]
    defaults: dict[Any, str] = {}
    named = OWNER_COLUMNS.get(table)
    for row in rows:
        stamp = None
        for column, lookup in lookups:
            key = row.get(column)
            if key is not None and (stamp := lookup(key)) is not None:
                break
        owner = row.get("owner_org_id")
        if owner is None:
            if own_parent and stamp is not None:
                owner = stamp[0]
            elif named is not None and row.get(named) is not None:
                owner = _named_owner(table, row[named])
            else:
                owner = IDENTITY.org_id
            row["owner_org_id"] = owner
        if row.get("visibility", SHARED) == SHARED:
            if stamp is not None:
                row["visibility"] = stamp[1]
            elif policy is not None:
                if owner not in defaults:
                    defaults[owner] = policy.default_visibility(session, table, owner)
                row["visibility"] = defaults[owner]
    if table in _BULK_PARENT_TABLES and rows and "id" in rows[0]:
        session.info[_LATEST] = (
            _transaction(session),
            table,
            {row["id"]: (row.get("owner_org_id"), row.get("visibility", SHARED)) for row in rows},
        )


@event.listens_for(Session, "after_flush")
def _forget_latest(session: Session, _context: Any) -> None:
    """Objects written since may have changed a record's owner or visibility."""
    session.info.pop(_LATEST, None)


def _transaction(session: Session) -> Any:
    """The transaction under way (the latest batch's stamps hold only within it)."""
    return session.get_transaction()


# The tables that records written in bulk hang on.
_BULK_PARENT_TABLES = frozenset(
    parent.table
    for parents in (*PARENTS.values(), *VISIBILITY_PARENTS.values())
    for parent in parents
)


def check_rows(session: Session, model: type[Base], rows: Iterable[Mapping[str, Any]]) -> None:
    """Refuse rows written or deleted in bulk that the active organizer may not write:
    one question per distinct owner."""
    policy = rules()
    if (
        policy is None
        or not issubclass(model, Entity)
        or session.info.get(APPLYING)
        or session.info.get(EXEMPT)
    ):
        return
    owners = {row.get("owner_org_id") for row in rows}
    for owner in owners:
        _refuse(policy.refusal(session, model.__tablename__, (owner,)))


def _on_bulk(session: Session, model: type[Base], rows: list[dict[str, Any]], action: str) -> None:
    if action == "insert" and not session.info.get(RESTORING):
        stamp_rows(session, model, rows)
    check_rows(session, model, rows)


add_bulk_hook(_on_bulk)


# --- what a query sees --------------------------------------------------------------------


def readable_orgs(session: Session) -> frozenset[str] | None:
    """The organizations whose private records this session's organizer may read (None:
    all of them), asked once per transaction."""
    policy = rules()
    if policy is None:
        return None
    key = (IDENTITY.org_id, IDENTITY.role)
    cached = session.info.get(_READABLE)
    if cached is not None and cached[0] == key:
        return cached[1]  # type: ignore[no-any-return]
    orgs = policy.readable(session)
    session.info[_READABLE] = (key, orgs)
    return orgs


@event.listens_for(Session, "after_commit")
@event.listens_for(Session, "after_rollback")
def _forget_readable(session: Session) -> None:
    session.info.pop(_READABLE, None)


def readable_clause(columns: Any, orgs: frozenset[str] | None) -> Any:
    """The condition that keeps only the readable rows of a table (its ``.c``, or a
    mapped class): None when everything is readable."""
    if orgs is None:
        return None
    return or_(columns.visibility != PRIVATE, columns.owner_org_id.in_(sorted(orgs)))


@event.listens_for(Session, "do_orm_execute")
def _hide_private(state: ORMExecuteState) -> None:
    if not (state.is_select and state.is_orm_statement) or state.execution_options.get(ALL_RECORDS):
        return
    session = state.session
    if session.info.get(APPLYING) or rules() is None:
        return
    orgs = readable_orgs(session)
    if orgs is None:
        return
    allowed = tuple(sorted(orgs))
    state.statement = state.statement.options(
        with_loader_criteria(
            Entity,
            lambda cls: or_(cls.visibility != PRIVATE, cls.owner_org_id.in_(allowed)),
            include_aliases=True,
        )
    )


def readable_sql(session: Session, alias: str) -> str:
    """The SQL condition (for hand-written queries: the lists, the search) that keeps only
    the rows of ``alias`` the organizer may read; '' when every row is readable.

    The organizations' ids are written in as quoted literals: they are this database's own
    keys, and a list's SQL is built once per page asked for.
    """
    orgs = readable_orgs(session)
    if orgs is None:
        return ""
    quoted = ", ".join("'" + org.replace("'", "''") + "'" for org in sorted(orgs))
    owners = f" OR {alias}.owner_org_id IN ({quoted})" if quoted else ""
    return f"({alias}.visibility <> '{PRIVATE}'{owners})"


def hidden_rows(session: Session, rows: Iterable[tuple[str, str, Any]]) -> set[tuple[str, str]]:
    """Of ``rows`` ((table, id, the values last logged for it or None)), those the
    organizer may not read: private records of an organization they do not read for,
    whether still there or gone (then by their logged values).  For what reads around the
    records themselves: the audit trail."""
    orgs = readable_orgs(session)
    if orgs is None:
        return set()
    by_table: dict[str, dict[str, Any]] = {}
    for table, row_id, logged in rows:
        if table in MODEL_BY_TABLE and issubclass(MODEL_BY_TABLE[table], Entity):
            by_table.setdefault(table, {})[row_id] = logged
    hidden: set[tuple[str, str]] = set()
    for table, logged_by_id in by_table.items():
        columns = MODEL_BY_TABLE[table].__table__.c
        ids = list(logged_by_id)
        present: dict[str, tuple[Any, Any]] = {}
        for start in range(0, len(ids), _BULK_LOOKUP):
            read = session.execute(
                select(columns.id, columns.owner_org_id, columns.visibility).where(
                    columns.id.in_(ids[start : start + _BULK_LOOKUP])
                ),
                execution_options={ALL_RECORDS: True},
            )
            present.update({row[0]: (row[1], row[2]) for row in read})
        for row_id, logged in logged_by_id.items():
            owner, visibility = present.get(row_id) or (
                (logged or {}).get("owner_org_id"),
                (logged or {}).get("visibility"),
            )
            if visibility == PRIVATE and owner not in orgs:
                hidden.add((table, row_id))
    return hidden
