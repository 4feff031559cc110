"""What the parts of the draft panel use of the panel, said for the type checker.

:class:`~coalition.ui.drafts.panel_variants.VariantsPart` and
:class:`~coalition.ui.drafts.panel_threads.ThreadsPart` are mixed into
:class:`~coalition.ui.drafts.panel.DraftPanel` and use its state and steps.  Declared here,
the checker holds each part to them and the panel to their types; when the app runs the
parts derive from ``object`` alone, as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog, QTabWidget, QWidget

    from coalition.ui.common.context import AppContext
    from coalition.ui.drafts.editor import MessageEditor
    from coalition.ui.drafts.views import DraftView, VariantView

    class PanelBase(QWidget):
        ctx: AppContext
        view: DraftView | None
        variant_id: str | None
        tabs: QTabWidget
        core_editor: MessageEditor
        variant_editor: MessageEditor
        copy_actions: list[QAction]

        def may_leave(self, *, variant_only: bool = False) -> bool: ...
        def reload(self) -> None: ...
        def current_variant(self) -> VariantView | None: ...
        def confirm(self, question: str, detail: str) -> bool: ...
        def _open(self, dialog: QDialog) -> QDialog: ...
        def _show_variant(self, variant: VariantView | None) -> None: ...
        def _variant_words(self) -> str: ...
        def _comment_words(self) -> str: ...

else:
    PanelBase = object
