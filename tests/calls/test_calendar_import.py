"""Partners' calendar files as real clients write them, imported on real SQLite databases.

Each file is made here, hostile on purpose: Google's X-WR-TIMEZONE and floating times,
two files defining one TZID two ways, Outlook's Windows zone names, Windows-1252 and
UTF-16 bytes, what Thunderbird and Google accept (spaces in BYDAY, lowercase names, LF
line endings, no VERSION, an all-day event with UTC extra dates), to-dos, journals,
free/busy blocks and attachments, a file cut short or binary.  Each test asserts the
instants (in UTC) of the calls stored and the summary's sentences; a refused file
stores nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.calls import calendar_import
from coalition.cli import main
from coalition.common.errors import ImportFileError
from coalition.store import Database
from coalition.store.models import CallOccurrence
from icaljs_runner import expand, require_icaljs
from profile_helpers import set_profile_in

UTC = dt.UTC
ICS = Path(__file__).resolve().parents[1] / "data" / "ics"
YEAR = {"expand_from": dt.date(2026, 1, 1), "expand_until": dt.date(2026, 12, 31)}
NEW_YORK = (
    "BEGIN:VTIMEZONE",
    "TZID:America/New_York",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def calendar(*lines: str, head: tuple[str, ...] = ("VERSION:2.0",)) -> str:
    return "\r\n".join(
        ["BEGIN:VCALENDAR", "PRODID:-//Partner//EN", *head, *lines, "END:VCALENDAR", ""]
    )


def event(uid: str, summary: str, *lines: str) -> tuple[str, ...]:
    return ("BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"SUMMARY:{summary}",
            *lines, "END:VEVENT")  # fmt: skip


def write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def stored(session: Session, source: str) -> list[tuple[str, str, str]]:
    """(start in UTC, title, zone kept) of each call imported from ``source``."""
    session.expire_all()
    rows = session.query(CallOccurrence).filter(CallOccurrence.source == source)
    return sorted(
        (r.start.astimezone(UTC).strftime("%Y-%m-%d %H:%M"), r.title, r.time_zone) for r in rows
    )


def refused(
    session: Session,
    path: Path,
    message: str,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    log = change_log_count()
    with pytest.raises(ImportFileError, match=message):
        calendar_import.import_ics(session, path, **YEAR)
    assert count_rows(CallOccurrence) == 0 and change_log_count() == log


# --- 6. Google's X-WR-TIMEZONE ------------------------------------------------------------------


def test_floating_times_are_read_in_the_calendars_x_wr_timezone(
    session: Session, tmp_path: Path
) -> None:
    """Google writes the calendar's zone once (X-WR-TIMEZONE) and some events with no zone
    at all: 09:00 there is 17:00 UTC in winter, 16:00 after the change of March 8."""
    path = write(
        tmp_path,
        "google.ics",
        calendar(
            *event("a@google.com", "Winter briefing", "DTSTART:20260302T090000",
                   "DTEND:20260302T100000"),
            *event("b@google.com", "Spring briefing", "DTSTART:20260309T090000",
                   "DURATION:PT1H"),
            # Floating and weekly: each week at 09:00 Pacific, across the change.
            *event("c@google.com", "Weekly floating", "DTSTART:20260305T090000",
                   "DTEND:20260305T093000", "RRULE:FREQ=WEEKLY;COUNT=2"),
            # In UTC: the same instant, kept in the calendar's zone.
            *event("d@google.com", "Press call", "DTSTART:20260415T180000Z",
                   "DTEND:20260415T183000Z"),
            head=("VERSION:2.0", "X-WR-TIMEZONE:America/Los_Angeles"),
        ),
    )  # fmt: skip
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "google.ics") == [
        ("2026-03-02 17:00", "Winter briefing", "America/Los_Angeles"),
        ("2026-03-05 17:00", "Weekly floating", "America/Los_Angeles"),
        ("2026-03-09 16:00", "Spring briefing", "America/Los_Angeles"),
        ("2026-03-12 16:00", "Weekly floating", "America/Los_Angeles"),
        ("2026-04-15 18:00", "Press call", "America/Los_Angeles"),
    ]
    assert report.lines() == [
        "Imported 5 calls from google.ics",
        "Read the file as UTF-8",
        "Expanded 1 recurring event into single calls from 2026-01-01 to 2026-12-31",
        "Read 4 calls with no time zone in America/Los_Angeles (the calendar's X-WR-TIMEZONE)",
    ]


def test_an_x_wr_timezone_no_one_knows_leaves_floating_times_in_utc_and_says_so(
    session: Session, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "odd.ics",
        calendar(
            *event("a@x", "Briefing", "DTSTART:20260302T090000", "DURATION:PT1H"),
            head=("VERSION:2.0", "X-WR-TIMEZONE:Mars/Olympus_Mons"),
        ),
    )
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "odd.ics") == [("2026-03-02 09:00", "Briefing", "UTC")]
    assert report.lines()[2:] == [
        "Read 1 call with no time zone as UTC",
        "The calendar's time zone (X-WR-TIMEZONE) 'Mars/Olympus_Mons' is not one Coalition "
        "knows: times with no zone were read as UTC",
    ]


# --- 7. each file's own zones; Windows names ---------------------------------------------------


def _office(offset: str, daylight: str | None = None) -> tuple[str, ...]:
    """A VTIMEZONE called 'Partner Office': a fixed offset, or with a US summer time."""
    if daylight is None:
        return ("BEGIN:VTIMEZONE", "TZID:Partner Office", "BEGIN:STANDARD",
                f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "DTSTART:19700101T000000",
                "END:STANDARD", "END:VTIMEZONE")  # fmt: skip
    return ("BEGIN:VTIMEZONE", "TZID:Partner Office",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{daylight}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{daylight}", f"TZOFFSETTO:{offset}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE")  # fmt: skip


def test_two_files_defining_one_tzid_two_ways_each_keep_their_own(
    session: Session, tmp_path: Path
) -> None:
    """icalendar caches the first file's 'Partner Office' for the whole process; the
    second file's own definition must still place the second file's calls."""
    delhi = write(
        tmp_path,
        "delhi.ics",
        calendar(
            *_office("+0530"),
            *event("d1@x", "Delhi call", "DTSTART;TZID=Partner Office:20260701T090000",
                   "DURATION:PT1H"),
            *event("d2@x", "Delhi weekly", "DTSTART;TZID=Partner Office:20260706T090000",
                   "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=1"),
        ),
    )  # fmt: skip
    pacific = write(
        tmp_path,
        "pacific.ics",
        calendar(
            *_office("-0800", "-0700"),
            *event("p1@x", "Pacific call", "DTSTART;TZID=Partner Office:20260701T090000",
                   "DURATION:PT1H"),
            *event("p2@x", "Pacific weekly", "DTSTART;TZID=Partner Office:20260302T090000",
                   "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=2"),
        ),
    )  # fmt: skip
    calendar_import.import_ics(session, delhi, **YEAR)
    calendar_import.import_ics(session, pacific, **YEAR)

    assert stored(session, "delhi.ics") == [
        ("2026-07-01 03:30", "Delhi call", "UTC"),
        ("2026-07-06 03:30", "Delhi weekly", "UTC"),
    ]
    assert stored(session, "pacific.ics") == [
        ("2026-03-02 17:00", "Pacific weekly", "UTC"),  # before the change: -08:00
        ("2026-03-09 16:00", "Pacific weekly", "UTC"),  # after it: -07:00
        ("2026-07-01 16:00", "Pacific call", "UTC"),
    ]


def test_windows_zone_names_are_read_as_the_iana_zones_cldr_maps_them_to(
    session: Session, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "outlook.ics",
        calendar(
            *event("o1@x", "Board call", "DTSTART;TZID=Pacific Standard Time:20260302T090000",
                   "DTEND;TZID=Pacific Standard Time:20260302T100000"),
            *event("o2@x", "Board call", "DTSTART;TZID=Pacific Standard Time:20260309T090000",
                   "DTEND;TZID=Pacific Standard Time:20260309T100000"),
            *event("o3@x", "London check-in", "DTSTART;TZID=GMT Standard Time:20260401T090000",
                   "DURATION:PT30M"),
            *event("o4@x", "Evolution's call",
                   "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260401T090000",
                   "DURATION:PT30M"),
            *event("o5@x", "Evolution's weekly",
                   "DTSTART;TZID=/freeassociation.sourceforge.net/Europe/Berlin:20260323T090000",
                   "DURATION:PT30M", "RRULE:FREQ=WEEKLY;COUNT=2"),
        ),
    )  # fmt: skip
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "outlook.ics") == [
        ("2026-03-02 17:00", "Board call", "America/Los_Angeles"),
        ("2026-03-09 16:00", "Board call", "America/Los_Angeles"),
        ("2026-03-23 08:00", "Evolution's weekly", "Europe/Berlin"),
        ("2026-03-30 07:00", "Evolution's weekly", "Europe/Berlin"),  # summer time from 03-29
        ("2026-04-01 07:00", "Evolution's call", "Europe/Berlin"),
        ("2026-04-01 08:00", "London check-in", "Europe/London"),
    ]
    assert report.lines()[3:] == [
        "Read the time zone '/freeassociation.sourceforge.net/Europe/Berlin' as Europe/Berlin",
        "Read the time zone 'GMT Standard Time' as Europe/London",
        "Read the time zone 'Pacific Standard Time' as America/Los_Angeles",
    ]


def test_outlooks_own_definition_of_a_windows_zone_governs_its_times(
    session: Session, tmp_path: Path
) -> None:
    """Outlook names its VTIMEZONE 'Pacific Standard Time'.  An old file's rules (summer
    time from the first Sunday of April, as before 2007) place March 20 at 09:00 in
    standard time, as Outlook shows it: the instant is the file's, kept in UTC; in July
    the file and the database agree, and the call keeps America/Los_Angeles."""
    outlook_2006 = ("BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
                    "BEGIN:STANDARD", "DTSTART:16011029T020000",
                    "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:-0700",
                    "TZOFFSETTO:-0800", "END:STANDARD",
                    "BEGIN:DAYLIGHT", "DTSTART:16010402T020000",
                    "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "TZOFFSETFROM:-0800",
                    "TZOFFSETTO:-0700", "END:DAYLIGHT", "END:VTIMEZONE")  # fmt: skip
    path = write(
        tmp_path,
        "outlook_2006.ics",
        calendar(
            *outlook_2006,
            *event("m@x", "March call", "DTSTART;TZID=Pacific Standard Time:20260320T090000",
                   "DURATION:PT1H"),
            *event("j@x", "July call", "DTSTART;TZID=Pacific Standard Time:20260701T090000",
                   "DURATION:PT1H"),
        ),
    )  # fmt: skip
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "outlook_2006.ics") == [
        ("2026-03-20 17:00", "March call", "UTC"),
        ("2026-07-01 16:00", "July call", "America/Los_Angeles"),
    ]
    assert report.lines()[2:] == [
        "Read the time zone 'Pacific Standard Time' as America/Los_Angeles",
        "Placed 1 call by the file's own definition of 'Pacific Standard Time', which "
        "differs from the time zone database: kept in UTC",
    ]


def test_a_files_own_definition_of_a_known_zone_governs_and_is_said_where_it_differs(
    session: Session, tmp_path: Path
) -> None:
    """A file's VTIMEZONE under an IANA name: its rules place the file's times.  Where
    they agree with the time zone database the call keeps the zone; where they do not (an
    old file's rules for America/Sao_Paulo, which kept summer time until 2019), the
    file's instant is kept, in UTC, and the summary says so."""
    old_sao_paulo = ("BEGIN:VTIMEZONE", "TZID:America/Sao_Paulo",
                     "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0200",
                     "DTSTART:19701101T000000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                     "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0200",
                     "TZOFFSETTO:-0300", "DTSTART:19700215T000000",
                     "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU", "END:STANDARD",
                     "END:VTIMEZONE")  # fmt: skip
    path = write(
        tmp_path,
        "old.ics",
        calendar(
            *NEW_YORK,
            *old_sao_paulo,
            *event("n@x", "New York call", "DTSTART;TZID=America/New_York:20260701T090000",
                   "DURATION:PT1H"),
            *event("s1@x", "São Paulo in winter",
                   "DTSTART;TZID=America/Sao_Paulo:20260701T090000", "DURATION:PT1H"),
            *event("s2@x", "São Paulo in summer",
                   "DTSTART;TZID=America/Sao_Paulo:20261215T090000", "DURATION:PT1H"),
        ),
    )  # fmt: skip
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "old.ics") == [
        ("2026-07-01 12:00", "São Paulo in winter", "America/Sao_Paulo"),
        ("2026-07-01 13:00", "New York call", "America/New_York"),
        ("2026-12-15 11:00", "São Paulo in summer", "UTC"),  # -02:00 by the file
    ]
    assert report.lines()[2:] == [
        "Placed 1 call by the file's own definition of 'America/Sao_Paulo', which differs "
        "from the time zone database: kept in UTC"
    ]


