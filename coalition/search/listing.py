"""Pages of the long lists (people, organizations, campaigns, endorsements), sorted and
filtered by the database, so that a list of 100,000 rows costs what one screen shows.

The Qt models ask :func:`count` once per filter and :func:`page` for the rows in view.
Sorting and filtering happen in SQL over indexed columns; text filters go through the
FTS5 index (:mod:`coalition.search.query`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP
from coalition.search.query import SHORT, match_expression, matching_rowids_sql, searched_words
from coalition.store.base import fold
from coalition.store.ownership import readable_sql
from coalition.store.search_index import fts_table

_ENDORSED = (
    "(SELECT count(*) FROM endorsement e WHERE e.campaign_id = c.id AND e.status = 'endorsed')"
)


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    expr: str
    sort_expr: str | None = None  # None: not sortable (too costly over the whole table)


@dataclass(frozen=True)
class ListSpec:
    name: str
    search_kind: str | None
    id_expr: str
    from_sql: str
    columns: tuple[Column, ...]
    filters: dict[str, str]  # filter name -> condition using :<filter name>
    default_sort: str = "name"
    # Aliases of records joined in ``from_sql`` ("ep ON ep.id = ..."), shown only if readable.
    joined: tuple[str, ...] = ()
    # A list too long for a word of one or two letters: while every word typed is that
    # short, it lists the names that start with what was typed (its default sort column,
    # an indexed key), as Ctrl+K does.  At 600,000 people "o" is in every document (the
    # e-mails' "example.org"): counting and sorting them took half a second a keystroke.
    short_words_by_name: bool = False
    # The index of the default sort column (with the id after it): a word that most
    # records share is listed by walking this index and keeping the matches, instead of
    # reading every match to sort them.
    sort_index: str | None = None

    def column(self, key: str) -> Column:
        for col in self.columns:
            if col.key == key:
                return col
        raise KeyError(key)

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns]


@dataclass
class ListQuery:
    """What a list shows: typed text, chosen filters, and the sort column."""

    text: str = ""
    filters: dict[str, str] = field(default_factory=dict)
    sort: str | None = None
    descending: bool = False


_PRIMARY_EMAIL = (
    "(SELECT e.address FROM person_email e WHERE e.person_id = p.id ORDER BY e.position LIMIT 1)"
)
_PRIMARY_PHONE = (
    "(SELECT ph.number FROM person_phone ph WHERE ph.person_id = p.id ORDER BY ph.position LIMIT 1)"
)

PEOPLE = ListSpec(
    name="people",
    search_kind="person",
    id_expr="p.id",
    from_sql="person p",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), "p.name", "p.sort_name"),
        Column(
            "email",
            QT_TRANSLATE_NOOP("Lists", "E-mail"),
            _PRIMARY_EMAIL,
            f"lower({_PRIMARY_EMAIL})",
        ),
        Column("phone", QT_TRANSLATE_NOOP("Lists", "Phone"), _PRIMARY_PHONE),
        Column("state", QT_TRANSLATE_NOOP("Lists", "State"), "p.state", "p.state"),
        Column(
            "organizations",
            QT_TRANSLATE_NOOP("Lists", "Organizations"),
            "(SELECT group_concat(CASE WHEN o.short_name <> ''"
            " THEN o.short_name ELSE o.name END, ', ')"
            " FROM membership m JOIN organization o ON o.id = m.organization_id"
            " WHERE m.person_id = p.id)",
        ),
        Column(
            "represents",
            QT_TRANSLATE_NOOP("Lists", "Represents"),
            "(SELECT group_concat(m.represents_state, ', ') FROM membership m"
            " WHERE m.person_id = p.id AND m.represents_state <> '')",
        ),
    ),
    filters={
        "state": "p.state = :state",
        "organization": (
            "p.id IN (SELECT person_id FROM membership WHERE organization_id = :organization)"
        ),
        "representatives": "p.id IN (SELECT person_id FROM membership WHERE represents_state > '')"
        " AND :representatives = :representatives",
    },
    short_words_by_name=True,
    sort_index="ix_person_sort_name",
)

ORGANIZATIONS = ListSpec(
    name="organizations",
    search_kind="organization",
    id_expr="o.id",
    from_sql="organization o",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), "o.name", "o.sort_name"),
        Column(
            "short_name",
            QT_TRANSLATE_NOOP("Lists", "Short name"),
            "o.short_name",
            "lower(o.short_name)",
        ),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), "o.kind", "o.kind"),
        Column("home_state", QT_TRANSLATE_NOOP("Lists", "State"), "o.home_state", "o.home_state"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), "o.status", "o.status"),
        Column(
            "members",
            QT_TRANSLATE_NOOP("Lists", "Members"),
            "(SELECT count(*) FROM membership m WHERE m.organization_id = o.id)",
            "(SELECT count(*) FROM membership m WHERE m.organization_id = o.id)",
        ),
        Column(
            "parent",
            QT_TRANSLATE_NOOP("Lists", "Part of"),
            "(SELECT po.name FROM organization po WHERE po.id = o.parent_id)",
        ),
    ),
    filters={
        "kind": "o.kind = :kind",
        "status": "o.status = :status",
        "state": "o.home_state = :state",
        "tag": "o.id IN (SELECT ot.organization_id FROM organization_tag ot JOIN tag t"
        " ON t.id = ot.tag_id WHERE t.name = :tag)",
    },
)

CAMPAIGNS = ListSpec(
    name="campaigns",
    search_kind="campaign",
    id_expr="c.id",
    from_sql="campaign c",
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Lists", "Name"), "c.name", "lower(c.name)"),
        Column("kind", QT_TRANSLATE_NOOP("Lists", "Kind"), "c.kind", "c.kind"),
        Column(
            "endorsed",
            QT_TRANSLATE_NOOP("Lists", "Endorsed by"),
            _ENDORSED,
            _ENDORSED,
        ),
        Column(
            "owner",
            QT_TRANSLATE_NOOP("Lists", "Owner"),
            "(SELECT o.name FROM organization o WHERE o.id = c.owner_id)",
        ),
        Column("vote_date", QT_TRANSLATE_NOOP("Lists", "Vote"), "c.vote_date", "c.vote_date"),
        Column(
            "signature_goal",
            QT_TRANSLATE_NOOP("Lists", "Signature goal"),
            "c.signature_goal",
            "c.signature_goal",
        ),
    ),
    filters={"kind": "c.kind = :kind"},
)

_ENDORSER = "coalesce(eo.name, ep.name)"
_TARGET = "coalesce(ec.name, et.name)"
ENDORSEMENTS = ListSpec(
    name="endorsements",
    search_kind=None,
    id_expr="e.id",
    from_sql=(
        "endorsement e"
        " LEFT JOIN organization eo ON eo.id = e.endorser_org_id"
        " LEFT JOIN person ep ON ep.id = e.endorser_person_id"
        " LEFT JOIN campaign ec ON ec.id = e.campaign_id"
        " LEFT JOIN organization et ON et.id = e.target_org_id"
    ),
    columns=(
        Column(
            "endorser", QT_TRANSLATE_NOOP("Lists", "Endorser"), _ENDORSER, f"lower({_ENDORSER})"
        ),
        Column("target", QT_TRANSLATE_NOOP("Lists", "Endorses"), _TARGET, f"lower({_TARGET})"),
        Column("status", QT_TRANSLATE_NOOP("Lists", "Status"), "e.status", "e.status"),
        Column("condition", QT_TRANSLATE_NOOP("Lists", "Condition"), "e.condition"),
        Column("status_on", QT_TRANSLATE_NOOP("Lists", "Since"), "e.status_on", "e.status_on"),
        Column("is_public", QT_TRANSLATE_NOOP("Lists", "Public"), "e.is_public", "e.is_public"),
    ),
    filters={
        "campaign": "e.campaign_id = :campaign",
        "status": "e.status = :status",
        "endorser": "(e.endorser_org_id = :endorser OR e.endorser_person_id = :endorser)",
    },
    default_sort="endorser",
    joined=("eo", "ep", "ec", "et"),
)

SPECS = {s.name: s for s in (PEOPLE, ORGANIZATIONS, CAMPAIGNS, ENDORSEMENTS)}


def _from(session: Session, spec: ListSpec) -> str:
    """The list's tables, the records joined in for a column (an endorser who is a
    person) only when the organizer may read them."""
    sql = spec.from_sql
    for alias in spec.joined:
        condition = readable_sql(session, alias)
        if condition:
            sql = sql.replace(f"{alias}.id = ", f"{condition} AND {alias}.id = ")
    return sql


def _by_name_prefix(spec: ListSpec, query: ListQuery) -> bool:
    """Whether the typed text filters ``spec``'s list by the start of the names."""
    if not spec.short_words_by_name:
        return False
    words = searched_words(query.text)[0]
    return bool(words) and max(len(word) for word in words) < SHORT


