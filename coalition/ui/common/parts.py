"""A part of a widget kept in a file of its own and mixed into the widget.

Such a part uses what the widget has (``tr``, being a dialog's parent, its layout):
to the type checker it is a :class:`QWidget`; when the app runs it is a plain class
that the widget derives from beside the Qt class.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    WidgetPart = QWidget
else:
    WidgetPart = object
