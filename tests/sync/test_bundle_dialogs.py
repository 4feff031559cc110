"""Sync → Export changes… / Import changes…, driven as a person would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from coalition.directory import records as directory
from coalition.store import open_database
from coalition.store.models import Organization
from coalition.sync import bundles
from coalition.ui.common.context import AppContext
from coalition.ui.sync.bundles import ExportBundleDialog, ImportBundleDialog

PASS = "shared between us"


def visible_errors(dialog) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisibleTo(dialog) and label.styleSheet().startswith("color: #b00020")
    ]


def test_export_checks_its_fields_then_writes_a_sealed_file(
    qtbot, ctx: AppContext, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with ctx.db.session() as s:
        directory.create_organization(s, directory.OrganizationInput(name="Yes California"))
    dialog = ExportBundleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.since_edit.setText("2026-02-30")
    dialog.pass_edit.setText("short")
    dialog.ok_button.click()
    errors = visible_errors(dialog)
    assert "Choose where to write the file." in errors
    assert any("2026-02-30" in e for e in errors)
    assert any("at least 8 characters" in e.lower() for e in errors)
    assert dialog.isVisible() or not dialog.result()

    out = tmp_path / "ana.coalition-bundle"
    dialog.file_edit.setText(str(out))
    dialog.since_edit.setText("")
    dialog.pass_edit.setText(PASS)
    dialog.again_edit.setText(PASS + "!")
    dialog.ok_button.click()
    assert visible_errors(dialog) == ["The two passphrases differ."]
    assert not out.exists()

    dialog.again_edit.setText(PASS)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.result_text.startswith("Wrote ")
    assert b"Yes California" not in out.read_bytes()
    _, ops = bundles.read_bundle(out, PASS)
    assert {op.table for op in ops} == {"organization"}
    dialog.grab().save(str(tmp_path / "export.png"))


def test_import_says_a_wrong_passphrase_then_merges(
    qtbot, ctx: AppContext, tmp_path: Path, migrated_template: Path
) -> None:  # type: ignore[no-untyped-def]
    import shutil

    other_path = tmp_path / "other.db"
    shutil.copyfile(migrated_template, other_path)
    other = open_database(other_path)
    with other.session() as s:
        directory.create_organization(s, directory.OrganizationInput(name="Cal Con Con"))
    bundle = tmp_path / "other.coalition-bundle"
    bundles.export_bundle(other, bundle, PASS)
    other.close()

    changed: list[set[str]] = []
    ctx.changed.connect(changed.append)
    dialog = ImportBundleDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.file_edit.setText(str(bundle))
    dialog.pass_edit.setText("not the one")
    dialog.ok_button.click()
    assert visible_errors(dialog) == [
        "The passphrase does not open other.coalition-bundle (or the file was damaged on the way)."
    ]
    dialog.grab().save(str(tmp_path / "import-error.png"))
    with ctx.reading() as s:
        assert list(s.scalars(select(Organization.name))) == []

    dialog.pass_edit.setText(PASS)
    dialog.ok_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "1 applied" in dialog.result_text
    assert changed and "organization" in changed[-1]
    with ctx.reading() as s:
        assert list(s.scalars(select(Organization.name))) == ["Cal Con Con"]


def test_the_sync_menu_offers_export_and_import(qtbot, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMenu

    from coalition.ui.shell.mainwindow import MainWindow
    from coalition.ui.sync.controller import install_sync

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    install_sync(window, ctx)
    menu = window.findChild(QMenu, "syncMenu")
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts[-2:] == ["Export changes…", "Import changes…"]
