"""names sort in the locale's order: accents, then case, break the ties of the folded
name ("Nuñez" before "Núñez"); on PostgreSQL the key is compared byte by byte

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-07
"""

import unicodedata
from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

from coalition.store.base import sort_key

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

TABLES = ("organization", "person")


def _old_key(text: str) -> str:
    # As coalition.store.base.sort_key stood at 0003-0017: the folded name alone.
    decomposed = unicodedata.normalize("NFKD", (text or "").strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()[:200]


def recompute_sort_names(bind: sa.engine.Connection, key: Callable[[str], str] = sort_key) -> None:
    """Every organization's and person's sort key made again by ``key`` (the store's own
    unless told: a later change of the key recomputes in a migration of its own)."""
    for table in TABLES:
        rows = bind.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            bind.execute(
                sa.text(f"UPDATE {table} SET sort_name = :key WHERE id = :id"),
                [{"id": r[0], "key": key(r[1] or "")} for r in rows],
            )


def _collate(bind: sa.engine.Connection, collation: str | None) -> None:
    if bind.dialect.name != "postgresql":
        return
    clause = f' COLLATE "{collation}"' if collation else ""
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ALTER COLUMN sort_name TYPE VARCHAR(200){clause}")


def upgrade() -> None:
    bind = op.get_bind()
    _collate(bind, "C")
    recompute_sort_names(bind)


def downgrade() -> None:
    bind = op.get_bind()
    recompute_sort_names(bind, _old_key)
    _collate(bind, None)
