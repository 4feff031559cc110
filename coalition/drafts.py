"""Shared messaging drafts: one core message, a variant per audience, revisions, sign-offs.

Coalition partners ask the same question everywhere, but each state and each group
phrases it for its own audience.  A draft holds the core text and the channels it is
for; each variant is the text for one state or allied group, with merge fields
({state}, {group}, {next_call}) filled per variant.  Every save is an immutable
revision, so "which wording was approved?" always has an answer: a sign-off is given on
one revision, and an edit after it voids the answer and asks the group again.

Each write is one transaction (:func:`coalition.store.changes.writes`); reads query the
database rather than trusting collections loaded earlier, because sessions keep their
objects across commits.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import html
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common import validation
from coalition.calls.calendar_export import safe_stem
from coalition.directory.records import _enum, _Problems, get_organization
from coalition.common.errors import CoalitionError, NotFoundError, ValidationError
from coalition.common.files import write_bytes
from coalition.common.markdown import MONTHS as _MONTHS, escape as _md, escape_line as _md_line
from coalition.search.query import match_expression, matching_rowids_sql
from coalition.common.states import BY_CODE, normalize_state
from coalition.store import changes
from coalition.store.changes import writes
from coalition.store.models import (
    CallStatus,
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    DraftVariant,
    Organization,
    OrgKind,
    SignOff,
    SignOffAnswer,
)

UTC = dt.timezone.utc

# --- channels and their limits ------------------------------------------------------------


@dataclass(frozen=True)
class Channel:
    """Where a message goes, and how many characters it may have there (None: no limit)."""

    key: str
    label: str
    limit: int | None


CHANNELS: dict[str, Channel] = {
    c.key: c
    for c in (
        Channel("x", "Post on X", 280),
        Channel("facebook", "Facebook post", 63206),
        Channel("instagram", "Instagram caption", 2200),
        Channel("sms", "SMS", 160),
        Channel("email", "E-mail", None),
        Channel("press_release", "Press release", None),
        Channel("script", "Phone or canvass script", None),
        Channel("flyer", "Flyer", None),
    )
}

X_URL_LENGTH = 23
# A web address as X shortens it; punctuation ending a sentence is not part of it.
_URL = re.compile(r"https?://\S+?(?=[.,;:!?)\]'\"]*(?:\s|$))", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """How long a text is for a channel: ``over`` is how many characters to cut (0 if none)."""

    used: int
    limit: int | None
    over: int


def count(channel_key: str, text: str) -> Count:
    """The length of ``text`` as the channel counts it, against the channel's limit.

    Characters are counted as a person counts them: Unicode code points, so "é" is one
    (an emoji made of several code points, such as a flag, counts as several).  Merge
    fields are counted as written; count the rendered text to know what is sent.

    On X, every http(s) address counts as 23 characters whatever its length, because X
    replaces it with a t.co link of that length.  X also weighs some characters (CJK,
    most emoji) as two; that is not applied here.

    For an SMS the limit is 160 characters of the GSM alphabet; a character outside it
    (an accent GSM lacks, an emoji, a curly quote) makes the whole message UCS-2, where a
    segment holds only 70: :func:`sms_segments` tells how many messages a text costs.
    """
    channel = CHANNELS[channel_key]
    used = len(text)
    if channel_key == "x":
        urls = _URL.findall(text)
        used += sum(X_URL_LENGTH - len(u) for u in urls)
    over = max(0, used - channel.limit) if channel.limit is not None else 0
    return Count(used, channel.limit, over)


# The GSM 03.38 alphabet: its basic set costs one septet a character, its extension two.
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION = frozenset("^{}\\[~]|€\f")


def sms_segments(text: str) -> int:
    """How many SMS messages ``text`` is sent as (0 for no text).

    In the GSM alphabet one message holds 160 septets and each part of a longer one 153
    (the rest carries the joining header); ``{``, ``€`` and the like take two septets.
    Any other character makes the message UCS-2: 70 UTF-16 units, 67 per part.  (A
    phone never splits a two-septet character across parts, which can add a part in
    rare cases; that is not modelled.)
    """
    if not text:
        return 0
    if all(c in _GSM_BASIC or c in _GSM_EXTENSION for c in text):
        units = sum(2 if c in _GSM_EXTENSION else 1 for c in text)
        single, part = 160, 153
    else:
        units = len(text.encode("utf-16-le")) // 2
        single, part = 70, 67
    return 1 if units <= single else math.ceil(units / part)


def _channel_key(value: str) -> str:
    wanted = value.strip().casefold()
    for channel in CHANNELS.values():
        if wanted in (channel.key, channel.label.casefold()):
            return channel.key
    known = ", ".join(c.label for c in CHANNELS.values())
    raise ValueError(f"'{value.strip()}' is not a channel (one of: {known})")


# --- drafts -------------------------------------------------------------------------------


@dataclass
class DraftInput:
    """What a draft's editor changes: the core text has its own revisions, apart."""

    title: str
    channels: list[str]
    owner_org_id: str | None = None
    tags: list[str] = field(default_factory=list)

    def validated(self) -> DraftInput:
        """Checked as a whole, so an editor can show every problem at once; channels may
        be given by key or label, and come back as keys in the order given."""
        p = _Problems()
        channels: list[str] = []
        for value in self.channels:
            key = p.check("channels", lambda v=value: _channel_key(v), "")
            if key and key not in channels:
                channels.append(key)
        result = DraftInput(
            title=p.check("title", lambda: validation.required(self.title, "draft's title"), ""),
            channels=channels,
            owner_org_id=self.owner_org_id or None,
            tags=sorted({t.strip().lower() for t in self.tags if t.strip()}),
        )
        p.raise_if_any()
        return result


@dataclass(frozen=True)
class DraftRow:
    """One line of the drafts list.  ``updated_at`` is the latest change to the draft or
    anything in it (a variant, a revision, a sign-off, a comment)."""

    id: str
    title: str
    status: DraftStatus
    channels: tuple[str, ...]
    variant_count: int
    approved_count: int
    updated_at: dt.datetime


def _apply_draft(session: Session, draft: Draft, data: DraftInput) -> None:
    owner = session.get(Organization, data.owner_org_id) if data.owner_org_id else None
    if data.owner_org_id and owner is None:
        raise ValidationError({"owner_org_id": "the owning organization no longer exists"})
    draft.title = data.title
    draft.channels = list(data.channels)
    # Key and object both, so the owner reads right before the next flush too.
    draft.owner_org_id, draft.owner_org = data.owner_org_id, owner
    draft.tags = list(data.tags)


def _add_revision(
    session: Session,
    draft: Draft,
    variant: DraftVariant | None,
    text_: str,
    note: str = "",
    restored_from: DraftRevision | None = None,
) -> DraftRevision:
    """The next revision of the core text (``variant`` None) or of a variant."""
    latest = session.scalar(
        select(func.max(DraftRevision.number)).where(
            DraftRevision.draft_id == draft.id,
            DraftRevision.variant_id.is_(None) if variant is None
            else DraftRevision.variant_id == variant.id,
        )
    )
    revision = DraftRevision(
        number=(latest or 0) + 1,
        text=text_,
        author=changes.IDENTITY.actor,
        note=note,
        restored_from_id=restored_from.id if restored_from is not None else None,
    )
    # Appended from the one side: only that cascades the new row into the session.
    draft.revisions.append(revision)
    if variant is None:
        draft.core_text = text_
    else:
        variant.revisions.append(revision)
        variant.text = text_
    return revision


def _record_status(draft: Draft, status: DraftStatus, note: str) -> None:
    draft.status = status
    draft.status_changes.append(
        DraftStatusChange(status=status, actor=changes.IDENTITY.actor, note=note.strip())
    )


@writes("Add draft")
def create_draft(session: Session, data: DraftInput, core_text: str = "") -> Draft:
    """A new draft, in status draft, its core text as revision 1 (even when empty, so
    that every later text has a revision to be compared with)."""
    clean = data.validated()
    draft = Draft()
    _apply_draft(session, draft, clean)
    _record_status(draft, DraftStatus.DRAFT, "")
    session.add(draft)
    _add_revision(session, draft, None, core_text, "First text")
    return draft


@writes("Edit draft")
def update_draft(session: Session, draft_id: str, data: DraftInput) -> Draft:
    """Change the title, channels, owner and tags; the core text is saved apart
    (:func:`save_core_text`), as a revision."""
    draft = get_draft(session, draft_id)
    _apply_draft(session, draft, data.validated())
    return draft


@writes("Delete draft")
def delete_draft(session: Session, draft_id: str) -> None:
    """Delete a draft with its variants, revisions, sign-offs, comments and history."""
    session.delete(get_draft(session, draft_id))


def get_draft(session: Session, draft_id: str) -> Draft:
    draft = session.get(Draft, draft_id)
    if draft is None:
        raise NotFoundError("that draft no longer exists")
    return draft


def draft_input(draft: Draft) -> DraftInput:
    """The editable values of a draft, as its editor starts from them."""
    return DraftInput(
        title=draft.title,
        channels=list(draft.channels),
        owner_org_id=draft.owner_org_id,
        tags=list(draft.tags),
    )


def drafts(
    session: Session, *, status: DraftStatus | str | None = None, text: str = ""
) -> list[DraftRow]:
    """The drafts, latest changed first; ``text`` searches titles, texts, audiences,
    tags and comments through the search index."""
    query = select(Draft.id, Draft.title, Draft.status, Draft.channels, Draft.updated_at)
    if status is not None:
        query = query.where(Draft.status == _enum(DraftStatus, status, "draft status"))
    expression = match_expression(text)
    if expression:
        matching = sql_text(f"draft.rowid IN ({matching_rowids_sql('draft')})")
        query = query.where(matching.bindparams(match=expression))
    rows = session.execute(query).all()
    ids = [r.id for r in rows]
    if not ids:
        return []
    latest: dict[str, dt.datetime] = {r.id: r.updated_at for r in rows}

    def later(pairs: Iterable[tuple[str, dt.datetime | None]]) -> None:
        for draft_id, at in pairs:
            if at is not None and at > latest[draft_id]:
                latest[draft_id] = at

    later(session.execute(
        select(DraftRevision.draft_id, func.max(DraftRevision.at))
        .where(DraftRevision.draft_id.in_(ids)).group_by(DraftRevision.draft_id)
    ))
    later(session.execute(
        select(DraftComment.draft_id, func.max(DraftComment.updated_at))
        .where(DraftComment.draft_id.in_(ids)).group_by(DraftComment.draft_id)
    ))
    later(session.execute(
        select(DraftVariant.draft_id, func.max(DraftVariant.updated_at))
        .where(DraftVariant.draft_id.in_(ids)).group_by(DraftVariant.draft_id)
    ))
    later(session.execute(
        select(DraftVariant.draft_id, func.max(SignOff.updated_at))
        .join(SignOff, SignOff.variant_id == DraftVariant.id)
        .where(DraftVariant.draft_id.in_(ids)).group_by(DraftVariant.draft_id)
    ))

    variant_ids: dict[str, list[str]] = {i: [] for i in ids}
    for variant_id, draft_id in session.execute(
        select(DraftVariant.id, DraftVariant.draft_id).where(DraftVariant.draft_id.in_(ids))
    ):
        variant_ids[draft_id].append(variant_id)
    answers: dict[str, list[tuple[bool, SignOffAnswer]]] = {}
    for variant_id, required, answer in session.execute(
        select(SignOff.variant_id, SignOff.required, SignOff.answer)
        .join(DraftVariant, DraftVariant.id == SignOff.variant_id)
        .where(DraftVariant.draft_id.in_(ids), SignOff.voided_at.is_(None))
    ):
        answers.setdefault(variant_id, []).append((required, answer))

    result = [
        DraftRow(
            id=r.id,
            title=r.title,
            status=r.status,
            channels=tuple(r.channels),
            variant_count=len(variant_ids[r.id]),
            approved_count=sum(
                _state_of(answers.get(v, [])) == VariantState.APPROVED for v in variant_ids[r.id]
            ),
            updated_at=latest[r.id],
        )
        for r in rows
    ]
    result.sort(key=lambda row: (-row.updated_at.timestamp(), row.title.casefold()))
    return result


# --- status -------------------------------------------------------------------------------

MOVES: dict[DraftStatus, tuple[DraftStatus, ...]] = {
    DraftStatus.DRAFT: (DraftStatus.IN_REVIEW,),
    DraftStatus.IN_REVIEW: (DraftStatus.APPROVED, DraftStatus.DRAFT),
    DraftStatus.APPROVED: (DraftStatus.PUBLISHED, DraftStatus.DRAFT),
    DraftStatus.PUBLISHED: (DraftStatus.RETIRED,),
    DraftStatus.RETIRED: (),
}
"""Where a draft may go from each status: forward one step, or back to draft for changes."""


@writes("Change draft status")
def set_status(session: Session, draft_id: str, status: DraftStatus | str, note: str = "") -> Draft:
    """Move a draft along draft → in review → approved → published → retired (or back
    to draft from review or approval), recording who moved it and when.

    A draft is approved only when every variant is: the pack sent out must hold no
    wording that a required group has not signed.
    """
    draft = get_draft(session, draft_id)
    try:
        target = _enum(DraftStatus, status, "draft status")
    except ValueError as exc:
        raise ValidationError({"status": str(exc)}) from None
    allowed = MOVES[draft.status]
    if target not in allowed:
        if allowed:
            choices = " or ".join(s.label.lower() for s in allowed)
            message = (
                f"from {draft.status.label.lower()}, a draft can move only to {choices}, "
                f"not to {target.label.lower()}"
            )
        else:
            message = f"a {draft.status.label.lower()} draft cannot change status any more"
        raise ValidationError({"status": message})
    if target == DraftStatus.APPROVED:
        states = [(v.audience, variant_state(session, v.id)) for v in variants(session, draft_id)]
        waiting = [f"{audience} ({state.label.lower()})" for audience, state in states
                   if state != VariantState.APPROVED]
        if waiting:
            still = ", ".join(waiting)
            raise ValidationError({"status": f"every variant must be approved first: {still}"})
    _record_status(draft, target, note)
    return draft


def status_history(session: Session, draft_id: str) -> list[DraftStatusChange]:
    """Every status the draft had, oldest first, with who and when."""
    return list(session.scalars(
        select(DraftStatusChange).where(DraftStatusChange.draft_id == draft_id)
        .order_by(DraftStatusChange.at, DraftStatusChange.created_at)
    ))


# --- texts and revisions --------------------------------------------------------------------


@writes("Save core text")
def save_core_text(
    session: Session, draft_id: str, text: str, note: str = ""
) -> DraftRevision | None:
    """Save the core text as a new revision; None when it did not change (a history of
    empty revisions would hide the real ones)."""
    draft = get_draft(session, draft_id)
    if text == draft.core_text:
        return None
    return _add_revision(session, draft, None, text, note.strip())


def _void_and_ask_again(session: Session, variant: DraftVariant, revision: DraftRevision) -> None:
    """After the variant's wording changed: an answer given to the old wording no longer
    holds, so it is voided and the same group is asked again; a request still unanswered
    simply moves to the new wording."""
    now = dt.datetime.now(UTC)
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
        _record_status(variant.draft, DraftStatus.IN_REVIEW, f"{variant.audience} changed after approval")


def _new_variant_text(
    session: Session,
    variant: DraftVariant,
    text_: str,
    note: str,
    restored_from: DraftRevision | None = None,
) -> DraftRevision:
    revision = _add_revision(session, variant.draft, variant, text_, note, restored_from)
    _void_and_ask_again(session, variant, revision)
    return revision


@writes("Save variant text")
def save_variant_text(
    session: Session, variant_id: str, text: str, note: str = ""
) -> DraftRevision | None:
    """Save a variant's text as a new revision (None when unchanged).

    Every sign-off already answered is voided and asked again on the new revision: an
    edit after a sign-off visibly voids it, so nobody's approval covers words they have
    not read.
    """
    variant = get_variant(session, variant_id)
    if text == variant.text:
        return None
    return _new_variant_text(session, variant, text, note.strip())


def revisions(
    session: Session, draft_id: str, variant_id: str | None = None
) -> list[DraftRevision]:
    """The revisions of the core text (``variant_id`` None) or of one variant, newest first."""
    target = (
        DraftRevision.variant_id.is_(None)
        if variant_id is None
        else DraftRevision.variant_id == variant_id
    )
    return list(session.scalars(
        select(DraftRevision).where(DraftRevision.draft_id == draft_id, target)
        .order_by(DraftRevision.number.desc())
    ))


def get_revision(session: Session, revision_id: str) -> DraftRevision:
    revision = session.get(DraftRevision, revision_id)
    if revision is None:
        raise NotFoundError("that revision no longer exists")
    return revision


@writes("Restore revision")
def restore_revision(session: Session, revision_id: str) -> DraftRevision:
    """Bring back an old text as a new revision (the history is never rewritten).

    For a variant this is an edit like any other: answered sign-offs are voided and
    asked again.  Restoring the text already current is refused, as it would change
    nothing.
    """
    old = get_revision(session, revision_id)
    variant = old.variant
    current = old.draft.core_text if variant is None else variant.text
    if old.text == current:
        raise ValidationError({"revision": f"the text is already that of revision {old.number}"})
    note = f"Restored revision {old.number}"
    if variant is None:
        return _add_revision(session, old.draft, None, old.text, note, old)
    return _new_variant_text(session, variant, old.text, note, old)


# --- comparing texts ------------------------------------------------------------------------

DiffOp = Literal["equal", "delete", "insert"]
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


def _merged(ops: Iterable[tuple[DiffOp, str]]) -> list[tuple[DiffOp, str]]:
    result: list[tuple[DiffOp, str]] = []
    for op, piece in ops:
        if not piece:
            continue
        if result and result[-1][0] == op:
            result[-1] = (op, result[-1][1] + piece)
        else:
            result.append((op, piece))
    return result


def diff_words(old: str, new: str) -> list[tuple[DiffOp, str]]:
    """The word-level changes from ``old`` to ``new``, as ("equal" | "delete" | "insert",
    text) in reading order.

    Joining the equal and deleted pieces gives ``old`` back; the equal and inserted ones
    give ``new``.  Words, runs of spaces and punctuation marks are the tokens, compared
    by difflib (without its junk heuristic, which would skip common words such as "the"
    in a long text).  Spaces alone between two changes are shown as changed too, so that
    "the quick brown" → "a slow red" reads as one change, not three; a line break is not.
    """
    # Lines first, then words inside the changed lines only: one word-level comparison of
    # two long texts grows with the square of their length (seconds for a few hundred
    # lines), while a message edited here and there changes only a few lines.
    old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
    ops: list[tuple[DiffOp, str]] = []
    lines = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    for tag, i1, i2, j1, j2 in lines.get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(old_lines[i1:i2])))
        else:
            ops += _word_ops("".join(old_lines[i1:i2]), "".join(new_lines[j1:j2]))
    ops = _merged(ops)
    folded: list[tuple[DiffOp, str]] = []
    for i, (op, piece) in enumerate(ops):
        if op == "equal" and piece.isspace() and "\n" not in piece and 0 < i < len(ops) - 1:
            folded += [("delete", piece), ("insert", piece)]
        else:
            folded.append((op, piece))
    # Deletions before insertions in each run of changes, then runs joined.
    result: list[tuple[DiffOp, str]] = []
    run: list[tuple[DiffOp, str]] = []
    for op, piece in folded + [("equal", "")]:
        if op == "equal":
            result += [("delete", "".join(p for o, p in run if o == "delete")),
                       ("insert", "".join(p for o, p in run if o == "insert")),
                       (op, piece)]
            run = []
        else:
            run.append((op, piece))
    return _merged(result)


