"""The FTS5 index behind global search and search-as-you-type, kept in step with each write.

One table per kind (``organization_search``, ``person_search``, ``campaign_search``),
each document keyed by the rowid of its record, with a ``title`` and a ``body``.  Keying
by rowid lets a filtered list take matching rows straight from the index.  The change
recorder calls :func:`update` inside every write transaction, so the index never
disagrees with the data.  Only SQLite has the index; on a PostgreSQL server the hook
does nothing (search runs on the local database).

A rowid can change only if the file is rebuilt row by row (``VACUUM``, or copying rows
into a new file); whatever does that must call :func:`rebuild` afterwards.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import bindparam, event, text
from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import Base
from coalition.store.changes import (
    RowChange,
    add_before_delete_hook,
    add_bulk_hook,
    add_finish_hook,
    add_hook,
    add_inserted_hook,
)
from coalition.store.models import Campaign, Draft, Organization, Person, Proposal

KINDS = ("organization", "person", "campaign", "draft", "proposal")

# The document of each kind: its rowid, the title, and what is searched besides.
DOCUMENT_SQL = {
    "organization": """
        SELECT o.rowid, o.name,
               o.short_name || ' ' || o.home_state || ' ' || o.website || ' ' || o.notes || ' ' ||
               coalesce((SELECT group_concat(t.name, ' ') FROM organization_tag ot
                         JOIN tag t ON t.id = ot.tag_id WHERE ot.organization_id = o.id), '')
        FROM organization o WHERE o.id IN :ids""",
    "person": """
        SELECT p.rowid, p.name,
               p.state || ' ' || p.notes || ' ' ||
               coalesce((SELECT group_concat(e.address, ' ') FROM person_email e
                         WHERE e.person_id = p.id), '') || ' ' ||
               coalesce((SELECT group_concat(o.name || ' ' || o.short_name, ' ') FROM membership m
                         JOIN organization o ON o.id = m.organization_id
                         WHERE m.person_id = p.id), '')
        FROM person p WHERE p.id IN :ids""",
    "campaign": """
        SELECT c.rowid, c.name, c.description FROM campaign c WHERE c.id IN :ids""",
    # A draft is found by its words, any variant's audience and words, and its comments.
    "draft": """
        SELECT d.rowid, d.title,
               d.core_text || ' ' ||
               replace(replace(replace(d.tags, '[', ''), ']', ''), '"', '') || ' ' ||
               coalesce((SELECT group_concat(v.audience || ' ' || v.text, ' ') FROM draft_variant v
                         WHERE v.draft_id = d.id), '') || ' ' ||
               coalesce((SELECT group_concat(c.body, ' ') FROM draft_comment c
                         WHERE c.draft_id = d.id), '')
        FROM draft d WHERE d.id IN :ids""",
    # A proposal by its words and the reasons organizations gave for their ballots.
    "proposal": """
        SELECT p.rowid, p.title,
               p.text || ' ' ||
               coalesce((SELECT group_concat(b.reason, ' ') FROM ballot b
                         WHERE b.proposal_id = p.id), '')
        FROM proposal p WHERE p.id IN :ids""",
}

_BATCH = 500
_GONE = "coalition.search.query.gone"  # session.info: kind -> rowids of records deleted
# session.info: kind -> the records inserted in bulk in this transaction, whose documents
# are written once, at its end (:func:`_write_new`): rowid ranges, and ids of rows that
# did not take their rowids one after another.
_NEW = "coalition.search.new"
_BEFORE = "coalition.search.before"  # session.info: kind -> its largest rowid before a bulk insert
# Documents written per statement at the end of a bulk insert.
_RANGE = 20_000


def fts_table(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(
            QT_TRANSLATE_NOOP("Records", "no search index for {kind!r}").format(kind=kind)
        )
    return f"{kind}_search"


def _is_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def _remember_rowid(kind: str) -> Callable[[Any, Any, Any], None]:
    """Before a record is deleted, note its rowid: afterwards nothing can tell it."""

    def listener(_mapper: Any, connection: Any, target: Any) -> None:
        if connection.dialect.name != "sqlite":
            return
        session = Session.object_session(target)
        if session is None:
            return
        rowid = connection.execute(
            text(f"SELECT rowid FROM {kind} WHERE id = :id"), {"id": target.id}
        ).scalar()
        if rowid is not None:
            session.info.setdefault(_GONE, defaultdict(set))[kind].add(rowid)

    return listener


for _model, _kind in (
    (Organization, "organization"),
    (Person, "person"),
    (Campaign, "campaign"),
    (Draft, "draft"),
    (Proposal, "proposal"),
):
    event.listen(_model, "before_delete", _remember_rowid(_kind))


def note_core_delete(session: Session, table: str, row_id: str) -> None:
    """Before a row is deleted without the ORM (changes brought by sync), note its
    rowid as the mapper event does for ORM deletes, so its document goes too."""
    if table not in KINDS or not _is_sqlite(session):
        return
    rowid = session.execute(
        text(f"SELECT rowid FROM {table} WHERE id = :id"), {"id": row_id}
    ).scalar()
    if rowid is not None:
        session.info.setdefault(_GONE, defaultdict(set))[table].add(rowid)


def _note_bulk_delete(session: Session, table: str, row_ids: list[str]) -> None:
    """Before rows are deleted in bulk (undoing an import), note their rowids."""
    if table not in KINDS or not _is_sqlite(session):
        return
    rowids = session.execute(
        text(f"SELECT rowid FROM {table} WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        ),
        {"ids": row_ids},
    ).scalars()
    session.info.setdefault(_GONE, defaultdict(set))[table].update(rowids)


add_before_delete_hook(_note_bulk_delete)


@event.listens_for(Session, "after_soft_rollback")
def _forget_deleted(session: Session, _previous: Any) -> None:
    session.info.pop(_GONE, None)
    session.info.pop(_NEW, None)
    session.info.pop(_BEFORE, None)


# --- records inserted in bulk -------------------------------------------------------------
#
# An import writes hundreds of thousands of people a thousand at a time, their addresses
# and memberships after them.  Writing each one's document as its rows come (by id, a
# few hundred at a time, each first removed in case it was there) took longer than
# writing the people.  Their documents are written by ranges of rowids, which SQLite
# reads in order: the rows a bulk insert adds to a table take the rowids after the
# largest one there (checked: otherwise they are noted by id).  Those of each insert
# but the latest are written as the changes are indexed (what is part of a record is
# written after it: an import writes a batch of people, then their addresses), the
# rest once the write is done; a record changed again afterwards is indexed by id.


class _New:
    def __init__(self) -> None:
        self.ranges: list[list[int]] = []  # [first, last] rowids
        self.latest = 0  # the first rowid of the latest bulk insert
        self.ids: set[str] = set()
        # The ids of those ranges inserted since the changes were last indexed: most
        # rows an import adds (addresses, memberships) are of people among them.
        self.recent: set[str] = set()

    def covers(self, session: Session, kind: str, ids: set[str]) -> set[str]:
        """Which of ``ids`` are records inserted in bulk whose documents are still to write."""
        found = ids & self.ids | ids & self.recent
        if not self.ranges or len(found) == len(ids):
            return found
        ranged = text(f"SELECT id, rowid FROM {kind} WHERE id IN :ids").bindparams(
            bindparam("ids", expanding=True)
        )
        listed = sorted(ids - found)
        for start in range(0, len(listed), _BATCH):
            rows = session.execute(ranged, {"ids": listed[start : start + _BATCH]})
            found.update(
                row_id
                for row_id, rowid in rows
                if any(first <= rowid <= last for first, last in self.ranges)
            )
        return found


def _max_rowid(session: Session, kind: str) -> int:
    return int(session.execute(text(f"SELECT max(rowid) FROM {kind}")).scalar() or 0)


def _before_bulk(session: Session, model: type[Base], _rows: Any, action: str) -> None:
    kind = model.__tablename__
    if action == "insert" and kind in KINDS and _is_sqlite(session):
        session.info.setdefault(_BEFORE, {})[kind] = _max_rowid(session, kind)


def _inserted(session: Session, table: str, rows: list[dict[str, Any]]) -> None:
    before = session.info.get(_BEFORE, {}).pop(table, None)
    if before is None:
        return
    pending = session.info.setdefault(_NEW, {})
    new = pending.get(table) or pending.setdefault(table, _New())
    after = _max_rowid(session, table)
    ids = (str(row["id"]) for row in rows)
    if after - before != len(rows):  # not one after another: noted by id
        new.ids.update(ids)
        return
    new.recent.update(ids)
    new.latest = before + 1
    if new.ranges and new.ranges[-1][1] == before:
        new.ranges[-1][1] = after
    else:
        new.ranges.append([before + 1, after])


def _write_ranges(session: Session, kind: str, ranges: list[list[int]]) -> None:
    table = fts_table(kind)
    every = DOCUMENT_SQL[kind].rsplit("WHERE", 1)[0]
    alias = every.split()[-1]
    remove = text(f"DELETE FROM {table} WHERE rowid BETWEEN :first AND :last")
    write = text(
        f"INSERT INTO {table} (rowid, title, body) {every}"
        f"WHERE {alias}.rowid BETWEEN :first AND :last"
    )
    for first, last in ranges:
        for start in range(first, last + 1, _RANGE):
            bounds = {"first": start, "last": min(last, start + _RANGE - 1)}
            session.execute(remove, bounds)
            session.execute(write, bounds)


def _write_settled(session: Session, kind: str, new: _New) -> None:
    """Write the documents of the records inserted before the latest bulk insert of
    their table, and forget them (see above)."""
    latest = new.latest
    settled = [[first, min(last, latest - 1)] for first, last in new.ranges if first < latest]
    new.ranges = [[max(first, latest), last] for first, last in new.ranges if last >= latest]
    _write_ranges(session, kind, settled)


def _write_new(session: Session) -> None:
    """Write the documents of the records inserted in bulk still to write (see above)."""
    pending: dict[str, _New] = session.info.pop(_NEW, {})
    for kind, new in pending.items():
        _write_ranges(session, kind, new.ranges)
        if new.ids:
            reindex(session, kind, new.ids)


add_bulk_hook(_before_bulk)
add_inserted_hook(_inserted)
add_finish_hook(_write_new)


def _value(change: RowChange, key: str) -> str | None:
    for values in (change.after, change.before):
        if values and values.get(key):
            return str(values[key])
    return None


def affected(changes: Iterable[RowChange]) -> tuple[dict[str, set[str]], set[str]]:
    """The documents (by kind, record ids) whose text depends on the changed rows, and
    the organizations renamed (their members' documents name them)."""
    docs: dict[str, set[str]] = defaultdict(set)
    renamed: set[str] = set()
    for change in changes:
        if change.table in KINDS:
            docs[change.table].add(change.row_id)
            if change.table == "organization" and (
                {"name", "short_name"} & change.changed_fields().keys()
            ):
                renamed.add(change.row_id)
        elif change.table == "organization_tag":
            docs["organization"].add(_value(change, "organization_id") or "")
        elif change.table in ("person_email", "membership"):
            docs["person"].add(_value(change, "person_id") or "")
        elif change.table in ("draft_variant", "draft_comment"):
            docs["draft"].add(_value(change, "draft_id") or "")
        elif change.table == "ballot":
            docs["proposal"].add(_value(change, "proposal_id") or "")
    for ids in docs.values():
        ids.discard("")
    return docs, renamed


def _delete(session: Session, kind: str, rowids: list[int]) -> None:
    for start in range(0, len(rowids), _BATCH):
        session.execute(
            text(f"DELETE FROM {fts_table(kind)} WHERE rowid IN :rowids").bindparams(
                bindparam("rowids", expanding=True)
            ),
            {"rowids": rowids[start : start + _BATCH]},
        )


def reindex(session: Session, kind: str, ids: set[str]) -> None:
    """Write the documents of the records ``ids`` again.

    Each batch in two statements that SQLite runs whole (the documents never pass
    through Python): an import indexes hundreds of thousands of people.
    """
    id_list = sorted(ids)
    table = fts_table(kind)
    remove = text(
        f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {kind} WHERE id IN :ids)"
    ).bindparams(bindparam("ids", expanding=True))
    write = text(f"INSERT INTO {table} (rowid, title, body) {DOCUMENT_SQL[kind]}").bindparams(
        bindparam("ids", expanding=True)
    )
    for start in range(0, len(id_list), _BATCH):
        chunk = {"ids": id_list[start : start + _BATCH]}
        session.execute(remove, chunk)
        session.execute(write, chunk)


