"""The audit trail of one record: who changed what, when, and on which device.

Every write records each row it touched in ``change_log`` (see
:mod:`coalition.store.changes`).  :func:`history` reads back the rows of one record and
of the rows that are part of it (an organization's tags and social pages, a person's
addresses and memberships, a campaign's endorsements, a draft's variants, revisions,
comments and status moves), newest first, with the changed fields spelled out and the
ids they hold turned back into names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, literal_column, or_, select, text, union
from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.models import MODEL_BY_TABLE, ChangeLog, PersonMerge
from coalition.store.ownership import ALL_RECORDS, hidden_rows, readable_orgs
from coalition.store.rowcodec import encode_row

# What is part of a record: (child table, its column naming the record).
PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "organization": (
        ("organization_tag", "organization_id"),
        ("social_page", "organization_id"),
        ("membership", "organization_id"),
    ),
    "person": (
        ("person_email", "person_id"),
        ("person_phone", "person_id"),
        ("membership", "person_id"),
    ),
    "campaign": (("endorsement", "campaign_id"),),
    "draft": (
        ("draft_variant", "draft_id"),
        ("draft_status_change", "draft_id"),
        ("draft_revision", "draft_id"),
        ("draft_comment", "draft_id"),
    ),
    "call_series": (
        ("call_participant", "series_id"),
        ("standing_item", "series_id"),
        ("call_occurrence", "series_id"),
    ),
}

# Parts of a record's parts shown with it: (table, its column naming the part, the part's
# table).  A call series' history holds each call's agenda items, their minutes with who
# took them.
NESTED_PARTS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "call_series": (("agenda_item", "occurrence_id", "call_occurrence"),),
}

TABLE_LABELS = {
    "organization": QT_TRANSLATE_NOOP("Records", "Organization"),
    "person": QT_TRANSLATE_NOOP("Records", "Person"),
    "campaign": QT_TRANSLATE_NOOP("Records", "Campaign"),
    "draft": QT_TRANSLATE_NOOP("Records", "Draft"),
    "call_series": QT_TRANSLATE_NOOP("Records", "Call series"),
    "organization_tag": QT_TRANSLATE_NOOP("Records", "Tag"),
    "social_page": QT_TRANSLATE_NOOP("Records", "Social page"),
    "membership": QT_TRANSLATE_NOOP("Records", "Membership"),
    "person_email": QT_TRANSLATE_NOOP("Records", "E-mail address"),
    "person_phone": QT_TRANSLATE_NOOP("Records", "Phone number"),
    "endorsement": QT_TRANSLATE_NOOP("Records", "Endorsement"),
    "draft_variant": QT_TRANSLATE_NOOP("Records", "Variant"),
    "draft_status_change": QT_TRANSLATE_NOOP("Records", "Status"),
    "draft_revision": QT_TRANSLATE_NOOP("Records", "Revision"),
    "draft_comment": QT_TRANSLATE_NOOP("Records", "Comment"),
    "call_participant": QT_TRANSLATE_NOOP("Records", "Participant"),
    "standing_item": QT_TRANSLATE_NOOP("Records", "Standing item"),
    "call_occurrence": QT_TRANSLATE_NOOP("Records", "Call"),
    "agenda_item": QT_TRANSLATE_NOOP("Records", "Agenda item"),
    "event": QT_TRANSLATE_NOOP("Records", "Event"),
    "event_host": QT_TRANSLATE_NOOP("Records", "Host or partner"),
    "shift": QT_TRANSLATE_NOOP("Records", "Shift"),
    "shift_assignment": QT_TRANSLATE_NOOP("Records", "Person on a shift"),
    "sign_up": QT_TRANSLATE_NOOP("Records", "Sign-up"),
    "consent": QT_TRANSLATE_NOOP("Records", "Consent"),
    "petition_batch": QT_TRANSLATE_NOOP("Records", "Petition batch"),
    "registration_tally": QT_TRANSLATE_NOOP("Records", "Registration report"),
    "goal": QT_TRANSLATE_NOOP("Records", "Goal"),
    "goal_observation": QT_TRANSLATE_NOOP("Records", "Goal's value"),
}

# Columns that say nothing to a person reading the history.
_HIDDEN = {"id", "created_at", "updated_at", "sort_name"}
# An id column and the table whose name it stands for.
_NAMED_BY = {
    "organization_id": "organization",
    "parent_id": "organization",
    "owner_id": "organization",
    "owner_org_id": "organization",
    "endorser_org_id": "organization",
    "target_org_id": "organization",
    "person_id": "person",
    "endorser_person_id": "person",
    "organizer_id": "person",
    "campaign_id": "campaign",
    "tag_id": "tag",
    "draft_id": "draft",
    "variant_id": "draft_variant",
}
_NAME_COLUMN = {
    "organization": "name",
    "person": "name",
    "campaign": "name",
    "tag": "name",
    "draft": "title",
    "draft_variant": "audience",
}
# Summaries of a record's parts name them by these, when they have one.
_TELLING = (
    "name",
    "title",
    "audience",
    "body",
    "text",
    "original date",
    "role",
    "address",
    "number",
    "status",
)


@dataclass(frozen=True)
class FieldChange:
    name: str  # the column, as a label ("home state")
    before: str  # "" when there was nothing
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    actor: str
    device: str
    action: str  # insert, update, delete
    table: str
    row_id: str
    summary: str
    part_of: bool  # a row that is part of the record, not the record itself
    changes: list[FieldChange] = field(default_factory=list)
    actor_org: str = ""  # the member organization the actor acted for ("" the coalition's)

    @property
    def what(self) -> str:
        return shown(TABLE_LABELS.get(self.table, self.table.replace("_", " ").capitalize()))

    @property
    def verb(self) -> str:
        return {"insert": "added", "update": "changed", "delete": "deleted"}.get(
            self.action, self.action
        )

    def headline(self) -> str:
        """'Tag added: founding partner', 'Organization changed', in the reader's language."""
        return _headline(self.what, self.action, self.summary if self.part_of else "")


