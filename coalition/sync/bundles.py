"""Changes carried between laptops in a file, for groups with no common server.

A bundle holds this laptop's changes since a date (its own, and those it read from
other bundles), encrypted with a passphrase the organizers share: scrypt derives the
key, AES-GCM seals the compressed JSON, so a bundle left on a USB stick tells nothing
and a damaged one is refused whole.  Reading a bundle merges its changes with the same
rules as the coalition server (:mod:`coalition.sync.merge`); a change read twice is applied
once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gzip
import json
import os
import secrets as _secrets
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.files import write_bytes
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure, translate
from coalition.store import Database, search_index
from coalition.store.changes import Identity, RowChange, audit
from coalition.store.migrations import HEAD, is_known
from coalition.store.models import SyncConflict, SyncOutbox
from coalition.store.outbox import APPLYING, is_private, private_keys
from coalition.sync.bookkeeping import UNSHARE, replica_id
from coalition.sync.conflicts import record_conflicts_in_history
from coalition.sync.local import LocalTarget
from coalition.sync.merge import merge
from coalition.sync.ops import Op, Progress

MAGIC = b"COALITION-BUNDLE-1\n"
FORMAT = "coalition-bundle"
VERSION = 1
PASSPHRASE_ENV = "COALITION_BUNDLE_PASSPHRASE"
MIN_PASSPHRASE = 8
_SCRYPT = {"n": 2**15, "r": 8, "p": 1}
MAX_BUNDLE_BYTES = 512 * 1024 * 1024


class BundleError(CoalitionError):
    """A bundle cannot be written or read; the message names the file and the reason."""


def _key(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, **_SCRYPT).derive(passphrase.encode("utf-8"))


def seal(payload: bytes, passphrase: str) -> bytes:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = _secrets.token_bytes(16), _secrets.token_bytes(12)
    sealed = AESGCM(_key(passphrase, salt)).encrypt(nonce, gzip.compress(payload), MAGIC)
    return MAGIC + salt + nonce + sealed


def unseal(data: bytes, passphrase: str, name: str) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not data.startswith(MAGIC):
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is not a Coalition bundle").format(name=name)
        )
    body = data[len(MAGIC) :]
    if len(body) < 16 + 12 + 16:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is cut short: it holds no changes").format(name=name)
        )
    salt, nonce, sealed = body[:16], body[16:28], body[28:]
    try:
        packed = AESGCM(_key(passphrase, salt)).decrypt(nonce, sealed, MAGIC)
    except InvalidTag:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Sync", "the passphrase does not open {name} (or the file was damaged on the way)"
            ).format(name=name)
        ) from None
    try:
        return gzip.decompress(packed)
    except (OSError, EOFError) as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is damaged: {exc}").format(name=name, exc=exc)
        ) from exc


def check_passphrase(passphrase: str) -> str:
    # Eight spaces are eight characters, and no secret at all.
    if len(passphrase) < MIN_PASSPHRASE or len(set(passphrase.strip())) < 2:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Sync", "the passphrase must have at least {MIN_PASSPHRASE} characters"
            ).format(MIN_PASSPHRASE=MIN_PASSPHRASE)
        )
    return passphrase


# --- writing ---------------------------------------------------------------------------


def export_bundle(
    db: Database, path: str | os.PathLike[str], passphrase: str, since: dt.date | None = None
) -> int:
    """Write this laptop's changes since ``since`` (all when None); returns how many.

    Records kept private to this laptop are left out.
    """
    check_passphrase(passphrase)
    with db.reading() as session:
        origin = replica_id(session)
        private = private_keys(session)
        query = select(SyncOutbox).order_by(SyncOutbox.seq)
        if since is not None:
            start = dt.datetime.combine(since, dt.time(), tzinfo=dt.UTC)
            query = query.where(SyncOutbox.at >= start)
        ops = []
        for entry in session.execute(query).scalars():
            if entry.origin != UNSHARE and is_private(
                entry.table_name, entry.row_id, entry.row or entry.base, private
            ):
                continue
            op = Op.from_outbox(entry, origin)
            if op.origin == UNSHARE:
                op.origin = origin
            ops.append(op.to_json())
    document = {
        "format": FORMAT,
        "version": VERSION,
        "schema": HEAD,
        "origin": origin,
        "made_at": clock.now().isoformat(),
        "since": since.isoformat() if since else None,
        "changes": ops,
    }
    payload = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    write_bytes(path, seal(payload, passphrase))
    return len(ops)


# --- reading ---------------------------------------------------------------------------


@dataclass
class BundleReport:
    changes: int
    applied: int
    already_here: int
    conflicts: int

    def sentence(self) -> str:
        """What reading the bundle did, in the reader's language."""
        numbers = {
            "changes": figure(self.changes),
            "applied": figure(self.applied),
            "here": figure(self.already_here),
            "conflicts": figure(self.conflicts),
        }
        if not self.conflicts:
            return translate(
                "Sync", "Read {changes} changes: {applied} applied, {here} already here."
            ).format(**numbers)
        if self.conflicts == 1:
            return translate(
                "Sync",
                "Read {changes} changes: {applied} applied, {here} already here, "
                "1 conflict to review.",
            ).format(**numbers)
        return translate(
            "Sync",
            "Read {changes} changes: {applied} applied, {here} already here, "
            "{conflicts} conflicts to review.",
        ).format(**numbers)


