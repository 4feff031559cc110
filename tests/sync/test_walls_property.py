"""Property: three organizers of two organizations, each on a laptop of their own, add,
rename and share or hide people while offline and sync in any order through a walled
server.  Afterwards no laptop holds (or shows in its history, or exports) a private
record of the other organization, and every change the walls allow is on the server.

Ana and Cruz act for Alpha, Ben for Beta; each laptop syncs with its organization's
database role, as the server set-up in docs/sync-and-server.md makes them.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from coalition.directory import owners
from coalition.directory import records as directory
from coalition.directory.importers_export import export_csv
from coalition.store import Database, open_database
from coalition.store.base import PRIVATE, SHARED
from coalition.store.changes import IDENTITY
from coalition.store.models import Organization, Person
from coalition.store.ownership import ALL_RECORDS, NotPermittedError
from coalition.sync import walls
from sync_helpers import Laptop, Server
from walls_helpers import Roles

ORGANIZERS = (("ana", "alpha"), ("ben", "beta"), ("cruz", "alpha"))


class OrgLaptop(Laptop):
    """A laptop whose organizer acts for an organization, as a member."""

    def __init__(self, path: Path, template: Path, name: str, org: str) -> None:
        super().__init__(path, template, name)
        self.org = org
        self.org_id = ""
        self.org_name = ""

    @contextlib.contextmanager
    def acting(self) -> Iterator[None]:
        saved = dict(vars(IDENTITY))
        IDENTITY.actor, IDENTITY.device = self.name, f"{self.name}-laptop"
        IDENTITY.role, IDENTITY.org_id, IDENTITY.org = "member", self.org_id, self.org_name
        try:
            yield
        finally:
            vars(IDENTITY).update(saved)


@dataclass
class Made:
    """A change the laptop's walls let through: the name it gave a person, and whether
    it left the person private."""

    laptop: str
    person_id: str
    name: str
    owner: str


laptop_index = st.integers(min_value=0, max_value=2)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("add"), laptop_index, st.booleans()),
        st.tuples(st.just("rename"), laptop_index, st.integers(0, 30)),
        st.tuples(st.just("visibility"), laptop_index, st.integers(0, 30), st.booleans()),
        st.tuples(st.just("sync"), laptop_index),
    ),
    min_size=4,
    max_size=20,
)


def _all_people(db: Database) -> list[tuple[str, str, str | None, str]]:
    """Every person the file holds, hidden ones included: (id, name, owner, visibility)."""
    with db.reading() as s:
        rows = s.execute(
            select(Person.id, Person.name, Person.owner_org_id, Person.visibility),
            execution_options={ALL_RECORDS: True},
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def _history_text(db: Database) -> str:
    with db.engine.connect() as conn:
        rows = conn.execute(text("SELECT summary, before, after FROM change_log"))
        return " ".join(" ".join(str(v) for v in row) for row in rows)


@settings(
    max_examples=int(os.environ.get("WALLS_EXAMPLES", "15")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan=steps)
def test_no_private_record_reaches_another_organization_and_nothing_allowed_is_lost(
    pg_server: Any, migrated_template: Path, plan: list[tuple[Any, ...]]
) -> None:
    name = f"walls_{uuid.uuid4().hex[:10]}"
    url = pg_server.create_database(name)
    tokens = (f"{n:03d}" for n in itertools.count())
    server_db = open_database(url)
    roles = Roles(pg_server, server_db)
    with tempfile.TemporaryDirectory() as folder:
        staff = Laptop(Path(folder) / "staff.db", migrated_template, "staff")
        laptops = [
            OrgLaptop(Path(folder) / f"{who}.db", migrated_template, who, org)
            for who, org in ORGANIZERS
        ]
        try:
            with server_db.engine.begin() as conn:
                walls.install(conn)
            # The coalition's staff record the two groups; each gets a member role.
            with staff.session() as s:
                groups = {
                    key: directory.create_organization(
                        s, directory.OrganizationInput(name=f"{key.title()} Group")
                    )
                    for key in ("alpha", "beta")
                }
                ids = {key: org.id for key, org in groups.items()}
                names = {key: org.name for key, org in groups.items()}
            staff.sync(Server(url))
            servers = {
                key: Server(roles.make(org_id, "member", f"{key} organizers").url())
                for key, org_id in ids.items()
            }
            for laptop in laptops:
                laptop.org_id, laptop.org_name = ids[laptop.org], names[laptop.org]
                laptop.sync(servers[laptop.org])

            made: list[Made] = []
            for step in plan:
                laptop = laptops[step[1]]
                with laptop.db.reading() as s, laptop.acting():
                    seen = sorted(s.scalars(select(Person.id)))
                if step[0] == "add":
                    token = next(tokens)
                    person_name = f"{laptop.org.title()} person {token}"
                    visibility = PRIVATE if step[2] else SHARED
                    with laptop.session() as s:
                        person = directory.create_person(
                            s, directory.PersonInput(name=person_name, visibility=visibility)
                        )
                        made.append(Made(laptop.name, person.id, person_name, laptop.org_id))
                elif step[0] == "rename" and seen:
                    person_id = seen[step[2] % len(seen)]
                    with laptop.session() as s:
                        data = directory.person_input(directory.get_person(s, person_id))
                        data.name = f"{data.name.split(' (')[0]} ({next(tokens)})"
                        try:
                            directory.update_person(s, person_id, data)
                        except NotPermittedError:
                            continue  # another group's record: refused here, as it should be
                        owner = directory.get_person(s, person_id).owner_org_id or ""
                        made.append(Made(laptop.name, person_id, data.name, owner))
                elif step[0] == "visibility" and seen:
                    person_id = seen[step[2] % len(seen)]
                    with laptop.session() as s, contextlib.suppress(NotPermittedError):
                        owners.set_visibility(
                            s, ("person", person_id), PRIVATE if step[3] else SHARED
                        )
                elif step[0] == "sync":
                    laptop.sync(servers[laptop.org])

            # Back online: everyone syncs until nothing moves.
            for laptop in laptops + laptops:
                laptop.sync(servers[laptop.org])
            staff.sync(Server(url))

            on_server = {row[0]: row for row in _all_people(server_db)}
            for laptop in laptops:
                mine = ids[laptop.org]
                held = _all_people(laptop.db)
                foreign = [row for row in held if row[3] == PRIVATE and row[2] not in (mine, None)]
                assert foreign == [], f"{laptop.name} holds another group's private people"
                # What the laptop holds of the other group agrees with the server: a record
                # the server has made private is not left behind as it was shared.
                for person_id, _name, owner, _visibility in held:
                    if owner not in (mine, None):
                        assert on_server[person_id][3] == SHARED, (
                            f"{laptop.name} keeps a copy of a record now private to its group"
                        )
                secrets = {
                    row[1] for row in on_server.values() if row[3] == PRIVATE and row[2] != mine
                }
                history = _history_text(laptop.db)
                out = Path(folder) / f"{laptop.name}.csv"
                with laptop.db.session() as s, laptop.acting():
                    export_csv(s, "people", out)
                exported = out.read_text(encoding="utf-8")
                for secret in secrets:
                    assert secret not in history, f"{laptop.name}'s history names {secret}"
                    assert secret not in exported, f"{laptop.name}'s export names {secret}"

            # Nothing the walls allowed is lost: each person's last allowed name is the
            # server's (a later rename by the same group may have replaced it).
            last: dict[str, Made] = {}
            for change in made:
                last[change.person_id] = change
            for person_id, change in last.items():
                assert person_id in on_server, f"{change} vanished"
                assert on_server[person_id][1] == change.name or any(
                    other.person_id == person_id for other in made if other is not change
                ), f"{change} vanished"
        finally:
            staff.close()
            for laptop in laptops:
                laptop.close()
            server_db.close()
            roles.drop()
            pg_server.drop_database(name)


def test_an_organization_of_the_staff_is_stamped_as_its_own(tmp_path: Path) -> None:
    """The property above starts from groups the coalition's staff recorded: each
    answers for itself (what its member role may then write)."""
    db = open_database(tmp_path / "staff.db")
    try:
        with db.session() as s:
            org = directory.create_organization(s, directory.OrganizationInput(name="Alpha"))
            s.commit()
            assert s.get(Organization, org.id).owner_org_id == org.id  # type: ignore[union-attr]
    finally:
        db.close()
