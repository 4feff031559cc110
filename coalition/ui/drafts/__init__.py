"""The Drafts screen: one shared message, a variant per audience, and who signed off.

Coalition partners ask the same question everywhere, each state or group in its own
words.  On the left, the drafts (searched as you type, filtered by status), each with how
many of its variants are approved.  On the right, the draft chosen: its channels, owner
and status; the core message, counted against each channel's limit while typing; the
variants, each counted on the text as its audience will read it (merge fields filled),
with the groups asked to sign it off; every saved revision, compared side by side; and
the threaded comments.  Variants leave as plain text, Markdown or HTML on the clipboard,
and the approved ones as a message pack in HTML or PDF.

Every change is one service call through :meth:`AppContext.run`, so one undo step; the
screen follows :attr:`AppContext.changed`, so an undo shows at once.  Whatever is typed
(the core message, a variant, a comment) belongs to the draft it was typed for and goes
through :mod:`coalition.ui.common.editing` before it is left.

The modules, from the bottom up: ``common`` (colours, words, small helpers), ``views``
(what the panel shows, read in one session), ``editor`` (a message with its live counts),
``rows`` (how list rows are drawn), ``pickers`` (group pickers), ``comments`` (the comment
being written), ``dialogs``, the panel (``panel`` with its ``panel_variants`` and
``panel_threads`` parts) and the ``screen``.
"""

from coalition.ui.drafts.common import copy_rich_text
from coalition.ui.drafts.dialogs import (
    AnswerDialog,
    AskSignOffDialog,
    CommentDialog,
    DiffDialog,
    DraftDialog,
    VariantDialog,
)
from coalition.ui.drafts.panel import DraftPanel
from coalition.ui.drafts.screen import DraftsScreen

__all__ = [
    "AnswerDialog",
    "AskSignOffDialog",
    "CommentDialog",
    "DiffDialog",
    "DraftDialog",
    "DraftPanel",
    "DraftsScreen",
    "VariantDialog",
    "copy_rich_text",
]
