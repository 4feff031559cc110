"""Records taken back from this laptop: the server's "hide" entries (:data:`HIDE`) as a
pull applies them.

A record that was shared and is then made private, or handed to another organization
while private, or that was read through a sharing agreement now ended, is no longer
the business of every organizer who already has it.  The server cannot send them the
change (they may not read it), so it logs an entry every laptop reads, holding no
values: the record's table and id, and whose it now is.  Here, a laptop whose organizer
may no longer read it by this laptop's rules (:mod:`coalition.directory.access`) drops
its copy, with the parts that hang on it (a person's e-mails, phones, memberships), and
the record's history, which held its values.  Nothing is queued to be sent back: the
record is gone here only.  The organization's own laptops, those it shares with and the
coordinators' keep theirs.

An agreement ended is one entry, swept here: every private record this laptop holds
that its organizer may no longer read goes.

A record a pull brings that hangs on one this laptop does not hold (one its organizer
may not read: an e-mail left shared of a person made private, a membership its own
group recorded of another group's private contact) is not kept either: it would point
at nothing (:meth:`Withdrawals.drop_orphans`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from sqlalchemy import Table, delete, select, tuple_
from sqlalchemy.orm import Session

# The rules this laptop reads by: registered with the store on import, so that a pull
# run without any screen or directory command loaded (``coalition sync``) keeps them.
from coalition.directory import access as _access  # noqa: F401
from coalition.store import ownership, search_index
from coalition.store.base import PRIVATE, Base, Entity
from coalition.store.models import MODEL_BY_TABLE, ChangeLog
from coalition.store.outbox import LOCAL_TABLES
from coalition.sync.target import BATCH, Target

_UNKNOWN: Any = object()
# Fewer records hidden at once than this go one by one, each with what hangs on it (a
# few look-ups a record); more, a table at a time (a scan of each table hanging on them).
_ONE_BY_ONE = 100


class Withdrawals:
    """The hide entries of one pull, applied in their turn among the others."""

    def __init__(self, session: Session, target: Target):
        self.session = session
        self.target = target
        self._orgs: frozenset[str] | None = _UNKNOWN
        self.gone: set[tuple[str, str]] = set()  # records taken away, not brought back since
        self.gone_ids: set[str] = set()
        self._waiting: list[Any] = []

    def readable(self) -> frozenset[str] | None:
        """The organizations whose private records this laptop's organizer reads (None:
        all), as this laptop's agreements now stand."""
        if self._orgs is _UNKNOWN:
            policy = ownership.rules()
            if policy is None:
                self._orgs = None
            else:
                self.target.flush_writes()
                self._orgs = policy.readable(self.session)
        return self._orgs

    def agreements_changed(self) -> None:
        self._orgs = _UNKNOWN

    def back(self, table: str, row_id: str) -> None:
        """A record taken away earlier in this pull is brought again (shared again)."""
        if (table, row_id) in self.gone:
            self.gone.discard((table, row_id))
            self.gone_ids.discard(row_id)

    def apply(self, entry: Any) -> int:
        """Take one hide entry: an agreement's is applied at once, a record's waits with
        the ones after it (:meth:`flush`, before any other entry is applied)."""
        if entry.table_name == "sharing_agreement":
            removed = self.flush()
            orgs = self.readable()
            return removed if orgs is None else removed + self._sweep(orgs)
        if entry.table_name in MODEL_BY_TABLE:
            self._waiting.append(entry)
        return 0

    def flush(self) -> int:
        """Apply the hide entries waiting; returns how many records went."""
        waiting, self._waiting = self._waiting, []
        orgs = self.readable() if waiting else None
        if orgs is None:
            return 0
        unread = [(e.table_name, e.row_id) for e in waiting if e.owner_org_id not in orgs]
        if len(unread) < _ONE_BY_ONE:
            return sum(self._remove(table, row_id) for table, row_id in unread)
        by_table: dict[str, list[str]] = {}
        for table, row_id in unread:
            by_table.setdefault(table, []).append(row_id)
        return self._cascade(lambda table: self._present(table, by_table.get(table.name, [])))

    def _present(self, table: Table, ids: list[str]) -> list[str]:
        pk = next(iter(table.primary_key.columns))
        found: list[str] = []
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            found.extend(
                str(i) for i in self.session.execute(select(pk).where(pk.in_(chunk))).scalars()
            )
        return found

    def _sweep(self, orgs: frozenset[str]) -> int:
        """Every private record here that the organizer may no longer read."""

        def unread(table: Table) -> list[str]:
            pk = next(iter(table.primary_key.columns))
            condition = table.c.visibility == PRIVATE
            if orgs:
                condition &= table.c.owner_org_id.is_(None) | table.c.owner_org_id.not_in(
                    sorted(orgs)
                )
            return [str(i) for i in self.session.execute(select(pk).where(condition)).scalars()]

        return self._cascade(unread)

    def _cascade(self, first: Callable[[Table], list[str]]) -> int:
        """The records ``first`` names in each table, and what hangs on them: a few
        statements a table, not a few a record (an agreement may have let a laptop read
        thousands of another group's records, a group may make thousands private)."""
        self.target.flush_writes()
        touched: set[str] = set()
        removed = 0
        for table in Base.metadata.sorted_tables:  # each after the tables it points at
            model = MODEL_BY_TABLE.get(table.name)
            if model is None or not issubclass(model, Entity):
                continue
            ids = set(first(table))
            pk = next(iter(table.primary_key.columns))
            for column, parent in _references(table.name):
                if parent in touched:  # hangs on a record gone
                    missing = select(Base.metadata.tables[parent].primary_key.columns[0])
                    orphan = table.c[column].is_not(None) & table.c[column].not_in(missing)
                    ids.update(
                        str(i) for i in self.session.execute(select(pk).where(orphan)).scalars()
                    )
            if ids:
                touched.add(table.name)
                removed += self._remove_many(table.name, sorted(ids))
        self.target.forget(list(self.gone))
        return removed

    def _remove_many(self, table: str, ids: list[str]) -> int:
        pk = next(iter(Base.metadata.tables[table].primary_key.columns))
        for row_id in ids:
            search_index.note_core_delete(self.session, table, row_id)
            self.gone.add((table, row_id))
            self.gone_ids.add(row_id)
        for start in range(0, len(ids), BATCH):
            chunk = ids[start : start + BATCH]
            self.session.execute(delete(Base.metadata.tables[table]).where(pk.in_(chunk)))
        return len(ids)

    def _remove(self, table: str, row_id: str) -> int:
        target = self.target
        if target.current(table, row_id) is None:
            return 0
        went = [*target.dependents(table, row_id), (table, {"id": row_id})]
        for part_table, part in went:
            part_id = str(part[target._pk(part_table).name])
            search_index.note_core_delete(self.session, part_table, part_id)
            target.delete(part_table, part_id)
            target.flush_writes()
            self.gone.add((part_table, part_id))
            self.gone_ids.add(part_id)
        return len(went)

    def drop_orphans(self, brought: list[tuple[str, str, dict[str, Any]]]) -> None:
        """Of the records ``brought`` here by this pull ((table, id, values)), take away
        those pointing at a record this laptop does not hold, where its organizer does
        not read everything (a coordinator's laptop holds every record pointed at)."""
        if not brought or self.readable() is None:
            return
        self.target.flush_writes()
        while brought:
            missing = self._missing_parents(brought)
            orphans = [
                (table, row_id)
                for table, row_id, values in brought
                if (table, row_id) not in self.gone
                and any(
                    (parent, values.get(column)) in missing for column, parent in _references(table)
                )
            ]
            if not orphans:
                return
            for table, row_id in orphans:
                self._remove(table, row_id)
            done = set(orphans) | self.gone
            brought = [b for b in brought if (b[0], b[1]) not in done]

    def _missing_parents(
        self, brought: list[tuple[str, str, dict[str, Any]]]
    ) -> set[tuple[str, Any]]:
        wanted: dict[str, set[Any]] = {}
        for table, _row_id, values in brought:
            for column, parent in _references(table):
                if (key := values.get(column)) is not None:
                    wanted.setdefault(parent, set()).add(key)
        missing: set[tuple[str, Any]] = set()
        for parent, keys in wanted.items():
            pk = next(iter(Base.metadata.tables[parent].primary_key.columns))
            ordered = sorted(keys)
            present: set[Any] = set()
            for start in range(0, len(ordered), BATCH):
                chunk = ordered[start : start + BATCH]
                present.update(self.session.execute(select(pk).where(pk.in_(chunk))).scalars())
            missing.update((parent, key) for key in keys - present)
        return missing

    def forget_history(self) -> None:
        """The history of the records taken away and not brought back: it held their
        values."""
        keys = sorted(self.gone)
        for start in range(0, len(keys), BATCH):
            self.session.execute(
                delete(ChangeLog).where(
                    tuple_(ChangeLog.table_name, ChangeLog.row_id).in_(keys[start : start + BATCH])
                )
            )


@functools.cache
def _references(table: str) -> tuple[tuple[str, str], ...]:
    """(column, table it points at) of ``table``'s references to other shared records."""
    return tuple(
        (column.name, fk.column.table.name)
        for column in Base.metadata.tables[table].columns
        for fk in column.foreign_keys
        if fk.column.table.name not in LOCAL_TABLES
    )
