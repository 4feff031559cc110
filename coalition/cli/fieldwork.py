"""The work at the table on the command line: petition batches (counts, never signers),
registration pledges and registrations reported, and the goals they feed.

A refused batch or report (a verified count above the raw count, a day in the future)
prints why, naming the option, stores nothing, and exits with status 2.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from coalition.cli.shared import Command, UsageError, open_db
from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, figure, shown, translate

if TYPE_CHECKING:
    from coalition.goals.records import GoalStatus

# The option that gave each field, to name it in a refusal.
BATCH_OPTIONS = {
    "campaign_id": "--campaign",
    "collected_on": "--date",
    "county": "--county",
    "raw_count": "--raw",
    "verified_count": "--verified",
    "verified_on": "--verified-on",
    "state": "--state",
    "collector": "--collector",
    "event_id": "--event",
}
TALLY_OPTIONS = {
    "kind": "--kind",
    "on": "--date",
    "count": "--count",
    "county": "--county",
    "state": "--state",
    "event_id": "--event",
    "campaign_id": "--campaign",
    "reported_by": "--by",
}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    batch = sub.add_parser(
        "add-batch",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "record a batch of petition signatures (a count, never the signers); prints its id",
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Record how many signatures a batch of petition sheets holds. Only counts are "
                "kept, never a signer's name or address: California's Elections Code §18650 "
                "forbids using a petition's signatures for anything but qualifying the measure.",
            )
        ),
    )
    batch.add_argument(
        "--campaign",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "CAMPAIGN"),
        help=QT_TRANSLATE_NOOP("CommandLine", "its name or id"),
    )
    batch.add_argument(
        "--county", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "COUNTY")
    )
    batch.add_argument(
        "--raw",
        required=True,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "raw signatures in the batch"),
    )
    batch.add_argument(
        "--verified",
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "signatures verified valid, if known"),
    )
    batch.add_argument(
        "--verified-on",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DATE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the day verified (default: today)"),
    )
    batch.add_argument(
        "--collector",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"),
        help=QT_TRANSLATE_NOOP("CommandLine", "as written on the batch"),
    )
    batch.add_argument(
        "--date",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DATE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the day collected (default: today)"),
    )
    batch.add_argument(
        "--event",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "EVENT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the event it was collected at"),
    )
    batch.add_argument("--state", default="", metavar="ST")
    batch.add_argument("--notes", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "TEXT"))
    tally = sub.add_parser(
        "add-tally",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "report voter-registration pledges or registrations; prints the report's id",
        ),
    )
    tally.add_argument("--kind", required=True, choices=("pledge", "registration"))
    tally.add_argument("--count", required=True, metavar="N")
    tally.add_argument("--county", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "COUNTY"))
    tally.add_argument("--state", default="", metavar="ST")
    tally.add_argument(
        "--date",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DATE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the day (default: today)"),
    )
    tally.add_argument(
        "--event",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "EVENT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the event they were made at"),
    )
    tally.add_argument("--campaign", metavar=QT_TRANSLATE_NOOP("CommandLine", "CAMPAIGN"))
    tally.add_argument(
        "--by",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who reports them"),
    )
    tally.add_argument("--notes", default="", metavar=QT_TRANSLATE_NOOP("CommandLine", "TEXT"))
    sub.add_parser(
        "goals",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "print each goal: its figure, where it came from, target, deadline and progress",
        ),
    )


def _refused(exc: ValidationError, options: dict[str, str]) -> UsageError:
    """Every problem, each after the option that gave it; exit status 2."""
    said = "; ".join(
        f"{options[field]}: {shown(why)}" if field in options else shown(why)
        for field, why in exc.problems.items()
    )
    return UsageError(translate("CommandLine", "{said}; nothing was stored").format(said=said))


def cmd_add_batch(args: argparse.Namespace) -> int:
    from coalition.common import clock
    from coalition.goals import batches as petition

    if not args.county.strip():
        raise UsageError(
            translate("CommandLine", "--county: the county the sheets were collected in is needed")
        )
    db = open_db(args, writes=True)
    with db.session() as session:
        data = petition.BatchInput(
            campaign_id=petition.find_campaign(session, args.campaign).id,
            collected_on=args.date or clock.today(),
            county=args.county,
            raw_count=args.raw,
            verified_count=args.verified,
            verified_on=args.verified_on,
            state=args.state,
            collector=args.collector,
            event_id=petition.find_event(session, args.event).id if args.event else None,
            notes=args.notes,
        )
        try:
            row = petition.record_batch(session, data)
        except ValidationError as exc:
            raise _refused(exc, BATCH_OPTIONS) from None
        print(row.id)
    return 0


def cmd_add_tally(args: argparse.Namespace) -> int:
    from coalition.common import clock
    from coalition.goals import batches as petition
    from coalition.goals import tallies

    db = open_db(args, writes=True)
    with db.session() as session:
        data = tallies.TallyInput(
            kind=args.kind,
            on=args.date or clock.today(),
            count=args.count,
            county=args.county,
            state=args.state,
            event_id=petition.find_event(session, args.event).id if args.event else None,
            campaign_id=(
                petition.find_campaign(session, args.campaign).id if args.campaign else None
            ),
            reported_by=args.by,
            notes=args.notes,
        )
        try:
            row = tallies.record_tally(session, data)
        except ValidationError as exc:
            raise _refused(exc, TALLY_OPTIONS) from None
        print(row.id)
    return 0


def goal_lines(status: GoalStatus) -> list[str]:
    """One goal as ``coalition goals`` prints it: name, figure and progress, where the
    figure came from, target and deadline."""
    amount = (
        translate("CommandLine", "nothing recorded yet")
        if status.current is None
        else str(figure(status.current))
    )
    what = f" {status.what}" if status.what and status.current is not None else ""
    lines = [
        status.name,
        translate("CommandLine", "  figure: {figure} · progress {percent}%").format(
            figure=amount + what, percent=status.percent
        ),
        translate("CommandLine", "  from: {origin}").format(origin=status.origin_text()),
    ]
    if status.petition is not None:
        lines.append(
            translate("CommandLine", "  signatures: {figures}").format(
                figures=status.petition_text()
            )
        )
        lines.append(
            translate("CommandLine", "  valid share: {source}").format(
                source=status.petition.source
            )
        )
    deadline = status.deadline.isoformat() if status.deadline else translate("CommandLine", "none")
    target = str(figure(status.target))
    if status.lower_is_better:
        target = translate("CommandLine", "at most {target}").format(target=target)
    lines.append(
        translate("CommandLine", "  target: {target} · deadline: {deadline}").format(
            target=target, deadline=deadline
        )
    )
    return lines


def cmd_goals(args: argparse.Namespace) -> int:
    from coalition.goals import records as goals

    db = open_db(args)
    with db.reading() as session:
        statuses = goals.statuses(session)
    if not statuses:
        print(translate("CommandLine", "No goals yet."))
        return 0
    print("\n\n".join("\n".join(goal_lines(s)) for s in statuses))
    return 0


COMMANDS: dict[str, Command] = {
    "add-batch": cmd_add_batch,
    "add-tally": cmd_add_tally,
    "goals": cmd_goals,
}
