"""Paper sign-in sheets typed into a spreadsheet, brought in as an event's sign-ups.

The file has the columns name, email, phone, zip, county, language, one column per
organization that hosts the event or takes part in it, named after it (a tick there is
consent to that group, and to no other), and, if the event asks questions, one column
per question (its key or its label).  The sign-ups are dated when the event began.
Everything is checked before anything is written, and then written in one transaction:
a bad row refuses the whole file, with its line and the reason; each person is found
as at the kiosk (the same e-mail, phone, or name and ZIP code), so nobody is doubled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import ImportFileError, NotFoundError, ValidationError
from coalition.common.i18n import QT_TRANSLATE_NOOP, sentence_of
from coalition.directory.csvread import duplicate_columns_problem, iter_rows, read_table
from coalition.events.signups import SignUpInput, consenting_organizations, record_signup
from coalition.store import names
from coalition.store.changes import writes
from coalition.store.models import Event, Organization, SignUpMatch, SignUpSource

Progress = Callable[[int, int], None]

# Column names as people write them → the sign-up's field.
_FIELDS = {
    "name": "name",
    "full name": "name",
    "email": "email",
    "e-mail": "email",
    "email address": "email",
    "e-mail address": "email",
    "phone": "phone",
    "phone number": "phone",
    "zip": "postal_code",
    "zip code": "postal_code",
    "zipcode": "postal_code",
    "postal code": "postal_code",
    "postal_code": "postal_code",
    "county": "county",
    "language": "language",
}
_YES = frozenset({"yes", "y", "x", "1", "sí", "si", "true", "✓", "✔"})
_NO = frozenset({"", "no", "n", "0", "false"})
_LANGUAGES = {
    "en": "en",
    "english": "en",
    "inglés": "en",
    "ingles": "en",
    "es": "es",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
}


@dataclass(frozen=True)
class SignUpImportReport:
    created: int  # new people
    matched: int  # sign-ups that found someone already there
    consents: int

    @property
    def total(self) -> int:
        return self.created + self.matched

    def lines(self) -> list[str]:
        return [
            QT_TRANSLATE_NOOP(
                "Events",
                "Imported {total} sign-ups: {created} new people, "
                "{matched} matched to people already there (to review), {consents} consents.",
            ).format(
                total=self.total,
                created=self.created,
                matched=self.matched,
                consents=self.consents,
            )
        ]


def find_event(session: Session, name_or_id: str) -> str:
    """An event's id, from its id (or its end, as listings show it) or its name (any case
    or accents); a NotFoundError when none or several answer to it."""
    key = name_or_id.strip()
    if key and session.get(Event, key) is not None:
        return key
    found = names.ids_referred(session, key, Event.id) or names.ids_named(
        session, key, Event.id, Event.name
    )
    if len(found) > 1:
        raise NotFoundError(
            QT_TRANSLATE_NOOP(
                "Events", "{count} events are called “{name}”: give the event's id."
            ).format(count=len(found), name=key)
        )
    if not found:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("Events", "There is no event called “{name}”.").format(name=key)
        )
    return found[0]


def paper_wording(event: Event) -> str:
    """What a consent from a paper sheet says it is."""
    return (
        f"Consent marked on a paper sign-in sheet at {event.name} "
        f"on {event.starts_local.date().isoformat()}."
    )


def _key(header: str) -> str:
    return " ".join(header.strip().lower().replace("_", " ").split())


def _yes(value: str, line: int, header: str) -> bool:
    text = value.strip().lower()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Events",
            "line {line}: “{value}” in the column “{header}” is neither a yes "
            "(yes, y, x, 1, sí) nor a blank or no",
        ).format(line=line, value=value.strip(), header=header)
    )


def read_signups(session: Session, event: Event, path: str | Path) -> list[tuple[int, SignUpInput]]:
    """Every row of the file as a checked sign-up, with its line; raises
    :class:`ImportFileError` naming the first problem (nothing is written here)."""
    table = read_table(path)
    if problem := duplicate_columns_problem(table):
        raise ImportFileError(problem)
    orgs = {_key(o.name): o for o in session.scalars(select(Organization))}
    orgs.update({_key(o.short_name): o for o in orgs.copy().values() if o.short_name})
    asking = consenting_organizations(session, event.id)
    questions = {}
    for question in event.questions or []:
        questions[_key(str(question.get("key", "")))] = str(question.get("key", ""))
        questions[_key(str(question.get("label", "")))] = str(question.get("key", ""))
    fields: dict[int, str] = {}
    consent_columns: dict[int, Organization] = {}
    answer_columns: dict[int, str] = {}
    for index, header in enumerate(table.headers):
        key = _key(header)
        if key in _FIELDS:
            fields[index] = _FIELDS[key]
        elif key in orgs:
            if orgs[key].id not in asking:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Events",
                        "The column “{header}” names an organization that neither hosts "
                        "“{event}” nor takes part in it: a sign-up there cannot consent to it "
                        "(add it to the event as a partner first).",
                    ).format(header=header, event=event.name)
                )
            consent_columns[index] = orgs[key]
        elif key in questions and key:
            answer_columns[index] = questions[key]
        elif key:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Events",
                    "The column “{header}” is neither a sign-up field (name, email, phone, "
                    "zip, county, language), nor an organization's name, nor one of the "
                    "event's questions.",
                ).format(header=header)
            )
    wording = paper_wording(event)
    result = []
    problems: list[str] = [
        QT_TRANSLATE_NOOP("Events", "line {line}: {problem}").format(
            line=bad.line, problem=bad.reason
        )
        for bad in table.bad_rows
    ]
    for line, row in iter_rows(table):
        try:
            data = _signup_of(
                line, row, table.headers, fields, consent_columns, answer_columns, wording
            )
            if data is None:
                continue  # an empty line of the sheet
            result.append((line, data.validated(event)))
        except ValidationError as exc:
            problems.append(
                QT_TRANSLATE_NOOP("Events", "line {line}: {problem}").format(line=line, problem=exc)
            )
        except ImportFileError as exc:
            problems.append(sentence_of(exc))
    if problems:
        raise ImportFileError(_refusal(problems))
    if not result:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Events", "{path} has no sign-ups in it.").format(path=path)
        )
    return result


_MAX_LISTED = 10  # a sheet's every problem at once, but not a thousand of them


def _refusal(problems: list[str]) -> str:
    listed = "; ".join(problems[:_MAX_LISTED])
    more = len(problems) - _MAX_LISTED
    if len(problems) == 1:
        return QT_TRANSLATE_NOOP(
            "Events", "1 line of the sheet cannot be read, so nothing was imported: {listed}."
        ).format(listed=listed)
    if more > 0:
        return QT_TRANSLATE_NOOP(
            "Events",
            "{count} lines of the sheet cannot be read, so nothing was imported: {listed}; "
            "and {more} more.",
        ).format(count=len(problems), listed=listed, more=more)
    return QT_TRANSLATE_NOOP(
        "Events", "{count} lines of the sheet cannot be read, so nothing was imported: {listed}."
    ).format(count=len(problems), listed=listed)


def _signup_of(
    line: int,
    row: list[str],
    headers: list[str],
    fields: dict[int, str],
    consent_columns: dict[int, Organization],
    answer_columns: dict[int, str],
    wording: str,
) -> SignUpInput | None:
    """One line of the sheet as a sign-up, not yet checked (None: the line is empty);
    raises :class:`ImportFileError` for a language or a box it cannot read."""
    values = {name: row[index].strip() for index, name in fields.items()}
    language = values.get("language", "")
    if language:
        if language.lower() not in _LANGUAGES:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Events", "line {line}: the language “{language}” is not English or Spanish"
                ).format(line=line, language=language)
            )
        values["language"] = _LANGUAGES[language.lower()]
    consents = {
        org.id: wording
        for index, org in consent_columns.items()
        if _yes(row[index], line, headers[index])
    }
    answers = {key: _yes(row[index], line, headers[index]) for index, key in answer_columns.items()}
    if not any(values.values()) and not consents and not any(answers.values()):
        return None
    return SignUpInput(**values, consents=consents, answers=answers, zip_confirmed=True)


@writes(QT_TRANSLATE_NOOP("Changes", "Import sign-ups"))
def import_signups(
    session: Session,
    event_id: str,
    path: str | Path,
    *,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> SignUpImportReport:
    """Bring in a sheet's sign-ups for an event: all of them, or none (see the module)."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Events", "That event does not exist."))
    rows = read_signups(session, event, path)
    # A sheet's sign-ups were made at the table: dated when the event began (or now, for
    # a sheet typed in before it: signed up ahead), so the goals count them on that day.
    at = min(now or clock.now(), event.starts_at)
    created = matched = consents = 0
    for done, (_line, data) in enumerate(rows, start=1):
        result = record_signup(session, event_id, data, now=at, source=SignUpSource.CSV)
        if result.match == SignUpMatch.NEW:
            created += 1
        else:
            matched += 1
        consents += len(data.consents)
        if progress is not None and (done % 200 == 0 or done == len(rows)):
            progress(done, len(rows))
    return SignUpImportReport(created, matched, consents)
