"""calendar outlets: the CalDAV calendar and the subscription feed this laptop keeps the
call schedule published to, and what it last put in the calendar (both kept here only)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "calendar_outlet",
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("kind", name=op.f("pk_calendar_outlet")),
    )
    op.create_table(
        "published_event",
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("href", sa.Text(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_published_event")),
    )


def downgrade() -> None:
    op.drop_table("published_event")
    op.drop_table("calendar_outlet")
