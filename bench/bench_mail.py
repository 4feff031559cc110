"""200 invitations sent through the outbox to a local SMTP server, against a plain smtplib
loop sending the same messages in the same run.

    python -m bench.bench_mail [--invitations N] [--runs R]

A call series with N participants is made in a fresh database through the services, and
its invitations queued (built once, as iMIP messages: that time is said apart).  The
server is aiosmtpd's, in a process of its own on 127.0.0.1 (``python -m aiosmtpd`` with
its Sink handler: it takes each message and drops it).  Then, turn about, ``R`` times:

- ``send_due``: one connection, each message sent and its status committed to the
  database the moment the server took it (what makes a crash mid-batch send nothing
  twice);
- the baseline: ``smtplib.SMTP.sendmail`` of the very same bytes in a loop on one
  connection, nothing recorded.

Each figure is the median of the runs, in wall-clock seconds (the work is waiting on the
server as much as computing); the ratio is send_due's over the baseline's (goal: 1.5x).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import update

GOAL_RATIO = 1.5
FROM = "organizer@example.org"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def sink_server() -> Iterator[int]:
    """aiosmtpd's Sink on 127.0.0.1 in a process of its own; yields its port."""
    port = _free_port()
    command = [sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, "-c", "aiosmtpd.handlers.Sink"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the local SMTP server did not start") from None
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def _coalition(folder: Path, invitees: int, port: int) -> tuple[object, float]:
    """A database with a series of ``invitees`` participants and its invitations
    queued; the time the queueing took."""
    from coalition.calls import series as calls
    from coalition.directory import records as directory
    from coalition.mail import account as accounts
    from coalition.mail import outbox
    from coalition.store import changes, open_database

    changes.IDENTITY.actor, changes.IDENTITY.email = "Dana Reyes", FROM
    changes.IDENTITY.role = "coordinator"
    db = open_database(folder / "mail.db")
    with db.session() as session:
        dana = directory.create_person(
            session, directory.PersonInput(name="Dana Reyes", emails=[FROM])
        )
        people = [
            directory.create_person(
                session,
                directory.PersonInput(name=f"Member {n:03d}", emails=[f"member{n}@example.org"]),
            )
            for n in range(invitees)
        ]
        series = calls.create_series(
            session,
            calls.SeriesInput(
                title="Coalition weekly call",
                start_date=dt.date.today() + dt.timedelta(days=7),
                start_time="17:30",
                time_zone="America/Los_Angeles",
                organizer_id=dana.id,
                join_url="https://meet.example.org/coalition-weekly",
                participant_person_ids=[p.id for p in people],
            ),
        )
        accounts.save_account(
            session,
            accounts.AccountInput(
                smtp_host="127.0.0.1", smtp_port=port, security="none", from_address=FROM
            ),
        )
        outbox.save_series_mail(session, series.id, agenda=False, minutes=False)
        outbox.mark_previewed(session, series.id, "invitation")
        started = time.perf_counter()
        report = outbox.queue_due(session)
        queued = time.perf_counter() - started
        assert report.counts == {"invitation": invitees}, report.counts
    return db, queued


def _requeue(db: object) -> None:
    from coalition.store.models import MailStatus, OutgoingMail

    with db.session() as session:  # type: ignore[attr-defined]
        session.execute(
            update(OutgoingMail).values(
                status=MailStatus.QUEUED, sent_at=None, attempts=0, next_attempt_at=None
            )
        )
        session.commit()


def _send_due(db: object) -> float:
    from coalition.mail.send import send_due

    with db.session() as session:  # type: ignore[attr-defined]
        started = time.perf_counter()
        report = send_due(session, None)
        seconds = time.perf_counter() - started
    assert report.errors == [] and report.failed == 0, report
    return seconds


def _baseline(port: int, messages: list[tuple[str, bytes]]) -> float:
    started = time.perf_counter()
    server = smtplib.SMTP("127.0.0.1", port, timeout=30)
    for recipient, raw in messages:
        server.sendmail(FROM, [recipient], raw)
    server.quit()
    return time.perf_counter() - started


def measure(invitees: int, runs: int, folder: Path) -> None:
    from sqlalchemy import select

    from coalition.store.models import OutgoingMail

    with sink_server() as port:
        db, queued = _coalition(folder, invitees, port)
        with db.session() as session:  # type: ignore[attr-defined]
            messages = [
                (r.recipient, r.raw)
                for r in session.scalars(select(OutgoingMail).order_by(OutgoingMail.created_at))
            ]
        size = sum(len(raw) for _, raw in messages) / len(messages) / 1024
        ours, base = [], []
        for _ in range(runs):
            _requeue(db)
            base.append(_baseline(port, messages))
            ours.append(_send_due(db))
        db.close()  # type: ignore[attr-defined]
    ours_s, base_s = statistics.median(ours), statistics.median(base)
    print(f"{invitees} invitations ({size:.1f} KiB each) to a local SMTP server, median of {runs}:")
    print(f"  queued (built once as iMIP messages): {queued:.2f} s")
    print(f"  send_due (status committed after each): {ours_s:.3f} s")
    print(f"  plain smtplib loop, same bytes: {base_s:.3f} s")
    print(f"  ratio {ours_s / base_s:.2f}x (goal: at most {GOAL_RATIO}x)")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--invitations", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure(args.invitations, args.runs, Path(tmp))


if __name__ == "__main__":
    main()