def read_bundle(path: str | os.PathLike[str], passphrase: str) -> tuple[dict[str, Any], list[Op]]:
    """Open and check a bundle; raises :class:`BundleError` naming what is wrong.

    Every change is checked before any is applied, so a bad bundle writes nothing.
    """
    name = Path(path).name
    try:
        size = Path(path).stat().st_size
        if size > MAX_BUNDLE_BYTES:
            raise BundleError(
                QT_TRANSLATE_NOOP(
                    "Sync", "{name} is too large to be a bundle ({size:,} bytes)"
                ).format(name=name, size=size)
            )
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{path}: no such file").format(path=path)
        ) from None
    except IsADirectoryError:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{path} is a folder, not a bundle").format(path=path)
        ) from None
    payload = unseal(data, passphrase, name)
    try:
        document = json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Sync", "{name} is damaged: its contents are not readable ({exc})"
            ).format(name=name, exc=exc)
        ) from exc
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is not a Coalition bundle").format(name=name)
        )
    if document.get("version") != VERSION:
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Sync", "{name} is a bundle of another format version ({get!r})"
            ).format(name=name, get=document.get("version"))
        )
    schema = str(document.get("schema", ""))
    if schema != HEAD and not is_known(schema):
        raise BundleError(
            QT_TRANSLATE_NOOP(
                "Sync",
                "{name} was written by a newer version of Coalition (schema "
                "{schema}); update Coalition to read it",
            ).format(name=name, schema=schema)
        )
    raw = document.get("changes")
    if not isinstance(raw, list):
        raise BundleError(
            QT_TRANSLATE_NOOP("Sync", "{name} is damaged: it has no list of changes").format(
                name=name
            )
        )
    ops = []
    for number, item in enumerate(raw, start=1):
        try:
            ops.append(Op.from_json(item))
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise BundleError(
                QT_TRANSLATE_NOOP("Sync", "change {number} of {name} cannot be read: {exc}").format(
                    number=number, name=name, exc=exc
                )
            ) from exc
    return document, ops


class _BundleTarget(LocalTarget):
    """This laptop, taking a bundle's changes: each record's change is written to the
    search index and the history under the name of whoever made it."""

    def __init__(self, session: Session):
        super().__init__(session)
        self._pending: list[RowChange] = []
        self.by_op: dict[tuple[str, str, str, str, dt.datetime], list[RowChange]] = defaultdict(
            list
        )

    def insert(self, table: str, row: dict[str, Any]) -> None:
        super().insert(table, row)
        self._pending.append(RowChange(table, str(row.get("id", row.get("key"))), None, dict(row)))

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        before = self.current(table, row_id)
        super().update(table, row_id, values)
        self._pending.append(RowChange(table, row_id, before, self.current(table, row_id)))

    def delete(self, table: str, row_id: str) -> None:
        before = self.current(table, row_id)
        super().delete(table, row_id)
        self._pending.append(RowChange(table, row_id, before, None))

    def reset(self) -> None:
        super().reset()
        self.by_op = defaultdict(list)
        self._pending = []

    @contextlib.contextmanager
    def savepoint(self) -> Iterator[None]:
        saved = {key: list(group) for key, group in self.by_op.items()}
        try:
            with super().savepoint():
                yield
        except BaseException:
            self.by_op = defaultdict(list, saved)
            self._pending = []
            raise

    def log(
        self,
        op: Op,
        action: str,
        fields: list[str],
        row: dict[str, Any] | None,
        encoded: dict[str, Any] | None = None,
        *,
        as_sent: bool = False,
    ) -> None:
        super().log(op, action, fields, row, encoded, as_sent=as_sent)
        if self._pending:
            key = (op.transaction_id, op.actor, op.actor_org, op.device, op.at)
            self.by_op[key].extend(self._pending)
            self._pending = []

    def finish(self) -> None:
        changes = [c for group in self.by_op.values() for c in group]
        search_index.update(self.session, changes)
        for (transaction_id, actor, org, device, at), group in self.by_op.items():
            who = Identity(actor, device, org=org)
            audit(self.session, group, transaction_id, at=at, identity=who)


def import_bundle(
    db: Database, path: str | os.PathLike[str], passphrase: str, progress: Progress | None = None
) -> BundleReport:
    """Merge a bundle's changes into this laptop's database, in one transaction."""
    _document, ops = read_bundle(path, passphrase)
    with db.session() as session:
        mine = replica_id(session)
        session.info[APPLYING] = True
        try:
            target = _BundleTarget(session)
            result = merge(target, ops, progress, "Reading")
            target.finish()
            if result.conflicts:
                for conflict in result.conflicts:
                    conflict["delivered"] = True
                    conflict["origin"] = conflict["origin"] or mine
                session.execute(insert(SyncConflict.__table__), result.conflicts)
                record_conflicts_in_history(session, result.conflicts)
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.info.pop(APPLYING, None)
    return BundleReport(
        changes=len(ops),
        applied=result.applied,
        already_here=result.skipped,
        conflicts=len(result.conflicts),
    )
