"""sync with the coalition server: outbox, server log, conflicts, private records, state

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _change_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("transaction_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("device", sa.String(length=120), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "sync_outbox",
        *_change_columns(),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("row", sa.JSON(), nullable=True),
        sa.Column("sent", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_outbox")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_outbox_op_id")),
    )
    op.create_index(op.f("ix_sync_outbox_sent"), "sync_outbox", ["sent"], unique=False)
    op.create_table(
        "sync_log",
        *_change_columns(),
        sa.Column("row", sa.JSON(), nullable=True),
        sa.Column("verbatim", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_sync_log")),
        sa.UniqueConstraint("op_id", name=op.f("uq_sync_log_op_id")),
    )
    op.create_index("ix_sync_log_row", "sync_log", ["table_name", "row_id"], unique=False)
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("origin", sa.String(length=36), nullable=False),
        sa.Column("delivered", sa.Boolean(), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("record", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("my_at", sa.DateTime(), nullable=True),
        sa.Column("my_actor", sa.String(length=120), nullable=False),
        sa.Column("my_device", sa.String(length=120), nullable=False),
        sa.Column("their_at", sa.DateTime(), nullable=True),
        sa.Column("their_actor", sa.String(length=120), nullable=False),
        sa.Column("their_device", sa.String(length=120), nullable=False),
        sa.Column("kept", sa.String(length=8), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_origin"), "sync_conflict", ["origin"], unique=False)
    op.create_table(
        "sync_private",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", name=op.f("pk_sync_private")),
    )
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )


def downgrade() -> None:
    op.drop_table("sync_state")
    op.drop_table("sync_private")
    op.drop_index(op.f("ix_sync_conflict_origin"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_index("ix_sync_log_row", table_name="sync_log")
    op.drop_table("sync_log")
    op.drop_index(op.f("ix_sync_outbox_sent"), table_name="sync_outbox")
    op.drop_table("sync_outbox")
