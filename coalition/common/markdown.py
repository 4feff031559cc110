"""Markdown for the documents people send (a call's agenda and minutes, a message pack):
what they typed escaped so that it reads as typed, the months' English names, and plain
text from Markdown by a few fixed rules."""

from __future__ import annotations

import re
from collections.abc import Callable

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")
_LINE_START = re.compile(r"^([ \t]*)([#+=-])|^([ \t]*\d+)([.)])(?=\s|$)")


def escape(text: str) -> str:
    """Typed text made literal inside a line of Markdown: its marks escaped, so that it
    reads as typed."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def escape_line(text: str) -> str:
    """Typed text that starts a line: also the mark that would make it a heading or a
    list item is escaped."""

    def mark(match: re.Match[str]) -> str:
        before, sign = (match.group(1), match.group(2)) if match.group(2) else match.group(3, 4)
        return f"{before}\\{sign}"

    return _LINE_START.sub(mark, escape(text))


def indented(text: str, indent: str) -> str:
    """Text of several lines kept inside a list item (continuation lines indented)."""
    first, *rest = text.strip().splitlines()
    return "".join([escape(first), *(f"\n{indent}{escape_line(line)}" for line in rest)])


# Spelled out here, not by strftime: Qt sets the C locale from the environment, and the
# text around these dates is English.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_PLACEHOLDER = "\ue000{}\ue001"
_RESTORE = re.compile("\ue000(\\d+)\ue001")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _link(match: re.Match[str]) -> str:
    text, address = match.groups()
    return address if text in ("", address) else f"{text} ({address})"


_RULES: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"!?\[([^\]]*)\]\(([^)\s]+)\)"), _link),
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
)


def markdown_to_text(md: str) -> str:
    """Plain text for an e-mail from Markdown, by a few fixed rules.

    Headings lose their ``#`` (the first two levels are underlined with ``=`` and
    ``-``), emphasis and code marks go, a link becomes "text (address)", a quote loses
    its ``>``, and an escaped character becomes itself; list marks and indentation stay,
    since they read well as they are.
    """
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return _PLACEHOLDER.format(len(kept) - 1)

    out: list[str] = []
    for raw in _ESCAPED.sub(hold, md).splitlines():
        line = re.sub(r"^\s{0,3}>\s?", "", raw).rstrip()
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(2)
        for pattern, replacement in _RULES:
            line = pattern.sub(replacement, line)
        line = _RESTORE.sub(lambda m: kept[int(m.group(1))], line)
        out.append(line)
        if heading and len(heading.group(1)) <= 2:
            out.append(("=" if len(heading.group(1)) == 1 else "-") * len(line))
    return "\n".join(out) + ("\n" if md.endswith("\n") else "")


__all__ = [
    "MONTHS",
    "escape",
    "escape_line",
    "indented",
    "markdown_to_text",
]
