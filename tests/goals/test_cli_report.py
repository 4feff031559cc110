"""The report command, as a person at a terminal sees it: a PDF of the dashboard, or one
line saying why not."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from coalition import sample
from coalition.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out, err = capsys.readouterr()
    return code, out, err


def pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def test_report_writes_the_dashboard_as_a_pdf(
    capsys: pytest.CaptureFixture[str], session: Session, db_path: Path, tmp_path: Path
) -> None:
    sample.load_sample(session)
    out = tmp_path / "board.pdf"
    code, printed, err = run(capsys, db_path, "report", "--out", str(out))
    assert (code, err) == (0, "")
    assert printed.strip() == f"Wrote the report of {db_path} to {out}"
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert pages(data) == 4  # where we stand, growth (five charts: two pages), the graph
    assert [
        p.name for p in tmp_path.iterdir() if p.name.startswith(".board")
    ] == []  # no temporary left


def test_an_empty_coalition_still_gets_a_report(
    capsys: pytest.CaptureFixture[str], db: object, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "empty.pdf"
    code, _printed, err = run(capsys, db_path, "report", "--out", str(out))
    assert (code, err) == (0, "")
    assert pages(out.read_bytes()) == 2  # no goals: no page of charts


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("board.png", "the report is a PDF"),
        ("missing-folder/board.pdf", "No such file or directory"),
    ],
)
def test_a_report_that_cannot_be_written_is_one_line_and_status_1(
    capsys: pytest.CaptureFixture[str],
    db: object,
    db_path: Path,
    tmp_path: Path,
    name: str,
    words: str,
) -> None:
    code, printed, err = run(capsys, db_path, "report", "--out", str(tmp_path / name))
    assert code == 1
    assert printed == ""
    assert err.count("\n") == 1 and err.startswith("coalition: ") and words in err
    assert not (tmp_path / name).exists()


def test_report_needs_its_out_file(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(db_path), "report"])
    assert exited.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_the_command_exits_cleanly_in_its_own_process(
    session: Session, db_path: Path, tmp_path: Path
) -> None:
    """QtCharts and the PDF painter are torn down without a crash at exit."""
    sample.load_sample(session)
    session.close()
    out = tmp_path / "report.pdf"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    done = subprocess.run(
        [sys.executable, "-m", "coalition", "--db", str(db_path), "report", "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
