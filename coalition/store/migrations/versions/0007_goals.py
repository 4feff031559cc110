"""goals with a target and a deadline, measured from the data or from recorded observations

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

MEASURES = (
    "states",
    "represented_states",
    "allied_organizations",
    "endorsements",
    "open_action_items",
    "recorded",
)


def upgrade() -> None:
    op.create_table(
        "goal",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "measure",
            sa.Enum(*MEASURES, name="goalmeasure", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("target", sa.Integer(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("unit", sa.String(length=60), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("target >= 0", name=op.f("ck_goal_target_not_negative")),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_goal_campaign_id_campaign")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal")),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_campaign_id"), ["campaign_id"], unique=False)

    op.create_table(
        "goal_observation",
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_goal_observation_goal_id_goal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_observation")),
        sa.UniqueConstraint("goal_id", "on", name=op.f("uq_goal_observation_goal_id")),
    )
    with op.batch_alter_table("goal_observation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_observation_goal_id"), ["goal_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("goal_observation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_observation_goal_id"))

    op.drop_table("goal_observation")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_campaign_id"))

    op.drop_table("goal")
