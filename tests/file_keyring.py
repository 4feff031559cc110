"""A keyring backend that keeps its secrets in a JSON file named by ``$COALITION_TEST_KEYRING``.

A test that kills a real ``python -m coalition`` process needs a keyring that outlives
the process, as the desktop's does, without touching the machine's own: this backend,
selected in the child through keyring's own mechanism
(``PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring``, with tests/ on ``PYTHONPATH``).
Each write replaces the file in one rename, like a real keyring's store: a process
killed while writing leaves the old contents or the new, never half of them.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
from keyring.errors import PasswordDeleteError

ENV = "COALITION_TEST_KEYRING"


def _file() -> Path:
    return Path(os.environ[ENV])


def read_all(path: Path | None = None) -> dict[str, dict[str, str]]:
    try:
        return json.loads((path or _file()).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}


def write_all(data: dict[str, dict[str, str]], path: Path | None = None) -> None:
    target = path or _file()
    partial = target.with_name(target.name + f".{os.getpid()}.partial")
    partial.write_text(json.dumps(data), encoding="utf-8")
    os.replace(partial, target)


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]  # keyring declares priority a class property; a plain number is what it reads

    def get_password(self, service: str, username: str) -> str | None:
        return read_all().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = read_all()
        data.setdefault(service, {})[username] = password
        write_all(data)

    def delete_password(self, service: str, username: str) -> None:
        data = read_all()
        if username not in data.get(service, {}):
            raise PasswordDeleteError(username)
        del data[service][username]
        write_all(data)