def _word_ops(old: str, new: str) -> list[tuple[DiffOp, str]]:
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    ops: list[tuple[DiffOp, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(a[i1:i2])))
        else:
            ops.append(("delete", "".join(a[i1:i2])))
            ops.append(("insert", "".join(b[j1:j2])))
    return ops


def _html_text(piece: str) -> str:
    return html.escape(piece).replace("\r\n", "<br>").replace("\n", "<br>")


def side_by_side_html(old: str, new: str) -> tuple[str, str]:
    """Two HTML fragments to show ``old`` and ``new`` side by side: deletions highlighted
    on the left, insertions on the right; the text escaped, line breaks kept."""
    left: list[str] = []
    right: list[str] = []
    for op, piece in diff_words(old, new):
        shown = _html_text(piece)
        if op == "equal":
            left.append(shown)
            right.append(shown)
        elif op == "delete":
            left.append(f'<del style="background:#fdd">{shown}</del>')
        else:
            right.append(f'<ins style="background:#dfd">{shown}</ins>')
    return "".join(left), "".join(right)


# --- variants -------------------------------------------------------------------------------


def get_variant(session: Session, variant_id: str) -> DraftVariant:
    variant = session.get(DraftVariant, variant_id)
    if variant is None:
        raise NotFoundError("that variant no longer exists")
    return variant


