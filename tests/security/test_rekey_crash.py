"""`coalition rekey` and `coalition recovery-key` killed (SIGKILL) at every step, and at random
instants, lose nothing: the database and every backup open afterwards, with what the
keyring holds or the recovery key that was printed, and the next start finishes or undoes
the change.

Each try is a real ``python -m coalition`` process with a keyring that outlives it
(tests/file_keyring.py, a keyring backend selected through keyring's own
``PYTHON_KEYRING_BACKEND``).  It is stopped exactly at a named step
(``$COALITION_PAUSE_AT``, where the process says "paused at STEP" and waits to be killed)
or at a random instant after the change began; then the files are checked as they were
left, a second process opens the database as a person would, and the files are checked again.

``COALITION_CRASH_TRIES`` sets the number of random kills per command (default 5) and
``COALITION_CRASH_SEED`` their seed; the outcomes are printed (run with ``-s``).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from coalition.security import keychange
from coalition.store import backups, keychain
from coalition.store.encryption import (
    KeyMaterial,
    file_state,
    key_from_typed,
    key_opens,
    keyring_name,
    previous_keyring_name,
    rekey_file,
)

TESTS = Path(__file__).parents[1]
ROOT = TESTS.parent
# Every step of a change of key where a process can be stopped (in order), the database
# and two backups being three files (file#N: about to re-encrypt one; swap#N: its copy
# checked, about to be renamed into place).
STEPS = [
    "journal-written",
    "keyring-updated",
    "shown",
    "journal-shown",
    "file#1",
    "swap#1",
    "file#2",
    "swap#2",
    "file#3",
    "swap#3",
    "keyring-finished",
    "previous-forgotten",
]
RANDOM_TRIES = int(os.environ.get("COALITION_CRASH_TRIES", "5"))
SEED = int(os.environ.get("COALITION_CRASH_SEED", "20261206"))
OUTCOMES: Counter[str] = Counter()


@dataclass
class Laptop:
    """One try's own copy of the data folder and keyring file."""

    db: Path
    keyring_file: Path
    first_key: KeyMaterial
    printed: list[KeyMaterial] = field(default_factory=list)

    def keyring(self) -> dict[str, str]:
        text = self.keyring_file.read_text() if self.keyring_file.exists() else "{}"
        return json.loads(text).get(keychain.SERVICE, {})

    def current(self) -> KeyMaterial | None:
        stored = self.keyring().get(keyring_name(self.db))
        return KeyMaterial.from_keyring(stored) if stored else None

    def previous(self) -> KeyMaterial | None:
        stored = self.keyring().get(previous_keyring_name(self.db))
        return KeyMaterial.from_keyring(stored) if stored else None

    def files(self) -> list[Path]:
        return [self.db, *(b.path for b in backups.list_backups(self.db))]

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("COALITION_")}
        env.update(
            PYTHON_KEYRING_BACKEND="file_keyring.FileKeyring",
            PYTHONPATH=os.pathsep.join([str(TESTS), str(ROOT)]),
            COALITION_TEST_KEYRING=str(self.keyring_file),
        )
        env.update(extra)
        return env


def _laptop(tmp_path: Path, template: tuple[Path, KeyMaterial]) -> Laptop:
    folder, key = template
    data = tmp_path / "data"
    shutil.copytree(folder, data)
    laptop = Laptop(data / "coalition.db", tmp_path / "keyring.json", key)
    laptop.keyring_file.write_text(
        json.dumps({keychain.SERVICE: {keyring_name(laptop.db.resolve()): key.to_keyring()}})
    )
    laptop.db = laptop.db.resolve()
    return laptop


def _start(laptop: Laptop, command: str, **extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "coalition", "--db", str(laptop.db), command],
        cwd=ROOT,
        env=laptop.env(**extra),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _printed_keys(stderr: str) -> list[KeyMaterial]:
    return [
        key_from_typed(line.strip())
        for line in stderr.splitlines()
        if line.strip().count("-") == 13
    ]


