"""Declarative base and the column types every table shares."""

from __future__ import annotations

import datetime as dt
import enum
import os
import time
import unicodedata
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Enum, MetaData, String, Table, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from coalition.common import clock
from coalition.common.i18n import QT_TRANSLATE_NOOP

# Stable constraint names, so that Alembic batch migrations on SQLite can find them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A new record's key: a UUID (version 7, RFC 9562) as text.

    Its first 48 bits are the time in milliseconds and 74 of the rest are random, so
    rows made on two laptops never collide, and keys made one after another sit side by
    side in every index: a 200,000-row import writes its indexes' pages in order instead
    of all over the file.  Made without :mod:`uuid`'s object: an import makes millions.
    """
    b = bytearray((time.time_ns() // 1_000_000).to_bytes(6, "big") + os.urandom(10))
    b[6] = (b[6] & 0x0F) | 0x70  # version 7
    b[8] = (b[8] & 0x3F) | 0x80  # the RFC 9562 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


# Bytes of random keys made in bulk with their version and variant bits set (see below).
_VERSION_7 = bytes((x & 0x0F) | 0x70 for x in range(256))
_VARIANT = bytes((x & 0x3F) | 0x80 for x in range(256))


def new_ids(count: int) -> list[str]:
    """``count`` new keys as :func:`new_id` makes them, all at once: one read of the
    system's random source and one hex conversion for all of them (an import of a long
    list makes a dozen keys a person).  They share their millisecond; 74 random bits each.
    """
    if count <= 0:
        return []
    ms = (time.time_ns() // 1_000_000).to_bytes(6, "big").hex()
    head = f"{ms[:8]}-{ms[8:]}-"
    # Ten bytes a key after its time: the version and 12 random bits, the variant and 62.
    b = bytearray(os.urandom(10 * count))
    b[0::10] = b[0::10].translate(_VERSION_7)
    b[2::10] = b[2::10].translate(_VARIANT)
    h = b.hex()
    return [
        f"{head}{h[j : j + 4]}-{h[j + 4 : j + 8]}-{h[j + 8 : j + 20]}"
        for j in range(0, 20 * count, 20)
    ]


# The accents a name's second level tells apart, in the order of the Unicode Collation
# Algorithm's default table (DUCET), which English and Spanish both use for names with
# accents: "Angela" < "Ángela", "Nuñez" < "Núñez".  Any other mark sorts after these.
_ACCENTS = {
    "\u0301": "b",  # acute
    "\u0300": "c",  # grave
    "\u0306": "d",  # breve
    "\u0302": "e",  # circumflex
    "\u030c": "f",  # caron
    "\u030a": "g",  # ring
    "\u0308": "h",  # diaeresis
    "\u030b": "i",  # double acute
    "\u0303": "j",  # tilde
    "\u0307": "k",  # dot above
    "\u0327": "l",  # cedilla
    "\u0328": "m",  # ogonek
    "\u0304": "n",  # macron
}

# Between the levels of a key: below every character a folded name holds (the space is
# the lowest there), so "ana" with its accents sorts before "ana maria" and "anab".
LEVELS = "\x01"

SORT_KEY_LENGTH = 200  # the column's width

# The sort key's column: compared byte by byte everywhere (SQLite's default; PostgreSQL
# told so, or its locale's collation would skip the level separator and reorder them).
SORT_NAME = String(SORT_KEY_LENGTH).with_variant(
    String(SORT_KEY_LENGTH, collation="C"), "postgresql"
)


def fold(text: str) -> str:
    """``text`` with accents and case folded: what a search by name compares.

    "Núñez", "Nuñez", "nunez" and "NUNEZ" all fold to "nunez"; it is the first level of
    :func:`sort_key` and the start of every key, so a range on it finds names by prefix.
    """
    decomposed = unicodedata.normalize("NFKD", text.strip())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(text: str) -> str:
    """The key names sort by, in the locale's order for English and Spanish.

    Three levels, as the Unicode Collation Algorithm compares them: the letters with
    accents and case folded (:func:`fold`), then the accents letter by letter, then the
    case, lower before upper.  So "Nunez" < "nuñez" < "Nuñez" < "Núñez" < "Nuo",
    and "Angela" < "Ángela", "Muller" < "Müller".  The levels are joined by
    :data:`LEVELS`, below any letter, and the accents and case are written in ASCII
    letters, so a plain byte-wise ORDER BY gives that order: SQLite's BINARY collation,
    and on PostgreSQL a column declared ``COLLATE "C"``.

    Computed here and stored, so the database sorts and indexes it without any function
    of ours.  (One key serves both languages: Spanish tailors "ñ" into a letter of its
    own after "n", which would reorder only names alike up to an n and an ñ; here, as in
    the default table, ñ is an n with a tilde.)
    """
    stripped = text.strip()
    if stripped.isascii():  # no accents, and lower case is the folded case
        key = LEVELS.join((stripped.lower(), "", stripped.translate(_ASCII_CASE).rstrip("a")))
        return key[:SORT_KEY_LENGTH]
    # A word at a time, each word's levels remembered: a long list repeats its first and
    # last names.  The same key as the whole name decomposed at once, since a space
    # decomposes to itself and combines with nothing (tests/store/test_keys.py).
    folded, accents, case = [], [], []
    for word in stripped.split(" "):
        levels = _WORD_LEVELS.get(word)
        if levels is None and word.isascii():  # a number, an initial: not worth keeping
            levels = word.lower(), "a" * len(word), word.translate(_ASCII_CASE)
        elif levels is None:
            if len(_WORD_LEVELS) >= _WORD_LEVELS_KEPT:
                _WORD_LEVELS.clear()
            levels = _WORD_LEVELS[word] = _word_levels(word)
        folded.append(levels[0])
        accents.append(levels[1])
        case.append(levels[2])
    # the space between words: itself, no accent, lower case
    key = LEVELS.join((" ".join(folded), "a".join(accents).rstrip("a"), "a".join(case).rstrip("a")))
    return key[:SORT_KEY_LENGTH]


# Words whose levels are known (a name's words: see :func:`sort_key`), at most so many.
_WORD_LEVELS: dict[str, tuple[str, str, str]] = {}
_WORD_LEVELS_KEPT = 100_000


def _word_levels(word: str) -> tuple[str, str, str]:
    """A word's three levels of :func:`sort_key`, none of them stripped of its "a"s."""
    decomposed = unicodedata.normalize("NFKD", word)
    letters: list[str] = []
    accents: list[str] = []
    case: list[str] = []
    combining = unicodedata.combining
    for c in decomposed:
        if combining(c):
            accents.append(_ACCENTS.get(c, "z"))
        else:
            letters.append(c)
            accents.append("a")
            case.append("b" if c != c.casefold() else "a")
    return "".join(letters).casefold(), "".join(accents), "".join(case)


