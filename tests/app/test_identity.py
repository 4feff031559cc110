"""The application's names, id and icon, as the desktop sees them, and the settings of an
older Coalition carried to the new place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition import APP_ID, APP_NAME, ORGANIZATION_DOMAIN, __version__
from coalition.common import resources
from coalition.ui.shell import identity
from coalition.ui.shell.mainwindow import MainWindow


@pytest.fixture
def names(qapp: QApplication, tmp_path: Path) -> Iterator[Path]:
    """The application's names and the settings' folder, put back afterwards."""
    kept = (
        QCoreApplication.organizationName(),
        QCoreApplication.organizationDomain(),
        QCoreApplication.applicationName(),
        QGuiApplication.desktopFileName(),
        QGuiApplication.windowIcon(),
    )
    config = tmp_path / "config"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    yield config
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "unused"))
    QCoreApplication.setOrganizationName(kept[0])
    QCoreApplication.setOrganizationDomain(kept[1])
    QCoreApplication.setApplicationName(kept[2])
    QGuiApplication.setDesktopFileName(kept[3])
    QGuiApplication.setWindowIcon(kept[4])


def test_the_desktop_knows_the_app_by_its_id(names: Path, qapp: QApplication) -> None:
    identity.introduce(qapp)
    assert QGuiApplication.desktopFileName() == APP_ID
    assert QCoreApplication.applicationName() == APP_NAME
    assert QCoreApplication.applicationVersion() == __version__
    # Qt names the settings on macOS by the domain reversed and the name: the id itself.
    reversed_domain = ".".join(reversed(ORGANIZATION_DOMAIN.split(".")))
    assert f"{reversed_domain}.{APP_NAME}" == APP_ID
    assert QSettings().fileName().startswith(str(names / APP_ID))


def test_the_window_shows_the_icon_at_every_size(
    names: Path, qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    identity.introduce(qapp)
    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    icon = window.windowIcon()
    assert not icon.isNull()
    for size in resources.ICON_SIZES:
        assert icon.pixmap(QSize(size, size)).size() == QSize(size, size)
    # Drawn, not blank: the left edge of the 48-pixel icon is its opaque background.
    image = icon.pixmap(QSize(48, 48)).toImage()
    assert image.pixelColor(4, 24).alpha() == 255


def test_an_older_coalitions_settings_are_carried_over(names: Path, qapp: QApplication) -> None:
    old = QSettings(*identity.OLD_SETTINGS)
    old.setValue("window/area", "calls")
    old.setValue("calls/zone", "America/Los_Angeles")
    old.sync()

    identity.introduce(qapp)

    settings = QSettings()
    assert settings.value("window/area") == "calls"
    assert settings.value("calls/zone") == "America/Los_Angeles"
    assert QSettings(*identity.OLD_SETTINGS).value("window/area") == "calls"  # left as it was

    # Once there are settings of its own, the old ones are never read again.
    settings.setValue("window/area", "drafts")
    settings.sync()
    assert identity.carry_old_settings() is False
    assert QSettings().value("window/area") == "drafts"


def test_a_first_start_with_no_older_settings_copies_nothing(
    names: Path, qapp: QApplication
) -> None:
    identity.introduce(qapp)
    assert QSettings().allKeys() == []
