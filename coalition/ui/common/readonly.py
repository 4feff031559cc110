"""A record the organizer may read but not change: a banner that says why, and fields
that show their values without taking input.

Every editor shows the same thing: the sentence the rules give (whose record it is,
who can change it) in a band above the fields, text fields read-only (their text can
still be selected and copied), choices and buttons disabled, Save disabled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coalition.directory import access
from coalition.directory.access import PRIVATE, SHARED
from coalition.sync import suggestions
from coalition.ui.common.context import AppContext

# A pale amber band with a darker edge: noticed, not alarming (it is not an error).
BANNER_STYLE = (
    "QFrame#readOnlyBanner { background: #fff4d6; border: 1px solid #e0b54a;"
    " border-radius: 4px; }"
    " QFrame#readOnlyBanner QLabel { color: #4a3800; background: transparent; border: none; }"
)


class ReadOnlyBanner(QFrame):
    """The reason a record cannot be changed here, shown above its fields (hidden when
    it can be)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet(BANNER_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        lock = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        icon.setPixmap(lock.pixmap(size, size))
        layout.addWidget(icon)
        self.label = QLabel()
        self.label.setWordWrap(True)
        # Wrapped to the width the form has, never widening it (the editor scrolls).
        self.label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.label.setMinimumWidth(120)
        self.label.setObjectName("readOnlyReason")
        layout.addWidget(self.label, 1)
        # A correction sent to the coordinators (shown by offer_suggestion).
        self.suggest_button = QPushButton(self.tr("Suggest a correction…"))
        self.suggest_button.setObjectName("suggestCorrection")
        self.suggest_button.setProperty("readOnlyIgnore", True)
        self.suggest_button.setToolTip(
            self.tr("Send a coordinator what should change here; they apply it or say why not")
        )
        self.suggest_button.clicked.connect(self._suggest)
        self.suggest_button.hide()
        layout.addWidget(self.suggest_button)
        self._record: tuple[AppContext, str, str] | None = None
        self.setAccessibleName(self.tr("Read-only"))
        self.hide()

    def show_reason(self, reason: str | None) -> None:
        """Show ``reason`` (the sentence the rules give), or hide the banner for None."""
        if reason:
            self.label.setText(self.tr("Read-only. {reason}").format(reason=reason))
            self.show()
        else:
            self.label.clear()
            self.hide()

    def reason(self) -> str:
        """The sentence shown ('' when the record can be changed)."""
        return "" if self.isHidden() else self.label.text()

    def offer_suggestion(self, ctx: AppContext, table: str | None, record_id: str | None) -> None:
        """Offer "Suggest a correction…" for the record read-only here (none for None, or
        for an organizer who may not send one)."""
        self._record = None
        if table is not None and record_id is not None and suggestions.may_suggest():
            self._record = (ctx, table, record_id)
        self.suggest_button.setVisible(self._record is not None)

    def _suggest(self) -> QDialog | None:
        if self._record is None:
            return None
        # Here, not above: the dialog's module imports listscreen, which imports this one.
        from coalition.ui.common.suggest import SuggestDialog

        dialog = SuggestDialog(*self._record, parent=self.window())
        dialog.open()
        return dialog


def lock(widgets: Iterable[QWidget], locked: bool) -> None:
    """Make ``widgets`` (and the inputs inside them) show their values without taking
    input, or take input again."""
    for root in widgets:
        # Not a line edit's own buttons (its clear button goes when the edit is locked).
        inside = [w for w in root.findChildren(QWidget) if not isinstance(w.parent(), QLineEdit)]
        for widget in [root, *inside]:
            _lock_one(widget, locked)


def _lock_one(widget: QWidget, locked: bool) -> None:
    """Lock one widget, remembering how it was; unlock only what was locked here, as it
    was (a button disabled for its own reason stays so)."""
    if widget.property("readOnlyIgnore"):
        return
    texts = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox)
    if not isinstance(widget, (*texts, QComboBox, QAbstractButton)):
        return
    was = widget.property("readOnlyWas")
    if locked:
        if was is None:
            before = widget.isReadOnly() if isinstance(widget, texts) else widget.isEnabled()
            widget.setProperty("readOnlyWas", "yes" if before else "no")
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                _quiet(widget, True)
        if isinstance(widget, texts):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)
    elif was is not None:
        widget.setProperty("readOnlyWas", None)
        if isinstance(widget, texts):
            widget.setReadOnly(was == "yes")
            if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
                _quiet(widget, False)
        else:
            widget.setEnabled(was == "yes")


