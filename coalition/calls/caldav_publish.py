"""The call schedule kept current in a CalDAV calendar, event by event.

Each event of the published schedule (:func:`~coalition.calls.calendar_outlets.schedule`)
is one resource of the calendar, named after its UID.  A publish puts (PUT) the events
whose text changed since they were last put, compared by a digest kept on this laptop
(:class:`~coalition.store.models.PublishedEvent`), and deletes (DELETE) those gone from
the schedule.  Each event put or deleted is noted at once, in a transaction of its own:
a publish cut off halfway (the server gone, the laptop offline) keeps what it did, and
the next one does the rest.  Nothing else in the calendar is touched.

A calendar that is not there yet is made (MKCALENDAR), with everything put anew.
Whatever goes wrong is raised as :class:`PublishError`, a sentence fit to show.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import quote, urlsplit

from sqlalchemy import delete, insert, select, update

from coalition.calls import calendar_outlets as outlets
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store import Database, keychain
from coalition.store.models import PublishedEvent

if TYPE_CHECKING:
    from caldav.davclient import DAVClient

PASSWORD_ENV = "COALITION_CALDAV_PASSWORD"
TIMEOUT_S = 15  # each request's; a server that says nothing for longer is taken as away
ICS = {"Content-Type": "text/calendar; charset=utf-8"}
_XML = {"Content-Type": "application/xml; charset=utf-8"}
_PROPFIND = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<propfind xmlns="DAV:"><prop><resourcetype/></prop></propfind>'
)

Progress = Callable[[str, int, int], None]


class PublishError(CoalitionError):
    """The calendar could not be brought up to date (a sentence; what waits still waits)."""


@dataclass
class PublishReport:
    """What a publish did: events put, removed, left as they were (their UIDs put)."""

    put: int = 0
    deleted: int = 0
    unchanged: int = 0
    created: bool = False
    url: str = ""
    uids: list[str] = field(default_factory=list)

    def sentence(self) -> str:
        if not self.put and not self.deleted:
            events = f"{self.unchanged} event{'s' if self.unchanged != 1 else ''}"
            return f"The calendar at {self.url} is up to date ({events})."
        parts = []
        if self.put:
            parts.append(f"{self.put} event{'s' if self.put != 1 else ''} put")
        if self.deleted:
            parts.append(f"{self.deleted} removed")
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        made = "made and " if self.created else ""
        return f"The calendar at {self.url} was {made}brought up to date: {', '.join(parts)}."


@dataclass
class Plan:
    """What a publish has to do: the events to put (uid, href, text, digest) and the
    resources to delete (uid, href)."""

    url: str
    username: str
    put: list[tuple[str, str, bytes, str]]
    delete: list[tuple[str, str]]
    unchanged: int


def href_for(url: str, uid: str) -> str:
    """The resource of the event ``uid`` in the calendar at ``url``."""
    return f"{url}{quote(uid, safe='')}.ics"


def plan(db: Database) -> Plan | None:
    """What the next publish would put and delete; None when no calendar is set."""
    with db.reading() as session:
        current = outlets.outlet(session, outlets.CALDAV)
        if current is None:
            return None
        url, username = current.location, current.username
        wanted = outlets.resources(outlets.schedule(session))
        published = {row.uid: row for row in session.scalars(select(PublishedEvent))}
    put: list[tuple[str, str, bytes, str]] = []
    unchanged = 0
    for uid in sorted(wanted):
        digest = outlets.fingerprint(wanted[uid])
        row = published.get(uid)
        if row is not None and row.digest == digest:
            unchanged += 1
        else:
            put.append((uid, row.href if row else href_for(url, uid), wanted[uid], digest))
    gone = [(uid, published[uid].href) for uid in sorted(published.keys() - wanted.keys())]
    return Plan(url, username, put, gone, unchanged)


def pending(db: Database) -> int:
    """How many events wait to be put or deleted (0 when no calendar is set)."""
    found = plan(db)
    return 0 if found is None else len(found.put) + len(found.delete)


def password_for(url: str, username: str) -> str | None:
    """The calendar's password: ``$COALITION_CALDAV_PASSWORD``, else the keyring (or typed
    in this run when there is no keyring)."""
    env = os.environ.get(PASSWORD_ENV)
    if env:
        return env
    try:
        return keychain.get(outlets.keyring_name(url, username))
    except keychain.KeyringUnavailable:
        return None


def keep_password(url: str, username: str, password: str) -> bool:
    """Keep the password in the keyring (True), or for this run only when there is none."""
    name = outlets.keyring_name(url, username)
    try:
        keychain.put(name, password)
    except keychain.KeyringUnavailable:
        keychain.remember_for_this_run(name, password)
        return False
    return True


def _where(url: str) -> str:
    parts = urlsplit(url)
    return parts.netloc or url


def _reason(exc: Exception, url: str, username: str) -> str:
    """What went wrong, in a sentence that says what waits."""
    from caldav.lib import error

    where = _where(url)
    if isinstance(exc, error.AuthorizationError) and exc.status == 403:
        return QT_TRANSLATE_NOOP(
            "Calls",
            "the calendar server at {where} does not let {username!r} write to "
            "that calendar (HTTP 403: is it theirs, or shared with them?); the "
            "changes wait until it does",
        ).format(where=where, username=username)
    if isinstance(exc, error.AuthorizationError):
        return QT_TRANSLATE_NOOP(
            "Calls",
            "the calendar server at {where} refused the user name or password "
            "for {username!r}; the changes wait until it takes them",
        ).format(where=where, username=username)
    if isinstance(exc, OSError):  # niquests' connection errors and timeouts are OSErrors
        return QT_TRANSLATE_NOOP(
            "Calls",
            "cannot reach the calendar server at {where}: is it running, and is "
            "this laptop online? The changes wait and go with the next publish",
        ).format(where=where)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return QT_TRANSLATE_NOOP("Calls", "the calendar server at {where} answered: {detail}").format(
        where=where, detail=detail
    )


def _check(status: int, ok: tuple[int, ...], what: str, url: str) -> None:
    if status == 401 or status == 403:
        raise PublishError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "the calendar server at {value} does not let this user {what} (HTTP "
                "{status}); the changes wait until it does",
            ).format(value=_where(url), what=what, status=status)
        )
    if status not in ok:
        raise PublishError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "the calendar server at {value} would not {what} (HTTP {status}); "
                "the changes wait and go with the next publish",
            ).format(value=_where(url), what=what, status=status)
        )


def _ensure_calendar(client: DAVClient, url: str) -> bool:
    """Make the calendar when the server has none at ``url``; returns whether it made it."""
    found = client.request(url, "PROPFIND", _PROPFIND, {"Depth": "0", **_XML})
    if found.status == 404:
        made = client.mkcalendar(url)
        _check(made.status, (200, 201), "make a calendar at that address", url)
        return True
    _check(found.status, (200, 207), "read the calendar", url)
    return False


def _note_put(db: Database, uid: str, href: str, digest: str) -> None:
    with db.session() as session:
        if session.get(PublishedEvent, uid) is None:
            session.execute(
                insert(PublishedEvent.__table__), [{"uid": uid, "href": href, "digest": digest}]
            )
        else:
            session.execute(
                update(PublishedEvent.__table__)
                .where(PublishedEvent.uid == uid)
                .values(href=href, digest=digest)
            )
        session.commit()


def _note_deleted(db: Database, uid: str) -> None:
    with db.session() as session:
        session.execute(delete(PublishedEvent.__table__).where(PublishedEvent.uid == uid))
        session.commit()


def _connect(url: str, username: str, password: str | None) -> tuple[DAVClient, bool]:
    """A client to the calendar at ``url``, checked (and the calendar made when it is not
    there yet); returns it and whether the calendar was made.

    The password goes with the first request (HTTP Basic, as Nextcloud, Radicale,
    Fastmail and iCloud take it), rather than after the server's refusal of a request
    without it: Radicale makes every refused request wait about a second.  A server
    that wants another scheme is asked again the usual way."""
    from caldav.davclient import DAVClient
    from caldav.lib import error

    schemes: list[str | None] = ["basic", None] if username else [None]
    for scheme in schemes:
        client = DAVClient(
            url=url,
            username=username or None,
            password=password,
            timeout=TIMEOUT_S,
            enable_rfc6764=False,
            auth_type=scheme,
        )
        try:
            return client, _ensure_calendar(client, url)
        except (error.AuthorizationError, PublishError) as exc:
            client.close()
            refused = (
                isinstance(exc, error.AuthorizationError) and exc.status != 403
            ) or "HTTP 401" in str(exc)
            if scheme is None or not refused:
                raise
        except BaseException:
            client.close()
            raise
    raise AssertionError("the last scheme raises")  # pragma: no cover


def _apply(
    db: Database, client: DAVClient, found: Plan, report: PublishReport, progress: Progress | None
) -> None:
    """Put and delete what ``found`` says, noting each as it is done."""
    total = len(found.put) + len(found.delete)
    for done, (uid, href, data, digest) in enumerate(found.put, 1):
        response = client.put(href, data.decode("utf-8"), ICS)
        _check(response.status, (200, 201, 204), f"save the event {uid}", found.url)
        _note_put(db, uid, href, digest)
        report.put += 1
        report.uids.append(uid)
        if progress is not None:
            progress("Publishing", done, total)
    for done, (uid, href) in enumerate(found.delete, len(found.put) + 1):
        response = client.delete(href)
        _check(response.status, (200, 204, 404), f"remove the event {uid}", found.url)
        _note_deleted(db, uid)
        report.deleted += 1
        if progress is not None:
            progress("Publishing", done, total)


def publish(db: Database, password: str | None, progress: Progress | None = None) -> PublishReport:
    """Bring the calendar set on this laptop up to the schedule's state.

    Raises :class:`PublishError` (a sentence) when none is set or the server cannot be
    reached or refuses; what was done until then stays done and noted."""
    found = plan(db)
    if found is None:
        raise PublishError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "no calendar is set to publish to: run `coalition publish-caldav URL --user USER`",
            )
        )
    report = PublishReport(unchanged=found.unchanged, url=found.url)
    try:
        client, report.created = _connect(found.url, found.username, password)
        with client:
            if report.created:
                with db.session() as session:  # a new calendar holds nothing of ours
                    session.execute(delete(PublishedEvent.__table__))
                    session.commit()
                found = plan(db) or found
                report.unchanged = found.unchanged
            _apply(db, client, found, report, progress)
    except PublishError as exc:
        outlets.note_outcome(db, outlets.CALDAV, str(exc))
        raise
    except Exception as exc:
        reason = _reason(exc, found.url, found.username)
        if password:
            reason = reason.replace(password, "***")
        outlets.note_outcome(db, outlets.CALDAV, reason)
        raise PublishError(reason) from exc
    outlets.note_outcome(db, outlets.CALDAV)
    return report


@dataclass
class Outcome:
    """How bringing the outlets up to date went: the feed, then the calendar."""

    feed_written: bool = False
    feed_error: str = ""
    report: PublishReport | None = None
    caldav_error: str = ""


def bring_up_to_date(db: Database, password: str | None) -> Outcome:
    """Rewrite the feed (if one is set and the schedule changed) and publish to the CalDAV
    calendar (if one is set); neither's failure stops the other, and each is said."""
    outcome = Outcome()
    try:
        outcome.feed_written = outlets.write_feed(db)
    except CoalitionError as exc:
        outcome.feed_error = str(exc)
    with db.reading() as session:
        current = outlets.outlet(session, outlets.CALDAV)
        if current is None:
            return outcome
        user = current.username
    if user and password is None:
        outcome.caldav_error = (
            f"the password of {user!r} for the shared calendar is not known on this laptop; "
            "give it in File → Shared calendar (CalDAV)…, and the changes waiting go"
        )
        outlets.note_outcome(db, outlets.CALDAV, outcome.caldav_error)
        return outcome
    try:
        outcome.report = publish(db, password)
    except PublishError as exc:
        outcome.caldav_error = str(exc)
    return outcome
