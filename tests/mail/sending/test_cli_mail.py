"""mail-setup, send and outbox, as a person at a terminal sees them, against the tests'
SMTP server."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.mail import account as accounts
from coalition.store import Database
from profile_helpers import set_profile_in
from smtp_server import SmtpServer
from tests.mail.sending.conftest import Weekly


@pytest.fixture(autouse=True)
def _organizer_set_up(db: Database) -> None:
    with db.session() as session:
        set_profile_in(session)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def set_up(
    db_path: Path,
    db: Database,
    smtp_server: SmtpServer,
    memory_keyring: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> Path:
    monkeypatch.setenv("COALITION_MAIL_PASSWORD", smtp_server.password)
    code, out, err = run(
        capsys,
        db_path,
        "mail-setup",
        "--smtp",
        f"{smtp_server.host}:{smtp_server.port}",
        "--security",
        "none",
        "--from",
        "organizer@example.org",
        "--name",
        "Dana Reyes",
        "--user",
        smtp_server.user,
    )
    assert (code, err) == (0, "")
    assert out == (
        f"Mail goes out through 127.0.0.1:{smtp_server.port} (none) as organizer@example.org.\n"
        "The mail password is kept in your keyring.\n"
    )
    monkeypatch.delenv("COALITION_MAIL_PASSWORD")
    return db_path


def test_setup_keeps_the_account_and_the_password_in_the_keyring(
    set_up: Path, db: Database, smtp_server: SmtpServer, memory_keyring: object
) -> None:
    with db.reading() as session:
        row = accounts.get_account(session)
        assert row is not None
        assert (row.smtp_host, row.smtp_port, row.security, row.username) == (
            "127.0.0.1",
            smtp_server.port,
            "none",
            smtp_server.user,
        )
        assert accounts.load_password(session, row) == smtp_server.password
    assert smtp_server.password.encode() not in Path(set_up).read_bytes()


def test_send_says_what_waits_for_a_preview_and_sends_it_with_yes_once(
    set_up: Path,
    weekly: Weekly,
    session: Session,
    smtp_server: SmtpServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session.commit()
    code, out, _ = run(capsys, set_up, "send")
    assert code == 0
    assert "Queued 2 invitation messages." in out
    assert "Left out: Lee Park has no e-mail address" in out
    assert "Waiting for a first preview: invitation of 'Coalition weekly call' (2 messages)" in out
    assert "coalition send --preview" in out and "Sent 0 messages." in out
    assert smtp_server.received == []

    code, out, _ = run(capsys, set_up, "send", "--preview")
    assert out.count("--- To: ") == 2 and "Subject: Invitation: Coalition weekly call" in out

    code, out, _ = run(capsys, set_up, "send", "--yes")
    assert (code, out.splitlines()[-1]) == (0, "Sent 2 messages.")
    assert len(smtp_server.received) == 2

    code, out, _ = run(capsys, set_up, "send")
    assert (code, out.splitlines()[-1]) == (0, "Sent 0 messages.")
    assert "Queued" not in out and "Waiting" not in out
    assert len(smtp_server.received) == 2

    code, out, _ = run(capsys, set_up, "outbox")
    lines = out.splitlines()
    assert len(lines) == 2 and all(line.startswith("sent ") for line in lines)
    assert "sam.okafor@example.org  Invitation: Coalition weekly call" in out


def test_a_dry_run_writes_eml_files_and_sends_nothing(
    set_up: Path,
    weekly: Weekly,
    session: Session,
    smtp_server: SmtpServer,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session.commit()
    out_dir = tmp_path / "eml"
    code, out, _ = run(capsys, set_up, "send", "--dry-run", str(out_dir))
    assert code == 0 and "Wrote 2 messages to" in out and "none was sent" in out
    assert len(list(out_dir.glob("*.eml"))) == 2
    assert smtp_server.received == []
    code, out, _ = run(capsys, set_up, "outbox", "--status", "queued")
    assert len(out.splitlines()) == 2


def test_a_wrong_password_is_one_sentence_on_stderr(
    set_up: Path,
    weekly: Weekly,
    db: Database,
    session: Session,
    smtp_server: SmtpServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    session.commit()
    monkeypatch.setenv("COALITION_MAIL_PASSWORD", "wrong")
    code, _, err = run(capsys, set_up, "send", "--yes")
    assert code == 1
    assert err.count("\n") == 1 and err.startswith(
        f"coalition: The mail server 127.0.0.1:{smtp_server.port} did not accept the password"
    )
    assert "2 messages wait in the outbox" in err
