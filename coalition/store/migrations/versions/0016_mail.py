"""mail: this laptop's mail account, outbox and inbox; answers to invitations; what each
call series sends; the moment a call's minutes were marked final

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
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
        "mail_account",
        sa.Column("id", sa.String(length=16), nullable=False),
        sa.Column("smtp_host", sa.String(length=255), nullable=False),
        sa.Column("smtp_port", sa.Integer(), nullable=False),
        sa.Column("security", sa.String(length=16), nullable=False),
        sa.Column("from_address", sa.String(length=320), nullable=False),
        sa.Column("from_name", sa.String(length=200), nullable=False),
        sa.Column("username", sa.String(length=320), nullable=False),
        sa.Column("imap_host", sa.String(length=255), nullable=False),
        sa.Column("imap_port", sa.Integer(), nullable=False),
        sa.Column("imap_security", sa.String(length=16), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("send_digest", sa.Boolean(), nullable=False),
        sa.Column("keep_days", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_account")),
    )
    op.create_table(
        "outgoing_mail",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("dedupe_key", sa.String(length=400), nullable=False),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("raw", sa.LargeBinary(), nullable=False),
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("occurrence_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outgoing_mail")),
        sa.UniqueConstraint("dedupe_key", name=op.f("uq_outgoing_mail_dedupe_key")),
        sa.UniqueConstraint("message_id", name=op.f("uq_outgoing_mail_message_id")),
    )
    op.create_index("ix_outgoing_mail_due", "outgoing_mail", ["status", "next_attempt_at"])
    op.create_index(op.f("ix_outgoing_mail_series_id"), "outgoing_mail", ["series_id"])
    op.create_index(op.f("ix_outgoing_mail_occurrence_id"), "outgoing_mail", ["occurrence_id"])
    op.create_table(
        "incoming_mail",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("message_id", sa.String(length=255), nullable=False),
        sa.Column("sender", sa.String(length=320), nullable=False),
        sa.Column("subject", sa.String(length=500), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("rsvp_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_mail")),
        sa.UniqueConstraint("message_id", name=op.f("uq_incoming_mail_message_id")),
    )
    op.create_table(
        "rsvp",
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("occurrence_id", sa.String(length=36), nullable=True),
        sa.Column("original_date", sa.Date(), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("attendee", sa.String(length=320), nullable=False),
        sa.Column("partstat", sa.String(length=32), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("counter", sa.Text(), nullable=False),
        sa.Column("answered_at", sa.DateTime(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("reply_message_id", sa.String(length=255), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["series_id"], ["call_series.id"], name=op.f("fk_rsvp_series_id_call_series")
        ),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["call_occurrence.id"],
            name=op.f("fk_rsvp_occurrence_id_call_occurrence"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_rsvp_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rsvp")),
    )
    op.create_index(op.f("ix_rsvp_series_id"), "rsvp", ["series_id"])
    op.create_index(op.f("ix_rsvp_occurrence_id"), "rsvp", ["occurrence_id"])
    op.create_index(op.f("ix_rsvp_person_id"), "rsvp", ["person_id"])
    op.create_index("ix_rsvp_series_person", "rsvp", ["series_id", "person_id"])
    op.create_table(
        "series_mail",
        sa.Column("series_id", sa.String(length=36), nullable=False),
        sa.Column("invitations", sa.Boolean(), nullable=False),
        sa.Column("agenda", sa.Boolean(), nullable=False),
        sa.Column("agenda_days_before", sa.Integer(), nullable=False),
        sa.Column("agenda_at", sa.String(length=5), nullable=False),
        sa.Column("minutes", sa.Boolean(), nullable=False),
        sa.Column("previewed", sa.String(length=200), nullable=False),
        *_entity(),
        sa.ForeignKeyConstraint(
            ["series_id"], ["call_series.id"], name=op.f("fk_series_mail_series_id_call_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series_mail")),
        sa.UniqueConstraint("series_id", name=op.f("uq_series_mail_series_id")),
    )
    with op.batch_alter_table("call_occurrence") as batch:
        batch.add_column(sa.Column("minutes_final_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("call_occurrence") as batch:
        batch.drop_column("minutes_final_at")
    op.drop_table("series_mail")
    op.drop_table("rsvp")
    op.drop_table("incoming_mail")
    op.drop_table("outgoing_mail")
    op.drop_table("mail_account")
