"""The wheel installs into a fresh virtual environment and runs from there, with every file
it needs: `coalition --version`, the sample loaded (the migrations and the sample data come
from the wheel), and the window opening on it and closing, headless.

The environment is made outside the checkout, without the system's packages, and the
commands run from another folder, so nothing can come from the source tree; pip takes the
dependencies from its cache or the index it is set up with.  About a minute: most of it is
pip unpacking Qt.  `pytest -m "not wheel"` leaves it out.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import venv
from collections.abc import Iterator
from pathlib import Path

import pytest

from coalition import APP_ID, LICENSE, __version__

pytestmark = [pytest.mark.wheel, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[2]
# What the wheel is built from: the package and what pyproject.toml reads (docs/: the
# user guide's pages).
SOURCES = ("pyproject.toml", "README.md", "coalition", "docs")

# Run by the installed Python: open the window on the sample, look at it once the database
# is attached, and close it (the application then ends as a person closing it would).
WINDOW_SCRIPT = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv)
from coalition.cli import main
from coalition.common import resources
from coalition.ui.shell.guide import guide_folder
from coalition.ui.shell.mainwindow import MainWindow

seen = {}

def look():
    windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or windows[0].ctx is None:
        QTimer.singleShot(50, look)
        return
    window = windows[0]
    seen.update(
        title=window.windowTitle(),
        icon_sizes=[s.width() for s in window.windowIcon().availableSizes()],
        desktop_file=QGuiApplication.desktopFileName(),
        organization=app.organizationName(),
        icon_file=str(resources.icon_png(512)),
        package=sys.modules["coalition"].__file__,
        guide=str(guide_folder()),
    )
    window.close()

QTimer.singleShot(0, look)
QTimer.singleShot(60000, lambda: app.exit(3))  # never wait forever
code = main(["--db", sys.argv[1], "gui"])
print(json.dumps(seen))
sys.exit(code)
"""


def _run(args: list[str | Path], cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A fresh venv (outside the checkout) with the wheel built from this checkout; removed
    afterwards (Qt makes it near a gigabyte)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(
                ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(ROOT / name, source / name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    dist = work / "dist"
    _run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source],
        work,
        env,
    )
    wheels = list(dist.glob("coalition-*.whl"))
    assert [w.name for w in wheels] == [f"coalition-{__version__}-py3-none-any.whl"]
    target = work / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(target)
    python = target / "bin" / "python"
    _run([python, "-m", "pip", "install", "-q", wheels[0]], work, env)
    yield target
    shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """The environment of a person who never ran Coalition, headless, with no keyring."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.pop("COALITION_DB", None)
    env.update(
        HOME=str(tmp_path / "home"),
        XDG_DATA_HOME=str(tmp_path / "home" / "share"),
        XDG_CONFIG_HOME=str(tmp_path / "home" / "config"),
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    return env


def test_the_installed_command_says_its_version(
    installed: Path, home: dict[str, str], tmp_path: Path
) -> None:
    said = _run([installed / "bin" / "coalition", "--version"], tmp_path, home)
    assert said.strip() == f"Coalition {__version__}"


def test_the_installed_app_loads_the_sample_and_opens_its_window(
    installed: Path, home: dict[str, str], tmp_path: Path
) -> None:
    database = tmp_path / "sample.db"
    said = _run(
        [installed / "bin" / "coalition", "--db", database, "--plain", "demo"], tmp_path, home
    )
    assert f"Loaded the sample coalition into {database}: 20 organizations" in said

    script = tmp_path / "window.py"
    script.write_text(WINDOW_SCRIPT, encoding="utf-8")
    seen = json.loads(
        _run([installed / "bin" / "python", script, database], tmp_path, home).splitlines()[-1]
    )
    site = str(installed)
    assert seen["package"].startswith(site), "the package came from the venv, not the checkout"
    assert seen["icon_file"].startswith(site)
    # Help → User guide finds its pages where the wheel installed them.
    assert seen["guide"] == str(installed / "share" / "doc" / "coalition")
    assert str(database) in seen["title"]
    assert seen["desktop_file"] == APP_ID
    assert seen["organization"] == APP_ID
    assert sorted(seen["icon_sizes"]) == [16, 24, 32, 48, 64, 128, 256, 512]


def test_the_wheel_carries_the_resources_and_the_migrations(installed: Path) -> None:
    package = next(installed.glob("lib/python*/site-packages/coalition"))
    resources = package / "resources"
    assert (resources / f"{APP_ID}.desktop").is_file()
    assert (resources / f"{APP_ID}.metainfo.xml").is_file()
    assert (resources / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    shipped = {p.name for p in (package / "store" / "migrations" / "versions").glob("*.py")}
    ours = {p.name for p in (ROOT / "coalition" / "store" / "migrations" / "versions").glob("*.py")}
    assert shipped == ours
    assert (package / "store" / "migrations" / "script.py.mako").is_file()
    metadata = next(package.parent.glob("coalition-*.dist-info")) / "METADATA"
    assert f"License-Expression: {LICENSE}" in metadata.read_text(encoding="utf-8").splitlines()
