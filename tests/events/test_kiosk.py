"""The sign-up kiosk driven with typed keys, as at the table: a PIN chosen twice, sign-ups
typed and saved at once, a walk-in with a phone only, a bad e-mail flagged in words, a
ZIP outside the state asked in place, and leaving with a wrong then a right PIN."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.directory import records as directory
from coalition.events import kiosk_lock
from coalition.store.models import Consent, Person, SignUp, SignUpMatch
from coalition.ui.common.context import AppContext
from coalition.ui.events import kiosk as kiosk_ui
from coalition.ui.events.kiosk import KioskWindow, PinDialog, open_kiosk
from coalition.ui.events.review import open_review
from tests.events.signup_helpers import make_event

PIN = "2468"


@pytest.fixture
def event_id(ctx: AppContext) -> str:
    with ctx.db.session() as session:
        yes = directory.create_organization(
            session, directory.OrganizationInput(name="Yes California")
        )
        fresno = directory.create_organization(
            session, directory.OrganizationInput(name="Fresno Votes")
        )
        return make_event(session, hosts=[yes], partners=[fresno]).id


@pytest.fixture
def main_window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setWindowTitle("Coalition")
    qtbot.addWidget(window)
    window.show()
    return window


def _dialog(qtbot: QtBot) -> PinDialog:
    found: list[PinDialog] = []

    def shown() -> None:
        found[:] = [w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog)]
        found[:] = [w for w in found if w.isVisible()]
        assert found

    qtbot.waitUntil(shown)
    return found[0]


def _type(widget: QWidget, text: str) -> None:
    QTest.keyClicks(widget, text)


def _press(widget: QWidget, key: Qt.Key) -> None:
    QTest.keyClick(widget, key)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _tab_type(text: str) -> None:
    """Tab to the next field, type there (as a person does, keyboard only)."""
    _press(_focused(), Qt.Key.Key_Tab)
    if text:
        _type(_focused(), text)


@pytest.fixture
def kiosk(
    qtbot: QtBot, ctx: AppContext, event_id: str, main_window: QMainWindow
) -> Iterator[KioskWindow]:
    kiosk_lock.TRIES.wrong, kiosk_lock.TRIES.paused_until = 0, 0.0
    open_kiosk(main_window, ctx, event_id)
    dialog = _dialog(qtbot)
    _type(dialog.pin, PIN)
    _type(dialog.again, "2469")
    _press(dialog.again, Qt.Key.Key_Return)
    assert "differ" in dialog.error.text()  # two PINs that are not the same: asked again
    _type(dialog.pin, PIN)
    _type(dialog.again, PIN)
    _press(dialog.again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(kiosk_ui._OPEN))
    window = next(iter(kiosk_ui._OPEN))
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.name.hasFocus())
    yield window
    if shiboken6.isValid(window):
        window._unlocked = True
        window.close()


def _sign_ups(ctx: AppContext) -> list[SignUp]:
    with ctx.reading() as session:
        return list(session.scalars(select(SignUp).order_by(SignUp.signed_at)))


def test_a_sign_up_typed_with_the_keyboard_only(
    qtbot: QtBot, ctx: AppContext, kiosk: KioskWindow, main_window: QMainWindow
) -> None:
    assert kiosk.isFullScreen()
    assert not main_window.isVisible()  # the directory is out of sight
    assert kiosk.windowFlags() & Qt.WindowType.Window
    assert kiosk.findChildren(QMainWindow) == []
    _type(_focused(), "Ana Ruiz")
    _tab_type("ana@example.org")
    _tab_type("559-555-0142")
    _tab_type("93721")
    _tab_type("")  # county: the event's, kept
    _tab_type("")  # language
    _press(_focused(), Qt.Key.Key_Down)  # Español: the form speaks it at once
    assert kiosk.sign_up.text() == "Inscribirme"
    _tab_type("")  # Yes California's box
    _press(_focused(), Qt.Key.Key_Space)
    _tab_type("")  # Fresno Votes' box: left unticked
    _tab_type("")  # "I'd like to volunteer"
    _press(_focused(), Qt.Key.Key_Space)
    _press(_focused(), Qt.Key.Key_Return)  # Enter signs up
    saved = _sign_ups(ctx)
    assert [(s.name, s.email, s.phone, s.postal_code, s.county, s.language) for s in saved] == [
        ("Ana Ruiz", "ana@example.org", "+15595550142", "93721", "Fresno", "es")
    ]
    assert saved[0].answers == {"volunteer": True, "pledge": False}
    with ctx.reading() as session:
        consents = session.scalars(select(Consent)).all()
        assert [c.wording for c in consents] == [  # the words shown, in Spanish
            "Acepto que Yes California se comunique conmigo sobre su trabajo."
        ]
    # Cleared at once for the next person, thanked by first name, the focus on the name.
    assert kiosk.thanks.text() == "¡Gracias, Ana!"
    assert kiosk.sign_up.text() == "Sign me up"  # the next person: as it opened
    assert (kiosk.name.text(), kiosk.email.text(), kiosk.phone.text(), kiosk.zip.text()) == (
        "",
        "",
        "",
        "",
    )
    assert not any(box.isChecked() for box, _w in kiosk.consents.values())
    assert kiosk.name.hasFocus()
    # The next person's first key takes Ana's name off the screen; Tab from the last
    # control comes round to the name, stopping nowhere unseen on the way.
    _type(_focused(), "B")
    assert kiosk.thanks.text() == ""
    kiosk.sign_up.setFocus()
    _tab_type("")
    assert kiosk.name.hasFocus()


def test_a_walk_in_with_a_phone_only_and_the_next_signer_sees_no_match(
    ctx: AppContext, kiosk: KioskWindow
) -> None:
    with ctx.db.session() as session:
        directory.create_person(
            session, directory.PersonInput(name="Luis Ortega", phones=["559-555-0177"])
        )
    _tab_type("")
    _tab_type("(559) 555-0177")
    _press(_focused(), Qt.Key.Key_Return)
    saved = _sign_ups(ctx)
    assert [(s.phone, s.match) for s in saved] == [("+15595550177", SignUpMatch.PHONE)]
    assert kiosk.thanks.text() == "Thank you!"  # not "Thank you, Luis!": nobody is shown
    labels = " ".join(w.text() for w in kiosk.findChildren(QLineEdit))
    assert "Luis" not in labels and "Luis" not in kiosk.thanks.text()


def test_a_bad_email_is_flagged_in_words_and_nothing_saved(
    ctx: AppContext, kiosk: KioskWindow
) -> None:
    _type(_focused(), "Ben Cho")
    _tab_type("ben@example")
    _press(_focused(), Qt.Key.Key_Return)
    assert _sign_ups(ctx) == []
    assert kiosk.email_error.isVisible()
    assert "e-mail address" in kiosk.email_error.text()
    assert kiosk.email.hasFocus()
    assert kiosk.email.text() == "ben@example"  # kept to fix
    _press(kiosk.email, Qt.Key.Key_End)
    _type(kiosk.email, ".org")
    _press(kiosk.email, Qt.Key.Key_Return)
    assert [s.email for s in _sign_ups(ctx)] == ["ben@example.org"]
    assert not kiosk.email_error.isVisible()


def test_nothing_to_reach_someone_by_is_said(ctx: AppContext, kiosk: KioskWindow) -> None:
    _type(_focused(), "Dee")
    _press(_focused(), Qt.Key.Key_Return)
    assert "name and ZIP code" in kiosk.name_error.text()
    assert _sign_ups(ctx) == []


def test_a_zip_outside_the_state_is_asked_in_place(
    qtbot: QtBot, ctx: AppContext, kiosk: KioskWindow
) -> None:
    _type(_focused(), "Cy Dee")
    _tab_type("")
    _tab_type("")
    _tab_type("89501")
    _press(_focused(), Qt.Key.Key_Return)
    assert _sign_ups(ctx) == []
    assert kiosk._zip_question.isVisible()
    # The states by name: "OR" or "IN" read as words to the public.
    assert "89501 is in Nevada, and this event is in California" in kiosk.zip_question.text()
    assert kiosk.zip_yes.hasFocus()
    assert kiosk.county.text() == "Fresno"  # the event's county, written in for its state
    _press(kiosk.zip_yes, Qt.Key.Key_Return)  # "Yes, it is right"
    # A signer from Reno is not kept as living in Fresno County.
    assert [(s.name, s.postal_code, s.county) for s in _sign_ups(ctx)] == [("Cy Dee", "89501", "")]
    assert not kiosk._zip_question.isVisible()


def test_leaving_takes_the_right_pin(
    qtbot: QtBot, ctx: AppContext, kiosk: KioskWindow, main_window: QMainWindow
) -> None:
    _press(kiosk.name, Qt.Key.Key_Escape)
    dialog = _dialog(qtbot)
    _type(dialog.pin, "1111")
    _press(dialog.pin, Qt.Key.Key_Return)
    assert "not the kiosk's PIN" in dialog.error.text()
    assert kiosk.isVisible() and not main_window.isVisible()
    _press(dialog.pin, Qt.Key.Key_Escape)  # the organizer walks away: the kiosk stays
    assert kiosk.isVisible()
    kiosk.close()  # Alt+F4, the window's close button: the PIN again
    assert kiosk.isVisible()
    dialog = _dialog(qtbot)
    _type(dialog.pin, PIN)
    _press(dialog.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not kiosk_ui._OPEN)
    assert main_window.isVisible()


def test_the_form_hides_every_other_window_until_it_is_left(
    qtbot: QtBot, ctx: AppContext, event_id: str, main_window: QMainWindow
) -> None:
    """A review of earlier sign-ups left open is a window of its own: behind the form, a
    switch of windows would show the next signer the last ones' names and e-mails."""
    review = open_review(main_window, ctx)
    qtbot.waitExposed(review)
    window = kiosk_ui.start_kiosk(main_window, ctx, event_id)
    qtbot.waitExposed(window)
    assert not review.isVisible() and not main_window.isVisible()
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert shown == [window]
    _press(window.name, Qt.Key.Key_Escape)
    dialog = _dialog(qtbot)
    _type(dialog.pin, "1111")
    _press(dialog.pin, Qt.Key.Key_Return)
    # The sentence and both buttons show whole in the form's large type.
    QApplication.processEvents()
    assert dialog.height() >= dialog.sizeHint().height()
    assert dialog.error.geometry().bottom() < dialog.height()
    _press(dialog.pin, Qt.Key.Key_Escape)
    window._unlocked = True
    window.close()
    qtbot.waitUntil(lambda: not kiosk_ui._OPEN)
    assert review.isVisible() and main_window.isVisible()
    review.close()


