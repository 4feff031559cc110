"""The sample's campaigns and who endorsed them, each endorsement with its history."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy.orm import Session

from coalition.endorsements import records as endorsements
from coalition.endorsements.records import CampaignInput, EndorsementInput
from coalition.sample import facts
from coalition.sample.records import (
    ARTICLE_V,
    BORDERS,
    CALCONCON,
    CANDIDATE,
    CFC,
    CFC_ADV,
    CFC_INITIATIVE,
    CNP,
    COALITION,
    INITIATIVE_2018,
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
            name=facts.PLEBISCITE_NAME,
            kind=CampaignKind.BALLOT_INITIATIVE,
            description=(
                f'From the policy paper: an initiative asking "{facts.PLEBISCITE_QUESTION}" '
                "on the November 2028 ballot if its organizers gather 546,651 valid signatures; "
                "if approved it would create an independent, nonpartisan commission to study "
                "California's viability as a sovereign nation (interim findings within one "
                "year, final recommendations within two; about $10 million to hold the election "
                "and set up the commission, then $2 million a year). The measure itself would "
                'not enact secession. The paper names no organization behind it ("the '
                'organizers of Calexit"), so it has no owner here. Invented for the sample: '
                "the signature deadline (example)."
            ),
            signature_deadline="2027-03-15",
            vote_date=facts.PLEBISCITE_VOTE_DATE,
            signature_goal=facts.PLEBISCITE_SIGNATURES,
        ),
    ),
    _Campaign(
        CFC_INITIATIVE,
        CampaignInput(
            name=facts.CFC_INITIATIVE_NAME,
            kind=CampaignKind.BALLOT_INITIATIVE,
            description=(
                'From the CNP FAQ: "The California National Party has formally endorsed the '
                "California Freedom Coalition's ballot imitative on Independence.\" Its text "
                "and dates are not in the texts."
            ),
        ),
        owner=CFC,
    ),
    _Campaign(
        INITIATIVE_2018,
        CampaignInput(
            name=facts.INITIATIVE_2018_NAME,
            kind=CampaignKind.BALLOT_INITIATIVE,
            description=(
                'From the CNP FAQ: "the new ballot initiative on independence which is '
                'supposed to be filed in 2018". The FAQ does not say whose it is.'
            ),
        ),
    ),
    _Campaign(
        BORDERS,
        CampaignInput(
            name="Peaceful movement of state borders",
            kind=CampaignKind.STATEMENT,
            description=(
                f'From the article: "{facts.BORDERS_DECLARATION}" Meant only where the '
                'situation is "egregiously undemocratic" (Oregon, Illinois, New York, '
                "Pennsylvania, Colorado)."
            ),
            website="https://calexit-coalition.example.org/borders",
        ),
        owner=COALITION,
    ),
    _Campaign(
        CANDIDATE,
        CampaignInput(
            name="Renata Okoye for State Assembly (example)",
            kind=CampaignKind.CANDIDATE,
            description=(
                "An invented candidate in an invented race: the CNP FAQ says the party supports "
                "candidates in select races whose platforms correspond to its own."
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
                f"From an independence group's statement of values (the group is not named): "
                f'"{facts.NO_FOREIGN_MONEY}" The CNP FAQ likewise says the party is wholly '
                "funded by individual contributions from Californians."
            ),
        ),
    ),
    _Campaign(
        ARTICLE_V,
        CampaignInput(
            name="Article V constitutional convention initiative",
            kind=CampaignKind.BALLOT_INITIATIVE,
            description=(
                "From the CNP FAQ: filed by Cal Con Con in August 2017, calling on the "
                "Legislature to apply to Congress for a convention under Article V to bring the "
                "U.S. Constitution up to par with 21st century realities. The day of filing is "
                "invented."
            ),
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
_INVENTED = "Invented for the sample (example): the texts do not say."
_DAYS_INVENTED = "The days are invented (example)."
ENDORSEMENTS: tuple[_Endorsement, ...] = (
    # What the texts tell.
    _Endorsement(
        CNP,
        campaign=CFC_INITIATIVE,
        steps=(
            (_S.REQUESTED, "2017-06-20", "CFC asked the CNP board for its endorsement."),
            (_S.PENDING, "2017-07-08", "Put to the board's July meeting."),
            (_S.ENDORSED, "2017-07-22", "Formally endorsed."),
        ),
        notes='The CNP FAQ: the party "has formally endorsed the California Freedom '
        "Coalition's ballot imitative on Independence\". " + _DAYS_INVENTED,
    ),
    _Endorsement(
        CNP,
        campaign=INITIATIVE_2018,
        steps=((_S.CONDITIONAL, "2017-12-02", "Answered in the party's FAQ."),),
        condition=facts.INITIATIVE_2018_CONDITION,
        notes="The CNP FAQ, word for word; it adds that the party generally supports ballot "
        "initiatives that provide a peaceful and democratic path to independence. "
        + _DAYS_INVENTED,
    ),
    _Endorsement(
        COALITION,
        campaign=BORDERS,
        steps=((_S.ENDORSED, "2025-05-20", "The coalition's declaration."),),
        notes="The article quotes the declaration. " + _DAYS_INVENTED,
    ),
    *(
        _Endorsement(
            group,
            campaign=BORDERS,
            steps=((_S.ENDORSED, "2025-05-20", "A supporter of intra-state secession."),),
            notes="The article names it among the supporters of intra-state secession "
            "already part of the coalition. " + _DAYS_INVENTED,
        )
        for group in (RED_NY, RED_IL, RED_PA)
    ),
    # Invented, to show each kind of endorsement and its history.
    _Endorsement(
        chapter("SC"),
        campaign=PLEBISCITE,
        steps=((_S.ENDORSED, "2026-09-29", "Posted to the group's page."),),
        notes=_INVENTED,
    ),
    _Endorsement(
        COALITION,
        campaign=PLEBISCITE,
        steps=(
            (_S.REQUESTED, "2026-09-22", ""),
            (_S.PENDING, "2026-11-17", "On the agenda of the Tuesday call."),
        ),
        notes=_INVENTED,
    ),
    _Endorsement(
        RED_NY,
        campaign=PLEBISCITE,
        steps=((_S.REQUESTED, "2026-11-10", "Sent with the New York variant of the message."),),
        notes=_INVENTED,
    ),
    _Endorsement(
        chapter("AZ"),
        campaign=BORDERS,
        steps=(
            (_S.REQUESTED, "2025-05-13", ""),
            (
                _S.DECLINED,
                "2025-05-27",
                (
                    "No urban area dictates terms to the rest of Arizona: the group keeps to the "
                    "coalition's question."
                ),
            ),
        ),
        notes=_INVENTED,
    ),
    _Endorsement(
        endorser_person="Michael Tran",
        campaign=BORDERS,
        steps=((_S.ENDORSED, "2025-05-27", "Signed in his own name."),),
        notes=_INVENTED,
    ),
    _Endorsement(
        CNP,
        campaign=CANDIDATE,
        steps=(
            (_S.PENDING, "2026-08-04", "Candidate questionnaire received."),
            (_S.ENDORSED, "2026-09-08", "Platform corresponds to the party's."),
        ),
        notes=_INVENTED,
    ),
    _Endorsement(
        chapter("NH"),
        campaign=CANDIDATE,
        steps=(
            (_S.ENDORSED, "2026-09-15", ""),
            (_S.WITHDRAWN, "2026-10-27", "The chapter keeps out of California candidate races."),
        ),
        notes=_INVENTED,
    ),
    _Endorsement(
        CNP,
        campaign=NO_FOREIGN_MONEY,
        steps=((_S.ENDORSED, "2024-03-02", "Matches the party's funding rules."),),
        notes="Invented for the sample (example), after the CNP FAQ: the party is wholly "
        "funded by individual contributions from Californians.",
    ),
    _Endorsement(
        CFC,
        campaign=NO_FOREIGN_MONEY,
        steps=((_S.ENDORSED, "2024-04-13", ""),),
        notes=_INVENTED,
    ),
    _Endorsement(
        CFC_ADV,
        campaign=NO_FOREIGN_MONEY,
        steps=(
            (_S.REQUESTED, "2026-10-01", ""),
            (_S.PENDING, "2026-10-29", "Waiting for the board's counsel."),
        ),
        notes=_INVENTED,
    ),
    _Endorsement(
        CNP,
        target_org=CFC,
        steps=((_S.ENDORSED, "2024-06-22", "An ally in the coalition."),),
        notes="Invented for the sample (example); the CNP FAQ says the party looks forward "
        "to working with other pro-independence groups.",
    ),
    _Endorsement(
        LIBERTY_BLOCK,
        target_org=COALITION,
        steps=((_S.ENDORSED, "2024-09-21", "Helps the other states phrase the question."),),
        notes=_INVENTED,
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
        row = flushed(
            session,
            endorsements.record_endorsement(
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
            ),
        )
        for status, on, note in later:
            endorsements.set_endorsement_status(
                session,
                row.id,
                status,
                on=on,
                condition=item.condition if status == EndorsementStatus.CONDITIONAL else "",
                note=note,
            )