def _where(session: Session, spec: ListSpec, query: ListQuery) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    # Others' private records are not in the lists of an organizer who may not read them.
    readable = readable_sql(session, spec.id_expr.removesuffix(".id"))
    if readable:
        clauses.append(readable)
    for name, value in query.filters.items():
        if value in ("", None) or name not in spec.filters:
            continue
        clauses.append(spec.filters[name])
        params[name] = value
    match = match_expression(query.text)
    if not match and query.text.strip():
        # Typed, but no word in it ("%", an emoji): nothing is found by it, rather than
        # everyone (the list said "42 people" for "🌟", one of whom had it in his name).
        clauses.append("0")
    if match:
        if _by_name_prefix(spec, query):
            prefix = fold(" ".join(searched_words(query.text)[0]))
            key = spec.column(spec.default_sort).sort_expr
            clauses.append(f"{key} >= :low AND {key} < :high")
            params.update(low=prefix, high=prefix + "\U0010ffff")
        elif spec.search_kind is None:
            # Accents and case folded on both sides: "nunez" finds "Núñez".
            like = "%" + fold(query.text).replace("%", "").replace("_", "") + "%"
            clauses.append(
                "(" + " OR ".join(f"fold({c.expr}) LIKE :like" for c in spec.columns[:2]) + ")"
            )
            params["like"] = like
        else:
            rowid = spec.id_expr.replace(".id", ".rowid")
            clauses.append(f"{rowid} IN ({matching_rowids_sql(spec.search_kind)})")
            params["match"] = match
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _text_alone(session: Session, spec: ListSpec, query: ListQuery) -> str:
    """The MATCH expression when typed text is all that narrows the list (no filter
    chosen, no record of another organization's walled off); '' otherwise."""
    if spec.search_kind is None or readable_sql(session, spec.id_expr.removesuffix(".id")):
        return ""
    if any(
        value not in ("", None) and name in spec.filters for name, value in query.filters.items()
    ):
        return ""
    return match_expression(query.text)


