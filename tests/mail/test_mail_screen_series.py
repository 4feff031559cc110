"""What a call series sends, set in its dialog: invitations, the agenda so many days
before at an hour, the minutes; saved as one undoable change, a wrong hour said under
the row."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coalition.calls import series as calls
from coalition.mail import outbox as mail_outbox
from coalition.ui.calls.series_dialog import SeriesDialog
from coalition.ui.common.context import AppContext
from coalition.ui.shell import undoplace


def weekly_id(ctx: AppContext) -> str:
    with ctx.reading() as session:
        return calls.all_series(session)[0].id


def test_the_series_says_what_it_sends_and_saves_it(qtbot: QtBot, sample_ctx: AppContext) -> None:
    ctx = sample_ctx
    series_id = weekly_id(ctx)
    dialog = SeriesDialog(ctx, series_id)
    qtbot.addWidget(dialog)
    dialog.show()
    box = dialog.mail
    assert box.invitations.isChecked() and box.agenda.isChecked() and box.minutes.isChecked()
    assert (box.days_before.value(), box.agenda_at.text()) == (1, "10:00")  # the defaults

    box.minutes.setChecked(False)
    box.days_before.setValue(2)
    box.agenda_at.setText("9:30")
    dialog.apply_all.setChecked(True)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()

    with ctx.reading() as session:
        saved = mail_outbox.series_mail(session, series_id)
        assert (saved.invitations, saved.agenda, saved.minutes) == (True, True, False)
        assert (saved.agenda_days_before, saved.agenda_at) in {(2, "9:30"), (2, "09:30")}
    assert ctx.undo_stack.undoText().startswith("Change what")
    last = ctx.undo_stack.command(ctx.undo_stack.index() - 1)
    assert undoplace.place_of(last.changeset, undo=True) == undoplace.Place("calls", None)
    ctx.undo_stack.undo()
    with ctx.reading() as session:
        assert mail_outbox.series_mail(session, series_id).minutes is True


def test_a_wrong_hour_for_the_agenda_is_said_under_the_row(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    ctx = sample_ctx
    series_id = weekly_id(ctx)
    dialog = SeriesDialog(ctx, series_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.mail.agenda_at.setText("25:00")
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "HH:MM" in dialog.problem_text("mail")
    with ctx.reading() as session:
        assert mail_outbox.series_mail(session, series_id).agenda_at == "10:00"
    dialog.mail.agenda_at.setText("10:00")  # as it was: closing asks nothing
