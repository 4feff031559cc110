"""What every screen shares: the open database, the undo stack, and word of changes.

Screens never commit by themselves: they call :meth:`AppContext.run` with a service
function.  That one call is one transaction; its recorded change set goes on the undo
stack, and :attr:`AppContext.changed` tells every view which tables to refresh.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store import Database, changes
from coalition.store.changes import ChangeSet, last_changeset, reapply, revert

R = TypeVar("R")


def nobody_set_up() -> str:
    """Why a change is refused before anyone is set up (translated when said)."""
    return QCoreApplication.translate(
        "AppContext",
        "Nobody is set up on this database yet, so this change would be credited to "
        "nobody: choose File → Switch profile… and say who you are first.",
    )


class AppContext(QObject):
    changed = Signal(object)  # set[str]: the tables a change touched
    error = Signal(str)  # a sentence to show when something could not be done
    message = Signal(str)  # a short note for the status bar

    def __init__(
        self, db: Database, settings: QSettings | None = None, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.db = db
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        # Who acts on this database (see remember_identity); None: as the process does.
        self._identity: dict[str, Any] | None = None

    def remember_identity(self) -> None:
        """Keep who acts on this database now (its active profile, just activated), so
        that a second window on another database does not lend this one its organizer."""
        self._identity = dict(vars(changes.IDENTITY))

    def retire(self) -> None:
        """Its window is closed: what is left of it (a screen's timer that fires late)
        reads as the process does, and no longer lends the process this database's
        organizer, whose name and role would then go with another window's writes."""
        self._identity = None

    def _act(self) -> None:
        # Changes are credited to, and reads walled for, the organizer of this database.
        if self._identity is not None:
            vars(changes.IDENTITY).update(self._identity)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        self._act()
        with self.db.reading() as session:
            yield session

    def run(self, fn: Callable[..., R], *args: Any, label: str | None = None, **kwargs: Any) -> R:
        """Call the service ``fn(session, *args, **kwargs)``: one undoable transaction.

        Errors (validation, a vanished record) propagate to the caller, which knows
        which field to mark; nothing has been written then.  Nothing is written while
        nobody is set up on the database (no change is credited to nobody).
        """
        self._act()
        if not changes.IDENTITY.actor:
            raise CoalitionError(nobody_set_up())
        with self.db.session() as session:
            result = fn(session, *args, **kwargs)
            changeset = last_changeset(session)
        self.adopt(changeset, label)
        return result

    def adopt(self, changeset: ChangeSet, label: str | None = None) -> None:
        """Make a change already committed off the UI thread (a long import run in a
        QThread, one service call in its own session) undoable, and tell the views.

        Called on the UI thread with the :func:`last_changeset` of that session.
        """
        if changeset:
            self.undo_stack.push(_ServiceCommand(self, changeset, shown(label or changeset.label)))
            self.changed.emit(changeset.tables())

    def replay(self, changeset: ChangeSet, *, undo: bool) -> bool:
        self._act()
        try:
            with self.db.session() as session:
                (revert if undo else reapply)(session, changeset)
        except (CoalitionError, SQLAlchemyError) as exc:
            failed = (
                self.tr("Could not undo “{label}”: {exc}")
                if undo
                else self.tr("Could not redo “{label}”: {exc}")
            )
            self.error.emit(failed.format(label=shown(changeset.label), exc=shown(exc)))
            return False
        self.changed.emit(changeset.tables())
        return True


class _ServiceCommand(QUndoCommand):
    """An entry of the undo stack: a change already made, replayed backwards or forwards."""

    def __init__(self, ctx: AppContext, changeset: ChangeSet, text: str):
        super().__init__(text)
        self._ctx = ctx
        self._changeset = changeset
        self._done = True  # pushed after the service ran: the first redo() does nothing

    @property
    def changeset(self) -> ChangeSet:
        """What this entry changes: the main window shows where, after undo and redo."""
        return self._changeset

    def redo(self) -> None:
        if self._done:
            return
        self._done = self._ctx.replay(self._changeset, undo=False)
        if not self._done:
            self.setObsolete(True)

    def undo(self) -> None:
        if not self._ctx.replay(self._changeset, undo=True):
            self.setObsolete(True)
            return
        self._done = False