# What happened to a row, whole sentences so that a language can word each its own way
# (Spanish: "Etiqueta: se agregó «socio fundador»", with no agreement to get wrong).
_HEADLINES = {
    "insert": (
        QT_TRANSLATE_NOOP("History", "{what} added"),
        QT_TRANSLATE_NOOP("History", "{what} added: {summary}"),
    ),
    "update": (
        QT_TRANSLATE_NOOP("History", "{what} changed"),
        QT_TRANSLATE_NOOP("History", "{what} changed: {summary}"),
    ),
    "delete": (
        QT_TRANSLATE_NOOP("History", "{what} deleted"),
        QT_TRANSLATE_NOOP("History", "{what} deleted: {summary}"),
    ),
}


def _headline(what: str, action: str, summary: str) -> str:
    """'Tag added: founding partner' (or without the summary), translated now."""
    if action not in _HEADLINES:
        return f"{what} {action}" + (f": {summary}" if summary else "")
    bare, with_summary = _HEADLINES[action]
    said = with_summary.format(what=what, summary=summary) if summary else bare.format(what=what)
    return shown(said)


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _label(column: str) -> str:
    base = column[:-3] if column.endswith("_id") else column
    return base.replace("_", " ")


class _Names:
    """Turns the ids held in a change back into names, one query per id at most."""

    def __init__(self, session: Session):
        self.session = session
        self._cache: dict[tuple[str, str], str] = {}

    def name(self, table: str, row_id: str) -> str:
        key = (table, row_id)
        if key not in self._cache:
            model = MODEL_BY_TABLE.get(table)
            value = None
            if model is not None:
                obj = self.session.get(model, row_id)
                value = (
                    getattr(obj, _NAME_COLUMN.get(table, "name"), None) if obj is not None else None
                )
            self._cache[key] = str(value) if value else "(deleted)"
        return self._cache[key]

    def show(self, column: str, value: Any, table: str = "") -> str:
        if value is None or value == "" or value == []:
            return ""
        if column == "parent_id" and table not in ("", "organization"):
            return ""  # a reply's comment, a record's own kind: an id says nothing to people
        if column in _NAMED_BY and isinstance(value, str):
            return self.name(_NAMED_BY[column], value)
        if column.endswith("_id"):
            return ""
        if isinstance(value, bool):
            return "yes" if value else "no"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        return str(value)