def variants(session: Session, draft_id: str) -> list[DraftVariant]:
    """A draft's variants by audience."""
    return list(session.scalars(
        select(DraftVariant).where(DraftVariant.draft_id == draft_id)
        .order_by(func.lower(DraftVariant.audience))
    ))


_FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _variant_values(
    session: Session,
    draft: Draft,
    audience: str,
    state: str,
    organization_id: str | None,
    fields: dict[str, str],
    variant_id: str | None,
) -> tuple[str, str, Organization | None, dict[str, str]]:
    """The audience, state code, group and fields to store, or every problem at once."""
    p = _Problems()
    code = p.check("state", lambda: normalize_state(state), "")
    org = None
    if organization_id:
        try:
            org = get_organization(session, organization_id)
        except NotFoundError as exc:
            p.problems["organization_id"] = str(exc)
    label = audience.strip() or (BY_CODE[code].name if code else org.name if org else "")
    if not label:
        p.problems.setdefault("audience", "name the audience, or choose a state or a group")
    else:
        taken = session.scalar(
            select(DraftVariant.id).where(
                DraftVariant.draft_id == draft.id,
                func.lower(DraftVariant.audience) == label.lower(),
                DraftVariant.id != (variant_id or ""),
            )
        )
        if taken is not None:
            p.problems["audience"] = f"this draft already has a variant for '{label}'"
    clean: dict[str, str] = {}
    for key, value in fields.items():
        name = key.strip()
        if not name:
            continue
        if not _FIELD_NAME.match(name):
            p.problems.setdefault(
                "fields", f"'{name}' cannot be a merge field name (letters, digits and _ only)"
            )
        clean[name] = str(value)
    p.raise_if_any()
    return label, code, org, clean


