"""search index (FTS5) over the directory, and the audit trail of every change

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The documents as the directory stood at this revision; later rows are indexed by
# coalition.search.query as each change is committed.
BACKFILL = [
    """INSERT INTO search_index (kind, ref_id, title, body)
       SELECT 'organization', o.id, o.name,
              o.short_name || ' ' || o.home_state || ' ' || o.website || ' ' || o.notes || ' ' ||
              coalesce((SELECT group_concat(t.name, ' ') FROM organization_tag ot
                        JOIN tag t ON t.id = ot.tag_id WHERE ot.organization_id = o.id), '')
       FROM organization o""",
    """INSERT INTO search_index (kind, ref_id, title, body)
       SELECT 'person', p.id, p.name,
              p.state || ' ' || p.notes || ' ' ||
              coalesce((SELECT group_concat(e.address, ' ') FROM person_email e
                        WHERE e.person_id = p.id), '') || ' ' ||
              coalesce((SELECT group_concat(o.name || ' ' || o.short_name, ' ') FROM membership m
                        JOIN organization o ON o.id = m.organization_id
                        WHERE m.person_id = p.id), '')
       FROM person p""",
    """INSERT INTO search_index (kind, ref_id, title, body)
       SELECT 'campaign', c.id, c.name, c.description
       FROM campaign c""",
]


def upgrade() -> None:
    op.create_table(
        "change_log",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("transaction_id", sa.String(length=36), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("device", sa.String(length=120), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=8), nullable=False),
        sa.Column("summary", sa.String(length=200), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    op.create_index("ix_change_log_at", "change_log", ["at"])
    op.create_index("ix_change_log_row", "change_log", ["table_name", "row_id"])
    op.create_index("ix_change_log_transaction_id", "change_log", ["transaction_id"])

    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_index USING fts5("
            "kind UNINDEXED, ref_id UNINDEXED, title, body, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )
        for statement in BACKFILL:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE search_index")
    op.drop_index("ix_change_log_transaction_id", "change_log")
    op.drop_index("ix_change_log_row", "change_log")
    op.drop_index("ix_change_log_at", "change_log")
    op.drop_table("change_log")
