"""The sample coalition: a small, realistic directory to explore Coalition without typing one.

Where the facts come from
-------------------------
The organizations, the campaigns and the figures are public facts taken from the texts in
``shared/reference/`` (see its README):

* the California National Party's FAQ: CNP (chartered 2015, a political party), the
  California Freedom Coalition (founded March 2017, made of a 501(c)(3) Education Fund and
  a 501(c)(4) Advocacy Fund), Cal Con Con (filed an Article V convention initiative in
  August 2017), Yes California; CNP's endorsement of CFC's ballot initiative, and its
  answer "we will need to see the full text of that initiative before we can support it";
* a policy paper on the 2028 plebiscite: the question, the 546,651 valid signatures, the
  November 2028 ballot, the independent commission and its reporting timeline;
* an article on the multi-state "Calexit Coalition": groups in Illinois, Indiana, North
  Dakota, South Carolina, New Hampshire and Arizona, joined by people in Oklahoma, New
  York, Pennsylvania and Wyoming; 'Red New York', 'Red Illinois', 'Red Pennsylvania',
  The Liberty Block; 'Red Oregon'; Colorado named among the "egregiously undemocratic"
  states; representatives in 11 states, a goal of 20 states with pages; the weekly call
  on Tuesdays at 5:30 Pacific; "Michael from South Carolina" and his group of 60 members;
  the declaration endorsing "the peaceful movement of state borders";
* an independence group's statement of values: non-violence, no money from outside the
  U.S.

Everything else is invented: every person, every e-mail address (all at example.org),
every phone number (all in the fictional 555-01xx range), every website and social page
(example.org addresses), follower counts, roles, exact days where the texts give only a
month or a year, the status histories of the endorsements, the candidate, and each
group's status and relationships within this sample coalition.  The 11 represented states
are the ten the texts name for the coalition's members (California and Oregon included)
plus Oklahoma; Wyoming and Colorado have a page but no representative.

The weekly "Coalition call" (Tuesdays 17:30 Pacific, as the article says) is placed
around the day the sample is loaded: six past weeks with agendas, minutes, attendance and
action items (one week moved to the Thursday, one cancelled), the next two calls prepared,
and a one-off call with the Oregon groups.  Its items come from the same article: the
coalition doubling in a month, Michael's post, the Red Oregon article, the question
tailored per state, the declaration on state borders, the 20-state goal.

Two shared drafts come from the same texts.  "Would you really mind if California left?"
is the coalition's question ("would you really mind if California left, or do you think it
would make America great again by making America STATES again"), dated over the last two
weeks: South Carolina's variant approved by The Liberty Block and the state chapter (an
edit after The Liberty Block's first approval voided it, and it was asked again), Oregon's
waiting for Red Oregon, Illinois' sent back by Red Illinois as too long for X, with
threaded comments.  A press release on the declaration on state borders was published in
May 2025, when the 'Red' groups endorsed it.  Who wrote, answered and commented is
invented, like every person.

Every write goes through the directory, endorsement, calls, meetings and drafts services,
inside one recorded transaction (:func:`coalition.store.changes.writes`), so the audit
trail and the search index are right and a single undo removes the whole sample.  (The
drafts' times and authors are then set as the story tells them: the services would stamp
the moment of loading and whoever loads it.)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition import calls, directory, drafts, endorsements, goals, meetings
from coalition.calls import Recurrence, SeriesInput
from coalition.directory import (
    MembershipInput,
    OrganizationInput,
    PersonInput,
    SocialPageInput,
)
from coalition.drafts import DraftInput
from coalition.endorsements import CampaignInput, EndorsementInput
from coalition.errors import CoalitionError
from coalition.states import BY_CODE
from coalition.store.changes import last_changeset, writes
from coalition.store.models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    CallOccurrence,
    Campaign,
    CampaignKind,
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    DraftVariant,
    Endorsement,
    EndorsementEvent,
    EndorsementStatus,
    GoalMeasure,
    ItemStatus,
    Membership,
    Organization,
    OrgKind,
    OrgStatus,
    Person,
    SignOff,
    SignOffAnswer,
)

COALITION_NAME = "California independence coalition (sample)"
STATES_GOAL = 20
NOT_EMPTY = "the database already holds a directory; the sample goes only into an empty one"

# Keys for the rows the loader refers to again.
CNP, CFC, CFC_EDU, CFC_ADV, CALCONCON, YESCAL = "cnp", "cfc", "cfc_edu", "cfc_adv", "ccc", "yes"
COALITION, LIBERTY_BLOCK, RED_NY, RED_IL, RED_PA, RED_OR = (
    "calexit", "liberty", "red_ny", "red_il", "red_pa", "red_or"
)
PLEBISCITE, BORDERS, CANDIDATE, NO_FOREIGN_MONEY, ARTICLE_V = (
    "plebiscite", "borders", "candidate", "no_foreign_money", "article_v"
)


def _chapter(state: str) -> str:
    return f"chapter_{state.lower()}"


@dataclass(frozen=True)
class SampleSummary:
    """What :func:`load_sample` put in the database."""

    organizations: int
    people: int
    memberships: int
    campaigns: int
    endorsements: int
    endorsement_events: int
    calls: int  # stored calls: held, prepared, moved, cancelled, one-off
    action_items: int
    drafts: int
    draft_variants: int
    represented_states: tuple[str, ...] = field(default=())

    def __str__(self) -> str:
        return (
            f"{self.organizations} organizations, {self.people} people, "
            f"{self.campaigns} campaigns, {self.endorsements} endorsements, "
            f"{self.calls} calls, {self.action_items} action items, "
            f"{self.drafts} drafts with {self.draft_variants} variants"
        )


# --- organizations -----------------------------------------------------------------------


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
        _chapter(state),
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


# --- people ----------------------------------------------------------------------------


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
    "CA": "916", "OR": "503", "SC": "803", "IL": "217", "IN": "317", "ND": "701",
    "NH": "603", "AZ": "602", "NY": "518", "PA": "717", "OK": "405", "WY": "307", "CO": "303",
}

PEOPLE: tuple[_Person, ...] = (
    # California
    _Person("Marisol Vega-Ortiz", "CA", ("marisol.vega@example.org", "cnp.chair@example.org"),
            (_Role(CNP, "Chair", "2019-05-18"),
             _Role(COALITION, "California representative", "2025-02-04", represents="CA")),
            language="es"),
    _Person("Kenji Watanabe", "CA", ("kenji.watanabe@example.org",),
            (_Role(CNP, "Secretary", "2021-03-06"),)),
    _Person("Lan Nguyen", "CA", ("lan.nguyen@example.org",),
            (_Role(CNP, "Treasurer", "2022-01-15"),)),
    _Person("Fatima Haddad", "CA", ("fatima.haddad@example.org", "cnp.volunteers@example.org"),
            (_Role(CNP, "Volunteer coordinator", "2023-08-12"),)),
    _Person("Priya Raman", "CA", ("priya.raman@example.org", "cfc.director@example.org"),
            (_Role(CFC, "Executive director", "2020-10-01"),)),
    _Person("Elena Sokolova", "CA", ("elena.sokolova@example.org",),
            (_Role(CFC, "Signature drive coordinator", "2026-09-01"),)),
    _Person("Jorge Ramírez", "CA", ("jorge.ramirez@example.org",),
            (_Role(CFC, "Spanish-language outreach", "2024-04-20"),), language="es"),
    _Person("Hamid Karimi", "CA", ("hamid.karimi@example.org",),
            (_Role(CFC, "Volunteer", "2025-06-07"),)),
    _Person("Tomás Herrera", "CA", ("tomas.herrera@example.org",),
            (_Role(CFC_EDU, "Board chair", "2021-01-09"),), language="es"),
    _Person("Grace Adeyemi", "CA", ("grace.adeyemi@example.org",),
            (_Role(CFC_ADV, "Board chair", "2021-01-09"),)),
    _Person("Samuel Kahananui", "CA", ("samuel.kahananui@example.org",),
            (_Role(CALCONCON, "Organizer", "2018-02-10"),)),
    _Person("Rosa Delgado", "CA", ("rosa.delgado@example.org",),
            (_Role(CALCONCON, "Coalition liaison", "2026-09-15"),), language="es"),
    _Person("Wei Chen", "CA", ("wei.chen@example.org",),
            (_Role(YESCAL, "Volunteer coordinator", "2017-01-14", "2017-12-31"),)),
    _Person("Sofía Martínez", "CA", ("sofia.martinez@example.org",),
            (_Role(YESCAL, "Member", "2017-02-01", "2018-06-30"),
             _Role(CFC, "Volunteer", "2026-10-03")), language="es"),
    _Person("Aaliyah Brooks", "CA", ("aaliyah.brooks@example.org", "coalition.calls@example.org"),
            (_Role(COALITION, "Coalition coordinator", "2024-11-12"),),
            notes="Hosts the weekly Tuesday 5:30 pm Pacific call."),
    # Oregon
    _Person("Colton Hayes", "OR", ("colton.hayes@example.org",),
            (_Role(COALITION, "Oregon representative", "2025-03-11", represents="OR"),
             _Role(RED_OR, "Liaison", "2025-09-02"))),
    _Person("Marguerite Olsen", "OR", ("marguerite.olsen@example.org",),
            (_Role(RED_OR, "Contact", "2025-09-02"),)),
    # South Carolina
    _Person("Michael Tran", "SC", ("michael.tran@example.org", "mike.sc@example.org"),
            (_Role(_chapter("SC"), "Founder", "2024-10-08", represents="SC"),),
            notes="'Michael from South Carolina' of the article; his post inspired the "
                  "tailored messages."),
    _Person("Bethany Culpepper", "SC", ("bethany.culpepper@example.org",),
            (_Role(_chapter("SC"), "Page moderator", "2024-10-15"),)),
    # Illinois
    _Person("Lukas Nowak", "IL", ("lukas.nowak@example.org",),
            (_Role(RED_IL, "Organizer", "2024-09-21", represents="IL"),)),
    _Person("Deborah Kim", "IL", ("deborah.kim@example.org",),
            (_Role(RED_IL, "Member", "2025-01-18"),)),
    # Indiana
    _Person("Raymond Oyelaran", "IN", ("raymond.oyelaran@example.org",),
            (_Role(_chapter("IN"), "Indiana representative", "2024-09-21", represents="IN"),)),
    _Person("Hannah Stoltzfus", "IN", ("hannah.stoltzfus@example.org",),
            (_Role(_chapter("IN"), "Member", "2025-04-05"),)),
    # North Dakota
    _Person("Erik Halvorsen", "ND", ("erik.halvorsen@example.org",),
            (_Role(_chapter("ND"), "North Dakota representative", "2024-09-21", represents="ND"),)),
    _Person("Naomi Bergstrom", "ND", ("naomi.bergstrom@example.org",),
            (_Role(_chapter("ND"), "Member", "2025-02-22"),)),
    # New Hampshire
    _Person("Patrick Dubois", "NH", ("patrick.dubois@example.org",),
            (_Role(_chapter("NH"), "New Hampshire representative", "2024-09-21", represents="NH"),),
            language="fr"),
    _Person("Caleb Whitfield", "NH", ("caleb.whitfield@example.org",),
            (_Role(LIBERTY_BLOCK, "Spokesperson", "2024-09-21"),)),
    # Arizona
    _Person("Yolanda Begay", "AZ", ("yolanda.begay@example.org",),
            (_Role(_chapter("AZ"), "Arizona representative", "2024-09-21", represents="AZ"),)),
    _Person("Ignacio Fuentes", "AZ", ("ignacio.fuentes@example.org",),
            (_Role(_chapter("AZ"), "Member", "2025-05-10"),), language="es"),
    # New York
    _Person("Anthony Russo", "NY", ("anthony.russo@example.org",),
            (_Role(RED_NY, "Organizer", "2024-10-22", represents="NY"),)),
    _Person("Shanice Williams", "NY", ("shanice.williams@example.org",),
            (_Role(RED_NY, "Social media", "2025-03-01"),)),
    # Pennsylvania
    _Person("Gregory Mueller", "PA", ("gregory.mueller@example.org",),
            (_Role(RED_PA, "Organizer", "2024-10-22", represents="PA"),)),
    _Person("Amara Nwosu", "PA", ("amara.nwosu@example.org",),
            (_Role(RED_PA, "Treasurer", "2025-01-11"),)),
    # Oklahoma
    _Person("Travis Harjo", "OK", ("travis.harjo@example.org",),
            (_Role(_chapter("OK"), "Oklahoma representative", "2024-10-22", represents="OK"),)),
    # Wyoming: a former representative, so the history shows
    _Person("Dale Eriksen", "WY", ("dale.eriksen@example.org",),
            (_Role(_chapter("WY"), "Wyoming representative", "2024-10-22", "2026-03-31",
                   represents="WY"),),
            notes="Stepped down as representative in March 2026."),
    _Person("Shelby Cordova", "WY", ("shelby.cordova@example.org",),
            (_Role(_chapter("WY"), "Page admin", "2025-07-19"),)),
    # Colorado: a page, no representative
    _Person("Maya Goldberg", "CO", ("maya.goldberg@example.org",),
            (_Role(_chapter("CO"), "Page admin", "2026-05-16"),)),
)


# --- campaigns ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Campaign:
    key: str
    data: CampaignInput
    owner: str | None = None


CAMPAIGNS: tuple[_Campaign, ...] = (
    _Campaign(
        PLEBISCITE,
        CampaignInput(
            name="2028 California independence plebiscite",
            kind=CampaignKind.BALLOT_INITIATIVE,
            description=(
                "From the texts: an initiative statute asking \"Should California leave the "
                "United States and become a free and independent country?\" on the November "
                "2028 ballot if its organizers gather 546,651 valid signatures; if approved it "
                "would create an independent, nonpartisan commission to study California's "
                "viability as a sovereign nation (interim findings within one year, final "
                "recommendations within two; about $10 million to hold the election and set up "
                "the commission, then $2 million a year). The measure itself would not enact "
                "secession. Invented for the sample: the owner (CFC), the filing date and the "
                "signature deadline; the vote date is the November 2028 general election."
            ),
            website="https://cfc.example.org/plebiscite",
            filing_date="2026-09-15",
            signature_deadline="2027-03-15",
            vote_date="2028-11-07",
            signature_goal=546651,
        ),
        owner=CFC,
    ),
    _Campaign(
        BORDERS,
        CampaignInput(
            name="Peaceful movement of state borders",
            kind=CampaignKind.STATEMENT,
            description=(
                "From the texts: \"The coalition of Red States and conservative parts of Blue "
                "states has decided to officially endorse the peaceful movement of state borders "
                "as necessary to maintain a peaceful, harmonious, and civil society.\" Meant "
                "only where the situation is \"egregiously undemocratic\" (Oregon, Illinois, New "
                "York, Pennsylvania, Colorado)."
            ),
            website="https://calexit-coalition.example.org/borders",
        ),
        owner=COALITION,
    ),
    _Campaign(
        CANDIDATE,
        CampaignInput(
            name="Renata Okoye for State Assembly",
            kind=CampaignKind.CANDIDATE,
            description=(
                "An invented candidate in an invented race: the CNP FAQ says the party supports "
                "candidates in select races whose platforms match its own."
            ),
            website="https://okoye-for-assembly.example.org",
            vote_date="2028-03-07",
        ),
        owner=CNP,
    ),
    _Campaign(
        NO_FOREIGN_MONEY,
        CampaignInput(
            name="No foreign money",
            kind=CampaignKind.POLICY_POSITION,
            description=(
                "From the texts: \"We don't accept money or material support from outside the "
                "U.S., period (and we prefer to raise our money from Californians).\" The CNP "
                "FAQ likewise says it is wholly funded by individual contributions."
            ),
        ),
    ),
    _Campaign(
        ARTICLE_V,
        CampaignInput(
            name="Article V constitutional convention initiative",
            kind=CampaignKind.BALLOT_INITIATIVE,
            description=(
                "From the texts: filed by Cal Con Con in August 2017, calling on the Legislature "
                "to apply to Congress for a convention under Article V to bring the U.S. "
                "Constitution up to 21st-century realities. The day of filing is invented."
            ),
            website="https://calconcon.example.org/initiative",
            filing_date="2017-08-14",
        ),
        owner=CALCONCON,
    ),
)


# --- endorsements ------------------------------------------------------------------------

# (status, day, note): the first is how the endorsement was recorded, the rest its history.
_Step = tuple[EndorsementStatus, str, str]


@dataclass(frozen=True)
class _Endorsement:
    endorser_org: str | None = None
    endorser_person: str | None = None  # a person's name
    campaign: str | None = None
    target_org: str | None = None
    steps: tuple[_Step, ...] = ()
    condition: str = ""  # for the step whose status is CONDITIONAL
    source_url: str = ""
    notes: str = ""


_S = EndorsementStatus
ENDORSEMENTS: tuple[_Endorsement, ...] = (
    _Endorsement(
        CNP, campaign=PLEBISCITE,
        steps=(
            (_S.REQUESTED, "2026-09-22", "CFC asked the CNP board for its endorsement."),
            (_S.PENDING, "2026-10-06", "Put to the board's October meeting."),
            (_S.ENDORSED, "2026-10-20", "Board vote; announced on the party's page."),
        ),
        source_url="https://cnp.example.org/news/endorsement-plebiscite",
        notes="The CNP FAQ says the party formally endorsed CFC's ballot initiative.",
    ),
    _Endorsement(
        CALCONCON, campaign=PLEBISCITE,
        steps=(
            (_S.REQUESTED, "2026-09-22", "Asked at the coalition call."),
            (_S.CONDITIONAL, "2026-10-13", "Will support it once they have read the final text."),
        ),
        condition="We will need to see the full text first.",
    ),
    _Endorsement(
        _chapter("SC"), campaign=PLEBISCITE,
        steps=((_S.ENDORSED, "2026-09-29", "Posted to the group's page."),),
    ),
    _Endorsement(
        COALITION, campaign=PLEBISCITE,
        steps=(
            (_S.REQUESTED, "2026-09-22", ""),
            (_S.PENDING, "2026-11-17", "On the agenda of the Tuesday call."),
        ),
    ),
    _Endorsement(
        RED_NY, campaign=PLEBISCITE,
        steps=((_S.REQUESTED, "2026-11-10", "Sent with the New York variant of the message."),),
    ),
    _Endorsement(
        CNP, campaign=BORDERS,
        steps=(
            (_S.REQUESTED, "2025-06-10", ""),
            (_S.DECLINED, "2025-07-01", "Takes no position on other states' borders."),
        ),
    ),
    _Endorsement(
        RED_NY, campaign=BORDERS,
        steps=((_S.ENDORSED, "2025-05-20", "A founding supporter of intra-state secession."),),
    ),
    _Endorsement(
        RED_IL, campaign=BORDERS,
        steps=((_S.ENDORSED, "2025-05-20", "A founding supporter of intra-state secession."),),
    ),
    _Endorsement(
        RED_PA, campaign=BORDERS,
        steps=((_S.ENDORSED, "2025-05-20", "A founding supporter of intra-state secession."),),
    ),
    _Endorsement(
        endorser_person="Michael Tran", campaign=BORDERS,
        steps=((_S.ENDORSED, "2025-05-27", "Signed in his own name."),),
    ),
    _Endorsement(
        CNP, campaign=CANDIDATE,
        steps=(
            (_S.PENDING, "2026-08-04", "Candidate questionnaire received."),
            (_S.ENDORSED, "2026-09-08", "Platform matches the party's."),
        ),
    ),
    _Endorsement(
        _chapter("NH"), campaign=CANDIDATE,
        steps=(
            (_S.ENDORSED, "2026-09-15", ""),
            (_S.WITHDRAWN, "2026-10-27", "The chapter keeps out of California candidate races."),
        ),
    ),
    _Endorsement(
        CNP, campaign=NO_FOREIGN_MONEY,
        steps=((_S.ENDORSED, "2024-03-02", "Matches the party's funding rules."),),
    ),
    _Endorsement(
        CFC, campaign=NO_FOREIGN_MONEY,
        steps=((_S.ENDORSED, "2024-04-13", ""),),
    ),
    _Endorsement(
        CFC_ADV, campaign=NO_FOREIGN_MONEY,
        steps=(
            (_S.REQUESTED, "2026-10-01", ""),
            (_S.PENDING, "2026-10-29", "Waiting for the board's counsel."),
        ),
    ),
    _Endorsement(
        CNP, target_org=CFC,
        steps=((_S.ENDORSED, "2024-06-22", "An ally in the coalition."),),
    ),
    _Endorsement(
        LIBERTY_BLOCK, target_org=COALITION,
        steps=((_S.ENDORSED, "2024-09-21", "A founding movement of the coalition."),),
    ),
)


# --- the weekly call ---------------------------------------------------------------------

CALL_TITLE = "Coalition call"
CALL_ZONE = "America/Los_Angeles"
CALL_TIME = dt.time(17, 30)  # "every Tuesday at 5:30 Pacific"
COORDINATOR = "Aaliyah Brooks"
ROLL_CALL, WINS, MESSAGE, REVIEW = (
    "Roll call by state",
    "Wins of the week",
    "Message of the week: tailoring the question per state",
    "Action items review",
)
STANDING_ITEMS = ((ROLL_CALL, 5), (WINS, 10), (MESSAGE, 20), (REVIEW, 10))
# The groups whose representatives are invited: the coalition, its state chapters and
# the 'Red' groups, which between them hold every state representative.
CALL_GROUPS = (
    COALITION, RED_NY, RED_IL, RED_PA,
    *(_chapter(s) for s in ("SC", "IN", "ND", "NH", "AZ", "OK", "WY")),
)
CALL_GUESTS = (COORDINATOR, "Caleb Whitfield", "Marguerite Olsen")
ONE_OFF_TITLE = "Coordination call with Oregon groups"


@dataclass(frozen=True)
class _Item:
    """An agenda item as it ended on its call; one carried from the week before is
    found by its title on the agenda and completed, not added again."""

    title: str
    owner: str | None = None
    box: int | None = None
    notes: str = ""
    said: str = ""
    decision: str = ""
    status: ItemStatus = ItemStatus.DONE


@dataclass(frozen=True)
class _Action:
    title: str
    owner: str
    due_in: int  # days after the call
    item: str | None = None  # the agenda item it was decided under
    done_in: int | None = None  # days after the call it was done; None: still open
    status: ActionStatus = ActionStatus.OPEN


@dataclass(frozen=True)
class _Week:
    """One past Tuesday: what was said under the standing items, the items of its own,
    who was missing, what was decided; or that it was moved or cancelled."""

    wins: str = ""
    message: str = ""
    message_decision: str = ""
    items: tuple[_Item, ...] = ()
    absent: tuple[str, ...] = ()
    actions: tuple[_Action, ...] = ()
    moved_to_thursday: bool = False
    cancelled: bool = False


WELCOME = "Welcome the new members from Oklahoma, New York, Pennsylvania and Wyoming"
SC_POST = "Michael's South Carolina post: 60 members in days"
PAGES = "Pages in 20 states: who starts the next ones"
RED_OREGON = "Red Oregon: support the request to split the state"
DECLARATION = "Declaration: the peaceful movement of state borders"
TAILORED = "Tailored question for New York and Illinois"

PAST_WEEKS: tuple[_Week, ...] = (  # oldest first, one per Tuesday
    _Week(
        wins="The coalition doubled in size in a month: people in four more states pledged "
             "to promote the same idea.",
        message="The question is the same for everyone: would you really mind if California "
                "left? Each state phrases it for the personality of its own people.",
        message_decision="States that have asked the question help the new ones phrase it.",
        items=(
            _Item(WELCOME, COORDINATOR, 5,
                  said="Oklahoma, New York, Pennsylvania and Wyoming introduced themselves.",
                  decision="Each new state is paired with a state that has already asked."),
            _Item(SC_POST, "Michael Tran", 10, notes="One Facebook post, 30,000 views.",
                  said="Michael: asking was 'like asking people if they like chocolate'.",
                  decision="Use the post as the model for every state page."),
        ),
        absent=("Erik Halvorsen", "Marguerite Olsen"),
        actions=(
            _Action("Send the call link and dial-in to the four new states", COORDINATOR, 2,
                    WELCOME, done_in=1),
            _Action("Share the South Carolina post as a template for the other pages",
                    "Michael Tran", 7, SC_POST, done_in=5),
        ),
    ),
    _Week(
        wins="Red Oregon asked the coalition for its support.",
        message="South Carolina's wording read to the others; Indiana and North Dakota "
                "adapted it.",
        items=(
            _Item(PAGES, COORDINATOR, 5,
                  notes="Representatives in 11 states; the goal is 20 states with pages.",
                  said="Wyoming and Colorado have volunteers; the others are still to find.",
                  status=ItemStatus.OPEN),
            _Item(RED_OREGON, "Colton Hayes", 10,
                  said="Oregon's conservatives want to 'peacefully divorce' the coastal cities.",
                  decision="Write an article explaining why they are right to ask."),
        ),
        absent=("Travis Harjo", "Marguerite Olsen"),
        actions=(
            _Action("Write the article on Red Oregon's request to split the state",
                    "Colton Hayes", 7, RED_OREGON, done_in=6),
            _Action("List the states with a volunteer ready to start a page", "Yolanda Begay",
                    7, PAGES, done_in=8),
        ),
    ),
    _Week(
        moved_to_thursday=True,
        wins="The Red Oregon article reached 50,000 views.",
        message="Pennsylvania's version: the whole state outside the Philadelphia metro area.",
        message_decision="Pennsylvania drafts its version for next week.",
        items=(
            _Item(PAGES, said="Colorado and Wyoming pages can start this month.",
                  decision="Wyoming and Colorado first; then the states on the volunteers' list."),
            _Item("The Red Oregon article: 50,000 views", "Colton Hayes", 10,
                  said="Everyone in Red Oregon now knows of the coalition."),
        ),
        absent=("Lukas Nowak",),
        actions=(
            _Action("Draft the Pennsylvania version of the question", "Gregory Mueller", 7,
                    done_in=6),
            _Action("Help the Colorado page admin start the page", "Yolanda Begay", 14, PAGES,
                    done_in=10),
            _Action("Book a guest speaker for a call", COORDINATOR, 14,
                    status=ActionStatus.DROPPED),
        ),
    ),
    _Week(cancelled=True),
    _Week(
        wins="The Pennsylvania version is out; Colorado's page has its first followers.",
        message="New York and Illinois want their own wording, as Pennsylvania did.",
        items=(
            _Item(DECLARATION, "Caleb Whitfield", 10,
                  notes="'...officially endorse the peaceful movement of state borders as "
                        "necessary to maintain a peaceful, harmonious, and civil society.'",
                  said="Only where the situation is 'egregiously undemocratic': Oregon, "
                       "Illinois, New York, Pennsylvania and Colorado.",
                  decision="Endorse the declaration once every group has signed off."),
            _Item("New shared graphics: 'USA without a CA'", "Anthony Russo", 5,
                  said="Two designs chosen by vote in the chat."),
        ),
        absent=("Patrick Dubois",),
        actions=(
            _Action("Collect each group's sign-off on the declaration", COORDINATOR, 5,
                    DECLARATION),  # still open: overdue
            _Action("Post the new graphics on every state page", "Anthony Russo", 7,
                    done_in=3),
        ),
    ),
    _Week(
        wins="Reach on social media is in the hundreds of thousands.",
        message="Illinois will test two versions of the question on its page.",
        message_decision="Each state reports which wording got the most answers.",
        items=(
            _Item("Non-violence: our word after the Oregon protest", "Caleb Whitfield", 5,
                  said="The protest in Oregon turned violent; the coalition is peaceful.",
                  decision="Every page repeats that the coalition stands for non-violence."),
            _Item(TAILORED, "Anthony Russo", 10,
                  notes="Red New York: the whole state besides NYC, Nassau and Westchester.",
                  said="First drafts read; Illinois wants to test two versions first.",
                  status=ItemStatus.OPEN),
        ),
        absent=("Yolanda Begay", "Caleb Whitfield"),
        actions=(
            _Action("Draft the Illinois version of the question", "Lukas Nowak", 7, TAILORED),
            _Action("Publish the non-violence statement on every page", "Caleb Whitfield", 14),
            _Action("Update the growth figures for the press kit", "Erik Halvorsen", 3,
                    done_in=1),
        ),
    ),
)

NEXT_CALL_ITEMS = (  # added to the next two calls, after what they start with
    (_Item("Pages in 20 states: where we stand", COORDINATOR, 10,
           notes="11 states represented; Wyoming and Colorado have pages."),),
    (_Item("Growth report: a month of new members", "Erik Halvorsen", 10),),
)
ONE_OFF_ITEMS = (
    _Item("Red Oregon's request: where it stands", "Marguerite Olsen", 15),
    _Item("How the coalition helps without speaking for Oregon", "Colton Hayes", 15),
)


def _tuesdays(today: dt.date) -> tuple[list[dt.date], list[dt.date]]:
    """The sample's past Tuesdays (before ``today``) and its next two (from ``today``)."""
    last = today - dt.timedelta(days=(today.weekday() - 1) % 7 or 7)
    past = [last - dt.timedelta(weeks=n) for n in range(len(PAST_WEEKS) - 1, -1, -1)]
    first_next = today + dt.timedelta(days=(1 - today.weekday()) % 7)
    return past, [first_next, first_next + dt.timedelta(weeks=1)]


