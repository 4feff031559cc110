"""Events on the command line: add one (and its shifts), list what is coming, and write
them to a calendar file.

Organizations are named as the other commands name them (name, short name or id); an
event is named by its id, the eight characters of it that ``coalition events`` prints,
or its name (any case or accents).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from coalition.cli.shared import Command, UsageError, open_db
from coalition.common import clock
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of, shown, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.store.models import Event


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = sub.add_parser(
        "add-event",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "add an event (a fair, a convention, a campus table); prints its id"
        ),
    )
    add.add_argument("--name", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"))
    add.add_argument("--start", required=True, metavar="'YYYY-MM-DD HH:MM'")
    add.add_argument(
        "--end",
        metavar="'YYYY-MM-DD HH:MM'",
        help=QT_TRANSLATE_NOOP("CommandLine", "default: two hours on"),
    )
    add.add_argument(
        "--zone",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ZONE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "IANA zone (default: the state's own)"),
    )
    add.add_argument("--state", required=True, metavar="ST")
    add.add_argument("--county", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "COUNTY"))
    add.add_argument("--place", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "PLACE"))
    add.add_argument("--notes", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "NOTES"))
    add.add_argument(
        "--host",
        action="append",
        default=[],
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
    )
    add.add_argument(
        "--partner",
        action="append",
        default=[],
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
    )
    add.add_argument("--campaign", metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"))
    listing = sub.add_parser(
        "events",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "list the events still to come, or write them to an .ics file"
        ),
    )
    listing.add_argument(
        "--ics",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "write the events to this calendar file"),
    )
    listing.add_argument(
        "--all", action="store_true", help=QT_TRANSLATE_NOOP("CommandLine", "past events too")
    )
    shift = sub.add_parser(
        "add-shift",
        help=QT_TRANSLATE_NOOP("CommandLine", "add a volunteer shift to an event; prints its id"),
    )
    shift.add_argument(
        "--event",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "EVENT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "its id or name"),
    )
    shift.add_argument("--start", required=True, metavar="HH:MM")
    shift.add_argument("--end", required=True, metavar="HH:MM")
    shift.add_argument("--slots", default="1", metavar="N")
    shift.add_argument("--title", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "TITLE"))
    shift.add_argument(
        "--day",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DATE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "for an event of several days"),
    )


def _organizations(session: Session, names: list[str]) -> list[str]:
    from coalition.directory.sharing import find_organization

    found: list[str] = []
    for name in names:
        try:
            found.append(find_organization(session, name).id)
        except NotFoundError as exc:
            raise UsageError(sentence_of(exc)) from None
    return found


def _campaign(session: Session, name: str | None) -> str | None:
    if name is None:
        return None
    from coalition.goals.batches import find_campaign

    try:
        return find_campaign(session, name).id
    except NotFoundError as exc:
        raise UsageError(sentence_of(exc)) from None


def _invalid(exc: ValidationError) -> UsageError:
    return UsageError(shown(exc))


def cmd_add_event(args: argparse.Namespace) -> int:
    from coalition.events import events

    db = open_db(args, writes=True)
    with db.session() as session:
        data = events.EventInput(
            name=args.name,
            start=args.start,
            end=args.end,
            time_zone=args.zone,
            place=args.place,
            state=args.state,
            county=args.county,
            campaign_id=_campaign(session, args.campaign),
            hosts=_organizations(session, args.host),
            partners=_organizations(session, args.partner),
            notes=args.notes,
        )
        try:
            event = events.create_event(session, data)
        except ValidationError as exc:
            raise _invalid(exc) from None
        print(event.id)
        if note := _edge_note(event):
            print(f"coalition: {note}", file=sys.stderr)
    return 0


def _edge_note(event: Event) -> str:
    """A sentence when the clocks change at the event's start that night, else ""."""
    from coalition.calls.wall_clock import Edge
    from coalition.events import events

    edge = events.start_edge(event)
    if edge is None:
        return ""
    values = {
        "typed": f"{edge.wall:%H:%M}",
        "day": edge.day.isoformat(),
        "zone": edge.zone,
        "at": f"{edge.local:%H:%M %Z}",
    }
    if edge.edge == Edge.GAP:
        return translate(
            "CommandLine",
            "{typed} does not exist on {day} in {zone} (the clocks go forward): "
            "the event starts at {at}",
        ).format(**values)
    return translate(
        "CommandLine",
        "{typed} happens twice on {day} in {zone} (the clocks go back): "
        "the event starts at the first, {at}",
    ).format(**values)


def _event(session: Session, text: str) -> Event:
    from coalition.goals.batches import find_event

    try:
        return find_event(session, text)
    except NotFoundError as exc:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{problem} (coalition events lists them, with their ids)"
            ).format(problem=sentence_of(exc))
        ) from None


def cmd_add_shift(args: argparse.Namespace) -> int:
    from coalition.events import shifts

    db = open_db(args, writes=True)
    with db.session() as session:
        event = _event(session, args.event)
        data = shifts.ShiftInput(args.start, args.end, args.title, args.slots, day=args.day)
        try:
            shift = shifts.add_shift(session, event.id, data)
        except ValidationError as exc:
            raise _invalid(exc) from None
        print(shift.id)
    return 0


def _line(event: Event) -> str:
    from coalition.events import events
    from coalition.store.names import short_id

    row = events.row_of(event)
    when = f"{row.starts_local:%Y-%m-%d %H:%M}–{row.ends_local:%H:%M}"
    if row.ends_local.date() != row.starts_local.date():
        when = f"{row.starts_local:%Y-%m-%d %H:%M}–{row.ends_local:%Y-%m-%d %H:%M}"
    where = ", ".join(p for p in (row.place, row.county, row.state) if p)
    hosts = ", ".join(row.hosts) or "-"
    shifts = (
        translate("CommandLine", "{filled}/{slots} shift slots filled").format(
            filled=row.filled, slots=row.slots
        )
        if row.slots
        else translate("CommandLine", "no shifts")
    )
    name = (
        translate("CommandLine", "{name} (cancelled)").format(name=row.name)
        if row.cancelled
        else row.name
    )
    if note := _edge_note(event):
        name = f"{name} ({note})"
    return "\t".join(
        (short_id(row.id), f"{when} {row.time_zone}", name, where or "-", hosts, shifts)
    )


def cmd_events(args: argparse.Namespace) -> int:
    from coalition.common.files import write_bytes
    from coalition.events import calendar, events

    db = open_db(args)
    with db.reading() as session:
        found = (
            events.all_events(session) if args.all else events.upcoming(session, clock.now(), None)
        )
        if args.ics:
            data = calendar.export_events(session, [e.id for e in found])
        else:
            lines = [_line(e) for e in found]
    if args.ics:
        write_bytes(args.ics, data)
        count = len(found)
        wrote = (
            translate("CommandLine", "Wrote 1 event to {path}")
            if count == 1
            else translate("CommandLine", "Wrote {count} events to {path}")
        )
        print(wrote.format(count=count, path=args.ics))
        return 0
    if not lines:
        print(
            translate("CommandLine", "No events to come.")
            if not args.all
            else translate("CommandLine", "No events yet.")
        )
    for line in lines:
        print(line)
    return 0


COMMANDS: dict[str, Command] = {
    "add-event": cmd_add_event,
    "add-shift": cmd_add_shift,
    "events": cmd_events,
}
