"""What happens on a call: its agenda, who came, the minutes, decisions and action items.

An agenda starts from the series' standing items and what the previous call left
unfinished (:func:`start_agenda`); the items carried are marked so on the call they
came from, so nothing open is lost between weeks.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.store.models import (
    AgendaItem,
    CallOccurrence,
    CallSeries,
    CallStatus,
    ItemStatus,
)

UTC = dt.timezone.utc


def previous_call(session: Session, occurrence: CallOccurrence) -> CallOccurrence | None:
    """The last stored call of the same series that was held before this one."""
    if occurrence.series_id is None:
        return None
    return session.scalar(
        select(CallOccurrence)
        .where(
            CallOccurrence.series_id == occurrence.series_id,
            CallOccurrence.start < occurrence.start,
            CallOccurrence.status != CallStatus.CANCELLED,
            CallOccurrence.id != occurrence.id,
        )
        .order_by(CallOccurrence.start.desc())
        .limit(1)
    )


def start_agenda(session: Session, occurrence: CallOccurrence, now: dt.datetime | None = None) -> None:
    """Fill a new call's agenda: standing items first, then what the last call held
    (before ``now``) left open, each marked carried on the call it came from."""
    now = now or dt.datetime.now(UTC)
    series = session.get(CallSeries, occurrence.series_id) if occurrence.series_id else None
    position = len(occurrence.agenda)
    titles = {item.title for item in occurrence.agenda}
    if series is not None:
        for standing in series.standing_items:
            if standing.title in titles:
                continue
            occurrence.agenda.append(
                AgendaItem(
                    title=standing.title,
                    time_box_minutes=standing.time_box_minutes,
                    owner_id=standing.owner_id,
                    position=position,
                )
            )
            titles.add(standing.title)
            position += 1
    before = previous_call(session, occurrence)
    if before is None or before.start > now:
        return
    for item in before.agenda:
        if item.status not in (ItemStatus.OPEN, ItemStatus.CARRIED) or item.title in titles:
            continue
        occurrence.agenda.append(
            AgendaItem(
                title=item.title,
                owner_id=item.owner_id,
                time_box_minutes=item.time_box_minutes,
                notes=item.notes,
                position=position,
                carried_from_id=item.id,
            )
        )
        item.status = ItemStatus.CARRIED
        position += 1
