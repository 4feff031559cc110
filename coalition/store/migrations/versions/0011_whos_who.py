"""who's who: profiles, each record's owning organization and visibility, legal classes,
sharing agreements, and the organization every change is credited to

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Every shared table whose records have an owner (the tables as this revision knows them);
# a call series and a draft had one already.
_HAD_OWNER = ("call_series", "draft")
_RECORDS = (
    "action_item",
    "agenda_item",
    "attendance",
    "call_occurrence",
    "call_participant",
    "call_series",
    "campaign",
    "draft",
    "draft_comment",
    "draft_revision",
    "draft_status_change",
    "draft_variant",
    "endorsement",
    "endorsement_event",
    "goal",
    "goal_observation",
    "membership",
    "organization",
    "organization_tag",
    "person",
    "person_email",
    "person_merge",
    "person_phone",
    "sign_off",
    "social_page",
    "standing_item",
    "tag",
)

# Records that already say which organization answers for them: it becomes their owner.
# (An organization answers for itself; a person for the group of their first membership.)
_OWNERS = (
    "UPDATE organization SET owner_org_id = id",
    "UPDATE social_page SET owner_org_id = organization_id",
    "UPDATE organization_tag SET owner_org_id = organization_id",
    "UPDATE membership SET owner_org_id = organization_id",
    "UPDATE endorsement SET owner_org_id = endorser_org_id WHERE endorser_org_id IS NOT NULL",
    "UPDATE endorsement_event SET owner_org_id = (SELECT e.owner_org_id FROM endorsement e"
    " WHERE e.id = endorsement_event.endorsement_id)",
    "UPDATE draft_variant SET owner_org_id = organization_id WHERE organization_id IS NOT NULL",
    "UPDATE sign_off SET owner_org_id = organization_id",
    "UPDATE person SET owner_org_id = (SELECT m.organization_id FROM membership m"
    " WHERE m.person_id = person.id ORDER BY m.created_at, m.id LIMIT 1)",
    "UPDATE person_email SET owner_org_id = (SELECT p.owner_org_id FROM person p"
    " WHERE p.id = person_email.person_id)",
    "UPDATE person_phone SET owner_org_id = (SELECT p.owner_org_id FROM person p"
    " WHERE p.id = person_phone.person_id)",
)


def upgrade() -> None:
    # Plain ADD COLUMN (no table rebuilt): a rebuild would lose person_email's index on
    # an expression.
    for table in _RECORDS:
        if table not in _HAD_OWNER:
            op.add_column(table, sa.Column("owner_org_id", sa.String(length=36), nullable=True))
        op.add_column(
            table,
            sa.Column("visibility", sa.String(length=8), server_default="shared", nullable=False),
        )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "legal_class",
                sa.String(length=32),
                server_default="independent_ally",
                nullable=False,
            )
        )
        batch_op.add_column(
            sa.Column("finance", sa.String(length=32), server_default="independent", nullable=False)
        )
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.add_column(sa.Column("answered_by_org_id", sa.String(length=36), nullable=True))
    for table in ("change_log", "sync_outbox", "sync_log"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("actor_org", sa.String(length=200), server_default="", nullable=False)
            )
    # A group's legal form, where its kind says it.
    op.execute(
        "UPDATE organization SET legal_class = kind"
        " WHERE kind IN ('political_party', '501c3', '501c4')"
    )
    for statement in _OWNERS:
        op.execute(statement)
    op.create_table(
        "sharing_agreement",
        sa.Column("from_org_id", sa.String(length=36), nullable=False),
        sa.Column("to_org_id", sa.String(length=36), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("granted_by", sa.String(length=200), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("owner_org_id", sa.String(length=36), nullable=True),
        sa.Column("visibility", sa.String(length=8), server_default="shared", nullable=False),
        sa.ForeignKeyConstraint(
            ["from_org_id"],
            ["organization.id"],
            name=op.f("fk_sharing_agreement_from_org_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["to_org_id"],
            ["organization.id"],
            name=op.f("fk_sharing_agreement_to_org_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sharing_agreement")),
    )
    with op.batch_alter_table("sharing_agreement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sharing_agreement_from_org_id"), ["from_org_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_sharing_agreement_to_org_id"), ["to_org_id"], unique=False
        )
    op.create_table(
        "profile",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_profile")),
    )


def downgrade() -> None:
    op.drop_table("profile")
    with op.batch_alter_table("sharing_agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sharing_agreement_to_org_id"))
        batch_op.drop_index(batch_op.f("ix_sharing_agreement_from_org_id"))
    op.drop_table("sharing_agreement")
    for table in ("change_log", "sync_outbox", "sync_log"):
        op.drop_column(table, "actor_org")
    op.drop_column("sign_off", "answered_by_org_id")
    op.drop_column("organization", "finance")
    op.drop_column("organization", "legal_class")
    for table in _RECORDS:
        op.drop_column(table, "visibility")
        if table not in _HAD_OWNER:
            op.drop_column(table, "owner_org_id")
