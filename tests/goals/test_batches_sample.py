"""The sample's petition batches and registration reports: spread over counties,
collectors and weeks, counted by the goals, and saying they are invented."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from coalition import sample
from coalition.goals import batches as petition
from coalition.goals import tallies
from coalition.sample import facts
from coalition.sample.fieldwork import COUNTIES, INVENTED
from coalition.store.models import Campaign, PetitionBatch, RegistrationTally, TallyKind


def test_the_sample_batches_and_reports_feed_the_goals(session: Session) -> None:
    sample.load_sample(session)
    plebiscite = session.scalars(
        select(Campaign).where(Campaign.name == facts.PLEBISCITE_NAME)
    ).one()
    rows = petition.batches(session, plebiscite.id)
    assert len(rows) > 100 and all(r.notes == INVENTED for r in rows)
    assert len({r.collected_on for r in rows}) > 40  # a history, not one day
    by_county = petition.totals_by_county(session, plebiscite.id)
    assert {t.name for t in by_county} <= {name for name, _ in COUNTIES}
    assert by_county[0].name == "Los Angeles" and len(by_county) >= 15
    by_collector = petition.totals_by_collector(session, plebiscite.id)
    assert len(by_collector) == 8
    assert all(t.validity_rate is not None and 0.6 < t.validity_rate < 0.9 for t in by_collector)
    # Collectors from the directory are linked to their person; no signer is anywhere.
    linked = session.scalars(
        select(PetitionBatch.collector).where(PetitionBatch.collector_id.is_not(None)).distinct()
    )
    assert set(linked) == {"Lan Nguyen", "Jorge Ramírez", "Rosa Delgado", "Wei Chen"}
    progress = petition.petition_progress(session, plebiscite.id, 76)
    assert progress.raw == sum(t.raw for t in by_county) and progress.observed
    registrations = tallies.totals_by_county(session, TallyKind.REGISTRATION)
    assert sum(t.total for t in registrations) < facts.CNP_QUALIFYING_VOTERS
    notes = set(session.scalars(select(RegistrationTally.notes)))
    assert all(INVENTED in n for n in notes)