def _set_group(variant: DraftVariant, org: Organization | None) -> None:
    """Key and object both, so the group reads right before the next flush too."""
    variant.organization_id, variant.organization = (org.id if org else None), org


@writes("Add variant")
def add_variant(
    session: Session,
    draft_id: str,
    audience: str,
    *,
    state: str = "",
    organization_id: str | None = None,
    text: str | None = None,
) -> DraftVariant:
    """A variant for one audience, starting from the core text unless given a text; its
    text is revision 1.  The audience defaults to the state's or the group's name."""
    draft = get_draft(session, draft_id)
    label, code, org, _ = _variant_values(
        session, draft, audience, state, organization_id, {}, None
    )
    variant = DraftVariant(audience=label, state=code, fields={})
    _set_group(variant, org)
    draft.variants.append(variant)
    _add_revision(session, draft, variant, draft.core_text if text is None else text, "First text")
    return variant


@writes("Edit variant")
def update_variant(
    session: Session,
    variant_id: str,
    *,
    audience: str,
    state: str,
    organization_id: str | None,
    fields: dict[str, str],
) -> DraftVariant:
    """Change who a variant is for and its own merge values.

    A change of state, group or fields changes what the message says once filled in, so
    it voids the answered sign-offs like an edit of the text; renaming the audience does
    not.
    """
    variant = get_variant(session, variant_id)
    label, code, org, clean = _variant_values(
        session, variant.draft, audience, state, organization_id, fields, variant.id
    )
    filled_differently = (code, org.id if org else None, clean) != (
        variant.state, variant.organization_id, dict(variant.fields)
    )
    variant.audience = label
    variant.state = code
    _set_group(variant, org)
    variant.fields = clean
    if filled_differently:
        _void_and_ask_again(session, variant, current_revision(session, variant.id))
    return variant