def _field_changes(
    row: ChangeLog, names: _Names, received: dict[int, dict[str, Any]] | None = None
) -> list[FieldChange]:
    before = row.before or {}
    after = row.after or (received or {}).get(id(row)) or {}
    result = []
    for column in list(dict.fromkeys([*before, *after])):
        if column in _HIDDEN:
            continue
        old = names.show(column, before.get(column), row.table_name)
        new = names.show(column, after.get(column), row.table_name)
        if old != new:
            result.append(FieldChange(_label(column), old, new))
    return result


def _telling(changes: list[FieldChange]) -> list[FieldChange]:
    """The changes that name a part: a call by its day, a comment by its words (its
    status alone says little)."""
    return [c for c in changes if c.name in _TELLING and c.name != "status"]


def _merged_into(session: Session, table: str, row_id: str) -> list[str]:
    if table != "person":
        return []
    return list(
        session.scalars(select(PersonMerge.merged_id).where(PersonMerge.survivor_id == row_id))
    )


def _parts_of(table: str, column: str, ids: Any) -> Any:
    """The rows of ``table`` that are part of one of ``ids`` (a list or a query): those
    that name it now, and those deleted while they named it (a part's other lines hold
    only what changed, and a first sync's none).  Found by the part's own index and by
    the audit trail's index of deletions: read in every line of the part's table, the
    History of a person on a laptop of 100,000 took a third of a second."""
    columns = MODEL_BY_TABLE[table].__table__.c
    now = select(columns.id).where(columns[column].in_(ids))
    gone = select(ChangeLog.row_id).where(
        ChangeLog.table_name == table,
        text("change_log.action = 'delete'"),  # (as written: what the index covers)
        ChangeLog.before[column].as_string().in_(ids),
    )
    return union(now, gone)


def _as_received(session: Session, rows: Sequence[ChangeLog]) -> dict[int, dict[str, Any]]:
    """The values of the records brought by a first sync, for their lines of ``rows``
    (newest first), by ``id()`` of the line.

    A first sync writes each record's line without a copy of the record (an insert with
    no values: :mod:`coalition.sync.firstpull`); the record itself holds them.  So they
    are the record's values now, taken back through each later line: an edit's values
    before it, a deletion's record as it was."""
    received = [r for r in rows if r.action == "insert" and r.after is None]
    if not received:
        return {}
    wanted: dict[str, set[str]] = {}
    for line in received:
        wanted.setdefault(line.table_name, set()).add(line.row_id)
    state: dict[tuple[str, str], dict[str, Any] | None] = {}
    for table_name, ids in wanted.items():
        table = MODEL_BY_TABLE[table_name].__table__
        key = next(iter(table.primary_key.columns))
        now = session.execute(
            select(table).where(key.in_(sorted(ids))), execution_options={ALL_RECORDS: True}
        ).mappings()
        state.update({(table_name, row[key.name]): encode_row(dict(row)) for row in now})
    values: dict[int, dict[str, Any]] = {}
    for line in rows:  # newest first: each line takes the record back to before it
        record = (line.table_name, line.row_id)
        if line.table_name not in wanted or line.row_id not in wanted[line.table_name]:
            continue
        if line.action == "update":
            state[record] = {**(state.get(record) or {}), **(line.before or {})}
        elif line.action == "delete":
            state[record] = dict(line.before or {})
        else:
            if line.after is None:
                values[id(line)] = state.get(record) or {}
            state[record] = None
    return values


