"""The reminder of a volunteer shift: to each person on a shift that starts within the
next day, with an e-mail address, once.

The outbox key names the assignment and the shift's start, so a reminder is never queued
twice for the same shift at the same time (a shift moved to another time is reminded
again); the assignment's ``reminded_at`` notes it, for every laptop to see.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.common.markdown import escape, markdown_to_text
from coalition.events import shifts as shift_service
from coalition.mail.compose import Draft, markdown_html
from coalition.mail.letters import day_text
from coalition.store.models import MailKind, Shift, ShiftAssignment

if TYPE_CHECKING:
    from coalition.mail.due import _Queue

AHEAD = dt.timedelta(hours=24)


def reminder(shift: Shift, assignment: ShiftAssignment) -> Draft:
    """'Your shift tomorrow: Table at the Fresno County Fair'."""
    event, person = shift.event, assignment.person
    what = f"{shift.title} at {event.name}" if shift.title else event.name
    when = (
        f"{day_text(shift.starts_local.date())}, {shift.starts_local:%H:%M} to "
        f"{shift.ends_local:%H:%M} ({event.time_zone})"
    )
    lines = [
        f"# Your shift: {escape(what)}",
        "",
        f"Hello {escape(person.name)},",
        "",
        f"Thank you for taking a shift at **{escape(event.name)}**.",
        "",
        f"- When: {escape(when)}",
    ]
    if event.place:
        lines.append(f"- Where: {escape(event.place)}")
    if shift.title:
        lines.append(f"- Shift: {escape(shift.title)}")
    if shift.notes:
        lines += ["", escape(shift.notes)]
    lines += ["", "If you cannot come after all, please tell the organizer as soon as you can."]
    markdown = "\n".join(lines) + "\n"
    return Draft(
        to_name=person.name,
        to_address=person.primary_email,
        subject=f"Reminder: your shift, {what}, {when}",
        text=markdown_to_text(markdown),
        html=markdown_html(markdown),
    )


def reminder_key(assignment: ShiftAssignment, start: dt.datetime) -> str:
    return f"shift-reminder:{assignment.id}:{start.astimezone(dt.UTC):%Y%m%dT%H%MZ}"


def queue_shift_reminders(session: Session, queue: _Queue) -> list[str]:
    """Queue a reminder to each person on a shift starting within :data:`AHEAD` of the
    queue's time; the assignments reminded (for :func:`shift_service.mark_reminded`)."""
    now = queue.now
    reminded: list[str] = []
    for shift in shift_service.shifts_starting(session, now, now + AHEAD):
        start = shift_service.shift_start(shift)
        for assignment in shift.assignments:
            person = assignment.person
            key = reminder_key(assignment, start)
            if queue.has(key):
                continue
            if not person.primary_email:
                queue.skip(
                    QT_TRANSLATE_NOOP(
                        "Mail", "{name} has no e-mail address: no reminder of their shift"
                    ).format(name=person.name)
                )
                continue
            before = queue.result.counts.get(MailKind.SHIFT_REMINDER.value, 0)
            queue.add(
                MailKind.SHIFT_REMINDER, key, reminder(shift, assignment), person_id=person.id
            )
            if queue.result.counts.get(MailKind.SHIFT_REMINDER.value, 0) > before:
                reminded.append(assignment.id)
    return reminded


__all__ = ["AHEAD", "queue_shift_reminders", "reminder", "reminder_key"]
