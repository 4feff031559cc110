"""Coalition decisions on the command line: a proposal put to the member organizations,
the ballots cast on it, its close, proxies, and the declaration an adoption publishes.

Organizations are named as the other commands name them (name, short name or id); a
proposal by its id, the start of its id (eight characters) or its exact title.  Every
refusal says why in one sentence and stores nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from coalition.cli.shared import Command, UsageError, open_db
from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.decisions.proposals import ProposalRow
    from coalition.store.models import Organization, Proposal

CLOSES_FORMAT = "%Y-%m-%d %H:%M"
RULES = ("majority", "two-thirds", "consensus")
RESULTS = ("always", "after-voting", "after-close")


def short_id(record_id: str) -> str:
    from coalition.decisions.proposals import short_id as shown

    return shown(record_id)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _add_propose(sub)
    vote = sub.add_parser(
        "vote",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "cast an organization's ballot on a proposal (its delegate, a proxy, or the chair)",
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Cast the ballot of the organization named with --org: as its delegate, as the "
                "delegate of an organization holding its proxy, or, with --on-behalf, as the "
                "chair (a coordinator) recording what it said on a call. A changed vote is a "
                "new ballot: the later one stands, both are kept.",
            )
        ),
    )
    vote.add_argument(
        "proposal",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "PROPOSAL"),
        help=QT_TRANSLATE_NOOP("CommandLine", "its id, the start of it, or title"),
    )
    vote.add_argument(
        "--org",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "whose ballot"),
    )
    vote.add_argument(
        "--choice",
        required=True,
        metavar=QT_TRANSLATE_NOOP("CommandLine", "CHOICE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "approve, object, abstain, block…"),
    )
    vote.add_argument(
        "--reason",
        default="",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TEXT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "why (object and block)"),
    )
    vote.add_argument(
        "--on-behalf",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "the chair records the ballot an organization said aloud on a call"
        ),
    )
    listing = sub.add_parser(
        "decisions",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "list the proposals with their tallies (open ones first)"
        ),
    )
    which = listing.add_mutually_exclusive_group()
    which.add_argument(
        "--open",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "those still taking ballots"),
    )
    which.add_argument(
        "--closed", action="store_true", help=QT_TRANSLATE_NOOP("CommandLine", "those closed")
    )
    close = sub.add_parser(
        "close",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "close a proposal now: count, freeze the outcome, publish an adopted declaration",
        ),
    )
    close.add_argument("proposal", metavar=QT_TRANSLATE_NOOP("CommandLine", "PROPOSAL"))
    _add_proxy(sub)
    declaration = sub.add_parser(
        "declaration",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "print (or write) the declaration an adopted proposal published"
        ),
    )
    declaration.add_argument("proposal", metavar=QT_TRANSLATE_NOOP("CommandLine", "PROPOSAL"))
    declaration.add_argument(
        "--out",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "FILE.md"),
        help=QT_TRANSLATE_NOOP("CommandLine", "write it to this Markdown file"),
    )


def _add_propose(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    propose = sub.add_parser(
        "propose",
        help=QT_TRANSLATE_NOOP(
            "CommandLine", "put a proposal to the member organizations; prints its id"
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "Put a proposal to the member organizations (every active one, or those named "
                "with --orgs), one ballot each, until the closing time. With --options, a "
                "choice among named options; otherwise approve / object / abstain (and block "
                "under consensus). Prints the new proposal's id.",
            )
        ),
    )
    propose.add_argument(
        "--title", required=True, metavar=QT_TRANSLATE_NOOP("CommandLine", "TITLE")
    )
    what = propose.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--text",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "TEXT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "what is proposed"),
    )
    what.add_argument(
        "--draft",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "DRAFT"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the shared draft it is about (title or id)"),
    )
    propose.add_argument(
        "--closes",
        required=True,
        metavar='"YYYY-MM-DD HH:MM"',
        help=QT_TRANSLATE_NOOP("CommandLine", "when voting closes"),
    )
    propose.add_argument(
        "--zone",
        metavar="IANA",
        help=QT_TRANSLATE_NOOP("CommandLine", "the zone of --closes (default: this computer's)"),
    )
    propose.add_argument(
        "--quorum",
        type=int,
        default=0,
        metavar="N",
        help=QT_TRANSLATE_NOOP("CommandLine", "organizations that must vote"),
    )
    propose.add_argument("--rule", choices=RULES, default="majority")
    propose.add_argument(
        "--orgs",
        nargs="+",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who votes (default: every member)"),
    )
    propose.add_argument(
        "--options",
        nargs="+",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "OPTION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "named options to choose among"),
    )
    propose.add_argument(
        "--results",
        choices=RESULTS,
        default="always",
        help=QT_TRANSLATE_NOOP("CommandLine", "when the running tally is shown (default: always)"),
    )
    propose.add_argument(
        "--call",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "OCCURRENCE"),
        help=QT_TRANSLATE_NOOP("CommandLine", "the call it is put to: its id, or its date"),
    )
    propose.add_argument(
        "--yes",
        action="store_true",
        help=QT_TRANSLATE_NOOP("CommandLine", "make it even if the closing time has passed"),
    )


def _add_proxy(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    proxy = sub.add_parser(
        "proxy",
        help=QT_TRANSLATE_NOOP(
            "CommandLine",
            "let another organization's delegate cast an organization's ballots (or --revoke)",
        ),
        description=(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "With --from and --to: the organization --from lets the delegate of --to cast "
                "its ballot, on one proposal (--proposal) or on every one until revoked. With "
                "--revoke ID: that proxy ends. Without options: the proxies given.",
            )
        ),
    )
    proxy.add_argument(
        "--from",
        dest="from_org",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who gives it"),
    )
    proxy.add_argument(
        "--to",
        dest="to_org",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "ORGANIZATION"),
        help=QT_TRANSLATE_NOOP("CommandLine", "who holds it"),
    )
    proxy.add_argument(
        "--proposal",
        metavar=QT_TRANSLATE_NOOP("CommandLine", "PROPOSAL"),
        help=QT_TRANSLATE_NOOP("CommandLine", "for this proposal alone"),
    )
    proxy.add_argument(
        "--revoke", metavar="ID", help=QT_TRANSLATE_NOOP("CommandLine", "end the proxy of this id")
    )


# --- reading what was typed ----------------------------------------------------------------


def closing_time(text: str, zone: str | None) -> dt.datetime:
    """'2026-12-15 17:30' in ``zone`` (else this computer's zone), as an aware time.  A
    time the clocks skip or repeat that night is said on stderr, with the one taken."""
    from coalition.calls.wall_clock import Edge, one_call_edge
    from coalition.common import validation

    try:
        wall = dt.datetime.strptime(text.strip(), CLOSES_FORMAT)
    except ValueError:
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "CommandLine", '--closes takes "YYYY-MM-DD HH:MM", not "{text}"'
            ).format(text=text)
        ) from None
    try:
        validation.date(wall.date(), QT_TRANSLATE_NOOP("Fields", "closing date"))
    except ValueError as exc:
        raise UsageError(
            QT_TRANSLATE_NOOP("CommandLine", "--closes: {exc}").format(exc=exc)
        ) from None
    try:
        name = validation.time_zone(zone) if zone is not None else ""
    except ValueError as exc:
        raise UsageError(
            QT_TRANSLATE_NOOP("CommandLine", "--zone: {exc}").format(exc=exc)
        ) from None
    if not name:
        return wall.astimezone()  # the wall time where this computer is
    edge = one_call_edge(wall.date(), wall.time(), name)
    if edge is not None:
        values = {
            "typed": f"{wall:%H:%M}",
            "day": wall.date().isoformat(),
            "zone": name,
            "at": f"{edge.local:%H:%M %Z}",
        }
        note = (
            translate(
                "CommandLine",
                "{typed} does not exist on {day} in {zone} (the clocks go forward): "
                "voting closes at {at}",
            )
            if edge.edge == Edge.GAP
            else translate(
                "CommandLine",
                "{typed} happens twice on {day} in {zone} (the clocks go back): "
                "voting closes at the first, {at}",
            )
        )
        print(note.format(**values), file=sys.stderr)
        return edge.local
    return wall.replace(tzinfo=ZoneInfo(name))


def _org(session: Session, text: str) -> Organization:
    from coalition.directory.sharing import find_organization

    return find_organization(session, text)


def _draft_id(session: Session, text: str) -> str:
    from coalition.drafts.export import drafts_titled
    from coalition.store.models import Draft

    found = session.get(Draft, text.strip())
    if found is not None:
        return found.id
    chosen = drafts_titled(session, text)
    if len(chosen) > 1:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{count} drafts are called '{text}': give the draft's id"
            ).format(count=len(chosen), text=text)
        )
    return chosen[0].id


def _call_id(session: Session, text: str) -> str:
    """The call a proposal is put to: a stored call's id, or the date of a call (the
    one call held that day, in its own zone, prepared if it was not yet)."""
    from coalition.calls import meetings
    from coalition.calls import series as calls
    from coalition.common import validation
    from coalition.store.models import CallOccurrence

    key = text.strip()
    if session.get(CallOccurrence, key) is not None:
        return key
    try:
        day = validation.date(key, QT_TRANSLATE_NOOP("Fields", "--call"))
    except ValueError:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "no call has the id '{key}': give its id, or its date"
            ).format(key=key)
        ) from None
    assert day is not None
    start = dt.datetime.combine(day, dt.time(0), dt.UTC) - dt.timedelta(days=1)
    held = [
        c
        for c in calls.calls_between(session, start, start + dt.timedelta(days=3))
        if c.local_start().date() == day
    ]
    if not held:
        raise CoalitionError(
            QT_TRANSLATE_NOOP("CommandLine", "no call is held on {day}").format(day=day.isoformat())
        )
    if len(held) > 1:
        titles = "; ".join(f"'{c.title}'" for c in held)
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{count} calls are held on {day} ({titles}): give the call's id"
            ).format(count=len(held), day=day.isoformat(), titles=titles)
        )
    call = held[0]
    if call.occurrence_id is not None:
        return call.occurrence_id
    assert call.series_id is not None and call.original_date is not None
    return meetings.prepare_call(session, call.series_id, call.original_date).id


def _confirm_past(closes_at: dt.datetime, yes: bool) -> None:
    """Ask whether to make a proposal whose closing time has passed; refuse when there
    is nobody to ask and --yes was not given."""
    when = closes_at.strftime("%Y-%m-%d %H:%M %Z")  # in the zone it was given in
    if yes:
        return
    if not sys.stdin.isatty():
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "CommandLine",
                "the closing time {when} has already passed: the vote would close at "
                "once. Give a later --closes, or --yes to make it all the same.",
            ).format(when=when)
        )
    answer = input(f"The closing time {when} has already passed. Make it all the same? [y/N] ")
    if answer.strip().lower() not in ("y", "yes"):
        raise CoalitionError(QT_TRANSLATE_NOOP("CommandLine", "nothing was proposed"))


# --- the commands ---------------------------------------------------------------------------


def cmd_propose(args: argparse.Namespace) -> int:
    from coalition.common import clock
    from coalition.decisions.proposals import ClosesInPast, ProposalInput, create_proposal

    closes_at = closing_time(args.closes, args.zone)
    db = open_db(args, writes=True)
    with db.session() as session:
        data = ProposalInput(
            title=args.title,
            closes_at=closes_at,
            text=args.text or "",
            draft_id=_draft_id(session, args.draft) if args.draft else None,
            kind="options" if args.options else "consent",
            options=tuple(args.options or ()),
            voters=tuple(_org(session, name).id for name in args.orgs or ()),
            quorum=args.quorum,
            rule=args.rule,
            results_shown=args.results,
        )
        data.validated(session)  # every problem said before anything is asked or stored
        past = closes_at <= clock.now()
        if past:
            _confirm_past(closes_at, args.yes)
        if args.call:
            data.occurrence_id = _call_id(session, args.call)
        try:
            proposal = create_proposal(session, data, past_ok=past)
        except ClosesInPast:  # the minute turned while asking
            _confirm_past(closes_at, args.yes)
            proposal = create_proposal(session, data, past_ok=True)
        print(proposal.id)
    return 0


def cmd_vote(args: argparse.Namespace) -> int:
    from coalition.decisions.ballots import ballot_rows, cast_ballot
    from coalition.decisions.proposals import get_proposal

    db = open_db(args, writes=True)
    with db.session() as session:
        proposal = get_proposal(session, args.proposal)
        org = _org(session, args.org)
        before = next(
            (
                r
                for r in ballot_rows(session, proposal.id)
                if r.organization_id == org.id and r.standing
            ),
            None,
        )
        ballot = cast_ballot(
            session,
            proposal.id,
            org.id,
            args.choice,
            reason=args.reason,
            on_behalf=args.on_behalf,
        )
        row = next(r for r in ballot_rows(session, proposal.id) if r.id == ballot.id)
        print(
            translate("CommandLine", "{name}: {choice} on “{title}”, {by}").format(
                name=org.name, choice=row.choice, title=proposal.title, by=row.by
            )
        )
        if before is not None:  # a delegate's own ballot replaced by the chair's is said
            print(
                translate("CommandLine", "It replaces the ballot before it: {choice}, {by}").format(
                    choice=before.choice, by=before.by
                )
            )
    return 0


def _closes(moment: dt.datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M %Z")


def tally_text(proposal: Proposal, counts: dict[str, int]) -> str:
    """'approve 5, object 1, abstain 1', in the order the proposal offers its choices."""
    order = [*proposal.choices, *(c for c in counts if c not in proposal.choices)]
    return ", ".join(f"{choice} {counts.get(choice, 0)}" for choice in order)


def _state(proposal: Proposal, row: ProposalRow) -> str:
    from coalition.store.models import Outcome

    if row.outcome is not None:
        outcome = Outcome(row.outcome).label
        winner = (proposal.tally or {}).get("winner")
        if proposal.kind.value == "options" and winner:
            outcome += f": {winner}"
        return f"{outcome} ({_closes(row.closed_at or row.closes_at)})"
    if row.is_open:
        return f"open until {_closes(row.closes_at)}"
    return f"due to close (since {_closes(row.closes_at)}): coalition close {short_id(row.id)}"


def _hidden(proposal: Proposal) -> str:
    from coalition.store.models import ResultsShown

    if proposal.results_shown == ResultsShown.AFTER_CLOSE:
        return "hidden until the close"
    return "hidden until your organization votes"


def cmd_decisions(args: argparse.Namespace) -> int:
    from coalition.decisions.proposals import CLOSED, OPEN, get_proposal, list_proposals

    db = open_db(args)
    with db.reading() as session:
        rows = list_proposals(session, OPEN if args.open else CLOSED if args.closed else None)
        if not rows:
            which = "open " if args.open else "closed " if args.closed else ""
            print(translate("CommandLine", "No {which}proposal yet.").format(which=which))
            return 0
        print("id\ttitle\tstate\tvoted\ttally")
        for row in rows:
            proposal = get_proposal(session, row.id)
            tally = tally_text(proposal, row.counts) if row.results_visible else _hidden(proposal)
            print(
                translate(
                    "CommandLine", "{short_id}\t{title}\t{value}\t{voted} of {voters}\t{tally}"
                ).format(
                    short_id=short_id(row.id),
                    title=row.title,
                    value=_state(proposal, row),
                    voted=row.voted,
                    voters=row.voters,
                    tally=tally,
                )
            )
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from coalition.decisions.proposals import close_proposal, get_proposal
    from coalition.store.models import Draft

    db = open_db(args, writes=True)
    with db.session() as session:
        proposal = close_proposal(session, get_proposal(session, args.proposal).id)
        tally = proposal.tally or {}
        absent = [str(v.get("organization", "")) for v in tally.get("non_voters", [])]
        line = tally_text(proposal, {str(k): int(v) for k, v in tally.get("counts", {}).items()})
        if absent:
            line += f"; did not vote: {', '.join(absent)}"
        outcome = proposal.outcome.label if proposal.outcome else ""
        print(
            translate("CommandLine", "“{title}” closed: {outcome} ({line})").format(
                title=proposal.title, outcome=outcome, line=line
            )
        )
        declared = session.get(Draft, proposal.declaration_id) if proposal.declaration_id else None
        if declared is not None:
            print(
                translate(
                    "CommandLine",
                    "Published the declaration “{title}”: coalition declaration {short_id}",
                ).format(title=declared.title, short_id=short_id(proposal.id))
            )
    return 0


def cmd_proxy(args: argparse.Namespace) -> int:
    from coalition.decisions import proxies
    from coalition.decisions.proposals import get_proposal

    giving = args.from_org is not None or args.to_org is not None
    if args.revoke is not None and (giving or args.proposal is not None):
        raise UsageError(
            QT_TRANSLATE_NOOP("CommandLine", "--revoke takes no --from, --to or --proposal")
        )
    if giving and (args.from_org is None or args.to_org is None):
        raise UsageError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "a proxy is given --from one organization --to another: name both"
            )
        )
    if args.revoke is None and not giving:
        if args.proposal is not None:
            raise UsageError(
                QT_TRANSLATE_NOOP("CommandLine", "--proposal goes with --from and --to")
            )
        return _list_proxies(args)
    db = open_db(args, writes=True)
    with db.session() as session:
        if args.revoke is not None:
            proxy = proxies.revoke_proxy(session, _proxy_id(session, args.revoke))
            print(
                translate("CommandLine", "{name} no longer lets {to_org_name} vote for it").format(
                    name=proxy.from_org.name, to_org_name=proxy.to_org.name
                )
            )
            return 0
        giver, holder = _org(session, args.from_org), _org(session, args.to_org)
        proposal = get_proposal(session, args.proposal) if args.proposal else None
        replaced = [
            p.to_org.name
            for p in proxies.replaced_by(session, giver.id, proposal.id if proposal else None)
            if p.to_org_id != holder.id
        ]
        proxy = proxies.give_proxy(
            session, giver.id, holder.id, proposal_id=proposal.id if proposal else None
        )
        scope = f"on “{proposal.title}”" if proposal else "on every proposal until revoked"
        shown = short_id(proxy.id)
        print(
            translate(
                "CommandLine", "{name}'s delegate may cast {giver_name}'s ballot {scope} ({shown})"
            ).format(name=holder.name, giver_name=giver.name, scope=scope, shown=shown)
        )
        if replaced:
            print(
                translate("CommandLine", "It replaces the proxy {names} held, revoked now.").format(
                    names=", ".join(replaced)
                )
            )
    return 0


def _proxy_id(session: Session, ref: str) -> str:
    from sqlalchemy import or_, select

    from coalition.common.errors import NotFoundError
    from coalition.store.models import Proxy

    key = ref.strip()
    if key and session.get(Proxy, key) is not None:
        return key
    found = list(
        session.scalars(
            select(Proxy.id).where(
                or_(Proxy.id.endswith(key.lower()), Proxy.id.startswith(key.lower()))
            )
        )
    )
    if len(key) < 8 or len(found) != 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "CommandLine", "no proxy has the id '{ref}' (coalition proxy lists them)"
            ).format(ref=ref)
        )
    return found[0]


def _list_proxies(args: argparse.Namespace) -> int:
    from coalition.decisions import proxies

    db = open_db(args)
    with db.reading() as session:
        given = proxies.proxies(session)
        if not given:
            print(translate("CommandLine", "No organization has given another its proxy."))
            return 0
        print("id\tfrom\tto\tfor\tgiven\trevoked")
        for proxy in given:
            scope = short_id(proxy.proposal_id) if proxy.proposal_id else "every proposal"
            revoked = proxy.revoked_at.date().isoformat() if proxy.revoked_at else "no"
            print(
                translate(
                    "CommandLine",
                    "{short_id}\t{name}\t{to_org_name}\t{scope}\t{date} by {value}\t{revoked}",
                ).format(
                    short_id=short_id(proxy.id),
                    name=proxy.from_org.name,
                    to_org_name=proxy.to_org.name,
                    scope=scope,
                    date=proxy.given_at.date().isoformat(),
                    value=proxy.given_by or "someone",
                    revoked=revoked,
                )
            )
    return 0


def cmd_declaration(args: argparse.Namespace) -> int:
    from coalition.common.files import write_bytes
    from coalition.decisions.declaration import declaration_markdown
    from coalition.decisions.proposals import get_proposal

    db = open_db(args)
    with db.reading() as session:
        text = declaration_markdown(session, get_proposal(session, args.proposal).id)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    write_bytes(Path(args.out), text.encode("utf-8"))
    print(translate("CommandLine", "Wrote {out}").format(out=args.out))
    return 0


COMMANDS: dict[str, Command] = {
    "propose": cmd_propose,
    "vote": cmd_vote,
    "decisions": cmd_decisions,
    "close": cmd_close,
    "proxy": cmd_proxy,
    "declaration": cmd_declaration,
}