def _add_items(
    session: Session,
    occurrence: CallOccurrence,
    items: tuple[_Item, ...],
    people: dict[str, Person],
) -> None:
    """Add each item, or complete the one already on the agenda (carried), as it ended."""
    for item in items:
        row = next((a for a in occurrence.agenda if a.title == item.title), None)
        if row is None:
            row = meetings.add_agenda_item(
                session, occurrence.id, item.title,
                owner_id=people[item.owner].id if item.owner else None,
                time_box_minutes=item.box, notes=item.notes,
            )
        _close(session, row, item.said, item.decision, item.status)


def _close(session: Session, row: AgendaItem, said: str, decision: str, status: ItemStatus) -> None:
    meetings.update_agenda_item(
        session, row.id, title=row.title, owner_id=row.owner_id,
        time_box_minutes=row.time_box_minutes, notes=row.notes,
        minutes=said, decision=decision, status=status,
    )


def _hold(
    session: Session, occurrence: CallOccurrence, week: _Week, day: dt.date, today: dt.date,
    people: dict[str, Person],
) -> None:
    """Record a past call: who came, what was said and decided, who owes what."""
    for person in meetings.suggested_attendees(session, occurrence.id):
        meetings.set_attendance(session, occurrence.id, person.id, person.name not in week.absent)
    _add_items(session, occurrence, week.items, people)
    states = meetings.states_represented(session, occurrence.id)
    said = {
        ROLL_CALL: f"{len(states)} states on the call: {', '.join(states)}.",
        WINS: week.wins,
        MESSAGE: week.message,
        REVIEW: "Went through the open action items of the earlier calls.",
    }
    for row in occurrence.agenda:
        if row.title in said:
            decision = week.message_decision if row.title == MESSAGE else ""
            _close(session, row, said[row.title], decision, ItemStatus.DONE)
    for action in week.actions:
        item = next((a for a in occurrence.agenda if a.title == action.item), None)
        row = meetings.add_action_item(
            session, action.title, occurrence_id=occurrence.id,
            agenda_item_id=item.id if item else None, owner_id=people[action.owner].id,
            due_on=day + dt.timedelta(days=action.due_in),
        )
        status = ActionStatus.DONE if action.done_in is not None else action.status
        if status != ActionStatus.OPEN:
            done_on = (
                min(day + dt.timedelta(days=action.done_in), today)
                if action.done_in is not None else None
            )
            meetings.update_action_item(
                session, row.id, title=row.title, owner_id=row.owner_id, due_on=row.due_on,
                status=status, notes=row.notes, done_on=done_on,
            )


