"""read-replies and answers, as an organizer at a terminal uses them: a file, the real
mailbox (pymap on loopback), and who is coming to the next call."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.store.models import MailAccount
from imap_server import ImapServer
from mail import samples
from mail.conftest import Coalition
from memory_keyring import MemoryKeyring
from profile_helpers import set_profile_in

STAMP = dt.datetime(2026, 12, 2, 9, 0, tzinfo=dt.UTC)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def answer(c: Coalition, address: str, name: str, partstat: str, **fields: object) -> bytes:
    reply = samples.Reply(
        c.series.uid, address, name, partstat, "dana.reyes@example.org", STAMP, **fields
    )  # type: ignore[arg-type]
    return samples.gmail(reply)


@pytest.fixture
def organizer_set(session: Session, coalition: Coalition) -> Coalition:
    set_profile_in(session)
    session.commit()
    return coalition


def test_read_replies_from_a_file_prints_what_each_did(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    organizer_set: Coalition,
    tmp_path: Path,
) -> None:
    eml = tmp_path / "accepted.eml"
    eml.write_bytes(answer(organizer_set, "sam.okafor@example.org", "Sam Okafor", "ACCEPTED"))

    code, out, err = run(capsys, db_path, "read-replies", "--file", str(eml))

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "applied (sam.okafor@example.org): Sam Okafor: accepted, every call of "
        "'Coalition weekly call'",
        "1 reply read: 1 applied.",
    ]
    code, out, _ = run(capsys, db_path, "read-replies", "--file", str(eml))
    assert code == 0 and out.startswith("already read (sam.okafor@example.org): read before")

    code, out, err = run(capsys, db_path, "answers", "--series", "Coalition weekly call")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Coalition weekly call, 2026-12-08 17:30 America/Los_Angeles",
        "  Not answered  Ana Ruiz <ana.ruiz@yescalifornia.example.org>",
        "  Not answered  Lee Park <lee.park@example.org>",
        "  Accepted      Sam Okafor <sam.okafor@example.org>",
    ]


def test_read_replies_from_the_mailbox_lists_what_was_not_applied(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    session: Session,
    organizer_set: Coalition,
    imap: ImapServer,
    mail_account: Callable[..., MailAccount],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    mail_account(imap.host, imap.port)
    c = organizer_set
    imap.deliver(
        answer(
            c, "lee.park@example.org", "Lee Park", "DECLINED", week=dt.datetime(2026, 12, 8, 17, 30)
        ),
        answer(c, "pat@newcomer.example.net", "Pat Newcomer", "ACCEPTED"),
    )
    monkeypatch.setenv("COALITION_MAIL_PASSWORD", imap.password)

    code, out, err = run(capsys, db_path, "read-replies")

    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "applied (lee.park@example.org): Lee Park: declined, 'Coalition weekly call' of 2026-12-08",
        "unknown sender (pat@newcomer.example.net): pat@newcomer.example.net is not in the "
        "directory",
        "2 replies read: 1 applied, 1 not applied (listed above).",
    ]
    code, out, _ = run(capsys, db_path, "answers", "--date", "2026-12-08")
    assert "  Declined      Lee Park <lee.park@example.org>" in out.splitlines()


def test_the_password_kept_in_the_keyring_is_used(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    organizer_set: Coalition,
    imap: ImapServer,
    mail_account: Callable[..., MailAccount],
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from coalition.store import keychain

    account = mail_account(imap.host, imap.port)
    monkeypatch.delenv("COALITION_MAIL_PASSWORD", raising=False)
    keychain.put(f"mail:{account.username}@{account.smtp_host}", imap.password)
    code, out, err = run(capsys, db_path, "read-replies")
    assert (code, err, out) == (0, "", "0 replies read: 0 applied.\n")


def test_a_mailbox_gone_is_one_line(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    organizer_set: Coalition,
    mail_account: Callable[..., MailAccount],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from imap_server import free_port

    port = free_port()
    mail_account("127.0.0.1", port)
    monkeypatch.setenv("COALITION_MAIL_PASSWORD", "secret")
    code, out, err = run(capsys, db_path, "read-replies")
    assert (code, out) == (1, "")
    assert err == (
        f"coalition: the mail server at 127.0.0.1:{port} refused the connection (is it running?)\n"
    )


def test_answers_for_a_date_without_a_call_says_so(
    capsys: pytest.CaptureFixture[str], db_path: Path, organizer_set: Coalition
) -> None:
    code, out, err = run(
        capsys, db_path, "answers", "--series", "Coalition weekly call", "--date", "2026-12-09"
    )
    assert (code, out) == (1, "")
    assert err == "coalition: 'Coalition weekly call' has no call on 2026-12-09\n"
