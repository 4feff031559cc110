"""The text a coalition decision adopted: locked until another decision changes it.

A draft whose ``adopted_by_id`` is set is the coalition's declaration: the decision
named there adopted its words.  While it is set, the drafts service refuses, with the
sentence of :func:`locked_reason`,

- saving the core text and restoring any revision,
- changing the title,
- adding, editing (text, audience, merge values) and deleting variants,
- moving the status away from published, and deleting the draft.

Its channels, tags and owner, comments and sign-offs change as any draft's do: they
are not the words adopted.

The one way such a text changes is another decision.  The decisions service writes
the adopted text inside :func:`adopting`, which lifts the lock for that session until
the block ends::

    with lock.adopting(session, proposal.id):
        save_core_text(session, draft.id, proposal.text, note)
        draft.adopted_by_id = proposal.id
        ...  # and publish it

The proposal is read through the store's model: this service knows nothing of how
decisions are made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.common.markdown import MONTHS
from coalition.store.models import Draft, Proposal

_ADOPTING = "coalition.adopting"


class DraftLockedError(CoalitionError):
    """A change to the words a coalition decision adopted."""


@contextmanager
def adopting(session: Session, proposal_id: str) -> Iterator[None]:
    """While the decision ``proposal_id`` writes the text it adopted: the lock is
    lifted for ``session`` until the block ends (nested blocks restore the outer one)."""
    before = session.info.get(_ADOPTING)
    session.info[_ADOPTING] = proposal_id
    try:
        yield
    finally:
        if before is None:
            session.info.pop(_ADOPTING, None)
        else:
            session.info[_ADOPTING] = before


def is_adopting(session: Session) -> bool:
    """Whether a decision is writing its adopted text in ``session`` now."""
    return session.info.get(_ADOPTING) is not None


def _day(moment: dt.datetime) -> str:
    """'December 7, 2026', where the computer is."""
    local = moment.astimezone()
    return f"{MONTHS[local.month - 1]} {local.day}, {local.year}"


def locked_reason(session: Session, draft: Draft) -> str | None:
    """Why the words of ``draft`` cannot change: the decision that adopted them, its
    title and when; None when no decision did."""
    if draft.adopted_by_id is None:
        return None
    proposal = session.get(Proposal, draft.adopted_by_id)
    if proposal is None:
        decision, when = "that is no longer on this computer", ""
    else:
        decision = f"“{proposal.title}”"
        moment = proposal.closed_at or proposal.closes_at
        when = f" on {_day(moment)}" if moment is not None else ""
    return QT_TRANSLATE_NOOP(
        "Drafts",
        "“{title}” was adopted by the decision {decision}{when}: its text "
        "changes only by another decision.",
    ).format(title=draft.title, decision=decision, when=when)


def undeletable_reason(session: Session, draft: Draft) -> str:
    """Why a declaration a decision adopted is not deleted: it is what was decided."""
    proposal = session.get(Proposal, draft.adopted_by_id) if draft.adopted_by_id else None
    decision = f"“{proposal.title}”" if proposal is not None else "that is not on this computer"
    return QT_TRANSLATE_NOOP(
        "Drafts",
        "“{title}” was adopted by the decision {decision}: it is not deleted, it is the "
        "coalition's record of what was decided.",
    ).format(title=draft.title, decision=decision)


def adopted_by(session: Session, draft: Draft) -> Proposal | None:
    """The decision that adopted ``draft``'s words, if one did (and is on this computer)."""
    if draft.adopted_by_id is None:
        return None
    return session.get(Proposal, draft.adopted_by_id)


def check_unlocked(session: Session, draft: Draft) -> None:
    """Refuse a change to the words of a draft a decision adopted (unless a decision is
    adopting them now)."""
    if is_adopting(session):
        return
    reason = locked_reason(session, draft)
    if reason is not None:
        raise DraftLockedError(reason)
