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

from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.common.markdown import escape
from coalition.decisions.outcome import Tally, frozen_names, thawed
from coalition.drafts import lock
from coalition.drafts.draft import DraftInput, _record_status, create_draft
from coalition.drafts.revisions import save_core_text
from coalition.store.models import ABSTAIN, APPROVE, Draft, DraftStatus, Proposal


def adopt(session: Session, proposal: Proposal, tally: Tally) -> Draft | None:
    """Publish the declaration of an adopted proposal (a consent decision; a choice
    among named options publishes nothing of its own)."""
    if tally.winner != APPROVE:
        return None
    with lock.adopting(session, proposal.id):
        draft = session.get(Draft, proposal.draft_id) if proposal.draft_id else None
        if draft is None:
            draft = create_draft(
                session,
                DraftInput(title=proposal.title, channels=[], owner_org_id=proposal.owner_org_id),
                proposal.text,
            )
        elif proposal.text and proposal.text != draft.core_text:
            save_core_text(session, draft.id, proposal.text, f"Adopted: {proposal.title}")
        draft.adopted_by_id = proposal.id
        if draft.status != DraftStatus.PUBLISHED:
            _record_status(
                draft, DraftStatus.PUBLISHED, f"Adopted by the decision “{proposal.title}”"
            )
    proposal.declaration_id = draft.id
    return draft


def _day(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%B} {moment.astimezone(dt.UTC).day}, {moment.year}"


def declaration_markdown(session: Session, proposal_id: str) -> str:
    """The adopted declaration as Markdown: its title and text, when and under which
    rule it was adopted, the organizations that approved it, and (when the proposal
    says so) those that abstained."""
    from coalition.decisions.proposals import get_proposal

    proposal = get_proposal(session, proposal_id)
    if proposal.closed_at is None or not proposal.tally or proposal.outcome is None:
        raise CoalitionError(f"“{proposal.title}” is not closed: it has no declaration yet.")
    if proposal.outcome.value != "adopted":
        raise CoalitionError(
            f"“{proposal.title}” was not adopted ({proposal.outcome.label.lower()}): "
            "it makes no declaration."
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
