"""The sample's work at the table: petition batches for the plebiscite and registration
reports, which the signatures and registrations goals count.

From the texts: the plebiscite needs 546,651 valid signatures; the CNP needs 64,128
voters to switch their party preference to it.  Invented for the sample, and said so in
every batch's and report's notes: the counties' and collectors' counts, the days
(relative to the day the sample is loaded, so the growth charts always show the last
few months), the verified counts and the registrations before this season.

The batches are counts only, as a real petition's must be (California Elections Code
§18650): no signer is named anywhere in the sample.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy.orm import Session

from coalition.goals import batches as petition
from coalition.goals import tallies
from coalition.goals.batches import BatchInput
from coalition.goals.tallies import TallyInput
from coalition.sample.records import PLEBISCITE
from coalition.store.models import Campaign, Person, TallyKind

INVENTED = "Example: invented figures."
SEED = 18650  # the same batches on every load
WEEKS = 16  # petition batches over the last sixteen weeks
VERIFIED_AFTER = dt.timedelta(days=24)  # the county's check takes about three weeks

# California counties and their share of the batches (invented, roughly by population).
COUNTIES = (
    ("Los Angeles", 24),
    ("San Diego", 9),
    ("Orange", 8),
    ("Riverside", 6),
    ("San Bernardino", 6),
    ("Santa Clara", 6),
    ("Alameda", 5),
    ("Sacramento", 5),
    ("Contra Costa", 4),
    ("Fresno", 3),
    ("San Francisco", 3),
    ("Kern", 3),
    ("Ventura", 3),
    ("San Mateo", 2),
    ("Sonoma", 2),
    ("Yolo", 1),
    ("Humboldt", 1),
    ("Shasta", 1),
)
# Sample people who carry clipboards, and volunteers known only by the name on the batch.
COLLECTORS_IN_DIRECTORY = ("Lan Nguyen", "Jorge Ramírez", "Rosa Delgado", "Wei Chen")
VOLUNTEERS = ("Dana Whitfield", "Marco Esposito", "Ines Cardoso", "Theo Lindqvist")
# Registrations reported before this season (one report, before the charts begin).
EARLIER_REGISTRATIONS = 35_870
EARLIER_REGISTRATIONS_WEEKS_AGO = 30


def _weekly_raw(week: int) -> int:
    """Raw signatures in week ``week`` (0 the oldest): the drive gathers pace."""
    return 11_000 + 500 * week


def load_fieldwork(
    session: Session, people: dict[str, Person], campaigns: dict[str, Campaign], today: dt.date
) -> None:
    """The plebiscite's petition batches and the registration reports."""
    rng = random.Random(SEED)
    _batches(session, rng, people, campaigns[PLEBISCITE], today)
    _registrations(session, rng, today)


def _batches(
    session: Session,
    rng: random.Random,
    people: dict[str, Person],
    plebiscite: Campaign,
    today: dt.date,
) -> None:
    names = [name for name, _ in COUNTIES]
    weights = [weight for _, weight in COUNTIES]
    collectors = [*COLLECTORS_IN_DIRECTORY, *VOLUNTEERS]
    # How valid each county's signatures turn out (invented), 71% to 83%.
    validity = {name: 0.71 + 0.12 * rng.random() for name in names}
    start = today - dt.timedelta(weeks=WEEKS) + dt.timedelta(days=2)
    for week in range(WEEKS):
        left = _weekly_raw(week)
        while left > 0:
            raw = min(left, rng.randrange(600, 2_400, 10))
            left -= raw
            county = rng.choices(names, weights)[0]
            collector = rng.choice(collectors)
            collected = min(start + dt.timedelta(weeks=week, days=rng.randrange(7)), today)
            verified_on = collected + VERIFIED_AFTER
            verified = (
                round(raw * (validity[county] + rng.uniform(-0.03, 0.03)))
                if verified_on <= today - dt.timedelta(days=10)
                else None
            )
            person = people.get(collector)
            petition.record_batch(
                session,
                BatchInput(
                    campaign_id=plebiscite.id,
                    collected_on=collected,
                    county=county,
                    state="CA",
                    raw_count=raw,
                    verified_count=verified,
                    verified_on=verified_on if verified is not None else None,
                    collector=collector,
                    collector_id=person.id if person is not None else None,
                    notes=INVENTED,
                ),
            )


def _registrations(session: Session, rng: random.Random, today: dt.date) -> None:
    tallies.record_tally(
        session,
        TallyInput(
            kind=TallyKind.REGISTRATION,
            on=today - dt.timedelta(weeks=EARLIER_REGISTRATIONS_WEEKS_AGO),
            count=EARLIER_REGISTRATIONS,
            state="CA",
            reported_by="CNP registration desk",
            notes=f"Registrations reported before this season. {INVENTED}",
        ),
    )
    names = [name for name, _ in COUNTIES]
    weights = [weight for _, weight in COUNTIES]
    for week in range(WEEKS):
        on = today - dt.timedelta(weeks=WEEKS - 1 - week, days=1)
        for _ in range(4):
            county = rng.choices(names, weights)[0]
            for kind, low, high in (
                (TallyKind.REGISTRATION, 90, 150),
                (TallyKind.PLEDGE, 20, 60),
            ):
                tallies.record_tally(
                    session,
                    TallyInput(
                        kind=kind,
                        on=on,
                        count=rng.randrange(low, high),
                        county=county,
                        state="CA",
                        reported_by=rng.choice(VOLUNTEERS),
                        notes=INVENTED,
                    ),
                )
