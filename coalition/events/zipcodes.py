"""Which state a ZIP code is in, from its first three digits.

The United States Postal Service gives each sectional center facility a three-digit
prefix, and every prefix lies in one state (or territory, or military post office).
The ranges below are written out from the USPS's list of three-digit ZIP code prefixes
(USPS Publication 65, *National Five-Digit ZIP Code and Post Office Directory*; the same
table is in USPS "L002" of the Domestic Mail Manual and in Wikipedia's "List of ZIP Code
prefixes").  Unassigned prefixes inside a state's range are counted as that state's: a
ZIP code is only ever used to ask "are you sure?", never to refuse.
"""

from __future__ import annotations

from bisect import bisect_right

from coalition.common import validation

# (first prefix, last prefix, state), in order; gaps are prefixes no state has.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (5, 5, "NY"),  # Holtsville, the IRS
    (6, 7, "PR"),
    (8, 8, "VI"),
    (9, 9, "PR"),
    (10, 27, "MA"),
    (28, 29, "RI"),
    (30, 38, "NH"),
    (39, 49, "ME"),
    (50, 54, "VT"),
    (55, 55, "MA"),
    (56, 59, "VT"),
    (60, 69, "CT"),
    (70, 89, "NJ"),
    (90, 99, "AE"),  # Armed Forces Europe
    (100, 149, "NY"),
    (150, 196, "PA"),
    (197, 199, "DE"),
    (200, 200, "DC"),
    (201, 201, "VA"),
    (202, 205, "DC"),
    (206, 219, "MD"),
    (220, 246, "VA"),
    (247, 268, "WV"),
    (270, 289, "NC"),
    (290, 299, "SC"),
    (300, 319, "GA"),
    (320, 339, "FL"),
    (340, 340, "AA"),  # Armed Forces Americas
    (341, 349, "FL"),
    (350, 369, "AL"),
    (370, 385, "TN"),
    (386, 397, "MS"),
    (398, 399, "GA"),
    (400, 427, "KY"),
    (430, 459, "OH"),
    (460, 479, "IN"),
    (480, 499, "MI"),
    (500, 528, "IA"),
    (530, 549, "WI"),
    (550, 567, "MN"),
    (569, 569, "DC"),
    (570, 577, "SD"),
    (580, 588, "ND"),
    (590, 599, "MT"),
    (600, 629, "IL"),
    (630, 658, "MO"),
    (660, 679, "KS"),
    (680, 693, "NE"),
    (700, 714, "LA"),
    (716, 729, "AR"),
    (730, 732, "OK"),
    (733, 733, "TX"),  # Austin, the IRS
    (734, 749, "OK"),
    (750, 799, "TX"),
    (800, 816, "CO"),
    (820, 831, "WY"),
    (832, 838, "ID"),
    (840, 847, "UT"),
    (850, 865, "AZ"),
    (870, 884, "NM"),
    (885, 885, "TX"),  # El Paso
    (889, 898, "NV"),
    (900, 961, "CA"),
    (962, 966, "AP"),  # Armed Forces Pacific
    (967, 968, "HI"),
    (969, 969, "GU"),  # Guam, the Northern Marianas, Palau, Micronesia, the Marshalls
    (970, 979, "OR"),
    (980, 994, "WA"),
    (995, 999, "AK"),
)
_STARTS = [first for first, _last, _state in _RANGES]


def normalize_zip(text: str) -> str:
    """A ZIP code as 5 digits or ZIP+4 (``94110-1234``); raises ValueError otherwise
    (see :func:`coalition.common.validation.zip_code`, which the directory shares)."""
    return validation.zip_code(text)


def state_of_zip(text: str) -> str | None:
    """The two-letter state (or territory) of a ZIP code, None if none or not a ZIP."""
    match = validation.ZIP_PATTERN.match(text.strip())
    if match is None:
        return None
    prefix = int(match[1][:3])
    index = bisect_right(_STARTS, prefix) - 1
    if index < 0:
        return None
    first, last, state = _RANGES[index]
    return state if first <= prefix <= last else None
