"""A partner's iCalendar file as text: its charset, its outline, and what real clients get
wrong that the others accept.

The bytes are decoded by the charset the caller knows (a Content-Type's), else a byte
order mark, else UTF-8 when they are valid UTF-8, else Windows-1252 (which reads Latin-1's
letters alike).  The lines are then read once, in order, before any parser sees them:

- a file cut short, a component closed by the wrong END, binary data or a line that is
  not a property are refused, naming the line where the file broke;
- small deviations that Thunderbird and Google accept are repaired and said: lines
  ending in LF alone, property names in lowercase, spaces in a recurrence rule
  (``BYDAY=MO, TU``), an all-day event whose extra dates (RDATE, EXDATE) are times, no
  VERSION;
- what a call cannot be is left out and counted: to-dos, journal entries, free/busy
  blocks, attachments (and alarms, without a word: they are the reader's own).

What is left is an :class:`Outline`: the calendar's own properties, its VTIMEZONEs and
its events, each event as its unfolded content lines with the line it began on.
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from dataclasses import dataclass, field

from coalition.common.errors import ImportFileError
from coalition.common.i18n import QT_TRANSLATE_NOOP

# Components left out with a count in the summary (a call is an event).
SKIPPED = {"VTODO": "to-do", "VJOURNAL": "journal entry", "VFREEBUSY": "free/busy block"}
_DATE_LISTS = ("RDATE", "EXDATE")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 (its byte order mark)"),
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32 (its byte order mark)"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32 (its byte order mark)"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 (its byte order mark)"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 (its byte order mark)"),
)
_FOLD = re.compile(rb"\r?\n[ \t]")
# The halves of a character a fold split (see decode).
_HALVES = re.compile("[\udc80-\udcff]")
# A control character other than TAB in a line: the file is not text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_NAME = re.compile(r"[A-Za-z0-9_-]+")


@dataclass
class Block:
    """One component: its name, the line it began on, its unfolded content lines (with
    its BEGIN and END), and (for an event) each property's first line number."""

    name: str
    line: int
    lines: list[str] = field(default_factory=list)

    def text(self) -> str:
        return "\r\n".join(self.lines) + "\r\n"


@dataclass
class Outline:
    """What the file holds, once read and repaired (see the module)."""

    charset: str  # as said in the summary: "UTF-8", "Windows-1252 (it is not valid UTF-8)"
    properties: dict[str, str] = field(default_factory=dict)  # the calendar's own
    timezones: list[Block] = field(default_factory=list)
    events: list[Block] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)  # by component name
    attachments: int = 0
    repairs: Counter[str] = field(default_factory=Counter)  # what was repaired, how often


def decode(data: bytes, charset: str | None = None) -> tuple[str, str]:
    """The file's text and the charset it was read in, as said to a person.

    ``charset`` is the one the file came with (a Content-Type's), when known; an unknown
    name, or bytes it cannot decode, fall back to what the bytes themselves say.
    """
    if charset:
        try:
            info = codecs.lookup(charset)
            return data.decode(info.name), f"{charset} (the charset it came with)"
        except LookupError:
            text, said = decode(data)
            return text, f"{said} (“{charset}” is no character set this computer knows)"
        except UnicodeDecodeError:
            text, said = decode(data)
            return text, f"{said} (it is not {charset}, the charset it came with)"
    for bom, codec, said in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), said
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        # Folded in the middle of a character (RFC 5545 warns writers do it, and asks
        # readers to put it together again): UTF-8 once unfolded.  The halves are kept as
        # they are here and joined in :func:`_logical_lines`.
        _FOLD.sub(b"", data).decode("utf-8")
        return data.decode("utf-8", "surrogateescape"), "UTF-8"
    except UnicodeDecodeError:
        # The five bytes Windows-1252 leaves undefined read as Latin-1 does.
        return data.decode("cp1252", "latin1_fallback"), "Windows-1252 (it is not valid UTF-8)"


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


codecs.register_error("latin1_fallback", _latin1_fallback)


