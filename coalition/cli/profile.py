"""Who uses this database, and what was changed lately by whom."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from coalition.cli.shared import Command, UsageError, open_db
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    prof = sub.add_parser(
        "profile",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "show who uses this database; with --name, --email and --org, set who you are",
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Without options: who uses this database (name, e-mail, organization, role) and "
                "the other profiles on it. With --name, --email and --org: set up or correct "
                "your profile and act as it (an organization the directory does not hold is "
                "added). With --switch: act as another profile (a laptop shared at an event).",
            )
        ),
    )
    prof.add_argument(
        "--name",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME"),
        help=QT_TRANSLATE_NOOP("CommandLine", "your name, as changes credit you"),
    )
    prof.add_argument(
        "--email",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ADDRESS"),
        help=QT_TRANSLATE_NOOP("CommandLine", "your e-mail address"),
    )
    prof.add_argument(
        "--org",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "the member organization you act for (its name or id); may be left out by a "
            "coordinator of the coalition itself",
        ),
    )
    prof.add_argument(
        "--role",
        choices=("coordinator", "member", "delegate", "observer"),
        default=None,
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "coordinator (the coalition's staff), member (the default), delegate (a member "
            "who casts its organization's ballot on decisions) or observer",
        ),
    )
    prof.add_argument(
        "--switch",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "NAME_OR_EMAIL"),
        help=QT_TRANSLATE_NOOP("CommandLine", "act as another profile on this database"),
    )
    hist = sub.add_parser(
        "history",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "print the latest changes: when, who, for which organization, on which computer, what",
        ),
    )
    hist.add_argument(
        "--limit",
        type=_how_many,
        default=20,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "how many changes (default 20)"),
    )


def _how_many(text: str) -> int:
    """--limit: a count from 1 to a million (SQLite's own integers stop far above, with an
    internal error, and a negative one means no limit at all)."""
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 1_000_000:
        raise argparse.ArgumentTypeError(
            translate("CommandLine", "a count from 1 to 1000000, not {text!r}").format(text=text)
        )
    return value


def _setting(args: argparse.Namespace) -> bool:
    return any(v is not None for v in (args.name, args.email, args.org, args.role))


def cmd_profile(args: argparse.Namespace) -> int:
    from coalition.directory import profiles

    if args.switch is not None and _setting(args):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "--switch takes no --name, --email, --org or --role; give one or the other",
            )
        )
    if _setting(args) and (not args.name or not args.email):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "a profile needs a name and an e-mail address: {HOW_TO_SET} [--role ROLE]",
            ).format(HOW_TO_SET=profiles.HOW_TO_SET)
        )
    db = open_db(args, writes=_setting(args) or args.switch is not None, needs_profile=False)
    with db.session() as session:
        if args.switch is not None:
            profile = profiles.switch_profile(session, args.switch)
            print(
                translate("CommandLine", "You now act as {describe}").format(
                    describe=profiles.describe(session, profile)
                )
            )
            return 0
        if _setting(args):
            current = profiles.active_profile(session)
            # Correcting one's own profile keeps the rest; another person's new profile
            # takes nothing from the one active (a coordinator's role least of all).
            same = current is not None and current.email.lower() == args.email.lower()
            org = args.org
            if org is None and same and current is not None:
                org = current.organization_id or ""
            data = profiles.ProfileInput(
                name=args.name,
                email=args.email,
                organization=org or "",
                role=args.role or (current.role if same and current else profiles.MEMBER),
            )
            profile = profiles.save_profile(session, data)
            print(
                translate("CommandLine", "You act as {describe}, {role}").format(
                    describe=profiles.describe(session, profile), role=profile.role
                )
            )
            return 0
        return _show(session, db.describe())


def _show(session: Session, where: str) -> int:
    from coalition.directory import profiles

    listed = profiles.list_profiles(session)
    active = next((p for p in listed if p.active), None)
    if active is None:
        print(
            translate(
                "CommandLine", "Nobody is set up on {where} yet: {HOW_TO_SET} [--role ROLE]"
            ).format(where=where, HOW_TO_SET=profiles.HOW_TO_SET)
        )
        return 0
    org = profiles.organization_name(session, active) or profiles.COALITION_STAFF
    print(translate("CommandLine", "Name:          {name}").format(name=active.name))
    print(translate("CommandLine", "E-mail:        {email}").format(email=active.email))
    print(translate("CommandLine", "Organization:  {org}").format(org=org))
    print(translate("CommandLine", "Role:          {role}").format(role=active.role))
    others = [p for p in listed if not p.active]
    if others:
        print(
            translate(
                "CommandLine",
                "Other profiles on this database (coalition profile --switch NAME_OR_EMAIL):",
            )
        )
        for other in others:
            print(f"  {profiles.describe(session, other)}, {other.email}, {other.role}")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from coalition.directory.profiles import COALITION_STAFF
    from coalition.store import audit

    db = open_db(args)  # --limit is held from 1 to a million by its type (_how_many)
    with db.reading() as session:
        recent = audit.recent_changes(session, args.limit)
    if not recent:
        print(
            translate("CommandLine", "No change is recorded in {describe} yet").format(
                describe=db.describe()
            )
        )
        return 0
    for change in recent:
        when = change.at.astimezone().strftime("%Y-%m-%d %H:%M")
        who = change.actor or "(nobody set up)"
        print(
            f"{when}\t{who}\t{change.actor_org or COALITION_STAFF}\t{change.device}\t"
            f"{change.headline()}"
        )
    return 0


COMMANDS: dict[str, Command] = {
    "profile": cmd_profile,
    "history": cmd_history,
}
