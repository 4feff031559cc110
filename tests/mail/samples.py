"""Answers to an invitation as three mail clients write them, byte for byte in their shape.

- Outlook (Microsoft 365 / Exchange): multipart/alternative with text/plain, text/html
  and ``text/calendar; method=REPLY`` in base64, Windows zone names ("Pacific Standard
  Time") in its VTIMEZONE, X-MICROSOFT-CDO properties, the answer's text in COMMENT.  Its
  "Propose new time" is a METHOD:COUNTER with the proposed DTSTART/DTEND.
- Thunderbird: a text/plain note and the calendar as an ``application/ics`` attachment
  named invite.ics; ORGANIZER kept, the Olson zone, X-MOZ properties.
- Gmail (Google Calendar): multipart/mixed holding multipart/alternative (text/plain,
  text/html, ``text/calendar; method=REPLY``) and the same calendar again as an
  invite.ics attachment; the RRULE for an answer to every event, a RECURRENCE-ID for an
  answer to one, X-NUM-GUESTS on the ATTENDEE, no COMMENT when nothing was written.

The calendars are folded at 75 octets and lines end in CRLF, as these clients send.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import textwrap
from dataclasses import dataclass

UTC = dt.UTC


@dataclass(frozen=True)
class Reply:
    uid: str
    attendee: str  # the address as the client writes it (case as typed)
    name: str
    partstat: str  # ACCEPTED, DECLINED, TENTATIVE
    organizer: str | None  # None: the client leaves ORGANIZER out
    stamp: dt.datetime
    week: dt.datetime | None = None  # the week's slot in Los Angeles, for RECURRENCE-ID
    sequence: int = 0
    comment: str = ""
    sender: str | None = None  # the From address, when not the attendee's own
    message_id: str = ""
    title: str = "Coalition weekly call"
    method: str = "REPLY"  # what Gmail's calendar says it is

    @property
    def token(self) -> str:
        """What makes this answer's Message-ID its own."""
        return hashlib.sha1(repr(self).encode()).hexdigest()[:16].upper()


