"""The server's walls around the coalition's decisions (see :mod:`coalition.decisions`).

Row-level security (:mod:`coalition.sync.walls`) already lets a role write only its own
organization's ballots.  A vote asks more, and the server holds it too, whatever a
laptop sends:

- a ballot is cast while its proposal is open: not once the proposal is closed on the
  server, not dated after its closing time, not dated ahead of the server's clock
  (beyond a few minutes a laptop's clock may be off);
- only by an organization the proposal was put to;
- in the capacity it says: ``delegate``, by a delegate of that organization (a role of
  kind ``delegate``); ``proxy``, by a delegate of the organization that owns the ballot
  and holds an unrevoked proxy from the voting one (for this proposal or for all);
  ``chair``, by a coordinator, recorded on the organization's behalf.  A coordinator
  (or the server's owner) may write any ballot, as it writes any record;
- a ballot is never changed (a changed vote is a new ballot, the later one stands): an
  update may send the same ballot again, never another choice, organization, capacity,
  time or proposal;
- once a proposal is closed on the server, its outcome, tally and what they were
  counted from are frozen.

Each refusal is SQLSTATE 42501 with a sentence and a hint, as the other walls say
theirs, so that a laptop's sync shows it with the refused change.

A ballot is checked as it is written (a trigger, each row): the proposal it is for is
read by its key, and who the role is only as far as the ballot needs it (a delegate's
own ballot: the delegate organizations, one look-up), never kept from one row to the
next in anything the role could set itself.
"""

from __future__ import annotations

# How far ahead of the server's clock a ballot may be dated (a laptop's clock off).
CLOCK_SLACK = "10 minutes"