def test_a_call_across_the_change_of_clocks_lasts_the_time_that_passes(
    session: Session, tmp_path: Path
) -> None:
    """01:00 to 03:00 New York time on March 8, 2026 is one hour: the clocks jump from
    02:00 to 03:00.  Read alike from a single event and from a recurring one."""
    path = write(
        tmp_path,
        "night.ics",
        calendar(
            *NEW_YORK,
            *event("n1@x", "Night shift", "DTSTART;TZID=America/New_York:20260308T010000",
                   "DTEND;TZID=America/New_York:20260308T030000"),
            *event("n2@x", "Night watch", "DTSTART;TZID=America/New_York:20260301T010000",
                   "DTEND;TZID=America/New_York:20260301T030000", "RRULE:FREQ=WEEKLY;COUNT=2"),
        ),
    )  # fmt: skip
    calendar_import.import_ics(session, path, **YEAR)

    session.expire_all()
    rows = session.query(CallOccurrence).filter(CallOccurrence.source == "night.ics")
    assert sorted((r.start.astimezone(UTC).strftime("%m-%d %H:%M"), r.duration_minutes)
                  for r in rows) == [("03-01 06:00", 120), ("03-08 06:00", 60),
                                     ("03-08 06:00", 60)]  # fmt: skip


@pytest.mark.parametrize("name", ["delhi", "pacific", "outlook_2006", "fixed_offset"])
def test_each_files_own_zones_place_its_calls_where_icaljs_does(
    session: Session, tmp_path: Path, name: str
) -> None:
    """Mozilla's ical.js (Thunderbird's reader) believes a file's VTIMEZONE: the calls
    imported start at the instants it reads, after another file defined the same TZID
    another way in this process."""
    require_icaljs()
    files = {
        "delhi": calendar(*_office("+0530"), *event(
            "d@x", "Delhi weekly", "DTSTART;TZID=Partner Office:20260302T090000",
            "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3")),
        "pacific": calendar(*_office("-0800", "-0700"), *event(
            "p@x", "Pacific weekly", "DTSTART;TZID=Partner Office:20260302T090000",
            "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3"), *event(
            "q@x", "Pacific call", "DTSTART;TZID=Partner Office:20261102T090000",
            "DURATION:PT1H")),
        "outlook_2006": calendar(*_office("-0800", "-0700"), *event(
            "o@x", "Call", "DTSTART;TZID=Partner Office:20260401T090000", "DURATION:PT1H"))
        .replace("BYMONTH=3;BYDAY=2SU", "BYMONTH=4;BYDAY=1SU"),
        "fixed_offset": (ICS / "weekly_fixed_offset_zone.ics").read_text(),
    }  # fmt: skip
    calendar_import.import_ics(session, write(tmp_path, "other.ics", files["delhi"]), **YEAR)
    path = write(tmp_path, f"{name}.ics", files[name])
    if name != "delhi":
        calendar_import.import_ics(session, path, **YEAR)

    by_icaljs = expand(
        path, dt.datetime(2026, 1, 1, tzinfo=UTC), dt.datetime(2027, 1, 1, tzinfo=UTC)
    )
    source = "other.ics" if name == "delhi" else path.name
    ours = [start.replace(" ", "T") + ":00Z" for start, _, _ in stored(session, source)]
    assert ours == sorted(e["start"] for e in by_icaljs["events"]) and ours


