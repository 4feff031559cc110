"""Small pieces of the screens' buttons and forms: running a service from a button, labels
for errors and for fields, colour swatches and the styles of warnings and chips."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAccessible, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPlainTextEdit, QWidget

from coalition.common.errors import CoalitionError
from coalition.common.i18n import shown
from coalition.ui.common.colours import error_style

if TYPE_CHECKING:
    from coalition.ui.common.context import AppContext

WARNING_STYLE = (
    "color: #8a4b00; background: #fff3cd; border: 1px solid #e0b040;"
    " border-radius: 3px; padding: 4px 8px;"
)

CHIP_STYLE = (
    "border-radius: 3px; padding: 2px 8px; font-weight: bold; color: {fg}; background: {bg};"
)


def attempt(ctx: AppContext, fn: Any, *args: Any, label: str, done: str = "", **kwargs: Any) -> Any:
    """Run a service from a button: a refusal is shown, not raised (there is no field to
    mark beside a button), and ``None`` comes back."""
    try:
        result = ctx.run(fn, *args, label=label, **kwargs)
    except CoalitionError as exc:
        ctx.error.emit(shown(exc))
        return None
    if done:
        ctx.message.emit(done)
    return result


def swatch(color: str, size: int = 10) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def buddy(text: str, widget: QWidget) -> QLabel:
    """A label whose &-key focuses ``widget`` (form rows that hold a layout get none)."""
    label = QLabel(text)
    label.setBuddy(widget)
    return label


_NAMED_BY = "coalition_named_by"  # the text an accessible name was taken from


def name_fields(root: QWidget) -> None:
    """Give a screen reader the name a sighted person reads beside each field under
    ``root``: the text of the label whose buddy it is, when the field sits inside a box
    of its own (a screen reader finds only a label beside the field), or else the hint
    written in an empty search field. A name set by the screen itself is kept; one taken
    here is taken again each time the area is shown, so it follows a retranslated label."""
    for label in root.findChildren(QLabel):
        target = label.buddy()
        if target is None:
            continue
        proxy = target.focusProxy()
        while proxy is not None:
            target, proxy = proxy, proxy.focusProxy()
        if target.parentWidget() is label.parentWidget():
            continue  # Qt reads a sibling label by itself
        _take_name(target, label.text().replace("&&", "\0").replace("&", "").replace("\0", "&"))
    for edit in root.findChildren(QLineEdit):
        hint = edit.placeholderText()
        if hint and (edit.property(_NAMED_BY) == hint or not _spoken_name(edit)):
            _take_name(edit, hint)


def _spoken_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _take_name(widget: QWidget, text: str) -> None:
    own = widget.accessibleName()
    if own and own != widget.property(_NAMED_BY):
        return
    widget.setAccessibleName(text)
    widget.setProperty(_NAMED_BY, text)


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def plain_text(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    return edit


class _DialogNamer(QObject):
    """Names the fields of every dialog as it is shown, as :func:`name_fields` names an
    area's: a dialog's fields sit in boxes of their own, under labels a screen reader
    would not otherwise tie to them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            name_fields(watched)
        return False


_namer: list[_DialogNamer] = []  # kept alive: Qt holds only a pointer


def name_dialog_fields() -> None:
    """Have every dialog name its fields when shown (once per application)."""
    app = QCoreApplication.instance()
    if app is None or _namer:
        return
    _namer.append(_DialogNamer(app))
    app.installEventFilter(_namer[0])