def count(session: Session, spec: ListSpec, query: ListQuery) -> int:
    match = _text_alone(session, spec, query)
    if match and spec.search_kind is not None and not _by_name_prefix(spec, query):
        # The index holds one document per record: counted there, without reading each
        # matching record (a second at 600,000 people for a word most of them have).
        table = fts_table(spec.search_kind)
        found: int = session.execute(
            text(f"SELECT count(*) FROM {table} WHERE {table} MATCH :match"), {"match": match}
        ).scalar_one()
        return found
    where, params = _where(session, spec, query)
    total: int = session.execute(
        text(f"SELECT count(*) FROM {_from(session, spec)}{where}"), params
    ).scalar_one()
    return total


def _sort(spec: ListSpec, query: ListQuery) -> tuple[str, str]:
    key = query.sort or spec.default_sort
    expr = spec.column(key).sort_expr or spec.column(spec.default_sort).sort_expr
    assert expr is not None
    return expr, "DESC" if query.descending else "ASC"


def _order(spec: ListSpec, query: ListQuery) -> str:
    expr, direction = _sort(spec, query)
    return f" ORDER BY {expr} {direction}, {spec.id_expr} {direction}"


def page(
    session: Session, spec: ListSpec, query: ListQuery, offset: int, limit: int
) -> list[tuple[Any, ...]]:
    """Rows ``offset`` to ``offset + limit``: each the id, then one value per column.

    The page's ids are chosen first and the displayed columns computed for those rows
    only: SQLite would otherwise evaluate every column's subqueries for each row that
    OFFSET skips, which makes the end of a long list slow.
    """
    where, params = _where(session, spec, query)
    expr, direction = _sort(spec, query)
    columns = ", ".join(c.expr for c in spec.columns)
    tables = _from(session, spec)
    walked = _dense_page(session, spec, query, offset, limit)
    if walked is not None:
        if not walked:
            return []
        by_id = {
            r[0]: tuple(r)
            for r in session.execute(
                text(
                    f"SELECT {spec.id_expr}, {columns} FROM {tables} WHERE {spec.id_expr} IN :ids"
                ).bindparams(bindparam("ids", expanding=True)),
                {"ids": walked},
            )
        }
        return [by_id[rid] for rid in walked if rid in by_id]
    chosen = (
        f"SELECT {spec.id_expr} AS rid, {expr} AS sk FROM {tables}{where}"
        f"{_order(spec, query)} LIMIT :limit OFFSET :offset"
    )
    sql = (
        f"SELECT {spec.id_expr}, {columns} FROM ({chosen}) AS pg, {tables}"
        f" WHERE {spec.id_expr} = pg.rid"
        f" ORDER BY pg.sk {direction}, pg.rid {direction}"
    )
    params.update(limit=limit, offset=offset)
    return [tuple(r) for r in session.execute(text(sql), params)]