def _load_calls(
    session: Session, orgs: dict[str, Organization], people: dict[str, Person], today: dt.date
) -> None:
    """The weekly call around ``today``, and the one-off call with the Oregon groups."""
    past, upcoming = _tuesdays(today)
    series = _flushed(session, calls.create_series(
        session,
        SeriesInput(
            title=CALL_TITLE,
            start_date=past[0],
            start_time=CALL_TIME,
            time_zone=CALL_ZONE,
            recurrence=Recurrence(weekdays=(1,)),
            duration_minutes=60,
            organizer_id=people[COORDINATOR].id,
            owner_org_id=orgs[COALITION].id,
            description="The coalition's weekly call: members help each other fine-tune "
                        "the message to the citizens of their state.",
            join_url="https://meet.example.org/coalition-call",
            dial_in="+1 916-555-0199",
            access_code="730 1755",
            participant_person_ids=[people[name].id for name in CALL_GUESTS],
            participant_org_ids=[orgs[key].id for key in CALL_GROUPS],
            standing_items=list(STANDING_ITEMS),
        ),
    ))
    for day, week in zip(past, PAST_WEEKS):
        if week.cancelled:
            calls.cancel_call(session, series.id, day)
            continue
        occurrence = _flushed(session, calls.prepare_call(session, series.id, day))
        _hold(session, occurrence, week, day, today, people)
        if week.moved_to_thursday:
            thursday = calls.instant(day + dt.timedelta(days=2), CALL_TIME, CALL_ZONE)
            calls.move_call(session, series.id, day, thursday)
    for day, items in zip(upcoming, NEXT_CALL_ITEMS):
        occurrence = _flushed(session, calls.prepare_call(session, series.id, day))
        _add_items(session, occurrence, items, people)

    thursday = today + dt.timedelta(days=(3 - today.weekday()) % 7 or 7)
    one_off = _flushed(session, calls.create_one_off(
        session, ONE_OFF_TITLE, calls.instant(thursday, dt.time(18, 0), CALL_ZONE), 45, CALL_ZONE,
        location="https://meet.example.org/oregon-groups",
        notes="With Red Oregon: its request to split the state, and what the coalition can do.",
    ))
    _add_items(session, one_off, ONE_OFF_ITEMS, people)