def update(session: Session, changes: list[RowChange]) -> None:
    gone: dict[str, set[int]] = session.info.pop(_GONE, {})
    if not _is_sqlite(session):
        return
    for kind, rowids in gone.items():
        _delete(session, kind, sorted(rowids))
    docs, renamed = affected(changes)
    if renamed:
        members = session.execute(
            text(
                "SELECT DISTINCT person_id FROM membership WHERE organization_id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": sorted(renamed)},
        ).scalars()
        docs["person"].update(members)
    new: dict[str, _New] = session.info.get(_NEW, {})
    for kind, ids in docs.items():
        if kind in new:  # written at the end
            ids -= new[kind].covers(session, kind, ids)
        if ids:
            reindex(session, kind, ids)
    for kind, pending in new.items():
        pending.recent = set()
        _write_settled(session, kind, pending)


def rebuild(session: Session) -> None:
    """Index everything again (after the file was rebuilt, or to repair it, or after a
    first sync brought everything at once): one statement a kind, run whole by SQLite."""
    if not _is_sqlite(session):
        return
    session.info.pop(_GONE, None)  # every document goes, and is written again
    for kind in KINDS:
        table = fts_table(kind)
        every = DOCUMENT_SQL[kind].rsplit("WHERE", 1)[0]
        session.execute(text(f"DELETE FROM {table}"))
        session.execute(text(f"INSERT INTO {table} (rowid, title, body) {every}"))


add_hook(update)
