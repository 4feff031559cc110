"""The sample's organizations: the groups the texts name, and the invented state groups."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from coalition.common.i18n import QT_TRANSLATE_NOOP, shown
from coalition.common.states import BY_CODE
from coalition.directory import records as directory
from coalition.directory.records import OrganizationInput, SocialPageInput
from coalition.sample import facts
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
from coalition.store.models import Organization, OrgKind, OrgStatus


@dataclass(frozen=True)
class _Org:
    key: str
    data: OrganizationInput
    parent: str | None = None


def _tags(*tags: str) -> list[str]:
    """The tags, marked for the catalogue: written in the language the app speaks when
    the sample is loaded."""
    return list(tags)


def _pages(*pages: tuple[str, str, int]) -> list[SocialPageInput]:
    return [SocialPageInput(platform, url, followers) for platform, url, followers in pages]


_CHAPTER_INVENTED = (
    "The texts name the state, not this group: its name, page, followers and people are "
    "invented (example)."
)


def _chapter_org(state: str, followers: int, notes: str, *, founded: str | None = None) -> _Org:
    name = BY_CODE[state].name
    slug = name.lower().replace(" ", "-")
    return _Org(
        chapter(state),
        OrganizationInput(
            name=f"{facts.COALITION_NAME} – {name}",
            short_name=f"CC-{state}",
            kind=OrgKind.STATE_CHAPTER,
            home_state=state,
            founded_on=founded,
            website=f"https://calexit-coalition.example.org/{slug}",
            notes=f"{notes} {_CHAPTER_INVENTED}",
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "multi-state"),
                QT_TRANSLATE_NOOP("Sample", "state chapter"),
            ),
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
            name=facts.CNP_NAME,
            short_name="CNP",
            kind=OrgKind.POLITICAL_PARTY,
            home_state="CA",
            founded_on="2015-06-01",
            website="https://cnp.example.org",
            notes=(
                "From its FAQ: chartered in 2015 (the day here is invented); an all-volunteer "
                "political party run by and for Californians, seeking qualification with the "
                "Secretary of State, for which 0.33% of registered California voters (64,128 "
                "people as of February 10, 2017) must switch their party preference to CNP. "
                "Formally endorsed the California Freedom Coalition's ballot initiative on "
                "Independence. Its role in this sample coalition, its page addresses and "
                "follower counts are invented (example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "founding partner"),
                QT_TRANSLATE_NOOP("Sample", "political party"),
            ),
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
            name=facts.CFC_NAME,
            short_name="CFC",
            kind=OrgKind.GRASSROOTS,
            home_state="CA",
            founded_on="2017-03-01",
            website="https://cfc.example.org",
            notes=(
                "From the CNP FAQ: a grassroots organization founded in March 2017 (the day here "
                "is invented), made of an Education Fund (501(c)(3)) and an Advocacy Fund "
                "(501(c)(4)), each governed by its own board. Its role in this sample coalition "
                "and its pages are invented (example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "founding partner"),
                QT_TRANSLATE_NOOP("Sample", "ballot initiative"),
            ),
            social_pages=_pages(
                ("Facebook", "https://facebook.example.org/californiafreedomcoalition", 35600),
                ("X", "https://x.example.org/cafreedom", 12900),
            ),
        ),
    ),
    _Org(
        CFC_EDU,
        OrganizationInput(
            name=facts.CFC_EDUCATION_FUND,
            short_name="CFC-EF",
            kind=OrgKind.NONPROFIT_C3,
            home_state="CA",
            website="https://cfc.example.org/education-fund",
            notes="From the CNP FAQ: the Coalition's registered 501(c)(3), with its own board.",
            tags=_tags(QT_TRANSLATE_NOOP("Sample", "education")),
        ),
        parent=CFC,
    ),
    _Org(
        CFC_ADV,
        OrganizationInput(
            name=facts.CFC_ADVOCACY_FUND,
            short_name="CFC-AF",
            kind=OrgKind.NONPROFIT_C4,
            home_state="CA",
            website="https://cfc.example.org/advocacy-fund",
            notes="From the CNP FAQ: the Coalition's registered 501(c)(4), with its own board.",
            tags=_tags(QT_TRANSLATE_NOOP("Sample", "advocacy")),
        ),
        parent=CFC,
    ),
    _Org(
        CALCONCON,
        OrganizationInput(
            name=facts.CALCONCON_NAME,
            short_name="CalConCon",
            kind=OrgKind.GRASSROOTS,
            home_state="CA",
            website="https://calconcon.example.org",
            status=OrgStatus.PROSPECTIVE,
            notes=(
                "From the CNP FAQ: California Constitutional Convention, a small group of "
                "concerned Californians; filed an Article V convention initiative in August "
                "2017. Prospective in this sample coalition (invented, example)."
            ),
            tags=_tags(QT_TRANSLATE_NOOP("Sample", "constitutional convention")),
            social_pages=_pages(("Facebook", "https://facebook.example.org/calconcon", 2300)),
        ),
    ),
    _Org(
        YESCAL,
        OrganizationInput(
            name=facts.YES_CALIFORNIA_NAME,
            short_name="YesCal",
            kind=OrgKind.GRASSROOTS,
            home_state="CA",
            website="https://yescalifornia.example.org",
            status=OrgStatus.INACTIVE,
            notes=(
                "From the CNP FAQ: another pro-independence group with no connection to the "
                "CNP, founded soon after it. Inactive in this sample coalition, with no current "
                "liaison (invented, example)."
            ),
            tags=_tags(QT_TRANSLATE_NOOP("Sample", "independence campaign")),
            social_pages=_pages(("Facebook", "https://facebook.example.org/yescalifornia", 15100)),
        ),
    ),
    _Org(
        COALITION,
        OrganizationInput(
            name=facts.COALITION_NAME,
            short_name=facts.COALITION_NAME,
            kind=OrgKind.GRASSROOTS,
            website="https://calexit-coalition.example.org",
            notes=(
                "From the article on its growth: a multi-state coalition of conservative groups "
                "saying that citizens in their states should not stand in the way of a Calexit, "
                'if Californians ever vote for it. "The coalition now has representatives '
                'in 11 states"; "'
                + facts.STATES_GOAL_WORDING
                + '" Weekly conference calls "'
                + facts.CALL_WORDING
                + '" to fine-tune the message to each state. Its concept '
                "was endorsed by Libertarian presidential candidate Adam Kokesh and South "
                "Carolina Senate candidate David Weikle (not recorded as people here: every "
                "person in the sample is invented). Page addresses and follower counts are "
                "invented (example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "multi-state"),
                QT_TRANSLATE_NOOP("Sample", "founding partner"),
            ),
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
                'From the article: "Those of us who have already asked this question in our '
                "home state, are helping the others to phrase the question so it fits the "
                'sentiment of the personality of their state." Its home state is not given; '
                "its pages and people are invented (example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "multi-state"), QT_TRANSLATE_NOOP("Sample", "messaging")
            ),
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
            notes=(
                "From the article: a supporter of intra-state secession already part of the "
                "coalition: the whole state besides NYC, Nassau and Westchester Counties. "
                "Pages and people invented (example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "intra-state"),
                QT_TRANSLATE_NOOP("Sample", "multi-state"),
            ),
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
            notes=(
                "From the article: a supporter of intra-state secession already part of the "
                "coalition: the whole state besides the northeast. Pages and people invented "
                "(example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "intra-state"),
                QT_TRANSLATE_NOOP("Sample", "multi-state"),
            ),
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
            notes=(
                "From the article: a supporter of intra-state secession already part of the "
                "coalition: the whole state outside the Philadelphia metro area. Pages and "
                "people invented (example)."
            ),
            tags=_tags(
                QT_TRANSLATE_NOOP("Sample", "intra-state"),
                QT_TRANSLATE_NOOP("Sample", "multi-state"),
            ),
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
                "Invented as a group (example): the article says 'Red Oregon' of Oregon's "
                "conservative interior, who request to split from the coastal area, and whom the "
                "coalition's article supporting them (50,000 views) made aware of it. A "
                "prospective member in this sample."
            ),
            tags=_tags(QT_TRANSLATE_NOOP("Sample", "intra-state")),
            social_pages=_pages(("Facebook", "https://facebook.example.org/redoregon", 11300)),
        ),
    ),
    _chapter_org(
        "SC",
        60,
        "From the article: Michael's South Carolina group grew to 60 members within days of "
        "one Facebook post that gained 30,000 views.",
    ),
    _chapter_org("IN", 1450, "Indiana is one of the coalition's first six states."),
    _chapter_org("ND", 820, "North Dakota is one of the coalition's first six states."),
    _chapter_org("NH", 1900, "New Hampshire is one of the coalition's first six states."),
    _chapter_org("AZ", 2600, "Arizona is one of the coalition's first six states."),
    _chapter_org("OK", 940, "Oklahoma joined when the coalition doubled in size."),
    _chapter_org(
        "WY",
        610,
        "Wyoming joined when the coalition doubled in size. Its first representative "
        "stepped down and the page admin took over (invented).",
    ),
    _chapter_org(
        "CO",
        430,
        "Colorado is named among the states where one urban area dictates terms to the "
        "rest; this page without a representative is invented.",
    ),
)


def load_organizations(session: Session) -> dict[str, Organization]:
    """Create every organization, parents first; by key."""
    orgs: dict[str, Organization] = {}
    for item in ORGANIZATIONS:
        data = replace(item.data, tags=[shown(tag) for tag in item.data.tags])
        if item.parent is not None:
            data = replace(data, parent_id=orgs[item.parent].id)
        orgs[item.key] = flushed(session, directory.create_organization(session, data))
    return orgs
