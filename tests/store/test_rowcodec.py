"""A row's JSON text, as the audit trail and the outbox store it on SQLite."""

from __future__ import annotations

import datetime as dt
import enum
import json

import pytest

from coalition.store.rowcodec import PackedRow, _json_default, encode_row, json_text_encoder


class _Kind(enum.Enum):
    GRASSROOTS = "grassroots"


def test_the_text_is_what_json_dumps_makes_of_the_encoded_row() -> None:
    now = dt.datetime(2026, 12, 7, 15, 0, 1, 234, tzinfo=dt.UTC)
    there = dt.datetime(2026, 12, 7, 7, 0, 1, 234, tzinfo=dt.timezone(dt.timedelta(hours=-8)))
    rows = [
        {"id": "k", "name": 'Zoë \u2028 "Núñez" \\ 😀', "created_at": now, "updated_at": now},
        {"at": there, "on": dt.date(2027, 1, 9), "time": dt.time(10, 30), "kind": _Kind.GRASSROOTS},
        {"n": 3, "x": 1.5, "big": 10**30, "none": None, "yes": True, "nan": float("nan")},
        {"questions": [{"q": "Why?", "when": now}], "tags": ["a", "é"], "empty": {}},
        {},
    ]
    encode = json_text_encoder()
    for _ in range(2):  # the second time with the instants known
        for row in rows:
            expected = json.dumps(row, default=_json_default)  # instants in a list too
            if "questions" not in row:
                assert expected == json.dumps(encode_row(row))
            assert encode(row) == expected
            assert encode(PackedRow(tuple(row), tuple(row.values()))) == expected


def test_a_value_json_cannot_hold_is_refused_and_the_next_row_is_encoded() -> None:
    encode = json_text_encoder()
    with pytest.raises(TypeError):
        encode({"id": "k", "what": object()})
    assert encode({"id": "k"}) == '{"id": "k"}'