@writes("Delete variant")
def delete_variant(session: Session, variant_id: str) -> None:
    """Delete a variant with its revisions, sign-offs and comments."""
    variant = get_variant(session, variant_id)
    draft = variant.draft
    session.delete(variant)
    session.flush()
    session.expire(draft)  # its revisions and comments included the variant's


def current_revision(session: Session, variant_id: str) -> DraftRevision:
    """The variant's latest revision: the wording a sign-off is asked for."""
    revision = session.scalar(
        select(DraftRevision).where(DraftRevision.variant_id == variant_id)
        .order_by(DraftRevision.number.desc()).limit(1)
    )
    if revision is None:
        raise NotFoundError("that variant no longer exists")
    return revision


# --- merge fields -------------------------------------------------------------------------

MERGE_FIELDS = ("state", "group", "next_call")
# {name}, or a doubled brace standing for itself.  Anything else with braces is text, as
# a person typing a post may well write a stray one (string.Formatter would refuse the
# whole text for it).
_MERGE = re.compile(r"\{\{|\}\}|\{([A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Rendered:
    """A text with its merge fields filled; ``missing`` names those left as {name}."""

    text: str
    missing: list[str]


def fill_fields(text: str, values: dict[str, str]) -> Rendered:
    """``text`` with each {name} replaced by its value; a field without a value (or an
    empty one) stays as written and is listed in ``missing``.  ``{{`` and ``}}`` stand
    for a literal brace, as in Python's format strings."""
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in ("{{", "}}"):
            return token[0]
        name = match.group(1)
        value = values.get(name, "")
        if value:
            return value
        if name not in missing:
            missing.append(name)
        return token

    return Rendered(_MERGE.sub(replace, text), missing)


def fields_in(text: str) -> list[str]:
    """The merge fields a text uses, once each, in reading order (for the editor)."""
    names: list[str] = []
    for match in _MERGE.finditer(text):
        name = match.group(1)
        if name and name not in names:
            names.append(name)
    return names


def spoken_time(instant: dt.datetime, zone: str) -> str:
    """'Tuesday, December 1 at 8:30 PM EST': how a post says when the call is.

    Spelled out rather than by strftime, whose names follow the locale Qt sets, while
    the messages are English.
    """
    local = instant.astimezone(ZoneInfo(zone))
    hour = local.hour % 12 or 12
    half = "AM" if local.hour < 12 else "PM"
    return (
        f"{calls.WEEKDAY_NAMES[local.weekday()]}, {_MONTHS[local.month - 1]} {local.day} "
        f"at {hour}:{local.minute:02d} {half} {local.tzname()}"
    )


def _next_coalition_call(
    session: Session, draft: Draft, now: dt.datetime | None
) -> calls.Call | None:
    """The soonest upcoming call of the active series; the series of the draft's owner
    come first, as the call a message invites to is its own coalition's call."""
    active = [s for s in calls.all_series(session) if s.status == CallStatus.ACTIVE]
    owned = [s for s in active if draft.owner_org_id and s.owner_org_id == draft.owner_org_id]
    upcoming = [
        call for s in owned or active if (call := calls.next_call(session, s.id, now)) is not None
    ]
    return min(upcoming, key=lambda c: c.start) if upcoming else None


def merge_values(
    session: Session, variant_id: str, *, now: dt.datetime | None = None
) -> dict[str, str]:
    """The values of a variant's merge fields: {state} the state's name, {group} the
    group's name (else the draft owner's), {next_call} the next coalition call in the
    state's time zone (else the call's own), then the variant's own fields, which win."""
    variant = get_variant(session, variant_id)
    draft = variant.draft
    values = {name: "" for name in MERGE_FIELDS}
    if variant.state:
        values["state"] = BY_CODE[variant.state].name
    # By key: an undo puts keys back, not the objects a session loaded before.
    group_id = variant.organization_id or draft.owner_org_id
    group = session.get(Organization, group_id) if group_id else None
    if group is not None:
        values["group"] = group.name
    call = _next_coalition_call(session, draft, now)
    if call is not None:
        zone = BY_CODE[variant.state].time_zone if variant.state else call.time_zone
        values["next_call"] = spoken_time(call.start, zone)
    values.update({k: v for k, v in variant.fields.items() if v})
    return values


def render(session: Session, variant_id: str, *, now: dt.datetime | None = None) -> Rendered:
    """The variant's text as it is sent: its merge fields filled."""
    variant = get_variant(session, variant_id)
    return fill_fields(variant.text, merge_values(session, variant_id, now=now))


def over_limits(
    session: Session, variant_id: str, *, now: dt.datetime | None = None
) -> list[tuple[Channel, Count]]:
    """The draft's channels whose limit the variant's text, as sent, is over (with its
    count): what a group approving it should know, because the post would be cut."""
    variant = get_variant(session, variant_id)
    text_ = render(session, variant_id, now=now).text
    over = []
    for key in variant.draft.channels or ():
        if key in CHANNELS:
            counted = count(key, text_)
            if counted.over:
                over.append((CHANNELS[key], counted))
    return over


def group_choices(session: Session) -> list[tuple[str, str]]:
    """(id, label) of every allied group, by name, for the pickers of this area.

    Two groups may share a name (a party and its state chapter, two local "Red Oregon"s):
    those are told apart by what differs, so that nobody asks or credits the wrong one.
    """
    rows = session.execute(
        select(
            Organization.id,
            Organization.name,
            Organization.short_name,
            Organization.kind,
            Organization.home_state,
            Organization.parent_id,
        ).order_by(func.lower(Organization.name), Organization.id)
    ).all()
    names = {row.id: row.name for row in rows}
    by_name: dict[str, int] = {}
    for row in rows:
        key = row.name.strip().lower()
        by_name[key] = by_name.get(key, 0) + 1
    choices: list[tuple[str, str]] = []
    for row in rows:
        if by_name[row.name.strip().lower()] == 1:
            choices.append((row.id, row.name))
            continue
        details = [
            row.short_name if row.short_name and row.short_name != row.name else "",
            BY_CODE[row.home_state].name if row.home_state in BY_CODE else row.home_state,
            OrgKind(row.kind).label if row.kind else "",
            f"chapter of {names[row.parent_id]}" if row.parent_id in names else "",
        ]
        choices.append((row.id, f"{row.name} ({', '.join(d for d in details if d)})"))
    # Alike in every detail too: the order they were entered in still tells them apart.
    alike: dict[str, int] = {}
    for _ident, label in choices:
        alike[label] = alike.get(label, 0) + 1
    seen: dict[str, int] = {}
    for number, (ident, label) in enumerate(choices):
        if alike[label] > 1:
            seen[label] = seen.get(label, 0) + 1
            choices[number] = (ident, f"{label} #{seen[label]}")
    return choices


# --- sign-offs ------------------------------------------------------------------------------


class VariantState(enum.Enum):
    """Where a variant stands with the groups asked to sign it off."""

    NO_SIGN_OFFS = "no_sign_offs"
    WAITING = "waiting"
    CHANGES_REQUESTED = "changes_requested"
    DECLINED = "declined"
    APPROVED = "approved"

    @property
    def label(self) -> str:
        return {
            "no_sign_offs": "No sign-off asked",
            "waiting": "In review",
            "changes_requested": "Changes requested",
            "declined": "Declined",
            "approved": "Approved",
        }[self.value]


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
    return list(session.scalars(
        select(SignOff).where(SignOff.variant_id == variant_id, SignOff.voided_at.is_(None))
        .order_by(SignOff.requested_at, SignOff.created_at)
    ))


def all_sign_offs(session: Session, variant_id: str) -> list[SignOff]:
    """Every sign-off of a variant, voided ones too (what an edit undid stays visible)."""
    return list(session.scalars(
        select(SignOff).where(SignOff.variant_id == variant_id)
        .order_by(SignOff.requested_at, SignOff.created_at)
    ))


def variant_state(session: Session, variant_id: str) -> VariantState:
    return _state_of([(s.required, s.answer) for s in active_sign_offs(session, variant_id)])


def get_sign_off(session: Session, sign_off_id: str) -> SignOff:
    sign_off = session.get(SignOff, sign_off_id)
    if sign_off is None:
        raise NotFoundError("that sign-off no longer exists")
    return sign_off


@writes("Ask for sign-off")
def request_sign_off(
    session: Session, variant_id: str, organization_id: str, required: bool = True
) -> SignOff:
    """Ask an allied group to sign off the variant as it reads now."""
    variant = get_variant(session, variant_id)
    org = get_organization(session, organization_id)
    if any(s.organization_id == organization_id for s in active_sign_offs(session, variant_id)):
        raise ValidationError(
            {"organization_id": f"{org.name} is already asked about this variant"}
        )
    sign_off = SignOff(
        organization_id=organization_id,
        required=required,
        revision=current_revision(session, variant_id),
    )
    variant.sign_offs.append(sign_off)
    return sign_off


_NEEDS_COMMENT = (SignOffAnswer.CHANGES_REQUESTED, SignOffAnswer.DECLINED)


@writes("Record sign-off answer")
def answer_sign_off(
    session: Session,
    sign_off_id: str,
    answer: SignOffAnswer | str,
    comment: str = "",
    by: str = "",
    *,
    revision_id: str | None = None,
) -> SignOff:
    """Record a group's answer; ``by`` is who answered for it (default: whoever is at
    the keyboard).  Asking for changes or declining needs a comment saying why, or the
    author has nothing to act on.

    ``revision_id`` is the revision the group read.  When the variant was saved again
    since (here, or by another organizer through sync), the answer is refused: an
    approval must never cover words its group has not seen.
    """
    sign_off = get_sign_off(session, sign_off_id)
    if revision_id is not None and sign_off.revision_id != revision_id:
        raise ValidationError(
            {
                "answer": "the variant was edited after this text was shown;"
                " read it again and answer the new text"
            }
        )
    p = _Problems()
    value = p.check("answer", lambda: _enum(SignOffAnswer, answer, "answer"), SignOffAnswer.PENDING)
    if value == SignOffAnswer.PENDING and "answer" not in p.problems:
        p.problems["answer"] = "answer approve, request changes or decline"
    if value in _NEEDS_COMMENT and not comment.strip():
        p.problems["comment"] = f"say why ({value.label.lower()} needs a comment)"
    if sign_off.voided_at is not None:
        p.problems["answer"] = "this request was voided by a later edit; answer the new one"
    p.raise_if_any()
    sign_off.answer = value
    sign_off.comment = comment.strip()
    sign_off.answered_by = by.strip() or changes.IDENTITY.actor
    sign_off.answered_at = dt.datetime.now(UTC)
    return sign_off


@writes("Withdraw sign-off")
def withdraw_sign_off(session: Session, sign_off_id: str) -> None:
    """Stop asking a group (a request made by mistake, or no longer needed).  A voided
    sign-off is history and stays."""
    sign_off = get_sign_off(session, sign_off_id)
    if sign_off.voided_at is not None:
        raise ValidationError({"sign_off": "a voided sign-off is history and cannot be withdrawn"})
    variant = sign_off.variant
    session.delete(sign_off)
    session.flush()
    session.expire(variant, ["sign_offs"])


# --- comments -------------------------------------------------------------------------------


@dataclass
class CommentNode:
    comment: DraftComment
    replies: list[CommentNode] = field(default_factory=list)


@writes("Add comment")
def add_comment(
    session: Session,
    draft_id: str,
    body: str,
    *,
    variant_id: str | None = None,
    parent_id: str | None = None,
) -> DraftComment:
    """A comment on the core text (``variant_id`` None) or on a variant, or a reply,
    which belongs where its parent does."""
    draft = get_draft(session, draft_id)
    try:
        text_ = validation.required(body, "comment")
    except ValueError as exc:
        raise ValidationError({"body": str(exc)}) from None
    variant = get_variant(session, variant_id) if variant_id is not None else None
    if parent_id is not None:
        parent = session.get(DraftComment, parent_id)
        if parent is None or parent.draft is not draft:
            raise NotFoundError("the comment replied to no longer exists")
        # The object, not the key: a parent added in this same transaction gets its
        # variant_id only at the next flush.
        variant = parent.variant
    if variant is not None and variant.draft is not draft:
        raise ValidationError({"variant_id": "that variant belongs to another draft"})
    comment = DraftComment(body=text_, author=changes.IDENTITY.actor, parent_id=parent_id)
    draft.comments.append(comment)
    if variant is not None:
        variant.comments.append(comment)
    return comment


def comment_thread(
    session: Session, draft_id: str, variant_id: str | None = None
) -> list[CommentNode]:
    """The comments on the core text (``variant_id`` None) or on one variant, as threads:
    each with its replies, oldest first."""
    target = (
        DraftComment.variant_id.is_(None)
        if variant_id is None
        else DraftComment.variant_id == variant_id
    )
    rows = session.scalars(
        select(DraftComment).where(DraftComment.draft_id == draft_id, target)
        .order_by(DraftComment.created_at, DraftComment.id)
    )
    nodes = {row.id: CommentNode(row) for row in rows}
    roots: list[CommentNode] = []
    for node in nodes.values():
        parent = nodes.get(node.comment.parent_id or "")
        (parent.replies if parent is not None else roots).append(node)
    return roots


@writes("Delete comment")
def delete_comment(session: Session, comment_id: str) -> None:
    """Delete a comment with every reply under it (a reply alone would lose its sense)."""
    comment = session.get(DraftComment, comment_id)
    if comment is None:
        raise NotFoundError("that comment no longer exists")
    doomed = [comment]
    for row in doomed:  # grows as replies are found, replies of replies too
        doomed += session.scalars(select(DraftComment).where(DraftComment.parent_id == row.id))
    owners = [comment.draft, *([comment.variant] if comment.variant is not None else [])]
    for row in doomed:
        session.delete(row)
    session.flush()
    for owner in owners:  # their comment lists held the rows just deleted
        session.expire(owner)


# --- out: copies, the message pack, files ---------------------------------------------------


@dataclass(frozen=True)
class _Section:
    heading: str
    text: str = ""
    items: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class _Document:
    """What the pack and the exported files say, before it is Markdown or HTML."""

    title: str
    items: tuple[tuple[str, str], ...]
    sections: tuple[_Section, ...]
    note: str = ""


def _day(instant: dt.datetime) -> str:
    """'November 20, 2026', on this computer's calendar."""
    local = instant.astimezone()
    return f"{_MONTHS[local.month - 1]} {local.day}, {local.year}"


def _markdown_text(text_: str) -> str:
    """A message as Markdown that reads as typed: marks escaped, each paragraph kept, and
    each line break kept (two trailing spaces, which every Markdown reader honours)."""
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text_.strip()) if p.strip()]
    return "\n\n".join("  \n".join(_md_line(line) for line in p.splitlines()) for p in paragraphs)


