"""Long work off the UI thread, with a sign of life, for the moments the window must wait.

Converting a plain database to an encrypted one rewrites every page of it and checks
the copy: several seconds on a large file, during which a window run on the same thread
froze, greyed by the desktop as "not responding".  :func:`run_busy` runs such work on a
thread of its own while a busy indicator shows over the window, and hands back what it
returned (or raises what it raised) on the UI thread, as if it had been called there.

Work the window need not wait for (sending mail, reading a mailbox) runs in a
:class:`Task`: the window goes on, and the outcome arrives as a signal.

The work must not touch widgets or the window's database connections: it gets what it
needs as arguments.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown

R = TypeVar("R")
Progress = Callable[[int, int], None]
log = logging.getLogger(__name__)


class _Worker(QThread):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._work()
        except BaseException as exc:  # handed back to the UI thread, raised there
            self.error = exc


class BusyDialog(QProgressDialog):
    """A busy bar and a sentence saying what is being done; it cannot be cancelled (the
    work it waits for cannot be stopped halfway without harm)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle(QCoreApplication.translate("BusyDialog", "Please wait"))
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumWidth(420)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)

    def reject(self) -> None:  # Escape: the work goes on, and so does the dialog
        pass


def run_busy(parent: QWidget | None, text: str, work: Callable[[], R]) -> R:
    """Call ``work()`` on another thread while a busy dialog saying ``text`` shows over
    ``parent``; the window keeps painting meanwhile.  Returns what ``work`` returned, or
    raises what it raised."""
    dialog = BusyDialog(text, parent)
    worker = _Worker(work)
    loop = QEventLoop()
    worker.finished.connect(loop.quit)
    dialog.show()
    worker.start()
    if not worker.isFinished():
        loop.exec()
    worker.wait()
    dialog.close()
    dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result


def scrub(text: str, secret: str | None) -> str:
    """A password taken out of a sentence (a server may echo what it was given)."""
    return text.replace(secret, "***") if secret else text


class Task(QThread):
    """Runs ``work(progress)`` off the UI thread and says how it ended in one signal,
    while the window goes on (sending mail, reading a mailbox: seconds to minutes).

    A refusal (:class:`CoalitionError`, a server's answer) arrives as
    its sentence; anything else as a sentence too, its details in the log, never as a
    traceback.  The work gets no widget and opens its own database session.
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, work: Callable[[Progress], Any], secret: str | None = None) -> None:
        super().__init__()
        self._work = work
        # Taken out of every sentence; the work may set it itself once it has read it
        # (a keyring is slow to wake: read in the thread, not on the window's).
        self.secret = secret

    def run(self) -> None:
        try:
            result = self._work(lambda done, total: self.progressed.emit(done, total))
        except CoalitionError as exc:
            self.failed.emit(scrub(shown(exc), self.secret))
        except Exception as exc:
            log.error("work in the background stopped: %s", scrub(repr(exc), self.secret))
            self.failed.emit(
                scrub(
                    QCoreApplication.translate(
                        "Task", "it stopped on an unexpected error ({error})"
                    ).format(error=exc),
                    self.secret,
                )
            )
        else:
            self.succeeded.emit(result)
