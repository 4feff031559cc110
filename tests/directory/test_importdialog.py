"""The import dialog and the CSV export, driven as a person would, over a real database."""

from __future__ import annotations

import codecs
import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.directory import importers
from coalition.directory.csvread import FIELDS_ORGANIZATION, FIELDS_PERSON
from coalition.search import listing
from coalition.store.models import PersonEmail
from coalition.ui.common.context import AppContext
from coalition.ui.directory import importdialog
from coalition.ui.directory.exportcsv import export_csv_interactively
from coalition.ui.directory.importdialog import ImportDialog
from coalition.ui.directory.importpreview import FIELD_LABELS, IGNORE, STATUS_LOOK

DATA = Path(__file__).parents[1] / "data" / "csv"


@pytest.fixture
def dialog(qtbot: QtBot, ctx: AppContext) -> ImportDialog:
    widget = ImportDialog(ctx)
    qtbot.addWidget(widget)
    return widget


def count(ctx: AppContext, spec: listing.ListSpec) -> int:
    with ctx.reading() as session:
        return listing.count(session, spec, listing.ListQuery())


def statuses(dialog: ImportDialog) -> list[str]:
    model = dialog.preview_model
    return [model.index(row, 1).data() for row in range(model.rowCount())]


def column_of(dialog: ImportDialog, header: str) -> int:
    assert dialog.table is not None
    return dialog.table.headers.index(header)


def test_google_export_previews_and_imports_as_one_undo_step(
    dialog: ImportDialog, ctx: AppContext
) -> None:
    assert dialog.load_file(DATA / "google_contacts.csv", "people")

    assert dialog.format_label.text() == (
        "Google Contacts export · UTF-8 with BOM · comma-separated · 36 columns · 5 rows"
    )
    assert dialog.mapping_table.rowCount() == 36
    email = column_of(dialog, "E-mail 1 - Value")
    assert dialog.combo(email).currentText() == "E-mail"
    assert dialog.mapping_table.item(email, 1).text() == "dana.whitfield@example.org"
    assert dialog.combo(column_of(dialog, "Middle Name")).currentText() == IGNORE
    assert statuses(dialog) == ["OK"] * 5
    assert (
        dialog.preview_model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole)
        == STATUS_LOOK["ok"][1]
    )
    assert dialog.summary_label.text() == "5 to import, 0 duplicates skipped, 0 cannot be read"
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Import 5 people"

    report = dialog.do_import()

    assert report is not None and report.imported == 5
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count(ctx, listing.PEOPLE) == 5
    assert count(ctx, listing.ORGANIZATIONS) == 4
    assert ctx.undo_stack.count() == 1
    assert ctx.undo_stack.undoText() == "Import 5 people"
    ctx.undo_stack.undo()
    assert count(ctx, listing.PEOPLE) == 0
    assert count(ctx, listing.ORGANIZATIONS) == 0


def test_enter_in_the_path_field_reads_the_file_and_imports_nothing(
    dialog: ImportDialog,
    qtbot: QtBot,
    ctx: AppContext,
) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.path_edit.setFocus()
    dialog.path_edit.setText(str(DATA / "google_contacts.csv"))

    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)  # again, with the rows shown

    assert dialog.isVisible() and dialog.preview_model.rowCount() == 5
    assert count(ctx, listing.PEOPLE) == 0


def test_every_field_can_be_chosen_for_a_column() -> None:
    assert list(FIELD_LABELS["people"]) == list(FIELDS_PERSON)
    assert set(FIELD_LABELS["organizations"]) == set(FIELDS_ORGANIZATION)


def test_changing_a_column_moves_the_field_and_checks_the_rows_again(dialog: ImportDialog) -> None:
    dialog.load_file(DATA / "google_contacts.csv", "people")
    first, second = column_of(dialog, "E-mail 1 - Value"), column_of(dialog, "E-mail 2 - Value")

    combo = dialog.combo(second)
    combo.setCurrentIndex(combo.findData("email"))

    assert dialog.combo(first).currentText() == IGNORE  # one column per field
    assert dialog.mapping()[second] == "email"
    assert dialog.mapping_table.item(second, 0).font().bold()
    assert not dialog.mapping_table.item(first, 0).font().bold()
    summaries = [dialog.preview_model.index(r, 2).data() for r in range(5)]
    assert summaries[0] == "Dana Whitfield · CA · Sierra Forward Coalition (State lead)"
    assert summaries[2].startswith("Inés Carrasco-Peña · ines@example.org · CA")


