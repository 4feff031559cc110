"""The coalition's data model: allies, their people, campaigns and endorsements.

Every table has a UUID text key (see :class:`~coalition.store.base.Entity`) so that rows
created on different laptops can later be merged without renumbering.  Enumerations are
stored as their text value.  Child rows (e-mail addresses, phone numbers, social pages,
memberships, status history) are deleted through ORM cascades rather than database
cascades, so that every deleted row passes through the change recorder (undo, audit).

One module per area (:mod:`.directory`, :mod:`.endorsements`, :mod:`.calls`, :mod:`.drafts`,
:mod:`.goals`, :mod:`.events`, :mod:`.suggestions`,
:mod:`.decisions`) and one for the store's own records (:mod:`.bookkeeping`:
settings, the audit trail, sync).  This package is the store's public face: it re-exports
every model, so ``from coalition.store.models import Person`` is the way to name one, and
importing it registers every table on ``Base.metadata`` (migrations and sync rely on that).
"""

from __future__ import annotations

from coalition.store.base import Base
from coalition.store.models.bookkeeping import (
    CalendarOutlet,
    ChangeLog,
    Profile,
    PublishedEvent,
    Setting,
    SyncConflict,
    SyncLog,
    SyncOutbox,
    SyncPrivate,
    SyncState,
)
from coalition.store.models.calls import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Attendance,
    CallOccurrence,
    CallParticipant,
    CallSeries,
    CallStatus,
    ItemStatus,
    StandingItem,
)
from coalition.store.models.decisions import (
    ABSTAIN,
    APPROVE,
    BLOCK,
    CONSENT_CHOICES,
    OBJECT,
    Ballot,
    BallotCapacity,
    Outcome,
    Proposal,
    ProposalKind,
    ProposalRule,
    Proxy,
    ResultsShown,
)
from coalition.store.models.directory import (
    LEGAL_CLASS_LABELS,
    ORG_KIND_LABELS,
    Finance,
    LegalClass,
    Membership,
    Organization,
    OrganizationTag,
    OrgKind,
    OrgStatus,
    Person,
    PersonEmail,
    PersonMerge,
    PersonPhone,
    SharingAgreement,
    SocialPage,
    Tag,
)
from coalition.store.models.drafts import (
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftStatusChange,
    DraftVariant,
    SignOff,
    SignOffAnswer,
)
from coalition.store.models.endorsements import (
    Campaign,
    CampaignKind,
    Endorsement,
    EndorsementEvent,
    EndorsementStatus,
)
from coalition.store.models.events import (
    Consent,
    Event,
    EventHost,
    EventStatus,
    HostRole,
    Shift,
    ShiftAssignment,
    SignUp,
    SignUpMatch,
    SignUpSource,
)
from coalition.store.models.goals import (
    GOAL_MEASURE_LABELS,
    Goal,
    GoalMeasure,
    GoalObservation,
    PetitionBatch,
    RegistrationTally,
    TallyKind,
)
from coalition.store.models.mail import (
    IncomingMail,
    MailAccount,
    MailKind,
    MailStatus,
    OutgoingMail,
    Partstat,
    Rsvp,
    SeriesMail,
)
from coalition.store.models.suggestions import Suggestion

__all__ = [
    "ABSTAIN",
    "APPROVE",
    "BLOCK",
    "CONSENT_CHOICES",
    "GOAL_MEASURE_LABELS",
    "LEGAL_CLASS_LABELS",
    "MODEL_BY_TABLE",
    "OBJECT",
    "ORG_KIND_LABELS",
    "ActionItem",
    "ActionStatus",
    "AgendaItem",
    "Attendance",
    "Ballot",
    "BallotCapacity",
    "CalendarOutlet",
    "CallOccurrence",
    "CallParticipant",
    "CallSeries",
    "CallStatus",
    "Campaign",
    "CampaignKind",
    "ChangeLog",
    "Consent",
    "Draft",
    "DraftComment",
    "DraftRevision",
    "DraftStatus",
    "DraftStatusChange",
    "DraftVariant",
    "Endorsement",
    "EndorsementEvent",
    "EndorsementStatus",
    "Event",
    "EventHost",
    "EventStatus",
    "Finance",
    "Goal",
    "GoalMeasure",
    "GoalObservation",
    "HostRole",
    "IncomingMail",
    "ItemStatus",
    "LegalClass",
    "MailAccount",
    "MailKind",
    "MailStatus",
    "Membership",
    "OrgKind",
    "OrgStatus",
    "Organization",
    "OrganizationTag",
    "Outcome",
    "OutgoingMail",
    "Partstat",
    "Person",
    "PersonEmail",
    "PersonMerge",
    "PersonPhone",
    "PetitionBatch",
    "Profile",
    "Proposal",
    "ProposalKind",
    "ProposalRule",
    "Proxy",
    "PublishedEvent",
    "RegistrationTally",
    "ResultsShown",
    "Rsvp",
    "SeriesMail",
    "Setting",
    "SharingAgreement",
    "Shift",
    "ShiftAssignment",
    "SignOff",
    "SignOffAnswer",
    "SignUp",
    "SignUpMatch",
    "SignUpSource",
    "SocialPage",
    "StandingItem",
    "Suggestion",
    "SyncConflict",
    "SyncLog",
    "SyncOutbox",
    "SyncPrivate",
    "SyncState",
    "Tag",
    "TallyKind",
]


MODEL_BY_TABLE: dict[str, type[Base]] = {}


def _index_models() -> None:
    for mapper in Base.registry.mappers:
        cls = mapper.class_
        MODEL_BY_TABLE[cls.__tablename__] = cls


_index_models()


def settle_mappings() -> None:
    """Work out every model's mapping now (a tenth of a second that would otherwise fall
    on the first query): for a window warming up while its shell paints."""
    from sqlalchemy.orm import configure_mappers

    configure_mappers()