def _html_paragraphs(text_: str) -> str:
    paragraphs = [p for p in re.split(r"\n[ \t]*\n", text_.strip()) if p.strip()]
    return "\n".join(f"<p>{_html_text(p.strip())}</p>" for p in paragraphs)


def _markdown(doc: _Document) -> str:
    lines = [f"# {_md(doc.title)}", ""]
    lines += [f"- {_md(label)}: {_md(value)}" for label, value in doc.items]
    if doc.note:
        lines += ["", _md_line(doc.note)]
    for section in doc.sections:
        lines += ["", f"## {_md(section.heading)}"]
        if section.text.strip():
            lines += ["", _markdown_text(section.text)]
        if section.items:
            lines += [""] + [f"- {_md(label)}: {_md(value)}" for label, value in section.items]
    return "\n".join(lines) + "\n"


def _html_items(items: Iterable[tuple[str, str]]) -> list[str]:
    rows = [f"<li>{html.escape(label)}: {html.escape(value)}</li>" for label, value in items]
    return ["<ul>", *rows, "</ul>"] if rows else []


def _html(doc: _Document) -> str:
    """A whole HTML page (UTF-8), plain enough for Qt to print it as a PDF."""
    body = [f"<h1>{html.escape(doc.title)}</h1>", *_html_items(doc.items)]
    if doc.note:
        body.append(f"<p><em>{html.escape(doc.note)}</em></p>")
    for section in doc.sections:
        body.append(f"<h2>{html.escape(section.heading)}</h2>")
        if section.text.strip():
            body.append(_html_paragraphs(section.text))
        body += _html_items(section.items)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(doc.title)}</title>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _channel_lengths(draft: Draft, text_: str) -> str:
    """'Post on X (251 of 280), E-mail': each channel, with the count where it has a limit
    (counted on the text as sent)."""
    parts = []
    for key in draft.channels:
        channel = CHANNELS[key]
        if channel.limit is None:
            parts.append(channel.label)
            continue
        counted = count(key, text_)
        extra = f": {counted.over} too many" if counted.over else ""
        parts.append(f"{channel.label} ({counted.used:,} of {channel.limit:,}{extra})")
    return ", ".join(parts) or "none chosen"


