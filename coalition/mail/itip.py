"""Answers to invitations as mail clients send them: an iTIP REPLY or COUNTER (RFC 5546)
inside a message (iMIP, RFC 6047), or an .ics file on its own.

Clients put the calendar in different places: Outlook in a ``text/calendar;
method=REPLY`` part of a multipart/alternative, Thunderbird in an .ics attachment
(``application/ics`` or ``text/calendar`` with a file name), Gmail in both.  Every
calendar found is read; the same answer found twice counts once.  Nothing here touches
the database: :mod:`coalition.mail.replies` matches what is read to a call and a person.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

import icalendar

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.models import Partstat

# What an ATTENDEE's PARTSTAT may say in an answer that Coalition records.
_ANSWERS = {
    "ACCEPTED": Partstat.ACCEPTED,
    "DECLINED": Partstat.DECLINED,
    "TENTATIVE": Partstat.TENTATIVE,
}
# A message larger than this is no answer to an invitation (they are a few kilobytes).
MAX_MESSAGE_BYTES = 10 * 1024 * 1024


class NotAnAnswer(ValueError):
    """The message or file holds no answer that can be read; the text says why."""


def address(value: object) -> str:
    """A calendar address (``mailto:Jane@Example.org``) or a mail address, as compared:
    without ``mailto:``, lower case."""
    text = str(value or "").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip().lower()


@dataclass(frozen=True)
class Answer:
    """One event of a REPLY or COUNTER: who answered what, about which call."""

    method: str  # REPLY or COUNTER
    uid: str
    attendee: str  # the address, lower case
    attendees: tuple[str, ...]  # every ATTENDEE of the event (a REPLY names one)
    partstat: Partstat | None
    comment: str
    organizer: str  # "" when the client left it out
    recurrence_id: dt.date | dt.datetime | None
    stamp: dt.datetime | None  # DTSTAMP, in UTC
    sequence: int
    proposed: tuple[dt.datetime | dt.date, dt.datetime | dt.date | None] | None = None
    summary: str = ""


@dataclass
class Letter:
    """A message read for answers: its headers and the calendars it carried."""

    message_id: str
    sender: str  # the From address, lower case ("" for a calendar file)
    subject: str
    date: dt.datetime | None
    calendars: list[bytes] = field(default_factory=list)
    problem: str = ""  # why the message itself cannot be read


def fingerprint(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:32]


def _is_calendar(part: Message) -> bool:
    kind = part.get_content_type()
    name = (part.get_filename() or "").lower()
    return kind in ("text/calendar", "application/ics") or (
        name.endswith(".ics") and kind in ("application/octet-stream", "text/plain")
    )


def _payload(part: Message) -> bytes | None:
    data = part.get_payload(decode=True)
    return data if isinstance(data, bytes) and data.strip() else None


def read_letter(raw: bytes) -> Letter:
    """The headers and calendar parts of a message; a message that cannot be parsed at
    all gives a :class:`Letter` with its ``problem`` said."""
    if len(raw) > MAX_MESSAGE_BYTES:
        return Letter(f"<{fingerprint(raw)}@unread>", "", "", None, problem="it is too large")
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        message_id = str(message.get("Message-ID", "") or "").strip()
        sender = ""
        from_header = message.get("From")
        addresses = getattr(from_header, "addresses", None)
        if addresses:
            sender = addresses[0].addr_spec.lower()
        subject = str(message.get("Subject", "") or "")
        date = None
        if message.get("Date"):
            try:
                date = parsedate_to_datetime(str(message["Date"])).astimezone(dt.UTC)
            except (TypeError, ValueError, IndexError):
                date = None
    except Exception:  # a header the parser chokes on: the message is broken
        return Letter(
            f"<{fingerprint(raw)}@unread>", "", "", None, problem="its headers cannot be read"
        )
    letter = Letter(message_id or f"<{fingerprint(raw)}@no-message-id>", sender, subject, date)
    defects = list(message.defects)
    try:
        seen: set[bytes] = set()
        for part in message.walk():
            defects.extend(part.defects)
            if part.is_multipart() or not _is_calendar(part):
                continue
            data = _payload(part)
            if data is not None and data not in seen:
                seen.add(data)
                letter.calendars.append(data)
    except Exception:
        letter.problem = "its parts cannot be read (broken MIME)"
        return letter
    if not letter.calendars and any(_breaks_mime(d) for d in defects):
        letter.problem = "its parts cannot be read (broken MIME)"
    return letter


def _breaks_mime(defect: object) -> bool:
    from email import errors

    return isinstance(
        defect,
        errors.StartBoundaryNotFoundDefect
        | errors.CloseBoundaryNotFoundDefect
        | errors.MultipartInvariantViolationDefect
        | errors.NoBoundaryInMultipartDefect,
    )


def _text(value: object) -> str:
    if isinstance(value, list):
        return "\n".join(str(v) for v in value if str(v).strip())
    return str(value or "").strip()


def _utc(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)
    return None


def _when(event: icalendar.cal.Component, name: str) -> dt.datetime | dt.date | None:
    prop = event.get(name)
    value = getattr(prop, "dt", None)
    return value if isinstance(value, dt.date) else None


def _attendees(event: icalendar.cal.Component) -> list[icalendar.vCalAddress]:
    value = event.get("attendee")
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _answer(method: str, event: icalendar.cal.Component, sender: str) -> Answer:
    uid = _text(event.get("uid"))
    if not uid:
        raise NotAnAnswer(QT_TRANSLATE_NOOP("Mail", "the calendar names no event (no UID)"))
    people = _attendees(event)
    if not people:
        raise NotAnAnswer(QT_TRANSLATE_NOOP("Mail", "the calendar names no attendee"))
    addresses = tuple(address(p) for p in people)
    # A REPLY names the one who answers; some clients copy every attendee: the one
    # answering is then the sender.
    index = addresses.index(sender) if sender in addresses else 0
    who = people[index]
    params = getattr(who, "params", {})
    partstat = _ANSWERS.get(str(params.get("PARTSTAT", "")).upper())
    try:
        sequence = int(str(event.get("sequence", 0)))
    except ValueError:
        sequence = 0
    proposed = None
    if method == "COUNTER":
        start = _when(event, "dtstart")
        if start is not None:
            proposed = (start, _when(event, "dtend"))
    return Answer(
        method=method,
        uid=uid,
        attendee=addresses[index],
        attendees=addresses,
        partstat=partstat,
        comment=_text(event.get("comment")),
        organizer=address(event.get("organizer")),
        recurrence_id=_when(event, "recurrence-id"),
        stamp=_utc(_when(event, "dtstamp")),
        sequence=sequence,
        proposed=proposed,
        summary=_text(event.get("summary")),
    )


def read_answers(data: bytes, sender: str = "") -> list[Answer]:
    """The answers in one calendar: each VEVENT of a METHOD:REPLY or METHOD:COUNTER.

    Raises :class:`NotAnAnswer` when the calendar cannot be read or holds none.
    """
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as exc:
        raise NotAnAnswer(
            QT_TRANSLATE_NOOP("Mail", "its calendar cannot be read ({value})").format(
                value=_short(exc)
            )
        ) from None
    found: list[Answer] = []
    methods: set[str] = set()
    for calendar in calendars:
        method = _text(calendar.get("method")).upper()
        methods.add(method or "none")
        if method not in ("REPLY", "COUNTER"):
            continue
        for event in calendar.walk("VEVENT"):
            found.append(_answer(method, event, sender))
    if not found:
        said = ", ".join(sorted(methods)) or "none"
        raise NotAnAnswer(
            QT_TRANSLATE_NOOP(
                "Mail", "its calendar is no answer to an invitation (METHOD: {said})"
            ).format(said=said)
        )
    return found


def _short(exc: Exception) -> str:
    text = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return text[:120]


__all__ = [
    "MAX_MESSAGE_BYTES",
    "Answer",
    "Letter",
    "NotAnAnswer",
    "address",
    "fingerprint",
    "read_answers",
    "read_letter",
]