def test_switching_to_organizations_suggests_their_columns(dialog: ImportDialog) -> None:
    dialog.load_file(DATA / "organizations_semicolon.csv", "people")
    assert dialog.combo(0).currentData() == "organization"  # a person's organization
    assert statuses(dialog) == ["Cannot import"] * 4  # people without names

    dialog.organizations_radio.setChecked(True)

    assert dialog.kind == "organizations"
    assert dialog.combo(0).currentText() == "Name"
    assert statuses(dialog) == ["OK"] * 4
    assert dialog.import_button.text() == "&Import 4 organizations"


def test_rows_that_cannot_be_read_block_the_import_until_left_out_explicitly(
    dialog: ImportDialog, ctx: AppContext
) -> None:
    dialog.load_file(DATA / "broken_rows.csv", "people")

    assert statuses(dialog) == ["OK", "OK", "Cannot import", "OK", "Cannot import", "OK"]
    assert dialog.preview_model.index(2, 3).data() == "row has 3 fields, the header has 5"
    assert dialog.summary_label.text() == "4 to import, 0 duplicates skipped, 2 cannot be read"
    assert not dialog.import_button.isEnabled()
    assert dialog.leave_out.isVisibleTo(dialog)
    assert dialog.do_import() is None
    assert count(ctx, listing.PEOPLE) == 0

    dialog.leave_out.setChecked(True)
    assert dialog.import_button.isEnabled()
    report = dialog.do_import()

    assert report is not None and [row.line for row in report.left_out] == [5, 7]
    assert count(ctx, listing.PEOPLE) == 4


def test_a_binary_file_shows_why_in_the_dialog_and_changes_nothing(
    dialog: ImportDialog, ctx: AppContext, tmp_path: Path
) -> None:
    dialog.load_file(DATA / "google_contacts.csv", "people")
    workbook = tmp_path / "allies.csv"
    workbook.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)

    assert not dialog.load_file(workbook, "people")

    assert dialog.error_label.isVisibleTo(dialog)
    assert dialog.error_label.text() == (
        f"{workbook} is not a CSV file: it looks like an Excel workbook (.xlsx) or another zip "
        "archive. Save the list as CSV (comma-separated values) and import that file."
    )
    assert dialog.mapping_table.rowCount() == 0
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    assert dialog.do_import() is None
    assert count(ctx, listing.PEOPLE) == 0 and ctx.undo_stack.count() == 0


def test_a_second_import_of_the_same_file_finds_only_duplicates(
    dialog: ImportDialog,
    qtbot: QtBot,
    ctx: AppContext,
) -> None:
    dialog.load_file(DATA / "google_contacts.csv", "people")
    dialog.do_import()
    again = ImportDialog(ctx)
    qtbot.addWidget(again)

    again.load_file(DATA / "google_contacts.csv", "people")

    assert statuses(again) == ["Duplicate"] * 5
    assert again.preview_model.index(0, 3).data() == (
        "dana.whitfield@example.org is already in the directory (Dana Whitfield)"
    )
    assert again.summary_label.text() == "0 to import, 5 duplicates skipped, 0 cannot be read"
    assert not again.import_button.isEnabled()
    again.merge.setChecked(True)
    assert again.summary_label.text() == "0 to import, 5 duplicates merged, 0 cannot be read"
    assert again.import_button.isEnabled()


def test_clicking_import_shows_what_was_imported(
    dialog: ImportDialog,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )
    dialog.load_file(DATA / "outlook_contacts_cp1252.csv", "people")

    with qtbot.waitSignal(dialog.importEnded, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    assert shown == [
        (
            "Imported 4 people from outlook_contacts_cp1252.csv (Outlook export, Windows-1252)\n\n"
            "Added 3 organizations they belong to: "
            "Alianza del Valle, Grüne Basis Sacramento, Cascadia Now"
        )
    ]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_export_writes_the_file_and_warns_it_is_not_encrypted(
    sample_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("People", True))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "allies"), "")
    )
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text: shown.append(text)
    )

    written = export_csv_interactively(sample_ctx, None)

    assert written == tmp_path / "allies.csv"
    people = count(sample_ctx, listing.PEOPLE)
    assert shown == [
        f"Wrote {people} people to {written}.\n\nThis file is not encrypted; keep it safe."
    ]
    data = written.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert len(data.decode("utf-8-sig").splitlines()) >= people + 1


def test_cancelling_the_export_writes_nothing(
    sample_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("Organizations", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))

    assert export_csv_interactively(sample_ctx, None) is None
    assert list(tmp_path.glob("*.csv")) == []


# --- files pasted together, columns named twice, long files -----------------------------------


