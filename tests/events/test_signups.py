"""Signing up at the table: checked input, one person per e-mail or phone, consents one
group at a time, the review of matches, the consent-filtered export, the CLI."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.cli import main
from coalition.common.errors import ValidationError
from coalition.events.consents import export_consented
from coalition.events.signups import (
    SignUpInput,
    ZipOutsideState,
    consent_wording,
    find_match,
    mark_reviewed,
    record_signup,
    signups_to_review,
)
from coalition.events.zipcodes import normalize_zip, state_of_zip
from coalition.store.models import Consent, Person, SignUp, SignUpMatch
from tests.events.signup_helpers import make_event


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))


def _people(session: Session) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(Person)) or 0


def test_zip_codes_say_their_state() -> None:
    assert state_of_zip("94110") == "CA"
    assert state_of_zip("93721-1234") == "CA"
    assert state_of_zip("10001") == "NY"
    assert state_of_zip("89501") == "NV"
    assert state_of_zip("73301") == "TX"
    assert state_of_zip("99501") == "AK"
    assert state_of_zip("abcde") is None
    assert normalize_zip(" 937211234 ") == "93721-1234"
    with pytest.raises(ValueError, match="ZIP code"):
        normalize_zip("9372")


def test_each_bad_value_is_a_sentence_naming_its_field(session: Session) -> None:
    event = make_event(session)
    with pytest.raises(ValidationError) as caught:
        SignUpInput(name="Ana", email="ana@", phone="12", postal_code="9x").validated(event)
    problems = caught.value.problems
    assert set(problems) == {"email", "phone", "postal_code"}
    assert "e-mail address" in problems["email"]
    assert "phone number" in problems["phone"]
    assert "ZIP code" in problems["postal_code"]
    with pytest.raises(ValidationError) as caught:
        SignUpInput(name="Ana").validated(event)
    assert "name and ZIP code" in caught.value.problems["name"]


def test_a_zip_outside_the_state_is_asked_then_taken(session: Session) -> None:
    event = make_event(session)
    data = SignUpInput(name="Ana Ruiz", postal_code="89501")
    with pytest.raises(ZipOutsideState) as caught:
        data.validated(event)
    assert (caught.value.zip_state, caught.value.event_state) == ("NV", "CA")
    data.zip_confirmed = True
    assert data.validated(event).postal_code == "89501"


def test_signup_makes_a_person_with_e164_and_consents_per_group(session: Session, make_org) -> None:
    yes, partner = make_org("Yes California"), make_org("Fresno Votes")
    event = make_event(session, hosts=[yes], partners=[partner])
    result = record_signup(
        session,
        event.id,
        SignUpInput(
            name="Ana  Ruiz",
            email="Ana@Example.ORG",
            phone="(559) 555-0142",
            postal_code="93721",
            county="Fresno",
            language="es",
            consents={yes.id: consent_wording("Yes California")},
            answers={"volunteer": True, "pledge": False},
        ),
    )
    assert result.match == SignUpMatch.NEW
    sign_up = session.get(SignUp, result.sign_up_id)
    assert sign_up is not None
    assert (sign_up.name, sign_up.email, sign_up.phone) == (
        "Ana Ruiz",
        "Ana@example.org",
        "+15595550142",
    )
    assert sign_up.answers == {"volunteer": True, "pledge": False}
    person = session.get(Person, result.person_id)
    assert person is not None
    assert (person.name, person.postal_code, person.county, person.state) == (
        "Ana Ruiz",
        "93721",
        "Fresno",
        "CA",
    )
    assert [p.number for p in person.phones] == ["+1 559-555-0142"]
    consents = session.scalars(select(Consent)).all()
    assert [(c.organization_id, c.wording) for c in consents] == [
        (yes.id, "I agree that Yes California may contact me about its work.")
    ]  # the partner's box was not ticked: no consent to it


def test_same_email_other_case_is_one_person_and_nothing_is_overwritten(
    session: Session, make_person
) -> None:
    event = make_event(session)
    known = make_person("Ana Ruiz", emails=["ana@example.org"], phones=["559-555-0100"])
    result = record_signup(
        session,
        event.id,
        SignUpInput(
            name="Ana R.", email="ANA@example.org", phone="559 555 0199", postal_code="93721"
        ),
    )
    assert (result.person_id, result.match) == (known.id, SignUpMatch.EMAIL)
    assert _people(session) == 1
    person = session.get(Person, known.id)
    assert person is not None
    assert person.name == "Ana Ruiz"  # never overwritten
    assert [p.number for p in person.phones] == ["+1 559-555-0100", "+1 559-555-0199"]
    assert person.postal_code == "93721"  # was missing: added


def test_walk_in_with_a_phone_only_then_found_by_it(session: Session, make_person) -> None:
    event = make_event(session)
    first = record_signup(session, event.id, SignUpInput(phone="559-555-0142"))
    assert first.match == SignUpMatch.NEW
    person = session.get(Person, first.person_id)
    assert person is not None and person.name == "+1 559-555-0142"
    again = record_signup(session, event.id, SignUpInput(name="Luis", phone="+15595550142"))
    assert (again.person_id, again.match) == (first.person_id, SignUpMatch.PHONE)
    # A number an older record wrote its own way is found too.
    make_person("Old Record", phones=["(916) 555-0100"])
    assert find_match(session, "", "+19165550100", "", "") is not None


def test_name_and_zip_match_and_the_review(session: Session, make_person) -> None:
    event = make_event(session)
    known = make_person("Luis Ortega")
    record_signup(session, event.id, SignUpInput(name="Luis Ortega", postal_code="93721"))
    # The first sign-up gave the ZIP to nobody: Luis had none, so a new person.
    assert _people(session) == 2
    session.get(Person, known.id).postal_code = "93721-4000"  # type: ignore[union-attr]
    session.commit()
    result = record_signup(session, event.id, SignUpInput(name="luis ortega", postal_code="93721"))
    assert result.match == SignUpMatch.NAME_ZIP
    items = signups_to_review(session)
    assert [(i.match, i.typed["name"]) for i in items] == [(SignUpMatch.NAME_ZIP, "luis ortega")]
    assert items[0].event_name == "Fresno County Fair table"
    assert mark_reviewed(session, [items[0].sign_up_id]) == 1
    assert signups_to_review(session) == []


def test_a_walk_in_known_by_name_and_zip_alone_is_found_when_they_sign_up_again(
    session: Session,
) -> None:
    event = make_event(session)
    first = record_signup(session, event.id, SignUpInput(name="Luis Ortega", postal_code="93721"))
    again = record_signup(session, event.id, SignUpInput(name="luis ortega", postal_code="93721"))
    assert (again.person_id, again.match) == (first.person_id, SignUpMatch.NAME_ZIP)
    assert _people(session) == 1
    # Listed among the others by name, as anyone typed into the directory.
    record_signup(session, event.id, SignUpInput(name="Ana Ruiz", email="ana@example.org"))
    assert [p.name for p in session.scalars(select(Person).order_by(Person.sort_name))] == [
        "Ana Ruiz",
        "Luis Ortega",
    ]


def test_export_has_only_those_who_consented_to_that_group(
    session: Session, make_org, tmp_path: Path
) -> None:
    yes, other = make_org("Yes California"), make_org("Fresno Votes")
    event = make_event(session, hosts=[yes, other])
    record_signup(
        session,
        event.id,
        SignUpInput(name="Ana", email="ana@example.org", consents={yes.id: "Yes, Yes California…"}),
    )
    record_signup(
        session,
        event.id,
        SignUpInput(name="Ben", email="ben@example.org", consents={other.id: "Sí, Fresno Votes…"}),
    )
    record_signup(session, event.id, SignUpInput(name="Cy", email="cy@example.org"))
    out = tmp_path / "yes.csv"
    assert export_consented(session, yes.id, out) == 1
    rows = _read(out)
    assert [(r["name"], r["email"], r["consent_wording"]) for r in rows] == [
        ("Ana", "ana@example.org", "Yes, Yes California…")
    ]
    assert rows[0]["consent_date"]
    # A consent withdrawn takes the person off the list.
    consent = session.scalars(select(Consent).where(Consent.organization_id == yes.id)).one()
    consent.withdrawn_at = consent.given_at
    session.commit()
    assert export_consented(session, yes.id, out) == 0
    assert _read(out) == []
    # From the command line, the other group's list.
    out2 = tmp_path / "fresno.csv"
    db_url = str(session.get_bind().url.database)
    assert (
        main(["--db", db_url, "export-consented", "--organization", "fresno votes", str(out2)]) == 0
    )
    assert [r["name"] for r in _read(out2)] == ["Ben"]


def test_a_groups_list_is_asked_for_by_its_name_in_any_case_or_accents(
    session: Session, make_org
) -> None:
    """`export-consented --organization` finds "Ángeles Unidos" typed in capitals, or
    without its accent, as the other commands do."""
    from coalition.events.consents import find_organization

    angeles = make_org("Ángeles Unidos")
    assert find_organization(session, "ÁNGELES UNIDOS").id == angeles.id
    assert find_organization(session, "angeles unidos").id == angeles.id
