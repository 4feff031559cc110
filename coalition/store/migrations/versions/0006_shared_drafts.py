"""shared messaging drafts: variants per audience, revisions, sign-offs, comments;
their search index

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "draft",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("core_text", sa.Text(), nullable=False),
        sa.Column("channels", sa.JSON(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("owner_org_id", sa.String(length=36), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "in_review",
                "approved",
                "published",
                "retired",
                name="draftstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_org_id"], ["organization.id"], name=op.f("fk_draft_owner_org_id_organization")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft")),
    )
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_owner_org_id"), ["owner_org_id"], unique=False)

    op.create_table(
        "draft_status_change",
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "draft",
                "in_review",
                "approved",
                "published",
                "retired",
                name="draftstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"], name=op.f("fk_draft_status_change_draft_id_draft")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_status_change")),
    )
    with op.batch_alter_table("draft_status_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_draft_status_change_draft_id"), ["draft_id"], unique=False
        )

    op.create_table(
        "draft_variant",
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("audience", sa.String(length=200), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"], name=op.f("fk_draft_variant_draft_id_draft")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_draft_variant_organization_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_variant")),
        sa.UniqueConstraint("draft_id", "audience", name=op.f("uq_draft_variant_draft_id")),
    )
    with op.batch_alter_table("draft_variant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_variant_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_draft_variant_organization_id"), ["organization_id"], unique=False
        )

    op.create_table(
        "draft_comment",
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("variant_id", sa.String(length=36), nullable=True),
        sa.Column("parent_id", sa.String(length=36), nullable=True),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"], name=op.f("fk_draft_comment_draft_id_draft")
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["draft_comment.id"],
            name=op.f("fk_draft_comment_parent_id_draft_comment"),
        ),
        sa.ForeignKeyConstraint(
            ["variant_id"],
            ["draft_variant.id"],
            name=op.f("fk_draft_comment_variant_id_draft_variant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_comment")),
    )
    with op.batch_alter_table("draft_comment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_comment_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_draft_comment_variant_id"), ["variant_id"], unique=False
        )

    op.create_table(
        "draft_revision",
        sa.Column("draft_id", sa.String(length=36), nullable=False),
        sa.Column("variant_id", sa.String(length=36), nullable=True),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=120), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("restored_from_id", sa.String(length=36), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"], name=op.f("fk_draft_revision_draft_id_draft")
        ),
        sa.ForeignKeyConstraint(
            ["restored_from_id"],
            ["draft_revision.id"],
            name=op.f("fk_draft_revision_restored_from_id_draft_revision"),
        ),
        sa.ForeignKeyConstraint(
            ["variant_id"],
            ["draft_variant.id"],
            name=op.f("fk_draft_revision_variant_id_draft_variant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_draft_revision")),
    )
    with op.batch_alter_table("draft_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_draft_revision_draft_id"), ["draft_id"], unique=False)
        batch_op.create_index(
            "ix_draft_revision_target", ["draft_id", "variant_id", "number"], unique=False
        )

    op.create_table(
        "sign_off",
        sa.Column("variant_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=True),
        sa.Column(
            "answer",
            sa.Enum(
                "pending",
                "approved",
                "changes_requested",
                "declined",
                name="signoffanswer",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("answered_by", sa.String(length=120), nullable=False),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=True),
        sa.Column("voided_at", sa.DateTime(), nullable=True),
        sa.Column("replaces_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_sign_off_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["replaces_id"], ["sign_off.id"], name=op.f("fk_sign_off_replaces_id_sign_off")
        ),
        sa.ForeignKeyConstraint(
            ["revision_id"],
            ["draft_revision.id"],
            name=op.f("fk_sign_off_revision_id_draft_revision"),
        ),
        sa.ForeignKeyConstraint(
            ["variant_id"], ["draft_variant.id"], name=op.f("fk_sign_off_variant_id_draft_variant")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_off")),
    )
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_sign_off_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_sign_off_variant_id"), ["variant_id"], unique=False)
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE draft_search USING fts5(title, body, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE draft_search")
    with op.batch_alter_table("sign_off", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sign_off_variant_id"))
        batch_op.drop_index(batch_op.f("ix_sign_off_organization_id"))

    op.drop_table("sign_off")
    with op.batch_alter_table("draft_revision", schema=None) as batch_op:
        batch_op.drop_index("ix_draft_revision_target")
        batch_op.drop_index(batch_op.f("ix_draft_revision_draft_id"))

    op.drop_table("draft_revision")
    with op.batch_alter_table("draft_comment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_comment_variant_id"))
        batch_op.drop_index(batch_op.f("ix_draft_comment_draft_id"))

    op.drop_table("draft_comment")
    with op.batch_alter_table("draft_variant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_variant_organization_id"))
        batch_op.drop_index(batch_op.f("ix_draft_variant_draft_id"))

    op.drop_table("draft_variant")
    with op.batch_alter_table("draft_status_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_status_change_draft_id"))

    op.drop_table("draft_status_change")
    with op.batch_alter_table("draft", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_draft_owner_org_id"))

    op.drop_table("draft")
