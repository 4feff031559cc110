"""Laptops for the sync tests: each a real SQLite file of its own, with its own organizer.

The organizer's name and device (written into every change) are switched while a
laptop acts, as if each ran on its own machine.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from coalition.store import Database, open_database
from coalition.store.changes import IDENTITY
from coalition.store.models import Organization

# Tables whose rows describe a laptop or the sync itself: never compared.
from coalition.store.outbox import LOCAL_TABLES, synced_tables
from coalition.sync.connection import ServerProfile, connect
from coalition.sync.ops import Progress
from coalition.sync.run import SyncReport, sync


class Laptop:
    def __init__(self, path: Path, template: Path, name: str):
        shutil.copyfile(template, path)
        self.db: Database = open_database(path)
        self.name = name

    @contextlib.contextmanager
    def acting(self) -> Iterator[None]:
        saved = (IDENTITY.actor, IDENTITY.device)
        IDENTITY.actor, IDENTITY.device = self.name, f"{self.name}-laptop"
        try:
            yield
        finally:
            IDENTITY.actor, IDENTITY.device = saved

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with self.acting(), self.db.session() as s:
            yield s

    def sync(self, server: Server, progress: Progress | None = None) -> SyncReport:
        with self.acting():
            return sync(self.db, server.profile, server.password, progress)

    def close(self) -> None:
        self.db.close()


class Server:
    def __init__(self, url: str):
        parsed = make_url(url)
        self.url = url
        self.profile = ServerProfile.from_url(parsed)
        self.password = parsed.password

    def open(self) -> Database:
        return connect(self.profile, self.password)


def snapshot(db: Database) -> dict[str, dict[str, dict[str, Any]]]:
    """Every synced record, by table and id, minus bookkeeping (for comparing replicas)."""
    from coalition.store.base import Base

    out: dict[str, dict[str, dict[str, Any]]] = {}
    with db.engine.connect() as conn:
        for table in synced_tables():
            if table in LOCAL_TABLES:
                continue
            meta = Base.metadata.tables[table]
            pk = next(iter(meta.primary_key.columns)).name
            rows = {}
            for row in conn.execute(select(meta)):
                values = dict(row._mapping)
                values.pop("updated_at", None)
                rows[str(values[pk])] = values
            out[table] = rows
    return out


def add_org(laptop: Laptop, name: str, **fields: Any) -> str:
    """A new organization on ``laptop``, through the directory's service."""
    from coalition.directory import records as directory

    with laptop.session() as s:
        return directory.create_organization(s, directory.OrganizationInput(name=name, **fields)).id


def shared_org(ana: Laptop, ben: Laptop, server: Server, name: str = "Yes California") -> str:
    """An organization made on ``ana`` and synced to ``ben`` through ``server``: both
    laptops hold it as the server does.  Its id."""
    org_id = add_org(ana, name)
    ana.sync(server)
    ben.sync(server)
    return org_id


def notes_edited_on_both(ana: Laptop, ben: Laptop, server: Server, first: str, then: str) -> str:
    """A shared organization's notes edited on ``ana`` (``first``), then on ``ben``
    (``then``), neither laptop synced since: the same field, a conflict waiting.  Its id."""
    org_id = shared_org(ana, ben, server)
    edit_org(ana, org_id, notes=first)
    edit_org(ben, org_id, notes=then)
    return org_id


def edit_org(laptop: Laptop, org_id: str, **changes: Any) -> None:
    """Change fields of an organization on ``laptop``, through the directory's service."""
    from coalition.directory import records as directory

    _edit_through(
        laptop,
        org_id,
        changes,
        directory.get_organization,
        directory.organization_input,
        directory.update_organization,
    )


def edit_person(laptop: Laptop, person_id: str, **changes: Any) -> None:
    """Change fields of a person on ``laptop``, through the directory's service."""
    from coalition.directory import records as directory

    _edit_through(
        laptop,
        person_id,
        changes,
        directory.get_person,
        directory.person_input,
        directory.update_person,
    )


def _edit_through(
    laptop: Laptop,
    record_id: str,
    changes: dict[str, Any],
    get: Any,
    as_input: Any,
    update: Any,
) -> None:
    with laptop.session() as s:
        data = as_input(get(s, record_id))
        for key, value in changes.items():
            setattr(data, key, value)
        update(s, record_id, data)


def org(laptop: Laptop, org_id: str) -> Organization | None:
    """The organization as ``laptop`` holds it now (None: not there)."""
    with laptop.db.reading() as s:
        return s.get(Organization, org_id)


ELI_WHOLE = (
    "called him today, keep",
    ["eli@example.org"],
    ["+1 503-555-0101"],
    [("Yes Oregon", "Chair")],
)


def eli_with_parts(laptop: Laptop) -> str:
    """Eli Park, with an address, a number and a membership in Yes Oregon: parts that a
    deletion of him takes with it.  His id."""
    from coalition.directory import records as directory

    org_id = add_org(laptop, "Yes Oregon")
    with laptop.session() as s:
        eli = directory.create_person(
            s, directory.PersonInput("Eli Park", ["eli@example.org"], ["+1 503-555-0101"])
        )
        directory.add_membership(s, directory.MembershipInput(eli.id, org_id, role="Chair"))
        return eli.id


def eli_as_held(laptop: Laptop, eli_id: str) -> tuple[object, ...]:
    """(notes, addresses, numbers, memberships) of Eli as ``laptop`` holds him."""
    from coalition.store.models import Person

    with laptop.db.reading() as s:
        person = s.get(Person, eli_id)
        assert person is not None, f"Eli is gone from {laptop.name}'s laptop"
        return (
            person.notes,
            [e.address for e in person.emails],
            [p.number for p in person.phones],
            [(m.organization.name, m.role) for m in person.memberships],
        )
