"""One coalition, many laptops: a sync, and where this laptop stands.

Every laptop works on its own database.  Each local change waits in the outbox
(:mod:`coalition.store.outbox`).  A sync *pushes* the waiting changes to the server,
which merges them into its copy of the data in one transaction, and then *pulls* the
server's log of merged changes.  Nothing runs on the server but PostgreSQL: the merge
(:mod:`coalition.sync.merge`) is done by the pushing laptop, inside the server
transaction, under an advisory lock.

Each change merged on the server gets exactly one entry in ``sync_log`` holding the
record as the server has it afterwards, so a laptop that applies the entries in order
ends with what the server has: every laptop converges.  A push interrupted before its
commit leaves the server as it was; one interrupted after is recognized by the ids of
its changes and not applied twice.  A pull applies its entries and moves its bookmark
in one local transaction.
"""

from __future__ import annotations

import collections
import contextlib
import datetime as dt
import functools
import gc
import queue
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    Text,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.i18n import figure, translate
from coalition.store import Database, indexes, search_index
from coalition.store.base import Base, new_id
from coalition.store.fastinsert import LargerCache
from coalition.store.models import SyncConflict, SyncLog, SyncOutbox, SyncState
from coalition.store.outbox import LOCAL_TABLES
from coalition.sync import firstpull
from coalition.sync.bookkeeping import (
    mark_pushed,
    pending_ops,
    read_state,
    replica_id,
    seed_outbox,
    unsent,
    waiting_count,
    write_state,
)
from coalition.sync.conflicts import record_conflicts_in_history
from coalition.sync.connection import (
    ServerProfile,
    SyncError,
    friendly_reason,
    keep,
    load_profile,
    open_for_sync,
)
from coalition.sync.local import apply_entries
from coalition.sync.merge import merge
from coalition.sync.ops import Progress
from coalition.sync.server import ServerTarget
from coalition.sync.target import unique_keys

# Plain table columns: the sync's queries need no ORM mapping set up first (in a
# fresh process that took half a second before a sync's first query).
_LOG = SyncLog.__table__.c
_STATE = SyncState.__table__.c
_CONFLICT = SyncConflict.__table__.c

_SERVER_ID = "coalition_server_id"  # in a server connection's info, once asked
_LOCK_KEY = 0x0C0A11710  # the advisory lock every push takes on the server
PULL_BATCH = 10_000  # log entries a pull applies in one local transaction
# Set while a first sync's records wait for the search index (built at its end).
SEARCH_PENDING = "search_index_pending"
_WINDOW = 4  # a batch is read from the next PULL_BATCH × _WINDOW entries of the log
_LISTED_AGAIN = 1000  # records sent here and touched again that a pull's query lists
# A pull's span of the log up to which its records touched again are found in one pass.
_ONE_PASS = _WINDOW * PULL_BATCH


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    already_there: int = 0

    def sentence(self) -> str:
        """What the sync did, in the reader's language."""
        numbers = {
            "sent": figure(self.sent),
            "received": figure(self.received),
            "conflicts": figure(self.conflicts),
        }
        if not self.conflicts:
            return translate("Sync", "Synced: {sent} sent, {received} received.").format(**numbers)
        if self.conflicts == 1:
            return translate(
                "Sync", "Synced: {sent} sent, {received} received, 1 conflict to review."
            ).format(**numbers)
        return translate(
            "Sync", "Synced: {sent} sent, {received} received, {conflicts} conflicts to review."
        ).format(**numbers)


def _server_id(conn: Connection) -> str:
    """The server database's own id (made by the first push), asked once a connection."""
    known = conn.info.get(_SERVER_ID)
    if known:
        return str(known)
    value = conn.execute(select(_STATE.value).where(_STATE.key == "server_id")).scalar()
    if value:
        conn.info[_SERVER_ID] = str(value)
        return str(value)
    value = new_id()
    conn.execute(insert(SyncState.__table__), [{"key": "server_id", "value": value}])
    return value  # remembered once its transaction is committed: asked again until then


PUSH_BATCH = 5000  # changes a server transaction takes: memory stays flat, a cut loses little


