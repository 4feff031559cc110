"""Checks for what people type: each returns the value to store or raises ValueError.

The message of each ValueError is a sentence that names the value and says what is
wrong with it; services gather them per field into a :class:`ValidationError`.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from functools import lru_cache
from typing import TypeVar
from urllib.parse import urlsplit

from coalition.common.i18n import QT_TRANSLATE_NOOP

EARLIEST = dt.date(1776, 1, 1)
LATEST = dt.date(2200, 12, 31)
DEFAULT_PHONE_REGION = "US"
_LANGUAGE = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")

# email-validator and phonenumbers cost a tenth of a second to import (asyncio, DNS,
# the numbering plans): what only reads the database (the dashboard at start) never
# needs them, so each is imported by the first check that does.

T = TypeVar("T")


def checked(value: T | str) -> T:
    """A field of an input after its ``validated()``: the value the text was turned into.

    An input's date, time or number field holds the text typed in until it is validated
    (``dt.date | str``); a service that stores it takes it through here.  Text still there
    means the input was never validated, which is a mistake of the caller's.
    """
    if isinstance(value, str):
        raise TypeError(f"{value!r} was not validated")
    return value


# The everyday address (ASCII letters, digits and the usual signs, a dotted domain
# ending in letters), which needs none of email-validator's checks for quoting,
# international names or IP literals: checked here, in a fraction of its time, to the
# same result (tests/test_validation_fast.py compares the two).  Anything else, and
# every address that is not valid, goes through email-validator and its sentence.
_ATEXT = r"[A-Za-z0-9_!#$%&'*+/=?^`{|}~-]+"
_PLAIN_EMAIL = re.compile(
    rf"({_ATEXT}(?:\.{_ATEXT})*)@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{{0,61}}[A-Za-z0-9])?\.)+[A-Za-z]{{2,63}})"
)


def _plain_email(value: str) -> str | None:
    """``value`` normalized if it is an everyday address surely valid; None: ask the library."""
    match = _PLAIN_EMAIL.fullmatch(value)
    if match is None or len(value) > 254 or len(match[1]) > 64 or len(match[2]) > 253:
        return None
    domain = match[2].lower()
    if "--" in domain:  # "xn--" labels are international names: the library's to check
        return None
    for special in _special_domains():
        if domain == special or domain.endswith("." + special):
            return None
    return f"{match[1]}@{domain}"


@lru_cache(maxsize=1)
def _special_domains() -> tuple[str, ...]:
    """The domains reserved for special use (``localhost``, ``test``…), as email-validator
    lists them: an address there is the library's to judge."""
    import email_validator

    return tuple(email_validator.SPECIAL_USE_DOMAIN_NAMES)


def email(text: str) -> str:
    """A syntactically valid address, normalized (domain lower-cased); no DNS look-up."""
    value = text.strip()
    plain = _plain_email(value)
    if plain is not None:
        return plain
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "'{value}' is not a valid e-mail address: {exc}"
            ).format(value=value, exc=clause(exc))
        ) from None


def clause(exc: BaseException) -> str:
    """A library's sentence ("There must be something after the @-sign.") as the end of
    one of ours: no capital to start it, no full stop to end it."""
    text = str(exc).strip().rstrip(".")
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        text = text[0].lower() + text[1:]
    return text


# A North American number written the usual ways ("+1 916-555-0142", "(916) 555-0142",
# "916.555.0142"), area code and exchange not starting with 0 or 1: what phonenumbers
# would make of it, without the cost of its parser (compared in the tests).
_PLAIN_NANP = re.compile(
    r"(?:\+?1[ .-]?)?(?:\(([2-9][0-9]{2})\)|([2-9][0-9]{2}))[ .-]?([2-9][0-9]{2})[ .-]?([0-9]{4})"
)


def _plain_phone(value: str, region: str) -> str | None:
    if region not in ("US", "CA"):
        return None
    match = _PLAIN_NANP.fullmatch(value)
    if match is None:
        return None
    return f"+1 {match[1] or match[2]}-{match[3]}-{match[4]}"


