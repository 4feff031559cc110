"""The state table: lookups that importers rely on, and a tile grid that draws cleanly."""

from __future__ import annotations

import zoneinfo

import pytest

from coalition.common.states import BY_CODE, STATES, Coverage, State, normalize_state


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("CA", "CA"),
        ("ca", "CA"),
        (" sc ", "SC"),
        ("California", "CA"),
        (" south carolina ", "SC"),
        ("NEW  YORK", "NY"),
        ("District of Columbia", "DC"),
        ("dc", "DC"),
    ],
)
def test_normalize_state_accepts_codes_and_names(text: str, code: str) -> None:
    assert normalize_state(text) == code


@pytest.mark.parametrize("text", ["", "   "])
def test_normalize_state_passes_empty_through(text: str) -> None:
    assert normalize_state(text) == ""


@pytest.mark.parametrize("text", ["XX", "Californ", "Puerto Rico", "C A"])
def test_normalize_state_rejects_what_is_not_a_state(text: str) -> None:
    with pytest.raises(ValueError, match=f"^'{text}' is not a US state or DC$"):
        normalize_state(text)


def test_fifty_states_and_dc_in_alphabetical_order() -> None:
    assert len(STATES) == 51
    assert [s.name for s in STATES] == sorted(s.name for s in STATES)
    assert len(BY_CODE) == 51
    assert all(len(code) == 2 and code.isupper() for code in BY_CODE)
    assert BY_CODE["DC"] == State("DC", "District of Columbia", 5, 9, "America/New_York")


def test_grid_cells_are_unique_and_within_eight_by_twelve() -> None:
    cells = {(s.row, s.col) for s in STATES}
    assert len(cells) == len(STATES)
    assert all(0 <= row < 8 and 0 <= col < 12 for row, col in cells)
    corners = {code: (BY_CODE[code].row, BY_CODE[code].col) for code in ("AK", "ME", "HI", "FL")}
    assert corners["AK"] == (0, 0) and corners["HI"] == (7, 0)
    assert corners["ME"][1] == 11 and corners["FL"][0] == 7


def test_every_state_has_a_valid_time_zone() -> None:
    for state in STATES:
        assert zoneinfo.ZoneInfo(state.time_zone).key == state.time_zone
    assert BY_CODE["AZ"].time_zone == "America/Phoenix"
    assert BY_CODE["IN"].time_zone == "America/Indiana/Indianapolis"


def test_coverage_values_are_the_stored_strings() -> None:
    assert [c.value for c in Coverage] == ["representative", "page", "none"]
    assert Coverage("page") is Coverage.PAGE