def test_five_wrong_pins_make_it_wait(qtbot: QtBot, kiosk: KioskWindow) -> None:
    _press(kiosk.name, Qt.Key.Key_Escape)
    dialog = _dialog(qtbot)
    for _ in range(5):
        _type(dialog.pin, "0000")
        _press(dialog.pin, Qt.Key.Key_Return)
    _type(dialog.pin, PIN)  # even the right one, now
    _press(dialog.pin, Qt.Key.Key_Return)
    assert "wait 30 seconds" in dialog.error.text()
    assert kiosk.isVisible()
    _press(dialog.pin, Qt.Key.Key_Escape)


def test_same_email_other_case_is_one_person_and_reviewed_later(
    qtbot: QtBot, ctx: AppContext, kiosk: KioskWindow, main_window: QMainWindow
) -> None:
    for email in ("ana@example.org", "ANA@Example.org"):
        _type(kiosk.name, "Ana Ruiz")
        _type(kiosk.email, email)
        _press(kiosk.email, Qt.Key.Key_Return)
    with ctx.reading() as session:
        people = session.scalars(select(Person)).all()
    assert [p.name for p in people] == ["Ana Ruiz"]
    assert [s.match for s in _sign_ups(ctx)] == [SignUpMatch.NEW, SignUpMatch.EMAIL]
    review = open_review(main_window, ctx)
    qtbot.addWidget(review)
    assert review.list.count() == 1
    assert review.cells["email"][0].text() == "ANA@example.org"
    assert review.cells["email"][1].text() == "ana@example.org"
    review.right.click()
    assert review.list.count() == 0


