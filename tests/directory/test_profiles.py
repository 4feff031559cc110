"""Profiles: who uses this laptop, the one active, and the author every change names."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition.common.errors import NotFoundError, ValidationError
from coalition.directory import profiles
from coalition.directory.profiles import ProfileInput
from coalition.store.models import ChangeLog, Organization, Profile


def _org_count(session: Session) -> int:
    return len(list(session.scalars(select(Organization.id))))


def test_a_new_profile_is_active_and_credits_the_changes_after_it(
    session: Session, make_org: Callable[..., Organization], organizer: Any
) -> None:
    red = make_org("Red Oregon")

    profile = profiles.save_profile(
        session, ProfileInput("Dana Reyes", " Dana@Example.ORG ", "Red Oregon")
    )

    assert (profile.name, profile.email, profile.role) == (
        "Dana Reyes",
        "Dana@example.org",
        "member",
    )
    assert profile.organization_id == red.id
    assert profiles.active_profile(session) == profile
    assert (organizer.actor, organizer.org, organizer.org_id, organizer.role) == (
        "Dana Reyes",
        "Red Oregon",
        red.id,
        "member",
    )
    assert organizer.email == "Dana@example.org"
    make_org("Blue Valley")
    logged = session.scalars(select(ChangeLog).where(ChangeLog.summary == "Blue Valley")).one()
    assert (logged.actor, logged.actor_org) == ("Dana Reyes", "Red Oregon")


def test_an_organization_is_chosen_by_id_or_by_name_and_made_when_new(
    session: Session, make_org: Callable[..., Organization]
) -> None:
    red = make_org("Red Oregon")
    by_id = profiles.save_profile(session, ProfileInput("A", "a@example.org", red.id))
    assert by_id.organization_id == red.id
    by_name = profiles.save_profile(session, ProfileInput("B", "b@example.org", "red oregon"))
    assert by_name.organization_id == red.id
    assert _org_count(session) == 1

    new = profiles.save_profile(session, ProfileInput("C", "c@example.org", "Valley Allies"))

    made = session.get(Organization, new.organization_id)
    assert made is not None and made.name == "Valley Allies"
    assert _org_count(session) == 2
    author = session.scalars(
        select(ChangeLog.actor).where(
            ChangeLog.table_name == "organization", ChangeLog.row_id == made.id
        )
    ).one()
    assert author == "C"


def test_bad_details_are_refused_field_by_field_and_nothing_changes(
    session: Session, organizer: Any
) -> None:
    with pytest.raises(ValidationError) as caught:
        profiles.save_profile(session, ProfileInput(" ", "not an address", "", "boss"))

    assert set(caught.value.problems) == {"name", "email", "role"}
    assert "not a valid e-mail address" in caught.value.problems["email"]
    assert "coordinator, member, delegate, observer" in caught.value.problems["role"]
    assert profiles.list_profiles(session) == []
    assert organizer.actor == "Test Organizer"


def test_a_member_names_an_organization_a_coordinator_need_not(session: Session) -> None:
    with pytest.raises(ValidationError) as caught:
        profiles.save_profile(session, ProfileInput("Dana", "d@example.org", "", "observer"))
    assert set(caught.value.problems) == {"organization"}

    staff = profiles.save_profile(
        session, ProfileInput("Sam Staff", "sam@example.org", "", "Coordinator")
    )

    assert (staff.role, staff.organization_id) == ("coordinator", None)
    assert profiles.describe(session, staff) == "Sam Staff (coalition staff)"


def test_a_delegate_names_its_organization_and_acts_for_it(
    session: Session, organizer: Any
) -> None:
    with pytest.raises(ValidationError) as caught:
        profiles.save_profile(session, ProfileInput("Dana", "d@example.org", "", "delegate"))
    assert caught.value.problems == {
        "organization": "a delegate acts for a member organization: name it "
        "(only a coordinator may act for the coalition itself)"
    }

    delegate = profiles.save_profile(
        session, ProfileInput("Dana", "d@example.org", "Red Oregon", "Delegate")
    )

    assert delegate.role == "delegate"
    assert (organizer.role, organizer.org) == ("delegate", "Red Oregon")
    assert profiles.ROLE_LABELS["delegate"].startswith("delegate (casts its organization's")


def test_the_same_email_updates_its_profile_a_new_one_adds_one(session: Session) -> None:
    first = profiles.save_profile(session, ProfileInput("Dana", "d@example.org", "Red"))
    again = profiles.save_profile(
        session, ProfileInput("Dana Reyes", "D@example.org", "Red", "observer")
    )
    assert again.id == first.id
    assert (again.name, again.role) == ("Dana Reyes", "observer")

    other = profiles.save_profile(session, ProfileInput("Lee", "lee@example.org", "Blue"))

    assert other.id != first.id
    listed = profiles.list_profiles(session)
    assert [p.name for p in listed] == ["Lee", "Dana Reyes"]  # the active one first
    assert [p.active for p in listed] == [True, False]


def test_switching_leaves_exactly_one_active_and_changes_the_author(
    session: Session, organizer: Any
) -> None:
    profiles.save_profile(session, ProfileInput("Dana", "d@example.org", "Red"))
    profiles.save_profile(session, ProfileInput("Lee", "lee@example.org", "Blue", "coordinator"))

    switched = profiles.switch_profile(session, "D@EXAMPLE.ORG")

    assert switched.name == "Dana"
    actives = session.scalars(select(Profile).where(Profile.active.is_(True))).all()
    assert [p.name for p in actives] == ["Dana"]
    assert (organizer.actor, organizer.org, organizer.role) == ("Dana", "Red", "member")
    profiles.switch_profile(session, "lee")
    assert (organizer.actor, organizer.org, organizer.role) == ("Lee", "Blue", "coordinator")


def test_switching_to_nobody_known_names_who_is_there(session: Session) -> None:
    profiles.save_profile(session, ProfileInput("Dana", "d@example.org", "Red"))

    with pytest.raises(NotFoundError, match="there are: Dana"):
        profiles.switch_profile(session, "Someone Else")


def test_without_a_profile_changes_are_credited_to_nobody(session: Session, organizer: Any) -> None:
    assert profiles.activate(session) is None

    assert (organizer.actor, organizer.org, organizer.org_id, organizer.role) == ("", "", None, "")
    assert not profiles.is_set()
    assert organizer.device  # the computer is still named


def test_the_credit_names_the_organization_beside_the_person(
    session: Session, organizer: Any
) -> None:
    profiles.save_profile(session, ProfileInput("Dana", "d@example.org", "Red Oregon"))
    assert profiles.credit() == "Dana (Red Oregon)"
    profiles.save_profile(session, ProfileInput("Sam", "s@example.org", "", "coordinator"))
    assert profiles.credit() == "Sam"


def test_drafts_credit_the_person_and_the_organization(
    session: Session, make_org: Callable[..., Organization]
) -> None:
    from coalition.drafts.comments import add_comment
    from coalition.drafts.draft import DraftInput, create_draft
    from coalition.drafts.revisions import save_variant_text
    from coalition.drafts.signoffs import answer_sign_off, answerer, request_sign_off
    from coalition.drafts.status import set_status
    from coalition.drafts.variants import add_variant

    red, hub = make_org("Red Oregon"), make_org("Calexit Coalition")
    profiles.save_profile(session, ProfileInput("Dana Reyes", "d@example.org", red.id))
    draft = create_draft(session, DraftInput("Borders", ["x"]), "The text")
    variant = add_variant(session, draft.id, "", state="OR", text="For Oregon")
    revision = save_variant_text(session, variant.id, "For Oregon, again")
    comment = add_comment(session, draft.id, "Shorter, please")
    asked = request_sign_off(session, variant.id, red.id)
    answer_sign_off(session, asked.id, "approved")

    assert revision is not None and revision.author == "Dana Reyes (Red Oregon)"
    assert comment.author == "Dana Reyes (Red Oregon)"
    assert (asked.answered_by, asked.answered_by_org_id) == ("Dana Reyes", red.id)
    assert answerer(session, asked) == "Dana Reyes"  # for the group asked: said once

    profiles.save_profile(
        session, ProfileInput("Sam Okafor", "s@example.org", hub.name, "coordinator")
    )
    again = request_sign_off(session, add_variant(session, draft.id, "", state="WA").id, red.id)
    answer_sign_off(session, again.id, "declined", "Not this year")
    set_status(session, draft.id, "in_review")

    assert answerer(session, again) == "Sam Okafor (Calexit Coalition)"
    assert draft.status_changes[-1].actor == "Sam Okafor (Calexit Coalition)"


def test_call_minutes_are_credited_and_shown_in_the_call_series_history(
    session: Session, make_org: Callable[..., Organization]
) -> None:
    import datetime as dt

    from coalition.calls import meetings
    from coalition.calls import series as calls
    from coalition.store import audit

    weekly = calls.create_series(
        session, calls.SeriesInput("Coalition call", dt.date(2026, 12, 1), "17:30", "UTC")
    )
    call = meetings.prepare_call(session, weekly.id, dt.date(2026, 12, 1))
    item = meetings.add_agenda_item(session, call.id, "Red Oregon's article")
    red = make_org("Red Oregon")
    # The coalition's call is kept by its coordinators (a member's group would run its own).
    profiles.save_profile(
        session, ProfileInput("Dana Reyes", "d@example.org", red.id, role="coordinator")
    )

    meetings.update_agenda_item(
        session, item.id, title=item.title, owner_id=None, time_box_minutes=None, notes="",
        minutes="50,000 views; a second piece next week", decision="", status="open",
    )  # fmt: skip

    entries = audit.history(session, "call_series", weekly.id)
    minuted = next(e for e in entries if e.table == "agenda_item" and e.action == "update")
    assert (minuted.actor, minuted.actor_org) == ("Dana Reyes", "Red Oregon")
    assert minuted.headline() == "Agenda item changed: Red Oregon's article"
    assert [c.name for c in minuted.changes] == ["minutes"]
