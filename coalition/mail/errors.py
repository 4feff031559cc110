"""What goes wrong with mail, said in one sentence: a server that cannot be reached, a
login refused, a mailbox that cannot be read.  Every part of :mod:`coalition.mail`
raises this one error, so the window and the command line show it as it is."""

from __future__ import annotations

from coalition.common.errors import CoalitionError


class MailError(CoalitionError):
    """Sending or reading mail failed; the message is a sentence fit to show.

    ``settings`` is True when the account's settings or password must change first
    (trying again as they are cannot help), False for what may pass (offline, a server
    down)."""

    def __init__(self, message: str, *, settings: bool = False) -> None:
        super().__init__(message)
        self.settings = settings


__all__ = ["MailError"]
