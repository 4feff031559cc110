"""What people type, checked field by field: the edges of each check and the sentence
that says what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from coalition.common import validation


def test_a_date_on_the_first_and_last_day_allowed_is_taken() -> None:
    assert validation.date("1776-01-01") == dt.date(1776, 1, 1)
    assert validation.date(dt.date(2200, 12, 31)) == dt.date(2200, 12, 31)


@pytest.mark.parametrize("value", ["1775-12-31", dt.date(2201, 1, 1)])
def test_a_date_out_of_range_names_the_field_and_the_years(value: object) -> None:
    with pytest.raises(ValueError, match=r"out of range for the date \(1776 to 2200\)"):
        validation.date(value)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"out of range for the founding date \(1776 to 2200\)"):
        validation.date(value, "founding date")  # type: ignore[arg-type]


def test_an_empty_date_is_no_date_and_bad_text_says_how_to_write_one() -> None:
    assert validation.date("") is None
    assert validation.date(None) is None
    assert validation.date(" 2026-01-06 ") == dt.date(2026, 1, 6)
    with pytest.raises(ValueError, match="'Jan 6' is not a date; write it as YYYY-MM-DD"):
        validation.date("Jan 6")


def test_empty_optional_fields_stay_empty() -> None:
    assert validation.time_zone("  ") == ""
    assert validation.language("") == ""
    assert validation.url(" ") == ""
    assert validation.positive_int("", "number of members") is None
    assert validation.positive_int(None, "number of members") is None


def test_time_zone_and_language_are_checked() -> None:
    assert validation.time_zone(" America/Los_Angeles ") == "America/Los_Angeles"
    with pytest.raises(ValueError, match="'Pacific' is not a time zone name"):
        validation.time_zone("Pacific")
    assert validation.language(" en-US ") == "en-US"
    with pytest.raises(
        ValueError, match=r"'english!' is not a language code \(like en, es or en-US\)"
    ):
        validation.language("english!")


def test_phone_numbers_say_what_is_wrong() -> None:
    assert validation.phone("(916) 555-0142") == "+1 916-555-0142"
    with pytest.raises(ValueError, match="'555-0142' has no area code; write the whole number"):
        validation.phone("555-0142")
    with pytest.raises(ValueError, match="'call me' is not a phone number"):
        validation.phone("call me")
    with pytest.raises(ValueError, match="wrong number of digits"):
        validation.phone("916-555-01")


def test_a_count_may_be_zero_but_not_negative() -> None:
    assert validation.positive_int("0", "number of members") == 0
    assert validation.positive_int("1,200", "number of members") == 1200
    with pytest.raises(ValueError, match="the number of members cannot be negative"):
        validation.positive_int(-1, "number of members")
    with pytest.raises(
        ValueError, match="'a dozen' is not a whole number for the number of members"
    ):
        validation.positive_int("a dozen", "number of members")


def test_web_addresses_over_http_and_https_are_taken_others_refused() -> None:
    assert validation.url("http://example.org/x") == "http://example.org/x"
    assert validation.url("HTTPS://example.org") == "HTTPS://example.org"
    assert validation.url("example.org/x") == "https://example.org/x"
    for bad in ("ftp://example.org", "https://example.org/a b", "https://localhost", "example"):
        with pytest.raises(ValueError, match="is not a web address"):
            validation.url(bad)


def test_required_text_is_trimmed_and_empty_is_refused() -> None:
    assert validation.required("  Coalition call ", "title") == "Coalition call"
    with pytest.raises(ValueError, match="the title cannot be empty"):
        validation.required("   ", "title")


def test_email_addresses_are_normalized_or_refused() -> None:
    assert validation.email(" Jane@Example.ORG ") == "Jane@example.org"
    with pytest.raises(ValueError, match="'jane@' is not a valid e-mail address"):
        validation.email("jane@")


def test_a_day_written_right_that_the_calendar_has_not_is_said_so() -> None:
    from coalition.common import validation

    with pytest.raises(ValueError, match=r"^there is no day 2030-02-30 in the calendar$"):
        validation.date("2030-02-30")
