"""What goes wrong with mail, said in one sentence: a server that cannot be reached, a
login refused, a mailbox that cannot be read.  Every part of :mod:`coalition.mail`
raises this one error, so the window and the command line show it as it is."""

from __future__ import annotations

from coalition.common.errors import CoalitionError


class MailError(CoalitionError):
    """Sending or reading mail failed; the message is a sentence fit to show."""


__all__ = ["MailError"]
