"""Sign-offs: an allied group asked to approve a variant's wording, and its answer.

A sign-off is given on one revision; an edit after it voids the answer and asks the
group again, so nobody's approval covers words they have not read.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.directory.records import _enum, _Problems, get_organization
from coalition.drafts.draft import _record_status
from coalition.drafts.lookup import current_revision, get_sign_off, get_variant
from coalition.store import changes
from coalition.store.changes import writes
from coalition.store.models import (
    DraftRevision,
    DraftStatus,
    DraftVariant,
    Organization,
    SignOff,
    SignOffAnswer,
)

UTC = dt.UTC


class VariantState(enum.Enum):
    """Where a variant stands with the groups asked to sign it off."""

    NO_SIGN_OFFS = "no_sign_offs"
    WAITING = "waiting"
    CHANGES_REQUESTED = "changes_requested"
    DECLINED = "declined"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        return shown(
            {
                "no_sign_offs": QT_TRANSLATE_NOOP("VariantState", "No sign-off asked"),
                "waiting": QT_TRANSLATE_NOOP("VariantState", "In review"),
                "changes_requested": QT_TRANSLATE_NOOP("VariantState", "Changes requested"),
                "declined": QT_TRANSLATE_NOOP("VariantState", "Declined"),
                "approved": QT_TRANSLATE_NOOP("VariantState", "Approved"),
            }[self.value]
        )


def _state_of(answers: Sequence[tuple[bool, SignOffAnswer]]) -> VariantState:
    """The state from the (required, answer) of the active sign-offs.

    Only required sign-offs decide: an optional one is an opinion shown beside, never
    what holds a variant back.  A refusal outweighs a request for changes, which
    outweighs a wait; approved means every required one approved.
    """
    required = [answer for needed, answer in answers if needed]
    if not required:
        return VariantState.NO_SIGN_OFFS
    for answer, state in (
        (SignOffAnswer.DECLINED, VariantState.DECLINED),
        (SignOffAnswer.CHANGES_REQUESTED, VariantState.CHANGES_REQUESTED),
        (SignOffAnswer.PENDING, VariantState.WAITING),
    ):
        if answer in required:
            return state
    return VariantState.APPROVED


def active_sign_offs(session: Session, variant_id: str) -> list[SignOff]:
    """The sign-offs that count (not voided by an edit), oldest request first."""
    return list(
        session.scalars(
            select(SignOff)
            .where(SignOff.variant_id == variant_id, SignOff.voided_at.is_(None))
            .order_by(SignOff.requested_at, SignOff.created_at)
        )
    )


def all_sign_offs(session: Session, variant_id: str) -> list[SignOff]:
    """Every sign-off of a variant, voided ones too (what an edit undid stays visible)."""
    return list(
        session.scalars(
            select(SignOff)
            .where(SignOff.variant_id == variant_id)
            .order_by(SignOff.requested_at, SignOff.created_at)
        )
    )


def variant_state(session: Session, variant_id: str) -> VariantState:
    return _state_of([(s.required, s.answer) for s in active_sign_offs(session, variant_id)])


@writes(QT_TRANSLATE_NOOP("Changes", "Ask for sign-off"))
def request_sign_off(
    session: Session, variant_id: str, organization_id: str, required: bool = True
) -> SignOff:
    """Ask an allied group to sign off the variant as it reads now."""
    variant = get_variant(session, variant_id)
    org = get_organization(session, organization_id)
    if any(s.organization_id == organization_id for s in active_sign_offs(session, variant_id)):
        raise ValidationError(
            {
                "organization_id": QT_TRANSLATE_NOOP(
                    "Drafts", "{name} is already asked about this variant"
                ).format(name=org.name)
            }
        )
    sign_off = SignOff(
        organization_id=organization_id,
        required=required,
        revision=current_revision(session, variant_id),
    )
    variant.sign_offs.append(sign_off)
    return sign_off


_NEEDS_COMMENT = (SignOffAnswer.CHANGES_REQUESTED, SignOffAnswer.DECLINED)


@writes(QT_TRANSLATE_NOOP("Changes", "Record sign-off answer"))
def answer_sign_off(
    session: Session,
    sign_off_id: str,
    answer: SignOffAnswer | str,
    comment: str = "",
    *,
    revision_id: str | None = None,
) -> SignOff:
    """Record a group's answer, credited to the organizer whose profile is active and the
    organization they act for (never a name typed in, nor the computer's login).  Asking
    for changes or declining needs a comment saying why, or the author has nothing to act
    on.

    ``revision_id`` is the revision the group read.  When the variant was saved again
    since (here, or by another organizer through sync), the answer is refused: an
    approval must never cover words its group has not seen.
    """
    sign_off = get_sign_off(session, sign_off_id)
    if revision_id is not None and sign_off.revision_id != revision_id:
        raise ValidationError(
            {
                "answer": QT_TRANSLATE_NOOP(
                    "Drafts",
                    "the variant was edited after this text was shown; read it again and "
                    "answer the new text",
                )
            }
        )
    p = _Problems()
    value = p.check("answer", lambda: _enum(SignOffAnswer, answer, "answer"), SignOffAnswer.PENDING)
    if value == SignOffAnswer.PENDING and "answer" not in p.problems:
        p.problems["answer"] = QT_TRANSLATE_NOOP(
            "Drafts", "answer approve, request changes or decline"
        )
    if value in _NEEDS_COMMENT and not comment.strip():
        p.problems["comment"] = QT_TRANSLATE_NOOP(
            "Drafts", "say why ({label} needs a comment)"
        ).format(label=value.label.lower())
    if sign_off.voided_at is not None:
        p.problems["answer"] = QT_TRANSLATE_NOOP(
            "Drafts", "this request was voided by a later edit; answer the new one"
        )
    p.raise_if_any()
    sign_off.answer = value
    sign_off.comment = comment.strip()
    sign_off.answered_by = changes.IDENTITY.actor
    sign_off.answered_by_org_id = changes.IDENTITY.org_id
    sign_off.answered_at = clock.now()
    return sign_off


def answerer(session: Session, sign_off: SignOff) -> str:
    """Who answered: 'Caleb Whitfield'; with their organization when they acted for
    another than the one asked, 'Dana Reyes (Calexit Coalition)'.  A coordinator of the
    coalition itself (no organization), and answers recorded before profiles, are named
    alone."""
    name = sign_off.answered_by or ""
    if not name or sign_off.answered_by_org_id in (None, sign_off.organization_id):
        return name
    org = session.get(Organization, sign_off.answered_by_org_id)
    return f"{name} ({org.name})" if org is not None else name


@writes(QT_TRANSLATE_NOOP("Changes", "Withdraw sign-off"))
def withdraw_sign_off(session: Session, sign_off_id: str) -> None:
    """Stop asking a group (a request made by mistake, or no longer needed).  A voided
    sign-off is history and stays."""
    sign_off = get_sign_off(session, sign_off_id)
    if sign_off.voided_at is not None:
        raise ValidationError(
            {
                "sign_off": QT_TRANSLATE_NOOP(
                    "Drafts", "a voided sign-off is history and cannot be withdrawn"
                )
            }
        )
    variant = sign_off.variant
    session.delete(sign_off)
    session.flush()
    session.expire(variant, ["sign_offs"])


def _void_and_ask_again(session: Session, variant: DraftVariant, revision: DraftRevision) -> None:
    """After the variant's wording changed: an answer given to the old wording no longer
    holds, so it is voided and the same group is asked again; a request still unanswered
    simply moves to the new wording."""
    now = clock.now()
    voided = False
    for sign_off in active_sign_offs(session, variant.id):
        if sign_off.answer == SignOffAnswer.PENDING:
            sign_off.revision = revision
            continue
        voided = True
        sign_off.voided_at = now
        variant.sign_offs.append(
            SignOff(
                organization_id=sign_off.organization_id,
                required=sign_off.required,
                revision=revision,
                replaces_id=sign_off.id,
                requested_at=now,
            )
        )
    # An approved draft whose variant must be approved again is in review again, so the
    # draft never says "approved" over words a group has not read.
    if voided and variant.draft.status == DraftStatus.APPROVED:
        _record_status(
            variant.draft, DraftStatus.IN_REVIEW, f"{variant.audience} changed after approval"
        )
