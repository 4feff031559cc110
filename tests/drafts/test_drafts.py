"""Shared messaging drafts: revisions, comparison, sign-offs, merge fields, channels, out.

Every test runs the services on a real SQLite file built by the migrations (conftest).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coalition.calls import series as calls
from coalition.common.errors import CoalitionError, ValidationError
from coalition.drafts.channels import CHANNELS, Count, count, sms_segments
from coalition.drafts.comments import add_comment, comment_thread, delete_comment
from coalition.drafts.diff import diff_words, side_by_side_html
from coalition.drafts.draft import DraftInput, create_draft, delete_draft, draft_input, update_draft
from coalition.drafts.export import export_messages, message_pack, variant_as
from coalition.drafts.groups import group_choices
from coalition.drafts.listing import drafts
from coalition.drafts.lookup import current_revision, get_variant
from coalition.drafts.merge import fields_in, merge_values, over_limits, render
from coalition.drafts.revisions import (
    restore_revision,
    revisions,
    save_core_text,
    save_variant_text,
)
from coalition.drafts.signoffs import (
    VariantState,
    active_sign_offs,
    all_sign_offs,
    answer_sign_off,
    request_sign_off,
    variant_state,
    withdraw_sign_off,
)
from coalition.drafts.status import set_status, status_history
from coalition.drafts.variants import add_variant, delete_variant, update_variant
from coalition.search.query import search
from coalition.store import changes
from coalition.store.changes import last_changeset, revert
from coalition.store.models import (
    Draft,
    DraftComment,
    DraftRevision,
    DraftStatus,
    DraftVariant,
    Organization,
    SignOff,
    SignOffAnswer,
)

QUESTION = (
    "Would you really mind if California left, or do you think it would make America "
    "great again by making America STATES again?"
)
APPROVED, CHANGES, DECLINED = (
    SignOffAnswer.APPROVED,
    SignOffAnswer.CHANGES_REQUESTED,
    SignOffAnswer.DECLINED,
)


@pytest.fixture
def orgs(make_org: Callable[..., Organization]) -> dict[str, Organization]:
    return {
        "coalition": make_org("Calexit Coalition"),
        "liberty": make_org("The Liberty Block"),
        "sc": make_org("Calexit Coalition – South Carolina", home_state="SC"),
        "red_il": make_org("Red Illinois", home_state="IL"),
    }


@pytest.fixture
def draft(session: Session, orgs: dict[str, Organization]) -> Draft:
    return create_draft(
        session,
        DraftInput("Would you really mind?", ["x", "facebook"], orgs["coalition"].id, ["Calexit"]),
        QUESTION,
    )


@pytest.fixture
def variant(session: Session, draft: Draft) -> DraftVariant:
    return add_variant(session, draft.id, "", state="SC")


def _text(session: Session, variant_id: str) -> str:
    return get_variant(session, variant_id).text


# --- drafts and their input -----------------------------------------------------------------


def test_a_new_draft_has_its_core_text_as_revision_one_and_its_status_recorded(
    session: Session, draft: Draft
) -> None:
    assert draft.status == DraftStatus.DRAFT
    assert draft.tags == ["calexit"] and draft.channels == ["x", "facebook"]
    (first,) = revisions(session, draft.id)
    assert (first.number, first.text, first.variant_id) == (1, QUESTION, None)
    assert first.author == changes.IDENTITY.actor
    (change,) = status_history(session, draft.id)
    assert (change.status, change.actor) == (DraftStatus.DRAFT, changes.IDENTITY.actor)


def test_the_input_is_checked_as_a_whole() -> None:
    with pytest.raises(ValidationError) as caught:
        DraftInput("  ", ["x", "tiktok"]).validated()
    assert set(caught.value.problems) == {"title", "channels"}
    assert "'tiktok' is not a channel" in caught.value.problems["channels"]
    assert "Post on X" in caught.value.problems["channels"]
    clean = DraftInput(
        " Borders ", ["SMS", "x", "sms"], tags=["Borders", "borders ", "", "X"]
    ).validated()
    assert (clean.title, clean.channels, clean.tags) == ("Borders", ["sms", "x"], ["borders", "x"])


def test_update_changes_the_draft_but_not_its_text(session: Session, draft: Draft) -> None:
    data = draft_input(draft)
    data.title, data.channels = "Would you mind?", ["email"]
    update_draft(session, draft.id, data)
    assert (draft.title, draft.channels, draft.core_text) == (
        "Would you mind?",
        ["email"],
        QUESTION,
    )
    assert len(revisions(session, draft.id)) == 1
    with pytest.raises(ValidationError, match="owning organization no longer exists"):
        update_draft(session, draft.id, DraftInput("x", [], owner_org_id="gone"))


def test_the_list_counts_variants_and_approvals_and_filters(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    add_variant(session, draft.id, "Illinois", state="IL")
    other = create_draft(session, DraftInput("Borders", ["press_release"]), "A press release.")
    sign_off = request_sign_off(session, variant.id, orgs["liberty"].id)
    answer_sign_off(session, sign_off.id, APPROVED)
    rows = {r.title: r for r in drafts(session)}
    row = rows["Would you really mind?"]
    assert (row.variant_count, row.approved_count, row.channels) == (2, 1, ("x", "facebook"))
    assert row.updated_at >= draft.updated_at
    assert drafts(session)[0].id == draft.id  # the latest change first
    assert [r.id for r in drafts(session, text="illinois")] == [draft.id]
    assert [r.id for r in drafts(session, text="press")] == [other.id]
    set_status(session, other.id, "in review")
    assert [r.id for r in drafts(session, status=DraftStatus.IN_REVIEW)] == [other.id]
    assert drafts(session, text="nothing-like-it") == []


# --- status ------------------------------------------------------------------------------------


def test_status_moves_forward_one_step_or_back_to_draft(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    with pytest.raises(
        ValidationError, match="from draft, a draft can move only to in review, not to published"
    ):
        set_status(session, draft.id, DraftStatus.PUBLISHED)
    set_status(session, draft.id, DraftStatus.IN_REVIEW, "Ready for the groups")
    set_status(session, draft.id, DraftStatus.DRAFT)
    set_status(session, draft.id, DraftStatus.IN_REVIEW)
    with pytest.raises(ValidationError) as caught:
        set_status(session, draft.id, DraftStatus.APPROVED)
    assert "South Carolina (no sign-off asked)" in caught.value.problems["status"]
    sign_off = request_sign_off(session, variant.id, orgs["sc"].id)
    answer_sign_off(session, sign_off.id, APPROVED)
    set_status(session, draft.id, DraftStatus.APPROVED)
    set_status(session, draft.id, DraftStatus.PUBLISHED)
    set_status(session, draft.id, DraftStatus.RETIRED)
    with pytest.raises(ValidationError, match="cannot change status any more"):
        set_status(session, draft.id, DraftStatus.DRAFT)
    history = status_history(session, draft.id)
    assert [c.status for c in history] == [
        DraftStatus.DRAFT,
        DraftStatus.IN_REVIEW,
        DraftStatus.DRAFT,
        DraftStatus.IN_REVIEW,
        DraftStatus.APPROVED,
        DraftStatus.PUBLISHED,
        DraftStatus.RETIRED,
    ]
    assert history[1].note == "Ready for the groups"
    assert all(c.actor == changes.IDENTITY.actor for c in history)


# --- revisions ---------------------------------------------------------------------------------


def test_every_save_is_a_revision_and_an_unchanged_text_none(
    session: Session, draft: Draft
) -> None:
    second = save_core_text(session, draft.id, QUESTION + " Tell us.", "Ask for answers")
    assert second is not None and (second.number, second.note) == (2, "Ask for answers")
    assert save_core_text(session, draft.id, QUESTION + " Tell us.") is None
    save_core_text(session, draft.id, "Third text")
    assert [r.number for r in revisions(session, draft.id)] == [3, 2, 1]
    assert draft.core_text == "Third text"
    assert session.scalar(select(func.count()).select_from(DraftRevision)) == 3


def test_variants_start_from_the_core_text_with_revisions_of_their_own(
    session: Session, draft: Draft, variant: DraftVariant
) -> None:
    assert (variant.audience, variant.state, variant.text) == ("South Carolina", "SC", QUESTION)
    save_variant_text(session, variant.id, "Fellow Southerners: " + QUESTION)
    assert save_variant_text(session, variant.id, "Fellow Southerners: " + QUESTION) is None
    assert [r.number for r in revisions(session, draft.id, variant.id)] == [2, 1]
    assert [r.number for r in revisions(session, draft.id)] == [1]  # the core's own


def test_restoring_adds_a_revision_and_never_rewrites_history(
    session: Session, draft: Draft, variant: DraftVariant
) -> None:
    save_core_text(session, draft.id, "Second")
    first = revisions(session, draft.id)[-1]
    restored = restore_revision(session, first.id)
    assert (restored.number, restored.text, restored.restored_from_id) == (3, QUESTION, first.id)
    assert restored.note == "Restored revision 1"
    assert draft.core_text == QUESTION
    assert [r.text for r in revisions(session, draft.id)] == [QUESTION, "Second", QUESTION]
    with pytest.raises(ValidationError, match="already that of revision 1"):
        restore_revision(session, first.id)
    save_variant_text(session, variant.id, "Changed")
    old = revisions(session, draft.id, variant.id)[-1]
    again = restore_revision(session, old.id)
    assert (again.variant_id, again.number, _text(session, variant.id)) == (variant.id, 3, QUESTION)


# --- comparing ---------------------------------------------------------------------------------


def test_diff_words_marks_the_changed_words() -> None:
    ops = diff_words(
        "would you really mind if California left", "would you mind if California left?"
    )
    assert [(op, piece.strip()) for op, piece in ops if op != "equal"] == [
        ("delete", "really"),
        ("insert", "?"),
    ]
    assert diff_words("the quick brown fox", "a slow red fox") == [
        ("delete", "the quick brown"),
        ("insert", "a slow red"),
        ("equal", " fox"),
    ]
    assert diff_words("", "") == []
    assert diff_words("same", "same") == [("equal", "same")]


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.text(alphabet=st.sampled_from("ab cé,.\n{}") | st.characters(), max_size=60),
    st.text(alphabet=st.sampled_from("ab cé,.\n{}") | st.characters(), max_size=60),
)
def test_joining_the_diff_gives_back_both_texts(old: str, new: str) -> None:
    ops = diff_words(old, new)
    assert "".join(t for op, t in ops if op in ("equal", "delete")) == old
    assert "".join(t for op, t in ops if op in ("equal", "insert")) == new
    assert all(t for _, t in ops)
    pairs = [(a[0], b[0]) for a, b in itertools.pairwise(ops)]
    assert all(a != b for a, b in pairs)  # neighbours merged
    assert ("insert", "delete") not in pairs  # in each change, what goes before what comes


def test_side_by_side_html_escapes_and_highlights() -> None:
    left, right = side_by_side_html(
        "Say <script>alert(1)</script>\nplease", "Say <b>hello</b>\nplease & thanks"
    )
    assert "<script>" not in left + right
    unmarked = re.sub(r"</?(del|ins)[^>]*>", "", left + "|" + right)
    assert unmarked == (
        "Say &lt;script&gt;alert(1)&lt;/script&gt;<br>please|"
        "Say &lt;b&gt;hello&lt;/b&gt;<br>please &amp; thanks"
    )
    assert '<del style="background:#fdd">' in left and "<ins" not in left
    assert '<ins style="background:#dfd">' in right and "<del" not in right
    assert "<br>please" in left and right.endswith(
        'please<ins style="background:#dfd"> &amp; thanks</ins>'
    )


# --- sign-offs ---------------------------------------------------------------------------------


def test_an_edit_after_a_sign_off_voids_it_and_asks_again(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    answered = request_sign_off(session, variant.id, orgs["liberty"].id, required=False)
    waiting = request_sign_off(session, variant.id, orgs["sc"].id)
    first = current_revision(session, variant.id)
    assert answered.revision_id == first.id
    changes.IDENTITY.actor = "Caleb Whitfield"  # the organizer whose profile is active
    answer_sign_off(session, answered.id, APPROVED, "Good for the South")
    assert answered.answered_by == "Caleb Whitfield" and answered.answered_at is not None

    second = save_variant_text(session, variant.id, "Fellow Southerners: " + QUESTION)
    assert second is not None
    assert answered.voided_at is not None and answered.answer == APPROVED  # kept, visibly void
    active = active_sign_offs(session, variant.id)
    assert {s.id for s in active} == {waiting.id} | {s.id for s in active if s.replaces_id}
    (asked_again,) = [s for s in active if s.replaces_id == answered.id]
    assert (asked_again.answer, asked_again.revision_id) == (SignOffAnswer.PENDING, second.id)
    assert asked_again.organization_id == orgs["liberty"].id and asked_again.required is False
    assert waiting.revision_id == second.id and waiting.voided_at is None  # just moved
    assert len(all_sign_offs(session, variant.id)) == 3
    with pytest.raises(ValidationError, match="voided by a later edit"):
        answer_sign_off(session, answered.id, APPROVED)
    with pytest.raises(ValidationError, match="cannot be withdrawn"):
        withdraw_sign_off(session, answered.id)


def test_an_approved_draft_goes_back_to_review_when_a_variant_is_edited(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    sign_off = request_sign_off(session, variant.id, orgs["sc"].id)
    answer_sign_off(session, sign_off.id, APPROVED)
    set_status(session, draft.id, "in_review")
    set_status(session, draft.id, "approved")

    save_variant_text(session, variant.id, "Fellow Southerners: " + QUESTION)

    assert draft.status == DraftStatus.IN_REVIEW
    last = status_history(session, draft.id)[-1]
    assert (last.status, last.note) == (
        DraftStatus.IN_REVIEW,
        f"{variant.audience} changed after approval",
    )


def test_changing_what_fills_the_fields_voids_answers_but_renaming_does_not(
    session: Session, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    sign_off = request_sign_off(session, variant.id, orgs["sc"].id)
    answer_sign_off(session, sign_off.id, APPROVED)
    update_variant(
        session, variant.id, audience="Southerners", state="SC", organization_id=None, fields={}
    )
    assert sign_off.voided_at is None and variant.audience == "Southerners"
    update_variant(
        session,
        variant.id,
        audience="Southerners",
        state="SC",
        organization_id=None,
        fields={"signature": "Michael"},
    )
    assert sign_off.voided_at is not None
    assert variant_state(session, variant.id) == VariantState.WAITING


def test_the_variant_state_by_precedence(
    session: Session,
    variant: DraftVariant,
    orgs: dict[str, Organization],
    make_org: Callable[..., Organization],
) -> None:
    state = lambda: variant_state(session, variant.id)  # noqa: E731
    assert state() == VariantState.NO_SIGN_OFFS and state().label == "No sign-off asked"
    optional = request_sign_off(session, variant.id, orgs["red_il"].id, required=False)
    assert state() == VariantState.NO_SIGN_OFFS  # an optional opinion decides nothing
    a = request_sign_off(session, variant.id, orgs["liberty"].id)
    b = request_sign_off(session, variant.id, orgs["sc"].id)
    c = request_sign_off(session, variant.id, make_org("Red Oregon").id)
    assert state() == VariantState.WAITING and state().label == "In review"
    answer_sign_off(session, a.id, APPROVED)
    answer_sign_off(session, b.id, APPROVED)
    assert state() == VariantState.WAITING  # one required answer is still out
    answer_sign_off(session, c.id, CHANGES, "Shorter, please")
    assert state() == VariantState.CHANGES_REQUESTED
    answer_sign_off(session, b.id, DECLINED, "Not in our name")
    assert state() == VariantState.DECLINED
    answer_sign_off(session, b.id, APPROVED)
    answer_sign_off(session, c.id, APPROVED)
    answer_sign_off(session, optional.id, DECLINED, "We would not post it")
    assert state() == VariantState.APPROVED  # every required one approved
    withdraw_sign_off(session, c.id)
    assert state() == VariantState.APPROVED
    assert len(active_sign_offs(session, variant.id)) == 3


def test_sign_off_requests_and_answers_are_checked(
    session: Session, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    sign_off = request_sign_off(session, variant.id, orgs["liberty"].id)
    with pytest.raises(ValidationError, match="already asked"):
        request_sign_off(session, variant.id, orgs["liberty"].id)
    with pytest.raises(ValidationError) as caught:
        answer_sign_off(session, sign_off.id, "changes requested", "  ")
    assert "needs a comment" in caught.value.problems["comment"]
    with pytest.raises(ValidationError, match="approve, request changes or decline"):
        answer_sign_off(session, sign_off.id, SignOffAnswer.PENDING)
    with pytest.raises(ValidationError, match="'maybe' is not a answer"):
        answer_sign_off(session, sign_off.id, "maybe")
    answer_sign_off(session, sign_off.id, "declined", "Not our audience")
    assert (sign_off.answer, sign_off.answered_by) == (DECLINED, changes.IDENTITY.actor)


def test_an_answer_is_refused_once_the_text_it_was_given_on_has_changed(
    session: Session, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    sign_off = request_sign_off(session, variant.id, orgs["liberty"].id)
    seen = sign_off.revision_id
    save_variant_text(session, variant.id, "Would South Carolina mind?")
    with pytest.raises(ValidationError, match="edited after this text was shown"):
        answer_sign_off(session, sign_off.id, APPROVED, revision_id=seen)
    assert sign_off.answer == SignOffAnswer.PENDING

    current = current_revision(session, variant.id)
    answer_sign_off(session, sign_off.id, APPROVED, revision_id=current.id)
    assert sign_off.answer == APPROVED
    assert sign_off.revision.text == "Would South Carolina mind?"


def test_over_limits_names_each_channel_the_text_as_sent_is_too_long_for(
    session: Session, draft: Draft, variant: DraftVariant
) -> None:
    # {state} is counted filled: "South Carolina" (14) where the field is 7 characters.
    text = "a" * 270 + "{state}"
    save_variant_text(session, variant.id, text)
    over = over_limits(session, variant.id)
    assert [(channel.key, counted.limit, counted.used) for channel, counted in over] == [
        ("x", 280, 284)
    ]
    save_variant_text(session, variant.id, "a" * 266 + "{state}")
    assert over_limits(session, variant.id) == []


def test_groups_with_the_same_name_are_told_apart_in_the_choices(
    session: Session, make_org: Callable[..., Organization]
) -> None:
    oregon = make_org("Red Oregon", home_state="OR")
    washington = make_org("Red Oregon", home_state="WA")
    twin = make_org("Red Oregon", home_state="WA")
    alone = make_org("Yes California")
    labels = dict(group_choices(session))
    assert labels[alone.id] == "Yes California"
    assert labels[oregon.id].startswith("Red Oregon (Oregon")
    assert labels[washington.id].startswith("Red Oregon (Washington")
    assert len({labels[oregon.id], labels[washington.id], labels[twin.id]}) == 3


# --- merge fields ------------------------------------------------------------------------------


@pytest.fixture
def weekly_call(session: Session, orgs: dict[str, Organization]) -> None:
    """The coalition's call, Tuesdays 17:30 Pacific, owned by the draft's owner."""
    calls.create_series(
        session,
        calls.SeriesInput(
            title="Coalition call",
            start_date=dt.date(2026, 9, 1),
            start_time="17:30",
            time_zone="America/Los_Angeles",
            owner_org_id=orgs["coalition"].id,
        ),
    )


NOW = dt.datetime(2026, 11, 30, 12, 0, tzinfo=dt.UTC)  # a Monday


def test_merge_fields_are_filled_per_variant(
    session: Session, draft: Draft, orgs: dict[str, Organization], weekly_call: None
) -> None:
    south = add_variant(
        session,
        draft.id,
        "",
        state="South Carolina",
        organization_id=orgs["sc"].id,
        text="{group} asks {state}: join us {next_call}.",
    )
    assert south.audience == "South Carolina"
    rendered = render(session, south.id, now=NOW)
    assert rendered.text == (
        "Calexit Coalition – South Carolina asks South Carolina: "
        "join us Tuesday, December 1 at 8:30 PM EST."
    )
    assert rendered.missing == []
    # No state: the call's own zone; no group: the draft owner's.
    liberty = add_variant(session, draft.id, "Liberty Block readers", text="{group}, {next_call}")
    assert render(session, liberty.id, now=NOW).text == (
        "Calexit Coalition, Tuesday, December 1 at 5:30 PM PST"
    )
    # Summer time in the state's zone.
    july = dt.datetime(2027, 7, 5, tzinfo=dt.UTC)
    assert merge_values(session, south.id, now=july)["next_call"] == (
        "Tuesday, July 6 at 8:30 PM EDT"
    )


def test_missing_fields_are_left_and_listed_and_braces_kept(session: Session, draft: Draft) -> None:
    text = "Hi {state}, {{literal}} stays; {signature} and {state} again; a stray { and }."
    variant = add_variant(session, draft.id, "Everyone", text=text)
    rendered = render(session, variant.id, now=NOW)  # no state, no call series
    assert (
        rendered.text
        == "Hi {state}, {literal} stays; {signature} and {state} again; a stray { and }."
    )
    assert rendered.missing == ["state", "signature"]
    update_variant(
        session,
        variant.id,
        audience="Everyone",
        state="OR",
        organization_id=None,
        fields={"signature": "Colton", "state": ""},
    )
    rendered = render(session, variant.id, now=NOW)
    assert rendered.text.startswith("Hi Oregon, {literal} stays; Colton and Oregon")
    assert rendered.missing == []
    assert fields_in(text) == ["state", "signature"]
    with pytest.raises(ValidationError, match="cannot be a merge field name"):
        update_variant(
            session,
            variant.id,
            audience="Everyone",
            state="",
            organization_id=None,
            fields={"two words": "x"},
        )


def test_variant_audiences_are_unique_and_need_a_name(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    with pytest.raises(ValidationError, match="already has a variant for 'south carolina'"):
        add_variant(session, draft.id, "south carolina")
    with pytest.raises(ValidationError, match="name the audience"):
        add_variant(session, draft.id, " ")
    with pytest.raises(ValidationError, match="not a US state"):
        add_variant(session, draft.id, "", state="Cascadia")
    group = add_variant(session, draft.id, "", organization_id=orgs["red_il"].id)
    assert group.audience == "Red Illinois"


# --- channels ------------------------------------------------------------------------------------


def test_channel_counts_and_limits() -> None:
    assert CHANNELS["x"].limit == 280 and CHANNELS["email"].limit is None
    url = "https://calexit-coalition.example.org/a/very/long/path/to/the/declaration"
    counted = count("x", f"Read it: {url}.")
    assert counted == Count(used=len("Read it: ") + 23 + 1, limit=280, over=0)
    assert count("facebook", url).used == len(url)  # only X shortens addresses
    assert count("x", "é" * 300) == Count(300, 280, 20)
    assert count("sms", "a" * 161).over == 1
    assert count("email", "a" * 100_000).over == 0


def test_sms_segments() -> None:
    assert sms_segments("") == 0
    assert sms_segments("a" * 160) == 1
    assert sms_segments("a" * 161) == 2
    assert sms_segments("{" * 80) == 1 and sms_segments("{" * 81) == 2
    assert sms_segments("é" * 160) == 1  # é is in the GSM alphabet
    assert sms_segments("ł" * 70) == 1 and sms_segments("ł" * 71) == 2


# --- comments ------------------------------------------------------------------------------------


def test_comments_are_threaded_and_deleted_with_their_replies(
    session: Session, draft: Draft, variant: DraftVariant
) -> None:
    core = add_comment(session, draft.id, "Same question everywhere")
    question = add_comment(session, draft.id, "Too long for X?", variant_id=variant.id)
    answer = add_comment(session, draft.id, "Cut the first line", parent_id=question.id)
    thanks = add_comment(session, draft.id, "Done", parent_id=answer.id)
    assert answer.variant_id == variant.id and answer.author == changes.IDENTITY.actor
    (node,) = comment_thread(session, draft.id, variant.id)
    assert node.comment.id == question.id
    assert [r.comment.id for r in node.replies] == [answer.id]
    assert [r.comment.id for r in node.replies[0].replies] == [thanks.id]
    assert [n.comment.id for n in comment_thread(session, draft.id)] == [core.id]
    with pytest.raises(ValidationError):
        add_comment(session, draft.id, "  ")
    delete_comment(session, question.id)
    assert comment_thread(session, draft.id, variant.id) == []
    assert session.scalar(select(func.count()).select_from(DraftComment)) == 1
    assert [c.id for c in draft.comments] == [core.id]


# --- deleting and undoing ---------------------------------------------------------------------


def test_deleting_a_variant_or_a_draft_takes_everything_and_undo_brings_it_back(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    save_variant_text(session, variant.id, "Second")
    sign_off = request_sign_off(session, variant.id, orgs["sc"].id)
    answer_sign_off(session, sign_off.id, APPROVED)
    save_variant_text(session, variant.id, "Third")  # a voided sign-off and its successor
    question = add_comment(session, draft.id, "Why?", variant_id=variant.id)
    add_comment(session, draft.id, "Because", parent_id=question.id)
    counts = lambda: tuple(  # noqa: E731
        session.scalar(select(func.count()).select_from(m))
        for m in (Draft, DraftVariant, DraftRevision, SignOff, DraftComment)
    )
    before = counts()
    assert before == (1, 1, 4, 2, 2)
    delete_variant(session, variant.id)
    assert counts() == (1, 0, 1, 0, 0)
    assert [r.variant_id for r in draft.revisions] == [None]
    revert(session, last_changeset(session))
    assert counts() == before
    delete_draft(session, draft.id)
    assert counts() == (0, 0, 0, 0, 0)
    revert(session, last_changeset(session))
    assert counts() == before


# --- search and out ------------------------------------------------------------------------------


def test_search_finds_a_draft_by_a_variant_or_a_comment(
    session: Session, draft: Draft, variant: DraftVariant
) -> None:
    save_variant_text(session, variant.id, "Fellow Southerners, would you be upset?")
    add_comment(session, draft.id, "Mention the chocolate survey", variant_id=variant.id)
    for word in ("Southerners", "chocolate", "calexit"):
        hits = search(session, word, kinds=("draft",))
        assert [h.id for h in hits] == [draft.id], word
    delete_variant(session, variant.id)
    assert search(session, "Southerners") == [] and search(session, "chocolate") == []


def _approve(
    session: Session, variant_id: str, org: Organization, by: str = "Caleb Whitfield"
) -> None:
    sign_off = request_sign_off(session, variant_id, org.id)
    changes.IDENTITY.actor, changes.IDENTITY.org_id = by, org.id  # acting for the group asked
    answer_sign_off(session, sign_off.id, APPROVED)


def test_the_message_pack_holds_only_approved_variants(
    session: Session, draft: Draft, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    empty = message_pack(session, draft.id, "markdown")
    assert "No variant is approved yet" in empty and "## " not in empty
    illinois = add_variant(session, draft.id, "", state="IL", text="Downstate <b>says</b> yes")
    save_variant_text(session, variant.id, "Fellow Southerners: {state} decides")
    _approve(session, variant.id, orgs["liberty"])
    asked = request_sign_off(session, illinois.id, orgs["red_il"].id)
    answer_sign_off(session, asked.id, CHANGES, "Shorter")
    pack = message_pack(session, draft.id, "markdown")
    assert pack.startswith("# Message pack: Would you really mind?\n")
    assert "- Approved variants: 1 of 2" in pack and "- From: Calexit Coalition" in pack
    assert "## South Carolina" in pack and "Fellow Southerners: South Carolina decides" in pack
    assert "- The Liberty Block: Approved by Caleb Whitfield on " in pack
    assert "Post on X (" in pack and "Illinois" not in pack and "Downstate" not in pack
    page = message_pack(session, draft.id, "html")
    assert page.startswith("<!DOCTYPE html>") and "<h2>South Carolina</h2>" in page
    assert "<p>Fellow Southerners: South Carolina decides</p>" in page and "Downstate" not in page


def test_a_variant_copied_as_text_markdown_or_html(
    session: Session, draft: Draft, variant: DraftVariant
) -> None:
    save_variant_text(session, variant.id, "# Hello {state} & <friends>\n\nSecond *part*\nline")
    assert variant_as(session, variant.id, "text").startswith("# Hello South Carolina & <friends>")
    markdown = variant_as(session, variant.id, "markdown")
    assert markdown == (
        "# Would you really mind?: South Carolina\n\n"
        "\\# Hello South Carolina & \\<friends\\>\n\nSecond \\*part\\*  \nline\n"
    )
    assert variant_as(session, variant.id, "html") == (
        "<p># Hello South Carolina &amp; &lt;friends&gt;</p>\n<p>Second *part*<br>line</p>"
    )


def test_export_messages_writes_a_file_per_variant(
    session: Session,
    draft: Draft,
    variant: DraftVariant,
    orgs: dict[str, Organization],
    tmp_path: Path,
) -> None:
    illinois = add_variant(session, draft.id, "Red Illinois", state="IL")
    _approve(session, variant.id, orgs["liberty"])
    save_variant_text(session, variant.id, "Edited after the sign-off")
    asked = request_sign_off(session, illinois.id, orgs["red_il"].id)
    changes.IDENTITY.actor, changes.IDENTITY.org_id = "Deborah Kim", orgs["red_il"].id
    answer_sign_off(session, asked.id, CHANGES, "Leave Chicago out")
    create_draft(session, DraftInput("Borders", ["press_release"]))  # no variant: no file
    out = tmp_path / "messages"
    written = export_messages(session, out)
    assert [p.name for p in written] == [
        "would-you-really-mind--red-illinois.md",
        "would-you-really-mind--south-carolina.md",
    ]
    assert sorted(p.name for p in out.iterdir()) == [p.name for p in written]
    south = (out / "would-you-really-mind--south-carolina.md").read_text("utf-8")
    assert south.startswith("# Would you really mind?: South Carolina\n")
    assert "- Draft: Would you really mind?" in south and "- Audience: South Carolina" in south
    assert "- Sign-off state: In review" in south and "Edited after the sign-off" in south
    assert "- The Liberty Block: Asked on " in south
    assert "- The Liberty Block: Voided by an edit on " in south
    assert "it was: Approved by Caleb Whitfield" in south
    red = (out / "would-you-really-mind--red-illinois.md").read_text("utf-8")
    assert "- Sign-off state: Changes requested" in red
    assert "Changes requested by Deborah Kim on " in red and "Leave Chicago out" in red
    assert export_messages(session, tmp_path / "one", "BORDERS") == []
    with pytest.raises(CoalitionError, match=r"no draft is called 'Nope'.*'Borders'; 'Would you"):
        export_messages(session, tmp_path / "none", "Nope")
    assert not (tmp_path / "none").exists()


# --- many steps in one transaction (as the sample loads) ---------------------------------------


def test_steps_joined_in_one_transaction_see_each_other(
    session: Session, orgs: dict[str, Organization]
) -> None:
    """Nested writes do not flush: each step must read what the one before did."""

    @changes.writes("A story")
    def story(session: Session) -> tuple[Draft, DraftVariant]:
        draft = create_draft(
            session, DraftInput("Story", ["x"], orgs["coalition"].id), "Hi {group}"
        )
        variant = add_variant(session, draft.id, "", state="IL", organization_id=orgs["red_il"].id)
        first = add_comment(session, draft.id, "Too long?", variant_id=variant.id)
        add_comment(session, draft.id, "No", parent_id=first.id)
        asked = request_sign_off(session, variant.id, orgs["liberty"].id)
        answer_sign_off(session, asked.id, APPROVED)
        save_variant_text(session, variant.id, "Hello {group}")
        update_variant(
            session,
            variant.id,
            audience="Illinois",
            state="IL",
            organization_id=orgs["sc"].id,
            fields={},
        )
        return draft, variant

    draft, variant = story(session)
    (thread,) = comment_thread(session, draft.id, variant.id)
    assert [r.comment.body for r in thread.replies] == ["No"]
    assert comment_thread(session, draft.id) == []
    assert render(session, variant.id).text == "Hello Calexit Coalition – South Carolina"
    active = active_sign_offs(session, variant.id)
    assert [(s.answer, s.revision.number) for s in active] == [(SignOffAnswer.PENDING, 2)]
    assert len(all_sign_offs(session, variant.id)) == 2


def test_the_group_read_after_a_change_and_after_an_undo(
    session: Session, variant: DraftVariant, orgs: dict[str, Organization]
) -> None:
    save_variant_text(session, variant.id, "{group}")
    edit = lambda org: update_variant(  # noqa: E731
        session, variant.id, audience="South Carolina", state="SC", organization_id=org, fields={}
    )
    edit(orgs["sc"].id)
    assert render(session, variant.id).text == "Calexit Coalition – South Carolina"
    edit(orgs["liberty"].id)
    assert render(session, variant.id).text == "The Liberty Block"
    revert(session, last_changeset(session))
    assert render(session, variant.id).text == "Calexit Coalition – South Carolina"
    edit(None)
    assert render(session, variant.id).text == "Calexit Coalition"  # the draft's owner


def test_a_long_text_is_compared_without_delay_and_exactly() -> None:
    """Lines first, words inside changed lines: hundreds of lines stay instant."""
    old = "\n".join(
        f"Line {n}: the coalition asks the same question in every state." for n in range(400)
    )
    new = old.replace("Line 10:", "Line ten:").replace("Line 300: the", "Line 300: a")
    ops = diff_words(old, new)
    assert [(op, text) for op, text in ops if op != "equal"] == [
        ("delete", "10"),
        ("insert", "ten"),
        ("delete", "the"),
        ("insert", "a"),
    ]
    assert "".join(t for op, t in ops if op != "insert") == old
    assert "".join(t for op, t in ops if op != "delete") == new
