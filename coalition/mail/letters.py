"""What each message says, to one person: the invitation to a call series (and its
update and cancellation), the notice of one week moved or cancelled, the agenda before a
call, the minutes after it, and the weekly digest of a person's open action items.

Each is a :class:`~coalition.mail.compose.Draft`: a subject, a plain text, the same as
simple HTML, and for the calendar messages the iTIP calendar.  The agenda and the
minutes are :mod:`coalition.calls.documents`' Markdown, as text and as HTML.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from coalition.calls import documents
from coalition.calls import series as calls
from coalition.calls.actions import ActionRow
from coalition.common.markdown import MONTHS, escape, markdown_to_text
from coalition.mail.compose import Draft, markdown_html, one_line, text_html
from coalition.store.models import CallOccurrence, CallSeries, Person


def day_text(value: dt.date) -> str:
    """'Tuesday, January 6, 2026'."""
    weekday, month = calls.WEEKDAY_NAMES[value.weekday()], MONTHS[value.month - 1]
    return f"{weekday}, {month} {value.day}, {value.year}"


def _when_series(series: CallSeries) -> str:
    """'Every Tuesday, 17:30 to 18:30 (America/Los_Angeles), from Tuesday, January 6, 2026'."""
    rule = calls.Recurrence.from_rrule(series.rrule)
    start = dt.datetime.combine(series.start_date, series.start_time)
    end = start + dt.timedelta(minutes=series.duration_minutes)
    return (
        f"{rule.describe()}, {start:%H:%M} to {end:%H:%M} ({series.time_zone}), "
        f"from {day_text(series.start_date)}"
    )


def _when_week(start: dt.datetime, minutes: int, zone: str) -> str:
    local = start.astimezone(ZoneInfo(zone))
    end = local + dt.timedelta(minutes=minutes)
    return f"{day_text(local.date())}, {local:%H:%M} to {end:%H:%M} ({zone})"


def _joining(series: CallSeries) -> list[str]:
    lines = [f"Join: {series.join_url}"] if series.join_url else []
    if series.dial_in:
        code = f" (access code {series.access_code})" if series.access_code else ""
        lines.append(f"Dial-in: {series.dial_in}{code}")
    return lines


def _organizer(series: CallSeries) -> str:
    person = series.organizer
    if person is None:
        return "The organizer"
    return f"{person.name} <{person.primary_email}>" if person.primary_email else person.name


def _draft(person: Person, subject: str, paragraphs: list[str], calendar: bytes) -> Draft:
    text = "\n\n".join(p for p in paragraphs if p.strip()) + "\n"
    return Draft(
        to_name=person.name,
        to_address=person.primary_email,
        subject=subject,
        text=text,
        html=text_html(text),
        calendar=calendar,
    )


_ANSWER = (
    "Your calendar shows Accept and Decline with this message; your answer goes back to "
    "the organizer, and Coalition counts who is coming."
)


def invitation(series: CallSeries, person: Person, calendar: bytes, *, update: bool) -> Draft:
    """The whole series (METHOD:REQUEST): the first invitation, or an update."""
    title = one_line(series.title)
    if update:
        subject = f"Updated: {title}"
        opening = f'The call series "{title}" has changed; this is how it stands now.'
    else:
        subject = f"Invitation: {title}"
        opening = f'{_organizer(series)} invites you to the call series "{title}".'
    details = "\n".join([f"When: {_when_series(series)}", *_joining(series)])
    return _draft(person, subject, [opening, details, series.description, _ANSWER], calendar)


def series_cancelled(
    series: CallSeries, person: Person, calendar: bytes, *, removed: bool
) -> Draft:
    """The whole series cancelled (METHOD:CANCEL), or this person taken off it."""
    title = one_line(series.title)
    if removed:
        subject = f"No longer invited: {title}"
        opening = (
            f'You are no longer on the call series "{title}"; your calendar takes its '
            "calls out with this message."
        )
    else:
        subject = f"Cancelled: {title}"
        opening = (
            f'The call series "{title}" is cancelled; your calendar takes its calls out '
            "with this message."
        )
    return _draft(
        person, subject, [opening, f"It was organized by {_organizer(series)}."], calendar
    )


def week_notice(
    series: CallSeries, row: CallOccurrence, person: Person, calendar: bytes, *, cancelled: bool
) -> Draft:
    """One week cancelled (METHOD:CANCEL), or moved (METHOD:REQUEST for that week)."""
    title = one_line(series.title)
    day = row.original_date or row.start.date()
    if cancelled:
        subject = f"Cancelled: {title}, {day_text(day)}"
        opening = (
            f'The call "{title}" of {day_text(day)} is cancelled; the other calls of the '
            "series are as before."
        )
        return _draft(person, subject, [opening], calendar)
    subject = f"Moved: {title}, {day_text(day)}"
    opening = (
        f'The call "{title}" of {day_text(day)} is now '
        f"{_when_week(row.start, row.duration_minutes, series.time_zone)}; the other calls "
        "of the series are as before."
    )
    return _draft(person, subject, [opening, "\n".join(_joining(series)), _ANSWER], calendar)


def _document(person: Person, subject: str, markdown: str) -> Draft:
    return Draft(
        to_name=person.name,
        to_address=person.primary_email,
        subject=subject,
        text=markdown_to_text(markdown),
        html=markdown_html(markdown),
    )


def _call_day(row: CallOccurrence) -> str:
    zone = row.time_zone or (row.series.time_zone if row.series is not None else "UTC")
    return day_text(row.start.astimezone(ZoneInfo(zone or "UTC")).date())


def agenda(session: Session, row: CallOccurrence, person: Person) -> Draft:
    """The agenda before the call, with the action items it reviews; times also in the
    person's own zone."""
    title = one_line(row.title or (row.series.title if row.series is not None else ""))
    markdown = documents.agenda_markdown(session, row.id, person.time_zone or None)
    return _document(person, f"Agenda: {title}, {_call_day(row)}", markdown)


def minutes(session: Session, row: CallOccurrence, person: Person) -> Draft:
    """The minutes after the call, with the action items it decided."""
    title = one_line(row.title or (row.series.title if row.series is not None else ""))
    markdown = documents.minutes_markdown(session, row.id, person.time_zone or None)
    return _document(person, f"Minutes: {title}, {_call_day(row)}", markdown)


def _digest_line(row: ActionRow) -> str:
    facts = []
    if row.call_title:
        when = f", {row.call_date.isoformat()}" if row.call_date else ""
        facts.append(f"from {escape(row.call_title)}{when}")
    if row.due_on is not None:
        facts.append(f"due {day_text(row.due_on)}")
    if row.overdue:
        facts.append("**overdue**")
    extra = f" ({'; '.join(facts)})" if facts else ""
    return f"- {escape(row.title)}{extra}"


def digest(person: Person, rows: list[ActionRow], week: str) -> Draft:
    """A person's own open action items, across calls, soonest due first."""
    count = len(rows)
    lines = [
        "# Your open action items",
        "",
        f"{count} open action item{'' if count == 1 else 's'} in your name, week {week}:",
        "",
        *(_digest_line(row) for row in rows),
        "",
        "Done with one? Tell the organizer, or mark it done in Coalition.",
    ]
    markdown = "\n".join(lines) + "\n"
    return _document(person, f"Your open action items, week {week}", markdown)


__all__ = [
    "agenda",
    "day_text",
    "digest",
    "invitation",
    "minutes",
    "series_cancelled",
    "week_notice",
]
