"""What the sync's status, its dialogs and the bundle dialogs share: labels that elide
their text, the worker thread a sync or a connection test runs in, instants in words."""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSize, Qt, QThread, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from coalition.common import clock
from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.store.base import Base
from coalition.sync.ops import Progress
from coalition.ui.common import formatting

log = logging.getLogger(__name__)


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _rich_tip(text: str) -> str:
    """A tooltip that wraps (plain-text tooltips run off the screen)."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


class ElidedLabel(QLabel):
    """One line of text, cut with "…" to the width it is given; the whole in its tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *, widest: int = 420):
        super().__init__(parent)
        self._full = ""
        self._widest = widest
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str, tip: str | None = None) -> None:
        self._full = text
        self.setToolTip(_rich_tip(tip if tip is not None else text) if (tip or text) else "")
        self._elide()
        self.updateGeometry()

    def full_text(self) -> str:
        return self._full

    def _flat(self) -> str:
        return "  ↵ ".join(line.strip() for line in self._full.strip().splitlines()) or self._full

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        super().setText(
            self.fontMetrics().elidedText(self._flat(), Qt.TextElideMode.ElideRight, width)
        )

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        wanted = self.fontMetrics().horizontalAdvance(self._flat()) + 4
        return QSize(min(wanted, self._widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(40, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class ClickableLabel(ElidedLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class Job(QThread):
    """Runs ``work(progress)`` off the UI thread; says how it ended in one signal.

    A refusal (:class:`CoalitionError`) arrives as its sentence; anything else as a
    sentence too (its details go to the log), never as a traceback.  The password is
    taken out of every text.
    """

    progressed = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Progress], Any], secret: str | None = None):
        super().__init__()
        self._work = work
        self._secret = secret

    def run(self) -> None:
        try:
            result = self._work(lambda stage, done, total: self.progressed.emit(stage, done, total))
        except CoalitionError as exc:
            self.failed.emit(_scrub(shown(exc), self._secret))
        except Exception as exc:
            log.error("the sync stopped: %s", _scrub(repr(exc), self._secret))
            self.failed.emit(
                _scrub(f"the sync stopped on an unexpected error ({exc})", self._secret)
            )
        else:
            self.succeeded.emit(result)


def when(at: dt.datetime | None) -> str:
    """An instant in this computer's zone: "Tue 12 May, 10:42" (the year when not this one)."""
    if at is None:
        return "time unknown"
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    local = at.astimezone()
    if local.year == clock.local_now().replace(tzinfo=None).year:
        day = f"{formatting.weekday(local.date(), short=True)} {formatting.day_month(local.date())}"
        return f"{day}, {formatting.time(local)}"
    return f"{formatting.date(local)}, {formatting.time(local)}"


def all_tables() -> set[str]:
    return set(Base.metadata.tables)
