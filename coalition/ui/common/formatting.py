"""Dates, times, numbers and paper as the person's locale writes them.

Python's ``strftime`` and ``f"{n:,}"`` follow the C library's locale, which a desktop
session often leaves at "C": an organizer in Madrid saw "8 12 2026" and "12,345".  Qt's
:class:`QLocale` carries the language and region the person chose (and the one a test
sets with ``QLocale.setDefault``), so every date, time and number the UI shows is
written here, through ``QLocale()``.

Dates typed into a field stay ISO (``2026-12-08``): the services read that form, and an
empty field still means "no date".  What is *shown* follows the locale.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCollator, QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QPageSize

# Where CLDR says the paper in the printer is US Letter (supplementalData.xml,
# <paperSize type="US-Letter">).  Qt keeps no such table: QPrinter and QPdfWriter start
# at A4 whatever the locale, and QLocale.measurementSystem() says "metric" for Canada
# and Mexico, whose paper is Letter all the same.
LETTER_TERRITORIES = frozenset(
    {
        QLocale.Country.Belize,
        QLocale.Country.Canada,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
        QLocale.Country.CostaRica,
        QLocale.Country.ElSalvador,
        QLocale.Country.Guatemala,
        QLocale.Country.Mexico,
        QLocale.Country.Nicaragua,
        QLocale.Country.Panama,
        QLocale.Country.Philippines,
        QLocale.Country.PuertoRico,
        QLocale.Country.UnitedStates,
        QLocale.Country.Venezuela,
    }
)


def menu_text(title: str) -> str:
    """A title (an area's, a goal's) as a menu or action text: Qt reads "&" as the mark
    of the shortcut letter ("Campaigns & Endorsements" showed as "Campaigns
    _Endorsements"); "&&" is a plain "&"."""
    return title.replace("&", "&&")


def name_key() -> Callable[[str], Any]:
    """A sort key for names in the window's language (Nuñez before Núñez, Ángela with the
    A's; in Spanish, ñ after n), for lists the screen sorts itself."""
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    return functools.cmp_to_key(collator.compare)


def number(value: int | float, decimals: int = 0) -> str:
    """12,345 in the US, 12.345 in Spain."""
    locale = QLocale()
    if isinstance(value, float) or decimals:
        return locale.toString(float(value), "f", decimals)
    return locale.toString(int(value))


def _short_date_format(locale: QLocale) -> str:
    """The locale's short date with the year in full: "12/8/2026", "8/12/2026"; ISO
    under the C locale, whose own short date ("8 12 26") reads as nothing."""
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    shape = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return shape if "yyyy" in shape else shape.replace("yy", "yyyy")


def date_edit_format() -> str:
    """A date field's display: the locale's short date, its year in full (a field left
    at "6/1/27" reads as nothing sure)."""
    return _short_date_format(QLocale())


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date(day: dt.date | dt.datetime | None) -> str:
    """A day, short: "12/8/2026" in the US, "8/12/2026" in Spain; "" for no day."""
    if day is None:
        return ""
    if isinstance(day, dt.datetime):
        day = day.date()
    locale = QLocale()
    return locale.toString(_qdate(day), _short_date_format(locale))


def long_date(day: dt.date) -> str:
    """A day in words: "Tuesday, December 8, 2026", "martes, 8 de diciembre de 2026"."""
    return QLocale().toString(_qdate(day), QLocale.FormatType.LongFormat)


def month_year(day: dt.date) -> str:
    """ "December 2026", "diciembre de 2026"."""
    return QLocale().toString(_qdate(day), "MMMM yyyy")


def day_month(day: dt.date) -> str:
    """A day of this year, short, in the locale's order: "Dec 8", "8 dic"."""
    return QLocale().toString(_qdate(day), day_month_shape())


def day_month_shape() -> str:
    """The pattern of :func:`day_month` ("MMM d" or "d MMM"), for an axis of days."""
    shape = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return "MMM d" if shape.find("M") < shape.find("d") else "d MMM"


def weekday(day: dt.date, *, short: bool = False) -> str:
    """ "Tuesday" or "Tue" ("martes", "mar")."""
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), kind)


def time(moment: dt.time | dt.datetime) -> str:
    """A time of day as the locale writes it: "5:30 PM" in the US, "17:30" in Spain."""
    qtime = QTime(moment.hour, moment.minute, moment.second)
    return QLocale().toString(qtime, QLocale.FormatType.ShortFormat)


def date_time(moment: dt.datetime) -> str:
    """An instant in this computer's time zone: "12/8/2026 5:30 PM"."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{date(local)} {time(local)}"


def qdatetime(moment: dt.datetime) -> QDateTime:
    """The same instant as a QDateTime (for widgets that take one)."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def paper(locale: QLocale | None = None) -> QPageSize:
    """The paper in the printers of the locale's region: Letter in the Americas'
    Letter countries and the Philippines, A4 elsewhere."""
    territory = (locale or QLocale()).territory()
    if territory in LETTER_TERRITORIES:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


# strftime's codes, each as the locale writes it; the longest first.
_PARTS = (
    ("%Y-%m-%d", lambda m: date(m)),
    ("%d %b", lambda m: day_month(m.date())),
    ("%H:%M", lambda m: time(m)),
    ("%A", lambda m: weekday(m.date())),
    ("%a", lambda m: weekday(m.date(), short=True)),
    ("%Z", lambda m: m.tzname() or ""),
)


def shaped(moment: dt.datetime, shape: str) -> str:
    """``moment`` in the shape of a strftime format ("%a %Y-%m-%d %H:%M %Z"), each part
    written by the locale: "Tue 12/8/2026 5:30 PM PST", "mar 8/12/2026 17:30 PST".

    For the screens that name the parts they show in strftime's codes; the order of the
    parts stays theirs, their words and digits become the locale's."""
    out = shape
    for code, write in _PARTS:
        if code in out:
            out = out.replace(code, write(moment))
    return out


def typed_number(text: str | None) -> str | None:
    """A whole number typed the locale's way ("12.345" in Spain) as the services read it
    ("12345"); text that is no number is passed on as typed, for the service to say so."""
    if text is None:
        return None
    stripped = text.strip()
    value, ok = QLocale().toLongLong(stripped)
    return str(value) if ok else stripped
