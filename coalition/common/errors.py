"""Errors the application reports to people: each carries a message fit to show as it is."""

from __future__ import annotations


class CoalitionError(Exception):
    """Base of every error that the GUI and the command line show as a plain message."""


class ValidationError(CoalitionError):
    """One or more fields hold a value that cannot be stored.

    ``problems`` maps a field name to the sentence that says what is wrong with it, so
    that an editor can mark the field and the command line can print them all.
    """

    def __init__(self, problems: dict[str, str]):
        self.problems = dict(problems)
        super().__init__("; ".join(f"{msg}" for msg in self.problems.values()))


class NotFoundError(CoalitionError):
    """A record asked for by id or name does not exist (any more)."""


class DatabaseError(CoalitionError):
    """The database cannot be opened, migrated or written."""


class ImportFileError(CoalitionError):
    """A file given to an importer cannot be read at all."""
