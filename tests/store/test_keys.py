"""Keys made in bulk, and names' sort keys computed without decomposing plain ASCII."""

from __future__ import annotations

import unicodedata
import uuid

import pytest

from coalition.store.base import LEVELS, new_id, new_ids, sort_key


def test_keys_made_in_bulk_are_random_version_7_uuids_of_now() -> None:
    keys = new_ids(5000) + new_ids(1) + new_ids(7)
    assert len(set(keys)) == len(keys)
    for key in keys:
        parsed = uuid.UUID(key)
        assert (parsed.version, parsed.variant, str(parsed)) == (7, uuid.RFC_4122, key)
    # the same millisecond as a key made one at a time, give or take the clock's tick
    now = int(new_id()[:13].replace("-", ""), 16)
    assert abs(int(keys[0][:13].replace("-", ""), 16) - now) < 5_000
    # every one of the random bits varies
    bits = [uuid.UUID(k).int for k in keys[:2000]]
    assert all(key >> 80 == bits[0] >> 80 for key in bits[:100])  # their time
    either = 0
    for value in bits:
        either |= value ^ bits[0]
    assert bin(either & ((0xFFF << 64) | ((1 << 62) - 1))).count("1") == 74
    assert new_ids(0) == []


def _decomposing_key(text: str) -> str:
    """The sort key the long way, as every name that is not plain ASCII gets it."""
    decomposed = unicodedata.normalize("NFKD", text.strip())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    accents = "".join("z" if unicodedata.combining(c) else "a" for c in decomposed)
    case = "".join("b" if c != c.casefold() else "a" for c in letters)
    return LEVELS.join((letters.casefold(), accents.rstrip("a"), case.rstrip("a")))[:200]


@pytest.mark.parametrize(
    "name", ["McDonald", "  Ana Lee  ", "O'Brien-Smith 3", "ZED", "", "\tx\x1f", "a" * 300]
)
def test_an_ascii_name_sorts_by_the_key_the_long_way_gives(name: str) -> None:
    assert sort_key(name) == _decomposing_key(name)


def test_names_with_accents_keep_their_second_level() -> None:
    assert sort_key("Núñez") == "nunez\x01aabaj\x01b"
    assert sort_key("Nunez") < sort_key("nuñez") < sort_key("Nuñez") < sort_key("Núñez")


def _whole_name_key(text: str) -> str:
    """The sort key with the whole name decomposed at once, each accent by its rank."""
    from coalition.store.base import _ACCENTS

    decomposed = unicodedata.normalize("NFKD", text.strip())
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    accents = "".join(_ACCENTS.get(c, "z") if unicodedata.combining(c) else "a" for c in decomposed)
    case = "".join("b" if c != c.casefold() else "a" for c in letters)
    return LEVELS.join((letters.casefold(), accents.rstrip("a"), case.rstrip("a")))[:200]


def test_a_name_keyed_a_word_at_a_time_gets_the_key_of_the_whole_name() -> None:
    """Hundreds of thousands of names, from letters with and without accents, combining
    marks on their own, spaces (doubled, leading, before a mark), other white space,
    ligatures and compatibility forms, capitals that fold to more than one letter."""
    import random

    rng = random.Random(19)
    alphabet = (
        "aAnNzZ '-.0 1  "
        + "áÁñÑüÜçÇøØłŁßẞİıŉǅǈﬁﬀ²ⅫＡａ"
        + "\u0301\u0300\u0303\u0308\u0327\u0332\u20dd\u00a0\t\u2009"
        + "ΣσςΑΆἀᾳ"
        + "ӐЁё한글가"
    )
    names = ["Ana Núñez", " José  María ", "Zoë \u0301x", "ŉ ß İ", "\u00a0 é"]
    for _ in range(200_000):
        names.append("".join(rng.choices(alphabet, k=rng.randint(0, 14))))
    for name in names:
        assert sort_key(name) == _whole_name_key(name), repr(name)
    long = "Ñ" * 150 + " " + "é" * 150
    assert sort_key(long) == _whole_name_key(long)