# An ASCII name's third level: capitals "b", anything else "a".
_ASCII_CASE = str.maketrans({chr(c): "b" if "A" <= chr(c) <= "Z" else "a" for c in range(128)})


def same_name_range(text: str) -> tuple[str, str]:
    """The sort keys of every spelling of ``text`` that differs only in accents and case:
    ``lo <= sort_key(other) < hi``, a range the sort-key index answers."""
    lo = (fold(text) + LEVELS)[:SORT_KEY_LENGTH]
    return lo, lo[:-1] + chr(ord(lo[-1]) + 1)


def utcnow() -> dt.datetime:
    return clock.now()


class UTCDateTime(TypeDecorator[dt.datetime]):
    """An instant, stored as naive UTC and always returned timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Records", "naive datetime given where an instant (with a time zone) is needed"
                )
            )
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


def str_enum(cls: type[enum.Enum]) -> Enum:
    """Store an enum by its value as plain text (portable across SQLite and PostgreSQL)."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)

    if TYPE_CHECKING:
        # Every model is mapped to a table (none to a join or a select), so Core's insert,
        # update and delete take ``Model.__table__`` as the Table it is.  Declared for the
        # type checker only: the mapping itself sets the attribute.
        __table__: ClassVar[Table]


# A record's visibility: read by every member organization, or by its owner alone.
SHARED = "shared"
PRIVATE = "private"
VISIBILITIES = (SHARED, PRIVATE)


class Entity(Base):
    """Every record: a UUID key and the instants it was made and last changed."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)
    # The member organization that answers for the record (None: the coalition's own,
    # which its coordinators keep), and who may read it: the whole coalition
    # (``shared``) or that organization alone (``private``).  The server enforces both.
    owner_org_id: Mapped[str | None] = mapped_column(String(36))
    visibility: Mapped[str] = mapped_column(String(8), default=SHARED, server_default=SHARED)

    def __init__(self, **kwargs: Any) -> None:
        # The key exists from the moment the object does, not only after a flush, so a
        # service can hand a new record's id to another service in the same transaction.
        kwargs.setdefault("id", new_id())
        # Likewise the plain defaults (a status, a counter): a service reads them before
        # any flush.  Set before the values given: a value given may set another column
        # (a name its sort key), which its default must not then put back.
        defaults = {}
        for attr in self.__mapper__.column_attrs:
            default = attr.columns[0].default
            if attr.key not in kwargs and default is not None and default.is_scalar:
                defaults[attr.key] = default.arg
        super().__init__(**defaults, **kwargs)
