"""The time zones of one partner's iCalendar file, its own and no other file's.

icalendar keeps one process-wide cache of the zones files define (``tzp``): the first
file to define a TZID that the time zone database does not know fixes what that name
means for every file read after it in the same process.  Here each file's VTIMEZONEs
are turned into zones of its own (``tzp.create_timezone``, which does not cache), and
every local time of the file is placed by them, whatever icalendar's parse attached.

A TZID the file does not define is read as an IANA name, a Windows name (Outlook's
"Pacific Standard Time": the Unicode CLDR windowsZones table, as icalendar ships it in
``icalendar.timezone.windows_to_olson``) or a "globally unique" ``/vendor/Area/City``
name (Thunderbird's, Evolution's).  A time with no zone at all is placed in the
calendar's X-WR-TIMEZONE (Google's), when it names a zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
from icalendar.timezone import tzp
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from coalition.calls.ics_text import Outline
from coalition.common import validation
from coalition.common.errors import ImportFileError
from coalition.common.i18n import QT_TRANSLATE_NOOP

UTC = dt.UTC


def iana_name(tzid: str) -> str | None:
    """The IANA zone a TZID names (itself, a Windows name, a ``/vendor/Area/City``), or
    None."""
    cleaned = tzid.strip().strip('"').strip("/")
    candidates = [cleaned, WINDOWS_TO_OLSON.get(cleaned, "")]
    parts = cleaned.split("/")
    candidates += ["/".join(parts[start:]) for start in range(1, len(parts))]
    for candidate in candidates:
        try:
            if candidate and validation.time_zone(candidate):
                return candidate
        except ValueError:
            continue
    return None


class FileZones:
    """The zones of one file (see the module), and where each local time of it falls."""

    def __init__(self, name: str, outline: Outline) -> None:
        self.defined: dict[str, dt.tzinfo] = {}
        self.renamed: dict[str, str] = {}  # a name read as an IANA zone: Windows, vendor
        self.differing: dict[str, int] = {}  # the file's own rules differ from the database
        self._names: dict[int, str] = {}  # id of a zone made here -> its TZID
        self._iana: dict[str, str | None] = {}
        self._placed: dict[tuple[dt.datetime, str], tuple[dt.datetime, str, bool]] = {}
        for block in outline.timezones:
            if sum(1 for line in block.lines if line.startswith(("TZID:", "TZID;"))) != 1:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Calls", "{name}: the time zone defined on line {line} needs one TZID"
                    ).format(name=name, line=block.line)
                )
            try:
                component = icalendar.Timezone.from_ical(block.text())
                tzid = str(component["TZID"])
                zone = tzp.create_timezone(component)
            except (ValueError, KeyError, TypeError, IndexError, AttributeError) as exc:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Calls",
                        "{name}: the time zone defined on line {line} cannot be read ({exc})",
                    ).format(name=name, line=block.line, exc=exc)
                ) from None
            self.defined[tzid] = zone
            self._names[id(zone)] = tzid
        self.calendar_zone_name: str | None = None
        self.unknown_calendar_zone = ""
        said = outline.properties.get("X-WR-TIMEZONE", "").strip()
        if said:
            found = self.iana(said)
            if found is None:
                self.unknown_calendar_zone = said
            else:
                self.calendar_zone_name = found

    def iana(self, tzid: str) -> str | None:
        if tzid not in self._iana:
            found = iana_name(tzid)
            self._iana[tzid] = found
            if found is not None and found != tzid:
                self.renamed[tzid] = found
        return self._iana[tzid]

    def zone(self, tzid: str) -> dt.tzinfo | None:
        """The zone a TZID of this file stands for: its own VTIMEZONE first."""
        if tzid in self.defined:
            return self.defined[tzid]
        found = self.iana(tzid)
        if found is None:
            return None
        zone = ZoneInfo(found)
        self._names.setdefault(id(zone), tzid)
        return zone

    @property
    def calendar_zone(self) -> dt.tzinfo | None:
        return None if self.calendar_zone_name is None else ZoneInfo(self.calendar_zone_name)

    def name_of(self, zone: dt.tzinfo) -> str | None:
        """The TZID a zone made here stands for (None: not one of this file's)."""
        return self._names.get(id(zone))

    def place(self, local: dt.datetime, tzid: str) -> tuple[dt.datetime, str, bool]:
        """The instant of a wall-clock time (naive) in the file's zone ``tzid``, the zone
        the call keeps (the IANA zone the name stands for when it puts the instant at the
        same wall clock, else UTC), and whether the file's own rules for an IANA-named
        zone differ from the database's there (see :meth:`differs`)."""
        key = (local, tzid)
        if key in self._placed:
            return self._placed[key]
        zone = self.zone(tzid)
        assert zone is not None  # checked when the event was read
        instant = local.replace(tzinfo=zone).astimezone(UTC)
        kept = self.iana(tzid)
        differs = False
        if kept is not None and tzid in self.defined:
            differs = instant.astimezone(ZoneInfo(kept)).replace(tzinfo=None) != local
        result = (instant, "UTC" if differs or kept is None else kept, differs)
        self._placed[key] = result
        return result

    def differs(self, tzid: str) -> None:
        """Count one call placed by the file's own rules where they differ."""
        self.differing[tzid] = self.differing.get(tzid, 0) + 1

    def lines(self) -> list[str]:
        """What the summary says of the zones."""
        result = [
            f"Read the time zone '{name}' as {iana}" for name, iana in sorted(self.renamed.items())
        ]
        for tzid, count in sorted(self.differing.items()):
            result.append(
                f"Placed {count} call{'' if count == 1 else 's'} by the file's own definition "
                f"of '{tzid}', which differs from the time zone database: kept in UTC"
            )
        if self.unknown_calendar_zone:
            result.append(
                f"The calendar's time zone (X-WR-TIMEZONE) '{self.unknown_calendar_zone}' "
                "is not one Coalition knows: times with no zone were read as UTC"
            )
        return result
