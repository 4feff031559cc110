"""The 50 US states and DC: names, codes, tile-map positions and home time zones.

The coalition's goal is counted in states ("representatives in 11 of 20 states"), the
directory records which state a representative speaks for, and the weekly call is shown
in each state's local time. All of these need the same small, fixed table, so it lives
here, free of Qt and of the database, where the services, the command line and the
widgets can all read it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from coalition.common.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class State:
    """One state (or DC) as the application needs it.

    ``row`` and ``col`` place the state on the square tile-grid cartogram (the NPR /
    FiveThirtyEight layout: AK top-left, ME top-right, HI bottom-left, FL bottom-right),
    which gives every state the same weight, as the coalition's goal does, instead of
    letting Texas dwarf Rhode Island.  ``time_zone`` is the IANA zone of the state's most
    populous area: states that span two zones are shown in the zone most of their people
    live in.
    """

    code: str
    name: str
    row: int
    col: int
    time_zone: str


class Coverage(enum.StrEnum):
    """How far the coalition reaches into a state, strongest first.

    A representative is the goal; a social page alone is a foothold that organizers want
    to see at a glance, because it is where a representative is usually recruited next.
    """

    REPRESENTATIVE = "representative"
    PAGE = "page"
    NONE = "none"


STATES: tuple[State, ...] = (
    State("AL", "Alabama", 6, 7, "America/Chicago"),
    State("AK", "Alaska", 0, 0, "America/Anchorage"),
    State("AZ", "Arizona", 5, 2, "America/Phoenix"),
    State("AR", "Arkansas", 5, 5, "America/Chicago"),
    State("CA", "California", 4, 1, "America/Los_Angeles"),
    State("CO", "Colorado", 4, 3, "America/Denver"),
    State("CT", "Connecticut", 3, 10, "America/New_York"),
    State("DE", "Delaware", 4, 10, "America/New_York"),
    State("DC", "District of Columbia", 5, 9, "America/New_York"),
    State("FL", "Florida", 7, 9, "America/New_York"),
    State("GA", "Georgia", 6, 8, "America/New_York"),
    State("HI", "Hawaii", 7, 0, "Pacific/Honolulu"),
    State("ID", "Idaho", 2, 2, "America/Boise"),
    State("IL", "Illinois", 2, 6, "America/Chicago"),
    State("IN", "Indiana", 3, 6, "America/Indiana/Indianapolis"),
    State("IA", "Iowa", 3, 5, "America/Chicago"),
    State("KS", "Kansas", 5, 4, "America/Chicago"),
    State("KY", "Kentucky", 4, 6, "America/Kentucky/Louisville"),
    State("LA", "Louisiana", 6, 5, "America/Chicago"),
    State("ME", "Maine", 0, 11, "America/New_York"),
    State("MD", "Maryland", 4, 9, "America/New_York"),
    State("MA", "Massachusetts", 2, 11, "America/New_York"),
    State("MI", "Michigan", 2, 8, "America/Detroit"),
    State("MN", "Minnesota", 2, 5, "America/Chicago"),
    State("MS", "Mississippi", 6, 6, "America/Chicago"),
    State("MO", "Missouri", 4, 5, "America/Chicago"),
    State("MT", "Montana", 2, 3, "America/Denver"),
    State("NE", "Nebraska", 4, 4, "America/Chicago"),
    State("NV", "Nevada", 3, 2, "America/Los_Angeles"),
    State("NH", "New Hampshire", 1, 11, "America/New_York"),
    State("NJ", "New Jersey", 3, 9, "America/New_York"),
    State("NM", "New Mexico", 5, 3, "America/Denver"),
    State("NY", "New York", 2, 9, "America/New_York"),
    State("NC", "North Carolina", 5, 7, "America/New_York"),
    State("ND", "North Dakota", 2, 4, "America/Chicago"),
    State("OH", "Ohio", 3, 7, "America/New_York"),
    State("OK", "Oklahoma", 6, 4, "America/Chicago"),
    State("OR", "Oregon", 3, 1, "America/Los_Angeles"),
    State("PA", "Pennsylvania", 3, 8, "America/New_York"),
    State("RI", "Rhode Island", 2, 10, "America/New_York"),
    State("SC", "South Carolina", 5, 8, "America/New_York"),
    State("SD", "South Dakota", 3, 4, "America/Chicago"),
    State("TN", "Tennessee", 5, 6, "America/Chicago"),
    State("TX", "Texas", 7, 4, "America/Chicago"),
    State("UT", "Utah", 4, 2, "America/Denver"),
    State("VT", "Vermont", 1, 10, "America/New_York"),
    State("VA", "Virginia", 4, 8, "America/New_York"),
    State("WA", "Washington", 2, 1, "America/Los_Angeles"),
    State("WV", "West Virginia", 4, 7, "America/New_York"),
    State("WI", "Wisconsin", 2, 7, "America/Chicago"),
    State("WY", "Wyoming", 3, 3, "America/Denver"),
)
"""All 51 entries, alphabetical by name: the order people expect in a picker."""

BY_CODE: dict[str, State] = {state.code: state for state in STATES}

_BY_KEY: dict[str, str] = {
    **{state.code.casefold(): state.code for state in STATES},
    **{state.name.casefold(): state.code for state in STATES},
}


def normalize_state(text: str) -> str:
    """Return the two-letter code for ``text``, a code or a full name in any case.

    Imported spreadsheets and typed fields say "ca", "California" or " south carolina ";
    storing one canonical code is what lets the goal count each state once.  Inner runs
    of whitespace are collapsed too ("New  York").  An empty (or blank) value means "no
    state given" and returns "", so optional fields pass through.

    Raises:
        ValueError: ``text`` names neither a state nor DC.
    """
    key = " ".join(text.split()).casefold()
    if not key:
        return ""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise ValueError(
            QT_TRANSLATE_NOOP("Common", "'{text}' is not a US state or DC").format(text=text)
        ) from None
