"""decisions: proposals, one ballot per member organization, proxies, and the draft an
adoption locks

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def _entity() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("owner_org_id", sa.String(length=36), nullable=True),
        sa.Column("visibility", sa.String(length=8), server_default="shared", nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "proposal",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("draft_id", sa.String(length=36), nullable=True),
        sa.Column("occurrence_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("voters", sa.JSON(), nullable=False),
        sa.Column("rule", sa.String(length=32), nullable=False),
        sa.Column("quorum", sa.Integer(), nullable=False),
        sa.Column("reason_required", sa.Boolean(), nullable=False),
        sa.Column("results_shown", sa.String(length=32), nullable=False),
        sa.Column("list_abstentions", sa.Boolean(), nullable=False),
        sa.Column("opens_at", sa.DateTime(), nullable=False),
        sa.Column("closes_at", sa.DateTime(), nullable=False),
        sa.Column("proposed_by", sa.String(length=200), nullable=False),
        sa.Column("proposed_by_org", sa.String(length=200), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=200), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=True),
        sa.Column("tally", sa.JSON(), nullable=False),
        sa.Column("declaration_id", sa.String(length=36), nullable=True),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["draft_id"], ["draft.id"], name=op.f("fk_proposal_draft_id_draft")
        ),
        sa.ForeignKeyConstraint(
            ["declaration_id"], ["draft.id"], name=op.f("fk_proposal_declaration_id_draft")
        ),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["call_occurrence.id"],
            name=op.f("fk_proposal_occurrence_id_call_occurrence"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proposal")),
    )
    op.create_index(op.f("ix_proposal_draft_id"), "proposal", ["draft_id"])
    op.create_index(op.f("ix_proposal_occurrence_id"), "proposal", ["occurrence_id"])
    op.create_index(op.f("ix_proposal_closes_at"), "proposal", ["closes_at"])
    op.create_table(
        "proxy",
        sa.Column("from_org_id", sa.String(length=36), nullable=False),
        sa.Column("to_org_id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("given_by", sa.String(length=200), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["from_org_id"], ["organization.id"], name=op.f("fk_proxy_from_org_id_organization")
        ),
        sa.ForeignKeyConstraint(
            ["to_org_id"], ["organization.id"], name=op.f("fk_proxy_to_org_id_organization")
        ),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_proxy_proposal_id_proposal")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_proxy")),
    )
    op.create_index(op.f("ix_proxy_from_org_id"), "proxy", ["from_org_id"])
    op.create_index(op.f("ix_proxy_to_org_id"), "proxy", ["to_org_id"])
    op.create_index(op.f("ix_proxy_proposal_id"), "proxy", ["proposal_id"])
    op.create_table(
        "ballot",
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("choice", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("capacity", sa.String(length=32), nullable=False),
        sa.Column("cast_by", sa.String(length=200), nullable=False),
        sa.Column("cast_by_email", sa.String(length=320), nullable=False),
        sa.Column("cast_by_org_id", sa.String(length=36), nullable=True),
        sa.Column("cast_at", sa.DateTime(), nullable=False),
        sa.Column("proxy_id", sa.String(length=36), nullable=True),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["proposal_id"], ["proposal.id"], name=op.f("fk_ballot_proposal_id_proposal")
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_ballot_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(["proxy_id"], ["proxy.id"], name=op.f("fk_ballot_proxy_id_proxy")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
    )
    op.create_index(op.f("ix_ballot_proposal_id"), "ballot", ["proposal_id"])
    op.create_index("ix_ballot_proposal_org", "ballot", ["proposal_id", "organization_id"])
    with op.batch_alter_table("draft") as batch:
        batch.add_column(sa.Column("adopted_by_id", sa.String(length=36), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE proposal_search USING fts5(title, body, "
            "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE proposal_search")
    with op.batch_alter_table("draft") as batch:
        batch.drop_column("adopted_by_id")
    op.drop_table("ballot")
    op.drop_table("proxy")
    op.drop_table("proposal")
