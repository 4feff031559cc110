"""Calls in calendars: the schedule and the invitations written as iCalendar files, and a
partner's calendar file read in.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from coalition.cli.shared import Command, date_option, folder_option, open_db
from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.store.models import CallSeries


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ics = sub.add_parser(
        "export-ics",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "write the calls, one-off events and campaign deadlines to an iCalendar file",
        ),
    )
    ics.add_argument("--out", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE"))
    ics.add_argument(
        "--series",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TITLE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "that call series alone"),
    )
    ics.add_argument(
        "--from",
        dest="start",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DATE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "first day (default: today)"),
    )
    ics.add_argument(
        "--to",
        dest="end",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DATE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "last day (default: a year on)"),
    )
    invite = sub.add_parser(
        "invite",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "write one invitation (.ics) per participant of each call series"
        ),
    )
    invite.add_argument(
        "--out-dir",
        required=True,
        type=folder_option,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DIR"),
    )
    invite.add_argument(
        "--series",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TITLE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "that call series alone"),
    )
    imp_ics = sub.add_parser(
        "import-ics",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "import a partner's iCalendar file as single calls (all or nothing)"
        ),
    )
    imp_ics.add_argument("file", metavar=QT_TRANSLATE_NOOP("CommandLine", "file"))
    imp_ics.add_argument(
        "--charset",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "the file's charset when known (a Content-Type's, e.g. windows-1252); "
            "else a byte order mark, UTF-8 or Windows-1252, as the bytes say",
        ),
    )


def _series_titled(session: Session, title: str | None) -> list[CallSeries]:
    """Every call series (title None), or those called ``title`` (in any case); an unknown
    title is an error that lists the titles there are."""
    from coalition.calls import series as calls

    every = calls.all_series(session)
    if title is None:
        return every
    chosen = [s for s in every if s.title.casefold() == title.strip().casefold()]
    if not chosen:
        known = "; ".join(f"'{t}'" for t in sorted({s.title for s in every})) or "none yet"
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "no call series is called '{title}' (the series: {known})"
            ).format(title=title, known=known)
        )
    return chosen


def cmd_export_ics(args: argparse.Namespace) -> int:
    from dateutil.relativedelta import relativedelta

    from coalition.calls import calendar_export as calendar_ics

    start = date_option(args.start, "--from") or clock.today()
    end = date_option(args.end, "--to") or start + relativedelta(years=1, days=-1)
    if end < start:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "--to {end} comes before --from {start}").format(
                end=end.isoformat(), start=start.isoformat()
            )
        )
    db = open_db(args)
    with db.reading() as session:
        series_id = None
        if args.series is not None:
            chosen = _series_titled(session, args.series)
            series_id = chosen[0].id
            if any(s.id not in calendar_ics.series_chain(session, series_id) for s in chosen):
                raise CoalitionError(
                    QT_TRANSLATE_NOOP(
                        "CommandLine",
                        "{count} different series are called '{series}'; rename one to "
                        "export it alone",
                    ).format(count=len(chosen), series=args.series)
                )
        data = calendar_ics.export_schedule(session, start, end, series_id=series_id)
    calendar_ics.save(args.out, data)
    events = data.count(b"BEGIN:VEVENT")
    print(
        translate("CommandLine", "Wrote {events} event{value} ({start} to {end}) to {out}").format(
            events=events,
            value="" if events == 1 else "s",
            start=start.isoformat(),
            end=end.isoformat(),
            out=args.out,
        )
    )
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    """All the invitations are made before any is written: a series that cannot have
    them (no organizer's address) stops the command with nothing half done."""
    from coalition.calls import calendar_export as calendar_ics

    db = open_db(args)
    with db.reading() as session:
        chosen = _series_titled(session, args.series)
        made = [(s.title, s.start_date, calendar_ics.invitations(session, s.id)) for s in chosen]
    if not made:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "there are no call series to invite anyone to")
        )
    out = Path(args.out_dir)
    stems = [calendar_ics.safe_stem(title, "call") for title, _, _ in made]
    for (title, start, files), stem in zip(made, stems, strict=True):
        folder = out / (stem if stems.count(stem) == 1 else f"{stem}-from-{start.isoformat()}")
        if files:
            folder.mkdir(parents=True, exist_ok=True)
            for name, data in files.items():
                calendar_ics.save(folder / name, data)
            what = "cancellations" if files.method == "CANCEL" else "invitations"
            print(
                translate(
                    "CommandLine", "{title}: wrote {count} {what} to {folder}: {names}"
                ).format(
                    title=title, count=len(files), what=what, folder=folder, names=", ".join(files)
                )
            )
        else:
            print(
                translate("CommandLine", "{title}: no participant to write to").format(title=title)
            )
        if files.skipped:
            print(
                translate(
                    "CommandLine", "{title}: skipped for lack of an e-mail address: {names}"
                ).format(title=title, names=", ".join(files.skipped))
            )
    return 0


def cmd_import_ics(args: argparse.Namespace) -> int:
    from coalition.calls import calendar_import

    db = open_db(args, writes=True)
    with db.session() as session:
        report = calendar_import.import_ics(session, args.file, charset=args.charset)
    for line in report.lines():
        print(line)
    return 0


COMMANDS: dict[str, Command] = {
    "export-ics": cmd_export_ics,
    "invite": cmd_invite,
    "import-ics": cmd_import_ics,
}
