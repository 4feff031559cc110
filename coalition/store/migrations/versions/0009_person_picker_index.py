"""people's names in their sort index: the pickers list 100,000 names from the index alone

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_sort_name", table_name="person")
    op.create_index("ix_person_sort_name", "person", ["sort_name", "id", "name"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_person_sort_name", table_name="person")
    op.create_index("ix_person_sort_name", "person", ["sort_name", "id"], unique=False)
