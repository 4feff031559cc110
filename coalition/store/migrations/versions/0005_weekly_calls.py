"""weekly calls: series, occurrences, agendas, attendance, action items

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "call_series",
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organizer_id", sa.String(length=36), nullable=True),
        sa.Column("owner_org_id", sa.String(length=36), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("rrule", sa.String(length=200), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("join_url", sa.String(length=500), nullable=False),
        sa.Column("dial_in", sa.String(length=60), nullable=False),
        sa.Column("access_code", sa.String(length=60), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "cancelled", name="callstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("continued_from_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["continued_from_id"],
            ["call_series.id"],
            name=op.f("fk_call_series_continued_from_id_call_series"),
        ),
        sa.ForeignKeyConstraint(
            ["organizer_id"], ["person.id"], name=op.f("fk_call_series_organizer_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["owner_org_id"],
            ["organization.id"],
            name=op.f("fk_call_series_owner_org_id_organization"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_series")),
        sa.UniqueConstraint("uid", name=op.f("uq_call_series_uid")),
    )
    with op.batch_alter_table("call_series", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_call_series_continued_from_id"), ["continued_from_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_call_series_organizer_id"), ["organizer_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_call_series_owner_org_id"), ["owner_org_id"], unique=False
        )

    op.create_table(
        "call_occurrence",
        sa.Column("series_id", sa.String(length=36), nullable=True),
        sa.Column("original_date", sa.Date(), nullable=True),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "status",
            sa.Enum("active", "cancelled", name="callstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(length=200), nullable=False),
        sa.Column("location", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=200), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"], ["call_series.id"], name=op.f("fk_call_occurrence_series_id_call_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_occurrence")),
        sa.UniqueConstraint(
            "series_id", "original_date", name=op.f("uq_call_occurrence_series_id")
        ),
    )
    with op.batch_alter_table("call_occurrence", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_call_occurrence_series_id"), ["series_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_call_occurrence_start"), ["start"], unique=False)

    op.create_table(
        "call_participant",
        sa.Column("series_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "(person_id IS NULL) <> (organization_id IS NULL)",
            name=op.f("ck_call_participant_one_participant"),
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["organization.id"],
            name=op.f("fk_call_participant_organization_id_organization"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_call_participant_person_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["call_series.id"],
            name=op.f("fk_call_participant_series_id_call_series"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_participant")),
    )
    with op.batch_alter_table("call_participant", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_call_participant_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_call_participant_person_id"), ["person_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_call_participant_series_id"), ["series_id"], unique=False
        )

    op.create_table(
        "standing_item",
        sa.Column("series_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("time_box_minutes", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_standing_item_owner_id_person")
        ),
        sa.ForeignKeyConstraint(
            ["series_id"], ["call_series.id"], name=op.f("fk_standing_item_series_id_call_series")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_standing_item")),
    )
    with op.batch_alter_table("standing_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_standing_item_series_id"), ["series_id"], unique=False)

    op.create_table(
        "agenda_item",
        sa.Column("occurrence_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("time_box_minutes", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Text(), nullable=False),
        sa.Column("decision", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "done",
                "carried",
                "dropped",
                name="itemstatus",
                native_enum=False,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("carried_from_id", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carried_from_id"],
            ["agenda_item.id"],
            name=op.f("fk_agenda_item_carried_from_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["call_occurrence.id"],
            name=op.f("fk_agenda_item_occurrence_id_call_occurrence"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_agenda_item_owner_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agenda_item_occurrence_id"), ["occurrence_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("occurrence_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=2), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["call_occurrence.id"],
            name=op.f("fk_attendance_occurrence_id_call_occurrence"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"], ["person.id"], name=op.f("fk_attendance_person_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("occurrence_id", "person_id", name=op.f("uq_attendance_occurrence_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_occurrence_id"), ["occurrence_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_attendance_person_id"), ["person_id"], unique=False)

    op.create_table(
        "action_item",
        sa.Column("occurrence_id", sa.String(length=36), nullable=True),
        sa.Column("agenda_item_id", sa.String(length=36), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum("open", "done", "dropped", name="actionstatus", native_enum=False, length=32),
            nullable=False,
        ),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agenda_item_id"],
            ["agenda_item.id"],
            name=op.f("fk_action_item_agenda_item_id_agenda_item"),
        ),
        sa.ForeignKeyConstraint(
            ["occurrence_id"],
            ["call_occurrence.id"],
            name=op.f("fk_action_item_occurrence_id_call_occurrence"),
        ),
        sa.ForeignKeyConstraint(
            ["owner_id"], ["person.id"], name=op.f("fk_action_item_owner_id_person")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_item")),
    )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_item_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_action_item_occurrence_id"), ["occurrence_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_item_owner_id"), ["owner_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_item_owner_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_occurrence_id"))
        batch_op.drop_index(batch_op.f("ix_action_item_due_on"))

    op.drop_table("action_item")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_person_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_occurrence_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("agenda_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_item_occurrence_id"))

    op.drop_table("agenda_item")
    with op.batch_alter_table("standing_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_standing_item_series_id"))

    op.drop_table("standing_item")
    with op.batch_alter_table("call_participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_participant_series_id"))
        batch_op.drop_index(batch_op.f("ix_call_participant_person_id"))
        batch_op.drop_index(batch_op.f("ix_call_participant_organization_id"))

    op.drop_table("call_participant")
    with op.batch_alter_table("call_occurrence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_occurrence_start"))
        batch_op.drop_index(batch_op.f("ix_call_occurrence_series_id"))

    op.drop_table("call_occurrence")
    with op.batch_alter_table("call_series", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_series_owner_org_id"))
        batch_op.drop_index(batch_op.f("ix_call_series_organizer_id"))
        batch_op.drop_index(batch_op.f("ix_call_series_continued_from_id"))

    op.drop_table("call_series")
