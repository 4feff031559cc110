"""The services' sentences in the reader's language, without Qt below the window.

A sentence the services say to people (an error, a validation problem, a label) is written
in English and marked where it is written::

    raise CoalitionError(
        QT_TRANSLATE_NOOP("Calls", "“{title}” has already started").format(title=call.title)
    )

``QT_TRANSLATE_NOOP`` and ``translate`` carry the names Qt's ``pyside6-lupdate`` looks for,
so the catalogue ``coalition_services_<lang>.ts`` is collected from these modules with no
Qt imported here.  ``QT_TRANSLATE_NOOP`` returns a :class:`Sentence`: a ``str`` holding
the English, which also keeps its context, its template and the values put into it, so
that ``str(error)`` stays English (for logs, stored notes and the tests) while the window
and the command line show it translated, through :func:`shown`, once a translator is
installed with :func:`install` (the window's and the command line's own, each from Qt).
With none installed every sentence reads as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from coalition.common.errors import ValidationError

Translator = Callable[[str, str], str]
"""(context, English text) → the text in the reader's language, or the English itself."""

_translator: Translator | None = None

NumberFormat = Callable[[float, int], str]
"""(value, decimals) → the number as the reader's locale writes it ("43.490" in Spain)."""

_numbers: NumberFormat | None = None

DayFormat = Callable[[dt.date], str]
"""A day as the reader's locale writes it in a sentence ("1 jun 2027")."""

_days: DayFormat | None = None


def install(translator: Translator) -> None:
    """From now on, sentences are shown through ``translator``."""
    global _translator
    _translator = translator


def install_numbers(numbers: NumberFormat) -> None:
    """From now on, the :class:`Figure` values of a sentence are shown through
    ``numbers`` (the window's and the command line's locale)."""
    global _numbers
    _numbers = numbers


def install_days(days: DayFormat) -> None:
    """From now on, the :class:`Day` values of a sentence are written through ``days``."""
    global _days
    _days = days


def uninstall() -> None:
    """Sentences are shown as written (in English) again."""
    global _translator, _numbers, _days
    _translator = None
    _numbers = None
    _days = None


class Day:
    """A day put into a sentence: "1 Jun 2027" in English, as the reader's locale writes
    it once the window or the command line has said how (``install_days``)."""

    __slots__ = ("day",)

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __format__(self, spec: str) -> str:
        if spec:
            return format(self.day, spec)
        return self.shown()

    def __str__(self) -> str:
        return self.shown()

    def __repr__(self) -> str:
        return f"Day({self.day!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Day) and other.day == self.day

    def __hash__(self) -> int:
        return hash(self.day)

    def shown(self) -> str:
        if _days is None:
            return f"{self.day.day} {self.day:%b %Y}"
        return _days(self.day)


class Figure:
    """A number put into a sentence: "43,490" as English writes it, or as the reader's
    locale writes it once the window or the command line has said how (``install_numbers``)."""

    __slots__ = ("decimals", "value")

    def __init__(self, value: float, decimals: int = 0) -> None:
        self.value = value
        self.decimals = decimals

    def __format__(self, spec: str) -> str:
        if spec:
            return format(self.value, spec)
        return self.shown()

    def __str__(self) -> str:
        return format(self)

    def __repr__(self) -> str:
        return f"Figure({self.value!r}, {self.decimals})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Figure) and (other.value, other.decimals) == (
            self.value,
            self.decimals,
        )

    def __hash__(self) -> int:
        return hash((self.value, self.decimals))

    def shown(self) -> str:
        if _numbers is None:
            return format(self.value, f",.{self.decimals}f")
        return _numbers(self.value, self.decimals)


def figure(value: float, decimals: int = 0) -> Figure:
    """``value`` to be put into a sentence, grouped as the reader's locale groups digits."""
    return Figure(value, decimals)


def translate(context: str, text: str) -> str:
    """``text`` in the reader's language now (``text`` itself when no translator is set or
    the catalogue lacks it).  For a sentence shown at once, like a line the command line
    prints; a sentence kept or raised is marked with :func:`QT_TRANSLATE_NOOP`."""
    if _translator is None:
        return text
    return _translator(context, text) or text


class Sentence(str):
    """English text that remembers how to say itself in the reader's language."""

    context: str
    template: str
    args: tuple[Any, ...]
    values: Mapping[str, Any]

    def __new__(
        cls,
        text: str,
        context: str,
        template: str,
        args: tuple[Any, ...] = (),
        values: Mapping[str, Any] | None = None,
    ) -> Sentence:
        made = super().__new__(cls, text)
        made.context = context
        made.template = template
        made.args = args
        made.values = dict(values or {})
        return made

    def format(self, *args: Any, **values: Any) -> Sentence:
        """The sentence with its values put in: English as ``str``, translatable still."""
        english = str.format(self.template, *args, **values)
        return Sentence(english, self.context, self.template, args, values)

    def translated(self) -> str:
        """The sentence in the reader's language, its values too when they are sentences.

        A translation whose placeholders do not fit the values (a mistake in the
        catalogue) gives the English rather than an error.
        """
        pattern = translate(self.context, self.template)
        if pattern == self.template and not self.args and not self.values:
            return str.__str__(self)
        args = tuple(_inner(a) for a in self.args)
        values = {k: _inner(v) for k, v in self.values.items()}
        try:
            return pattern.format(*args, **values)
        except (IndexError, KeyError, ValueError, AttributeError):
            return str.format(self.template, *args, **values)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Sentence, (str(self), self.context, self.template, self.args, self.values))


def _inner(value: Any) -> Any:
    """A value put into a sentence, translated too when it is a sentence or an error."""
    if isinstance(value, (Figure, Day)):
        return value.shown()
    return shown(value) if isinstance(value, (Sentence, BaseException)) else value


def QT_TRANSLATE_NOOP(context: str, text: str) -> Sentence:
    """Mark ``text`` for the catalogue under ``context``; it is translated where shown."""
    return Sentence(text, context, text)


def sentence_of(exc: BaseException) -> str:
    """An exception's message kept translatable (a :class:`Sentence` when it was raised
    with one), for a service that passes the message on in a sentence of its own."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Sentence):
        return exc.args[0]
    return str(exc)


def shown(what: object) -> str:
    """What a person reads: a sentence, or the message of an error, in their language."""
    if isinstance(what, Sentence):
        return what.translated()
    if isinstance(what, ValidationError):
        return "; ".join(shown(problem) for problem in what.problems.values())
    if isinstance(what, BaseException):
        if len(what.args) == 1 and isinstance(what.args[0], Sentence):
            message = what.args[0].translated()
            return message if str(what) == str(what.args[0]) else str(what)
        return str(what)
    return str(what)
