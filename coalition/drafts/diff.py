"""Comparing two texts word by word, for the history and the side-by-side view."""

from __future__ import annotations

import difflib
import html
import re
from collections.abc import Iterable
from typing import Literal

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
    for op, piece in [*folded, ("equal", "")]:
        if op == "equal":
            result += [
                ("delete", "".join(p for o, p in run if o == "delete")),
                ("insert", "".join(p for o, p in run if o == "insert")),
                (op, piece),
            ]
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
