"""sort names by a folded key (accents and case), indexed for the long lists

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

import unicodedata

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _key(text: str) -> str:
    # As coalition.store.base.sort_key stood at this revision.
    decomposed = unicodedata.normalize("NFKD", (text or "").strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def upgrade() -> None:
    bind = op.get_bind()
    for table in ("organization", "person"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("sort_name", sa.String(200), nullable=False, server_default="")
            )
        rows = bind.execute(sa.text(f"SELECT id, name FROM {table}")).all()
        if rows:
            bind.execute(
                sa.text(f"UPDATE {table} SET sort_name = :key WHERE id = :id"),
                [{"id": r[0], "key": _key(r[1])} for r in rows],
            )
        op.drop_index(f"ix_{table}_name_nocase", table)
        op.create_index(f"ix_{table}_sort_name", table, ["sort_name", "id"])


def downgrade() -> None:
    for table in ("person", "organization"):
        op.drop_index(f"ix_{table}_sort_name", table)
        # Dropping a column rebuilds the table on SQLite, which forgets expression
        # indexes it cannot reflect: make the old index afterwards.
        with op.batch_alter_table(table) as batch:
            batch.drop_column("sort_name")
        op.create_index(f"ix_{table}_name_nocase", table, [sa.text("lower(name)"), "id"])
