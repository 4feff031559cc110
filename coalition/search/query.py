"""Global search over the directory (SQLite FTS5), as you type.

Each word typed becomes a prefix query, all words must match, and the title counts
more than the body in the ranking.  The same expression filters the long lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.store.base import fold
from coalition.store.ownership import readable_sql
from coalition.store.search_index import fts_table

KINDS = ("organization", "person", "campaign", "draft", "proposal")
KIND_LABELS = {
    "organization": QT_TRANSLATE_NOOP("Search", "Organization"),
    "person": QT_TRANSLATE_NOOP("Search", "Person"),
    "campaign": QT_TRANSLATE_NOOP("Search", "Campaign"),
    "draft": QT_TRANSLATE_NOOP("Search", "Draft"),
    "proposal": QT_TRANSLATE_NOOP("Search", "Proposal"),
}
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    kind: str
    id: str
    title: str
    snippet: str


# What a search looks at of what was typed or pasted.  A name, an address or a few
# words of a note fit easily; a pasted paragraph is cut here, because every word is one
# more prefix term for FTS5 to intersect and SQLite refuses a LIKE pattern past 50,000
# bytes ("LIKE or GLOB pattern too complex").
MAX_CHARS = 200
MAX_WORDS = 12


def searched_words(query: str) -> tuple[list[str], bool]:
    """The words of ``query`` a search uses, and whether some were left off (too long)."""
    head = query[:MAX_CHARS]
    words = _WORD.findall(head)
    cut = len(query) > MAX_CHARS and bool(_WORD.search(query[MAX_CHARS:]))
    if cut and words and _WORD.match(query[MAX_CHARS:]):
        words.pop()  # the last word is cut in two: a half word would narrow wrongly
    if len(words) > MAX_WORDS:
        words, cut = words[:MAX_WORDS], True
    return words, cut


def is_cut(query: str) -> bool:
    """Whether a search of ``query`` leaves part of it off, for a note to the person."""
    return searched_words(query)[1]


def match_expression(query: str) -> str:
    """The FTS5 MATCH expression for what someone typed ('' when nothing searchable).

    Words are quoted, so operators and punctuation typed by a person are never parsed
    as FTS syntax (a stray quote or ``AND`` cannot make the query fail); only the first
    :data:`MAX_WORDS` words within :data:`MAX_CHARS` characters are searched.
    """
    words, _cut = searched_words(query)
    return " ".join(f'"{w}"*' for w in words)


# Below this many letters, a word is read as the start of a name: one or two letters
# match most documents' words (every e-mail's domain, every member's organization), and
# ranking them all costs a tenth of a second a keystroke on a large directory.
SHORT = 3

# Names by prefix, from the indexed sort key for the long lists, plainly for the short.
# ``{readable}``: the condition that leaves out others' private records (see
# :func:`~coalition.store.ownership.readable_sql`).
_NAMES_SQL = {
    "organization": "SELECT id, name FROM organization x"
    " WHERE ((sort_name >= :low AND sort_name < :high)"
    " OR fold(short_name) LIKE :like){readable} ORDER BY sort_name, id LIMIT :limit",
    "person": "SELECT id, name FROM person x WHERE sort_name >= :low AND sort_name < :high"
    "{readable} ORDER BY sort_name, id LIMIT :limit",
    "campaign": "SELECT id, name FROM campaign x WHERE fold(name) LIKE :like{readable}"
    " ORDER BY lower(name) LIMIT :limit",
    "draft": "SELECT id, title FROM draft x WHERE fold(title) LIKE :like{readable}"
    " ORDER BY lower(title) LIMIT :limit",
    "proposal": "SELECT id, title FROM proposal x WHERE fold(title) LIKE :like{readable}"
    " ORDER BY lower(title) LIMIT :limit",
}


def _readable(session: Session) -> str:
    condition = readable_sql(session, "x")
    return f" AND {condition}" if condition else ""


# The few kinds first, so that 100,000 people never crowd out the one campaign named so.
_NAMES_ORDER = ("organization", "campaign", "draft", "proposal", "person")


def _by_name(session: Session, query: str, kinds: tuple[str, ...], limit: int) -> list[Hit]:
    prefix = fold(" ".join(searched_words(query)[0]))
    like = prefix.replace("_", "") + "%"  # words are \w+: "_" is the only LIKE wildcard left
    params = {"low": prefix, "high": prefix + "\U0010ffff", "like": like, "limit": limit}
    hits: list[Hit] = []
    readable = _readable(session)
    for kind in (k for k in _NAMES_ORDER if k in kinds):
        rows = session.execute(text(_NAMES_SQL[kind].format(readable=readable)), params)
        hits.extend(Hit(kind, r[0], r[1], "") for r in rows)
    return hits[:limit]


# Past this many matches of one kind, ranking them all costs more than a keystroke may
# (bm25 reads every match's positions: at 600,000 people a three-letter word matches tens
# of thousands, a tenth of a second).  Such a kind lists the names that start with what
# was typed, then records whose title holds the words, then the rest, in the index's order.
RANKED = 250
# The kinds whose names have an index to find them by prefix (see _NAMES_SQL).
_INDEXED_NAMES = ("organization", "person")


def _ranked(
    session: Session, kind: str, expression: str, readable: str, limit: int
) -> list[tuple[float, Hit]]:
    """The matches of ``kind``, best first (titles weighing ten times the rest)."""
    table = fts_table(kind)
    rows = session.execute(
        text(
            f"SELECT x.id, s.title, snippet({table}, 1, '[', ']', '…', 8),"
            f" bm25({table}, 10.0, 1.0) AS score "
            f"FROM {table} s JOIN {kind} x ON x.rowid = s.rowid{readable} "
            f"WHERE {table} MATCH :q ORDER BY score LIMIT :limit"
        ),
        {"q": expression, "limit": limit},
    )
    return [(r[3], Hit(kind, r[0], r[1], r[2])) for r in rows]


def _many(session: Session, kind: str, expression: str) -> bool:
    """Whether ``kind`` has more than :data:`RANKED` matches (counted no further)."""
    table = fts_table(kind)
    found: int = session.execute(
        text(f"SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH :q LIMIT :cap)"),
        {"q": expression, "cap": RANKED + 1},
    ).scalar_one()
    return found > RANKED


def _unranked(
    session: Session,
    kind: str,
    expression: str,
    readable: str,
    limit: int,
    named: list[Hit],
) -> list[Hit]:
    """Too many matches to rank: ``named`` (names that start with what was typed), then
    records whose title holds the words, then any other match, up to ``limit``."""
    table = fts_table(kind)
    hits = list(named)
    seen = {hit.id for hit in hits}
    for match in (f"title : ({expression})", expression):
        if len(hits) >= limit:
            break
        rows = session.execute(
            text(
                f"SELECT x.id, s.title, snippet({table}, 1, '[', ']', '…', 8) "
                f"FROM {table} s JOIN {kind} x ON x.rowid = s.rowid{readable} "
                f"WHERE {table} MATCH :q LIMIT :limit"
            ),
            {"q": match, "limit": limit + len(hits)},
        )
        for r in rows:
            if r[0] not in seen:
                seen.add(r[0])
                hits.append(Hit(kind, r[0], r[1], r[2]))
    return hits[:limit]


def search(
    session: Session, query: str, *, kinds: tuple[str, ...] = KINDS, limit: int = 50
) -> list[Hit]:
    """The best matches across ``kinds``, titles weighing ten times the rest.

    While every word typed is shorter than :data:`SHORT`, names that start with what was
    typed (organizations and their short names, campaigns and drafts, then people).  A
    kind with more than :data:`RANKED` matches is not ranked (see :func:`_unranked`): its
    hits follow the ranked ones of the other kinds.
    """
    expression = match_expression(query)
    if not expression:
        return []
    if max(len(w) for w in searched_words(query)[0]) < SHORT:
        return _by_name(session, query, kinds, limit)
    scored: list[tuple[float, Hit]] = []
    readable = _readable(session)
    for kind in kinds:
        named = _by_name(session, query, (kind,), limit) if kind in _INDEXED_NAMES else []
        if len(named) < limit and not _many(session, kind, expression):
            scored.extend(_ranked(session, kind, expression, readable, limit))
            continue
        # bm25 scores are below zero: these come after every ranked hit, in their order.
        hits = _unranked(session, kind, expression, readable, limit, named)
        scored.extend((0.0, hit) for hit in hits)
    scored.sort(key=lambda pair: pair[0])
    return [hit for _, hit in scored[:limit]]


def matching_rowids_sql(kind: str) -> str:
    """SQL for the rowids of ``kind`` matching the bound parameter ``:match`` (list filters)."""
    table = fts_table(kind)
    return f"SELECT rowid FROM {table} WHERE {table} MATCH :match"
