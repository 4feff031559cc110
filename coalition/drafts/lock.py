"""The text a coalition decision adopted: locked until another decision changes it.

A draft whose ``adopted_by_id`` is set is the coalition's declaration.  The decisions
service replaces its text and publishes it inside :func:`adopting`, the one way such a
draft's text changes.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.orm import Session

_ADOPTING = "coalition.adopting"


@contextmanager
def adopting(session: Session, proposal_id: str) -> Iterator[None]:
    """While the decision ``proposal_id`` writes the text it adopted."""
    before = session.info.get(_ADOPTING)
    session.info[_ADOPTING] = proposal_id
    try:
        yield
    finally:
        if before is None:
            session.info.pop(_ADOPTING, None)
        else:
            session.info[_ADOPTING] = before


def is_adopting(session: Session) -> bool:
    return session.info.get(_ADOPTING) is not None