# --- shared drafts --------------------------------------------------------------------------

QUESTION_TITLE = "Would you really mind if California left?"
QUESTION_CORE = (
    "Would you really mind if California left, or do you think it would make America great "
    "again by making America STATES again? Tell us what {state} thinks, and join the "
    "coalition call {next_call}."
)
SC_FIRST = (
    "Fellow Southerners: would you really mind if California left the Union? Or would it "
    "make America great again by making America STATES again? {group} wants to hear from "
    "{state}. Join the coalition call {next_call}."
)
SC_EDITED = (  # Michael's edit after The Liberty Block had signed off
    "Fellow Southerners: would you be greatly upset if California left the Union? Or would "
    "it make America great again by making America STATES again? {group} wants to hear "
    "from all of {state}: join the call {next_call}."
)
OREGON = (
    "Oregon's interior knows the case for a peaceful divorce. So: would you really mind if "
    "California left, or would it make America great again by making America STATES again? "
    "Tell {group} what {state} thinks on the coalition call {next_call}."
)
ILLINOIS = (  # too long for a post on X: the changes Red Illinois asks for
    "Downstate, the answer is already yes. Chicago sets the terms for the whole of {state}, "
    "the way California sets them for the whole country. Would you really mind if "
    "California left, or do you think it would make America great again by making America "
    "STATES again? {group} is asking {region}. Join the coalition call {next_call} and tell "
    "us how you would put it."
)
BORDERS_TITLE = "Coalition endorses the peaceful movement of state borders"
BORDERS_CORE = (
    "FOR IMMEDIATE RELEASE\n\n"
    "Coalition endorses the peaceful movement of state borders\n\n"
    "\"The coalition of Red States and conservative parts of Blue states has decided to "
    "officially endorse the peaceful movement of state borders as necessary to maintain a "
    "peaceful, harmonious, and civil society.\"\n\n"
    "The coalition does not ask every divided state to split: only where the situation is "
    "egregiously undemocratic, where one urban area dictates terms to the overwhelming "
    "majority of a state's land. There, conservative areas should be free to shift a border "
    "and join a neighboring state, or to form a new state, peacefully and lawfully.\n\n"
    "Press contact: {group}"
)
BORDERS_NEW_YORK = BORDERS_CORE.replace(
    "peacefully and lawfully.",
    "peacefully and lawfully. In {state}, {group} speaks for the whole state besides New "
    "York City and Nassau and Westchester Counties.",
).replace("Press contact: {group}", "Press contact: {group}, {contact}")


