"""Coalition decisions: proposals put to the member organizations, the ballot each casts
(one voice per organization, through its delegate, a proxy, or the chair recording
what was said on a call), and the proxies one organization gives another.

A ballot is never changed: a changed vote is a new ballot, and the later one stands
(:mod:`coalition.decisions.outcome`), so that every laptop, having the same ballots,
counts the same, and History keeps both.  At close the outcome and the tally are
written into the proposal and never computed again (``closed_at`` set: frozen).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.store.base import Entity, UTCDateTime, str_enum, utcnow
from coalition.store.models.calls import CallOccurrence
from coalition.store.models.directory import Organization
from coalition.store.models.drafts import Draft

# The choices of a consent decision.  "block" is offered only under the consensus rule.
APPROVE = "approve"
OBJECT = "object"
ABSTAIN = "abstain"
BLOCK = "block"
CONSENT_CHOICES = (APPROVE, OBJECT, ABSTAIN, BLOCK)


class ProposalKind(enum.StrEnum):
    """Approve / object / abstain (/ block), or named options to choose among."""

    CONSENT = "consent"
    OPTIONS = "options"


class ProposalRule(enum.StrEnum):
    MAJORITY = "majority"  # more approvals than objections (abstentions count for quorum)
    TWO_THIRDS = "two_thirds"  # at least two approvals for every objection
    CONSENSUS = "consensus"  # no block, and at least one approval

    @property
    def label(self) -> str:
        return shown(
            {
                "majority": QT_TRANSLATE_NOOP("ProposalRule", "Simple majority"),
                "two_thirds": QT_TRANSLATE_NOOP("ProposalRule", "Two thirds"),
                "consensus": QT_TRANSLATE_NOOP("ProposalRule", "Consensus (no block)"),
            }[self.value]
        )


class ResultsShown(enum.StrEnum):
    """When the running tally is shown: always, to an organization once it has voted,
    or only after the close."""

    ALWAYS = "always"
    AFTER_VOTING = "after_voting"
    AFTER_CLOSE = "after_close"


class Outcome(enum.StrEnum):
    ADOPTED = "adopted"
    REJECTED = "rejected"
    NO_QUORUM = "no_quorum"

    @property
    def label(self) -> str:
        return shown(
            {
                "adopted": QT_TRANSLATE_NOOP("Outcome", "Adopted"),
                "rejected": QT_TRANSLATE_NOOP("Outcome", "Rejected"),
                "no_quorum": QT_TRANSLATE_NOOP("Outcome", "No quorum"),
            }[self.value]
        )


class BallotCapacity(enum.StrEnum):
    """In what capacity a ballot was cast for its organization."""

    DELEGATE = "delegate"  # by the organization's own delegate
    CHAIR = "chair"  # recorded by the chair on the organization's behalf (said on a call)
    PROXY = "proxy"  # by the delegate of an organization holding its proxy


class Proposal(Entity):
    """A question put to the member organizations, and, once closed, its frozen outcome.

    ``choices`` are the keys a ballot may carry (for a consent decision a subset of
    :data:`CONSENT_CHOICES`); ``voters`` the organizations that vote, fixed when the
    proposal is made.  ``tally`` is written at close: what each organization chose, the
    counts, who did not vote (see :func:`coalition.decisions.outcome.frozen`).
    """

    __tablename__ = "proposal"

    title: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text, default="")
    draft_id: Mapped[str | None] = mapped_column(ForeignKey("draft.id"), index=True)
    occurrence_id: Mapped[str | None] = mapped_column(ForeignKey("call_occurrence.id"), index=True)
    kind: Mapped[ProposalKind] = mapped_column(str_enum(ProposalKind), default=ProposalKind.CONSENT)
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    voters: Mapped[list[str]] = mapped_column(JSON, default=list)
    rule: Mapped[ProposalRule] = mapped_column(
        str_enum(ProposalRule), default=ProposalRule.MAJORITY
    )
    quorum: Mapped[int] = mapped_column(Integer, default=0)
    # Object and block need a reason.
    reason_required: Mapped[bool] = mapped_column(Boolean, default=True)
    results_shown: Mapped[ResultsShown] = mapped_column(
        str_enum(ResultsShown), default=ResultsShown.ALWAYS
    )
    # The adopted declaration lists the organizations that abstained as well.
    list_abstentions: Mapped[bool] = mapped_column(Boolean, default=True)
    opens_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    closes_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, index=True)
    proposed_by: Mapped[str] = mapped_column(String(200), default="")
    proposed_by_org: Mapped[str] = mapped_column(String(200), default="")
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[Outcome | None] = mapped_column(str_enum(Outcome))
    tally: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # The published draft an adoption made or locked (the declaration).
    declaration_id: Mapped[str | None] = mapped_column(ForeignKey("draft.id"))

    draft: Mapped[Draft | None] = relationship(foreign_keys=[draft_id])
    declaration: Mapped[Draft | None] = relationship(foreign_keys=[declaration_id])
    occurrence: Mapped[CallOccurrence | None] = relationship()
    ballots: Mapped[list[Ballot]] = relationship(
        back_populates="proposal", order_by="Ballot.cast_at"
    )


class Ballot(Entity):
    """One organization's vote on one proposal, as cast; never changed afterwards.

    ``cast_by`` and ``cast_by_email`` name the person who cast it, ``cast_by_org_id``
    the organization they acted for (the proxy holder, or the chair's own).  Its owner
    is the voting organization, or the proxy holder for a ballot cast by proxy.
    """

    __tablename__ = "ballot"
    __table_args__ = (Index("ix_ballot_proposal_org", "proposal_id", "organization_id"),)

    proposal_id: Mapped[str] = mapped_column(ForeignKey("proposal.id"), index=True)
    organization_id: Mapped[str] = mapped_column(ForeignKey("organization.id"))
    choice: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text, default="")
    capacity: Mapped[BallotCapacity] = mapped_column(
        str_enum(BallotCapacity), default=BallotCapacity.DELEGATE
    )
    cast_by: Mapped[str] = mapped_column(String(200), default="")
    cast_by_email: Mapped[str] = mapped_column(String(320), default="")
    cast_by_org_id: Mapped[str | None] = mapped_column(String(36))
    cast_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    proxy_id: Mapped[str | None] = mapped_column(ForeignKey("proxy.id"))

    proposal: Mapped[Proposal] = relationship(back_populates="ballots")
    organization: Mapped[Organization] = relationship()
    # Known to the unit of work so that a ballot goes before the proxy it was cast under
    # (an undo of both at once).
    proxy: Mapped[Proxy | None] = relationship()


class Proxy(Entity):
    """An organization letting another's delegate cast its ballot: for one proposal, or
    (``proposal_id`` None) for every proposal until revoked."""

    __tablename__ = "proxy"

    from_org_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    to_org_id: Mapped[str] = mapped_column(ForeignKey("organization.id"), index=True)
    proposal_id: Mapped[str | None] = mapped_column(ForeignKey("proposal.id"), index=True)
    given_by: Mapped[str] = mapped_column(String(200), default="")
    given_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")

    from_org: Mapped[Organization] = relationship(foreign_keys=[from_org_id])
    to_org: Mapped[Organization] = relationship(foreign_keys=[to_org_id])
    # Known to the unit of work so that a proxy goes before the proposal it is for.
    proposal: Mapped[Proposal | None] = relationship()