def _kill_at(laptop: Laptop, command: str, step: str) -> None:
    child = _start(laptop, command, COALITION_PAUSE_AT=step)
    assert child.stderr is not None
    seen = []
    for line in child.stderr:
        seen.append(line)
        if line.startswith("paused at "):
            break
    else:
        _reap(child)
        pytest.fail(f"{command} ended without reaching {step}: {''.join(seen)}")
    child.kill()  # SIGKILL: no clean-up of ours runs
    _reap(child)
    laptop.printed = _printed_keys("".join(seen))


def _reap(child: subprocess.Popen[str]) -> None:
    """Wait for a child and close its pipes (a pipe left to the garbage collector warns)."""
    with child:  # Popen's exit closes stdin, stdout and stderr, then waits
        pass


def _change_lasts(laptop: Laptop, command: str) -> float:
    """How long a change lasts here and now, from its journal to its last step."""
    child = _start(laptop, command, COALITION_PAUSE_AT="*")
    assert child.stderr is not None
    began = None
    for line in child.stderr:
        if line.startswith("at journal-written"):
            began = time.monotonic()
        if line.startswith("at previous-forgotten"):
            break
    assert began is not None
    lasts = time.monotonic() - began
    child.communicate()
    assert child.returncode == 0
    return lasts


def _kill_during(laptop: Laptop, command: str, delay: float) -> bool:
    """Kill ``delay`` seconds after the change began (the process names each step as it
    passes it); whether the command had ended by itself first."""
    child = _start(laptop, command, COALITION_PAUSE_AT="*")
    assert child.stderr is not None
    seen = []
    for line in child.stderr:
        seen.append(line)
        if line.startswith("at journal-written"):
            break
    try:
        child.wait(timeout=delay)
        ended = True
    except subprocess.TimeoutExpired:
        child.kill()  # SIGKILL: no clean-up of ours runs
        child.wait()
        ended = False
    seen.append(child.stderr.read())
    _reap(child)
    laptop.printed = _printed_keys("".join(seen))
    return ended


def _check_as_left(laptop: Laptop) -> None:
    """Right after the kill: every file opens with the keyring's current or previous key,
    and the journal, if any, is private and opens with one of them."""
    kept = [k for k in (laptop.current(), laptop.previous()) if k is not None]
    assert kept, "the keyring lost the database's key"
    for path in laptop.files():
        assert file_state(path) == "encrypted", path
        assert any(key_opens(path, k) for k in kept), (
            f"{path.name} opens with no key the keyring holds"
        )
    journal = keychange.read_journal(laptop.db)
    if journal is not None:
        if os.name == "posix":
            assert keychange.journal_path(laptop.db).stat().st_mode & 0o777 == 0o600
        assert any(journal.keys(k) is not None for k in kept)


