"""Paper sign-in sheets as an event's sign-ups: all or nothing, matched as at the kiosk,
consents as columns named after each group."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.common.errors import ImportFileError
from coalition.events.signup_import import import_signups
from coalition.store.models import Consent, Person, SignUp, SignUpMatch, SignUpSource
from profile_helpers import set_profile_in
from tests.events.signup_helpers import make_event


def _count(session: Session, model: type) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model)) or 0


GOOD = (
    "name,email,phone,zip,county,language,Yes California,Fresno Votes,volunteer\n"
    "Ana Ruiz,ana@example.org,559-555-0142,93721,Fresno,Español,sí,,x\n"
    "Ben Cho,,(559) 555-0143,93722,Fresno,English,,yes,\n"
    "Cy Dee,CY@EXAMPLE.ORG,,,,,X,Y,no\n"
)


def test_a_good_sheet_comes_in_whole(
    session: Session, make_org, make_person, tmp_path: Path
) -> None:
    yes, fresno = make_org("Yes California"), make_org("Fresno Votes")
    event = make_event(session, hosts=[yes], partners=[fresno])
    known = make_person("Cy Dee", emails=["cy@example.org"])
    path = tmp_path / "sheet.csv"
    path.write_text(GOOD, encoding="cp1252")  # a spreadsheet's export on Windows
    seen: list[tuple[int, int]] = []
    report = import_signups(session, event.id, path, progress=lambda d, t: seen.append((d, t)))
    assert (report.created, report.matched, report.consents) == (2, 1, 4)
    assert seen[-1] == (3, 3)
    sign_ups = session.scalars(select(SignUp).order_by(SignUp.name)).all()
    assert [(s.name, s.source, s.match) for s in sign_ups] == [
        ("Ana Ruiz", SignUpSource.CSV, SignUpMatch.NEW),
        ("Ben Cho", SignUpSource.CSV, SignUpMatch.NEW),
        ("Cy Dee", SignUpSource.CSV, SignUpMatch.EMAIL),
    ]
    assert sign_ups[0].language == "es" and sign_ups[0].answers == {"volunteer": True}
    assert _count(session, Person) == 3  # Cy was there already
    ana = session.scalars(select(Consent).join(SignUp, SignUp.id == Consent.sign_up_id)).all()
    assert {c.wording for c in ana} == {
        "Consent marked on a paper sign-in sheet at Fresno County Fair table on 2026-09-12."
    }
    cy = [c.organization_id for c in ana if c.person_id == known.id]
    assert sorted(cy) == sorted([yes.id, fresno.id])


def test_a_bad_row_refuses_the_file_and_stores_nothing(
    session: Session, make_org, tmp_path: Path
) -> None:
    event = make_event(session, hosts=[make_org("Yes California")])
    path = tmp_path / "sheet.csv"
    path.write_text(
        "name,email,phone,zip,Yes California,language\n"
        "Ana Ruiz,ana@example.org,,93721,yes,\n"
        "Ben Cho,ben@,,93722,,\n"
        "Cy Park,cy@example.org,,93723,maybe,\n"
        "Di Lee,di@example.org,,93724,,Klingon\n",
        encoding="utf-8",
    )
    # Every line that cannot be read is named at once: a sheet is fixed in one go.
    with pytest.raises(ImportFileError) as refused:
        import_signups(session, event.id, path)
    assert str(refused.value) == (
        "3 lines of the sheet cannot be read, so nothing was imported: "
        "line 3: The e-mail address “ben@” is not valid: there must be something after the "
        "@-sign; "
        "line 4: “maybe” in the column “Yes California” is neither a yes (yes, y, x, 1, sí) "
        "nor a blank or no; "
        "line 5: the language “Klingon” is not English or Spanish."
    )
    assert _count(session, SignUp) == _count(session, Person) == _count(session, Consent) == 0
    path.write_text("name,zip,Yes California\nAna,93721,maybe\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"^1 line of the sheet cannot be read.*: line 2: "):
        import_signups(session, event.id, path)
    path.write_text("name,zip,Nobody Org\nAna,93721,x\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="The column “Nobody Org” is neither"):
        import_signups(session, event.id, path)
    assert _count(session, SignUp) == 0


def test_a_duplicated_header_is_refused(session: Session, tmp_path: Path) -> None:
    event = make_event(session)
    path = tmp_path / "sheet.csv"
    path.write_text("name,email,Email\nAna,a@example.org,b@example.org\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="appears twice"):
        import_signups(session, event.id, path)
    assert _count(session, SignUp) == 0


def test_from_the_command_line(session: Session, make_org, tmp_path: Path, capsys) -> None:
    make_event(
        session,
        name="Día del Ángel",
        hosts=[make_org("Yes California")],
        partners=[make_org("Fresno Votes")],
    )
    path = tmp_path / "sheet.csv"
    path.write_text(GOOD, encoding="utf-8")
    db = str(session.get_bind().url.database)
    set_profile_in(session)
    session.close()
    # Named as it is shown, capital accented letters and all (SQLite's lower() folds A-Z only).
    argv = ["--db", db, "import-csv", "--kind", "signups", "--event", "DÍA DEL ÁNGEL", str(path)]
    assert main(argv) == 0
    assert "Imported 3 sign-ups: 3 new people" in capsys.readouterr().out
    assert main(["--db", db, "import-csv", "--kind", "signups", str(path)]) != 0
    assert "needs --event" in capsys.readouterr().err


def test_a_column_of_a_group_not_at_the_event_is_refused(
    session: Session, make_org, tmp_path: Path
) -> None:
    """Signing up with one group is not consent for another: a sheet's column may only
    name a group that hosts the event or takes part in it, as the kiosk's boxes do."""
    make_org("Red Oregon")
    event = make_event(session, hosts=[make_org("Yes California")])
    path = tmp_path / "sheet.csv"
    path.write_text("name,zip,Yes California,Red Oregon\nAna,93721,x,x\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="“Red Oregon” names an organization that neither"):
        import_signups(session, event.id, path)
    assert _count(session, SignUp) == _count(session, Consent) == 0


def test_a_sheet_is_dated_when_its_event_began(session: Session, make_org, tmp_path: Path) -> None:
    """Typed in months later, the sheet's sign-ups and consents count on the event's day."""
    import datetime as dt

    event = make_event(session, hosts=[make_org("Yes California")])
    path = tmp_path / "sheet.csv"
    path.write_text("name,zip,Yes California\nAna,93721,x\n", encoding="utf-8")
    later = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    import_signups(session, event.id, path, now=later)
    session.expire_all()
    sign_up = session.scalars(select(SignUp)).one()
    consent = session.scalars(select(Consent)).one()
    began = dt.datetime(2026, 9, 12, 17, 0, tzinfo=dt.UTC)
    assert sign_up.signed_at == began and consent.given_at == began


def test_two_events_of_one_name_are_not_chosen_between(
    session: Session, make_org, tmp_path: Path, capsys
) -> None:
    """Two events called alike: the sheet goes to neither until the id says which."""
    import datetime as dt

    hosts = [make_org("Yes California")]
    first = make_event(session, hosts=hosts)
    second = make_event(
        session,
        hosts=hosts,
        starts_local=dt.datetime(2026, 9, 19, 10, 0),
        ends_local=dt.datetime(2026, 9, 19, 16, 0),
        starts_at=dt.datetime(2026, 9, 19, 17, 0, tzinfo=dt.UTC),
    )
    path = tmp_path / "sheet.csv"
    path.write_text("name,zip,Yes California\nAna,93721,x\n", encoding="utf-8")
    db = str(session.get_bind().url.database)
    set_profile_in(session)
    session.close()
    base = ["--db", db, "import-csv", "--kind", "signups"]
    assert main([*base, "--event", "fresno county fair table", str(path)]) != 0
    assert "2 events are called" in capsys.readouterr().err
    # The short id `coalition events` prints names one of them.
    assert main(["--db", db, "events", "--all"]) == 0
    listed = capsys.readouterr().out
    assert second.id[-8:] in listed and first.id[-8:] in listed
    assert main([*base, "--event", second.id[-8:], str(path)]) == 0
    capsys.readouterr()
    with session.get_bind().connect() as conn:
        assert conn.scalar(select(SignUp.event_id)) == second.id
