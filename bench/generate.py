"""Build a large, realistic coalition database through the project's own services.

    python -m bench.generate --out /tmp/big.db            # 100,000 people, 5,000 organizations
    python -m bench.generate --out /tmp/small.db --quick  # a tenth of that

Every row goes through the same service functions the app uses (validation, search
index, audit trail), in batches of one transaction each.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from coalition import directory, endorsements
from coalition.states import STATES
from coalition.store import open_database
from coalition.store.changes import writes

FIRST = ("Ana Ben Carla Dev Elena Farid Grace Hugo Iris Jamal Kai Lena Marco Nadia Omar Priya "
         "Quinn Rosa Sam Tara Umar Vera Wes Xiu Yusuf Zoe José Zoë Mei Aiden Chloé Björn").split()
LAST = ("Garcia Smith Nguyen Patel Kim Okafor Rossi Müller Novak Silva Cohen Haddad Tanaka "
        "Johnson Brown Lopez Wilson Anderson Thomas Moore Martin Lee Walker Young King Núñez").split()
KINDS = ["grassroots", "state_chapter", "501c3", "501c4", "political_party", "campaign_committee"]


@writes("Generate organizations")
def _organizations(session, rng: random.Random, count: int, start: int) -> list[str]:  # type: ignore[no-untyped-def]
    ids = []
    for i in range(start, start + count):
        state = STATES[i % len(STATES)]
        org = directory.create_organization(
            session,
            directory.OrganizationInput(
                name=f"{state.name} {rng.choice(['Freedom', 'Liberty', 'Independence', 'Self-Rule'])} "
                f"{rng.choice(['Alliance', 'Network', 'Caucus', 'Forum', 'League'])} {i}",
                kind=KINDS[i % len(KINDS)],
                home_state=state.code,
                website=f"https://org{i}.example.org",
                tags=[rng.choice(["partner", "multi-state", "education", "outreach"])],
            ),
        )
        ids.append(org.id)
    return ids


@writes("Generate people")
def _people(session, rng: random.Random, org_ids: list[str], count: int, start: int) -> None:  # type: ignore[no-untyped-def]
    for i in range(start, start + count):
        state = STATES[rng.randrange(len(STATES))]
        first, last = rng.choice(FIRST), rng.choice(LAST)
        person = directory.create_person(
            session,
            directory.PersonInput(
                name=f"{first} {last}",
                emails=[f"{first.lower()}.{last.lower()}.{i}@example.org".encode("ascii", "ignore").decode()],
                phones=[f"+1 202-555-{i % 100:04d}"],
                state=state.code,
                time_zone=state.time_zone,
            ),
        )
        directory.add_membership(
            session,
            directory.MembershipInput(
                person.id,
                org_ids[rng.randrange(len(org_ids))],
                role=rng.choice(["member", "volunteer", "chair", "liaison"]),
                represents_state=state.code if i % 997 == 0 else "",
            ),
        )


@writes("Generate endorsements")
def _endorsements(session, rng: random.Random, org_ids: list[str], count: int) -> None:  # type: ignore[no-untyped-def]
    campaigns = [
        endorsements.create_campaign(session, endorsements.CampaignInput(name=f"Measure {n}")).id
        for n in range(40)
    ]
    seen: set[tuple[str, str]] = set()
    statuses = ["requested", "pending", "endorsed", "declined", "withdrawn"]
    while len(seen) < count:
        pair = (org_ids[rng.randrange(len(org_ids))], campaigns[rng.randrange(len(campaigns))])
        if pair in seen:
            continue
        seen.add(pair)
        endorsements.record_endorsement(
            session,
            endorsements.EndorsementInput(endorser_org_id=pair[0], campaign_id=pair[1], status=rng.choice(statuses)),
        )


def generate(path: Path, people: int, organizations: int, endorsement_count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    db = open_database(path)
    batch = 2000
    started = time.perf_counter()
    org_ids: list[str] = []
    with db.session() as session:
        for start in range(0, organizations, batch):
            org_ids += _organizations(session, rng, min(batch, organizations - start), start)
        for start in range(0, people, batch):
            _people(session, rng, org_ids, min(batch, people - start), start)
            print(f"\r{start + batch:,} people…", end="", file=sys.stderr)
        _endorsements(session, rng, org_ids, endorsement_count)
    print(f"\rgenerated {path} in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--quick", action="store_true", help="a tenth of the full size")
    args = parser.parse_args()
    scale = 10 if args.quick else 1
    generate(args.out, 100_000 // scale, 5_000 // scale, 20_000 // scale)


if __name__ == "__main__":
    main()