def _logical_lines(name: str, text: str, outline: Outline) -> list[tuple[int, str]]:
    """The unfolded content lines with the number of the line each began on; a control
    character refuses the file there."""
    physical = text.split("\n")
    if physical and physical[-1] == "":
        physical.pop()
    bare = sum(1 for line in physical if not line.endswith("\r"))
    if bare:
        outline.repairs["lf"] = bare
    result: list[tuple[int, str]] = []
    pieces: list[str] = []  # of the line being unfolded (an attachment: thousands)
    begun = 0
    split = _HALVES.search(text) is not None
    for number, raw in enumerate(physical, start=1):
        line = raw[:-1] if raw.endswith("\r") else raw
        if _CONTROL.search(line):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Calls",
                    "{name}: line {number} holds binary data (a control character), not "
                    "text; the file is not an iCalendar file, or it is damaged",
                ).format(name=name, number=number)
            )
        if line[:1] in (" ", "\t") and pieces:
            pieces.append(line[1:])
        elif line.strip():
            if pieces:
                result.append((begun, "".join(pieces)))
            pieces, begun = [line], number
    if pieces:
        result.append((begun, "".join(pieces)))
    if split:  # the halves of a character, together again once unfolded
        result = [
            (number, line.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
            for number, line in result
        ]
    return result


def _split_name(line: str) -> tuple[str, str]:
    """The property's name and the rest of the line (parameters and value)."""
    match = _NAME.match(line)
    end = match.end() if match else 0
    return line[:end], line[end:]


def read_outline(name: str, text: str, charset: str) -> Outline:
    """Read the file's lines once (see the module); :class:`ImportFileError` names the
    line where a file that cannot be trusted broke."""
    outline = Outline(charset=charset)
    lines = _logical_lines(name, text, outline)
    if not lines:
        raise ImportFileError(QT_TRANSLATE_NOOP("Calls", "{name} is empty").format(name=name))
    if lines[0][1].strip().upper() != "BEGIN:VCALENDAR":
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Calls", "{name} is not an iCalendar file (it does not begin with BEGIN:VCALENDAR)"
            ).format(name=name)
        )
    reader = _OutlineReader(name, outline)
    for number, line in lines:
        reader.line(number, line)
    if reader.stack:
        component, begun = reader.stack[-1]
        last = lines[-1][0]
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Calls",
                "{name} is cut short: it ends before END:VCALENDAR, at line {last}, "
                "inside the BEGIN:{component} of line {begun}",
            ).format(name=name, last=last, component=component, begun=begun)
            if component != "VCALENDAR" or len(reader.stack) > 1
            else QT_TRANSLATE_NOOP(
                "Calls", "{name} is cut short: it ends before END:VCALENDAR, at line {last}"
            ).format(name=name, last=last)
        )
    if "VERSION" not in outline.properties:
        outline.repairs["version"] = 1
    for event in outline.events:
        _repair_all_day_dates(event, outline)
    return outline


