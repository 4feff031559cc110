"""suggestions: a change an organizer may not make, sent to the coordinators

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "suggestion",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("record", sa.String(length=200), nullable=False),
        sa.Column("proposed", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("suggested_by", sa.String(length=200), nullable=False),
        sa.Column("suggested_by_org", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("decided_by", sa.String(length=200), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("owner_org_id", sa.String(length=36), nullable=True),
        sa.Column("visibility", sa.String(length=8), server_default="shared", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_suggestion")),
    )


def downgrade() -> None:
    op.drop_table("suggestion")
