"""The words of an event's own questions, in the language of the window.

A new event asks the three usual questions (:data:`coalition.events.events.
DEFAULT_QUESTIONS`), stored with their English words; shown, a question whose words are
still those is translated by its key.  Words an organizer wrote are shown as written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from coalition.events.events import DEFAULT_QUESTIONS

_ENGLISH = dict(DEFAULT_QUESTIONS)


def _known() -> dict[str, str]:
    translate = QCoreApplication.translate
    return {
        "volunteer": translate("EventQuestions", "I would like to volunteer"),
        "host": translate("EventQuestions", "I am interested in hosting an event"),
        "pledge": translate("EventQuestions", "I pledge to register to vote"),
    }


def question_label(question: dict[str, Any]) -> str:
    """What the sign-up form shows for ``question`` ({"key", "label"})."""
    key, label = str(question.get("key", "")), str(question.get("label", ""))
    if _ENGLISH.get(key) == label:
        return _known().get(key, label)
    return label
