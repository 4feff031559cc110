"""What every part of the Decisions screen shares: the tables it follows, the words for
choices, rules, outcomes and who cast a ballot, closing times in the person's own zone,
and the colours of an outcome."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from coalition.store.models import BallotCapacity, Outcome, ProposalRule, ResultsShown
from coalition.ui.common import formatting

#: A change to one of these can change a proposal, its ballots or the names shown.
DECISION_TABLES = {"proposal", "ballot", "proxy", "organization", "draft", "call_occurrence"}

#: (text, background) of each outcome's chip; an open proposal's in blue.
OUTCOME_COLORS = {
    Outcome.ADOPTED: ("#ffffff", "#2e7d32"),
    Outcome.REJECTED: ("#ffffff", "#c62828"),
    Outcome.NO_QUORUM: ("#1a1a1a", "#f6c343"),
}
OPEN_COLORS = ("#ffffff", "#2e6fb7")
LATE_COLOR = "#8a4b00"


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # the context lupdate gives a bare tr()


def choice_label(choice: str) -> str:
    """A consent choice in words ("Approve"); a named option as it was named."""
    words = {
        "approve": tr("Approve"),
        "object": tr("Object"),
        "abstain": tr("Abstain"),
        "block": tr("Block"),
    }
    return words.get(choice, choice)


def rule_label(rule: ProposalRule | str) -> str:
    return {
        ProposalRule.MAJORITY: tr("Simple majority"),
        ProposalRule.TWO_THIRDS: tr("Two thirds"),
        ProposalRule.CONSENSUS: tr("Consensus (no block)"),
    }[ProposalRule(rule)]


def outcome_label(outcome: Outcome | str | None) -> str:
    if outcome is None:
        return tr("Open")
    return {
        Outcome.ADOPTED: tr("Adopted"),
        Outcome.REJECTED: tr("Rejected"),
        Outcome.NO_QUORUM: tr("No quorum"),
    }[Outcome(outcome)]


def results_label(shown: ResultsShown | str) -> str:
    return {
        ResultsShown.ALWAYS: tr("Always"),
        ResultsShown.AFTER_VOTING: tr("To an organization once it has voted"),
        ResultsShown.AFTER_CLOSE: tr("Only after the close"),
    }[ResultsShown(shown)]


def moment(when: dt.datetime) -> str:
    """An instant in this computer's zone, as the locale writes it, with the zone's
    abbreviation: "12/8/2026 5:30 PM PST"."""
    local = when.astimezone()
    return f"{formatting.date(local)} {formatting.time(local)} {local.tzname() or ''}".strip()


def voted_text(voted: int, voters: int) -> str:
    return tr("{voted} of {voters} voted").format(
        voted=formatting.number(voted), voters=formatting.number(voters)
    )


def cast_by_text(
    capacity: BallotCapacity | str, cast_by: str, organization: str, holder: str
) -> str:
    """Who cast a ballot, in the words of the table: "Maria Lopez (delegate)",
    "recorded by the chair on behalf of Red Oregon", "by proxy, held by Blue Ridge"."""
    capacity = BallotCapacity(capacity)
    if capacity == BallotCapacity.CHAIR:
        text = tr("recorded by the chair on behalf of {org}").format(org=organization)
        return f"{text} ({cast_by})" if cast_by else text
    if capacity == BallotCapacity.PROXY:
        text = tr("by proxy, held by {holder}").format(holder=holder or cast_by)
        return f"{text} ({cast_by})" if cast_by and holder else text
    return tr("{name} (delegate)").format(name=cast_by) if cast_by else tr("its delegate")


def cast_by_short(capacity: BallotCapacity | str, cast_by: str, holder: str) -> str:
    """Who cast a ballot, where the organization is named beside it (a table row):
    "Maria Lopez (delegate)", "recorded by the chair (Dana Reyes)", "by proxy, held by
    Blue Ridge (Sam Lee)"."""
    capacity = BallotCapacity(capacity)
    if capacity == BallotCapacity.CHAIR:
        text = tr("recorded by the chair")
        return f"{text} ({cast_by})" if cast_by else text
    if capacity == BallotCapacity.PROXY:
        text = tr("by proxy, held by {holder}").format(holder=holder or cast_by)
        return f"{text} ({cast_by})" if cast_by and holder else text
    return tr("{name} (delegate)").format(name=cast_by) if cast_by else tr("its delegate")