def phone(text: str, region: str = DEFAULT_PHONE_REGION) -> str:
    """A valid phone number in international format (+1 916-555-0142)."""
    value = text.strip()
    plain = _plain_phone(value, region)
    if plain is not None:
        return plain
    import phonenumbers

    try:
        number = phonenumbers.parse(value, region)
    except phonenumbers.NumberParseException:
        raise ValueError(
            QT_TRANSLATE_NOOP("Validation", "'{value}' is not a phone number").format(value=value)
        ) from None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation",
                "'{value}' has no area code; write the whole number, like 916-555-0142",
            ).format(value=value)
        )
    if reason != phonenumbers.ValidationResult.IS_POSSIBLE:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "'{value}' has the wrong number of digits for a phone number"
            ).format(value=value)
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def url(text: str) -> str:
    """A web address; ``example.org/x`` becomes ``https://example.org/x``."""
    value = text.strip()
    if not value:
        return ""
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or " " in value:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "'{text}' is not a web address (like https://example.org)"
            ).format(text=text.strip())
        )
    return value


def date(
    value: dt.date | str | None, what: str = QT_TRANSLATE_NOOP("Fields", "date")
) -> dt.date | None:
    """A calendar date between 1776 and 2200, from a date or ISO text (YYYY-MM-DD)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            parsed = dt.date.fromisoformat(value.strip())
        except ValueError:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):  # 2030-02-30: no such day
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "Validation", "there is no day {value} in the calendar"
                    ).format(value=value.strip())
                ) from None
            raise ValueError(
                QT_TRANSLATE_NOOP(
                    "Validation", "'{value}' is not a date; write it as YYYY-MM-DD"
                ).format(value=value)
            ) from None
    else:
        parsed = value
    if not EARLIEST <= parsed <= LATEST:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "{parsed} is out of range for the {what} ({first} to {last})"
            ).format(parsed=parsed.isoformat(), what=what, first=EARLIEST.year, last=LATEST.year)
        )
    return parsed


@lru_cache(maxsize=1)
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def time_zone(text: str) -> str:
    """An IANA time zone name such as America/Los_Angeles."""
    value = text.strip()
    if not value:
        return ""
    if value not in _zones():
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "'{value}' is not a time zone name (like America/Los_Angeles)"
            ).format(value=value)
        )
    return value


def language(text: str) -> str:
    """A language tag such as en, es or en-US."""
    value = text.strip()
    if not value:
        return ""
    if not _LANGUAGE.match(value):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "'{value}' is not a language code (like en, es or en-US)"
            ).format(value=value)
        )
    return value


def positive_int(value: int | str | None, what: str) -> int | None:
    if value is None or value == "":
        return None
    try:
        number = int(str(value).replace(",", "").strip())
    except ValueError:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "'{value}' is not a whole number for the {what}"
            ).format(value=value, what=what)
        ) from None
    if number < 0:
        raise ValueError(
            QT_TRANSLATE_NOOP("Validation", "the {what} cannot be negative").format(what=what)
        )
    return number


def required(text: str, what: str) -> str:
    value = text.strip()
    if not value:
        raise ValueError(
            QT_TRANSLATE_NOOP("Validation", "the {what} cannot be empty").format(what=what)
        )
    return value


def fits(text: str, limit: int, what: str) -> str:
    """``text`` when it has at most ``limit`` characters (what its column keeps on the
    coalition server), else a sentence saying how long it is."""
    if len(text) > limit:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Validation", "the {what} is {length} characters long; at most {limit} fit"
            ).format(what=what, length=len(text), limit=limit)
        )
    return text


ZIP_PATTERN = re.compile(r"^(\d{5})(?:-?(\d{4}))?$")


def zip_code(text: str) -> str:
    """A ZIP code as 5 digits or ZIP+4 (``94110-1234``); "" for none; raises ValueError
    otherwise."""
    value = text.strip()
    if not value:
        return ""
    match = ZIP_PATTERN.match(value)
    if match is None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "Events",
                "The ZIP code “{value}” is not a ZIP code: write five digits, like 94110, "
                "or ZIP+4, like 94110-1234.",
            ).format(value=value)
        )
    return f"{match[1]}-{match[2]}" if match[2] else match[1]
