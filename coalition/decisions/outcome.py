"""Counting a decision: which ballot of each organization stands, and what they decide.

Pure functions of the ballots, with no session: every laptop that holds the same
ballots counts the same, whatever order they arrived in, and the tests can try every
rule and quorum edge without a database.

- An organization's standing ballot is its latest (by the time it was cast); at the
  same instant a ballot cast by its own delegate beats one cast by proxy, which beats
  one the chair recorded; then the greater id, so that the choice never depends on the
  order the ballots were read in.
- A ballot cast after the cutoff (the closing time, or the moment of an early close)
  is late: kept, shown, never counted.
- Quorum counts the organizations with a standing ballot, abstentions included.
- Simple majority: more approvals than objections (a tie does not carry).  Two thirds:
  at least two approvals for every objection, and one approval at least.  Consensus: no
  block, and one approval at least.  Named options: the option chosen by more than half
  (or two thirds) of the organizations that did not abstain.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from coalition.store.models import (
    ABSTAIN,
    APPROVE,
    BLOCK,
    OBJECT,
    BallotCapacity,
    Outcome,
    ProposalKind,
    ProposalRule,
)

_RANK = {BallotCapacity.CHAIR: 0, BallotCapacity.PROXY: 1, BallotCapacity.DELEGATE: 2}


@dataclass(frozen=True)
class Cast:
    """A ballot as the count sees it."""

    ballot_id: str
    organization_id: str
    choice: str
    cast_at: dt.datetime
    capacity: str = BallotCapacity.DELEGATE.value
    cast_by: str = ""
    reason: str = ""

    def order(self) -> tuple[dt.datetime, int, str]:
        return (self.cast_at, _RANK.get(BallotCapacity(self.capacity), 0), self.ballot_id)


@dataclass
class Tally:
    """What the ballots decide, as of a cutoff."""

    outcome: Outcome
    counts: dict[str, int]
    standing: dict[str, Cast]
    superseded: list[Cast] = field(default_factory=list)
    late: list[Cast] = field(default_factory=list)
    non_voters: list[str] = field(default_factory=list)
    winner: str | None = None
    quorum_met: bool = False

    @property
    def voted(self) -> int:
        return len(self.standing)

    def orgs_choosing(self, choice: str) -> list[str]:
        """The organizations whose standing ballot is ``choice``."""
        return [org for org, cast in self.standing.items() if cast.choice == choice]


def standing_ballots(casts: Iterable[Cast]) -> tuple[dict[str, Cast], list[Cast]]:
    """Each organization's standing ballot, and the ballots a later one replaced."""
    standing: dict[str, Cast] = {}
    superseded: list[Cast] = []
    for cast in sorted(casts, key=Cast.order):
        earlier = standing.get(cast.organization_id)
        if earlier is not None:
            superseded.append(earlier)
        standing[cast.organization_id] = cast
    return standing, superseded


def _decide(
    kind: ProposalKind, rule: ProposalRule, counts: dict[str, int]
) -> tuple[Outcome, str | None]:
    if kind == ProposalKind.CONSENT:
        approve, object_ = counts.get(APPROVE, 0), counts.get(OBJECT, 0)
        if rule == ProposalRule.CONSENSUS:
            carried = counts.get(BLOCK, 0) == 0 and approve >= 1
        elif rule == ProposalRule.TWO_THIRDS:
            carried = approve >= 1 and approve * 3 >= (approve + object_) * 2
        else:
            carried = approve > object_
        return (Outcome.ADOPTED, APPROVE) if carried else (Outcome.REJECTED, None)
    # Named options: one must gather a majority (or two thirds) of those who chose one.
    chose = {key: n for key, n in counts.items() if key != ABSTAIN and n}
    total = sum(chose.values())
    for key, n in sorted(chose.items(), key=lambda item: (-item[1], item[0])):
        needed = n * 3 >= total * 2 if rule == ProposalRule.TWO_THIRDS else n * 2 > total
        if needed:
            return Outcome.ADOPTED, key
        break
    return Outcome.REJECTED, None


