"""The quick checks of everyday addresses and numbers agree with the libraries they spare.

An import checks hundreds of thousands of addresses and numbers; most are written the
usual way and are checked by a pattern, the rest by email-validator and phonenumbers.
Whatever the pattern accepts must come out exactly as the library would make it.
"""

from __future__ import annotations

import phonenumbers
import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from coalition.common import validation

_LABEL = st.from_regex(r"[A-Za-z0-9]([A-Za-z0-9-]{0,8}[A-Za-z0-9])?", fullmatch=True)
_LOCAL = st.from_regex(r"[A-Za-z0-9_!#$%&'*+/=?^`{|}~.-]{1,20}", fullmatch=True)
_TLD = st.sampled_from(
    ["org", "COM", "net", "io", "test", "local", "example", "a", "xn--p1ai", "123"]
)


def _library_email(value: str) -> str | None:
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        return None


@settings(max_examples=400, deadline=None)
@given(local=_LOCAL, labels=st.lists(_LABEL, min_size=0, max_size=3), tld=_TLD)
def test_an_address_the_pattern_accepts_is_what_email_validator_makes_of_it(
    local: str, labels: list[str], tld: str
) -> None:
    value = f"{local}@{'.'.join([*labels, tld])}"
    quick = validation._plain_email(value)
    if quick is not None:
        assert quick == _library_email(value)


@pytest.mark.parametrize(
    "value", ["Person1@Example.ORG", "a.b+c@sub.example.co", "o'neil@mail.example.com"]
)
def test_everyday_addresses_are_checked_quickly_to_the_same_result(value: str) -> None:
    assert validation._plain_email(value) == _library_email(value)
    assert validation.email(f"  {value} ") == _library_email(value)


def test_an_address_that_is_not_valid_still_gets_the_library_sentence() -> None:
    with pytest.raises(ValueError, match="is not a valid e-mail address"):
        validation.email("someone@localhost")
    with pytest.raises(ValueError, match="is not a valid e-mail address"):
        validation.email("a..b@example.org")


_SEP = st.sampled_from(["", " ", "-", "."])


@settings(max_examples=400, deadline=None)
@given(
    prefix=st.sampled_from(["", "+1", "+1 ", "1-", "1 ", "+"]),
    area=st.from_regex(r"\d{3}", fullmatch=True),
    exchange=st.from_regex(r"\d{3}", fullmatch=True),
    line=st.from_regex(r"\d{4}", fullmatch=True),
    parens=st.booleans(),
    seps=st.tuples(_SEP, _SEP),
    region=st.sampled_from(["US", "CA", "GB"]),
)
def test_a_number_the_pattern_accepts_is_what_phonenumbers_makes_of_it(
    prefix: str, area: str, exchange: str, line: str, parens: bool,
    seps: tuple[str, str], region: str,
) -> None:  # fmt: skip
    value = f"{prefix}{f'({area})' if parens else area}{seps[0]}{exchange}{seps[1]}{line}"
    quick = validation._plain_phone(value, region)
    if quick is None:
        return
    number = phonenumbers.parse(value, region)
    assert phonenumbers.is_possible_number(number)
    assert quick == phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def test_a_number_that_is_not_valid_still_gets_its_sentence() -> None:
    with pytest.raises(ValueError, match="no area code"):
        validation.phone("555-0142")
    with pytest.raises(ValueError, match="wrong number of digits"):
        validation.phone("+1 916-555-01423")
    assert validation.phone("+44 20 7946 0958") == "+44 20 7946 0958"
