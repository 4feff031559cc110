"""The allied groups as this area's pickers name them, told apart when names repeat."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common.states import BY_CODE
from coalition.store.models import Organization, OrgKind


def group_choices(session: Session) -> list[tuple[str, str]]:
    """(id, label) of every allied group, by name, for the pickers of this area.

    Two groups may share a name (a party and its state chapter, two local "Red Oregon"s):
    those are told apart by what differs, so that nobody asks or credits the wrong one.
    """
    rows = session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.short_name,
            Organization.kind,
            Organization.home_state,
            Organization.parent_id,
        ).order_by(func.lower(Organization.name), Organization.id)
    ).all()
    names = {row.id: row.name for row in rows}
    by_name: dict[str, int] = {}
    for row in rows:
        key = row.name.strip().lower()
        by_name[key] = by_name.get(key, 0) + 1
    choices: list[tuple[str, str]] = []
    for row in rows:
        if by_name[row.name.strip().lower()] == 1:
            choices.append((row.id, row.name))
            continue
        details = [
            row.short_name if row.short_name and row.short_name != row.name else "",
            BY_CODE[row.home_state].name if row.home_state in BY_CODE else row.home_state,
            OrgKind(row.kind).label if row.kind else "",
            f"chapter of {names[row.parent_id]}" if row.parent_id in names else "",
        ]
        choices.append((row.id, f"{row.name} ({', '.join(d for d in details if d)})"))
    # Alike in every detail too: the order they were entered in still tells them apart.
    alike: dict[str, int] = {}
    for _ident, label in choices:
        alike[label] = alike.get(label, 0) + 1
    seen: dict[str, int] = {}
    for number, (ident, label) in enumerate(choices):
        if alike[label] > 1:
            seen[label] = seen.get(label, 0) + 1
            choices[number] = (ident, f"{label} #{seen[label]}")
    return choices
