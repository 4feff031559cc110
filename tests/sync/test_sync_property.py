"""Property: laptops that edit and delete offline, then sync in any order, cut off at any
moment, end with the same data as each other and the server, and no edit vanishes.

Every edit must either be in the final data, be listed in a conflict, or have been
replaced by someone who had seen it (a later edit whose earlier value was it, or a
deletion of the record as it stood with it).  Every deletion must either have happened
or be listed in a conflict.
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
from sqlalchemy import select

from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization
from coalition.store.models import Organization, SyncConflict
from coalition.sync.conflicts import conflicts
from coalition.sync.connection import SyncError
from sync_helpers import Laptop, Server, snapshot

FIELDS = ("notes", "website", "short_name")
TAGS = ("ballot", "chapter", "fund")


def value_for(field: str, token: str) -> str:
    return f"https://{token}.example.org" if field == "website" else token


@dataclass
class Edit:
    laptop: str
    org_id: str
    field: str
    value: str
    base: str


@dataclass
class Deletion:
    laptop: str
    org_id: str
    before: dict[str, Any]


laptop_index = st.integers(min_value=0, max_value=2)
steps = st.lists(
    st.one_of(
        st.tuples(st.just("create"), laptop_index),
        st.tuples(st.just("edit"), laptop_index, st.integers(0, 50), st.sampled_from(FIELDS)),
        st.tuples(st.just("delete"), laptop_index, st.integers(0, 50)),
        # Tags are shared by name: the same one made on two laptops must become one.
        st.tuples(st.just("tag"), laptop_index, st.integers(0, 50), st.sampled_from(TAGS)),
        st.tuples(st.just("sync"), laptop_index, st.none() | st.integers(1, 6)),
    ),
    min_size=4,
    max_size=28,
)


@settings(
    max_examples=int(os.environ.get("SYNC_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan=steps, laptop_count=st.sampled_from([2, 3]))
def test_laptops_converge_and_no_edit_vanishes(
    pg_server: Any, migrated_template: Path, plan: list[tuple[Any, ...]], laptop_count: int
) -> None:
    name = f"prop_{uuid.uuid4().hex[:10]}"
    url = pg_server.create_database(name)
    server = Server(url)
    tokens = (f"v{n}" for n in itertools.count())
    with tempfile.TemporaryDirectory() as folder:
        laptops = [
            Laptop(Path(folder) / f"{who}.db", migrated_template, who)
            for who in ("ana", "ben", "cruz")[:laptop_count]
        ]
        edits: list[Edit] = []
        deletions: list[Deletion] = []
        try:
            for step in plan:
                laptop = laptops[step[1] % laptop_count]
                with laptop.db.reading() as s:
                    known = sorted(s.scalars(select(Organization.id)))
                if step[0] == "create":
                    with laptop.session() as s:
                        directory.create_organization(
                            s, directory.OrganizationInput(name=f"Group {next(tokens)}")
                        )
                elif step[0] == "edit" and known:
                    org_id = known[step[2] % len(known)]
                    field = step[3]
                    value = value_for(field, next(tokens))
                    with laptop.session() as s:
                        data = directory.organization_input(directory.get_organization(s, org_id))
                        base = getattr(data, field)
                        setattr(data, field, value)
                        directory.update_organization(s, org_id, data)
                    edits.append(Edit(laptop.name, org_id, field, value, base))
                elif step[0] == "delete" and known:
                    org_id = known[step[2] % len(known)]
                    with laptop.session() as s:
                        org = directory.get_organization(s, org_id)
                        before = {f: getattr(org, f) for f in FIELDS}
                        delete_organization(s, org_id)
                    deletions.append(Deletion(laptop.name, org_id, before))
                elif step[0] == "tag" and known:
                    org_id = known[step[2] % len(known)]
                    with laptop.session() as s:
                        data = directory.organization_input(directory.get_organization(s, org_id))
                        tags = set(data.tags) ^ {step[3]}  # on, or off again
                        data.tags = sorted(tags)
                        directory.update_organization(s, org_id, data)
                elif step[0] == "sync":
                    cut_at = step[2]
                    calls = itertools.count(1)

                    def cut(
                        stage: str,
                        done: int,
                        total: int,
                        cut_at: int | None = cut_at,
                        calls: Iterator[int] = calls,
                    ) -> None:
                        if cut_at is not None and next(calls) == cut_at:
                            pg_server.terminate_connections(name)

                    with contextlib.suppress(SyncError):  # cut off: the next sync resumes
                        laptop.sync(server, cut)

            # Back online: everyone syncs until nothing moves.
            for laptop in laptops + laptops:
                laptop.sync(server)

            remote = server.open()
            try:
                expected = snapshot(remote)
            finally:
                remote.close()
            for laptop in laptops:
                assert snapshot(laptop.db) == expected, f"{laptop.name} differs from the server"

            final = expected["organization"]
            listed: list[SyncConflict] = []
            for laptop in laptops:
                with laptop.db.reading() as s:
                    listed.extend(conflicts(s, include_resolved=True))

            def in_conflict(org_id: str, field: str, value: str) -> bool:
                return any(
                    c.row_id == org_id
                    and (
                        c.kind in ("edit_delete", "refused")
                        or (c.field == field and value in (c.mine, c.theirs))
                    )
                    for c in listed
                )

            for edit in edits:
                row = final.get(edit.org_id)
                present = row is not None and row[edit.field] == edit.value
                seen_and_replaced = any(
                    other.org_id == edit.org_id
                    and other.field == edit.field
                    and other.base == edit.value
                    for other in edits
                )
                seen_and_deleted = any(
                    d.org_id == edit.org_id and d.before.get(edit.field) == edit.value
                    for d in deletions
                )
                assert (
                    present
                    or seen_and_replaced
                    or seen_and_deleted
                    or in_conflict(edit.org_id, edit.field, edit.value)
                ), f"{edit} vanished"

            for deletion in deletions:
                assert deletion.org_id not in final or any(
                    c.row_id == deletion.org_id and c.kind == "edit_delete" for c in listed
                ), f"{deletion} vanished"
        finally:
            for laptop in laptops:
                laptop.close()
            pg_server.drop_database(name)
