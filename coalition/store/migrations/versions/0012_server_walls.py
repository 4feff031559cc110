"""the server's log says whose record each entry holds and whether it is shared, so the
server can show a laptop only the entries it may read; a conflict says which server role
found it

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("owner_org_id", sa.String(length=36), nullable=True))
        batch_op.add_column(
            sa.Column("visibility", sa.String(length=8), server_default="shared", nullable=False)
        )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("server_role", sa.String(length=63), server_default="", nullable=False)
        )
    # The entries already there: whose record each holds, as its row says.
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute(
            "UPDATE sync_log SET owner_org_id = row->>'owner_org_id',"
            " visibility = coalesce(row->>'visibility', 'shared') WHERE row IS NOT NULL"
        )
    else:
        op.execute(
            "UPDATE sync_log SET owner_org_id = json_extract(row, '$.owner_org_id'),"
            " visibility = coalesce(json_extract(row, '$.visibility'), 'shared')"
            " WHERE row IS NOT NULL"
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_column("server_role")
    with op.batch_alter_table("sync_log", schema=None) as batch_op:
        batch_op.drop_column("visibility")
        batch_op.drop_column("owner_org_id")
