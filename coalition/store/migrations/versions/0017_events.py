"""events: events and their hosts, shifts and who takes them, sign-ups at the table and
the consents given there; petition batches (counts, never signers) and registration
tallies; a person's ZIP and county; goals measured from them

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
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


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
    )


def _index(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "event",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("starts_local", sa.DateTime(), nullable=False),
        sa.Column("ends_local", sa.DateTime(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("county", sa.String(length=80), nullable=False),
        sa.Column("campaign_id", sa.String(length=36), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("questions", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("uid", sa.String(length=255), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        *_entity(),
        sa.CheckConstraint("ends_local >= starts_local", name=op.f("ck_event_ends_after_start")),
        _fk("event", "campaign_id", "campaign"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event")),
    )
    _index("event", "starts_at", "state", "campaign_id")
    op.create_table(
        "event_host",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        *_entity(),
        _fk("event_host", "event_id", "event"),
        _fk("event_host", "organization_id", "organization"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_host")),
    )
    _index("event_host", "event_id", "organization_id")
    op.create_table(
        "shift",
        sa.Column("event_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_local", sa.DateTime(), nullable=False),
        sa.Column("ends_local", sa.DateTime(), nullable=False),
        sa.Column("slots", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_entity(),
        sa.CheckConstraint("slots >= 0", name=op.f("ck_shift_slots_not_negative")),
        sa.CheckConstraint("ends_local >= starts_local", name=op.f("ck_shift_ends_after_start")),
        _fk("shift", "event_id", "event"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift")),
    )
    _index("shift", "event_id")
    op.create_table(
        "shift_assignment",
        sa.Column("shift_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(), nullable=True),
        sa.Column("checked_out_at", sa.DateTime(), nullable=True),
        sa.Column("reminded_at", sa.DateTime(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_entity(),
        _fk("shift_assignment", "shift_id", "shift"),
        _fk("shift_assignment", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_assignment")),
    )
    _index("shift_assignment", "shift_id", "person_id")
    op.create_table(
        "sign_up",
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("postal_code", sa.String(length=10), nullable=False),
        sa.Column("county", sa.String(length=80), nullable=False),
        sa.Column("language", sa.String(length=35), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("match", sa.String(length=32), nullable=False),
        sa.Column("source", sa.String(length=32), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=True),
        *_entity(),
        _fk("sign_up", "event_id", "event"),
        _fk("sign_up", "person_id", "person"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sign_up")),
    )
    _index("sign_up", "event_id", "person_id", "signed_at")
    op.create_table(
        "consent",
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("sign_up_id", sa.String(length=36), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        *_entity(),
        _fk("consent", "person_id", "person"),
        _fk("consent", "organization_id", "organization"),
        _fk("consent", "event_id", "event"),
        _fk("consent", "sign_up_id", "sign_up"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    _index("consent", "person_id", "organization_id", "event_id", "sign_up_id")
    op.create_table(
        "petition_batch",
        sa.Column("campaign_id", sa.String(length=36), nullable=False),
        sa.Column("collected_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("county", sa.String(length=80), nullable=False),
        sa.Column("collector", sa.String(length=200), nullable=False),
        sa.Column("collector_id", sa.String(length=36), nullable=True),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("raw_count", sa.Integer(), nullable=False),
        sa.Column("verified_count", sa.Integer(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        *_entity(),
        sa.CheckConstraint("raw_count >= 0", name=op.f("ck_petition_batch_raw_not_negative")),
        sa.CheckConstraint(
            "verified_count IS NULL OR (verified_count >= 0 AND verified_count <= raw_count)",
            name=op.f("ck_petition_batch_verified_within_raw"),
        ),
        _fk("petition_batch", "campaign_id", "campaign"),
        _fk("petition_batch", "collector_id", "person"),
        _fk("petition_batch", "event_id", "event"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_petition_batch")),
    )
    _index("petition_batch", "campaign_id", "collected_on", "county", "collector_id", "event_id")
    op.create_table(
        "registration_tally",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("county", sa.String(length=80), nullable=False),
        sa.Column("event_id", sa.String(length=36), nullable=True),
        sa.Column("campaign_id", sa.String(length=36), nullable=True),
        sa.Column("reported_by", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        *_entity(),
        sa.CheckConstraint("count >= 0", name=op.f("ck_registration_tally_count_not_negative")),
        _fk("registration_tally", "event_id", "event"),
        _fk("registration_tally", "campaign_id", "campaign"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registration_tally")),
    )
    _index("registration_tally", "on", "event_id", "campaign_id")
    with op.batch_alter_table("person") as batch:
        batch.add_column(
            sa.Column("postal_code", sa.String(length=10), server_default="", nullable=False)
        )
        batch.add_column(
            sa.Column("county", sa.String(length=80), server_default="", nullable=False)
        )
    op.create_index("ix_person_phone_number", "person_phone", ["number"])
    with op.batch_alter_table("goal") as batch:
        batch.add_column(sa.Column("validity_percent", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("goal") as batch:
        batch.drop_column("validity_percent")
    op.drop_index("ix_person_phone_number", "person_phone")
    with op.batch_alter_table("person") as batch:
        batch.drop_column("county")
        batch.drop_column("postal_code")
    for table in (
        "registration_tally",
        "petition_batch",
        "consent",
        "sign_up",
        "shift_assignment",
        "shift",
        "event_host",
        "event",
    ):
        op.drop_table(table)