def _open_as_a_person_would(laptop: Laptop) -> str:
    """The next start: a command that opens the database (and so finishes or undoes the
    change).  Returns what it said on standard error."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "coalition",
            "--db",
            str(laptop.db),
            "search",
            "California National",
        ],
        cwd=ROOT,
        env=laptop.env(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "California National Party" in done.stdout
    return done.stderr


def _check_after_the_next_start(laptop: Laptop, note: str) -> str:
    """Nothing left half done: one key, in the keyring, opens the database and every
    backup; no journal, no previous key, no half-written copy.  Returns the outcome."""
    assert not keychange.pending(laptop.db)
    assert laptop.previous() is None
    final = laptop.current()
    assert final is not None
    for path in laptop.files():
        assert key_opens(path, final), f"{path.name} does not open with the keyring's key"
    assert len(laptop.files()) == 3
    assert not list(laptop.db.parent.rglob("*.rekeyed")) and not list(
        laptop.db.parent.rglob("*.partial")
    )
    if final == laptop.first_key:
        # Undone (or never begun): the recovery key printed, if any, was said to be unused.
        assert not laptop.printed or "undone" in note
        return "rolled back" if laptop.printed or "undone" in note else "not begun"
    assert laptop.printed == [final], "the key in use was never shown"
    return "finished by the next start" if "finished" in note else "completed"


def _try(laptop: Laptop) -> str:
    _check_as_left(laptop)
    note = _open_as_a_person_would(laptop)
    return _check_after_the_next_start(laptop, note)


@pytest.mark.parametrize("command", ["recovery-key", "rekey"])
@pytest.mark.parametrize("step", STEPS)
def test_killed_at_each_step_the_change_is_finished_or_undone(
    tmp_path: Path, template: tuple[Path, KeyMaterial], command: str, step: str
) -> None:
    laptop = _laptop(tmp_path, template)
    _kill_at(laptop, command, step)
    outcome = _try(laptop)
    OUTCOMES[f"{command} killed at {step}: {outcome}"] += 1
    # Before the key was shown nothing may move on; once it was, it must.
    shown_yet = STEPS.index(step) >= STEPS.index("journal-shown")
    assert (outcome != "rolled back") == shown_yet


@pytest.mark.parametrize("command", ["recovery-key", "rekey"])
def test_killed_at_random_instants_nothing_is_lost(
    tmp_path: Path, template: tuple[Path, KeyMaterial], command: str
) -> None:
    rng = random.Random(f"{SEED}-{command}")
    # How long the change itself lasts, here and now (most of a run is Python starting),
    # to kill across all of it and a little after.
    lasts = _change_lasts(_laptop(tmp_path / "whole", template), command)
    outcomes: Counter[str] = Counter()
    for n in range(RANDOM_TRIES):
        laptop = _laptop(tmp_path / f"try{n}", template)
        ended = _kill_during(laptop, command, rng.uniform(0, 1.2 * lasts))
        outcome = _try(laptop)
        outcomes["ran to its end" if ended else outcome] += 1
    for outcome, count in outcomes.items():
        OUTCOMES[f"{command} killed at random: {outcome}"] += count
    assert sum(outcomes.values()) == RANDOM_TRIES


@pytest.mark.parametrize("step", ["keyring-updated", "swap#2"])
def test_a_passphrase_change_killed_without_a_keyring_is_finished_or_undone(
    tmp_path: Path, template: tuple[Path, KeyMaterial], step: str
) -> None:
    """Where there is no keyring, the journal alone carries the change: the next start,
    given either passphrase, finishes it or undoes it."""
    folder, raw = template
    data = tmp_path / "data"
    shutil.copytree(folder, data)
    db = (data / "coalition.db").resolve()
    old, new = (
        KeyMaterial.passphrase("the old passphrase"),
        KeyMaterial.passphrase("the new passphrase"),
    )
    for path in [db, *(b.path for b in backups.list_backups(db))]:
        rekey_file(path, raw, old)
    no_keyring = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    laptop = Laptop(db, tmp_path / "unused.json", old)
    env = laptop.env(
        **no_keyring, COALITION_PASSPHRASE=old.secret, COALITION_NEW_PASSPHRASE=new.secret
    )
    child = subprocess.Popen(
        [sys.executable, "-m", "coalition", "--db", str(db), "rekey"],
        cwd=ROOT,
        env={**env, "COALITION_PAUSE_AT": step},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    assert child.stderr.readline().startswith("paused at "), step
    child.kill()  # SIGKILL: no clean-up of ours runs
    _reap(child)
    for path in laptop.files():
        assert key_opens(path, old) or key_opens(path, new), path.name

    # The person types the new passphrase, the one they just chose.
    done = subprocess.run(
        [sys.executable, "-m", "coalition", "--db", str(db), "search", "California National"],
        cwd=ROOT,
        env=laptop.env(**no_keyring, COALITION_PASSPHRASE=new.secret),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    final = old if step == "keyring-updated" else new
    assert ("undone" if final == old else "finished") in done.stderr
    assert not keychange.pending(db)
    for path in laptop.files():
        assert key_opens(path, final), path.name
    OUTCOMES[
        f"rekey of a passphrase killed at {step}: {'rolled back' if final == old else 'finished'}"
    ] += 1


def test_report_the_outcomes() -> None:
    """Print what the kills above came to (the figures quoted when the tests are run)."""
    for line, count in sorted(OUTCOMES.items()):
        print(f"{count:3d}  {line}")
