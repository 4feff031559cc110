"""The "private to this laptop" box of the person and organization editors.

Kept apart from :mod:`coalition.ui.sync.controller` so that the editors import only this small
module.  Making a record private is not a change of the record itself (it is this
laptop's bookkeeping, :func:`coalition.sync.private.set_private`), so it is not on the undo stack:
the box is ticked or unticked again instead, and its tooltip says so.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QWidget

from coalition.sync.private import is_record_private, set_private
from coalition.ui.common.context import AppContext

# Two lines: the form stays narrow.
PRIVATE_TEXT = str(
    QT_TRANSLATE_NOOP("PrivateBox", "Private to this laptop —\nnever sent to the coalition server")
)
PRIVATE_TIP = (
    "Kept on this computer only, with everything attached to it (addresses, memberships). "
    "If it was shared already, the next sync takes it off the server and the other "
    "laptops. This is not undone by Ctrl+Z: untick the box and save to share it again."
)


class PrivateBox(QCheckBox):
    """Shows whether a record is kept off the server, and stores the choice on save."""

    def __init__(self, ctx: AppContext, table: str, parent: QWidget | None = None):
        super().__init__(self.tr(PRIVATE_TEXT), parent)
        self.ctx = ctx
        self.table = table
        self.setObjectName("privateToThisLaptop")
        self.setToolTip(PRIVATE_TIP)
        # As wide as its text: stretched across the form, it would look clickable where it is not.
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def show_for(self, record_id: str | None) -> None:
        """Tick the box when ``record_id`` is private (a new record starts shared)."""
        private = False
        if record_id is not None:
            with self.ctx.reading() as session:
                private = is_record_private(session, self.table, record_id)
        blocked = self.blockSignals(True)
        self.setChecked(private)
        self.blockSignals(blocked)

    def store(self, record_id: str, private: bool) -> None:
        """After the record itself was saved: keep it private, or share it, as the box
        was ticked when Save was pressed."""
        with self.ctx.db.session() as session:
            if is_record_private(session, self.table, record_id) == private:
                return
            set_private(session, self.table, record_id, private)
        # Not a change of any shown record: only the sync status follows it.
        self.ctx.changed.emit({"sync_private"})
