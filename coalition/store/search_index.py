"""The FTS5 index behind global search and search-as-you-type, kept in step with each write.

One document per organization, person and campaign (``kind``, ``ref_id``, ``title``,
``body``).  The change recorder calls :func:`update` inside every write transaction, so
the index can never disagree with the data it describes.  Only SQLite has the index;
on a PostgreSQL server the hook does nothing (search runs on the local database).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from coalition.store.changes import RowChange, add_hook

# Documents, by kind: what is searched besides the title.
DOCUMENT_SQL = {
    "organization": """
        SELECT o.id, o.name,
               o.short_name || ' ' || o.home_state || ' ' || o.website || ' ' || o.notes || ' ' ||
               coalesce((SELECT group_concat(t.name, ' ') FROM organization_tag ot
                         JOIN tag t ON t.id = ot.tag_id WHERE ot.organization_id = o.id), '')
        FROM organization o WHERE o.id IN :ids""",
    "person": """
        SELECT p.id, p.name,
               p.state || ' ' || p.notes || ' ' ||
               coalesce((SELECT group_concat(e.address, ' ') FROM person_email e
                         WHERE e.person_id = p.id), '') || ' ' ||
               coalesce((SELECT group_concat(o.name || ' ' || o.short_name, ' ') FROM membership m
                         JOIN organization o ON o.id = m.organization_id
                         WHERE m.person_id = p.id), '')
        FROM person p WHERE p.id IN :ids""",
    "campaign": """
        SELECT c.id, c.name, c.description FROM campaign c WHERE c.id IN :ids""",
}

_BATCH = 500


def _value(change: RowChange, key: str) -> str | None:
    for values in (change.after, change.before):
        if values and values.get(key):
            return str(values[key])
    return None


def affected(changes: Iterable[RowChange]) -> dict[str, set[str]]:
    """The documents whose text depends on the changed rows."""
    docs: dict[str, set[str]] = defaultdict(set)
    renamed_orgs: set[str] = set()
    for change in changes:
        if change.table in ("organization", "person", "campaign"):
            docs[change.table].add(change.row_id)
            if change.table == "organization" and "name" in change.changed_fields():
                renamed_orgs.add(change.row_id)
        elif change.table == "organization_tag":
            docs["organization"].add(_value(change, "organization_id") or "")
        elif change.table in ("person_email", "membership"):
            docs["person"].add(_value(change, "person_id") or "")
    for ids in docs.values():
        ids.discard("")
    if renamed_orgs:
        docs["_members_of"] = renamed_orgs
    return docs


def _has_index(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def reindex(session: Session, kind: str, ids: set[str]) -> None:
    """Rewrite the documents of ``ids`` (dropping those whose record is gone)."""
    id_list = sorted(ids)
    select = text(DOCUMENT_SQL[kind]).bindparams(bindparam("ids", expanding=True))
    for start in range(0, len(id_list), _BATCH):
        batch = id_list[start : start + _BATCH]
        session.execute(
            text("DELETE FROM search_index WHERE kind = :kind AND ref_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"kind": kind, "ids": batch},
        )
        rows = session.execute(select, {"ids": batch}).all()
        if rows:
            session.execute(
                text(
                    "INSERT INTO search_index (kind, ref_id, title, body) "
                    "VALUES (:kind, :ref_id, :title, :body)"
                ),
                [{"kind": kind, "ref_id": r[0], "title": r[1], "body": r[2]} for r in rows],
            )


def update(session: Session, changes: list[RowChange]) -> None:
    if not _has_index(session):
        return
    docs = affected(changes)
    members_of = docs.pop("_members_of", set())
    if members_of:
        rows = session.execute(
            text("SELECT DISTINCT person_id FROM membership WHERE organization_id IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": sorted(members_of)},
        ).scalars()
        docs.setdefault("person", set()).update(rows)
    for kind, ids in docs.items():
        if ids:
            reindex(session, kind, ids)


def rebuild(session: Session) -> None:
    """Index everything again (after a bulk load or to repair)."""
    if not _has_index(session):
        return
    session.execute(text("DELETE FROM search_index"))
    for kind, table in (("organization", "organization"), ("person", "person"), ("campaign", "campaign")):
        ids = set(session.execute(text(f"SELECT id FROM {table}")).scalars())
        reindex(session, kind, ids)


add_hook(update)
