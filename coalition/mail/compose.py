"""Messages as they are sent: built with the standard library's ``email`` package and its
SMTP policy (CRLF lines, headers folded and checked by it, never written by hand), each
with a Message-ID made from what it is for, so that the same message is the same bytes.

An invitation (iMIP, RFC 6047) is multipart/mixed: a multipart/alternative with the
readable text, the same as HTML and the ``text/calendar`` part whose ``method``
parameter is the calendar's METHOD (inline: what Gmail, Outlook and Thunderbird read to
show Accept / Decline), then the same calendar as an ``invite.ics`` attachment for the
clients that want a file.
"""

from __future__ import annotations

import hashlib
import html
import re
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from coalition.common import clock
from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.models import MailAccount

_METHOD = re.compile(rb"^METHOD:([A-Z-]+)\r?$", re.MULTILINE)


def one_line(value: str) -> str:
    """A name or subject as one line: line breaks and control characters become spaces
    (a name typed with a line break in it can never start a header of its own)."""
    return " ".join("".join(c if c.isprintable() else " " for c in value).split())


def message_id(dedupe_key: str, from_address: str) -> str:
    """``<hash@from-domain>``: the same for the same purpose, on every laptop and retry."""
    digest = hashlib.sha256(dedupe_key.encode("utf-8")).hexdigest()[:40]
    domain = from_address.rpartition("@")[2] or "coalition.invalid"
    return f"<{digest}@{domain}>"


def address(name: str, email: str) -> Address:
    """A mailbox for a header; ValueError when ``email`` is not an address."""
    clean = one_line(email)
    if not clean or "@" not in clean:
        raise ValueError(
            QT_TRANSLATE_NOOP("Mail", "{email!r} is not an e-mail address").format(email=email)
        )
    return Address(display_name=one_line(name), addr_spec=clean)


@dataclass(frozen=True)
class Draft:
    """What one message says, before it is built."""

    to_name: str
    to_address: str
    subject: str
    text: str
    html: str
    calendar: bytes | None = None  # an iTIP calendar (REQUEST, CANCEL), CRLF lines


def calendar_method(calendar: bytes) -> str:
    found = _METHOD.search(calendar)
    if found is None:
        raise ValueError(QT_TRANSLATE_NOOP("Mail", "the calendar says no METHOD"))
    return found.group(1).decode("ascii")


def build(account: MailAccount, draft: Draft, msgid: str) -> EmailMessage:
    """The whole message (ValueError when the recipient's address is no address)."""
    message = EmailMessage(policy=SMTP)
    message["From"] = address(account.from_name, account.from_address)
    message["To"] = address(draft.to_name, draft.to_address)
    message["Subject"] = one_line(draft.subject)
    message["Date"] = format_datetime(clock.now().replace(microsecond=0))
    message["Message-ID"] = msgid
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(draft.text, cte="quoted-printable")
    message.add_alternative(draft.html, subtype="html", cte="quoted-printable")
    if draft.calendar is not None:
        method = calendar_method(draft.calendar)
        text = draft.calendar.decode("utf-8")
        message.add_alternative(
            text,
            subtype="calendar",
            cte="base64",
            disposition="inline",
            params={"method": method},
        )
        message.add_attachment(
            draft.calendar,
            maintype="application",
            subtype="ics",
            filename="invite.ics",
            params={"name": "invite.ics"},
        )
    return message


def raw_bytes(message: EmailMessage) -> bytes:
    return message.as_bytes(policy=SMTP)


# -- Markdown (the agenda, the minutes) as simple HTML ----------------------------------

_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_LINK = re.compile(r"(https?://[^\s<>\"]+)")
_ITEM = re.compile(r"^( *)(?:- |(\d+)\. )(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def _inline(text: str) -> str:
    """One line of the app's Markdown as HTML: escaped, ``**strong**`` and links."""
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return f"\ue000{len(kept) - 1}\ue001"

    held = _UNESCAPE.sub(hold, text)
    out = html.escape(held, quote=True)
    out = _STRONG.sub(r"<strong>\1</strong>", out)
    out = _LINK.sub(r'<a href="\1">\1</a>', out)
    return re.sub(
        "\ue000(\\d+)\ue001", lambda m: html.escape(kept[int(m.group(1))], quote=True), out
    )


def markdown_html(md: str) -> str:
    """The agenda's or minutes' Markdown (headings, lists one level deep, strong, links)
    as HTML; everything typed is escaped, so nothing in it can become markup."""
    out: list[str] = []
    stack: list[str] = []  # open lists, outermost first: "ul" / "ol"

    def close_to(depth: int) -> None:
        while len(stack) > depth:
            out.append(f"</li></{stack.pop()}>")

    for line in md.splitlines():
        heading = _HEADING.match(line)
        item = _ITEM.match(line)
        if heading:
            close_to(0)
            level = len(heading.group(1))
            out.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
        elif item:
            depth = 1 if len(item.group(1)) < 2 else 2
            kind = "ol" if item.group(2) else "ul"
            if len(stack) < depth:
                if depth == 2 and not stack:
                    stack.append("ul")
                    out.append("<ul><li>")
                stack.append(kind)
                out.append(f"<{kind}><li>")
            else:
                close_to(depth)
                if stack[-1] != kind:
                    out.append(f"</li></{stack.pop()}><{kind}><li>")
                    stack.append(kind)
                else:
                    out.append("</li><li>")
            out.append(_inline(item.group(3)))
        elif line.strip():
            if stack and line.startswith("  "):
                out.append("<br>" + _inline(line.strip()))
            else:
                close_to(0)
                out.append(f"<p>{_inline(line.strip())}</p>")
        else:
            close_to(0)
    close_to(0)
    return _page("".join(out))


def text_html(text: str) -> str:
    """Plain text as HTML paragraphs (escaped; links made links)."""
    paragraphs = [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]
    body = "".join(
        "<p>" + "<br>".join(_inline_plain(line) for line in p.splitlines()) + "</p>"
        for p in paragraphs
    )
    return _page(body)


def _inline_plain(line: str) -> str:
    return _LINK.sub(r'<a href="\1">\1</a>', html.escape(line, quote=True))


def _page(body: str) -> str:
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
        f'<body style="font-family: sans-serif">{body}</body></html>\n'
    )


__all__ = [
    "Draft",
    "address",
    "build",
    "calendar_method",
    "markdown_html",
    "message_id",
    "one_line",
    "raw_bytes",
    "text_html",
]