# --- 8. charsets ---------------------------------------------------------------------------------

ACCENTED = calendar(
    *event("r@x", "Réunion des élus", "LOCATION:Mairie de Besançon",
           "DTSTART:20260302T170000Z", "DURATION:PT1H"),
)  # fmt: skip


@pytest.mark.parametrize(
    ("data", "charset", "said"),
    [
        (ACCENTED.encode("cp1252"), None, "Windows-1252 (it is not valid UTF-8)"),
        (ACCENTED.encode("latin-1"), None, "Windows-1252 (it is not valid UTF-8)"),
        (ACCENTED.encode("utf-8"), None, "UTF-8"),
        (b"\xef\xbb\xbf" + ACCENTED.encode("utf-8"), None, "UTF-8 (its byte order mark)"),
        (ACCENTED.encode("utf-16"), None, "UTF-16 (its byte order mark)"),
        (ACCENTED.encode("iso-8859-1"), "ISO-8859-1", "ISO-8859-1 (the charset it came with)"),
        # A Content-Type that does not fit the bytes: what the bytes say.
        (ACCENTED.encode("utf-8"), "ascii", "UTF-8 (it is not ascii, the charset it came with)"),
    ],
)
def test_the_charset_is_detected_and_said(
    session: Session, tmp_path: Path, data: bytes, charset: str | None, said: str
) -> None:
    path = tmp_path / "accents.ics"
    path.write_bytes(data)
    report = calendar_import.import_ics(session, path, charset=charset, **YEAR)

    assert stored(session, "accents.ics") == [("2026-03-02 17:00", "Réunion des élus", "UTC")]
    session.expire_all()
    assert session.query(CallOccurrence).one().location == "Mairie de Besançon"
    assert report.lines()[:2] == ["Imported 1 call from accents.ics", f"Read the file as {said}"]


