"""The count of a decision, rule by rule and at each quorum edge: what the organizers
read as the outcome of a vote."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from coalition.decisions.outcome import Cast, count, frozen, standing_ballots, thawed
from coalition.store.models import Outcome

T0 = dt.datetime(2026, 12, 8, 1, 30, tzinfo=dt.UTC)
CONSENT = ["approve", "object", "abstain"]
CONSENSUS = ["approve", "object", "abstain", "block"]
ORGS = ["a", "b", "c", "d", "e", "f"]
_ids = itertools.count()


def cast(org: str, choice: str, minute: int = 0, capacity: str = "delegate") -> Cast:
    return Cast(f"id-{next(_ids):04d}", org, choice, T0 + dt.timedelta(minutes=minute), capacity)


def tally(rule: str, votes: dict[str, str], quorum: int = 0, choices: list[str] | None = None):
    offered = choices or (CONSENSUS if rule == "consensus" else CONSENT)
    return count("consent", rule, offered, ORGS, quorum, [cast(o, c) for o, c in votes.items()])


def test_majority_carries_with_more_approvals_than_objections() -> None:
    result = tally("majority", {"a": "approve", "b": "approve", "c": "object", "d": "abstain"})
    assert result.outcome == Outcome.ADOPTED
    assert result.counts == {"approve": 2, "object": 1, "abstain": 1}
    assert result.non_voters == ["e", "f"]


def test_a_tie_does_not_carry_a_majority() -> None:
    result = tally("majority", {"a": "approve", "b": "object", "c": "abstain"})
    assert result.outcome == Outcome.REJECTED


def test_abstentions_count_for_quorum_not_for_the_ratio() -> None:
    result = tally("majority", {"a": "approve", "b": "abstain", "c": "abstain"}, quorum=3)
    assert result.outcome == Outcome.ADOPTED and result.quorum_met


def test_exactly_the_quorum_is_enough_one_less_is_not() -> None:
    votes = {"a": "approve", "b": "approve", "c": "object"}
    assert tally("majority", votes, quorum=3).outcome == Outcome.ADOPTED
    assert tally("majority", votes, quorum=4).outcome == Outcome.NO_QUORUM


def test_two_thirds_at_the_edge() -> None:
    assert tally("two_thirds", {"a": "approve", "b": "approve", "c": "object"}).outcome == (
        Outcome.ADOPTED
    )
    three_two = {"a": "approve", "b": "approve", "c": "approve", "d": "object", "e": "object"}
    assert tally("two_thirds", three_two).outcome == Outcome.REJECTED
    assert tally("two_thirds", {"a": "abstain"}).outcome == Outcome.REJECTED


def test_one_block_stops_consensus_objections_do_not() -> None:
    votes = {"a": "approve", "b": "approve", "c": "object", "d": "approve"}
    assert tally("consensus", votes).outcome == Outcome.ADOPTED
    assert tally("consensus", {**votes, "e": "block"}).outcome == Outcome.REJECTED
    assert tally("consensus", {"a": "abstain", "b": "object"}).outcome == Outcome.REJECTED


def test_named_options_need_a_majority_of_those_choosing() -> None:
    options = ["Sacramento", "Fresno", "abstain"]
    votes = [
        cast("a", "Sacramento"),
        cast("b", "Sacramento"),
        cast("c", "Fresno"),
        cast("d", "abstain"),
    ]
    result = count("options", "majority", options, ORGS, 0, votes)
    assert (result.outcome, result.winner) == (Outcome.ADOPTED, "Sacramento")
    split = [cast("a", "Sacramento"), cast("b", "Fresno")]
    assert count("options", "majority", options, ORGS, 0, split).outcome == Outcome.REJECTED


def test_the_later_ballot_of_an_organization_stands() -> None:
    first, second = cast("a", "object", 1, "chair"), cast("a", "approve", 5)
    standing, superseded = standing_ballots([second, first])
    assert standing["a"] == second and superseded == [first]


def test_at_the_same_minute_the_delegate_beats_the_chair() -> None:
    chair, own = cast("a", "object", 3, "chair"), cast("a", "approve", 3, "delegate")
    standing, _ = standing_ballots([own, chair])
    assert standing["a"].choice == "approve"
    standing, _ = standing_ballots([chair, own])
    assert standing["a"].choice == "approve"


def test_a_ballot_after_the_cutoff_is_late_and_not_counted() -> None:
    on_time, late = cast("a", "approve", 0), cast("b", "approve", 10)
    result = count(
        "consent",
        "majority",
        CONSENT,
        ORGS,
        0,
        [on_time, late],
        cutoff=T0 + dt.timedelta(minutes=5),
    )
    assert result.counts["approve"] == 1 and result.late == [late]


def test_ballots_of_organizations_not_voting_are_not_counted() -> None:
    result = count("consent", "majority", CONSENT, ["a"], 0, [cast("z", "approve")])
    assert result.voted == 0 and result.outcome == Outcome.REJECTED


def test_a_frozen_tally_reads_back_the_same() -> None:
    result = tally("majority", {"a": "approve", "b": "object", "c": "approve"}, quorum=2)
    data = frozen(result, {o: o.upper() for o in ORGS}, T0)
    back = thawed(data)
    assert (back.outcome, back.counts, back.non_voters) == (
        result.outcome,
        result.counts,
        result.non_voters,
    )
    assert {o: c.choice for o, c in back.standing.items()} == {
        o: c.choice for o, c in result.standing.items()
    }


@given(
    st.lists(
        st.tuples(
            st.sampled_from(ORGS[:4]),
            st.sampled_from(CONSENSUS),
            st.integers(0, 30),
            st.sampled_from(["delegate", "chair", "proxy"]),
        ),
        max_size=12,
    ),
    st.randoms(use_true_random=False),
)
def test_the_count_never_depends_on_the_order_ballots_arrived(votes, rng) -> None:
    casts = [cast(o, c, m, cap) for o, c, m, cap in votes]
    shuffled = list(casts)
    rng.shuffle(shuffled)
    one = count("consent", "consensus", CONSENSUS, ORGS[:4], 2, casts)
    two = count("consent", "consensus", CONSENSUS, ORGS[:4], 2, shuffled)
    assert (one.outcome, one.counts, one.standing) == (two.outcome, two.counts, two.standing)


@pytest.mark.parametrize("rule", ["majority", "two_thirds", "consensus"])
def test_nobody_voting_is_no_quorum_when_one_is_needed(rule: str) -> None:
    assert tally(rule, {}, quorum=1).outcome == Outcome.NO_QUORUM