def crlf(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r\n").encode()


def fold(line: str) -> str:
    """An iCalendar content line folded at 75 octets (RFC 5545 3.1), never inside a
    character."""
    data, parts, size = line.encode(), [], 75
    while len(data) > size:
        cut = size
        while data[cut] & 0xC0 == 0x80:  # the middle of a UTF-8 character
            cut -= 1
        parts.append(data[:cut].decode())
        data, size = data[cut:], 74
    parts.append(data.decode())
    return "\r\n ".join(parts)


def calendar(lines: list[str]) -> bytes:
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode()


def z(moment: dt.datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(moment: dt.datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%S")


def b64(data: bytes) -> str:
    return "\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76))


_LA_OUTLOOK = """BEGIN:VTIMEZONE
TZID:Pacific Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".splitlines()

_LA_OLSON = """BEGIN:VTIMEZONE
TZID:America/Los_Angeles
X-LIC-LOCATION:America/Los_Angeles
BEGIN:DAYLIGHT
TZOFFSETFROM:-0800
TZOFFSETTO:-0700
TZNAME:PDT
DTSTART:19700308T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:-0700
TZOFFSETTO:-0800
TZNAME:PST
DTSTART:19701101T020000
RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU
END:STANDARD
END:VTIMEZONE""".splitlines()

FIRST = dt.datetime(2026, 12, 1, 17, 30)  # the series' first call, Los Angeles


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def outlook(reply: Reply, *, counter: tuple[dt.datetime, dt.datetime] | None = None) -> bytes:
    """What Outlook (Microsoft 365) sends for Accept / Decline / Tentative, with
    "Send the response now" and the text typed in the box; with ``counter``, its
    "Propose new time" (METHOD:COUNTER)."""
    method = "COUNTER" if counter else "REPLY"
    verb = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentative"}[
        reply.partstat
    ]
    subject = f"New Time Proposed: {reply.title}" if counter else f"{verb}: {reply.title}"
    start = counter[0] if counter else (reply.week or FIRST)
    end = counter[1] if counter else start + dt.timedelta(hours=1)
    event = [
        "BEGIN:VEVENT",
        f"ATTENDEE;PARTSTAT={reply.partstat};CN={reply.name}:mailto:{reply.attendee}",
    ]
    if reply.comment:
        event.append(f"COMMENT;LANGUAGE=en-US:{_escape(reply.comment)}\\n")
    event.append(f"SUMMARY;LANGUAGE=en-US:{subject}")
    if counter:
        event += [f"DTSTART:{z(start)}", f"DTEND:{z(end)}"]
    else:
        event += [
            f"DTSTART;TZID=Pacific Standard Time:{local(start)}",
            f"DTEND;TZID=Pacific Standard Time:{local(end)}",
        ]
    if reply.organizer:
        event.append(f"ORGANIZER;CN=Dana Reyes:mailto:{reply.organizer}")
    event += [f"UID:{reply.uid}"]
    if reply.week is not None:
        event.append(f"RECURRENCE-ID;TZID=Pacific Standard Time:{local(reply.week)}")
    event += [
        "CLASS:PUBLIC",
        "PRIORITY:5",
        f"DTSTAMP:{z(reply.stamp)}",
        "TRANSP:OPAQUE",
        "STATUS:CONFIRMED",
        f"SEQUENCE:{reply.sequence}",
        "LOCATION;LANGUAGE=en-US:https://meet.example.org/coalition-weekly",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{reply.sequence}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{-1290839157}",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INSTTYPE:3" if reply.week else "X-MICROSOFT-CDO-INSTTYPE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "END:VEVENT",
    ]
    cal = calendar(
        [
            f"METHOD:{method}",
            "PRODID:Microsoft Exchange Server 2010",
            "VERSION:2.0",
            *_LA_OUTLOOK,
            *event,
            "END:VCALENDAR",
        ]
    )
    cal = b"BEGIN:VCALENDAR\r\n" + cal
    sender = reply.sender or reply.attendee
    boundary = "_000_BY5PR04MB69284F3C1A2D9E6B0A7C5E1ABD9A2BY5PR04MB6928namp_"
    text = reply.comment or ""
    return crlf(
        f"""Received: from BY5PR04MB6928.namprd04.prod.outlook.com
 ([fe80::5d1:ca6:5b93:7e1]) by BY5PR04MB6928.namprd04.prod.outlook.com
 ([fe80::5d1:ca6:5b93:7e1%7]) with mapi id 15.20.7181.019; {reply.stamp:%a, %d %b %Y %H:%M:%S} +0000
From: {reply.name} <{sender}>
To: Dana Reyes <{reply.organizer or "dana.reyes@example.org"}>
Subject: {subject}
Thread-Topic: {reply.title}
Thread-Index: AQHaQ5NhlL3k0n7o0Ee3Yk6p5y8Fqg==
Date: {reply.stamp:%a, %d %b %Y %H:%M:%S} +0000
Message-ID:
 {reply.message_id or f"<BY5PR04MB6928{reply.token}@BY5PR04MB6928.namprd04.prod.outlook.com>"}
Accept-Language: en-US
Content-Language: en-US
X-MS-Exchange-Organization-AuthAs: Internal
X-MS-Has-Attach:
X-MS-TNEF-Correlator:
Content-Type: multipart/alternative;
\tboundary="{boundary}"
MIME-Version: 1.0

--{boundary}
Content-Type: text/plain; charset="us-ascii"

{text}

--{boundary}
Content-Type: text/html; charset="us-ascii"

<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii">
</head><body><div>{text}</div></body></html>

--{boundary}
Content-Type: text/calendar; charset="utf-8"; method={method}
Content-Transfer-Encoding: base64

{b64(cal)}

--{boundary}--
"""
    )


def thunderbird(reply: Reply) -> bytes:
    """What Thunderbird sends when the invitation's Accept / Decline / Tentative is
    clicked: a note, and the calendar attached as invite.ics."""
    verb = {"ACCEPTED": "accepted", "DECLINED": "declined", "TENTATIVE": "tentatively accepted"}
    start = reply.week or FIRST
    event = [
        "BEGIN:VEVENT",
        "CREATED:20261130T101500Z",
        f"LAST-MODIFIED:{z(reply.stamp)}",
        f"DTSTAMP:{z(reply.stamp)}",
        f"UID:{reply.uid}",
        f"SUMMARY:{reply.title}",
    ]
    if reply.organizer:
        event.append(f"ORGANIZER;CN=Dana Reyes:mailto:{reply.organizer}")
    event.append(
        f"ATTENDEE;RSVP=TRUE;CN={reply.name};PARTSTAT={reply.partstat};"
        f"ROLE=REQ-PARTICIPANT:mailto:{reply.attendee}"
    )
    if reply.week is None:
        event.append("RRULE:FREQ=WEEKLY;BYDAY=TU")
    else:
        event.append(f"RECURRENCE-ID;TZID=America/Los_Angeles:{local(reply.week)}")
    event += [
        f"DTSTART;TZID=America/Los_Angeles:{local(start)}",
        f"DTEND;TZID=America/Los_Angeles:{local(start + dt.timedelta(hours=1))}",
    ]
    if reply.comment:
        event.append(f"COMMENT:{_escape(reply.comment)}")
    event += [
        f"SEQUENCE:{reply.sequence}",
        f"X-MOZ-RECEIVED-SEQUENCE:{reply.sequence}",
        f"X-MOZ-RECEIVED-DTSTAMP:{z(reply.stamp - dt.timedelta(days=1))}",
        "X-MOZ-GENERATION:1",
        "END:VEVENT",
    ]
    cal = calendar(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
            "VERSION:2.0",
            "METHOD:REPLY",
            *_LA_OLSON,
            *event,
            "END:VCALENDAR",
        ]
    )
    sender = reply.sender or reply.attendee
    boundary = "------------2mPS4c8Yk0nXUW0hP0ZKq9Rb"
    message_id = reply.message_id or f"<7f1e2c55-3a0b-4c8e-{reply.token.lower()}@example.org>"
    return crlf(
        f"""Message-ID: {message_id}
Date: {reply.stamp:%a, %d %b %Y %H:%M:%S} +0000
MIME-Version: 1.0
User-Agent: Mozilla Thunderbird
Content-Language: en-US
From: {reply.name} <{sender}>
To: dana.reyes@example.org
Subject: Invitation {verb[reply.partstat].split()[-1].capitalize()}: {reply.title}
Content-Type: multipart/mixed; boundary="{boundary}"

This is a multi-part message in MIME format.
--{boundary}
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 7bit

{reply.name} has {verb[reply.partstat]} your event invitation.

--{boundary}
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{b64(cal)}

--{boundary}--
"""
    )


def gmail(reply: Reply) -> bytes:
    """What Gmail sends from Google Calendar's "Yes / No / Maybe": for "all events" the
    series with its RRULE, for "this event" the week with its RECURRENCE-ID."""
    verb = {"ACCEPTED": "Accepted", "DECLINED": "Declined", "TENTATIVE": "Tentatively Accepted"}
    start = reply.week or FIRST
    when = (
        "Weekly from 5:30pm to 6:30pm on Tuesday"
        if reply.week is None
        else (f"{start:%a %b %-d, %Y} 5:30pm - 6:30pm")
    )
    said = verb.get(reply.partstat, "Updated")
    subject = f"{said}: {reply.title} @ {when} (PST) (dana.reyes@example.org)"
    event = [
        "BEGIN:VEVENT",
        f"DTSTART;TZID=America/Los_Angeles:{local(start)}",
        f"DTEND;TZID=America/Los_Angeles:{local(start + dt.timedelta(hours=1))}",
    ]
    if reply.week is None:
        event.append("RRULE:FREQ=WEEKLY;BYDAY=TU")
    event.append(f"DTSTAMP:{z(reply.stamp)}")
    if reply.organizer:
        event.append(f"ORGANIZER;CN=Dana Reyes:mailto:{reply.organizer}")
    event += [
        f"UID:{reply.uid}",
    ]
    if reply.week is not None:
        event.append(f"RECURRENCE-ID;TZID=America/Los_Angeles:{local(reply.week)}")
    event.append(
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={reply.partstat};"
        f"CN={reply.name};X-NUM-GUESTS=0:mailto:{reply.attendee}"
    )
    if reply.comment:
        event.append(f"COMMENT:{_escape(reply.comment)}")
    event += [
        "CREATED:20261130T101500Z",
        "DESCRIPTION:Round of states; the ballot-access tracker\\, then the week's asks.",
        f"LAST-MODIFIED:{z(reply.stamp)}",
        "LOCATION:https://meet.example.org/coalition-weekly",
        f"SEQUENCE:{reply.sequence}",
        "STATUS:CONFIRMED",
        f"SUMMARY:{reply.title}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    cal = calendar(
        [
            "BEGIN:VCALENDAR",
            "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
            "VERSION:2.0",
            "CALSCALE:GREGORIAN",
            f"METHOD:{reply.method}",
            *event,
            "END:VCALENDAR",
        ]
    )
    sender = reply.sender or reply.attendee
    outer, inner = "000000000000a8b1e70623f1c2d5", "000000000000a8b1e50623f1c2d3"
    message_id = reply.message_id or f"<calendar-{reply.token.lower()}-5b3c-4f1e@google.com>"
    note = (
        f"{reply.name} has {verb.get(reply.partstat, 'answered').lower()} this invitation.\n\n"
        f"{reply.title}\n{when}"
    )
    return crlf(
        f"""MIME-Version: 1.0
Date: {reply.stamp:%a, %d %b %Y %H:%M:%S} +0000
Message-ID: {message_id}
Subject: {subject}
From: {reply.name} <{sender}>
To: dana.reyes@example.org
Content-Type: multipart/mixed; boundary="{outer}"

--{outer}
Content-Type: multipart/alternative; boundary="{inner}"

--{inner}
Content-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes

{note}

--{inner}
Content-Type: text/html; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

<span itemscope itemtype=3D"http://schema.org/InformAction">{reply.name} has =
{verb.get(reply.partstat, "answered").lower()} this invitation.</span>

--{inner}
Content-Type: text/calendar; charset="UTF-8"; method={reply.method}
Content-Transfer-Encoding: 7bit

{cal.decode()}
--{inner}--

--{outer}
Content-Type: application/ics; name="invite.ics"
Content-Disposition: attachment; filename="invite.ics"
Content-Transfer-Encoding: base64

{b64(cal)}
--{outer}--
"""
    )