def history(
    session: Session, table: str, row_id: str, *, parts: bool = True, limit: int = 500
) -> list[HistoryEntry]:
    """The changes of one record (and, with ``parts``, of the rows that are part of it),
    newest first."""
    # A person merged into this one: their history is this one's too.
    ids = [row_id, *_merged_into(session, table, row_id)]
    conditions = [(ChangeLog.table_name == table) & ChangeLog.row_id.in_(ids)]
    if parts:
        for child, column in PARTS.get(table, ()):
            child_ids = _parts_of(child, column, ids)
            conditions.append((ChangeLog.table_name == child) & ChangeLog.row_id.in_(child_ids))
            for grandchild, by, part in NESTED_PARTS.get(table, ()):
                if part == child:
                    conditions.append(
                        (ChangeLog.table_name == grandchild)
                        & ChangeLog.row_id.in_(_parts_of(grandchild, by, child_ids))
                    )
    rows = session.scalars(
        select(ChangeLog)
        .where(or_(*conditions))
        .order_by(ChangeLog.at.desc(), ChangeLog.id)
        .limit(limit)
    ).all()
    received = _as_received(session, rows)
    # Another organization's private parts (a member's private person in a shared
    # organization's history) are not in the history of an organizer who may not read them.
    hidden = hidden_rows(
        session,
        ((r.table_name, r.row_id, r.after or received.get(id(r)) or r.before) for r in rows),
    )
    rows = [r for r in rows if (r.table_name, r.row_id) not in hidden]
    names = _Names(session)
    parent_columns = {column for _child, column in PARTS.get(table, ())} | {
        by for _grandchild, by, _part in NESTED_PARTS.get(table, ())
    }
    entries = []
    # A part's update holds only the fields it changed: a call whose status alone changed
    # is named by the day its insert named it by (rows come newest first, so look ahead).
    named_by = {
        row.row_id: _shorten(telling[0].after or telling[0].before)
        for row in reversed(rows)
        if row.action != "update" and (telling := _telling(_field_changes(row, names, received)))
    }
    for row in rows:
        part_of = not (row.table_name == table and row.row_id == row_id)
        changes = _field_changes(row, names, received)
        if row.action == "update" and not changes:
            # Only what is never shown changed (when it was saved, a key derived from the
            # name): a "changed" line saying nothing would be noise.
            continue
        summary = row.summary
        if part_of:
            # "Tag added: founding partner" rather than a line naming the record itself.
            changes = [c for c in changes if c.name not in {_label(p) for p in parent_columns}]
            telling = _telling(changes)
            if telling:
                summary = _shorten(telling[0].after or telling[0].before)
            elif row.row_id in named_by:
                summary = named_by[row.row_id]
            elif not summary and changes:
                summary = _shorten(changes[0].after or changes[0].before)
        entries.append(
            HistoryEntry(
                at=row.at,
                actor=row.actor,
                actor_org=row.actor_org,
                device=row.device,
                action=row.action,
                table=row.table_name,
                row_id=row.row_id,
                summary=summary,
                part_of=part_of,
                changes=changes,
            )
        )
    # Within one change, the record's own line before its parts' (same instant).
    entries.sort(key=lambda e: e.part_of)
    entries.sort(key=lambda e: e.at, reverse=True)
    return entries


# --- the latest changes, whatever they touched ----------------------------------------


@dataclass(frozen=True)
class RecentChange:
    """One change (one transaction): when, by whom, for which organization, on which
    computer, and what it did, named by its most telling row."""

    at: dt.datetime
    actor: str
    actor_org: str
    device: str
    rows: int  # how many rows it wrote
    what: str  # 'Organization added: Blue Valley'

    def headline(self) -> str:
        more = self.rows - 1
        if more <= 0:
            return self.what
        return shown(
            QT_TRANSLATE_NOOP("History", "{what} (and {more} more)").format(
                what=self.what, more=more
            )
        )