def _answer(sign_off: SignOff) -> str:
    """'Approved by Caleb Whitfield on November 21, 2026 (revision 3): comment'."""
    revision = f" (revision {sign_off.revision.number})" if sign_off.revision is not None else ""
    if sign_off.answer == SignOffAnswer.PENDING:
        said = f"Asked on {_day(sign_off.requested_at)}{revision}, no answer yet"
    else:
        when = f" on {_day(sign_off.answered_at)}" if sign_off.answered_at else ""
        who = f" by {sign_off.answered_by}" if sign_off.answered_by else ""
        said = f"{sign_off.answer.label}{who}{when}{revision}"
        if sign_off.comment:
            said += f": {sign_off.comment}"
    if not sign_off.required:
        said += " (optional)"
    if sign_off.voided_at is not None:
        said = f"Voided by an edit on {_day(sign_off.voided_at)}; it was: {said}"
    return said


def _rendered_text(rendered: Rendered) -> str:
    if not rendered.missing:
        return rendered.text
    names = ", ".join("{" + name + "}" for name in rendered.missing)
    return f"{rendered.text}\n\n(Merge fields without a value: {names}.)"


def variant_as(
    session: Session,
    variant_id: str,
    fmt: Literal["text", "markdown", "html"],
    *,
    now: dt.datetime | None = None,
) -> str:
    """The variant as it is sent (merge fields filled), to copy: plain text; Markdown
    under a heading naming the draft and the audience; or HTML paragraphs for a mail."""
    variant = get_variant(session, variant_id)
    rendered = render(session, variant_id, now=now)
    if fmt == "text":
        return rendered.text
    if fmt == "markdown":
        heading = f"# {_md(variant.draft.title)}: {_md(variant.audience)}"
        return f"{heading}\n\n{_markdown_text(rendered.text)}\n"
    if fmt == "html":
        return _html_paragraphs(rendered.text)
    raise ValueError(f"unknown format {fmt!r}")


