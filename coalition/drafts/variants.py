"""Variants: the text for one state or allied group, with its own merge values.

A declaration a decision adopted gets no variant, and keeps those it has as they are
(:mod:`coalition.drafts.lock`)."""

from __future__ import annotations

import re

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.common.states import BY_CODE, normalize_state
from coalition.directory.records import _Problems, get_organization
from coalition.drafts.draft import _add_revision
from coalition.drafts.lock import check_unlocked
from coalition.drafts.lookup import current_revision, get_draft, get_variant
from coalition.drafts.signoffs import _void_and_ask_again
from coalition.store.changes import writes
from coalition.store.models import Draft, DraftVariant, Organization


def variants(session: Session, draft_id: str) -> list[DraftVariant]:
    """A draft's variants by audience."""
    return list(
        session.scalars(
            select(DraftVariant)
            .where(DraftVariant.draft_id == draft_id)
            .order_by(func.lower(DraftVariant.audience))
        )
    )


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
            p.problems["organization_id"] = sentence_of(exc)
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
            p.problems["audience"] = QT_TRANSLATE_NOOP(
                "Drafts", "this draft already has a variant for '{label}'"
            ).format(label=label)
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


@writes(QT_TRANSLATE_NOOP("Changes", "Add variant"))
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
    check_unlocked(session, draft)
    label, code, org, _ = _variant_values(
        session, draft, audience, state, organization_id, {}, None
    )
    variant = DraftVariant(audience=label, state=code, fields={})
    _set_group(variant, org)
    draft.variants.append(variant)
    _add_revision(session, draft, variant, draft.core_text if text is None else text, "First text")
    return variant


@writes(QT_TRANSLATE_NOOP("Changes", "Edit variant"))
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
    check_unlocked(session, variant.draft)
    label, code, org, clean = _variant_values(
        session, variant.draft, audience, state, organization_id, fields, variant.id
    )
    filled_differently = (code, org.id if org else None, clean) != (
        variant.state,
        variant.organization_id,
        dict(variant.fields),
    )
    variant.audience = label
    variant.state = code
    _set_group(variant, org)
    variant.fields = clean
    if filled_differently:
        _void_and_ask_again(session, variant, current_revision(session, variant.id))
    return variant


@writes(QT_TRANSLATE_NOOP("Changes", "Delete variant"))
def delete_variant(session: Session, variant_id: str) -> None:
    """Delete a variant with its revisions, sign-offs and comments."""
    variant = get_variant(session, variant_id)
    draft = variant.draft
    check_unlocked(session, draft)
    session.delete(variant)
    session.flush()
    session.expire(draft)  # its revisions and comments included the variant's
