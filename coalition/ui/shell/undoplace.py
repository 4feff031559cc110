"""Where an undone or redone change can be seen: the area of the main window, and the record.

Undo replays a change set recorded row by row (:class:`coalition.store.changes.ChangeSet`),
so it knows the tables and ids it touches, not the screen it was made on.  Undoing a
change on a screen that is not shown, with nothing to say what moved, leaves a person
guessing; the main window brings the record into view instead, and this module maps the
rows back to it.  A child row (an e-mail address, a membership, an endorsement) leads to
the record it belongs to, through the column that names it.
"""

from __future__ import annotations

from dataclasses import dataclass

from coalition.store.changes import ChangeSet, RowChange

#: A table whose rows are records of their own: the area that lists them.
RECORD_AREAS: dict[str, str] = {
    "organization": "organizations",
    "person": "people",
    "campaign": "campaigns",
    "action_item": "actions",
    "call_occurrence": "calls",
    "draft": "drafts",
    "proposal": "decisions",
    "event": "events",
}
#: Records a change is about whenever it touches them, over the records it made or changed
#: on the way: closing a proposal publishes (or makes) its declaration's draft, and it is
#: the proposal, with its outcome, that undoing the close should show.
LEADING: tuple[str, ...] = ("proposal",)
#: A table whose rows belong to a record: the area, and the column naming that record.
PART_OF: dict[str, tuple[str, str]] = {
    "organization_tag": ("organizations", "organization_id"),
    "social_page": ("organizations", "organization_id"),
    "person_email": ("people", "person_id"),
    "person_phone": ("people", "person_id"),
    "membership": ("people", "person_id"),
    "endorsement": ("campaigns", "campaign_id"),
    "agenda_item": ("calls", "occurrence_id"),
    "attendance": ("calls", "occurrence_id"),
    "draft_variant": ("drafts", "draft_id"),
    "draft_revision": ("drafts", "draft_id"),
    "draft_status_change": ("drafts", "draft_id"),
    "draft_comment": ("drafts", "draft_id"),
    "ballot": ("decisions", "proposal_id"),
    "event_host": ("events", "event_id"),
    "shift": ("events", "event_id"),
}
#: Tables shown by an area as a whole rather than record by record.
AREA_ONLY: dict[str, str] = {
    "goal": "dashboard",
    "goal_observation": "dashboard",
    "call_series": "calls",
    "standing_item": "calls",
    "call_participant": "calls",
    "series_mail": "calls",  # what a series sends, set in its dialog
    "rsvp": "calls",  # an answer to a call's invitation
    "proxy": "decisions",
    "shift_assignment": "events",  # who takes a shift, and their check-in and out
}


@dataclass(frozen=True)
class Place:
    """An area of the main window and, when it still exists, the record to select there."""

    area: str
    record_id: str | None


def _value(change: RowChange, column: str) -> str | None:
    for row in (change.after, change.before):
        if row is not None and row.get(column):
            return str(row[column])
    return None


def place_of(changeset: ChangeSet, *, undo: bool) -> Place | None:
    """Where ``changeset`` shows once undone (``undo``) or redone; None if nowhere.

    A record's own row wins over the rows that belong to it (deleting an organization
    also deletes its memberships: it is the organization that is shown), and a record
    added or deleted over one updated along with it, unless the latter leads
    (:data:`LEADING`: a proposal over the declaration its close made).  A record that
    the replay removes (undoing its creation, redoing its deletion) leaves its area only.
    """
    records = [c for c in changeset.changes if c.table in RECORD_AREAS]
    # A record added or deleted is what the change is about, more than the records it
    # touched on the way (the campaigns an organization owned, left without an owner).
    for change in sorted(records, key=lambda c: (c.table not in LEADING, c.action == "update")):
        removed = change.action == ("insert" if undo else "delete")
        return Place(RECORD_AREAS[change.table], None if removed else change.row_id)
    for bulk in changeset.bulk:  # a long import: its people, none of them in particular
        if bulk.table in RECORD_AREAS:
            return Place(RECORD_AREAS[bulk.table], None)
    for change in changeset.changes:
        part = PART_OF.get(change.table)
        if part is not None:
            area, column = part
            return Place(area, _value(change, column))
    for change in changeset.changes:
        if change.table in AREA_ONLY:
            return Place(AREA_ONLY[change.table], None)
    return None
