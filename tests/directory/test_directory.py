"""The directory of allies: what an organizer types, what is stored, what is refused.

Also the state coverage (the "pages in 20 states; we are in 11" goal), which is counted
from the directory's memberships and pages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common import clock
from coalition.common.errors import NotFoundError, ValidationError
from coalition.common.states import BY_CODE, Coverage
from coalition.directory import records as directory
from coalition.directory.deletion import delete_organization, delete_person
from coalition.directory.records import (
    MembershipInput,
    OrganizationInput,
    PersonInput,
    SocialPageInput,
)
from coalition.endorsements.records import EndorsementInput, record_endorsement
from coalition.goals.coverage import DEFAULT_GOAL, state_coverage
from coalition.store import Database
from coalition.store.models import (
    Campaign,
    Endorsement,
    Membership,
    Organization,
    OrganizationTag,
    OrgKind,
    OrgStatus,
    Person,
    PersonEmail,
    PersonPhone,
    SocialPage,
    Tag,
)

# The instant these tests run at: the clock stands still there for each of them, so that a
# run that crosses midnight agrees with itself about "today".
NOW = clock.now()
TODAY = NOW.astimezone().date()


@pytest.fixture(autouse=True)
def _clock_stands_still() -> Iterator[None]:
    with clock.frozen_at(NOW):
        yield


# --- organizations -------------------------------------------------------------------


def test_create_organization_stores_cleaned_values(session: Session) -> None:
    org = directory.create_organization(
        session,
        OrganizationInput(
            name="  Yes California  ",
            short_name=" YesCA ",
            kind="Political party",
            home_state="california",
            founded_on="2015-01-15",
            website="yescalifornia.example.org",
            status="prospective",
            notes=" founded in San Diego ",
        ),
    )
    session.expire_all()
    stored = directory.get_organization(session, org.id)
    assert stored.name == "Yes California"
    assert stored.short_name == "YesCA"
    assert stored.kind == OrgKind.POLITICAL_PARTY
    assert stored.home_state == "CA"
    assert stored.founded_on == dt.date(2015, 1, 15)
    assert stored.website == "https://yescalifornia.example.org"
    assert stored.status == OrgStatus.PROSPECTIVE
    assert stored.notes == "founded in San Diego"


def test_region_name_is_kept_but_unknown_state_code_is_refused(session: Session) -> None:
    org = directory.create_organization(
        session, OrganizationInput(name="Cascadia Now", home_state="Cascadia")
    )
    assert org.home_state == "Cascadia"
    with pytest.raises(ValidationError) as caught:
        directory.create_organization(session, OrganizationInput(name="Somewhere", home_state="ZZ"))
    assert set(caught.value.problems) == {"home_state"}
    assert "ZZ" in caught.value.problems["home_state"]


def test_invalid_organization_names_every_bad_field_and_stores_nothing(
    session: Session, count_rows, change_log_count
) -> None:
    with pytest.raises(ValidationError) as caught:
        directory.create_organization(
            session,
            OrganizationInput(
                name="   ",
                kind="secret society",
                home_state="XQ",
                founded_on="1492-10-12",
                website="not a web site",
                status="sleeping",
                tags=["new-tag"],
                social_pages=[SocialPageInput("Facebook", "facebook")],
            ),
        )
    problems = caught.value.problems
    assert set(problems) == {
        "name",
        "kind",
        "home_state",
        "founded_on",
        "website",
        "status",
        "social_pages.0",
    }
    assert "name" in problems["name"] and "empty" in problems["name"]
    assert "1492-10-12" in problems["founded_on"] and "1776" in problems["founded_on"]
    assert "not a web site" in problems["website"]
    assert "facebook" in problems["social_pages.0"]
    # Every message is shown to the user as one sentence each.
    assert all(msg in str(caught.value) for msg in problems.values())
    for model in (Organization, Tag, OrganizationTag, SocialPage):
        assert count_rows(model) == 0
    assert change_log_count() == 0


def test_founding_date_in_the_future_is_refused(session: Session, count_rows) -> None:
    with pytest.raises(ValidationError) as caught:
        directory.create_organization(
            session,
            OrganizationInput(name="Tomorrow's Party", founded_on=TODAY + dt.timedelta(days=1)),
        )
    assert set(caught.value.problems) == {"founded_on"}
    assert "future" in caught.value.problems["founded_on"]
    assert count_rows(Organization) == 0
    # Today itself is fine.
    assert (
        directory.create_organization(
            session, OrganizationInput(name="Today", founded_on=TODAY)
        ).founded_on
        == TODAY
    )


def test_date_not_a_date_is_named(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        directory.create_organization(session, OrganizationInput(name="X", founded_on="15/01/2015"))
    assert "YYYY-MM-DD" in caught.value.problems["founded_on"]


def test_failed_update_leaves_organization_unchanged(session: Session, make_org) -> None:
    org = make_org("Yes California", website="https://yes.example.org", tags=["independence"])
    with pytest.raises(ValidationError) as caught:
        directory.update_organization(
            session, org.id, OrganizationInput(name="Renamed", website="bad url", tags=["other"])
        )
    assert set(caught.value.problems) == {"website"}
    session.expire_all()
    stored = directory.get_organization(session, org.id)
    assert (stored.name, stored.website, stored.tags) == (
        "Yes California",
        "https://yes.example.org",
        ["independence"],
    )


def test_update_organization(session: Session, make_org) -> None:
    org = make_org(
        "Yes California",
        tags=["independence"],
        social_pages=[SocialPageInput("X", "x.com/yesca", 10)],
    )
    data = directory.organization_input(org)
    data.name = "Yes California Independence Campaign"
    data.tags = ["Independence", "Ballot"]
    data.social_pages = [
        SocialPageInput("X", "https://x.com/yesca", "2,500"),
        SocialPageInput("Facebook", "facebook.com/yesca"),
    ]
    directory.update_organization(session, org.id, data)
    session.expire_all()
    stored = directory.get_organization(session, org.id)
    assert stored.name == "Yes California Independence Campaign"
    assert stored.tags == ["ballot", "independence"]
    assert [(p.platform, p.url, p.followers) for p in stored.social_pages] == [
        ("Facebook", "https://facebook.com/yesca", None),
        ("X", "https://x.com/yesca", 2500),
    ]


def test_tags_are_lower_cased_deduplicated_and_shared(
    session: Session, make_org, count_rows
) -> None:
    first = make_org(
        "Yes California", tags=["Independence", " independence ", "INDEPENDENCE", "", "CA"]
    )
    second = make_org("Calexit", tags=["independence"])
    assert first.tags == ["ca", "independence"]
    assert second.tags == ["independence"]
    assert count_rows(Tag) == 2  # one "independence" tag, shared by both
    directory.update_organization(
        session, first.id, OrganizationInput(name="Yes California", tags=[])
    )
    session.expire_all()
    assert directory.get_organization(session, first.id).tags == []
    assert directory.get_organization(session, second.id).tags == ["independence"]


def test_social_pages(session: Session, make_org) -> None:
    org = make_org(
        "Yes California",
        social_pages=[
            SocialPageInput("Facebook", "facebook.com/yescalifornia", "12,345"),
            SocialPageInput("X", "https://x.com/yescalifornia"),
        ],
    )
    assert [(p.platform, p.url, p.followers) for p in org.social_pages] == [
        ("Facebook", "https://facebook.com/yescalifornia", 12345),
        ("X", "https://x.com/yescalifornia", None),
    ]
    with pytest.raises(ValidationError) as caught:
        make_org(
            "Other",
            social_pages=[SocialPageInput("", "x.com/o"), SocialPageInput("X", "x.com/o", -3)],
        )
    assert "platform" in caught.value.problems["social_pages.0"]
    assert "negative" in caught.value.problems["social_pages.1"]


def test_organization_cannot_be_its_own_parent(session: Session, make_org) -> None:
    org = make_org("Yes California")
    with pytest.raises(ValidationError) as caught:
        directory.update_organization(
            session, org.id, OrganizationInput(name="Yes California", parent_id=org.id)
        )
    assert set(caught.value.problems) == {"parent_id"}
    session.expire_all()
    assert directory.get_organization(session, org.id).parent_id is None


def test_chapter_with_missing_parent_is_a_validation_error(
    session: Session, make_org, count_rows
) -> None:
    with pytest.raises(ValidationError) as caught:
        make_org("Yes California San Diego", parent_id="no-such-id")
    assert set(caught.value.problems) == {"parent_id"}
    assert count_rows(Organization) == 0


def test_chapter_can_be_added_in_a_later_session(db: Database) -> None:
    """A chapter is usually added long after its parent, which is then not in the session."""
    with db.session() as s:
        parent = directory.create_organization(s, OrganizationInput(name="Yes California"))
    with db.session() as s:
        chapter = directory.create_organization(
            s,
            OrganizationInput(
                name="Yes California San Diego", parent_id=parent.id, kind="state_chapter"
            ),
        )
        assert chapter.parent_id == parent.id


def test_chapter_of_an_organization_in_the_same_session(session: Session, make_org) -> None:
    parent = make_org("Yes California")
    chapter = make_org("Yes California San Diego", parent_id=parent.id, kind="state chapter")
    session.expire_all()
    assert directory.get_organization(session, chapter.id).parent.name == "Yes California"


def test_organization_impact_and_delete(
    session: Session, make_org, make_person, make_campaign, count_rows
) -> None:
    org = make_org(
        "Yes California", tags=["independence"], social_pages=[SocialPageInput("X", "x.com/yes")]
    )
    chapter = make_org("Yes California San Diego", parent_id=org.id, kind=OrgKind.STATE_CHAPTER)
    ally = make_org("Calexit Now")
    campaign = make_campaign("Calexit 2028", owner_id=org.id)
    jane = make_person("Jane Doe")
    luis = make_person("Luis Ortega")
    directory.add_membership(session, MembershipInput(jane.id, org.id, role="Chair"))
    directory.add_membership(session, MembershipInput(luis.id, org.id, role="Treasurer"))
    directory.add_membership(session, MembershipInput(luis.id, ally.id, role="Member"))
    record_endorsement(
        session,
        EndorsementInput(endorser_org_id=org.id, campaign_id=campaign.id, status="endorsed"),
    )
    record_endorsement(
        session, EndorsementInput(endorser_org_id=ally.id, target_org_id=org.id, status="pending")
    )
    record_endorsement(
        session, EndorsementInput(endorser_person_id=jane.id, campaign_id=campaign.id)
    )

    assert directory.organization_impact(session, org.id) == {
        "memberships": 2,
        "endorsements": 2,
        "chapters": 1,
    }
    assert directory.organization_impact(session, ally.id) == {
        "memberships": 1,
        "endorsements": 1,
        "chapters": 0,
    }

    delete_organization(session, org.id)
    session.expire_all()

    assert session.get(Organization, org.id) is None
    with pytest.raises(NotFoundError):
        directory.get_organization(session, org.id)
    # Its memberships and endorsements went with it...
    assert [m.organization_id for m in session.scalars(select(Membership))] == [ally.id]
    remaining = session.scalars(select(Endorsement)).all()
    assert [(e.endorser_person_id, e.campaign_id) for e in remaining] == [(jane.id, campaign.id)]
    assert count_rows(SocialPage) == 0 and count_rows(OrganizationTag) == 0
    # ...but its chapters, its campaigns and the people stay.
    assert session.get(Organization, chapter.id).parent_id is None
    assert session.get(Campaign, campaign.id).owner_id is None
    assert count_rows(Person) == 2


def test_delete_missing_organization_says_so(session: Session) -> None:
    with pytest.raises(NotFoundError, match="no longer exists"):
        delete_organization(session, "gone")


def test_find_organization_by_name_or_short_name(session: Session, make_org) -> None:
    org = make_org("Yes California", short_name="YesCA")
    assert directory.find_organization_by_name(session, " yes california ").id == org.id
    assert directory.find_organization_by_name(session, "YESCA").id == org.id
    assert directory.find_organization_by_name(session, "No California") is None
    assert directory.find_organization_by_name(session, "  ") is None


# --- people --------------------------------------------------------------------------


def test_create_person_normalizes_emails_phones_and_state(session: Session, make_person) -> None:
    person = make_person(
        " Jane Doe ",
        emails=["  Jane.Doe@EXAMPLE.ORG ", "jane.doe@example.org", "", "jd@Example.Org"],
        phones=["(916) 555-0142", "916.555.0142", "+44 20 7946 0958"],
        state="california",
        language="en-US",
        time_zone="America/Los_Angeles",
    )
    session.expire_all()
    stored = directory.get_person(session, person.id)
    assert stored.name == "Jane Doe"
    # The domain is lower-cased; the same address twice (any case) is kept once.
    assert [e.address for e in stored.emails] == ["Jane.Doe@example.org", "jd@example.org"]
    assert stored.primary_email == "Jane.Doe@example.org"
    assert [p.number for p in stored.phones] == ["+1 916-555-0142", "+44 20 7946 0958"]
    assert stored.state == "CA"
    assert (stored.language, stored.time_zone) == ("en-US", "America/Los_Angeles")


def test_invalid_person_names_every_bad_field_and_stores_nothing(
    session: Session, count_rows, change_log_count
) -> None:
    with pytest.raises(ValidationError) as caught:
        directory.create_person(
            session,
            PersonInput(
                name="",
                emails=["jane@@example"],
                phones=["916 555 014"],
                state="Cascadia",
                language="English!",
                time_zone="Pacific Standard Time",
            ),
        )
    problems = caught.value.problems
    assert set(problems) == {"name", "emails", "phones", "state", "language", "time_zone"}
    assert "jane@@example" in problems["emails"]
    assert "wrong number of digits" in problems["phones"]
    assert "Cascadia" in problems["state"]
    assert "Pacific Standard Time" in problems["time_zone"]
    for model in (Person, PersonEmail, PersonPhone):
        assert count_rows(model) == 0
    assert change_log_count() == 0


@pytest.mark.parametrize("number", ["916 555 014", "(916) 555-01423", "1234"])
def test_phone_with_wrong_digit_count_is_refused(session: Session, number: str) -> None:
    with pytest.raises(ValidationError) as caught:
        directory.create_person(session, PersonInput(name="Jane", phones=[number]))
    assert set(caught.value.problems) == {"phones"}
    assert number in caught.value.problems["phones"]


def test_phone_without_area_code_is_refused(session: Session) -> None:
    """A local number alone would be stored as '+1 5550142', which no one can dial."""
    with pytest.raises(ValidationError):
        directory.create_person(session, PersonInput(name="Jane", phones=["555-0142"]))


def test_update_person_replaces_emails_and_keeps_order(session: Session, make_person) -> None:
    person = make_person(
        "Jane Doe", emails=["jane@example.org", "jd@example.org"], phones=["916-555-0142"]
    )
    directory.update_person(
        session,
        person.id,
        PersonInput(
            name="Jane Roe", emails=["new@example.org", "JD@example.org"], phones=[], state="OR"
        ),
    )
    session.expire_all()
    stored = directory.get_person(session, person.id)
    assert stored.name == "Jane Roe"
    assert [e.address for e in stored.emails] == ["new@example.org", "JD@example.org"]
    assert stored.phones == []
    assert stored.state == "OR"
    assert directory.person_input(stored).emails == ["new@example.org", "JD@example.org"]


def test_failed_person_update_changes_nothing(session: Session, make_person) -> None:
    person = make_person("Jane Doe", emails=["jane@example.org"])
    with pytest.raises(ValidationError):
        directory.update_person(
            session, person.id, PersonInput(name="Jane Roe", emails=["not-an-address"])
        )
    session.expire_all()
    stored = directory.get_person(session, person.id)
    assert (stored.name, [e.address for e in stored.emails]) == ("Jane Doe", ["jane@example.org"])


def test_people_by_email_ignores_case_and_spaces(session: Session, make_person) -> None:
    jane = make_person("Jane Doe", emails=["Jane.Doe@example.org"])
    luis = make_person("Luis Ortega", emails=["luis@example.org", "l.ortega@example.net"])
    found = directory.people_by_email(
        session, [" JANE.DOE@EXAMPLE.ORG", "L.Ortega@Example.NET", "nobody@example.org", ""]
    )
    assert found == {"jane.doe@example.org": jane.id, "l.ortega@example.net": luis.id}
    assert directory.people_by_email(session, []) == {}


def test_delete_person_removes_addresses_memberships_and_their_endorsements(
    session: Session, make_org, make_person, make_campaign, count_rows
) -> None:
    org = make_org("Yes California")
    jane = make_person("Jane Doe", emails=["jane@example.org"], phones=["916-555-0142"])
    directory.add_membership(session, MembershipInput(jane.id, org.id, role="Chair"))
    campaign = make_campaign("Calexit 2028")
    record_endorsement(
        session, EndorsementInput(endorser_person_id=jane.id, campaign_id=campaign.id)
    )
    delete_person(session, jane.id)
    for model in (Person, PersonEmail, PersonPhone, Membership, Endorsement):
        assert count_rows(model) == 0
    assert count_rows(Organization) == 1


# --- memberships ---------------------------------------------------------------------


def test_memberships(session: Session, make_org, make_person) -> None:
    org = make_org("Yes California")
    zoe = make_person("zoe Adams")
    bob = make_person("Bob Brown")
    directory.add_membership(
        session,
        MembershipInput(
            zoe.id, org.id, role=" Chair ", since="2020-01-01", represents_state="oregon"
        ),
    )
    directory.add_membership(
        session, MembershipInput(bob.id, org.id, role="Member", since="2019-05-01")
    )
    members = directory.members_of(session, org.id)
    assert [m.person.name for m in members] == ["Bob Brown", "zoe Adams"]  # by name, any case
    assert members[1].role == "Chair" and members[1].represents_state == "OR"
    assert [m.organization.name for m in directory.memberships_of_person(session, zoe.id)] == [
        "Yes California"
    ]


def test_membership_end_before_start_is_refused(
    session: Session, make_org, make_person, count_rows
) -> None:
    org = make_org("Yes California")
    jane = make_person("Jane Doe")
    with pytest.raises(ValidationError) as caught:
        directory.add_membership(
            session, MembershipInput(jane.id, org.id, since="2024-06-01", until="2024-05-31")
        )
    assert set(caught.value.problems) == {"until"}
    assert "before the start" in caught.value.problems["until"]
    assert count_rows(Membership) == 0
    # The same day for both is a one-day membership, which is fine.
    directory.add_membership(
        session, MembershipInput(jane.id, org.id, since="2024-06-01", until="2024-06-01")
    )
    assert count_rows(Membership) == 1


def test_membership_with_bad_fields_and_missing_people(
    session: Session, make_org, make_person, count_rows
) -> None:
    org = make_org("Yes California")
    jane = make_person("Jane Doe")
    with pytest.raises(ValidationError) as caught:
        directory.add_membership(
            session,
            MembershipInput(jane.id, org.id, since="3000-01-01", represents_state="Atlantis"),
        )
    assert set(caught.value.problems) == {"since", "represents_state"}
    with pytest.raises(NotFoundError):
        directory.add_membership(session, MembershipInput("nobody", org.id))
    with pytest.raises(NotFoundError):
        directory.add_membership(session, MembershipInput(jane.id, "nothing"))
    assert count_rows(Membership) == 0


def test_update_and_remove_membership(session: Session, make_org, make_person, count_rows) -> None:
    org = make_org("Yes California")
    jane = make_person("Jane Doe")
    row = directory.add_membership(session, MembershipInput(jane.id, org.id, role="Member"))
    directory.update_membership(
        session, row.id, MembershipInput(jane.id, org.id, role="Chair", represents_state="CA")
    )
    session.expire_all()
    assert (
        session.get(Membership, row.id).role,
        session.get(Membership, row.id).represents_state,
    ) == ("Chair", "CA")
    directory.remove_membership(session, row.id)
    assert count_rows(Membership) == 0
    with pytest.raises(NotFoundError):
        directory.remove_membership(session, row.id)


# --- settings ------------------------------------------------------------------------


def test_settings_and_first_start(session: Session, make_org) -> None:
    assert directory.is_empty(session)
    assert directory.get_setting(session, directory.COALITION_NAME, "Coalition") == "Coalition"
    directory.set_setting(session, directory.COALITION_NAME, "California Independence Coalition")
    directory.set_setting(session, directory.COALITION_NAME, "Cal Independence Coalition")
    assert directory.get_setting(session, directory.COALITION_NAME) == "Cal Independence Coalition"
    make_org("Yes California")
    assert not directory.is_empty(session)


# --- state coverage ------------------------------------------------------------------


def _representative(
    session: Session, org: Organization, name: str, state: str, **dates: object
) -> None:
    person = directory.create_person(session, PersonInput(name=name))
    directory.add_membership(
        session, MembershipInput(person.id, org.id, represents_state=state, **dates)
    )


def test_state_coverage_counts_current_representatives_and_pages(
    session: Session, make_org
) -> None:
    org = make_org(
        "Yes California", home_state="CA", social_pages=[SocialPageInput("X", "x.com/yesca")]
    )
    _representative(session, org, "Ana", "CA")
    _representative(session, org, "Ben", "OR", since=TODAY - dt.timedelta(days=30))
    _representative(session, org, "Cal", "OR", until=TODAY)  # last day today: still counts
    _representative(session, org, "Dee", "TX", until=TODAY - dt.timedelta(days=1))  # stepped down
    _representative(
        session, org, "Eve", "NY", since=TODAY + dt.timedelta(days=1)
    )  # starts tomorrow
    make_org(
        "Colorado Indy",
        home_state="CO",
        social_pages=[SocialPageInput("Facebook", "facebook.com/coindy")],
    )
    make_org(
        "Washington Indy",
        home_state="WA",
        status="inactive",
        social_pages=[SocialPageInput("X", "x.com/wa")],
    )
    make_org("Nevada Indy", home_state="NV")  # no page, no representative
    make_org(
        "Cascadia Now", home_state="Cascadia", social_pages=[SocialPageInput("X", "x.com/cascadia")]
    )

    cov = state_coverage(session, today=TODAY)

    assert set(cov.coverage) == set(BY_CODE)
    assert cov.coverage["CA"] == Coverage.REPRESENTATIVE  # a representative beats a page
    assert cov.coverage["OR"] == Coverage.REPRESENTATIVE
    assert cov.coverage["TX"] == Coverage.NONE
    assert cov.coverage["NY"] == Coverage.NONE
    assert cov.coverage["CO"] == Coverage.PAGE
    assert cov.coverage["WA"] == Coverage.NONE  # an inactive group's page doesn't count
    assert cov.coverage["NV"] == Coverage.NONE
    assert cov.represented == 2
    assert cov.pages_only == 1
    assert cov.representatives["OR"] == ["Ben", "Cal"]
    assert "TX" not in cov.representatives
    assert "Representatives: Ana" in cov.detail("CA") and "Pages: Yes California" in cov.detail(
        "CA"
    )
    assert cov.detail("NV") == ""
    assert cov.goal == DEFAULT_GOAL == 20

    # The same memberships, a week later: Cal's term has ended, Eve's has begun.
    later = state_coverage(session, today=TODAY + dt.timedelta(days=7))
    assert later.representatives["OR"] == ["Ben"]
    assert later.coverage["NY"] == Coverage.REPRESENTATIVE


def test_person_representing_a_state_for_two_groups_counts_once(session: Session, make_org) -> None:
    a = make_org("Yes California")
    b = make_org("Calexit")
    ana = directory.create_person(session, PersonInput(name="Ana"))
    for org in (a, b):
        directory.add_membership(session, MembershipInput(ana.id, org.id, represents_state="CA"))
    cov = state_coverage(session)
    assert cov.representatives == {"CA": ["Ana"]}
    assert cov.represented == 1


def test_state_coverage_goal_comes_from_the_setting(session: Session) -> None:
    assert state_coverage(session).goal == 20
    directory.set_setting(session, directory.STATES_GOAL, "25")
    assert state_coverage(session).goal == 25
    directory.set_setting(session, directory.STATES_GOAL, "lots")  # hand-edited nonsense
    assert state_coverage(session).goal == 20
