"""Changes brought by sync keep the time their author made them, through a real
PostgreSQL server (started by the suite)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from coalition.directory import records as directory
from coalition.store import audit
from sync_helpers import Laptop, Server


@pytest.fixture
def pair(tmp_path: Path, migrated_template: Path) -> Iterator[tuple[Laptop, Laptop]]:
    ana = Laptop(tmp_path / "ana.db", migrated_template, "ana")
    ben = Laptop(tmp_path / "ben.db", migrated_template, "ben")
    yield ana, ben
    ana.close()
    ben.close()


def made_on(ana: Laptop) -> str:
    with ana.session() as s:
        org = directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
        data = directory.organization_input(org)
        data.notes = "Met at the convention"
        directory.update_organization(s, org.id, data)
        return org.id


def when_and_who(laptop: Laptop, org_id: str) -> list[tuple[dt.datetime, str, str, str]]:
    with laptop.db.reading() as s:
        return [(e.at, e.actor, e.device, e.verb) for e in audit.history(s, "organization", org_id)]


def test_a_sync_keeps_the_time_its_author_made_each_change(
    pair: tuple[Laptop, Laptop], pg_url: str
) -> None:
    ana, ben = pair
    server = Server(pg_url)
    org_id = made_on(ana)
    written = when_and_who(ana, org_id)

    ana.sync(server)
    ben.sync(server)

    assert when_and_who(ben, org_id) == written