def test_windows_1252_lines_are_named_before_and_after_the_import(
    dialog: ImportDialog, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "pasted.csv"
    path.write_bytes(
        "Name,E-mail\r\nZoë Müller,zoe@example.org\r\n".encode()
        + "José Núñez,jose@example.org\r\nInés Peña,ines@example.org\r\n".encode("cp1252")
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))

    dialog.load_file(path, "people")

    assert dialog.format_label.text() == (
        "CSV list · UTF-8 · comma-separated · 2 columns · 3 rows · 2 lines read as Windows-1252"
    )
    assert [dialog.preview_model.index(r, 2).data().split(" · ")[0] for r in range(3)] == [
        "Zoë Müller", "José Núñez", "Inés Peña",
    ]  # fmt: skip
    with qtbot.waitSignal(dialog.importEnded, timeout=20_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert shown and (
        "2 lines were read as Windows-1252, the rest as UTF-8: check the accented names on lines "
        "3, 4" in shown[0]
    )


def test_columns_named_twice_wait_for_the_person_to_say_what_each_holds(
    dialog: ImportDialog, ctx: AppContext, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "twice.csv"
    path.write_text(
        "Name,Phone,E-mail,State,Notes,Group,E-mail\n"
        "Ana Ruiz,,ana@example.org,CA,,,ana.work@example.org\n",
        encoding="utf-8",
    )
    dialog.show()
    qtbot.waitExposed(dialog)

    dialog.load_file(path, "people")

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == (
        "The column “E-mail” appears twice (columns 3 and 7). "
        "Choose below what each of them holds (or “— ignore —” for one) before importing."
    )
    assert dialog.combo(2).currentText() == IGNORE and dialog.combo(6).currentText() == IGNORE
    assert not dialog.import_button.isEnabled()

    qtbot.keyClicks(dialog.combo(6), "E-mail")
    qtbot.keyClick(dialog.combo(6), Qt.Key.Key_Down)  # the next one: "E-mail 2"
    qtbot.keyClicks(dialog.combo(2), "E-mail")

    assert (dialog.combo(2).currentText(), dialog.combo(6).currentText()) == ("E-mail", "E-mail 2")
    assert not dialog.error_label.isVisible()
    assert dialog.import_button.isEnabled()
    report = dialog.do_import()
    assert report is not None and report.imported == 1
    with ctx.reading() as session:
        assert sorted(session.scalars(select(PersonEmail.address))) == [
            "ana.work@example.org", "ana@example.org",
        ]  # fmt: skip


def _long_file(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "long.csv"
    lines = ["Name,E-mail"] + [f"Person {i},p{i}@example.org" for i in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_long_file_previews_its_first_rows_and_imports_them_all_as_one_step(
    dialog: ImportDialog, ctx: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(importdialog, "PREVIEW_ROWS", 5)
    monkeypatch.setattr(importers, "BATCH", 7)

    dialog.load_file(_long_file(tmp_path, 40), "people")

    assert dialog.preview_model.rowCount() == 5
    assert dialog.summary_label.text() == (
        "In the first 5 of 40 rows: 5 to import, 0 duplicates skipped, 0 cannot be read"
    )
    assert dialog.import_button.text() == "&Import all 40 rows"
    report = dialog.do_import()

    assert report is not None and report.imported == 40
    assert count(ctx, listing.PEOPLE) == 40
    assert ctx.undo_stack.count() == 1 and ctx.undo_stack.undoText() == "Import 40 people"
    ctx.undo_stack.undo()
    assert count(ctx, listing.PEOPLE) == 0


def test_stopping_an_import_stores_nothing_and_keeps_the_dialog(
    dialog: ImportDialog,
    ctx: AppContext,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(importers, "BATCH", 5)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.load_file(_long_file(tmp_path, 3000), "people")
    stop = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "information", lambda *_args: None)  # never a modal box here
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # The worker waits at its next batch until the person has clicked: however fast the
    # machine, the click comes while rows are still being stored.
    gate = threading.Event()
    assert dialog.job is not None
    dialog.job.progressed.connect(lambda *_: gate.wait(30), Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20_000)  # the bar moves
    assert dialog.progress.isVisible() and stop.text() == "&Stop import"
    assert not dialog.import_button.isEnabled() and not dialog.mapping_table.isEnabled()
    assert not dialog.choose_button.isEnabled() and not dialog.path_edit.isEnabled()
    with qtbot.waitSignal(dialog.importEnded, timeout=60_000):
        qtbot.mouseClick(stop, Qt.MouseButton.LeftButton)
        gate.set()

    assert dialog.error_label.text() == "The import was stopped; nothing was imported."
    assert dialog.isVisible() and not dialog.progress.isVisible()
    assert count(ctx, listing.PEOPLE) == 0 and ctx.undo_stack.count() == 0
    assert dialog.import_button.isEnabled()  # it can be started again
