"""The declaration an adopted decision makes: a published draft, its text locked.

At the close of an adopted proposal, its text becomes the coalition's published word:
the shared draft the proposal was about (its core text replaced by the proposal's, when
the proposal gives one), or a new draft made from the proposal's text.  The draft keeps
the decision that adopted it (``adopted_by_id``) and its text changes only by another
decision (:mod:`coalition.drafts.lock`).  :func:`declaration_markdown` writes it out,
with the organizations that stood behind it.
"""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.common.markdown import escape
from coalition.decisions.outcome import Tally, frozen_names, thawed
from coalition.directory import profiles
from coalition.drafts import lock
from coalition.drafts.draft import _record_status
from coalition.drafts.revisions import save_core_text
from coalition.store.models import (
    ABSTAIN,
    APPROVE,
    Draft,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    Proposal,
)

# Ids derived from the proposal's: two laptops that close the same proposal alike (both
# after its closing time, with the same ballots) publish the very same draft, revision
# and status move, which a sync then meets as one record, not two declarations.
_NAMESPACE = uuid.UUID("0c6a1c3e-5d0b-4a4e-9a57-3c0d1d2e8f11")


def derived_id(proposal_id: str, what: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, f"{proposal_id}/{what}"))


def adopt(session: Session, proposal: Proposal, tally: Tally) -> Draft | None:
    """Publish the declaration of an adopted proposal (a consent decision; a choice
    among named options publishes nothing of its own)."""
    if tally.winner != APPROVE:
        return None
    note = f"Adopted by the decision “{proposal.title}”"
    with lock.adopting(session, proposal.id):
        draft = session.get(Draft, proposal.draft_id) if proposal.draft_id else None
        if draft is None:
            draft = Draft(
                id=derived_id(proposal.id, "declaration"),
                title=proposal.title,
                core_text=proposal.text,
                channels=[],
                tags=[],
                owner_org_id=proposal.owner_org_id,
                status=DraftStatus.PUBLISHED,
                adopted_by_id=proposal.id,
            )
            draft.revisions.append(
                DraftRevision(
                    id=derived_id(proposal.id, "revision"),
                    number=1,
                    text=proposal.text,
                    author=profiles.credit(),
                    note=note,
                )
            )
            draft.status_changes.append(
                DraftStatusChange(
                    id=derived_id(proposal.id, "published"),
                    status=DraftStatus.PUBLISHED,
                    actor=profiles.credit(),
                    note=note,
                )
            )
            session.add(draft)
        else:
            if proposal.text and proposal.text != draft.core_text:
                revision = save_core_text(session, draft.id, proposal.text, note)
                if revision is not None:
                    revision.id = derived_id(proposal.id, "revision")
            draft.adopted_by_id = proposal.id
            if draft.status != DraftStatus.PUBLISHED:
                _record_status(draft, DraftStatus.PUBLISHED, note)
                draft.status_changes[-1].id = derived_id(proposal.id, "published")
        # Stamped now, by whoever closes: a flush later may come under another identity.
        session.flush()
    proposal.declaration_id = draft.id
    return draft


def _day(moment: dt.datetime) -> str:
    """The day of an instant on this computer's calendar (a Tuesday evening's close in
    California is Tuesday's, not Wednesday's in UTC)."""
    day = moment.astimezone()
    return f"{day:%B} {day.day}, {day.year}"


def declaration_markdown(session: Session, proposal_id: str) -> str:
    """The adopted declaration as Markdown: its title and text, when and under which
    rule it was adopted, the organizations that approved it, and (when the proposal
    says so) those that abstained."""
    from coalition.decisions.proposals import get_proposal

    proposal = get_proposal(session, proposal_id)
    if proposal.closed_at is None or not proposal.tally or proposal.outcome is None:
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Decisions", "“{title}” is not closed: it has no declaration yet."
            ).format(title=proposal.title)
        )
    if proposal.outcome.value != "adopted":
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Decisions", "“{title}” was not adopted ({label}): it makes no declaration."
            ).format(title=proposal.title, label=proposal.outcome.label.lower())
        )
    tally = thawed(proposal.tally)
    names = frozen_names(proposal.tally)
    draft = session.get(Draft, proposal.declaration_id) if proposal.declaration_id else None
    text = draft.core_text if draft is not None else proposal.text
    title = draft.title if draft is not None else proposal.title

    def listed(choice: str) -> list[str]:
        return sorted((names.get(org, "") for org in tally.orgs_choosing(choice)), key=str.casefold)

    lines = [f"# {escape(title)}", "", text.strip(), ""]
    lines.append(
        f"*Adopted by the coalition on {_day(proposal.closed_at)} "
        f"({proposal.rule.label.lower()}; {tally.voted} of {len(proposal.voters)} "
        "member organizations voting).*"
    )
    lines += ["", "## Approved by", ""]
    lines += [f"- {escape(name)}" for name in listed(APPROVE)]
    if proposal.list_abstentions and listed(ABSTAIN):
        lines += ["", "## Abstained", ""]
        lines += [f"- {escape(name)}" for name in listed(ABSTAIN)]
    return "\n".join(lines) + "\n"
