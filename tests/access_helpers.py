"""Two member organizations with private records of their own, and a way to act as an
organizer of either (or as a coordinator, or an observer)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy.orm import Session

from coalition.directory import records as directory
from coalition.directory import sharing
from coalition.store.changes import IDENTITY

TEXAS = "Texas Nationalist Movement"
CHARITY = "Golden State Civic Fund"
# Private names: none of these may appear in what the other organization sees.
TEXAS_SECRET = "Bexar Countywide Donor"
CHARITY_SECRET = "Sacramento Quiet Volunteer"
SHARED_NAME = "Open Coalition Speaker"


@dataclass
class World:
    texas_id: str
    charity_id: str
    texas_secret_id: str
    charity_secret_id: str
    shared_id: str
    act: Callable[..., None]


def act_as(role: str, org_id: str | None = None, org: str = "", actor: str = "Someone") -> None:
    IDENTITY.role, IDENTITY.org_id, IDENTITY.org, IDENTITY.actor = role, org_id, org, actor


@pytest.fixture
def world(session: Session) -> World:
    return build_world(session)


def build_world(session: Session) -> World:
    """As a coordinator: the two organizations (the charity a 501(c)(3)); then each
    organization's organizer adds a person of their own (private: the charity's by its
    legal class, Texas's by choice) and the coalition a shared speaker."""
    texas = directory.create_organization(
        session,
        directory.OrganizationInput(
            name=TEXAS, kind="political_party", legal_class="political_party"
        ),
    )
    charity = directory.create_organization(
        session, directory.OrganizationInput(name=CHARITY, kind="501c3", legal_class="501c3")
    )
    shared = directory.create_person(
        session, directory.PersonInput(name=SHARED_NAME, emails=["speaker@example.org"])
    )
    act_as("member", texas.id, TEXAS, "Tex Organizer")
    texas_secret = directory.create_person(
        session,
        directory.PersonInput(
            name=TEXAS_SECRET, emails=["donor@texas.example"], phones=["+1 512 555 0100"],
            visibility="private",
        ),
    )  # fmt: skip
    act_as("member", charity.id, CHARITY, "Cal Organizer")
    charity_secret = directory.create_person(
        session,
        directory.PersonInput(
            name=CHARITY_SECRET, emails=["quiet@charity.example"], phones=["+1 916 555 0142"]
        ),
    )
    directory.add_membership(
        session, directory.MembershipInput(person_id=charity_secret.id, organization_id=charity.id)
    )
    act_as("coordinator", None, "", "Test Organizer")
    session.expunge_all()

    def act(role: str, which: str | None = None) -> None:
        org_id = {"texas": texas.id, "charity": charity.id, None: None}[which]
        org = {"texas": TEXAS, "charity": CHARITY, None: ""}[which]
        act_as(role, org_id, org)
        session.expunge_all()
        session.info.pop("coalition.readable_orgs", None)

    return World(texas.id, charity.id, texas_secret.id, charity_secret.id, shared.id, act)


def share(session: Session, world: World, **kw: Any) -> None:
    sharing.grant(session, world.charity_id, world.texas_id, **kw)