def message_pack(
    session: Session,
    draft_id: str,
    fmt: Literal["markdown", "html"],
    *,
    now: dt.datetime | None = None,
) -> str:
    """Every approved variant of a draft, one section per audience, with the draft's
    status and channels, the text as sent, its length per channel and who signed it off.

    Only approved variants: the pack is what partners may send as it is.
    """
    draft = get_draft(session, draft_id)
    owner = session.get(Organization, draft.owner_org_id) if draft.owner_org_id else None
    every = variants(session, draft_id)
    approved = [v for v in every if variant_state(session, v.id) == VariantState.APPROVED]
    sections = []
    for variant in approved:
        rendered = render(session, variant.id, now=now)
        signed = [
            (s.organization.name, _answer(s)) for s in active_sign_offs(session, variant.id)
        ]
        sections.append(_Section(
            variant.audience,
            _rendered_text(rendered),
            (("Channels", _channel_lengths(draft, rendered.text)), *signed),
        ))
    doc = _Document(
        title=f"Message pack: {draft.title}",
        items=(
            ("Draft status", draft.status.label),
            ("Channels", ", ".join(CHANNELS[k].label for k in draft.channels) or "none chosen"),
            *((("From", owner.name),) if owner is not None else ()),
            ("Approved variants", f"{len(approved)} of {len(every)}"),
        ),
        sections=tuple(sections),
        note="" if approved else "No variant is approved yet: nothing here is ready to send.",
    )
    if fmt == "markdown":
        return _markdown(doc)
    if fmt == "html":
        return _html(doc)
    raise ValueError(f"unknown format {fmt!r}")


def _variant_file(session: Session, variant: DraftVariant) -> str:
    """One variant as a Markdown file: which draft, which audience, where its sign-off
    stands, the text as sent, and every sign-off with its answer (voided ones too)."""
    draft = variant.draft
    rendered = render(session, variant.id)
    revision = current_revision(session, variant.id)
    author = revision.author or "unknown"
    history = all_sign_offs(session, variant.id)
    doc = _Document(
        title=f"{draft.title}: {variant.audience}",
        items=(
            ("Draft", draft.title),
            ("Audience", variant.audience),
            ("Draft status", draft.status.label),
            ("Sign-off state", variant_state(session, variant.id).label),
            ("Channels", _channel_lengths(draft, rendered.text)),
            ("Revision", f"{revision.number}, by {author} on {_day(revision.at)}"),
        ),
        sections=(
            _Section("Message", _rendered_text(rendered)),
            _Section(
                "Sign-offs",
                "" if history else "No sign-off asked yet.",
                tuple((s.organization.name, _answer(s)) for s in history),
            ),
        ),
    )
    return _markdown(doc)


def drafts_titled(session: Session, title: str | None) -> list[Draft]:
    """Every draft (title None), or those called ``title`` in any case; an unknown title
    is an error that lists the titles there are."""
    every = list(session.scalars(select(Draft).order_by(func.lower(Draft.title), Draft.created_at)))
    if title is None:
        return every
    chosen = [d for d in every if d.title.casefold() == title.strip().casefold()]
    if not chosen:
        known = "; ".join(f"'{t}'" for t in sorted({d.title for d in every})) or "none yet"
        raise CoalitionError(f"no draft is called '{title}' (the drafts: {known})")
    return chosen


def export_messages(
    session: Session, out_dir: str | Path, draft_title: str | None = None
) -> list[Path]:
    """Write one Markdown file per variant (any state) of every draft, or of the drafts
    called ``draft_title``: ``<draft>--<audience>.md`` in ``out_dir``.

    Every file is made before any is written, and each is written whole (a temporary
    file renamed), so a failure leaves no half file.  Returns the paths written.
    """
    made: list[tuple[str, str]] = []
    taken: set[str] = set()
    for draft in drafts_titled(session, draft_title):
        for variant in variants(session, draft.id):
            stem = f"{safe_stem(draft.title, 'draft')}--{safe_stem(variant.audience, 'audience')}"
            name, number = f"{stem}.md", 1
            while name in taken:
                number += 1
                name = f"{stem}-{number}.md"
            taken.add(name)
            made.append((name, _variant_file(session, variant)))
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in made:
        write_bytes(folder / name, content.encode("utf-8"))
        written.append(folder / name)
    return written
