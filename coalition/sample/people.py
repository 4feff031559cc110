"""The sample's people: every one invented, with example.org addresses and 555-01xx numbers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.common.states import BY_CODE
from coalition.directory import records as directory
from coalition.directory.records import MembershipInput, PersonInput
from coalition.sample.records import (
    CALCONCON,
    CFC,
    CFC_ADV,
    CFC_EDU,
    CNP,
    COALITION,
    LIBERTY_BLOCK,
    RED_IL,
    RED_NY,
    RED_OR,
    RED_PA,
    YESCAL,
    chapter,
    flushed,
)
from coalition.store.models import Organization, Person


@dataclass(frozen=True)
class _Role:
    org: str
    role: str
    since: str | None = None
    until: str | None = None
    represents: str = ""


@dataclass(frozen=True)
class _Person:
    name: str
    state: str
    emails: tuple[str, ...]
    roles: tuple[_Role, ...]
    language: str = "en"
    notes: str = ""


_AREA_CODE = {
    "CA": "916",
    "OR": "503",
    "SC": "803",
    "IL": "217",
    "IN": "317",
    "ND": "701",
    "NH": "603",
    "AZ": "602",
    "NY": "518",
    "PA": "717",
    "OK": "405",
    "WY": "307",
    "CO": "303",
}

PEOPLE: tuple[_Person, ...] = (
    # California
    _Person(
        "Marisol Vega-Ortiz",
        "CA",
        ("marisol.vega@example.org", "cnp.chair@example.org"),
        (
            _Role(CNP, QT_TRANSLATE_NOOP("Sample", "Chair"), "2019-05-18"),
            _Role(COALITION, QT_TRANSLATE_NOOP("Sample", "California liaison"), "2025-02-04"),
        ),
        language="es",
    ),
    _Person(
        "Kenji Watanabe",
        "CA",
        ("kenji.watanabe@example.org",),
        (_Role(CNP, QT_TRANSLATE_NOOP("Sample", "Secretary"), "2021-03-06"),),
    ),
    _Person(
        "Lan Nguyen",
        "CA",
        ("lan.nguyen@example.org",),
        (_Role(CNP, QT_TRANSLATE_NOOP("Sample", "Treasurer"), "2022-01-15"),),
    ),
    _Person(
        "Fatima Haddad",
        "CA",
        ("fatima.haddad@example.org", "cnp.volunteers@example.org"),
        (_Role(CNP, QT_TRANSLATE_NOOP("Sample", "Volunteer coordinator"), "2023-08-12"),),
    ),
    _Person(
        "Priya Raman",
        "CA",
        ("priya.raman@example.org", "cfc.director@example.org"),
        (_Role(CFC, QT_TRANSLATE_NOOP("Sample", "Executive director"), "2020-10-01"),),
    ),
    _Person(
        "Elena Sokolova",
        "CA",
        ("elena.sokolova@example.org",),
        (_Role(CFC, QT_TRANSLATE_NOOP("Sample", "Signature drive coordinator"), "2026-09-01"),),
    ),
    _Person(
        "Jorge Ramírez",
        "CA",
        ("jorge.ramirez@example.org",),
        (_Role(CFC, QT_TRANSLATE_NOOP("Sample", "Spanish-language outreach"), "2024-04-20"),),
        language="es",
    ),
    _Person(
        "Hamid Karimi",
        "CA",
        ("hamid.karimi@example.org",),
        (_Role(CFC, QT_TRANSLATE_NOOP("Sample", "Volunteer"), "2025-06-07"),),
    ),
    _Person(
        "Tomás Herrera",
        "CA",
        ("tomas.herrera@example.org",),
        (_Role(CFC_EDU, QT_TRANSLATE_NOOP("Sample", "Board chair"), "2021-01-09"),),
        language="es",
    ),
    _Person(
        "Grace Adeyemi",
        "CA",
        ("grace.adeyemi@example.org",),
        (_Role(CFC_ADV, QT_TRANSLATE_NOOP("Sample", "Board chair"), "2021-01-09"),),
    ),
    _Person(
        "Samuel Kahananui",
        "CA",
        ("samuel.kahananui@example.org",),
        (_Role(CALCONCON, QT_TRANSLATE_NOOP("Sample", "Organizer"), "2018-02-10"),),
    ),
    _Person(
        "Rosa Delgado",
        "CA",
        ("rosa.delgado@example.org",),
        (_Role(CALCONCON, QT_TRANSLATE_NOOP("Sample", "Coalition liaison"), "2026-09-15"),),
        language="es",
    ),
    _Person(
        "Wei Chen",
        "CA",
        ("wei.chen@example.org",),
        (
            _Role(
                YESCAL,
                QT_TRANSLATE_NOOP("Sample", "Volunteer coordinator"),
                "2017-01-14",
                "2017-12-31",
            ),
        ),
    ),
    _Person(
        "Sofía Martínez",
        "CA",
        ("sofia.martinez@example.org",),
        (
            _Role(YESCAL, QT_TRANSLATE_NOOP("Sample", "Member"), "2017-02-01", "2018-06-30"),
            _Role(CFC, QT_TRANSLATE_NOOP("Sample", "Volunteer"), "2026-10-03"),
        ),
        language="es",
    ),
    _Person(
        "Aaliyah Brooks",
        "CA",
        ("aaliyah.brooks@example.org", "coalition.calls.series@example.org"),
        (_Role(COALITION, QT_TRANSLATE_NOOP("Sample", "Coalition coordinator"), "2024-11-12"),),
        notes="Hosts the weekly call, every Tuesday at 5:30 Pacific.",
    ),
    # Oregon
    _Person(
        "Colton Hayes",
        "OR",
        ("colton.hayes@example.org",),
        (
            _Role(
                COALITION,
                QT_TRANSLATE_NOOP("Sample", "Oregon representative"),
                "2025-03-11",
                represents="OR",
            ),
            _Role(RED_OR, QT_TRANSLATE_NOOP("Sample", "Liaison"), "2025-09-02"),
        ),
        notes="Represents the eleventh state, which the texts do not name: Oregon is "
        "the sample's guess (invented).",
    ),
    _Person(
        "Marguerite Olsen",
        "OR",
        ("marguerite.olsen@example.org",),
        (_Role(RED_OR, QT_TRANSLATE_NOOP("Sample", "Contact"), "2025-09-02"),),
    ),
    # South Carolina
    _Person(
        "Michael Tran",
        "SC",
        ("michael.tran@example.org", "mike.sc@example.org"),
        (
            _Role(
                chapter("SC"), QT_TRANSLATE_NOOP("Sample", "Founder"), "2024-10-08", represents="SC"
            ),
        ),
        notes="After 'Michael from South Carolina' of the article, whose post inspired "
        "the tailored messages; his surname, dates and contacts are invented.",
    ),
    _Person(
        "Bethany Culpepper",
        "SC",
        ("bethany.culpepper@example.org",),
        (_Role(chapter("SC"), QT_TRANSLATE_NOOP("Sample", "Page moderator"), "2024-10-15"),),
    ),
    # Illinois
    _Person(
        "Lukas Nowak",
        "IL",
        ("lukas.nowak@example.org",),
        (_Role(RED_IL, QT_TRANSLATE_NOOP("Sample", "Organizer"), "2024-09-21", represents="IL"),),
    ),
    _Person(
        "Deborah Kim",
        "IL",
        ("deborah.kim@example.org",),
        (_Role(RED_IL, QT_TRANSLATE_NOOP("Sample", "Member"), "2025-01-18"),),
    ),
    # Indiana
    _Person(
        "Raymond Oyelaran",
        "IN",
        ("raymond.oyelaran@example.org",),
        (
            _Role(
                chapter("IN"),
                QT_TRANSLATE_NOOP("Sample", "Indiana representative"),
                "2024-09-21",
                represents="IN",
            ),
        ),
    ),
    _Person(
        "Hannah Stoltzfus",
        "IN",
        ("hannah.stoltzfus@example.org",),
        (_Role(chapter("IN"), QT_TRANSLATE_NOOP("Sample", "Member"), "2025-04-05"),),
    ),
    # North Dakota
    _Person(
        "Erik Halvorsen",
        "ND",
        ("erik.halvorsen@example.org",),
        (
            _Role(
                chapter("ND"),
                QT_TRANSLATE_NOOP("Sample", "North Dakota representative"),
                "2024-09-21",
                represents="ND",
            ),
        ),
    ),
    _Person(
        "Naomi Bergstrom",
        "ND",
        ("naomi.bergstrom@example.org",),
        (_Role(chapter("ND"), QT_TRANSLATE_NOOP("Sample", "Member"), "2025-02-22"),),
    ),
    # New Hampshire
    _Person(
        "Patrick Dubois",
        "NH",
        ("patrick.dubois@example.org",),
        (
            _Role(
                chapter("NH"),
                QT_TRANSLATE_NOOP("Sample", "New Hampshire representative"),
                "2024-09-21",
                represents="NH",
            ),
        ),
        language="fr",
    ),
    _Person(
        "Caleb Whitfield",
        "NH",
        ("caleb.whitfield@example.org",),
        (_Role(LIBERTY_BLOCK, QT_TRANSLATE_NOOP("Sample", "Spokesperson"), "2024-09-21"),),
    ),
    # Arizona
    _Person(
        "Yolanda Begay",
        "AZ",
        ("yolanda.begay@example.org",),
        (
            _Role(
                chapter("AZ"),
                QT_TRANSLATE_NOOP("Sample", "Arizona representative"),
                "2024-09-21",
                represents="AZ",
            ),
        ),
    ),
    _Person(
        "Ignacio Fuentes",
        "AZ",
        ("ignacio.fuentes@example.org",),
        (_Role(chapter("AZ"), QT_TRANSLATE_NOOP("Sample", "Member"), "2025-05-10"),),
        language="es",
    ),
    # New York
    _Person(
        "Anthony Russo",
        "NY",
        ("anthony.russo@example.org",),
        (_Role(RED_NY, QT_TRANSLATE_NOOP("Sample", "Organizer"), "2024-10-22", represents="NY"),),
    ),
    _Person(
        "Shanice Williams",
        "NY",
        ("shanice.williams@example.org",),
        (_Role(RED_NY, QT_TRANSLATE_NOOP("Sample", "Social media"), "2025-03-01"),),
    ),
    # Pennsylvania
    _Person(
        "Gregory Mueller",
        "PA",
        ("gregory.mueller@example.org",),
        (_Role(RED_PA, QT_TRANSLATE_NOOP("Sample", "Organizer"), "2024-10-22", represents="PA"),),
    ),
    _Person(
        "Amara Nwosu",
        "PA",
        ("amara.nwosu@example.org",),
        (_Role(RED_PA, QT_TRANSLATE_NOOP("Sample", "Treasurer"), "2025-01-11"),),
    ),
    # Oklahoma
    _Person(
        "Travis Harjo",
        "OK",
        ("travis.harjo@example.org",),
        (
            _Role(
                chapter("OK"),
                QT_TRANSLATE_NOOP("Sample", "Oklahoma representative"),
                "2024-10-22",
                represents="OK",
            ),
        ),
    ),
    # Wyoming: a former representative and the one who took over, so the history shows
    _Person(
        "Dale Eriksen",
        "WY",
        ("dale.eriksen@example.org",),
        (
            _Role(
                chapter("WY"),
                QT_TRANSLATE_NOOP("Sample", "Wyoming representative"),
                "2024-10-22",
                "2026-03-31",
                represents="WY",
            ),
        ),
        notes="Stepped down as representative in March 2026.",
    ),
    _Person(
        "Shelby Cordova",
        "WY",
        ("shelby.cordova@example.org",),
        (
            _Role(
                chapter("WY"), QT_TRANSLATE_NOOP("Sample", "Page admin"), "2025-07-19", "2026-04-13"
            ),
            _Role(
                chapter("WY"),
                QT_TRANSLATE_NOOP("Sample", "Wyoming representative"),
                "2026-04-14",
                represents="WY",
            ),
        ),
    ),
    # Colorado: a page, no representative
    _Person(
        "Maya Goldberg",
        "CO",
        ("maya.goldberg@example.org",),
        (_Role(chapter("CO"), QT_TRANSLATE_NOOP("Sample", "Page admin"), "2026-05-16"),),
    ),
)


def load_people(session: Session, orgs: dict[str, Organization]) -> dict[str, Person]:
    """Create every person with their memberships; by name."""
    people: dict[str, Person] = {}
    for number, item in enumerate(PEOPLE):
        phone = f"+1 {_AREA_CODE[item.state]}-555-{100 + number:04d}"
        person = flushed(
            session,
            directory.create_person(
                session,
                PersonInput(
                    name=item.name,
                    emails=list(item.emails),
                    phones=[phone],
                    state=item.state,
                    language=item.language,
                    time_zone=BY_CODE[item.state].time_zone,
                    notes=item.notes,
                ),
            ),
        )
        people[item.name] = person
        for role in item.roles:
            directory.add_membership(
                session,
                MembershipInput(
                    person_id=person.id,
                    organization_id=orgs[role.org].id,
                    role=shown(role.role),
                    since=role.since,
                    until=role.until,
                    represents_state=role.represents,
                ),
            )
    return people
