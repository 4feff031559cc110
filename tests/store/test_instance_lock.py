"""A second Coalition on the same database is refused, with the process that holds it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from coalition import cli
from coalition.store import instance, open_database

HOLDER = textwrap.dedent(
    """
    import sys, time
    from coalition.store import instance
    instance.acquire(sys.argv[1])
    print("held", flush=True)
    sys.stdin.read()
    """
)


@pytest.fixture
def held_elsewhere(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    path = tmp_path / "coalition.db"
    open_database(path).close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "held"
    yield path, child
    child.kill()
    with child:  # waits, and closes its pipes (ones left to the garbage collector warn)
        pass


def test_a_second_process_is_refused_with_a_clear_message(
    held_elsewhere: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = held_elsewhere
    with pytest.raises(instance.AlreadyOpenError) as caught:
        instance.acquire(path)
    assert str(caught.value).startswith(
        f"Coalition is already open on {path} (process {child.pid})"
    )


def test_a_command_that_writes_stops_while_another_holds_the_database(
    held_elsewhere: tuple[Path, subprocess.Popen[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, child = held_elsewhere
    before = path.read_bytes()
    assert cli.main(["--db", str(path), "demo"]) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "already open" in err and str(child.pid) in err
    assert path.read_bytes() == before
    # Reading goes on: SQLite lets readers in beside the one that writes.
    assert cli.main(["--db", str(path), "search", "anything"]) == cli.EXIT_ERROR
    assert "already open" not in capsys.readouterr().err


def test_the_lock_goes_with_the_process_however_it_ends(
    held_elsewhere: tuple[Path, subprocess.Popen[str]],
) -> None:
    path, child = held_elsewhere
    child.kill()  # SIGKILL: no clean-up runs
    child.wait()
    lock = instance.acquire(path)
    try:
        assert instance.holder_of(path) is None or lock.held
    finally:
        instance.release(path)


def test_one_process_may_open_its_own_database_twice(tmp_path: Path) -> None:
    path = tmp_path / "coalition.db"
    first = instance.acquire(path)
    try:
        assert instance.acquire(path) is first
    finally:
        instance.release(path)