def _at(now: dt.datetime, days_ago: int, hour: int, minute: int = 0) -> dt.datetime:
    """A moment of the drafts' story: ``days_ago`` days before ``now``, at a Pacific time."""
    day = now.astimezone(ZoneInfo(CALL_ZONE)).date() - dt.timedelta(days=days_ago)
    return calls.instant(day, dt.time(hour, minute), CALL_ZONE)


def _told(row: DraftRevision | DraftStatusChange | DraftComment, at: dt.datetime, who: str) -> None:
    """Date and sign a record as the story tells it: the services stamp the moment the
    sample is loaded and whoever loads it, which would make every step look the same."""
    if isinstance(row, DraftComment):
        row.created_at, row.author = at, who
    elif isinstance(row, DraftStatusChange):
        row.at, row.actor = at, who
    else:
        row.at, row.author = at, who


def _asked(session: Session, variant: DraftVariant, org: Organization, at: dt.datetime) -> SignOff:
    sign_off = drafts.request_sign_off(session, variant.id, org.id)
    sign_off.requested_at = at
    return sign_off


def _answered(
    session: Session, sign_off: SignOff, answer: SignOffAnswer, by: str, at: dt.datetime,
    comment: str = "",
) -> None:
    drafts.answer_sign_off(session, sign_off.id, answer, comment, by=by)
    sign_off.answered_at = at


