"""Global search over the directory (SQLite FTS5), as you type.

Each word typed becomes a prefix query, all words must match, and the title counts
more than the body in the ranking.  The same expression filters the long lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

KINDS = ("organization", "person", "campaign")
KIND_LABELS = {"organization": "Organization", "person": "Person", "campaign": "Campaign"}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    snippet: str


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression for what someone typed ('' when nothing searchable).

    Words are quoted, so operators and punctuation typed by a person are never parsed
    as FTS syntax (a stray quote or ``AND`` cannot make the query fail).
    """
    words = _WORD.findall(query)
    return " ".join(f'"{w}"*' for w in words)


def search(session: Session, query: str, *, kinds: tuple[str, ...] = KINDS, limit: int = 50) -> list[Hit]:
    expression = match_expression(query)
    if not expression:
        return []
    placeholders = ", ".join(f":k{i}" for i in range(len(kinds)))
    params: dict[str, object] = {f"k{i}": k for i, k in enumerate(kinds)}
    params.update(q=expression, limit=limit)
    rows = session.execute(
        text(
            "SELECT kind, ref_id, title, snippet(search_index, 3, '[', ']', '…', 8) "
            "FROM search_index WHERE search_index MATCH :q "
            f"AND kind IN ({placeholders}) "
            "ORDER BY bm25(search_index, 0.0, 0.0, 10.0, 1.0) LIMIT :limit"
        ),
        params,
    )
    return [Hit(r[0], r[1], r[2], r[3]) for r in rows]


def matching_ids_sql(kind: str) -> str:
    """SQL for the ids of ``kind`` matching the bound parameter ``:match`` (for list filters)."""
    if kind not in KINDS:
        raise ValueError(kind)
    return f"SELECT ref_id FROM search_index WHERE search_index MATCH :match AND kind = '{kind}'"
