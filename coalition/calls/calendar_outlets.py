"""The call schedule kept where participants subscribe to it, instead of importing files.

Two outlets, each set on this laptop and kept here only (:class:`CalendarOutlet`):

- a CalDAV calendar (Nextcloud, Radicale, Fastmail, iCloud), kept current event by
  event by :mod:`coalition.calls.caldav_publish`; its password is in the keyring;
- a read-only subscription feed: one .ics file, rewritten whole (never half) after
  every change, at a path the organizer serves or keeps in a file-sharing folder.

Both hold what the schedule export (:func:`~coalition.calls.calendar_export.export_schedule`)
writes for :data:`PAST` before today to a year after: every series with a call in that
time (whole: its rule and every differing week), the one-off calls and the campaigns'
deadlines.  What a calendar holds is compared without its DTSTAMP (the time of writing,
new on every export): an unchanged schedule is neither put again nor rewritten.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from pathlib import Path

import icalendar
from dateutil.relativedelta import relativedelta
from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from coalition.calls import calendar_export
from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.files import replacing
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store import Database
from coalition.store.models import CalendarOutlet, PublishedEvent

CALDAV = "caldav"
FEED = "feed"
# How far back the published schedule reaches: the calls of the last weeks stay in the
# participants' calendars, with their notes and join links.
PAST = dt.timedelta(days=92)
_TZID = re.compile(rb";TZID=(\"[^\"]*\"|[^;:,]*)")


def period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The days the published schedule covers: :data:`PAST` back to a year on."""
    day = today or clock.today()
    return day - PAST, day + relativedelta(years=1, days=-1)


def schedule(session: Session) -> bytes:
    """The schedule as published: the export's calendar for :func:`period`."""
    start, end = period()
    return calendar_export.export_schedule(session, start, end)


def fingerprint(data: bytes) -> str:
    """A digest of an iCalendar text that ignores its DTSTAMP lines (the time of writing)
    and how its lines are folded."""
    unfolded = data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").replace(b"\n ", b"")
    kept = [
        line
        for line in unfolded.splitlines()
        if not line.upper().startswith((b"DTSTAMP:", b"DTSTAMP;"))
    ]
    return hashlib.sha256(b"\n".join(kept)).hexdigest()


def resources(calendar: bytes) -> dict[str, bytes]:
    """The calendar cut into one VCALENDAR per event UID, as a CalDAV calendar holds them
    (RFC 4791 4.1): the series with its differing weeks, with the VTIMEZONEs they name,
    and without METHOD (a stored resource is no iTIP message)."""
    parsed = icalendar.Calendar.from_ical(calendar)
    zones: dict[str, icalendar.Component] = {}
    events: dict[str, list[icalendar.Component]] = {}
    for part in parsed.subcomponents:
        if part.name == "VTIMEZONE":
            zones[str(part["TZID"])] = part
        elif "UID" in part:
            events.setdefault(str(part["UID"]), []).append(part)
    result: dict[str, bytes] = {}
    for uid, parts in events.items():
        resource = icalendar.Calendar()
        resource.add("prodid", calendar_export.PRODID)
        resource.add("version", "2.0")
        resource.add("calscale", "GREGORIAN")
        named = {
            match.decode().strip('"') for part in parts for match in _TZID.findall(part.to_ical())
        }
        for zone in sorted(named & zones.keys()):
            resource.add_component(zones[zone])
        for part in parts:
            resource.add_component(part)
        result[uid] = resource.to_ical()
    return result


# --- where the schedule goes (this laptop's bookkeeping, never synced) ----------------------


def outlet(session: Session, kind: str) -> CalendarOutlet | None:
    return session.get(CalendarOutlet, kind)


def _set_outlet(session: Session, kind: str, location: str, username: str = "") -> None:
    values = {"location": location, "username": username, "digest": "", "error": ""}
    if session.get(CalendarOutlet, kind) is None:
        session.execute(insert(CalendarOutlet.__table__), [{"kind": kind, **values}])
    else:
        session.execute(
            update(CalendarOutlet.__table__)
            .where(CalendarOutlet.kind == kind)
            .values(published_at=None, **values)
        )


def note_outcome(db: Database, kind: str, error: str = "", digest: str | None = None) -> None:
    """Remember how the last publishing to ``kind`` went (in its own transaction)."""
    values: dict[str, object] = {"error": error}
    if not error:
        values["published_at"] = clock.now()
    if digest is not None:
        values["digest"] = digest
    with db.session() as session:
        session.execute(
            update(CalendarOutlet.__table__).where(CalendarOutlet.kind == kind).values(**values)
        )
        session.commit()