def _bulk(work: Callable[..., Any]) -> Callable[..., Any]:
    """Work on thousands of records that makes no reference cycles: the cycle collector
    waits until it is done.  Left running, it walks every object of the program each
    time the new ones pile up (~0.1 s, several times in one sync of 10,000 records);
    what the work leaves behind is freed as it goes, by reference counting."""

    @functools.wraps(work)
    def run(*args: Any, **kwargs: Any) -> Any:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return work(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()

    return run


@_bulk
def push(
    local: Database, server: Database, progress: Progress | None = None
) -> tuple[int, int, int]:
    """Send the waiting changes, a batch to a server transaction; returns (sent,
    conflicts found, already on the server)."""
    with local.session() as session:
        origin = replica_id(session)
        seed_outbox(session)
        total = (
            session.scalar(select(func.count()).select_from(SyncOutbox).where(unsent(session))) or 0
        )
    sent = found = already = 0
    after = done = 0
    while True:
        with local.session() as session:
            ops, withheld = pending_ops(session, after=after, limit=PUSH_BATCH)
            if not ops and not withheld:
                break
            after = max([op.seq for op in ops] + withheld)
            if not ops:  # only changes to records kept here: nothing goes out
                mark_pushed(session, after)
                session.commit()
        done += len(withheld)
        if not ops:
            continue

        def step(stage: str, number: int, _count: int, base: int = done) -> None:
            if progress is not None:
                progress(stage, base + number, total)

        with server.engine.connect() as conn, conn.begin():
            if server.engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
            _server_id(conn)
            result = merge(ServerTarget(conn), ops, step, "Sending")
            if result.conflicts:
                for conflict in result.conflicts:
                    conflict["origin"] = origin
                conn.execute(insert(SyncConflict.__table__), result.conflicts)
        with local.session() as session:
            mark_pushed(session, after)
            session.commit()
        sent += result.applied
        found += len(result.conflicts)
        already += result.skipped
        done += len(ops)
    return sent, found, already


@_bulk
def pull(local: Database, server: Database, progress: Progress | None = None) -> int:
    """Bring the server's merged changes here; returns how many records changed.

    Records this laptop sent and the server took as they came (``verbatim``) are not
    brought back: the laptop holds them already, and keeps them when the pull brings
    another record under the same natural key (one the laptop deleted before making
    them: see :func:`~coalition.sync.local.apply_entries`).
    """
    with server.engine.connect() as conn:
        server_id = _server_id(conn)
        conn.commit()
        mark = f"pulled:{server_id}"
        with local.session() as session:
            last = int(read_state(session, mark) or 0)
            origin = replica_id(session)
            rebuilding = read_state(session, SEARCH_PENDING) is not None
        first = last == 0
        newest = conn.execute(select(func.max(_LOG.seq))).scalar() or 0
        # Skipped only when nothing else this pull brings touches the record: one deleted
        # there before this laptop brought it back must be seen deleted and back.  (Found
        # once for the whole pull, by one pass over its entries, not a lookup for each.)
        span = (_LOG.seq > last) & (_LOG.seq <= newest)
        touched_again = (
            select(_LOG.table_name, _LOG.row_id)
            .where(span)
            .group_by(_LOG.table_name, _LOG.row_id)
            .having(func.count() > 1)
        )
        as_sent = (
            _LOG.verbatim
            & (_LOG.origin == origin)
            & tuple_(_LOG.table_name, _LOG.row_id).not_in(touched_again)
        )
        wanted = span & ~as_sent
        # Asked once: written into each batch's query, the grouping above was done again
        # over the whole span for every batch (a first sync of 600,000 people reads
        # 1,200 batches of a log of 2.4 million entries).  Few records are sent here and
        # touched again elsewhere; when many are, the grouping stays in the query.
        mine = _LOG.verbatim & (_LOG.origin == origin)
        counted: int | None = None  # how many entries the pull brings, when known already
        if newest - last <= _ONE_PASS:
            # A short span (the sync after one's own push): its entries grouped in one
            # pass, keeping the records with one of this laptop's among theirs.  (A
            # join of the span with its own entries sent from here and a sort of both
            # took three times as long: 40 ms after a push of 10,000 edits.)
            sent_here = func.max(case((mine, 1), else_=0)) == 1  # (SQLite has no bool_or)
            again = conn.execute(touched_again.having(sent_here).limit(_LISTED_AGAIN + 1)).all()
        else:  # a long one (a first sync): only the records sent from here are grouped
            # One pass counts the entries brought and those sent from here: with none of
            # these (a new laptop), nothing is grouped, nor counted again for the progress.
            theirs, sent = conn.execute(
                select(func.count().filter(~mine), func.count().filter(mine)).where(span)
            ).one()
            again = []
            if sent:
                again = conn.execute(
                    touched_again.where(
                        tuple_(_LOG.table_name, _LOG.row_id).in_(
                            select(_LOG.table_name, _LOG.row_id).where(span, mine)
                        )
                    ).limit(_LISTED_AGAIN + 1)
                ).all()
            else:
                counted = theirs
        if len(again) <= _LISTED_AGAIN:
            listed = [(row[0], row[1]) for row in again]
            wanted = span & (
                ~mine | tuple_(_LOG.table_name, _LOG.row_id).in_(listed) if listed else ~mine
            )
        # Of those not brought back, the records with a natural key (a tag on a group):
        # the server holds them, and one brought under the same key does not replace them.
        kept = {
            (row.table_name, row.row_id)
            for row in conn.execute(
                select(_LOG.table_name, _LOG.row_id).where(
                    span, as_sent, _LOG.table_name.in_(_keyed_tables())
                )
            )
        }
        received = 0
        done = 0
        cache = LargerCache()
        # A first sync (or one resuming it) may write whole batches of new records at once,
        # with the indexes that look records up put off until the end.
        bulk = (first or rebuilding) and server.engine.dialect.name == "postgresql"
        put_off = bulk
        # The next batch is read from the server while this laptop writes the last one
        # (a first sync's next two, on two connections: see _bulk_reader).
        reader: _ReadAhead | _ReadInTurn = (
            _bulk_reader(server, conn, last, newest, wanted, counted)
            if bulk
            else _ReadAhead(_batches(conn, last, newest, wanted))
        )
        stack = contextlib.ExitStack()  # the local transaction, while a change goes on
        applying: Session | None = None
        try:
            for entries, upto, total, goes_on in reader:
                # A first sync of more than a batch writes the search index once, at the
                # end: marked in the same transaction as its first batch, so a pull cut
                # off before the end leaves the mark, and the next one (resuming) builds it.
                if first and not rebuilding and total > PULL_BATCH:
                    rebuilding = True
                # A change cut in two by the batch (an import of many thousand rows): its
                # next batch is applied in the same local transaction, so that its rows
                # pointing at one another (members at the groups the import made, queued
                # after them) are checked together, and it is stored whole or not at all.
                if applying is None:
                    applying = stack.enter_context(local.session())
                if rebuilding:  # thousands of records at once: SQLite's bulk page cache
                    cache.enter(applying)
                pulled = isinstance(entries, firstpull.Pulled)
                brought = None
                if pulled and rebuilding:
                    if put_off:  # made again from all their rows at the end
                        indexes.put_off(applying, firstpull.written_tables())
                    brought = firstpull.apply_new(applying, entries)
                if brought is None:
                    # Record by record, a record is looked up by its indexes: back, for
                    # good (not dropped and made again at each batch of a laptop that
                    # holds much already).
                    put_off = False
                    indexes.restore(applying)
                    if pulled:  # read again as an ordinary pull reads it (each record whole)
                        entries = _read_again(conn, entries.span(), wanted)
                    brought = apply_entries(applying, entries, kept, index=not rebuilding)
                received += brought
                last = upto
                write_state(applying, mark, str(last))
                if rebuilding:
                    write_state(applying, SEARCH_PENDING, "1")
                if not goes_on:
                    cache.leave(applying)
                    applying.commit()
                    stack.close()
                    applying = None
                done += len(entries)
                if progress is not None:
                    progress("Receiving", done, total)
            if applying is not None:  # the log ended in the middle of a change: stored as it is
                cache.leave(applying)
                applying.commit()
                stack.close()
        finally:
            stack.close()  # closed without a commit: what was not stored goes
            reader.close()
            with local.session() as restoring, contextlib.suppress(SQLAlchemyError):
                # (Whatever stopped the pull: else they come back when the file is opened.)
                if indexes.restore(restoring):
                    restoring.commit()
        if rebuilding:
            with local.session() as session:
                search_index.rebuild(session)
                session.execute(delete(SyncState.__table__).where(_STATE.key == SEARCH_PENDING))
                session.commit()
        if newest > last:  # what is left is this laptop's own, as it sent it
            with local.session() as session:
                write_state(session, mark, str(newest))
                session.commit()
        _deliver_conflicts(local, conn)
    return received


def _batches(
    conn: Connection, last: int, newest: int, wanted: Any
) -> Iterator[tuple[list[Any], int, int, bool]]:
    """The entries of the log after ``last`` up to ``newest`` that this laptop takes, a
    batch at a time: (entries, the bookmark after them, how many entries in all, whether
    the change of the last entry goes on in the next batch)."""
    columns = _pulled_columns()
    total: int | None = None
    while True:
        # Each batch in a window of the log's order, not the whole rest of it: asked
        # for "the next 2,000 after seq" the server (whose statistics of a log just
        # written by a push are stale) read and sorted every entry left, once a batch
        # (a first sync of 84,500 records waited 2.4 s on it, quadratic in the log).
        upto = min(newest, last + _WINDOW * PULL_BATCH)
        window = (_LOG.seq > last, _LOG.seq <= upto, wanted)
        query = select(*columns).where(*window).order_by(_LOG.seq).limit(PULL_BATCH)
        entries: list[Any] = list(conn.execute(query).all())
        if total is None:  # counted only when there is more than one batch to show
            total = (
                len(entries)
                if len(entries) < PULL_BATCH and upto >= newest
                else conn.execute(
                    select(func.count())
                    .select_from(SyncLog.__table__)
                    .where(_LOG.seq > last, wanted)
                ).scalar()
                or 0
            )
        goes_on = False
        if len(entries) == PULL_BATCH:
            tail: Any = entries[-1]
            goes_on = _goes_on(conn, tail.seq, tail.transaction_id)
        conn.rollback()
        if not entries:
            if upto >= newest:
                return
            last = upto  # nothing for this laptop there: the bookmark moves at the end
            continue
        last = entries[-1].seq if len(entries) == PULL_BATCH else upto
        yield entries, last, total, goes_on


class _ReadAhead:
    """The items of ``source``, each made in a thread of its own while the one before
    is used (one ahead, no more): a pull reads a batch from the server (waiting on the
    network and the server) while SQLite writes the last one.  :meth:`close` ends the
    thread."""

    def __init__(self, source: Iterator[Any]) -> None:
        self._source = source
        self._queue: queue.SimpleQueue[tuple[bool, Any]] = queue.SimpleQueue()
        self._turn = threading.Semaphore(1)  # released when the next item is to be made
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="sync-read-ahead", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while True:
                self._turn.acquire()
                if self._stop.is_set():
                    return
                item = next(self._source, _END)
                if item is _END:
                    self._queue.put((False, None))
                    return
                self._queue.put((True, item))
        except BaseException as exc:  # raised where the items are used
            self._queue.put((False, exc))

    def __iter__(self) -> Iterator[Any]:
        while True:
            more, item = self._queue.get()
            if not more:
                if item is not None:
                    raise item
                return
            self._turn.release()  # the next one is read while this one is used
            yield item

    def close(self) -> None:
        self._stop.set()
        self._turn.release()
        self._thread.join()


_END: Any = object()

# Server connections reading a first sync's batches at once, each its own batch.
READERS = 2


def _bulk_reader(
    server: Database,
    conn: Connection,
    last: int,
    newest: int,
    wanted: Any,
    counted: int | None = None,
) -> _ReadInTurn | _ReadAhead:
    """A first sync's batches (see :func:`_batches`), read by :data:`READERS` server
    connections at once, each batch the entries of the next PULL_BATCH places of the log.

    The server's work on a batch (each record's values read out of its JSON) took longer
    than the laptop's writing of it: read one at a time, the batches kept the laptop
    waiting, and the server used one processor of its several.  A batch is the log's
    entries in a span of PULL_BATCH places, so each connection knows its span without
    waiting for the batch before; a span with none for this laptop is passed over.  A
    first sync of one batch is read as any pull is (its batch goes record by record).
    ``counted``: how many entries are wanted, when the pull knows it already."""
    if counted is None:
        counted = (
            conn.execute(
                select(func.count())
                .select_from(SyncLog.__table__)
                .where(_LOG.seq > last, _LOG.seq <= newest, wanted)
            ).scalar()
            or 0
        )
        conn.rollback()
    total = counted
    if total <= PULL_BATCH:  # one batch: written record by record (see pull)
        return _ReadAhead(_batches(conn, last, newest, wanted))

    def spans() -> Iterator[tuple[int, int]]:
        start = last
        while start < newest:
            end = min(newest, start + PULL_BATCH)
            yield start, end
            start = end

    def read(reader: Connection, span: tuple[int, int]) -> tuple[Any, ...] | None:
        start, end = span
        try:
            entries = firstpull.read_entries(
                reader, _LOG.seq > start, _LOG.seq <= end, wanted, limit=PULL_BATCH
            )
            # Whether the change of its last entry goes on after it (in a later batch).
            goes_on = bool(entries) and end < newest
            if goes_on:
                tail = entries[-1]
                goes_on = _goes_on(reader, tail[0], firstpull.transaction_of(tail))
        finally:
            reader.rollback()
        return (entries, end, total, goes_on) if entries else None

    return _ReadInTurn(server.engine.connect, read, spans(), READERS)


class _ReadInTurn:
    """The items read for each of ``spans`` (``read(connection, span)``; None: nothing
    there), in their order, read ``ahead`` at once by as many threads, each with a
    connection of its own (made by ``connect``).  While one item is used the next
    ``ahead`` are read, no further.  :meth:`close` ends the threads and closes their
    connections."""

    def __init__(
        self,
        connect: Callable[[], Connection],
        read: Callable[[Connection, Any], Any],
        spans: Iterator[Any],
        ahead: int,
    ) -> None:
        self._connect = connect
        self._read = read
        self._spans = spans
        self._own = threading.local()
        self._connections: list[Connection] = []
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(ahead, thread_name_prefix="sync-read")
        self._pending: collections.deque[Future[Any]] = collections.deque()
        for _ in range(ahead):
            self._next()

    def _next(self) -> None:
        span = next(self._spans, _END)
        if span is not _END:
            self._pending.append(self._pool.submit(self._in_thread, span))

    def _in_thread(self, span: Any) -> Any:
        connection = getattr(self._own, "connection", None)
        if connection is None:
            connection = self._connect()
            self._own.connection = connection
            with self._lock:
                self._connections.append(connection)
        return self._read(connection, span)

    def __iter__(self) -> Iterator[Any]:
        while self._pending:
            item = self._pending.popleft().result()  # (raised here, where items are used)
            self._next()
            if item is not None:
                yield item

    def close(self) -> None:
        for waiting in self._pending:
            waiting.cancel()
        self._pool.shutdown(wait=True)
        for connection in self._connections:
            with contextlib.suppress(Exception):  # (one the server cut off)
                connection.close()


def _read_again(conn: Connection, span: tuple[int, int], wanted: Any) -> list[Any]:
    """The entries of a first sync's batch the bulk path refused (by the log places of
    its first and last), as :func:`_batches` reads them."""
    first, last = span
    try:
        return list(
            conn.execute(
                select(*_pulled_columns())
                .where(_LOG.seq >= first, _LOG.seq <= last, wanted)
                .order_by(_LOG.seq)
            ).all()
        )
    finally:
        conn.rollback()


def _goes_on(conn: Any, seq: int, transaction_id: str) -> bool:
    """Whether the log's entry after the one at ``seq`` is of the same change (a change's
    entries follow one another: pushes take turns, each sending whole changes)."""
    following = conn.execute(
        select(_LOG.transaction_id).where(_LOG.seq > seq).order_by(_LOG.seq).limit(1)
    ).scalar()
    return bool(following == transaction_id)


@functools.cache
def _pulled_columns() -> tuple[Any, ...]:
    """What a pull reads of a log entry: the record as the JSON text the server holds
    (decoded once here, and that text written into the audit trail as it came)."""
    return (
        _LOG.seq,
        _LOG.transaction_id,
        _LOG.at,
        _LOG.actor,
        _LOG.actor_org,
        _LOG.device,
        _LOG.table_name,
        _LOG.row_id,
        _LOG.action,
        _LOG.owner_org_id,
        cast(_LOG.row, Text).label("row_text"),
    )


@functools.cache
def _keyed_tables() -> list[str]:
    """The shared tables whose records have a natural key besides their id."""
    return [
        table.name
        for table in Base.metadata.sorted_tables
        if table.name not in LOCAL_TABLES and unique_keys(table.name)
    ]


def _deliver_conflicts(local: Database, conn: Connection) -> None:
    """Bring the conflicts this laptop's pushes found (kept on the server until delivered,
    so a connection lost right after a push loses none of them)."""
    with local.session() as session:
        origin = replica_id(session)
    rows = conn.execute(
        select(SyncConflict.__table__).where(
            _CONFLICT.origin == origin, _CONFLICT.delivered.is_(False)
        )
    ).all()
    conn.rollback()
    if not rows:
        return
    with local.session() as session:
        have = set(
            session.execute(
                select(_CONFLICT.id).where(_CONFLICT.id.in_([r.id for r in rows]))
            ).scalars()
        )
        fresh = [dict(r._mapping) for r in rows if r.id not in have]
        if fresh:
            for row in fresh:
                row["delivered"] = True
            session.execute(insert(SyncConflict.__table__), fresh)
            record_conflicts_in_history(session, fresh)
        session.commit()
    with conn.begin():
        conn.execute(
            update(SyncConflict.__table__)
            .where(_CONFLICT.id.in_(bindparam("ids", expanding=True)))
            .values(delivered=True),
            {"ids": [r.id for r in rows]},
        )


def sync(
    local: Database,
    profile: ServerProfile,
    password: str | None,
    progress: Progress | None = None,
) -> SyncReport:
    """Push then pull.  Raises :class:`SyncError` with a sentence fit to show.

    The server's connection is kept open a little while after a sync that went through,
    for the next one (see :func:`~coalition.sync.connection.open_for_sync`)."""
    try:
        server = open_for_sync(profile, password)
    except (DBAPIError, SQLAlchemyError) as exc:
        raise SyncError(friendly_reason(exc, profile)) from exc
    try:
        sent, conflicts, already = push(local, server, progress)
        received = pull(local, server, progress)
    except (DBAPIError, SQLAlchemyError) as exc:
        server.close()
        raise SyncError(friendly_reason(exc, profile)) from exc
    except BaseException:
        server.close()
        raise
    keep(profile, password, server)
    with local.session() as session:
        write_state(session, "last_sync", clock.now().isoformat())
        session.commit()
    return SyncReport(sent=sent, received=received, conflicts=conflicts, already_there=already)


@dataclass
class Status:
    waiting: int
    conflicts: int
    last_sync: dt.datetime | None
    configured: bool


def status(session: Session) -> Status:
    last = read_state(session, "last_sync")
    return Status(
        waiting=waiting_count(session),
        conflicts=session.scalar(
            select(func.count())
            .select_from(SyncConflict.__table__)
            .where(_CONFLICT.resolved_at.is_(None))
        )
        or 0,
        last_sync=dt.datetime.fromisoformat(last) if last else None,
        configured=load_profile(session) is not None,
    )
