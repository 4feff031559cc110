"""Records found by what someone typed: a name, or the short id a listing printed.

SQLite's ``lower()`` folds only the letters A to Z, so a name compared in SQL missed
"Día del Ángel" typed as it is shown, and "ÁNGELES UNIDOS" against "Ángeles Unidos".
The records looked up by name (organizations, events, campaigns, proposals) number in
the thousands at most, so their names are read and compared here, as a reader compares
them: case folded and spaces collapsed; when no name is the same so, accents folded too
("Cal Con Con" finds "Cál Cön Con" when nothing else is called that), and typographic
dashes and quotes read as the ones on a keyboard.

A record's id is a UUID whose first characters are the time it was made, alike for the
records made on one day; the listings print its last eight, the random ones
(:func:`short_id`), and a reference of eight characters or more names the record whose
id ends (or starts) with it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from coalition.store.base import fold

SHORT = 8  # the characters of an id a listing shows


def short_id(record_id: str) -> str:
    """The part of an id people read and type: its last eight characters."""
    return record_id[-SHORT:]


def name_key(text: str) -> str:
    """``text`` as two names are compared when someone typed one: case folded, spaces
    collapsed, composed alike."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# Dashes and quotes a keyboard seldom types, as the ones it does: "Calexit Coalition –
# South Carolina" is found typed with a hyphen, "O’Brien" with a straight quote.
_TYPED_ALIKE = str.maketrans(
    {
        **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"),
        **dict.fromkeys("\u2018\u2019\u201b\u2032", "'"),
        **dict.fromkeys("\u201c\u201d\u201f\u2033", '"'),
    }
)


def loose_key(text: str) -> str:
    """:func:`name_key` with the accents folded too, and the dashes and quotes a
    keyboard seldom types made the ones it does."""
    return " ".join(fold(text).translate(_TYPED_ALIKE).split())


class NameIndex:
    """Names (of any records) -> their ids, for many look-ups: the same name first, else
    the same without accents.  Ids added later (records made meanwhile) are found too."""

    def __init__(self, named: Iterable[tuple[str, Iterable[str | None]]] = ()) -> None:
        self._exact: dict[str, list[str]] = {}
        self._loose: dict[str, list[str]] = {}
        for record_id, labels in named:
            self.add(record_id, labels)

    def add(self, record_id: str, labels: Iterable[str | None]) -> None:
        for label in labels:
            if label and label.strip():
                for index, key in ((self._exact, name_key(label)), (self._loose, loose_key(label))):
                    ids = index.setdefault(key, [])
                    if record_id not in ids:
                        ids.append(record_id)

    def find(self, text: str) -> list[str]:
        """The ids named ``text``, in the order they were added."""
        if not text.strip():
            return []
        return list(self._exact.get(name_key(text)) or self._loose.get(loose_key(text)) or [])


def ids_named(session: Session, text: str, id_column: Any, *name_columns: Any) -> list[str]:
    """The ids of the records ``text`` names by one of ``name_columns`` (see the module),
    in the order of ``id_column``'s table as read (order the query by adding none)."""
    if not text.strip():
        return []
    rows = session.execute(select(id_column, *name_columns))
    return NameIndex((row[0], row[1:]) for row in rows).find(text)


def ids_referred(session: Session, text: str, id_column: Any) -> list[str]:
    """The ids ``text`` refers to as an id: the whole id, or its end or its start of at
    least eight characters (any case)."""
    ref = text.strip().lower()
    if len(ref) < SHORT:
        return []
    return list(
        session.scalars(
            select(id_column).where(
                or_(id_column == ref, id_column.endswith(ref), id_column.startswith(ref))
            )
        )
    )