def _describe_row(row: ChangeLog) -> str:
    what = shown(TABLE_LABELS.get(row.table_name, row.table_name.replace("_", " ").capitalize()))
    return _headline(what, row.action, _shorten(row.summary) if row.summary else "")


# Lines of one change read at a time (a first sync or an import is one change of hundreds
# of thousands).
_PAGE = 2000


def _latest_changes(session: Session, limit: int) -> list[Any]:
    """The ``limit`` changes (transaction, newest instant) whose last line is newest.

    Found among the newest lines by the index on their instant, in a window doubled until
    it holds that many changes: any change outside it ended before every one in it.
    (Grouped over the whole trail, a laptop of 60,000 people took 4 s to answer.)"""
    window = max(limit, 1) * 50
    while True:
        bound = session.scalar(
            select(ChangeLog.at).order_by(ChangeLog.at.desc()).offset(window - 1).limit(1)
        )
        newest = select(ChangeLog.transaction_id, func.max(ChangeLog.at).label("at"))
        if bound is not None:
            newest = newest.where(ChangeLog.at >= bound)
        groups = session.execute(
            newest.group_by(ChangeLog.transaction_id)
            .order_by(func.max(ChangeLog.at).desc(), ChangeLog.transaction_id)
            .limit(limit)
        ).all()
        if bound is None or len(groups) >= limit:
            return list(groups)
        window *= 2


def _lines_of(session: Session, transaction_id: str, hiding: bool) -> Iterator[list[Any]]:
    """The lines of one change in the order written, a page at a time (with the values
    they logged only when some may be hidden)."""
    table = ChangeLog.__table__
    sqlite = session.get_bind().dialect.name == "sqlite"
    key = literal_column("change_log.rowid") if sqlite else table.c.id
    columns = [c for c in table.c if hiding or c.name not in ("before", "after")]
    last: Any = None
    while True:
        query = select(*columns, key.label("key")).where(table.c.transaction_id == transaction_id)
        if last is not None:
            query = query.where(key > last)
        page = session.execute(query.order_by(key).limit(_PAGE)).all()
        if not page:
            return
        last = page[-1].key
        yield list(page)
        if len(page) < _PAGE:
            return


def recent_changes(session: Session, limit: int = 20) -> list[RecentChange]:
    """The latest ``limit`` changes, newest first, each named by its first row about a
    record people know (one the History of a record lists), else by its first row.

    Rows about another organization's private records are left out (a change made of
    nothing else is not listed): an event laptop's next organizer learns nothing of them.
    """
    if limit <= 0:
        return []
    known = set(TABLE_LABELS)
    hiding = readable_orgs(session) is not None
    result = []
    for group in _latest_changes(session, limit):
        count, first, named, fallback = 0, None, None, None
        for page in _lines_of(session, group.transaction_id, hiding):
            if hiding:
                hidden = hidden_rows(
                    session, ((r.table_name, r.row_id, r.after or r.before) for r in page)
                )
                page = [r for r in page if (r.table_name, r.row_id) not in hidden]
            count += len(page)
            first = first or (page[0] if page else None)
            named = named or next((r for r in page if r.table_name in known and r.summary), None)
            fallback = fallback or next((r for r in page if r.table_name in known), None)
            if named is not None and not hiding:
                # Nothing hidden: the rest is counted, not read (a change of a million rows).
                count = (
                    session.scalar(
                        select(func.count())
                        .select_from(ChangeLog)
                        .where(ChangeLog.transaction_id == group.transaction_id)
                    )
                    or 0
                )
                break
        if first is None:
            continue
        chosen = named or fallback or first
        result.append(
            RecentChange(
                at=group.at,
                actor=chosen.actor,
                actor_org=chosen.actor_org,
                device=chosen.device,
                rows=count,
                what=_describe_row(chosen),
            )
        )
    return result
