"""The keys the sample's loader uses to refer again to the rows it made, and how it gets
their ids."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

# Keys for the rows the loader refers to again.
CNP, CFC, CFC_EDU, CFC_ADV, CALCONCON, YESCAL = "cnp", "cfc", "cfc_edu", "cfc_adv", "ccc", "yes"
COALITION, LIBERTY_BLOCK, RED_NY, RED_IL, RED_PA, RED_OR = (
    "calexit",
    "liberty",
    "red_ny",
    "red_il",
    "red_pa",
    "red_or",
)
PLEBISCITE, BORDERS, CANDIDATE, NO_FOREIGN_MONEY, ARTICLE_V = (
    "plebiscite",
    "borders",
    "candidate",
    "no_foreign_money",
    "article_v",
)
CFC_INITIATIVE, INITIATIVE_2018 = "cfc_initiative", "initiative_2018"


def chapter(state: str) -> str:
    """The key of the coalition's group in ``state``."""
    return f"chapter_{state.lower()}"


T = TypeVar("T")


def flushed(session: Session, row: T) -> T:
    """``row`` with its id: a write nested in another one is not flushed on return.

    The ids are given at flush time, and a nested service call joins the outer
    transaction without flushing, so the loader flushes before it uses an id.
    """
    session.flush()
    return row