def _quiet(widget: QLineEdit | QPlainTextEdit | QTextEdit, locked: bool) -> None:
    """A locked text field: on the window's colour, without the example text an empty
    field shows (it reads as a value when it cannot be typed over), without the button
    that empties it; unlocked, all as it was."""
    _grey(widget, locked)
    if locked:
        widget.setProperty("readOnlyPlaceholder", widget.placeholderText())
        widget.setPlaceholderText("")
    else:
        widget.setPlaceholderText(str(widget.property("readOnlyPlaceholder") or ""))
    if isinstance(widget, QLineEdit):
        if locked:
            widget.setProperty("readOnlyClear", widget.isClearButtonEnabled())
            widget.setClearButtonEnabled(False)
        else:
            widget.setClearButtonEnabled(bool(widget.property("readOnlyClear")))


def _grey(widget: QWidget, locked: bool) -> None:
    """A text field that takes no input drawn on the window's colour, not the white of
    one that does (its text stays black: it is meant to be read)."""
    if locked:
        widget.setProperty("readOnlyPalette", QPalette(widget.palette()))
        palette = QPalette(widget.palette())
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        widget.setPalette(palette)
    else:
        saved = widget.property("readOnlyPalette")
        if isinstance(saved, QPalette):
            widget.setPalette(saved)


class VisibilityChoice(QComboBox):
    """Who can see a record: the whole coalition, or its organization alone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visibilityChoice")
        self.addItem(self.tr("Shared with the coalition"), SHARED)
        self.addItem("", PRIVATE)
        self.setToolTip(
            self.tr(
                "Shared: every member organization reads it. Private: only its own "
                "organization, those it shares with by agreement, and the coordinators."
            )
        )
        self.show_choice(SHARED, "")

    def show_choice(self, visibility: str, owner: str) -> None:
        """Show ``visibility`` of a record owned by ``owner`` (an organization's name)."""
        self.setItemText(1, self.tr("Private to {owner}").format(owner=owner))
        self.setCurrentIndex(max(0, self.findData(visibility)))

    def choice(self) -> str:
        return str(self.currentData())


def refusal(ctx: AppContext, table: str, record_id: str | None) -> str | None:
    """Why the organizer may not change the record ``record_id`` of ``table`` (None: a new
    one), in the rules' sentence; None when they may."""
    with ctx.reading() as session:
        if record_id is None:
            return access.why_not_create(session)
        return access.why_not_edit(session, (table, record_id))


def show_read_only(
    banner: ReadOnlyBanner,
    reason: str | None,
    fields: Iterable[QWidget],
    actions: Iterable[QWidget] = (),
) -> bool:
    """Show ``reason`` in ``banner``, lock ``fields`` and disable ``actions`` (Save, OK)
    when there is one; True when the record is read-only."""
    locked = reason is not None
    banner.show_reason(reason)
    lock(fields, locked)
    for action in actions:
        tip = action.property("readOnlyTip")
        if locked:
            if tip is None:
                action.setProperty("readOnlyTip", action.toolTip())
            action.setEnabled(False)
            action.setToolTip(banner.reason())
        elif tip is not None:  # enabled again by its owner, as its state says
            action.setToolTip(str(tip))
            action.setProperty("readOnlyTip", None)
    return locked


def guard_dialog(
    dialog: QDialog, ctx: AppContext, table: str, record_id: str | None,
    extra: Sequence[QWidget] = (),
) -> bool:  # fmt: skip
    """A dialog's record the organizer may not change: the reason on top, its fields
    (``_fields``, and ``extra``) locked, its ``ok_button`` disabled; sets the dialog's
    ``read_only``.  True if so."""
    reason = refusal(ctx, table, record_id)
    if reason is None:
        return False
    banner = ReadOnlyBanner()
    layout = dialog.layout()
    if isinstance(layout, QVBoxLayout):
        layout.insertWidget(0, banner)
    ok = getattr(dialog, "ok_button", None)
    fields: dict[str, QWidget] = getattr(dialog, "_fields", {})
    locked = show_read_only(banner, reason, [*fields.values(), *extra], [ok] if ok else [])
    banner.offer_suggestion(ctx, table, record_id)
    dialog.read_only = locked  # type: ignore[attr-defined]  # FieldProblems' flag
    return locked