def test_the_command_takes_the_charset_the_file_came_with(
    db: Database, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.session() as session:
        set_profile_in(session)  # whom the import is credited to
    path = tmp_path / "accents.ics"
    path.write_bytes(ACCENTED.encode("cp1252"))
    code = main(["--db", str(db_path), "import-ics", str(path), "--charset", "windows-1252"])

    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[:2] == [
        "Imported 1 call from accents.ics",
        "Read the file as windows-1252 (the charset it came with)",
    ]


# --- 9. what Thunderbird and Google accept; what no one can -----------------------------------


def test_small_deviations_real_clients_accept_are_repaired_and_said(
    session: Session, tmp_path: Path
) -> None:
    text = "\n".join(
        [
            "BEGIN:VCALENDAR",
            "prodid:-//Hand-made//EN",  # no VERSION, a lowercase name, LF endings
            *NEW_YORK,
            "begin:vevent",
            "uid:spaces@x",
            "summary:Twice a week",
            "dtstart;tzid=America/New_York:20260302T120000",
            "duration:PT1H",
            "rrule:FREQ=WEEKLY;BYDAY=MO, TU;COUNT=4",
            "end:vevent",
            *event("allday@x", "Filing days", "DTSTART;VALUE=DATE:20260501",
                   "RDATE:20260601T000000Z,20260701T000000Z"),
            "END:VCALENDAR",
            "",
        ]
    )  # fmt: skip
    path = write(tmp_path, "thunderbird.ics", text)
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "thunderbird.ics") == [
        ("2026-03-02 17:00", "Twice a week", "America/New_York"),
        ("2026-03-03 17:00", "Twice a week", "America/New_York"),
        ("2026-03-09 16:00", "Twice a week", "America/New_York"),  # after the change
        ("2026-03-10 16:00", "Twice a week", "America/New_York"),
    ]
    assert report.lines() == [
        "Imported 4 calls from thunderbird.ics",
        "Read the file as UTF-8",
        "Expanded 2 recurring events into single calls from 2026-01-01 to 2026-12-31",
        "Skipped 3 all-day events (a call has a time of day): Filing days",
        "Repaired: 32 lines ending in a line feed alone (RFC 5545 asks for CR LF)",
        "Repaired: 8 property names in lowercase",
        "Repaired: 1 recurrence rule with spaces inside (such as BYDAY=MO, TU)",
        "Repaired: the file gives no VERSION; read as iCalendar 2.0",
        "Repaired: 1 all-day event's list of dates given as times, not dates",
    ]


