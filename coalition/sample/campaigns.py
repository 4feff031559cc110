"""The sample's campaigns and who endorsed them, each endorsement with its history."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from coalition import endorsements
from coalition.endorsements import CampaignInput, EndorsementInput
from coalition.sample.records import (
    ARTICLE_V,
    BORDERS,
    CALCONCON,
    CANDIDATE,
    CFC,
    CFC_ADV,
    CNP,
    COALITION,
    LIBERTY_BLOCK,
    NO_FOREIGN_MONEY,
    PLEBISCITE,
    RED_IL,
    RED_NY,
    RED_PA,
    chapter,
    flushed,
)
from coalition.store.models import (
    Campaign,
    CampaignKind,
    EndorsementStatus,
    Organization,
    Person,
)


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
        chapter("SC"), campaign=PLEBISCITE,
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
        chapter("NH"), campaign=CANDIDATE,
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



def load_campaigns(session: Session, orgs: dict[str, Organization]) -> dict[str, Campaign]:
    """Create every campaign; by key."""
    campaigns: dict[str, Campaign] = {}
    for item in CAMPAIGNS:
        data = item.data
        if item.owner is not None:
            data = replace(data, owner_id=orgs[item.owner].id)
        campaigns[item.key] = flushed(session, endorsements.create_campaign(session, data))
    return campaigns


def load_endorsements(
    session: Session,
    orgs: dict[str, Organization],
    people: dict[str, Person],
    campaigns: dict[str, Campaign],
) -> None:
    """Record every endorsement as first heard of, then each later change of its status."""
    for item in ENDORSEMENTS:
        (status, on, note), *later = item.steps
        row = flushed(session, endorsements.record_endorsement(
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
