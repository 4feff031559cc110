"""The window while the outbox sends: 200 invitations sent by the window's sender (its
worker thread) to a local SMTP server, and how long the UI thread was held meanwhile.

    python -m bench.bench_mail_window [--invitations N] [--runs R]

The database, the series and its queued invitations are bench/bench_mail.py's, as is
the server (aiosmtpd's Sink in a process of its own).  A main window is opened on the
database (offscreen), and its :class:`~coalition.ui.mail.sender.MailSender` sends
everything due, ``R`` times (the invitations put back in the outbox between runs),
while a timer on the UI thread ticks every 5 ms: the longest gap between two ticks,
less the 5 ms, is the longest the window could not answer (goal: under 50 ms).  The
first send of the app's run (the keyring woken, sending's modules imported, in the
worker but under Python's one lock) is said apart.  The
send's own time is said beside it, and the same send with no window (``send_due`` in
this thread) as the baseline.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse
import itertools
import statistics
import tempfile
import time
from pathlib import Path

from bench.bench_mail import _coalition, _requeue, sink_server

GOAL_STALL_MS = 50.0
TICK_MS = 5


def _window_send(window: object, sender: object) -> tuple[float, float]:
    """One send by the window's sender: (seconds, the longest UI-thread stall in ms)."""
    from PySide6.QtCore import QEventLoop, QTimer

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    loop = QEventLoop()
    sender.finished.connect(loop.quit)  # type: ignore[attr-defined]
    timer.start()
    started = time.perf_counter()
    ticks.append(started)
    assert sender.send_now()  # type: ignore[attr-defined]
    loop.exec()
    ended = time.perf_counter()
    timer.stop()
    sender.finished.disconnect(loop.quit)  # type: ignore[attr-defined]
    ticks.append(ended)
    gaps = [(b - a) * 1000 - TICK_MS for a, b in itertools.pairwise(ticks)]
    report = sender.last_outcome.report  # type: ignore[attr-defined]
    assert report is not None and not report.errors, report
    return ended - started, max(gaps)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--invitations", type=int, default=200)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from coalition.mail import send
    from coalition.ui.common.context import AppContext
    from coalition.ui.mail.sender import install_mail
    from coalition.ui.shell.mainwindow import MainWindow

    with tempfile.TemporaryDirectory() as folder, sink_server() as port:
        db, _queued = _coalition(Path(folder), args.invitations, port)
        ctx = AppContext(db, QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))  # type: ignore[arg-type]
        window = MainWindow(ctx)
        window.show()
        sender = install_mail(window, ctx)
        for timer in (sender.first_run, sender.retry, sender.debounce):
            timer.stop()
        app.processEvents()
        windowed: list[float] = []
        stalls: list[float] = []
        bare: list[float] = []
        # The first send of a run of the app wakes the keyring and imports what sending
        # needs, in the worker thread but under Python's one lock: said apart.
        _first_seconds, first_stall = _window_send(window, sender)
        _requeue(db)
        for _ in range(args.runs):
            seconds, stall = _window_send(window, sender)
            windowed.append(seconds)
            stalls.append(stall)
            _requeue(db)
            with db.session() as session:  # type: ignore[attr-defined]
                started = time.perf_counter()
                report = send.send_due(session, None)
                bare.append(time.perf_counter() - started)
                assert report.sent == args.invitations, report
            _requeue(db)
        window.close()
        db.close()  # type: ignore[attr-defined]
    print(
        f"| {args.invitations} invitations | window's sender | send_due alone "
        "| longest stall | first send's stall |"
    )
    print("|---|---|---|---|---|")
    print(
        f"| median of {args.runs} | {statistics.median(windowed):.2f} s "
        f"| {statistics.median(bare):.2f} s | {max(stalls):.1f} ms "
        f"(goal < {GOAL_STALL_MS:.0f} ms) | {first_stall:.1f} ms |"
    )


if __name__ == "__main__":
    main()