def _moved(
    session: Session, draft: Draft, status: DraftStatus, at: dt.datetime, note: str = ""
) -> None:
    drafts.set_status(session, draft.id, status, note)
    _told(draft.status_changes[-1], at, COORDINATOR)


def _revised(session: Session, variant: DraftVariant, text: str, at: dt.datetime, who: str) -> None:
    """A new wording of a variant; sign-offs it voids or asks again are dated with it."""
    revision = drafts.save_variant_text(session, variant.id, text)
    assert revision is not None
    _told(revision, at, who)
    every = drafts.all_sign_offs(session, variant.id)
    voided = {s.id for s in every if s.voided_at is not None and s.voided_at > at}
    for sign_off in every:
        if sign_off.id in voided:
            sign_off.voided_at = at
        elif sign_off.replaces_id in voided:
            sign_off.requested_at = at


def _thread(
    session: Session, draft: Draft, variant: DraftVariant | None,
    said: tuple[tuple[str, str], ...], at: dt.datetime,
) -> None:
    """A comment and its replies, each answering the one before, an hour apart."""
    parent: DraftComment | None = None
    for number, (who, body) in enumerate(said):
        parent = drafts.add_comment(
            session, draft.id, body, variant_id=variant.id if variant else None,
            parent_id=parent.id if parent else None,
        )
        _told(parent, at + dt.timedelta(hours=number), who)