def test_a_file_cut_short_is_refused_naming_the_line_and_nothing_is_stored(
    session: Session,
    tmp_path: Path,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    whole = calendar(
        *event("a@x", "First", "DTSTART:20260302T170000Z", "DURATION:PT1H"),
        *event("b@x", "Second", "DTSTART:20260303T170000Z", "DURATION:PT1H"),
    )
    cut = whole[: whole.index("DTSTART:20260303")]  # in the middle of the second event
    path = write(tmp_path, "cut.ics", cut)
    refused(
        session,
        path,
        r"cut\.ics is cut short: it ends before END:VCALENDAR, at line 14, "
        r"inside the BEGIN:VEVENT of line 11",
        count_rows,
        change_log_count,
    )


def test_a_binary_file_is_refused_naming_the_line_and_nothing_is_stored(
    session: Session,
    tmp_path: Path,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    good = calendar(*event("a@x", "First", "DTSTART:20260302T170000Z", "DURATION:PT1H"))
    path = tmp_path / "damaged.ics"
    lines = good.encode().split(b"\r\n")
    lines[6] = b"SUMMARY:\x00\x01\x02\xff\xfe" + bytes(range(40))
    path.write_bytes(b"\r\n".join(lines))
    refused(
        session,
        path,
        r"damaged\.ics: line 7 holds binary data \(a control character\), not text",
        count_rows,
        change_log_count,
    )


def test_a_line_that_is_no_property_is_refused_naming_it(
    session: Session,
    tmp_path: Path,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    text = calendar(*event("a@x", "First", "DTSTART:20260302T170000Z", "<html>oops</html>"))
    refused(
        session,
        write(tmp_path, "html.ics", text),
        r"html\.ics: line 9 is not an iCalendar property: '<html>oops</html>'",
        count_rows,
        change_log_count,
    )


def test_a_zone_with_two_names_is_refused_naming_its_line(
    session: Session,
    tmp_path: Path,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    zone = list(_office("+0530"))
    zone.insert(2, "TZID:Other Office")
    text = calendar(*zone, *event("a@x", "Call", "DTSTART;TZID=Partner Office:20260302T090000"))
    refused(
        session,
        write(tmp_path, "two_names.ics", text),
        r"two_names\.ics: the time zone defined on line 4 needs one TZID",
        count_rows,
        change_log_count,
    )


# --- 10. what a call cannot be; a long file, its progress, Stop -----------------------------


def test_todos_journals_free_busy_and_attachments_are_skipped_with_a_count(
    session: Session, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "mixed.ics",
        calendar(
            "BEGIN:VTODO", "UID:t1@x", "SUMMARY:Print flyers", "DUE:20260301T170000Z",
            "END:VTODO",
            "BEGIN:VTODO", "UID:t2@x", "SUMMARY:Book room", "END:VTODO",
            "BEGIN:VJOURNAL", "UID:j1@x", "DTSTART;VALUE=DATE:20260301",
            "DESCRIPTION:Notes", "END:VJOURNAL",
            "BEGIN:VFREEBUSY", "UID:f1@x", "FREEBUSY:20260301T170000Z/PT1H", "END:VFREEBUSY",
            *event("e@x", "Strategy call", "DTSTART:20260302T170000Z", "DURATION:PT1H",
                   "ATTACH;FMTTYPE=application/pdf;ENCODING=BASE64;VALUE=BINARY:JVBERi0xLjQK"
                   + "QUFB" * 2000,
                   "ATTACH:https://example.org/agenda.pdf",
                   "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-PT15M", "END:VALARM"),
        ),
    )  # fmt: skip
    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "mixed.ics") == [("2026-03-02 17:00", "Strategy call", "UTC")]
    assert report.lines() == [
        "Imported 1 call from mixed.ics",
        "Read the file as UTF-8",
        "Skipped 2 to-dos, 1 journal entry, 1 free/busy block (a call is an event)",
        "Left out 2 attachments (a call keeps no files)",
    ]


def many_events(count: int) -> str:
    return calendar(
        *NEW_YORK,
        *(
            line
            for i in range(count)
            for line in event(
                f"e{i}@x",
                f"Call {i}",
                f"DTSTART;TZID=America/New_York:2026{1 + i % 12:02d}{1 + i % 28:02d}T090000",
                "DURATION:PT1H",
            )
        ),
    )


def test_a_long_file_reports_its_progress(session: Session, tmp_path: Path) -> None:
    path = write(tmp_path, "long.ics", many_events(3000))
    seen: list[tuple[int, int]] = []
    report = calendar_import.import_ics(
        session, path, progress=lambda done, total: seen.append((done, total)), **YEAR
    )

    assert len(report.imported) == 3000
    assert seen[0] == (500, 6000) and seen[-1] == (6000, 6000)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_a_stopped_import_stores_nothing(
    session: Session,
    tmp_path: Path,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    path = write(tmp_path, "long.ics", many_events(3000))
    log = change_log_count()

    def stop(done: int, total: int) -> None:
        if done > 3000:  # while the calls are being stored
            raise calendar_import.ImportCancelled()

    with pytest.raises(calendar_import.ImportCancelled, match="nothing was imported"):
        calendar_import.import_ics(session, path, progress=stop, **YEAR)
    assert count_rows(CallOccurrence) == 0 and change_log_count() == log


# --- hostile and careless files --------------------------------------------------------------


def test_a_fold_that_splits_an_accented_letter_is_joined_before_it_is_read(
    session: Session, tmp_path: Path
) -> None:
    """RFC 5545 folds at 75 octets, and writers cut a letter of two bytes in two."""
    summary = ("SUMMARY:" + "é" * 40).encode()
    assert summary[75] & 0xC0 == 0x80  # the fold falls inside an "é"
    text = calendar(*event("fold-1", "x", "DTSTART:20260302T170000Z", "DURATION:PT1H"))
    data = text.encode().replace(b"SUMMARY:x", summary[:75] + b"\r\n " + summary[75:])
    path = tmp_path / "folded.ics"
    path.write_bytes(data)

    report = calendar_import.import_ics(session, path, **YEAR)

    assert stored(session, "folded.ics") == [("2026-03-02 17:00", "é" * 40, "UTC")]
    assert report.lines()[1] == "Read the file as UTF-8"


def test_two_events_of_one_uid_are_both_kept_and_said(session: Session, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "dup.ics",
        calendar(
            *event("dup-1", "Dup A", "DTSTART:20260315T170000Z", "DURATION:PT1H"),
            *event("dup-1", "Dup B", "DTSTART:20260316T170000Z", "DURATION:PT1H"),
        ),
    )
    report = calendar_import.import_ics(session, path, **YEAR)

    assert [title for _, title, _ in stored(session, "dup.ics")] == ["Dup A", "Dup B"]
    assert "Two events share the UID dup-1 (“Dup A” and “Dup B”)" in "\n".join(report.lines())
    again = calendar_import.import_ics(session, path, **YEAR)
    assert (again.imported, again.already) == ([], 2)  # each recognized again, none doubled


@pytest.mark.parametrize(
    ("rule", "said"),
    [
        ("FREQ=SECONDLY", "repeats every second (its rule: FREQ=SECONDLY)"),
        ("FREQ=MINUTELY;INTERVAL=5", "repeats every minute (its rule: FREQ=MINUTELY;INTERVAL=5)"),
        ("FREQ=HOURLY", "repeats more than 5,000 times between 2026-01-01 and 2026-12-31"),
    ],
)
def test_a_rule_no_call_keeps_is_refused_at_once(
    session: Session,
    tmp_path: Path,
    rule: str,
    said: str,
    count_rows: Callable[[type], int],
    change_log_count: Callable[[], int],
) -> None:
    path = write(
        tmp_path,
        "often.ics",
        calendar(*event("often-1", "Often", "DTSTART:20260105T170000Z", f"RRULE:{rule}")),
    )
    refused(session, path, re.escape(said), count_rows, change_log_count)


def test_a_partners_calendar_imported_again_brings_its_changes(
    session: Session, tmp_path: Path
) -> None:
    """The partner moved the Tuesday call to 18:00, cancelled 10 March, renamed the
    one-off: imported again, the calls say so; the organizer's notes stay theirs."""
    weekly = ("DTSTART:20260303T170000Z", "DURATION:PT1H", "RRULE:FREQ=WEEKLY;COUNT=3")
    path = write(
        tmp_path,
        "partner.ics",
        calendar(
            *event("weekly-1", "Tuesday call", *weekly),
            *event("once-1", "Rally planning", "DTSTART:20260320T160000Z", "DURATION:PT1H"),
        ),
    )
    calendar_import.import_ics(session, path, **YEAR)
    session.expire_all()
    rally = session.query(CallOccurrence).filter(CallOccurrence.title == "Rally planning").one()
    rally.notes = "Bring the banner"
    session.commit()

    path.write_text(
        calendar(
            *event(
                "weekly-1",
                "Tuesday call",
                "DTSTART:20260303T170000Z",
                "DURATION:PT1H",
                "RRULE:FREQ=WEEKLY;COUNT=3",
                "EXDATE:20260310T170000Z",
            ),
            *event("once-1", "Rally planning (moved)", "DTSTART:20260320T180000Z", "DURATION:PT1H"),
        )
    )
    report = calendar_import.import_ics(session, path, **YEAR)

    assert report.imported == [] and report.already == 2
    assert report.lines()[4:6] == [
        "Updated 1 call imported before that the file now gives another time, title or "
        "place: Rally planning (moved)",
        "Cancelled 1 call imported before that the file no longer holds: Tuesday call",
    ]
    session.expire_all()
    calls = {
        (c.start.astimezone(UTC).strftime("%m-%d %H:%M"), c.title): (c.status.value, c.notes)
        for c in session.query(CallOccurrence)
    }
    assert calls == {
        ("03-03 17:00", "Tuesday call"): ("active", ""),
        ("03-10 17:00", "Tuesday call"): ("cancelled", ""),
        ("03-17 17:00", "Tuesday call"): ("active", ""),
        ("03-20 18:00", "Rally planning (moved)"): ("active", "Bring the banner"),
    }
    again = calendar_import.import_ics(session, path, **YEAR)
    assert (again.imported, again.updated, again.dropped, again.already) == ([], [], [], 3)


def test_a_charset_no_one_knows_is_said_and_the_file_read_by_its_bytes(
    session: Session, tmp_path: Path
) -> None:
    path = write(
        tmp_path, "any.ics", calendar(*event("cs-1", "Réunion", "DTSTART:20260302T170000Z"))
    )
    report = calendar_import.import_ics(session, path, charset="klingon", **YEAR)
    assert report.lines()[1] == (
        "Read the file as UTF-8 (“klingon” is no character set this computer knows)"
    )
    assert [title for _, title, _ in stored(session, "any.ics")] == ["Réunion"]


def test_an_event_that_ends_before_it_begins_is_kept_and_said(
    session: Session, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "backwards.ics",
        calendar(
            *event("back-1", "Backwards", "DTSTART:20260315T170000Z", "DTEND:20260315T160000Z")
        ),
    )
    report = calendar_import.import_ics(session, path, **YEAR)
    assert stored(session, "backwards.ics") == [("2026-03-15 17:00", "Backwards", "UTC")]
    assert "Repaired: “Backwards” ends before it begins: kept as a call of one minute" in (
        report.lines()
    )
