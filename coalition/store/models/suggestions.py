"""Suggestions: a change an organizer may not make (another group's record, or one the
server's walls refused), sent to the coalition's coordinators to make or decline.

A suggestion is a record like any other: owned by the suggesting organizer's group and
private to it, so that group and the coordinators read it, and the coordinators decide
it (the walls, on the laptop and on the server, need nothing of their own for it).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from coalition.store.base import Entity, UTCDateTime

OPEN = "open"
APPLIED = "applied"
DECLINED = "declined"
STATUSES = (OPEN, APPLIED, DECLINED)


class Suggestion(Entity):
    """Proposed values for one record's fields (``proposed``: field -> value, encoded as
    sync rows are, see :mod:`coalition.store.rowcodec`), with a note, who suggested it,
    and what a coordinator decided."""

    __tablename__ = "suggestion"

    table_name: Mapped[str] = mapped_column(String(64))
    row_id: Mapped[str] = mapped_column(String(64))
    record: Mapped[str] = mapped_column(String(200), default="")
    proposed: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    note: Mapped[str] = mapped_column(Text, default="")
    suggested_by: Mapped[str] = mapped_column(String(200), default="")
    suggested_by_org: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default=OPEN)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decided_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # Why a coordinator declined it (empty when applied or still open).
    answer: Mapped[str] = mapped_column(Text, default="")
