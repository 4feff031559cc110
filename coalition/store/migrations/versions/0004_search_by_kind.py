"""search: one FTS5 table per kind, keyed by the record's rowid

A list filtered by typed text then reads matching rowids straight from the index,
without looking up each match's id: a one-letter filter over 100,000 people drops
from a third of a second to a few hundredths.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

TOKENIZE = "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'"
# The documents as they stood at this revision (coalition.store.search_index keeps them
# in step afterwards).
BACKFILL = {
    "organization": """
        SELECT o.rowid, o.name,
               o.short_name || ' ' || o.home_state || ' ' || o.website || ' ' || o.notes || ' ' ||
               coalesce((SELECT group_concat(t.name, ' ') FROM organization_tag ot
                         JOIN tag t ON t.id = ot.tag_id WHERE ot.organization_id = o.id), '')
        FROM organization o""",
    "person": """
        SELECT p.rowid, p.name,
               p.state || ' ' || p.notes || ' ' ||
               coalesce((SELECT group_concat(e.address, ' ') FROM person_email e
                         WHERE e.person_id = p.id), '') || ' ' ||
               coalesce((SELECT group_concat(o.name || ' ' || o.short_name, ' ') FROM membership m
                         JOIN organization o ON o.id = m.organization_id
                         WHERE m.person_id = p.id), '')
        FROM person p""",
    "campaign": "SELECT c.rowid, c.name, c.description FROM campaign c",
}


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("DROP TABLE search_index")
    for kind, select in BACKFILL.items():
        op.execute(f"CREATE VIRTUAL TABLE {kind}_search USING fts5(title, body, {TOKENIZE})")
        op.execute(f"INSERT INTO {kind}_search (rowid, title, body) {select}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "kind UNINDEXED, ref_id UNINDEXED, title, body, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    for kind in BACKFILL:
        op.execute(
            f"INSERT INTO search_index (kind, ref_id, title, body) "
            f"SELECT '{kind}', x.id, s.title, s.body FROM {kind}_search s"
            f" JOIN {kind} x ON x.rowid = s.rowid"
        )
        op.execute(f"DROP TABLE {kind}_search")