def set_caldav(session: Session, url: str, username: str) -> bool:
    """Publish to the calendar at ``url`` as ``username`` from now on.  Another calendar
    than before starts empty of what this laptop put there (everything is put anew);
    returns whether it is another calendar."""
    url = calendar_url(url)
    current = outlet(session, CALDAV)
    other = current is None or (current.location, current.username) != (url, username)
    if other:
        session.execute(delete(PublishedEvent.__table__))
        _set_outlet(session, CALDAV, url, username)
    session.commit()
    return other


def forget_caldav(session: Session) -> CalendarOutlet | None:
    """Stop publishing to the CalDAV calendar (what is there stays); returns what it was."""
    current = outlet(session, CALDAV)
    if current is not None:
        session.expunge(current)
        session.execute(delete(PublishedEvent.__table__))
        session.execute(delete(CalendarOutlet.__table__).where(CalendarOutlet.kind == CALDAV))
        session.commit()
    return current


def set_feed(session: Session, path: str | os.PathLike[str]) -> Path:
    """Keep the feed at ``path`` from now on (an absolute path; its folder must exist)."""
    target = Path(path).expanduser().absolute()
    if target.is_dir():
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls", "{target} is a folder: give the feed a file name (calls.ics)"
            ).format(target=target)
        )
    if not target.parent.is_dir():
        raise CoalitionError(
            QT_TRANSLATE_NOOP("Calls", "there is no folder {parent} to keep the feed in").format(
                parent=target.parent
            )
        )
    if _holds_something_else(target):
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "{target} is there already and is not a calendar: the feed would write over "
                "it; give another file name",
            ).format(target=target)
        )
    _set_outlet(session, FEED, str(target))
    session.commit()
    return target


def _holds_something_else(target: Path) -> bool:
    """Whether ``target`` is a file with something in it other than a calendar (notes,
    a document): kept, never replaced by the feed."""
    try:
        with open(target, "rb") as handle:
            head = handle.read(64)
    except (FileNotFoundError, IsADirectoryError):
        return False
    except OSError:
        return False  # unreadable: the write says why, in its own sentence
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").upper()
    return bool(text) and not text.startswith(b"BEGIN:VCALENDAR")


def feed_off(session: Session) -> str | None:
    """Stop rewriting the feed (the file stays as it is); returns its path, if one was set."""
    current = outlet(session, FEED)
    if current is None:
        return None
    session.execute(delete(CalendarOutlet.__table__).where(CalendarOutlet.kind == FEED))
    session.commit()
    return current.location


def calendar_url(url: str) -> str:
    """The calendar collection's URL as resources are put under it (ending with "/")."""
    url = url.strip()
    if not re.match(r"^https?://[^/\s]+", url, re.IGNORECASE):
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "{url!r} is not a calendar's address: give its http(s):// URL, as "
                "the calendar server shows it (Nextcloud: the calendar's menu, Copy "
                "private link)",
            ).format(url=url)
        )
    if "@" in url.split("//", 1)[1].split("/", 1)[0]:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "the calendar's URL holds a user name or password, which other users "
                "of this computer can read in the list of running programs; give the "
                "URL without it and the user with --user",
            )
        )
    return url if url.endswith("/") else url + "/"


def keyring_name(url: str, username: str) -> str:
    """Where the calendar's password is kept in the keyring."""
    return f"caldav:{username}@{url}"


# --- the feed ----------------------------------------------------------------------------------


def _replace_keeping_mode(path: Path, data: bytes) -> None:
    """Write the feed whole (see :mod:`coalition.common.files`), with the permissions the
    file had: one made readable to a web server stays so after every rewrite (a new file
    is its owner's alone, as every export)."""
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    with replacing(path) as temporary:
        temporary.write_bytes(data)
        if mode is not None:
            temporary.chmod(mode)


def write_feed(db: Database) -> bool:
    """Rewrite the feed file, if one is set and the schedule changed since it was
    written (or the file is gone); whole or not at all.  Returns whether it was written.

    A file that cannot be written is said in a sentence (:class:`CoalitionError`), and
    remembered for the window to show."""
    with db.reading() as session:
        current = outlet(session, FEED)
        if current is None:
            return False
        path, written = Path(current.location), current.digest
        data = schedule(session)
    digest = fingerprint(data)
    if digest == written and path.is_file():
        return False
    try:
        _replace_keeping_mode(path, data)
    except OSError as exc:
        reason = QT_TRANSLATE_NOOP(
            "Calls", "the feed could not be written to {path}: {value}"
        ).format(path=path, value=exc.strerror or exc)
        note_outcome(db, FEED, reason)
        raise CoalitionError(reason) from exc
    note_outcome(db, FEED, digest=digest)
    return True
