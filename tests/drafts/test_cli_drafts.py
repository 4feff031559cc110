"""The export-messages command, as a person at a terminal sees it.

It runs in-process through :func:`coalition.cli.main` on a real SQLite file filled
through the services; a failure must be one line on standard error and status 1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.drafts.draft import DraftInput, create_draft
from coalition.drafts.signoffs import answer_sign_off, request_sign_off
from coalition.drafts.variants import add_variant
from coalition.store import changes
from coalition.store.models import Organization, SignOffAnswer


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line_failure(code: int, out: str, err: str) -> str:
    assert code == 1
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("coalition: ") and "Traceback" not in err
    return err


@pytest.fixture
def filled(session: Session, make_org: Callable[..., Organization]) -> None:
    """Two drafts: one with an approved and a waiting variant, one without variants."""
    liberty = make_org("The Liberty Block")
    draft = create_draft(
        session,
        DraftInput("Would you really mind?", ["x"]),
        "Would you really mind if California left?",
    )
    south = add_variant(session, draft.id, "", state="SC", text="Fellow Southerners: {state}?")
    oregon = add_variant(session, draft.id, "", state="OR")
    asked = request_sign_off(session, south.id, liberty.id)
    changes.IDENTITY.actor, changes.IDENTITY.org_id = "Caleb Whitfield", liberty.id
    answer_sign_off(session, asked.id, SignOffAnswer.APPROVED)
    request_sign_off(session, oregon.id, liberty.id)
    create_draft(session, DraftInput("Borders", ["press_release"]), "A release.")


def test_export_messages_writes_one_file_per_variant(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, filled: None
) -> None:
    out = tmp_path / "messages"
    code, printed, err = run(capsys, db_path, "export-messages", "--out-dir", str(out))
    assert (code, err) == (0, "")
    names = ["would-you-really-mind--oregon.md", "would-you-really-mind--south-carolina.md"]
    assert printed.splitlines() == ["Wrote 2 messages:", *(str(out / n) for n in names)]
    assert sorted(p.name for p in out.iterdir()) == names
    south = (out / names[1]).read_text("utf-8")
    assert "- Draft: Would you really mind?" in south and "- Audience: South Carolina" in south
    assert "- Sign-off state: Approved" in south and "Fellow Southerners: South Carolina?" in south
    assert "- The Liberty Block: Approved by Caleb Whitfield" in south
    assert "- Sign-off state: In review" in (out / names[0]).read_text("utf-8")


def test_export_messages_of_one_draft(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, filled: None
) -> None:
    out = tmp_path / "one"
    code, printed, _ = run(
        capsys,
        db_path,
        "export-messages",
        "--out-dir",
        str(out),
        "--draft",
        "would YOU really mind?",
    )
    assert code == 0 and printed.startswith("Wrote 2 messages:")
    err = one_line_failure(
        *run(capsys, db_path, "export-messages", "--out-dir", str(out), "--draft", "Borders")
    )
    assert "the draft 'Borders' has no variant to export yet" in err


def test_an_unknown_draft_is_one_line_listing_the_titles(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, filled: None
) -> None:
    out = tmp_path / "none"
    err = one_line_failure(
        *run(capsys, db_path, "export-messages", "--out-dir", str(out), "--draft", "Calexit")
    )
    assert "no draft is called 'Calexit'" in err
    assert "'Borders'; 'Would you really mind?'" in err
    assert not out.exists()
