"""The dashboard as last computed, kept for the next start (see :mod:`coalition.store.snapshot`).

:func:`compute` is the dashboard's one computation (the services'); :func:`keep` stores
its result in the transaction it was read in, with what else it depended on (the day,
the moment the call shown could change, the language, the first day of the week);
:func:`kept` reads it back at the next start, before SQLAlchemy is imported, and gives
it only when it is still exactly what :func:`compute` would return now.

The content is plain JSON, decoded field by field into the dashboard's own values
(:mod:`coalition.goals.figures`): anything else in it (a file of another version, a
damaged value) is refused, never guessed at.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import functools
import types
import typing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from coalition import __version__
from coalition.common import clock
from coalition.common.states import Coverage
from coalition.goals import figures
from coalition.goals.figures import GoalStatus, Overview, StateCoverage
from coalition.store import snapshot

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from coalition.store.encryption import KeyMaterial

NAME = "dashboard"


@dataclass
class Dashboard:
    """Everything the dashboard shows but its graph."""

    statuses: list[GoalStatus]
    overview: Overview
    coverage: StateCoverage
    groups: list[tuple[str, str]]  # the organizations "my group" can be: (id, name)
    my_group: str | None


def compute(
    session: Session, now: dt.datetime, first_weekday: int, viewing: str | None = None
) -> Dashboard:
    """The dashboard at ``now``, weeks starting on ``first_weekday``; the sign-offs waiting
    for ``viewing`` ("": any group) or, when None, for my group."""
    from coalition.goals import records, report
    from coalition.goals.coverage import state_coverage

    statuses = records.statuses(session)
    mine = report.my_group(session) if viewing is None else viewing or None
    overview = report.overview(session, now, first_weekday, group=mine)
    coverage = state_coverage(session)
    groups = report.sign_off_groups(session, mine)
    return Dashboard(statuses, overview, coverage, groups, mine)


def _valid_until(data: Dashboard, now: dt.datetime) -> dt.datetime:
    """Until when ``data`` is what :func:`compute` gives (the data unchanged): the next
    midnight (goals, overdue items, this week), or the start of the call shown (a call
    under way counts as changing now)."""
    midnight = dt.datetime.combine(now.date() + dt.timedelta(days=1), dt.time(), now.tzinfo)
    call = data.overview.call
    if call is None:
        return midnight
    return min(midnight, max(now, call.start.astimezone(now.tzinfo)))


def _setting(now: dt.datetime, context: str) -> str:
    """What besides the data a computation depends on: this version, the zone of the
    clock, and the caller's ``context`` (the language, the first day of the week)."""
    return f"{__version__}|{now.utcoffset()}|{now.tzname()}|{context}"


def keep(session: Session, data: Dashboard, now: dt.datetime, context: str) -> bool:
    """Keep ``data``, computed at ``now`` in ``session``'s transaction (see
    :func:`coalition.store.snapshot.save`, which commits).  ``context`` names what the
    computation depended on besides the data (see :func:`kept`)."""
    now = now if now.tzinfo is not None else now.astimezone()
    try:
        content = {
            "setting": _setting(now, context),
            "since": now.isoformat(),
            "until": _valid_until(data, now).isoformat(),
            "data": _encode(data),
        }
    except (TypeError, ValueError):
        session.rollback()
        return False
    return snapshot.save(session, NAME, content)


def kept(
    path: Path | str,
    key: KeyMaterial | None,
    context: str,
    now: dt.datetime | None = None,
) -> Dashboard | None:
    """The dashboard kept in the file at ``path``, if it is still current at ``now`` for
    ``context``; None otherwise (then it is computed as usual)."""
    content = snapshot.read(path, key, NAME)
    try:
        now = now or clock.local_now()
        now = now if now.tzinfo is not None else now.astimezone()
        if not isinstance(content, dict) or content.get("setting") != _setting(now, context):
            return None
        since = dt.datetime.fromisoformat(content["since"])
        until = dt.datetime.fromisoformat(content["until"])
        if not since <= now < until or since.date() != now.date():
            return None
        data = _decode(Dashboard, content["data"])
        return data if isinstance(data, Dashboard) else None
    except Exception:  # a content this version cannot read is not shown
        return None


# --- the codec --------------------------------------------------------------------------


def _encode(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime):
        zone = value.tzinfo.key if isinstance(value.tzinfo, ZoneInfo) else None
        return [value.isoformat(), zone]
    if isinstance(value, dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        return {str(_encode(k)): _encode(v) for k, v in value.items()}
    raise TypeError(f"cannot keep {type(value).__name__}")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    namespace = {**vars(figures), "Dashboard": Dashboard, "Coverage": Coverage}
    return typing.get_type_hints(cls, localns=namespace)


def _decode(hint: Any, value: Any) -> Any:  # one case per type
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (types.UnionType, typing.Union):
        if value is None and type(None) in args:
            return None
        (other,) = [a for a in args if a is not type(None)]
        return _decode(other, value)
    if origin is list:
        if not isinstance(value, list):
            raise ValueError(value)
        return [_decode(args[0], v) for v in value]
    if origin is tuple:
        if not isinstance(value, list):
            raise ValueError(value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        if len(args) != len(value):
            raise ValueError(value)
        return tuple(_decode(a, v) for a, v in zip(args, value, strict=True))
    if origin is dict:
        if not isinstance(value, dict):
            raise ValueError(value)
        return {_decode(args[0], k): _decode(args[1], v) for k, v in value.items()}
    if hint is type(None):
        if value is not None:
            raise ValueError(value)
        return None
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise ValueError(value)
        hints = _hints(hint)
        fields = {f.name for f in dataclasses.fields(hint)}
        if set(value) != fields:
            raise ValueError(sorted(value))
        return hint(**{name: _decode(hints[name], value[name]) for name in fields})
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if hint is dt.datetime:
        text, zone = value
        moment = dt.datetime.fromisoformat(text)
        return moment.astimezone(ZoneInfo(zone)) if zone else moment
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if hint is float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(value)
        return float(value)
    if hint in (int, str, bool):
        if type(value) is not hint:
            raise ValueError(value)
        return value
    raise ValueError(hint)