# "@." stands for the schema, as in coalition.sync.walls: every name qualified.
_FUNCTIONS = """
CREATE OR REPLACE FUNCTION @.coalition_org_name(org text, otherwise text) RETURNS text
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN coalesce((SELECT o.name FROM @.organization o WHERE o.id = org), otherwise);
END
$$;

-- Whether current_user casts the ballots of ``org`` (acts as one of its delegate roles):
-- the organization's delegates looked at, not every role.
CREATE OR REPLACE FUNCTION @.coalition_casts_for(org text) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN org IS NOT NULL AND EXISTS (
        SELECT 1 FROM @.coalition_role c
        WHERE c.organization_id = org AND c.kind = 'delegate'
          AND pg_catalog.pg_has_role(current_user, pg_catalog.to_regrole(c.db_role::text),
                                     'MEMBER'));
END
$$;

CREATE OR REPLACE FUNCTION @.coalition_refuse_ballot(message text, hint text)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = '%(refused)s', MESSAGE = message, HINT = hint;
END
$$;

CREATE OR REPLACE FUNCTION @.coalition_when(instant timestamp) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT pg_catalog.to_char(instant, 'YYYY-MM-DD HH24:MI "UTC"')
$$;

CREATE OR REPLACE FUNCTION @.coalition_check_ballot() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    p record;
    voter text;
    holder text;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF (NEW.proposal_id, NEW.organization_id, NEW.choice, NEW.capacity, NEW.cast_at)
           IS NOT DISTINCT FROM
           (OLD.proposal_id, OLD.organization_id, OLD.choice, OLD.capacity, OLD.cast_at) THEN
            RETURN NEW;  -- the same ballot again (a sync sent twice), or its bookkeeping
        END IF;
        PERFORM @.coalition_refuse_ballot(
            'a ballot is never changed once cast',
            'Cast a new ballot instead: the later one stands, and both are kept.');
    END IF;
    SELECT pr.title, pr.closes_at, pr.closed_at, pr.voters::jsonb AS voters INTO p
    FROM @.proposal pr WHERE pr.id = NEW.proposal_id;
    IF NOT FOUND THEN
        PERFORM @.coalition_refuse_ballot(
            'this ballot is for a proposal the server does not have, or one this '
            'organization may not read',
            'Sync the laptop the proposal was made on first, or withdraw the ballot.');
    END IF;
    IF p.closed_at IS NOT NULL THEN
        PERFORM @.coalition_refuse_ballot(
            format('voting on “%%s” closed at %%s: this ballot came too late to count',
                   p.title, @.coalition_when(p.closed_at)),
            'Its outcome is frozen; changing it takes a new proposal.');
    END IF;
    IF NEW.cast_at > p.closes_at THEN
        PERFORM @.coalition_refuse_ballot(
            format('voting on “%%s” closed at %%s: this ballot was cast at %%s, after it',
                   p.title, @.coalition_when(p.closes_at), @.coalition_when(NEW.cast_at)),
            'A ballot counts only when cast before the proposal closes.');
    END IF;
    IF NEW.cast_at > (clock_timestamp() AT TIME ZONE 'UTC') + interval '%(slack)s' THEN
        PERFORM @.coalition_refuse_ballot(
            format('this ballot on “%%s” is dated %%s, ahead of the server''s clock (%%s)',
                   p.title, @.coalition_when(NEW.cast_at),
                   @.coalition_when((clock_timestamp() AT TIME ZONE 'UTC')::timestamp)),
            'Set the clock of the laptop it was cast on right, then cast it again.');
    END IF;
    IF p.voters IS NULL OR NOT (p.voters ? NEW.organization_id) THEN
        PERFORM @.coalition_refuse_ballot(
            format('%%s does not vote on “%%s”: the proposal was not put to it',
                   @.coalition_org_name(NEW.organization_id, 'this organization'), p.title),
            'Only the organizations a proposal was put to cast a ballot on it.');
    END IF;
    -- Who the role is, asked only as far as the ballot needs (one look-up, mostly).
    IF NEW.capacity = 'delegate' AND NEW.owner_org_id = NEW.organization_id
       AND @.coalition_casts_for(NEW.organization_id) THEN
        RETURN NEW;
    END IF;
    IF NEW.capacity = 'proxy' AND @.coalition_casts_for(NEW.owner_org_id)
       AND EXISTS (
            SELECT 1 FROM @.proxy x
            WHERE x.from_org_id = NEW.organization_id AND x.to_org_id = NEW.owner_org_id
              AND x.revoked_at IS NULL
              AND (x.proposal_id IS NULL OR x.proposal_id = NEW.proposal_id)) THEN
        RETURN NEW;
    END IF;
    IF @.coalition_is_coordinator() THEN
        RETURN NEW;  -- the chair, or a coordinator passing on what was cast elsewhere
    END IF;
    voter := @.coalition_org_name(NEW.organization_id, 'this organization');
    IF NEW.capacity = 'chair' THEN
        PERFORM @.coalition_refuse_ballot(
            format('only a coordinator records a ballot on behalf of %%s as the chair', voter),
            format('Have the delegate of %%s cast it, or the chair record it.', voter));
    ELSIF NEW.capacity = 'proxy' THEN
        holder := @.coalition_org_name(NEW.owner_org_id, 'another organization');
        IF NOT @.coalition_casts_for(NEW.owner_org_id) THEN
            PERFORM @.coalition_refuse_ballot(
                format('only a delegate of %%s casts the ballot of %%s by its proxy',
                       holder, voter),
                format('Ask the server''s owner to make a delegate of %%s''s role.', holder));
        END IF;
        PERFORM @.coalition_refuse_ballot(
            format('%%s holds no proxy from %%s for “%%s” (none given, or it was revoked)',
                   holder, voter, p.title),
            format('Have the delegate of %%s cast it, or ask %%s for its proxy again.',
                   voter, voter));
    END IF;
    PERFORM @.coalition_refuse_ballot(
        format('only a delegate of %%s casts its ballot on “%%s”', voter, p.title),
        format('Ask the server''s owner to make a delegate of %%s''s role '
               '(coalition server add-role --kind delegate), or have the chair record '
               'the vote.', voter));
    RETURN NULL;
END
$$;

-- Once closed on the server, a proposal's outcome and what it was counted from stay.
CREATE OR REPLACE FUNCTION @.coalition_freeze_proposal() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.closed_at IS NULL OR (
        NEW.outcome, NEW.tally::jsonb, NEW.closed_at, NEW.rule, NEW.quorum,
        NEW.choices::jsonb, NEW.voters::jsonb, NEW.closes_at, NEW.text)
       IS NOT DISTINCT FROM (
        OLD.outcome, OLD.tally::jsonb, OLD.closed_at, OLD.rule, OLD.quorum,
        OLD.choices::jsonb, OLD.voters::jsonb, OLD.closes_at, OLD.text) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION USING ERRCODE = '%(refused)s',
        MESSAGE = format('the outcome of “%%s” was frozen at its close, %%s',
                         OLD.title, @.coalition_when(OLD.closed_at)),
        HINT = 'Changing it takes a new proposal; withdraw this change.';
END
$$;
"""

_TRIGGERS = [
    "DROP TRIGGER IF EXISTS coalition_ballot ON ballot",
    "CREATE TRIGGER coalition_ballot BEFORE INSERT OR UPDATE ON ballot "
    "FOR EACH ROW EXECUTE FUNCTION coalition_check_ballot()",
    "DROP TRIGGER IF EXISTS coalition_frozen ON proposal",
    "CREATE TRIGGER coalition_frozen BEFORE UPDATE ON proposal "
    "FOR EACH ROW EXECUTE FUNCTION coalition_freeze_proposal()",
]


def install_sql(schema: str, refused: str) -> list[str]:
    """The statements that put up the decisions' walls in ``schema`` (quoted already),
    once :mod:`coalition.sync.walls` has made its functions; ``refused`` is the SQLSTATE
    a wall answers."""
    functions = _FUNCTIONS % {"refused": refused, "slack": CLOCK_SLACK}
    return [functions.replace("@.", f"{schema}."), *_TRIGGERS]