# A word shared by more than one record in DENSE is listed by the walk of the sort index.
DENSE = 25
# The walk reads up to WALK_MARGIN times the records the page needs if the matches were
# spread evenly, then gives up for the usual sort (the matches gather elsewhere).
WALK_MARGIN = 4
_WALK_MOST = 2_000  # rows of a page (offset + limit) beyond which the walk is not tried


def _dense_page(
    session: Session, spec: ListSpec, query: ListQuery, offset: int, limit: int
) -> list[str] | None:
    """The ids of the page found by walking the sort index, or None for the usual query.

    Sorting the matches reads each matching record: for a word most people share ("mar"
    is in 53,000 of 600,000 names) that is most of the time of a keystroke.  When the
    matches are dense, walking the name index in order and keeping those that match finds
    a page after a few thousand entries.  The walk is bounded: matches gathered in one part
    of the order (a first name) are left to the usual sort.
    """
    if spec.sort_index is None or spec.search_kind is None or offset + limit > _WALK_MOST:
        return None
    if (query.sort or spec.default_sort) != spec.default_sort or _by_name_prefix(spec, query):
        return None
    match = _text_alone(session, spec, query)
    if not match:
        return None
    table = fts_table(spec.search_kind)
    base = spec.id_expr.removesuffix(".id")
    found: int = session.execute(
        text(f"SELECT count(*) FROM {table} WHERE {table} MATCH :match"), {"match": match}
    ).scalar_one()
    total: int = session.execute(text(f"SELECT max(rowid) FROM {spec.from_sql}")).scalar() or 0
    if found == 0 or found * DENSE < total:
        return None
    expr, direction = _sort(spec, query)
    need = offset + limit
    walk = need * WALK_MARGIN * total // found + 1
    ordered = (
        f"SELECT {base}.rowid AS rowid_, {spec.id_expr} AS rid, {expr} AS sk"
        f" FROM {spec.from_sql} INDEXED BY {spec.sort_index}"
        f" ORDER BY sk {direction}, rid {direction} LIMIT {int(walk)}"
    )
    rows = session.execute(
        text(
            f"SELECT rid FROM ({ordered})"
            f" WHERE rowid_ IN ({matching_rowids_sql(spec.search_kind)})"
            f" ORDER BY sk {direction}, rid {direction} LIMIT {int(need)}"
        ),
        {"match": match},
    ).scalars()
    kept = list(rows)
    if len(kept) < need and walk < total:
        return None  # the matches gather elsewhere in the order: the usual sort
    return kept[offset:]


def row_of(session: Session, spec: ListSpec, query: ListQuery, row_id: str) -> int | None:
    """The position of ``row_id`` in the list as sorted and filtered (to select it)."""
    where, params = _where(session, spec, query)
    sql = (
        f"SELECT n FROM (SELECT {spec.id_expr} AS rid, row_number() OVER ({_order(spec, query)}) "
        "- 1 AS n"
        f" FROM {_from(session, spec)}{where}) WHERE rid = :rid"
    )
    params["rid"] = row_id
    return session.execute(text(sql), params).scalar()
