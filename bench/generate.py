"""Build a large, realistic coalition database through the project's own services.

    python -m bench.generate --out /tmp/big.db            # the full size (see SIZES)
    python -m bench.generate --out /tmp/small.db --quick  # a tenth of it

Every row goes through the same service functions the app uses (validation, search
index, audit trail), so the benchmarks meet the data the app itself would have written.
Rows are made in batches, each batch one ``@writes`` transaction wrapping many service
calls (a write called inside another joins its transaction): one commit, one audit
pass and one search-index update per batch instead of per row.

Within a batch the order of the calls matters for speed, not for the result: every
person of a batch is made before any of their memberships, so the first lookup flushes
the batch once and the following ones find the people in the session's identity map;
and the generator holds the organizations and series it made, because the identity map
keeps only weak references and a lookup of a forgotten row is a query.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from coalition.calls import actions, meetings
from coalition.calls import series as calls
from coalition.common.states import STATES
from coalition.directory import records as directory
from coalition.drafts.draft import DraftInput, create_draft
from coalition.drafts.revisions import save_core_text
from coalition.drafts.variants import add_variant
from coalition.endorsements import records as endorsements
from coalition.store import open_database
from coalition.store.changes import writes
from coalition.store.models import ActionStatus, CallSeries, ItemStatus, Organization, Person

# fmt: off
FIRST = [
    "Ana", "Ben", "Carla", "Dev", "Elena", "Farid", "Grace", "Hugo", "Iris", "Jamal", "Kai",
    "Lena", "Marco", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera",
    "Wes", "Xiu", "Yusuf", "Zoe", "José", "Zoë", "Mei", "Aiden", "Chloé", "Björn",
]
LAST = [
    "Garcia", "Smith", "Nguyen", "Patel", "Kim", "Okafor", "Rossi", "Müller", "Novak", "Silva",
    "Cohen", "Haddad", "Tanaka", "Johnson", "Brown", "Lopez", "Wilson", "Anderson", "Thomas",
    "Moore", "Martin", "Lee", "Walker", "Young", "King", "Núñez",
]
# fmt: on
KINDS = ["grassroots", "state_chapter", "501c3", "501c4", "political_party", "campaign_committee"]

# The weekly calls: (title, IANA zone, weekday 0 = Monday, wall-clock start).  Twenty
# series in the zones a US coalition spans (and one partner abroad), on every weekday.
SERIES = (
    ("Weekly coalition call", "America/Los_Angeles", 1, "17:30"),
    ("State leads check-in", "America/New_York", 0, "12:00"),
    ("Ballot access working group", "America/Chicago", 2, "18:00"),
    ("Communications team", "America/Denver", 3, "10:00"),
    ("Legal working group", "America/New_York", 4, "09:30"),
    ("Fundraising huddle", "America/Los_Angeles", 0, "08:00"),
    ("Volunteer coordinators", "America/Phoenix", 2, "19:00"),
    ("Digital organizing", "America/Chicago", 3, "16:00"),
    ("Policy committee", "America/New_York", 1, "13:00"),
    ("Press and media", "America/Los_Angeles", 4, "11:00"),
    ("Field team West", "America/Los_Angeles", 2, "17:00"),
    ("Field team East", "America/New_York", 2, "17:00"),
    ("Endorsements desk", "America/Denver", 1, "15:30"),
    ("Youth caucus", "America/Chicago", 4, "20:00"),
    ("Faith leaders roundtable", "America/New_York", 3, "07:30"),
    ("Labor liaison", "America/Anchorage", 0, "14:00"),
    ("Data and tech", "Pacific/Honolulu", 1, "09:00"),
    ("Events planning", "America/Boise", 3, "12:30"),
    ("Research group", "Europe/London", 2, "18:30"),
    ("Steering committee", "America/Los_Angeles", 5, "10:00"),
)
STANDING = [("Roll call and states represented", 5), ("State updates", 20), ("Next steps", 10)]
TOPICS = (
    "signature drive",
    "press release",
    "county filing",
    "volunteer training",
    "town hall",
    "fundraising goal",
    "endorsement asks",
    "ballot language",
    "social media plan",
    "canvass",
)
PARTICIPANTS_PER_SERIES = 10  # 20 series: about 200 invitees in all
WEEKS_PER_BATCH = 60


@dataclass(frozen=True)
class Size:
    """How much of everything to make; the quick size is a tenth of the full one."""

    people: int
    organizations: int
    endorsements: int
    series: int
    drafts: int
    revisions: int = 5


SIZES = {
    "full": Size(
        people=100_000, organizations=5_000, endorsements=20_000, series=20, drafts=10_000
    ),
    "quick": Size(people=10_000, organizations=500, endorsements=2_000, series=2, drafts=1_000),
}


def _progress(text: str) -> None:
    print(f"\r{text}\033[K", end="", file=sys.stderr, flush=True)


@writes("Generate organizations")
def _organizations(
    session: Session, rng: random.Random, count: int, start: int
) -> list[Organization]:
    orgs = []
    for i in range(start, start + count):
        state = STATES[i % len(STATES)]
        orgs.append(
            directory.create_organization(
                session,
                directory.OrganizationInput(
                    name=f"{state.name} "
                    f"{rng.choice(['Freedom', 'Liberty', 'Independence', 'Self-Rule'])} "
                    f"{rng.choice(['Alliance', 'Network', 'Caucus', 'Forum', 'League'])} {i}",
                    kind=KINDS[i % len(KINDS)],
                    home_state=state.code,
                    website=f"https://org{i}.example.org",
                    tags=[rng.choice(["partner", "multi-state", "education", "outreach"])],
                ),
            )
        )
    return orgs


@writes("Generate people")
def _people(
    session: Session, rng: random.Random, orgs: list[Organization], count: int, start: int
) -> list[str]:
    """A batch of people, each a member of one organization; their ids."""
    made: list[tuple[Person, str, bool]] = []
    for i in range(start, start + count):
        state = STATES[rng.randrange(len(STATES))]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        person = directory.create_person(
            session,
            directory.PersonInput(
                name=f"{first} {last}",
                emails=[
                    f"{first.lower()}.{last.lower()}.{i}@example.org".encode(
                        "ascii", "ignore"
                    ).decode()
                ],
                phones=[f"+1 202-555-{i % 10000:04d}"],
                state=state.code,
                time_zone=state.time_zone,
            ),
        )
        made.append((person, state.code, i % 997 == 0))
    # Memberships after all the people: the first lookup flushes the batch once.
    for person, code, represents in made:
        directory.add_membership(
            session,
            directory.MembershipInput(
                person.id,
                orgs[rng.randrange(len(orgs))].id,
                role=rng.choice(["member", "volunteer", "chair", "liaison"]),
                represents_state=code if represents else "",
            ),
        )
    return [person.id for person, _, _ in made]


@writes("Generate endorsements")
def _endorsements(
    session: Session,
    rng: random.Random,
    orgs: list[Organization],
    campaigns: list[str],
    count: int,
    seen: set[tuple[str, str]],
) -> None:
    statuses = ["requested", "pending", "endorsed", "declined", "withdrawn"]
    target = len(seen) + count
    while len(seen) < target:
        pair = (orgs[rng.randrange(len(orgs))].id, campaigns[rng.randrange(len(campaigns))])
        if pair in seen:
            continue
        seen.add(pair)
        endorsements.record_endorsement(
            session,
            endorsements.EndorsementInput(
                endorser_org_id=pair[0], campaign_id=pair[1], status=rng.choice(statuses)
            ),
        )


@writes("Generate campaigns")
def _campaigns(session: Session, count: int) -> list[str]:
    return [
        endorsements.create_campaign(session, endorsements.CampaignInput(name=f"Measure {n}")).id
        for n in range(count)
    ]


# --- the weekly calls ---------------------------------------------------------------------------


def five_years_ago(today: dt.date) -> dt.date:
    """The same day five years back (28 February for a 29th)."""
    try:
        return today.replace(year=today.year - 5)
    except ValueError:
        return today.replace(year=today.year - 5, day=28)


@writes("Generate call series")
def _series(
    session: Session, rng: random.Random, people: list[str], count: int, start: dt.date
) -> list[CallSeries]:
    """``count`` weekly series from ``start``, each with an organizer and its own
    participants (distinct across series, so the invitations reach ~200 people)."""
    made = []
    for n in range(count):
        title, zone, weekday, at = SERIES[n % len(SERIES)]
        chosen = people[n * (PARTICIPANTS_PER_SERIES + 1) : (n + 1) * (PARTICIPANTS_PER_SERIES + 1)]
        made.append(
            calls.create_series(
                session,
                calls.SeriesInput(
                    title=title if n < len(SERIES) else f"{title} {n // len(SERIES) + 1}",
                    start_date=start,
                    start_time=at,
                    time_zone=zone,
                    recurrence=calls.Recurrence(weekdays=(weekday,)),
                    duration_minutes=60,
                    organizer_id=chosen[0],
                    description=f"The {title.lower()} of the coalition.",
                    join_url=f"https://meet.example.org/{n:02d}-{rng.randrange(10**6):06d}",
                    dial_in="+1 202-555-0100",
                    access_code=f"{rng.randrange(10**6):06d}",
                    participant_person_ids=chosen[1:],
                    standing_items=STANDING,
                ),
            )
        )
    return made


@writes("Generate calls")
def _weeks(
    session: Session,
    rng: random.Random,
    series: CallSeries,
    days: list[tuple[int, dt.date]],
    people: list[str],
    today: dt.date,
) -> int:
    """Prepare each of these past weeks of a series as its organizer would: the agenda
    starts from the standing items (3); every other week one more item is discussed and
    decided (4), with an action item under it, done once its due date is well past.
    Now and then a week is moved a day, or cancelled after it was prepared, so the
    schedule has overrides to export.  Returns how many calls were prepared."""
    for number, day in days:
        if number % 40 == 20:  # moved a day later, same time
            calls.move_call(
                session, series.id, day, calls.slot_start(series, day) + dt.timedelta(days=1)
            )
        occurrence = meetings.prepare_call(session, series.id, day)
        if number % 2 == 0:
            topic = TOPICS[rng.randrange(len(TOPICS))]
            owner = people[rng.randrange(len(people))]
            item = meetings.add_agenda_item(
                session,
                occurrence.id,
                f"Decide on the {topic}",
                owner_id=owner,
                time_box_minutes=15,
                notes=f"Proposal circulated for the {topic}.",
            )
            due = day + dt.timedelta(days=7)
            action = actions.add_action_item(
                session,
                f"Follow up on the {topic}",
                occurrence_id=occurrence.id,
                agenda_item_id=item.id,
                owner_id=owner,
                due_on=due,
            )
            meetings.update_agenda_item(
                session,
                item.id,
                title=item.title,
                owner_id=owner,
                time_box_minutes=15,
                notes=item.notes,
                minutes=f"Discussed the {topic}; agreed.",
                decision=f"Go ahead with the {topic}.",
                status=ItemStatus.DONE,
            )
            if due < today - dt.timedelta(days=14):
                actions.update_action_item(
                    session,
                    action.id,
                    title=action.title,
                    owner_id=owner,
                    due_on=due,
                    status=ActionStatus.DONE,
                    notes="",
                    done_on=due,
                )
        if number % 25 == 12:  # prepared, then called off (a holiday)
            calls.cancel_call(session, series.id, day)
    return len(days)


def _calls(session: Session, rng: random.Random, people: list[str], count: int) -> int:
    """``count`` weekly series over the last five years, each past week prepared."""
    today = dt.date.today()
    now = dt.datetime.now(dt.UTC)
    series_rows = _series(session, rng, people, count, five_years_ago(today))
    # Owners of agenda and action items: people who are not on the calls' invitee lists.
    owners = people[count * (PARTICIPANTS_PER_SERIES + 1) :][:500] or people
    done = 0
    total = sum(len(calls.rule_dates(s, s.start_date, today)) for s in series_rows)
    for series in series_rows:
        past = [
            d
            for d in calls.rule_dates(series, series.start_date, today)
            if calls.slot_start(series, d) < now
        ]
        numbered = list(enumerate(past))
        for first in range(0, len(numbered), WEEKS_PER_BATCH):
            done += _weeks(
                session, rng, series, numbered[first : first + WEEKS_PER_BATCH], owners, today
            )
            _progress(f"{done:,} of ~{total:,} calls…")
    return done


# --- drafts -------------------------------------------------------------------------------------


def _drafts(
    session: Session, rng: random.Random, orgs: list[Organization], count: int, revisions: int
) -> int:
    """Drafts with ``revisions`` revisions of their core text each.  Returns how many
    were made."""
    done = 0
    for first in range(0, count, DRAFTS_PER_BATCH):
        done += _draft_batch(
            session, rng, orgs, min(DRAFTS_PER_BATCH, count - first), first, revisions
        )
        _progress(f"{done:,} drafts…")
    return done


DRAFTS_PER_BATCH = 250
CHANNEL_SETS = (
    ["email"],
    ["x", "facebook"],
    ["sms"],
    ["press_release", "email"],
    ["script"],
    ["instagram", "facebook"],
    ["flyer"],
)
SUBJECTS = (
    "the independence ballot initiative",
    "our signature drive",
    "the county filing deadline",
    "the town hall on self-government",
    "volunteer training this weekend",
    "the endorsement vote",
    "the coalition's weekly call",
    "the fundraising match",
    "the petition's ballot language",
)
ASKS = (
    "sign the petition",
    "volunteer for a shift",
    "share this with three friends",
    "call your representative",
    "join us on Tuesday",
    "chip in before midnight",
)


@writes("Generate drafts")
def _draft_batch(
    session: Session,
    rng: random.Random,
    orgs: list[Organization],
    count: int,
    start: int,
    revisions: int,
) -> int:
    """A batch of drafts as a state lead writes them: a first text, a variant for their
    state, and ``revisions - 1`` edits of the core text after it."""
    made = []
    for n in range(start, start + count):
        subject, ask = SUBJECTS[rng.randrange(len(SUBJECTS))], ASKS[rng.randrange(len(ASKS))]
        org = orgs[rng.randrange(len(orgs))]
        made.append(
            (
                create_draft(
                    session,
                    DraftInput(
                        title=f"{subject[0].upper()}{subject[1:]} {n}",
                        channels=CHANNEL_SETS[n % len(CHANNEL_SETS)],
                        owner_org_id=org.id,
                        tags=[
                            rng.choice(["ballot", "outreach", "press", "volunteers", "fundraising"])
                        ],
                    ),
                    f"Friends, {subject} needs you. Please {ask}.",
                ),
                subject,
                ask,
            )
        )
    for draft, subject, ask in made:
        state = STATES[rng.randrange(len(STATES))]
        add_variant(session, draft.id, "", state=state.code)
        for number in range(2, revisions + 1):
            save_core_text(
                session,
                draft.id,
                f"Friends in every state: {subject} needs you (draft {number}). Please {ask} "
                f"by {rng.choice(['Friday', 'Sunday', 'the end of the month'])}; "
                f"{rng.choice(['every signature counts', 'we are close', 'deadlines near'])}.",
                note=f"Edit {number}",
            )
    return len(made)


# --- the whole database ------------------------------------------------------------------------


def generate(path: Path, size: Size, seed: int = 7) -> None:
    """Make a new database at ``path`` holding ``size`` of everything."""
    rng = random.Random(seed)
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    db = open_database(path)
    batch = 2000
    started = time.perf_counter()

    def step(what: str, since: float) -> float:
        now = time.perf_counter()
        _progress(f"{what} in {now - since:.0f} s")
        print(file=sys.stderr)
        return now

    mark = started
    orgs: list[Organization] = []
    people: list[str] = []
    with db.session() as session:
        for start in range(0, size.organizations, batch):
            orgs += _organizations(session, rng, min(batch, size.organizations - start), start)
        mark = step(f"{size.organizations:,} organizations", mark)
        for start in range(0, size.people, batch):
            people += _people(session, rng, orgs, min(batch, size.people - start), start)
            _progress(f"{start + batch:,} people…")
        mark = step(f"{size.people:,} people", mark)
        campaigns = _campaigns(session, 40)
        seen: set[tuple[str, str]] = set()
        for start in range(0, size.endorsements, batch):
            _endorsements(
                session, rng, orgs, campaigns, min(batch, size.endorsements - start), seen
            )
        mark = step(f"{size.endorsements:,} endorsements", mark)
        prepared = _calls(session, rng, people, size.series)
        mark = step(f"{size.series} call series, {prepared:,} calls prepared", mark)
        drafts = _drafts(session, rng, orgs, size.drafts, size.revisions)
        if drafts:
            step(f"{drafts:,} drafts", mark)
    print(f"generated {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="a tenth of the full size")
    args = parser.parse_args()
    generate(args.out, SIZES["quick" if args.quick else "full"])


if __name__ == "__main__":
    main()