def count(
    kind: ProposalKind | str,
    rule: ProposalRule | str,
    choices: Sequence[str],
    voters: Sequence[str],
    quorum: int,
    casts: Iterable[Cast],
    cutoff: dt.datetime | None = None,
) -> Tally:
    """The tally of ``casts`` among ``voters`` as of ``cutoff`` (None: every ballot).

    Ballots of organizations that do not vote, or with a choice not offered, are not
    counted (the service refuses them; a server's or an old laptop's could still come).
    """
    kind, rule = ProposalKind(kind), ProposalRule(rule)
    voting = set(voters)
    on_time: list[Cast] = []
    late: list[Cast] = []
    for cast in casts:
        if cast.organization_id not in voting or cast.choice not in choices:
            continue
        (late if cutoff is not None and cast.cast_at > cutoff else on_time).append(cast)
    standing, superseded = standing_ballots(on_time)
    counts = {choice: 0 for choice in choices}
    for cast in standing.values():
        counts[cast.choice] += 1
    non_voters = [org for org in voters if org not in standing]
    quorum_met = len(standing) >= quorum
    if quorum_met:
        outcome, winner = _decide(kind, rule, counts)
    else:
        outcome, winner = Outcome.NO_QUORUM, None
    return Tally(
        outcome=outcome,
        counts=counts,
        standing=standing,
        superseded=sorted(superseded, key=Cast.order),
        late=sorted(late, key=Cast.order),
        non_voters=non_voters,
        winner=winner,
        quorum_met=quorum_met,
    )


# --- the frozen tally: what a closed proposal keeps ------------------------------------


def _cast_json(cast: Cast, names: dict[str, str]) -> dict[str, Any]:
    return {
        "ballot_id": cast.ballot_id,
        "organization_id": cast.organization_id,
        "organization": names.get(cast.organization_id, ""),
        "choice": cast.choice,
        "cast_at": cast.cast_at.astimezone(dt.UTC).isoformat(),
        "capacity": cast.capacity,
        "cast_by": cast.cast_by,
        "reason": cast.reason,
    }


def _cast_from(data: dict[str, Any]) -> Cast:
    return Cast(
        ballot_id=str(data["ballot_id"]),
        organization_id=str(data["organization_id"]),
        choice=str(data["choice"]),
        cast_at=dt.datetime.fromisoformat(str(data["cast_at"])),
        capacity=str(data.get("capacity", BallotCapacity.DELEGATE.value)),
        cast_by=str(data.get("cast_by", "")),
        reason=str(data.get("reason", "")),
    )


def frozen(tally: Tally, names: dict[str, str], cutoff: dt.datetime) -> dict[str, Any]:
    """The tally as a closed proposal keeps it (JSON), with the organizations' names as
    they were at the close."""
    return {
        "outcome": tally.outcome.value,
        "winner": tally.winner,
        "quorum_met": tally.quorum_met,
        "cutoff": cutoff.astimezone(dt.UTC).isoformat(),
        "counts": dict(tally.counts),
        "ballots": [
            _cast_json(tally.standing[org], names)
            for org in sorted(tally.standing, key=lambda o: (names.get(o, "").casefold(), o))
        ],
        "superseded": [_cast_json(c, names) for c in tally.superseded],
        "late": [_cast_json(c, names) for c in tally.late],
        "non_voters": [
            {"organization_id": org, "organization": names.get(org, "")} for org in tally.non_voters
        ],
    }


def thawed(data: dict[str, Any]) -> Tally:
    """A frozen tally read back: the same figures, never counted again."""
    standing = {c.organization_id: c for c in map(_cast_from, data.get("ballots", []))}
    return Tally(
        outcome=Outcome(data["outcome"]),
        counts={str(k): int(v) for k, v in data.get("counts", {}).items()},
        standing=standing,
        superseded=[_cast_from(c) for c in data.get("superseded", [])],
        late=[_cast_from(c) for c in data.get("late", [])],
        non_voters=[str(v["organization_id"]) for v in data.get("non_voters", [])],
        winner=data.get("winner"),
        quorum_met=bool(data.get("quorum_met", False)),
    )


def frozen_names(data: dict[str, Any]) -> dict[str, str]:
    """The organizations' names a frozen tally was written with."""
    names: dict[str, str] = {}
    for key in ("ballots", "superseded", "late", "non_voters"):
        for entry in data.get(key, []):
            names.setdefault(str(entry["organization_id"]), str(entry.get("organization", "")))
    return names
