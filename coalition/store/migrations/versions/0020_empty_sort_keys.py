"""people and organizations made with their name in one step (a sign-up at the table,
among others) were stored with an empty sort key: listed first whatever their name, and
missed by the look-ups that find a name through it (a walk-in signing up again); their
keys are made from their names

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

from coalition.store.base import sort_key

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

TABLES = ("organization", "person")


def upgrade() -> None:
    bind = op.get_bind()
    for table in TABLES:
        rows = bind.execute(
            sa.text(f"SELECT id, name FROM {table} WHERE sort_name = '' AND name <> ''")
        ).all()
        if rows:
            bind.execute(
                sa.text(f"UPDATE {table} SET sort_name = :key WHERE id = :id"),
                [{"id": r[0], "key": sort_key(r[1])} for r in rows],
            )


def downgrade() -> None:
    pass  # the keys made stay right for the schema before