def _question_draft(session: Session, orgs: dict[str, Organization], now: dt.datetime) -> None:
    """The shared question of the last two weeks: South Carolina's variant approved (after
    an edit voided one approval and The Liberty Block signed again), Oregon's waiting for
    Red Oregon, Illinois' sent back by Red Illinois (too long for X)."""
    draft = drafts.create_draft(
        session,
        DraftInput(QUESTION_TITLE, ["x", "facebook", "email"], orgs[COALITION].id,
                   ["calexit", "multi-state", "question of the week"]),
        QUESTION_CORE,
    )
    start = _at(now, 12, 10)
    _told(draft.revisions[0], start, COORDINATOR)
    _told(draft.status_changes[0], start, COORDINATOR)
    _thread(session, draft, None, (
        ("Caleb Whitfield", "The question is the same for everyone; each state phrases it for "
                            "the personality of its own people."),
        ("Michael Tran", "In South Carolina, asking it is like asking people if they like "
                         "chocolate. Everyone tells me the answer is already yes."),
        (COORDINATOR, "Then South Carolina first, with Oregon and Illinois."),
    ), _at(now, 12, 11))

    chapter, liberty = orgs[_chapter("SC")], orgs[LIBERTY_BLOCK]
    south = drafts.add_variant(session, draft.id, "", state="SC", organization_id=chapter.id)
    _told(south.revisions[0], _at(now, 11, 9), "Michael Tran")
    _revised(session, south, SC_FIRST, _at(now, 11, 9, 30), "Michael Tran")
    oregon = drafts.add_variant(
        session, draft.id, "", state="OR", organization_id=orgs[RED_OR].id, text=OREGON
    )
    _told(oregon.revisions[0], _at(now, 11, 14), "Colton Hayes")
    illinois = drafts.add_variant(
        session, draft.id, "", state="IL", organization_id=orgs[RED_IL].id, text=ILLINOIS
    )
    _told(illinois.revisions[0], _at(now, 11, 16), "Lukas Nowak")
    drafts.update_variant(
        session, illinois.id, audience=illinois.audience, state="IL",
        organization_id=orgs[RED_IL].id, fields={"region": "everyone outside the northeast"},
    )
    _moved(session, draft, DraftStatus.IN_REVIEW, _at(now, 10, 9), "South Carolina, Oregon and "
           "Illinois are ready for sign-off")

    by_liberty = _asked(session, south, liberty, _at(now, 10, 9, 15))
    by_chapter = _asked(session, south, chapter, _at(now, 10, 9, 15))
    _answered(session, by_liberty, SignOffAnswer.APPROVED, "Caleb Whitfield", _at(now, 9, 11),
              "Reads like the South.")
    _revised(session, south, SC_EDITED, _at(now, 8, 18), "Michael Tran")  # voids Caleb's answer
    _answered(session, by_chapter, SignOffAnswer.APPROVED, "Bethany Culpepper", _at(now, 7, 10))
    again = next(s for s in drafts.active_sign_offs(session, south.id) if s.replaces_id)
    _answered(session, again, SignOffAnswer.APPROVED, "Caleb Whitfield", _at(now, 6, 12),
              "Still good after the edit.")

    _asked(session, oregon, orgs[RED_OR], _at(now, 6, 15))
    to_red_illinois = _asked(session, illinois, orgs[RED_IL], _at(now, 5, 10))
    _answered(session, to_red_illinois, SignOffAnswer.CHANGES_REQUESTED, "Deborah Kim",
              _at(now, 4, 19), "Too long for a post on X, and leave Chicago out of it: we ask "
              "the question, we do not pick a fight.")
    _thread(session, draft, illinois, (
        ("Lukas Nowak", "Shall I cut the first two sentences for X and keep them for Facebook?"),
        (COORDINATOR, "One wording for every channel, please: a sign-off covers one text."),
        ("Lukas Nowak", "Understood. A shorter version before Tuesday's call."),
    ), _at(now, 4, 20))


def _borders_release(session: Session, orgs: dict[str, Organization]) -> None:
    """The press release on the declaration, published when the 'Red' groups endorsed it
    (May 2025, as their endorsements say), with a New York variant both groups signed."""

    def day(month: int, on: int, hour: int) -> dt.datetime:
        return calls.instant(dt.date(2025, month, on), dt.time(hour), CALL_ZONE)

    draft = drafts.create_draft(
        session,
        DraftInput(BORDERS_TITLE, ["press_release", "email"], orgs[COALITION].id,
                   ["declaration", "state borders"]),
        BORDERS_CORE,
    )
    _told(draft.revisions[0], day(5, 12, 10), "Caleb Whitfield")
    _told(draft.status_changes[0], day(5, 12, 10), "Caleb Whitfield")
    red_ny = orgs[RED_NY]
    new_york = drafts.add_variant(
        session, draft.id, "", state="NY", organization_id=red_ny.id, text=BORDERS_NEW_YORK
    )
    _told(new_york.revisions[0], day(5, 13, 9), "Anthony Russo")
    drafts.update_variant(
        session, new_york.id, audience=new_york.audience, state="NY", organization_id=red_ny.id,
        fields={"contact": "Anthony Russo, anthony.russo@example.org"},
    )
    _moved(session, draft, DraftStatus.IN_REVIEW, day(5, 14, 9))
    for org, by, asked, answered in (
        (red_ny, "Shanice Williams", day(5, 14, 9), day(5, 15, 17)),
        (orgs[RED_PA], "Gregory Mueller", day(5, 14, 9), day(5, 16, 11)),
    ):
        _answered(session, _asked(session, new_york, org, asked), SignOffAnswer.APPROVED, by,
                  answered)
    _moved(session, draft, DraftStatus.APPROVED, day(5, 19, 9))
    _moved(session, draft, DraftStatus.PUBLISHED, day(5, 20, 8), "Sent to the press list")


# --- the loader --------------------------------------------------------------------------

# --- goals -------------------------------------------------------------------------------

# From the texts: representatives in 11 states, the goal is 20; the plebiscite needs
# 546,651 valid signatures; the CNP needs 64,128 registered voters to qualify as a party.
# Invented for the sample: the deadlines and every weekly or monthly count (relative to
# the day the sample is loaded, so the charts always show the last few months).
SIGNATURE_TOTALS = (  # weekly petition tallies, oldest first, the latest three days ago
    8_420, 19_950, 33_100, 47_800, 61_200, 76_900, 90_400, 103_300, 118_600, 131_200,
    144_900, 157_300, 171_800, 184_100,
)
REGISTRATION_TOTALS = (  # every two weeks, oldest first, the latest five days ago
    36_310, 37_020, 37_940, 38_650, 39_480, 40_160, 41_050, 41_770, 42_610,
)
STATES_DEADLINE = "2027-06-30"
REGISTRATIONS_DEADLINE = "2027-12-31"