class _OutlineReader:
    """Sorts the lines of a file, one at a time, into its :class:`Outline`."""

    def __init__(self, name: str, outline: Outline) -> None:
        self.name, self.outline = name, outline
        self.stack: list[tuple[str, int]] = []  # components open: name, line begun
        self.block: Block | None = None  # the event or zone being read
        self.skipping = 0  # depth of the component being left out (0: none)

    def line(self, number: int, line: str) -> None:
        prop, rest = _split_name(line)
        upper = prop.upper()
        if not prop or rest[:1] not in (":", ";"):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Calls", "{name}: line {number} is not an iCalendar property: '{line}'"
                ).format(name=self.name, number=number, line=line[:60])
            )
        if prop != upper:
            self.outline.repairs["lowercase"] += 1
        if upper in ("BEGIN", "END"):
            self._component(number, upper, rest[1:].strip().upper())
        elif not self.skipping:
            self._property(upper, rest)

    def _component(self, number: int, verb: str, component: str) -> None:
        if verb == "BEGIN":
            self.stack.append((component, number))
        else:
            _close(self.name, self.stack, component, number)
        depth = len(self.stack) + (1 if verb == "END" else 0)
        block = self.block
        if self.skipping:
            if verb == "END" and depth == self.skipping:
                self.skipping = 0
        elif verb == "BEGIN" and depth == 2:
            if component in ("VEVENT", "VTIMEZONE"):
                self.block = Block(component, number, [f"BEGIN:{component}"])
            else:
                if component in SKIPPED:
                    self.outline.skipped[component] += 1
                self.skipping = depth
        elif block is not None and block.name == "VEVENT" and depth >= 3:
            self.skipping = depth if verb == "BEGIN" else 0  # an alarm: the reader's own
        elif block is not None:
            block.lines.append(f"{verb}:{component}")
            if verb == "END" and depth == 2:
                kept = self.outline.events if block.name == "VEVENT" else self.outline.timezones
                kept.append(block)
                self.block = None

    def _property(self, upper: str, rest: str) -> None:
        block = self.block
        if block is None:
            if len(self.stack) == 1:  # the calendar's own
                self.outline.properties.setdefault(upper, rest.partition(":")[2])
            return
        if block.name == "VEVENT":
            if upper == "ATTACH":
                self.outline.attachments += 1
                return
            if upper in ("RRULE", "EXRULE") and re.search(r"\s", rest):
                rest = re.sub(r"\s+", "", rest)
                self.outline.repairs["rrule"] += 1
        block.lines.append(upper + rest)


def _close(name: str, stack: list[tuple[str, int]], component: str, number: int) -> None:
    """Close ``component`` at ``number``, or refuse the END that closes nothing (or the
    wrong thing), naming the line."""
    if stack and stack[-1][0] == component:
        stack.pop()
        return
    if any(component == opened for opened, _ in stack):
        inner, begun = stack[-1]
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Calls", "{name}: BEGIN:{inner} on line {begun} has no END:{inner}"
            ).format(name=name, inner=inner, begun=begun)
        )
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Calls", "{name}: END:{component} on line {number} closes nothing"
        ).format(name=name, component=component, number=number)
    )


def _repair_all_day_dates(event: Block, outline: Outline) -> None:
    """An all-day event whose RDATE or EXDATE are times (in UTC, as Google writes them):
    read as the dates they fall on, as Thunderbird does."""
    starts = [line for line in event.lines if line.startswith("DTSTART")]
    if not starts or "VALUE=DATE:" not in starts[0].upper().replace('"', ""):
        return
    for index, line in enumerate(event.lines):
        prop, rest = _split_name(line)
        if prop not in _DATE_LISTS or "VALUE=DATE:" in rest.upper():
            continue
        params, _, values = rest.partition(":")
        dates = [value.strip()[:8] for value in values.split(",")]
        if not all(len(d) == 8 and d.isdigit() for d in dates):
            continue  # unreadable: said when the event is read
        kept = [p for p in params.split(";") if p and not p.upper().startswith(("TZID", "VALUE"))]
        event.lines[index] = ";".join([prop, *kept, "VALUE=DATE"]) + ":" + ",".join(dates)
        outline.repairs["all-day dates"] += 1


def property_name(line: str) -> str:
    """The name a content line begins with."""
    return _split_name(line)[0]


def repair_lines(outline: Outline) -> list[str]:
    """What was repaired, as sentences for the summary, in the order met."""
    said = {
        "lf": ("line", "ending in a line feed alone (RFC 5545 asks for CR LF)"),
        "lowercase": ("property name", "in lowercase"),
        "rrule": ("recurrence rule", "with spaces inside (such as BYDAY=MO, TU)"),
        "all-day dates": ("all-day event's list of dates", "given as times, not dates"),
    }
    result = []
    for key, count in outline.repairs.items():
        if key == "version":
            result.append("Repaired: the file gives no VERSION; read as iCalendar 2.0")
            continue
        noun, what = said[key]
        plural = noun.replace("event's list", "events' lists") if "'" in noun else noun + "s"
        result.append(f"Repaired: {count} {noun if count == 1 else plural} {what}")
    return result
