"""What the dashboard depends on besides its own widgets: the tables whose change can
move its figures, the screen behind a computed goal, the first day of the week, and the
dashboard kept for the next start (:mod:`coalition.goals.snapshot`)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from coalition.goals.figures import GOAL_TABLES, MEASURE_TABLES
from coalition.store.kinds import GoalMeasure

if TYPE_CHECKING:
    from coalition.ui.common.context import AppContext

# A change to any of these can move a number on the dashboard.
WATCHED_TABLES = (
    set().union(*MEASURE_TABLES.values())
    | GOAL_TABLES
    | {
        "person",
        "setting",
        "campaign",
        "call_series",
        "call_occurrence",
        "agenda_item",
        "action_item",
        "draft",
        "draft_variant",
        "sign_off",
        "standing_item",
    }
)

# Where a computed goal's number comes from: the screen that opens behind its card.
MEASURE_AREA = {
    GoalMeasure.STATES: "states",
    GoalMeasure.REPRESENTED_STATES: "states",
    GoalMeasure.ALLIED_ORGANIZATIONS: "organizations",
    GoalMeasure.OPEN_ACTION_ITEMS: "actions",
    GoalMeasure.SIGNUPS: "events",
}


def first_weekday() -> int:
    """The first day of the week in the person's locale, as the services count days
    (0 Monday … 6 Sunday; Qt counts 1 Monday … 7 Sunday)."""
    return QLocale().firstDayOfWeek().value - 1


def kept_context() -> str:
    """What a dashboard kept for the next start depended on besides the data and the day:
    the language it was computed in and the first day of the week."""
    return f"{QLocale().name()}|{first_weekday()}"


def keep_for_next_start(ctx: AppContext, now: dt.datetime) -> None:
    """Keep the dashboard of ``ctx``'s file for the next start if what was kept is gone
    (a change since, here or elsewhere), so that the next start paints it at once.
    Nothing is said if it cannot be: the next start computes it then."""
    from coalition.goals import snapshot

    db = ctx.db
    if db.closed or not db.is_sqlite or db.path is None:
        return
    if snapshot.kept(db.path, db.key, kept_context()) is not None:
        return
    try:
        with ctx.reading() as session:
            data = snapshot.compute(session, now, first_weekday())
            snapshot.keep(session, data, now, kept_context())
    except Exception:  # never in the way of closing: only the next start is slower
        return
