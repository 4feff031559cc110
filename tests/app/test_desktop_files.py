"""The desktop entry and the AppStream metadata shipped in the package pass the
freedesktop.org validators (Debian's desktop-file-utils and appstream, which `make test`
installs); both name the application by its id, and the icon they name is shipped."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from importlib.resources import as_file

import pytest

from coalition import APP_ID, APP_NAME, LICENSE, __version__
from coalition.common import resources


def _tool(name: str, package: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    said = f"{name} not found (Debian: apt-get install {package}; make test installs it)"
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"CI: {said}", pytrace=False)
    pytest.skip(said)


def test_the_desktop_entry_is_valid() -> None:
    validate = _tool("desktop-file-validate", "desktop-file-utils")
    with as_file(resources.desktop_entry()) as path:
        done = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_appstream_metadata_is_valid() -> None:
    appstreamcli = _tool("appstreamcli", "appstream")
    with as_file(resources.metainfo()) as path:
        done = subprocess.run(
            [appstreamcli, "validate", "--no-net", "--strict", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_desktop_entry_names_the_app_and_its_icon() -> None:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read_string(resources.desktop_entry().read_text(encoding="utf-8"))
    desktop = entry["Desktop Entry"]
    assert desktop["Name"] == APP_NAME
    assert desktop["Icon"] == APP_ID
    assert desktop["Exec"].split()[0] == "coalition"
    assert desktop["StartupWMClass"] == APP_NAME  # the WM_CLASS class Qt gives the window
    assert resources.icon_svg().is_file()
    for size in resources.ICON_SIZES:
        assert resources.icon_png(size).read_bytes().startswith(b"\x89PNG")


def test_the_metainfo_names_the_app_its_entry_licence_and_release() -> None:
    root = ET.fromstring(resources.metainfo().read_bytes())
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == LICENSE
    assert root.findtext("provides/binary") == "coalition"
    releases = [r.get("version") for r in root.iter("release")]
    assert releases[0] == __version__, "the newest release comes first and is this version"
    assert root.find("content_rating") is not None
    assert root.findall("screenshots/screenshot")
