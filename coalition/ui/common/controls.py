"""Small pieces of the screens' buttons and forms: running a service from a button, labels
for errors and for fields, colour swatches and the styles of warnings and chips."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from coalition.common.errors import CoalitionError
from coalition.ui.common.listscreen import ERROR_STYLE

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
        ctx.error.emit(str(exc))
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


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def plain_text(placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    return edit
