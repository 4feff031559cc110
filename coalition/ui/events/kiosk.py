"""The sign-up kiosk: a full-screen form for the people at an event's table.

The organizer opens it for an event and sets a PIN (typed twice); from then on the
laptop shows only the form: the main window is hidden, there is no menu, and Escape,
Alt+F4 or closing the window ask for the PIN (a wrong one keeps the kiosk).  Each
sign-up is saved at once, in its own transaction; the form clears for the next person
with a short thank-you, and never says whom the sign-up matched.
"""

from __future__ import annotations

import contextlib
import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer, QTranslator, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coalition.common.errors import CoalitionError, ValidationError
from coalition.common.i18n import shown
from coalition.common.states import BY_CODE
from coalition.events import kiosk_lock
from coalition.events.signups import (
    KioskForm,
    SignUpInput,
    ZipOutsideState,
    kiosk_form,
    record_signup,
)
from coalition.ui.common.colours import error_style
from coalition.ui.common.context import AppContext
from coalition.ui.common.controls import buddy, name_fields
from coalition.ui.events.question_labels import question_label

# Touch-sized: every field, box and button at least this tall.
TOUCH = 48
THANKS_MS = 4000
# The kiosks open now: a window without a parent lives as long as something holds it.
_OPEN: set[KioskWindow] = set()
_STYLE = f"""
QLabel, QLineEdit, QComboBox, QCheckBox, QPushButton {{ font-size: 15pt; }}
QLabel#kioskTitle, QLabel#kioskThanks {{ font-size: 22pt; font-weight: bold; }}
QLabel#kioskHint {{ font-size: 12pt; color: palette(placeholder-text); }}
QLineEdit, QComboBox {{ min-height: {TOUCH}px; padding: 0 10px; }}
QCheckBox {{ min-height: {TOUCH}px; spacing: 14px; }}
QCheckBox::indicator {{ width: 30px; height: 30px; }}
QPushButton {{ min-height: {TOUCH}px; padding: 0 20px; }}
QPushButton#signUp {{ min-height: 64px; font-size: 22pt; font-weight: bold; }}
"""


def _state_name(code: str) -> str:
    """A state's name for the public ("OR" reads as a word), its code when unknown."""
    state = BY_CODE.get(code)
    return state.name if state is not None else code


def _first_name(name: str) -> str:
    return name.split()[0] if name.split() else ""


class PinDialog(QDialog):
    """Asks for the kiosk's PIN: to choose it (typed twice), or to leave the kiosk."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, *, choose: bool) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.choose = choose
        self.setObjectName("kioskPinDialog")
        self.setModal(True)
        layout = QVBoxLayout(self)
        if choose:
            self.setWindowTitle(self.tr("Choose the kiosk's PIN"))
            intro = self.tr(
                "Choose a PIN of 4 to 8 digits. It is asked to leave the sign-up form, so "
                "that nobody at the table can see anything else."
            )
        else:
            self.setWindowTitle(self.tr("Leave the sign-up form"))
            intro = (
                self.tr(
                    "Type the kiosk's PIN, or the database's passphrase, to leave the sign-up form."
                )
                if self._passphrase()
                else self.tr("Type the kiosk's PIN to leave the sign-up form.")
            )
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.pin = self._pin_field()
        if not choose and self._passphrase():
            self.pin.setMaxLength(32767)  # the passphrase is welcome too
            self.pin.setInputMethodHints(Qt.InputMethodHint.ImhSensitiveData)
        form.addRow(buddy(self.tr("&PIN:"), self.pin), self.pin)
        self.again = self._pin_field()
        if choose:
            form.addRow(buddy(self.tr("PIN &again:"), self.again), self.again)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("pinError")
        self.error.setStyleSheet(error_style() + " font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Over the kiosk the dialog takes the form's large type: the layout sets its size,
        # and grows it when a sentence shows, so no line and no button is cut off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(420)

    def _passphrase(self) -> str | None:
        """The database's passphrase, when it is opened with one (not a keyring's key)."""
        key = self.ctx.db.key
        return key.secret if key is not None and key.kind == "passphrase" else None

    def _pin_field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8)
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setMinimumHeight(TOUCH)
        return field

    def _say(self, text: str) -> None:
        self.error.setText("⚠ " + text)
        self.error.show()
        self.adjustSize()
        self.pin.clear()
        self.again.clear()
        self.pin.setFocus()

    def _check(self) -> None:
        pin = self.pin.text()
        if self.choose:
            try:
                kiosk_lock.check_pin_format(pin)
            except ValidationError:
                self._say(self.tr("The PIN is 4 to 8 digits."))
                return
            if pin != self.again.text():
                self._say(self.tr("The two PINs differ: type the same PIN twice."))
                return
            try:
                self.ctx.run(kiosk_lock.set_pin, pin)
            except CoalitionError as exc:
                self._say(shown(exc))
                return
            self.accept()
            return
        try:
            with self.ctx.reading() as session:
                right = kiosk_lock.check_pin(session, pin, passphrase=self._passphrase())
        except kiosk_lock.KioskPaused as paused:
            self._say(
                self.tr(
                    "Too many wrong tries: wait %n seconds, then try again.",
                    "",
                    int(paused.seconds + 0.999),
                )
            )
            return
        if not right:
            self._say(self.tr("That is not the kiosk's PIN. The form stays open."))
            return
        self.accept()


_CATALOGUES = Path(__file__).resolve().parents[2] / "resources" / "translations"


# The form's own words: the window's, and the usual questions' (question_labels.py).
FORM_CONTEXTS = frozenset({"KioskWindow", "EventQuestions"})


class _FormLanguage(QTranslator):
    """The form in the language the signer chose, whatever the window's: installed
    while the kiosk is open, it answers for the form's own words only (None: ask the
    next translator, so that nothing else changes)."""

    def __init__(self) -> None:
        super().__init__()
        self.code = ""
        self.catalogue = QTranslator()
        self.installed = False

    def speak(self, code: str) -> None:
        """Speak ``code`` ("en", "es"), or "" for the window's own language."""
        if code == "es" and self.catalogue.isEmpty():
            self.catalogue.load(str(_CATALOGUES / "coalition_es.qm"))
        self.code = code
        if self.installed:
            QCoreApplication.removeTranslator(self)
            self.installed = False
        if code:
            QCoreApplication.installTranslator(self)  # sends LanguageChange: retranslated
            self.installed = True

    def isEmpty(self) -> bool:
        return not self.code

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context not in FORM_CONTEXTS or not self.code:
            return None
        if self.code == "en":
            return source
        found = self.catalogue.translate(context, source, disambiguation, n)
        return found or None


