"""The sample's organizations: the groups the texts name, and the invented state groups."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from coalition import directory
from coalition.directory import OrganizationInput, SocialPageInput
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
from coalition.states import BY_CODE
from coalition.store.models import Organization, OrgKind, OrgStatus


@dataclass(frozen=True)
class _Org:
    key: str
    data: OrganizationInput
    parent: str | None = None


def _pages(*pages: tuple[str, str, int]) -> list[SocialPageInput]:
    return [SocialPageInput(platform, url, followers) for platform, url, followers in pages]


def _chapter_org(state: str, followers: int, notes: str, *, founded: str | None = None) -> _Org:
    name = BY_CODE[state].name
    slug = name.lower().replace(" ", "-")
    return _Org(
        chapter(state),
        OrganizationInput(
            name=f"Calexit Coalition – {name}",
            short_name=f"CC-{state}",
            kind=OrgKind.STATE_CHAPTER,
            home_state=state,
            founded_on=founded,
            website=f"https://calexit-coalition.example.org/{slug}",
            notes=notes,
            tags=["multi-state", "state chapter"],
            social_pages=_pages(
                ("Facebook", f"https://facebook.example.org/calexit-{slug}", followers)
            ),
        ),
        parent=COALITION,
    )


ORGANIZATIONS: tuple[_Org, ...] = (
    _Org(
        CNP,
        OrganizationInput(
            name="California National Party",
            short_name="CNP",
            kind=OrgKind.POLITICAL_PARTY,
            home_state="CA",
            founded_on="2015-06-01",
            website="https://cnp.example.org",
            notes=(
                "Chartered in 2015 (the day here is invented); an all-volunteer political party "
                "run by and for Californians, seeking qualification with the Secretary of State. "
                "Formally endorsed the California Freedom Coalition's ballot initiative."
            ),
            tags=["founding partner", "political party"],
            social_pages=_pages(
                ("Facebook", "https://facebook.example.org/californianationalparty", 48200),
                ("X", "https://x.example.org/cnp", 21400),
                ("Instagram", "https://instagram.example.org/cnp", 9800),
            ),
        ),
    ),
    _Org(
        CFC,
        OrganizationInput(
            name="California Freedom Coalition",
            short_name="CFC",
            kind=OrgKind.GRASSROOTS,
            home_state="CA",
            founded_on="2017-03-01",
            website="https://cfc.example.org",
            notes=(
                "Founded in March 2017. Made of an Education Fund (501(c)(3)) and an Advocacy "
                "Fund (501(c)(4)), each with its own board."
            ),
            tags=["founding partner", "ballot initiative"],
            social_pages=_pages(
                ("Facebook", "https://facebook.example.org/californiafreedomcoalition", 35600),
                ("X", "https://x.example.org/cafreedom", 12900),
            ),
        ),
    ),
    _Org(
        CFC_EDU,
        OrganizationInput(
            name="California Freedom Coalition Education Fund",
            short_name="CFC-EF",
            kind=OrgKind.NONPROFIT_C3,
            home_state="CA",
            website="https://cfc.example.org/education-fund",
            notes="The Coalition's registered 501(c)(3) arm, governed by its own board.",
            tags=["education"],
        ),
        parent=CFC,
    ),
    _Org(
        CFC_ADV,
        OrganizationInput(
            # The FAQ names it the "Advocacy Fund" (sometimes called the Action Fund).
            name="California Freedom Coalition Advocacy Fund",
            short_name="CFC-AF",
            kind=OrgKind.NONPROFIT_C4,
            home_state="CA",
            website="https://cfc.example.org/advocacy-fund",
            notes="The Coalition's registered 501(c)(4) arm, governed by its own board.",
            tags=["advocacy"],
        ),
        parent=CFC,
    ),
    _Org(
        CALCONCON,
        OrganizationInput(
            name="Cal Con Con",
            short_name="CalConCon",
            kind=OrgKind.GRASSROOTS,
            home_state="CA",
            website="https://calconcon.example.org",
            status=OrgStatus.PROSPECTIVE,
            notes=(
                "California Constitutional Convention: a small group of concerned Californians. "
                "Filed an Article V convention initiative in August 2017."
            ),
            tags=["constitutional convention"],
            social_pages=_pages(("Facebook", "https://facebook.example.org/calconcon", 2300)),
        ),
    ),
    _Org(
        YESCAL,
        OrganizationInput(
            name="Yes California",
            short_name="YesCal",
            kind=OrgKind.CAMPAIGN_COMMITTEE,
            home_state="CA",
            website="https://yescalifornia.example.org",
            status=OrgStatus.INACTIVE,
            notes=(
                "A pro-independence group with no connection to the CNP, founded soon after it. "
                "Inactive in this sample coalition (no current liaison; invented)."
            ),
            tags=["independence campaign"],
            social_pages=_pages(("Facebook", "https://facebook.example.org/yescalifornia", 15100)),
        ),
    ),
    _Org(
        COALITION,
        OrganizationInput(
            name="Calexit Coalition",
            short_name="Calexit Coalition",
            kind=OrgKind.GRASSROOTS,
            website="https://calexit-coalition.example.org",
            notes=(
                "A multi-state coalition of groups that would not stand in the way of a Calexit. "
                "Representatives in 11 states; the goal is 20 states with pages. Weekly call "
                "every Tuesday at 5:30 pm Pacific to tailor the message to each state."
            ),
            tags=["multi-state", "founding partner"],
            social_pages=_pages(
                ("Facebook", "https://facebook.example.org/calexitcoalition", 104000),
                ("X", "https://x.example.org/calexitcoalition", 18700),
            ),
        ),
    ),
    _Org(
        LIBERTY_BLOCK,
        OrganizationInput(
            name="The Liberty Block",
            short_name="Liberty Block",
            kind=OrgKind.GRASSROOTS,
            website="https://libertyblock.example.org",
            notes=(
                "One of the founding movements of the Calexit Coalition; helps new states "
                "phrase the question for their own audience. Home state not given in the texts."
            ),
            tags=["multi-state", "messaging"],
            social_pages=_pages(
                ("Facebook", "https://facebook.example.org/thelibertyblock", 27500)
            ),
        ),
    ),
    _Org(
        RED_NY,
        OrganizationInput(
            name="Red New York",
            kind=OrgKind.GRASSROOTS,
            home_state="NY",
            website="https://redny.example.org",
            notes="Intra-state secession: the whole state besides NYC, Nassau and Westchester.",
            tags=["intra-state", "multi-state"],
            social_pages=_pages(("Facebook", "https://facebook.example.org/rednewyork", 8400)),
        ),
        parent=COALITION,
    ),
    _Org(
        RED_IL,
        OrganizationInput(
            name="Red Illinois",
            kind=OrgKind.GRASSROOTS,
            home_state="IL",
            website="https://redillinois.example.org",
            notes="Intra-state secession: the whole state besides the northeast.",
            tags=["intra-state", "multi-state"],
            social_pages=_pages(("Facebook", "https://facebook.example.org/redillinois", 6900)),
        ),
        parent=COALITION,
    ),
    _Org(
        RED_PA,
        OrganizationInput(
            name="Red Pennsylvania",
            kind=OrgKind.GRASSROOTS,
            home_state="PA",
            website="https://redpa.example.org",
            notes="Intra-state secession: the whole state outside the Philadelphia metro area.",
            tags=["intra-state", "multi-state"],
            social_pages=_pages(("Facebook", "https://facebook.example.org/redpennsylvania", 5200)),
        ),
        parent=COALITION,
    ),
    _Org(
        RED_OR,
        OrganizationInput(
            name="Red Oregon",
            kind=OrgKind.GRASSROOTS,
            home_state="OR",
            website="https://redoregon.example.org",
            status=OrgStatus.PROSPECTIVE,
            notes=(
                "Conservatives of Oregon's interior who want to split from the coastal area; "
                "the coalition's article supporting them drew 50,000 views. Prospective member."
            ),
            tags=["intra-state"],
            social_pages=_pages(("Facebook", "https://facebook.example.org/redoregon", 11300)),
        ),
    ),
    _chapter_org(
        "SC",
        60,
        "Grew to 60 members within days of one Facebook post that gained 30,000 views.",
    ),
    _chapter_org("IN", 1450, "One of the first six states of the coalition."),
    _chapter_org("ND", 820, "One of the first six states of the coalition."),
    _chapter_org("NH", 1900, "One of the first six states of the coalition."),
    _chapter_org("AZ", 2600, "One of the first six states of the coalition."),
    _chapter_org("OK", 940, "Joined when the coalition doubled in size."),
    _chapter_org(
        "WY",
        610,
        "Joined when the coalition doubled in size; its representative stepped down "
        "(invented) and the page is kept up while a new one is found.",
    ),
    _chapter_org(
        "CO",
        430,
        "A page only: Colorado is named among the states where one urban area dictates "
        "terms to the rest; no representative yet.",
    ),
)


def load_organizations(session: Session) -> dict[str, Organization]:
    """Create every organization, parents first; by key."""
    orgs: dict[str, Organization] = {}
    for item in ORGANIZATIONS:
        data = item.data
        if item.parent is not None:
            data = replace(data, parent_id=orgs[item.parent].id)
        orgs[item.key] = flushed(session, directory.create_organization(session, data))
    return orgs
