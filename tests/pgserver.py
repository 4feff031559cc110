"""A throwaway PostgreSQL server for the tests, started from the machine's own binaries.

The shared coalition server is PostgreSQL, so the code that talks to it is tested
against a real one: a fresh cluster in a temporary folder, listening on 127.0.0.1 only,
on a free port, with password (SCRAM) authentication like a real deployment, and with
durability switched off because nothing in it has to outlive the test session.

``initdb`` and ``postgres`` refuse to run as root; as root (CI containers, some dev
boxes) they run as the ``postgres`` system user, or as ``nobody`` when there is none.

The binaries are looked for with ``pg_config --bindir``, then in the highest
``/usr/lib/postgresql/<version>/bin`` (Debian and Ubuntu), then on PATH. ``make test``
installs the ``postgresql`` package when they are missing on Debian.
"""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import pwd
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Self

import psycopg
from psycopg import sql
from sqlalchemy.engine import URL

SERVER_PROGRAMS = ("initdb", "pg_ctl", "postgres")
DEFAULT_USER = "coalition_test"
START_TIMEOUT_S = 60
# Tried in turn when the port picked as free was taken before the server bound it.
PORT_ATTEMPTS = 3

# Settings for a server that only lives as long as a test session.
SERVER_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "unix_socket_directories": "''",
    "fsync": "off",
    "full_page_writes": "off",
    "synchronous_commit": "off",
    "max_connections": "100",
    "log_min_messages": "warning",
    "log_connections": "off",
    "log_disconnections": "off",
}


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (the tests that need them skip)."""


class PostgresStartError(RuntimeError):
    """The binaries are there but the server could not be set up or started."""


def _has_server_programs(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in SERVER_PROGRAMS)


def _version_key(bindir: str) -> tuple[int, ...]:
    version = Path(bindir).parent.name  # /usr/lib/postgresql/<version>/bin
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (0,)


def find_bindir() -> Path:
    """The folder holding initdb, pg_ctl and postgres, or :class:`PostgresUnavailable`.

    ``pg_config`` alone is not enough: Debian's libpq-dev ships one that names a folder
    without the server programs.
    """
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.CalledProcessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True
            ).stdout.strip()
            if out and _has_server_programs(Path(out)):
                return Path(out)
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key, reverse=True):
        if _has_server_programs(Path(candidate)):
            return Path(candidate)
    initdb = shutil.which("initdb")
    if initdb:
        bindir = Path(initdb).resolve().parent
        if _has_server_programs(bindir):
            return bindir
    raise PostgresUnavailable(
        "PostgreSQL server programs (initdb, pg_ctl, postgres) not found via pg_config, "
        "in /usr/lib/postgresql/*/bin or on PATH; `make test` installs them on Debian as "
        "root (apt-get install postgresql), or install PostgreSQL yourself"
    )


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _default_password() -> str:
    # Characters that must be escaped in a URL and quoted in a libpq connection string,
    # so that whatever passes the password along is tested for it.
    return f"Pw-{secrets.token_hex(8)}:@/%#?&="


class PostgresServer:
    """One PostgreSQL cluster in a temporary folder, for as long as a test session.

    ``start()`` runs initdb (superuser :attr:`user` with :attr:`password`, SCRAM auth)
    and starts the server on 127.0.0.1:\\ :attr:`port`; ``stop()`` stops it and removes
    the folder. Also a context manager.
    """

    host = "127.0.0.1"

    def __init__(
        self,
        *,
        user: str = DEFAULT_USER,
        password: str | None = None,
        bindir: Path | str | None = None,
    ) -> None:
        self.user = user
        self.password = password if password is not None else _default_password()
        self._bindir = Path(bindir) if bindir is not None else None
        self.port: int = 0
        self.base_dir: Path | None = None
        self._started = False

    # -- where things are ---------------------------------------------------------------

    @property
    def bindir(self) -> Path:
        if self._bindir is None:
            self._bindir = find_bindir()
        return self._bindir

    @property
    def data_dir(self) -> Path:
        assert self.base_dir is not None, "the server was not started"
        return self.base_dir / "data"

    @property
    def log_path(self) -> Path:
        assert self.base_dir is not None, "the server was not started"
        return self.base_dir / "server.log"

    @property
    def running(self) -> bool:
        return self._started

    def url(self, database: str) -> str:
        """``postgresql+psycopg://coalition_test:PASSWORD@127.0.0.1:PORT/database``, escaped."""
        return URL.create(
            "postgresql+psycopg",
            username=self.user,
            password=self.password,
            host=self.host,
            port=self.port,
            database=database,
        ).render_as_string(hide_password=False)

    @property
    def admin_url(self) -> str:
        return self.url("postgres")

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> Self:
        if self._started:
            return self
        bindir = self.bindir  # PostgresUnavailable before anything is created
        if not _has_server_programs(bindir):
            raise PostgresUnavailable(f"{bindir} lacks one of {', '.join(SERVER_PROGRAMS)}")
        run_as = self._unprivileged_account()
        self.base_dir = Path(tempfile.mkdtemp(prefix="coalition-pg-"))
        atexit.register(self.stop)
        try:
            self._init_cluster(bindir, run_as)
            self._start_server(bindir, run_as)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server (fast shutdown: open sessions are ended) and remove its folder."""
        base, self.base_dir = self.base_dir, None
        if base is None:
            return
        try:
            if (base / "data" / "postmaster.pid").exists():
                run_as = self._unprivileged_account()
                for mode in ("fast", "immediate"):
                    result = self._run(
                        [
                            str(self.bindir / "pg_ctl"),
                            "stop",
                            "-D",
                            str(base / "data"),
                            "-m",
                            mode,
                            "-w",
                            "-t",
                            str(START_TIMEOUT_S),
                        ],
                        run_as,
                        cwd=base,
                        check=False,
                    )
                    if result.returncode == 0:
                        break
        finally:
            self._started = False
            shutil.rmtree(base, ignore_errors=True)
            atexit.unregister(self.stop)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- administration -----------------------------------------------------------------

    def connect(self, database: str = "postgres") -> psycopg.Connection[Any]:
        """A psycopg connection as the superuser, in autocommit (CREATE DATABASE needs it)."""
        return psycopg.connect(
            host=self.host,
            port=self.port,
            user=self.user,
            password=self.password,
            dbname=database,
            autocommit=True,
            connect_timeout=10,
        )

    def create_database(self, name: str) -> str:
        """Create an empty database ``name``; returns its URL."""
        with self.connect() as conn:
            conn.execute(
                sql.SQL("CREATE DATABASE {} ENCODING 'UTF8' TEMPLATE template0").format(
                    sql.Identifier(name)
                )
            )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drop ``name`` if it exists, ending whatever sessions are still open on it."""
        self.terminate_connections(name)
        with self.connect() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )

    def terminate_connections(self, database: str) -> int:
        """End every other session on ``database``, as if the server went away for them.

        On PostgreSQL 14 and later, waits (up to 10 s each) until those backends have
        exited, so that what a test does next meets closed connections. Returns how many
        were ended.
        """
        with self.connect() as conn:
            wait = ", 10000" if conn.info.server_version >= 140000 else ""
            rows = conn.execute(
                f"SELECT pg_terminate_backend(pid{wait}) FROM pg_stat_activity "  # type: ignore[arg-type]  # psycopg wants a literal string; wait is one of two constants
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (database,),
            ).fetchall()
        return sum(1 for (ended,) in rows if ended)

    # -- internals ----------------------------------------------------------------------

    @staticmethod
    def _unprivileged_account() -> pwd.struct_passwd | None:
        """Whom to run the server programs as: None (ourselves) unless we are root."""
        if os.geteuid() != 0:
            return None
        for name in ("postgres", "nobody"):
            with contextlib.suppress(KeyError):
                return pwd.getpwnam(name)
        raise PostgresStartError(
            "running as root, and neither a `postgres` nor a `nobody` user exists to run "
            "PostgreSQL as (initdb refuses root)"
        )

    def _run(
        self,
        args: list[str],
        run_as: pwd.struct_passwd | None,
        *,
        cwd: Path,
        check: bool = True,
    ) -> subprocess.CompletedProcess[str]:
        # PG* variables (PGPORT, PGDATA, PGPASSWORD, ...) of the caller must not leak in.
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env["LC_MESSAGES"] = "C"
        extra: dict[str, Any] = {}
        if run_as is not None:
            env.update(HOME=str(cwd), USER=run_as.pw_name, LOGNAME=run_as.pw_name)
            extra = {"user": run_as.pw_uid, "group": run_as.pw_gid, "extra_groups": []}
        result = subprocess.run(
            args,
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            stdin=subprocess.DEVNULL,
            **extra,
        )
        if check and result.returncode != 0:
            raise PostgresStartError(
                f"{Path(args[0]).name} failed (exit {result.returncode}):\n"
                f"{result.stdout}{result.stderr}{self._log_tail()}"
            )
        return result

    def _log_tail(self) -> str:
        with contextlib.suppress(OSError, AssertionError):
            lines = self.log_path.read_text(errors="replace").splitlines()[-20:]
            return "\nserver log:\n" + "\n".join(lines) if lines else ""
        return ""

    def _own(self, path: Path, run_as: pwd.struct_passwd | None) -> None:
        if run_as is not None:
            os.chown(path, run_as.pw_uid, run_as.pw_gid)

    def _init_cluster(self, bindir: Path, run_as: pwd.struct_passwd | None) -> None:
        base = self.base_dir
        assert base is not None
        base.chmod(0o700)
        self._own(base, run_as)
        self.data_dir.mkdir(mode=0o700)
        self._own(self.data_dir, run_as)
        pwfile = base / "pwfile"
        pwfile.write_text(self.password + "\n")
        pwfile.chmod(0o600)
        self._own(pwfile, run_as)
        initdb = [
            str(bindir / "initdb"),
            "-D",
            str(self.data_dir),
            "-U",
            self.user,
            f"--pwfile={pwfile}",
            "--auth=scram-sha-256",
            "--encoding=UTF8",
            "--no-sync",
        ]
        # C.UTF-8 so that lower() and sorting know more than ASCII; plain C where it is missing.
        result = self._run([*initdb, "--locale=C.UTF-8"], run_as, cwd=base, check=False)
        if result.returncode != 0:
            shutil.rmtree(self.data_dir, ignore_errors=True)
            self.data_dir.mkdir(mode=0o700)
            self._own(self.data_dir, run_as)
            self._run([*initdb, "--no-locale"], run_as, cwd=base)
        pwfile.unlink()
        settings = "".join(f"{key} = {value}\n" for key, value in SERVER_SETTINGS.items())
        with (self.data_dir / "postgresql.conf").open("a") as conf:
            conf.write("\n# coalition test server\n" + settings)

    def _start_server(self, bindir: Path, run_as: pwd.struct_passwd | None) -> None:
        base = self.base_dir
        assert base is not None
        log = self.log_path
        log.touch()
        self._own(log, run_as)
        for attempt in range(PORT_ATTEMPTS):
            self.port = free_port(self.host)
            result = self._run(
                [
                    str(bindir / "pg_ctl"),
                    "start",
                    "-D",
                    str(self.data_dir),
                    "-l",
                    str(log),
                    "-w",
                    "-t",
                    str(START_TIMEOUT_S),
                    "-o",
                    f"-p {self.port}",
                ],
                run_as,
                cwd=base,
                check=attempt == PORT_ATTEMPTS - 1,
            )
            if result.returncode == 0:
                self._started = True
                return