class _Words(QLabel):
    """The words of a check box, wrapped; a tap on them ticks the box."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setMinimumHeight(TOUCH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: Any) -> None:
        self.box.toggle()
        self.box.setFocus()
        super().mouseReleaseEvent(event)


class KioskWindow(QWidget):
    """The full-screen sign-up form of one event."""

    signedUp = Signal(str)  # the sign-up's id (for tests and the organizer's count)
    left = Signal()

    def __init__(self, ctx: AppContext, event_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.event_id = event_id
        self._unlocked = False
        self._zip_confirmed = False
        self._asking: PinDialog | None = None
        with ctx.reading() as session:
            self.form: KioskForm = kiosk_form(session, event_id)
        self.setObjectName("kioskWindow")
        self.setStyleSheet(_STYLE)
        self._problems: dict[str, str] = {}
        self._asked: ZipOutsideState | None = None
        self._speaks = _FormLanguage()
        self._build()
        self.retranslate()
        self._thanks_timer = QTimer(self)
        self._thanks_timer.setSingleShot(True)
        self._thanks_timer.timeout.connect(self.thanks.clear)

    # --- building ------------------------------------------------------------------

    def _field(self, name: str) -> tuple[QLineEdit, QLabel]:
        edit = QLineEdit()
        edit.setObjectName(name)
        error = QLabel()
        error.setObjectName(name + "Error")
        error.setStyleSheet(error_style() + " font-weight: bold;")
        error.setWordWrap(True)
        error.hide()
        return edit, error

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the button to the name
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        main = QVBoxLayout(page)
        main.setContentsMargins(40, 16, 40, 16)
        main.setSpacing(10)
        top = QHBoxLayout()
        main.addLayout(top)
        self.title = QLabel()
        self.title.setObjectName("kioskTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        # The thank-you, beside the title: seen from the table, gone before the next one.
        self.thanks = QLabel()
        self.thanks.setObjectName("kioskThanks")
        self.thanks.setStyleSheet("color: #1b5e20;")
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.thanks)

        columns = QHBoxLayout()
        columns.setSpacing(48)
        main.addLayout(columns, 1)
        left = QGridLayout()
        left.setHorizontalSpacing(16)
        left.setVerticalSpacing(2)
        columns.addLayout(left, 3)

        self.name, self.name_error = self._field("name")
        self.email, self.email_error = self._field("email")
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.phone, self.phone_error = self._field("phone")
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.zip, self.zip_error = self._field("zip")
        self.zip.setMaxLength(10)
        self.zip.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.zip.textEdited.connect(self._zip_changed)
        for edit in (self.name, self.email, self.phone, self.zip):
            # The next person began: the last one's name leaves the screen at once.
            edit.textEdited.connect(self._next_signer_began)
        self.county, self.county_error = self._field("county")
        self.county.setText(self.form.county)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem("English", "en")
        self.language.addItem("Español", "es")
        # The form opens in the window's language; each signer may choose theirs.
        spanish = QLocale().language() == QLocale.Language.Spanish
        self._first_language = 1 if spanish else 0
        self.language.setCurrentIndex(self._first_language)
        self.language_error = QLabel()
        self.language_error.hide()

        self.language.currentIndexChanged.connect(self._language_chosen)
        self._labels: dict[str, QLabel] = {}
        rows: list[tuple[str, QWidget, QLabel]] = [
            ("name", self.name, self.name_error),
            ("email", self.email, self.email_error),
            ("phone", self.phone, self.phone_error),
            ("postal_code", self.zip, self.zip_error),
        ]
        row = 0
        for key, widget, error in rows:
            self._labels[key] = buddy("", widget)
            left.addWidget(self._labels[key], row, 0)
            left.addWidget(widget, row, 1)
            left.addWidget(error, row + 1, 1)
            row += 2
        self._zip_question = self._build_zip_question()
        left.addWidget(self._zip_question, row, 1)
        row += 1
        for key, widget, error in (
            ("county", self.county, self.county_error),
            ("language", self.language, self.language_error),
        ):
            self._labels[key] = buddy("", widget)
            left.addWidget(self._labels[key], row, 0)
            left.addWidget(widget, row, 1)
            left.addWidget(error, row + 1, 1)
            row += 2
        left.setRowStretch(row, 1)

        right = QVBoxLayout()
        right.setSpacing(4)
        columns.addLayout(right, 2)
        # Each group's box and the words beside it (the words stored are those shown).
        self.consents: dict[str, tuple[QCheckBox, _Words]] = {}
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setVisible(bool(self.form.organizations))
        right.addWidget(self.heading)
        for org_id, _org_name in self.form.organizations:
            box, words = self._check_box(right, "")
            box.setObjectName("consent_" + org_id)
            self.consents[org_id] = (box, words)
        self.answers: dict[str, QCheckBox] = {}
        self._question_words: dict[str, _Words] = {}
        if self.form.questions:
            right.addSpacing(12)
        for key, label in self.form.questions:
            box, words = self._check_box(right, question_label({"key": key, "label": label}))
            box.setObjectName("question_" + key)
            self.answers[key] = box
            self._question_words[key] = words
        right.addStretch(1)
        self.hint = QLabel()
        self.hint.setObjectName("kioskHint")
        self.hint.setWordWrap(True)
        right.addWidget(self.hint)

        self.sign_up = QPushButton()
        self.sign_up.setObjectName("signUp")
        self.sign_up.setAutoDefault(True)
        self.sign_up.clicked.connect(self.submit)
        main.addWidget(self.sign_up)

        order: list[QWidget] = [
            self.name,
            self.email,
            self.phone,
            self.zip,
            self.zip_yes,
            self.zip_fix,
            self.county,
            self.language,
            *(box for box, _w in self.consents.values()),
            *self.answers.values(),
            self.sign_up,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        name_fields(self)

    def _check_box(self, layout: QVBoxLayout, text: str) -> tuple[QCheckBox, _Words]:
        """A box whose words wrap (a long group's name in Spanish still fits), both the
        box and its words ticking it; a screen reader reads the words as its name."""
        row = QHBoxLayout()
        box = QCheckBox()
        box.setAccessibleName(text)
        words = _Words(text, box)
        row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(words, 1)
        layout.addLayout(row)
        return box, words

    def _build_zip_question(self) -> QWidget:
        box = QFrame()
        box.setObjectName("zipQuestion")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(box)
        self.zip_question = QLabel()
        self.zip_question.setObjectName("zipQuestionText")
        self.zip_question.setWordWrap(True)
        layout.addWidget(self.zip_question)
        buttons = QHBoxLayout()
        self.zip_yes = QPushButton()
        self.zip_yes.setObjectName("zipYes")
        self.zip_yes.setAutoDefault(True)
        self.zip_yes.clicked.connect(self._zip_is_right)
        self.zip_fix = QPushButton()
        self.zip_fix.setObjectName("zipFix")
        self.zip_fix.setAutoDefault(True)
        self.zip_fix.clicked.connect(self._fix_zip)
        buttons.addWidget(self.zip_yes)
        buttons.addWidget(self.zip_fix)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        box.hide()
        return box

    # --- signing up ----------------------------------------------------------------

    def _input(self) -> SignUpInput:
        return SignUpInput(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            postal_code=self.zip.text(),
            county=self.county.text(),
            language=str(self.language.currentData() or ""),
            consents={
                oid: words.text() for oid, (box, words) in self.consents.items() if box.isChecked()
            },
            answers={key: box.isChecked() for key, box in self.answers.items()},
            zip_confirmed=self._zip_confirmed,
        )

    def _errors(self) -> dict[str, tuple[QWidget, QLabel]]:
        return {
            "name": (self.name, self.name_error),
            "email": (self.email, self.email_error),
            "phone": (self.phone, self.phone_error),
            "postal_code": (self.zip, self.zip_error),
            "county": (self.county, self.county_error),
            "language": (self.language, self.language_error),
        }

    def _sentence(self, field: str, service_text: str) -> str:
        """The problem in the form's language (the service's English is for the logs)."""
        if field == "email":
            return self.tr("This e-mail address is not complete or not valid: please check it.")
        if field == "phone":
            return self.tr(
                "This is not a phone number we can call: write it with its area code, "
                "like 559-555-0142."
            )
        if field == "postal_code":
            return self.tr("A ZIP code is five digits, like 93721 (or ZIP+4, like 93721-1234).")
        if field == "name" and "reach you" in service_text:
            return self.tr(
                "Please give an e-mail address, or a phone number, or your name and ZIP code, "
                "so that we can reach you."
            )
        if field == "name":
            return self.tr("This name is too long.")
        return service_text

    def _clear_errors(self) -> None:
        self._problems = {}
        for widget, error in self._errors().values():
            error.clear()
            error.hide()
            widget.setAccessibleDescription("")

    def _show_errors(self, problems: dict[str, str], *, focus: bool = True) -> None:
        self._problems = dict(problems)
        first: QWidget | None = None
        for field, (widget, error) in self._errors().items():
            if field in problems:
                sentence = self._sentence(field, problems[field])
                error.setText("⚠ " + sentence)
                error.show()
                widget.setAccessibleDescription(sentence)
                first = first or widget
        if first is not None and focus:
            first.setFocus()

    def _ask_zip(self, asked: ZipOutsideState) -> None:
        self._asked = asked
        self._say_zip_question()
        self._zip_question.show()
        self.zip_yes.setFocus()

    def _say_zip_question(self) -> None:
        asked = self._asked
        if asked is None:
            return
        self.zip_question.setText(
            self.tr("The ZIP code %1 is in %2, and this event is in %3. Is it right?")
            .replace("%1", asked.postal_code)
            .replace("%2", _state_name(asked.zip_state))
            .replace("%3", _state_name(asked.event_state))
        )

    def _zip_changed(self) -> None:
        self._zip_confirmed = False
        self._zip_question.hide()

    def _zip_is_right(self) -> None:
        self._zip_confirmed = True
        self._zip_question.hide()
        if self.county.text().strip() == self.form.county:
            # The event's county, written in for the signers of its state: not theirs.
            self.county.clear()
        self.submit()

    def _fix_zip(self) -> None:
        self._zip_question.hide()
        self.zip.setFocus()
        self.zip.selectAll()

    def submit(self) -> None:
        """Save the sign-up (one transaction), or mark what to fix beside its field."""
        self._clear_errors()
        data = self._input()
        try:
            result = self.ctx.run(record_signup, self.event_id, data)
        except ZipOutsideState as asked:
            self._ask_zip(asked)
            return
        except ValidationError as exc:
            self._show_errors(exc.problems)
            return
        except CoalitionError as exc:
            self.name_error.setText("⚠ " + str(exc))
            self.name_error.show()
            return
        first = _first_name(data.name)  # thanked in their language, before it goes back
        thanks = self.tr("Thank you, %1!").replace("%1", first) if first else self.tr("Thank you!")
        self._clear_form()
        self.thanks.setText(thanks)
        self._thanks_timer.start(THANKS_MS)
        self.signedUp.emit(result.sign_up_id)

    def _next_signer_began(self) -> None:
        self._thanks_timer.stop()
        self.thanks.clear()

    def _clear_form(self) -> None:
        for edit in (self.name, self.email, self.phone, self.zip):
            edit.clear()
        self.county.setText(self.form.county)
        self.language.setCurrentIndex(self._first_language)  # the next one: as it opened
        for box, _words in self.consents.values():
            box.setChecked(False)
        for box in self.answers.values():
            box.setChecked(False)
        self._zip_confirmed = False
        self._zip_question.hide()
        self.name.setFocus()

    # --- the form's language ------------------------------------------------------------

    def retranslate(self) -> None:
        """Every word of the form in the language it speaks now."""
        title = self.tr("Sign up: %1").replace("%1", self.form.event_name)
        self.setWindowTitle(title)
        self.title.setText(title)
        labels = {
            "name": self.tr("&Name:"),
            "email": self.tr("&E-mail:"),
            "phone": self.tr("&Phone:"),
            "postal_code": self.tr("&ZIP code:"),
            "county": self.tr("C&ounty:"),
            "language": self.tr("&Language:"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.heading.setText(self.tr("Who may contact you? Tick each group you agree to:"))
        names = dict(self.form.organizations)
        for org_id, (box, words) in self.consents.items():
            wording = self.tr("I agree that %1 may contact me about its work.").replace(
                "%1", names[org_id]
            )
            words.setText(wording)
            box.setAccessibleName(wording)
        for key, label in self.form.questions:  # the usual questions in the signer's words
            wording = question_label({"key": key, "label": label})
            self._question_words[key].setText(wording)
            self.answers[key].setAccessibleName(wording)
        self.hint.setText(self.tr("Nothing you type here is shown to the next person."))
        self.sign_up.setText(self.tr("Sign me up"))
        self.zip_yes.setText(self.tr("Yes, it is right"))
        self.zip_fix.setText(self.tr("Let me fix it"))
        self._say_zip_question()
        if self._problems:
            self._show_errors(self._problems, focus=False)
        name_fields(self)

    def _language_chosen(self) -> None:
        """The person at the table chose their language: the form speaks it."""
        self._next_signer_began()
        index = self.language.currentIndex()
        code = "" if index == self._first_language else str(self.language.currentData())
        self._speaks.speak(code)
        self.retranslate()  # now: the application tells the windows later

    # --- staying put -----------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.ask_to_leave()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QPushButton):
                focus.click()
            else:
                self.submit()
            return
        super().keyPressEvent(event)

    def ask_to_leave(self) -> None:
        """Ask for the PIN; the right one closes the kiosk, a wrong one keeps it."""
        if self._asking is not None:
            return
        dialog = PinDialog(self.ctx, self, choose=False)
        self._asking = dialog

        def done(result: int) -> None:
            self._asking = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self._unlocked = True
                self.close()

        dialog.finished.connect(done)
        dialog.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            self.ask_to_leave()
            return
        self._thanks_timer.stop()
        self._speaks.speak("")
        self.left.emit()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "title"):
            self.retranslate()
        # Put back full screen if the window manager takes it away (a double click on a
        # title bar some systems still draw).
        if (
            event.type() == QEvent.Type.WindowStateChange
            and not self._unlocked
            and self.isVisible()
            and not self.isFullScreen()
        ):
            QTimer.singleShot(0, self.showFullScreen)
        super().changeEvent(event)


def open_kiosk(parent: QWidget, ctx: AppContext, event_id: str) -> None:
    """Ask the organizer to choose a PIN, then show the event's sign-up form full screen
    (the main window hidden until the form is left with the PIN)."""
    dialog = PinDialog(ctx, parent, choose=True)

    def chosen(result: int) -> None:
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        start_kiosk(parent, ctx, event_id)

    dialog.finished.connect(chosen)
    dialog.open()


def start_kiosk(parent: QWidget | None, ctx: AppContext, event_id: str) -> KioskWindow:
    """The sign-up form, shown full screen now (the PIN being set).  Every other window
    of the app (the main one, a review of sign-ups, an editor) is hidden until the form
    is left with the PIN: the person at the table sees the form and nothing else."""
    kiosk = KioskWindow(ctx, event_id)
    kiosk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    hidden = [
        window
        for window in QApplication.topLevelWidgets()
        if window.isVisible()
        and window is not kiosk
        and window.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
    ]
    if parent is not None and parent.window() not in hidden and parent.window().isVisible():
        hidden.append(parent.window())
    kept: dict[str, Any] = {"hidden": hidden}

    def left() -> None:
        for window in kept["hidden"]:
            with contextlib.suppress(RuntimeError):  # one closed meanwhile is gone
                window.show()
        if kept["hidden"]:
            with contextlib.suppress(RuntimeError):
                kept["hidden"][0].activateWindow()

    kiosk.left.connect(left)
    _OPEN.add(kiosk)
    kiosk.destroyed.connect(lambda *_: _OPEN.discard(kiosk))
    for window in hidden:
        window.hide()
    kiosk.showFullScreen()
    kiosk.activateWindow()
    kiosk.name.setFocus()
    return kiosk
