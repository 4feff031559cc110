"""What goes out: a variant to copy, the message pack of approved variants, and one
Markdown file per variant written to a folder."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from coalition.calls.calendar_export import safe_stem
from coalition.common.errors import CoalitionError
from coalition.common.files import write_bytes
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.common.markdown import MONTHS as _MONTHS
from coalition.common.markdown import escape as _md
from coalition.common.markdown import escape_line as _md_line
from coalition.drafts.channels import CHANNELS, count
from coalition.drafts.diff import _html_text
from coalition.drafts.lookup import current_revision, get_draft, get_variant
from coalition.drafts.merge import Rendered, render
from coalition.drafts.signoffs import (
    VariantState,
    active_sign_offs,
    all_sign_offs,
    answerer,
    variant_state,
)
from coalition.drafts.variants import variants
from coalition.store.models import Draft, DraftVariant, Organization, SignOff, SignOffAnswer


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
        session = object_session(sign_off)
        name = answerer(session, sign_off) if session is not None else sign_off.answered_by
        who = f" by {name}" if name else ""
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
    raise ValueError(QT_TRANSLATE_NOOP("Drafts", "unknown format {fmt!r}").format(fmt=fmt))


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
        signed = [(s.organization.name, _answer(s)) for s in active_sign_offs(session, variant.id)]
        sections.append(
            _Section(
                variant.audience,
                _rendered_text(rendered),
                (("Channels", _channel_lengths(draft, rendered.text)), *signed),
            )
        )
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
    raise ValueError(QT_TRANSLATE_NOOP("Drafts", "unknown format {fmt!r}").format(fmt=fmt))


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
        raise CoalitionError(
            QT_TRANSLATE_NOOP(
                "Drafts", "no draft is called '{title}' (the drafts: {known})"
            ).format(title=title, known=known)
        )
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
