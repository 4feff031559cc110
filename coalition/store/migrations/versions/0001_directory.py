"""directory: organizations, people, campaigns, endorsements

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organization",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("short_name", sa.String(length=40), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "political_party",
                "501c3",
                "501c4",
                "grassroots",
                "state_chapter",
                "campaign_committee",
                "other",
                name="orgkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("home_state", sa.String(length=40), nullable=False),
        sa.Column("founded_on", sa.Date(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "prospective", "active", "inactive", name="orgstatus", native_enum=False, length=32
            ),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"], ["organization.id"], name=op.f("fk_organization_parent_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization")),
    )
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organization_home_state"), ["home_state"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organization_parent_id"), ["parent_id"], unique=False)

    op.create_table(
        "person",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_state"), ["state"], unique=False)

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "tag",
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_tag_name")),
    )
    op.create_table(
        "campaign",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "ballot_initiative",
                "candidate",
                "statement",
                "policy_position",
                name="campaignkind",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("website", sa.String(length=500), nullable=False),
        sa.Column("filing_date", sa.Date(), nullable=True),
        sa.Column("signature_deadline", sa.Date(), nullable=True),
        sa.Column("vote_date", sa.Date(), nullable=True),
        sa.Column("signature_goal", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["organization.id"], name=op.f("fk_campaign_owner_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign")),
    )
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_campaign_owner_id"), ["owner_id"], unique=False)

    op.create_table(
        "membership",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("represents_state", sa.String(length=2), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_membership_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_membership_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_membership")),
    )
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_membership_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_membership_person_id"), ["person_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_membership_represents_state"), ["represents_state"], unique=False
        )

    op.create_table(
        "organization_tag",
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_organization_tag_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tag.id"], name=op.f("fk_organization_tag_tag_id_tag")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organization_tag")),
        sa.UniqueConstraint(
            "organization_id", "tag_id", name=op.f("uq_organization_tag_organization_id")
        ),
    )
    with op.batch_alter_table("organization_tag", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_organization_tag_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_organization_tag_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "person_email",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("address", sa.String(length=320), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_email_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_email")),
    )
    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_email_person_id"), ["person_id"], unique=False)

    op.create_table(
        "person_phone",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("label", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_person_phone_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person_phone")),
    )
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_phone_person_id"), ["person_id"], unique=False)

    op.create_table(
        "social_page",
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("platform", sa.String(length=40), nullable=False),
        sa.Column("url", sa.String(length=500), nullable=False),
        sa.Column("followers", sa.Integer(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_social_page_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_social_page")),
    )
    with op.batch_alter_table("social_page", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_social_page_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "endorsement",
        sa.Column("endorser_org_id", sa.String(length=36), nullable=True),
        sa.Column("endorser_person_id", sa.String(length=36), nullable=True),
        sa.Column("campaign_id", sa.String(length=36), nullable=True),
        sa.Column("target_org_id", sa.String(length=36), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "pending",
                "conditional",
                "endorsed",
                "declined",
                "withdrawn",
                name="endorsementstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("source_url", sa.String(length=500), nullable=False),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(campaign_id IS NULL) <> (target_org_id IS NULL)",
            name=op.f("ck_endorsement_one_target"),
        ),
        sa.CheckConstraint(
            "(endorser_org_id IS NULL) <> (endorser_person_id IS NULL)",
            name=op.f("ck_endorsement_one_endorser"),
        ),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaign.id"], name=op.f("fk_endorsement_campaign_id_campaign")
        ),
        sa.ForeignKeyConstraint(
            ["endorser_org_id"],
            ["organization.id"],
            name=op.f("fk_endorsement_endorser_org_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["endorser_person_id"],
            ["person.id"],
            name=op.f("fk_endorsement_endorser_person_id_person"),
        ),
        sa.ForeignKeyConstraint(
            ["target_org_id"],
            ["organization.id"],
            name=op.f("fk_endorsement_target_org_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_endorsement")),
    )
    with op.batch_alter_table("endorsement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_endorsement_campaign_id"), ["campaign_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_endorsement_endorser_org_id"), ["endorser_org_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_endorsement_endorser_person_id"), ["endorser_person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_endorsement_target_org_id"), ["target_org_id"], unique=False
        )

    op.create_table(
        "endorsement_event",
        sa.Column("endorsement_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "requested",
                "pending",
                "conditional",
                "endorsed",
                "declined",
                "withdrawn",
                name="endorsementstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("condition", sa.Text(), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["endorsement_id"],
            ["endorsement.id"],
            name=op.f("fk_endorsement_event_endorsement_id_endorsement"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_endorsement_event")),
    )
    with op.batch_alter_table("endorsement_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_endorsement_event_endorsement_id"), ["endorsement_id"], unique=False
        )

    op.create_index("ix_organization_name_nocase", "organization", [sa.text("lower(name)"), "id"])
    op.create_index("ix_person_name_nocase", "person", [sa.text("lower(name)"), "id"])
    op.create_index("ix_person_email_address_nocase", "person_email", [sa.text("lower(address)")])


def downgrade() -> None:
    op.drop_index("ix_person_email_address_nocase", "person_email")
    op.drop_index("ix_person_name_nocase", "person")
    op.drop_index("ix_organization_name_nocase", "organization")
    with op.batch_alter_table("endorsement_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_endorsement_event_endorsement_id"))

    op.drop_table("endorsement_event")
    with op.batch_alter_table("endorsement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_endorsement_target_org_id"))
        batch_op.drop_index(batch_op.f("ix_endorsement_endorser_person_id"))
        batch_op.drop_index(batch_op.f("ix_endorsement_endorser_org_id"))
        batch_op.drop_index(batch_op.f("ix_endorsement_campaign_id"))

    op.drop_table("endorsement")
    with op.batch_alter_table("social_page", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_social_page_organization_id"))

    op.drop_table("social_page")
    with op.batch_alter_table("person_phone", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_phone_person_id"))

    op.drop_table("person_phone")
    with op.batch_alter_table("person_email", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_email_person_id"))

    op.drop_table("person_email")
    with op.batch_alter_table("organization_tag", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_tag_tag_id"))
        batch_op.drop_index(batch_op.f("ix_organization_tag_organization_id"))

    op.drop_table("organization_tag")
    with op.batch_alter_table("membership", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_membership_represents_state"))
        batch_op.drop_index(batch_op.f("ix_membership_person_id"))
        batch_op.drop_index(batch_op.f("ix_membership_organization_id"))

    op.drop_table("membership")
    with op.batch_alter_table("campaign", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_campaign_owner_id"))

    op.drop_table("campaign")
    op.drop_table("tag")
    op.drop_table("setting")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_state"))

    op.drop_table("person")
    with op.batch_alter_table("organization", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organization_parent_id"))
        batch_op.drop_index(batch_op.f("ix_organization_home_state"))

    op.drop_table("organization")