def test_every_field_is_touch_sized_and_named(kiosk: KioskWindow) -> None:
    controls = [kiosk.name, kiosk.email, kiosk.phone, kiosk.zip, kiosk.county, kiosk.language]
    controls += [box for box, _w in kiosk.consents.values()] + list(kiosk.answers.values())
    controls.append(kiosk.sign_up)
    for control in controls:
        assert control.height() >= 44, control.objectName()
        iface = QAccessible.queryAccessibleInterface(control)
        assert iface is not None and iface.text(QAccessible.Text.Name), control.objectName()


@pytest.mark.parametrize("size", [(1366, 768), (1280, 800)])
def test_the_form_fits_a_laptop_and_a_touch_screen_whole(
    qtbot: QtBot, ctx: AppContext, event_id: str, size: tuple[int, int], tmp_path
) -> None:
    """Everything on screen without scrolling, even with every field's problem said and
    the ZIP question asked (the pictures are kept: KIOSK_SHOTS=folder)."""
    import os
    from pathlib import Path

    from PySide6.QtWidgets import QScrollArea

    with ctx.db.session() as session:  # a long name, to wrap
        long_name = directory.create_organization(
            session,
            directory.OrganizationInput(name="Central Valley Voter Registration Alliance"),
        )
        from coalition.store.models import EventHost

        session.add(EventHost(event_id=event_id, organization_id=long_name.id))
        session.commit()
    window = KioskWindow(ctx, event_id)
    qtbot.addWidget(window)
    window._unlocked = True  # pictures of a window, not a full screen
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    folder = Path(os.environ.get("KIOSK_SHOTS") or tmp_path)
    scroll = window.findChild(QScrollArea)
    assert scroll is not None
    window.grab().save(str(folder / f"kiosk_{size[0]}x{size[1]}.png"))
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    window._show_errors({"email": "x", "phone": "x", "name": "reach you", "postal_code": "x"})
    QApplication.processEvents()
    window.grab().save(str(folder / f"kiosk_{size[0]}x{size[1]}_problems.png"))
    assert not scroll.verticalScrollBar().isVisible()
    window._clear_errors()
    window.thanks.setText("Thank you, Guadalupe!")
    window.zip_question.setText(
        "The ZIP code 89501 is in NV, and this event is in CA. Is it right?"
    )
    window._zip_question.show()
    QApplication.processEvents()
    window.grab().save(str(folder / f"kiosk_{size[0]}x{size[1]}_zip.png"))
    assert not scroll.verticalScrollBar().isVisible()
    window._zip_question.hide()
    window.language.setCurrentIndex(1)  # in Spanish, whose words are longer
    window._show_errors({"email": "x", "phone": "x", "name": "reach you", "postal_code": "x"})
    QApplication.processEvents()
    window.grab().save(str(folder / f"kiosk_{size[0]}x{size[1]}_es.png"))
    assert not scroll.verticalScrollBar().isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    window.language.setCurrentIndex(0)


def test_the_usual_questions_speak_the_language_the_signer_chose(kiosk: KioskWindow) -> None:
    """A question still in its usual English words is asked in the signer's language, and
    named so to a screen reader; one an organizer wrote stays as written."""
    pledge, own = kiosk._question_words["pledge"], kiosk._question_words["volunteer"]
    assert pledge.text() == "I pledge to register to vote"
    kiosk.language.setCurrentIndex(1)  # Español
    assert pledge.text() == "Me comprometo a inscribirme para votar"
    assert kiosk.answers["pledge"].accessibleName() == pledge.text()
    assert own.text() == "I'd like to volunteer"
    kiosk.language.setCurrentIndex(0)
    assert pledge.text() == "I pledge to register to vote"
