"""Global search over the directory (SQLite FTS5), as you type.

Each word typed becomes a prefix query, all words must match, and the title counts
more than the body in the ranking.  The same expression filters the long lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from coalition.store.search_index import fts_table

KINDS = ("organization", "person", "campaign", "draft")
KIND_LABELS = {"organization": "Organization", "person": "Person", "campaign": "Campaign", "draft": "Draft"}
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
    """The best matches across ``kinds``, titles weighing ten times the rest."""
    expression = match_expression(query)
    if not expression:
        return []
    scored: list[tuple[float, Hit]] = []
    for kind in kinds:
        table = fts_table(kind)
        rows = session.execute(
            text(
                f"SELECT x.id, s.title, snippet({table}, 1, '[', ']', '…', 8), bm25({table}, 10.0, 1.0) AS score "
                f"FROM {table} s JOIN {kind} x ON x.rowid = s.rowid "
                f"WHERE {table} MATCH :q ORDER BY score LIMIT :limit"
            ),
            {"q": expression, "limit": limit},
        )
        scored.extend((r[3], Hit(kind, r[0], r[1], r[2])) for r in rows)
    scored.sort(key=lambda pair: pair[0])
    return [hit for _, hit in scored[:limit]]


def matching_rowids_sql(kind: str) -> str:
    """SQL for the rowids of ``kind`` matching the bound parameter ``:match`` (list filters)."""
    table = fts_table(kind)
    return f"SELECT rowid FROM {table} WHERE {table} MATCH :match"