def _load_goals(session: Session, campaigns: dict[str, Campaign], today: dt.date) -> None:
    plebiscite = campaigns[PLEBISCITE]
    goals.create_goal(session, goals.GoalInput(
        name="Representatives in 20 states",
        measure=GoalMeasure.REPRESENTED_STATES,
        target=STATES_GOAL,
        deadline=STATES_DEADLINE,
        notes="Pages in 20 states: each with someone who speaks for the coalition there.",
    ))
    signatures = goals.create_goal(session, goals.GoalInput(
        name="Valid signatures for the plebiscite",
        measure=GoalMeasure.RECORDED,
        target=plebiscite.signature_goal or 546_651,
        deadline=plebiscite.signature_deadline,
        unit="signatures",
        notes="546,651 valid signatures put the question on the November 2028 ballot.",
    ))
    last = today - dt.timedelta(days=3)
    for weeks_ago, total in enumerate(reversed(SIGNATURE_TOTALS)):
        goals.record_observation(session, signatures.id, goals.ObservationInput(
            on=last - dt.timedelta(weeks=weeks_ago),
            value=total,
            source="Circulators' weekly tally (CFC)",
        ))
    registrations = goals.create_goal(session, goals.GoalInput(
        name="Voters registered with the CNP",
        measure=GoalMeasure.RECORDED,
        target=64_128,
        deadline=REGISTRATIONS_DEADLINE,
        unit="registrations",
        notes="0.33% of registered California voters qualifies the party for the ballot.",
    ))
    last = today - dt.timedelta(days=5)
    for fortnights_ago, total in enumerate(reversed(REGISTRATION_TOTALS)):
        goals.record_observation(session, registrations.id, goals.ObservationInput(
            on=last - dt.timedelta(weeks=2 * fortnights_ago),
            value=total,
            source="Secretary of State report of registration" if fortnights_ago % 2 == 0
            else "CNP sign-up form",
        ))
    goals.create_goal(session, goals.GoalInput(
        name="Allied groups endorsing the plebiscite",
        measure=GoalMeasure.ENDORSEMENTS,
        campaign_id=plebiscite.id,
        target=8,
        deadline=plebiscite.signature_deadline,
        unit="endorsements",
    ))


T = TypeVar("T")


def _flushed(session: Session, row: T) -> T:
    """``row`` with its id: a write nested in another one is not flushed on return.

    The ids are given at flush time, and a nested service call joins the outer
    transaction without flushing, so the loader flushes before it uses an id.
    """
    session.flush()
    return row


def load_sample(session: Session) -> SampleSummary:
    """Fill an empty database with the sample coalition, in one transaction.

    Raises :class:`CoalitionError` when the directory already holds anything: the sample
    is a starting point, never mixed into someone's own data.
    """
    if not directory.is_empty(session):
        raise CoalitionError(NOT_EMPTY)
    _load(session)
    # Made up for exploring: never sent to a coalition server, nor in a bundle.
    from coalition.sync.private import keep_private

    keep_private(session, last_changeset(session))
    return summarize(session)


@writes("Load the sample coalition")
def _load(session: Session) -> None:
    # Checked again inside the transaction: nothing may have arrived in between.
    if not directory.is_empty(session):
        raise CoalitionError(NOT_EMPTY)
    directory.set_setting(session, directory.COALITION_NAME, COALITION_NAME)
    directory.set_setting(session, directory.STATES_GOAL, str(STATES_GOAL))

    orgs: dict[str, Organization] = {}
    for item in ORGANIZATIONS:
        data = item.data
        if item.parent is not None:
            data = replace(data, parent_id=orgs[item.parent].id)
        orgs[item.key] = _flushed(session, directory.create_organization(session, data))

    people: dict[str, Person] = {}
    for number, item in enumerate(PEOPLE):
        phone = f"+1 {_AREA_CODE[item.state]}-555-{100 + number:04d}"
        person = _flushed(session, directory.create_person(
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
        ))
        people[item.name] = person
        for role in item.roles:
            directory.add_membership(
                session,
                MembershipInput(
                    person_id=person.id,
                    organization_id=orgs[role.org].id,
                    role=role.role,
                    since=role.since,
                    until=role.until,
                    represents_state=role.represents,
                ),
            )

    campaigns: dict[str, Campaign] = {}
    for item in CAMPAIGNS:
        data = item.data
        if item.owner is not None:
            data = replace(data, owner_id=orgs[item.owner].id)
        campaigns[item.key] = _flushed(session, endorsements.create_campaign(session, data))

    for item in ENDORSEMENTS:
        (status, on, note), *later = item.steps
        row = _flushed(session, endorsements.record_endorsement(
            session,
            EndorsementInput(
                endorser_org_id=orgs[item.endorser_org].id if item.endorser_org else None,
                endorser_person_id=(
                    people[item.endorser_person].id if item.endorser_person else None
                ),
                campaign_id=campaigns[item.campaign].id if item.campaign else None,
                target_org_id=orgs[item.target_org].id if item.target_org else None,
                status=status,
                condition=item.condition if status == EndorsementStatus.CONDITIONAL else "",
                status_on=on,
                source_url=item.source_url,
                notes=item.notes,
                note=note,
            ),
        ))
        for status, on, note in later:
            endorsements.set_endorsement_status(
                session,
                row.id,
                status,
                on=on,
                condition=item.condition if status == EndorsementStatus.CONDITIONAL else "",
                note=note,
            )

    _load_calls(session, orgs, people, dt.date.today())
    _borders_release(session, orgs)
    _question_draft(session, orgs, dt.datetime.now(dt.UTC))
    _load_goals(session, campaigns, dt.date.today())


def summarize(session: Session) -> SampleSummary:
    """Count what the directory holds, in the terms of :class:`SampleSummary`."""

    def count(column: object) -> int:
        return session.scalar(select(func.count(column))) or 0  # type: ignore[arg-type]

    today = dt.date.today()
    states = session.scalars(
        select(Membership.represents_state)
        .distinct()
        .where(
            Membership.represents_state != "",
            (Membership.until.is_(None)) | (Membership.until >= today),
        )
        .order_by(Membership.represents_state)
    )
    return SampleSummary(
        organizations=count(Organization.id),
        people=count(Person.id),
        memberships=count(Membership.id),
        campaigns=count(Campaign.id),
        endorsements=count(Endorsement.id),
        endorsement_events=count(EndorsementEvent.id),
        calls=count(CallOccurrence.id),
        action_items=count(ActionItem.id),
        drafts=count(Draft.id),
        draft_variants=count(DraftVariant.id),
        represented_states=tuple(states),
    )
