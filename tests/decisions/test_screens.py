"""The Decisions screen driven as an organizer would, over a real SQLite file: a proposal
put through its dialog, ballots recorded by the chair from the keyboard, a delegate's
vote, hidden results, the close and its outcome, and the declaration exported."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.decisions import ballots, proposals, proxies
from coalition.decisions.proposals import ProposalInput
from coalition.directory.records import OrganizationInput, create_organization
from coalition.store.changes import IDENTITY
from coalition.store.models import Ballot, BallotCapacity
from coalition.ui.common import filedialogs
from coalition.ui.common.context import AppContext
from coalition.ui.decisions import DecisionsScreen
from coalition.ui.decisions.vote import VoteDialog

NAMES = ("Blue Ridge Alliance", "Greater Idaho", "Red Oregon", "Yes California")
TITLE = "Endorse the peaceful movement of state borders"


@pytest.fixture
def orgs(ctx: AppContext) -> dict[str, str]:
    return {
        name: ctx.run(create_organization, OrganizationInput(name=name), label="x").id
        for name in NAMES
    }


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, orgs: dict[str, str]) -> Iterator[DecisionsScreen]:
    widget = DecisionsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def propose(ctx: AppContext, **fields: Any) -> str:
    data = ProposalInput(
        title=fields.pop("title", TITLE),
        text=fields.pop("text", "The coalition endorses the peaceful movement of state borders."),
        closes_at=fields.pop("closes_at", dt.datetime.now(dt.UTC) + dt.timedelta(days=7)),
        **fields,
    )
    return str(ctx.run(proposals.create_proposal, data, label="Propose").id)


def standing(ctx: AppContext, proposal_id: str) -> dict[str, ballots.BallotRow]:
    with ctx.reading() as session:
        return {r.organization: r for r in ballots.ballot_rows(session, proposal_id) if r.standing}


def table_row(screen: DecisionsScreen, org: str) -> list[str]:
    table = screen.panel.table
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == org:
            return [table.item(row, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"{org} is not in the table")


def test_a_proposal_is_put_through_the_dialog(
    qtbot: QtBot, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    dialog = screen.new_proposal()
    dialog.title.setText(TITLE)
    dialog.text.setPlainText("The coalition endorses the peaceful movement of state borders.")
    dialog.quorum.setValue(3)
    dialog.some_voters.setChecked(True)
    dialog.voter_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # Blue Ridge sits out
    dialog.accept()
    assert not dialog.isVisible()
    assert screen.list.count() == 1
    assert screen.list.item(0).text().startswith(TITLE)
    assert "0 of 3 voted" in screen.list.item(0).text()
    assert screen.panel.title.text() == TITLE
    assert [line.name for line in screen.panel.view.lines] == list(NAMES[1:])
    assert "quorum 3 of 3" in screen.panel.facts.text()


def test_a_closing_time_in_the_past_is_asked_about_first(
    screen: DecisionsScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = screen.new_proposal()
    dialog.title.setText(TITLE)
    dialog.text.setPlainText("Text.")
    dialog.closes.setDateTime(QDateTime(QDate(2020, 1, 6), QTime(17, 0)))
    asked: list[dt.datetime] = []
    monkeypatch.setattr(dialog, "confirm_past", lambda when: asked.append(when) or False)
    dialog.accept()
    assert asked and dialog.isVisible() and screen.list.count() == 0
    monkeypatch.setattr(dialog, "confirm_past", lambda when: True)
    dialog.accept()
    assert not dialog.isVisible() and screen.list.count() == 1


def test_a_missing_text_is_said_beside_its_field(screen: DecisionsScreen) -> None:
    dialog = screen.new_proposal()
    dialog.title.setText(TITLE)
    dialog.accept()
    assert dialog.isVisible()
    assert "Say what is proposed" in dialog.problem_text("text")


def test_the_chair_records_three_ballots_from_the_keyboard(
    qtbot: QtBot, ctx: AppContext, screen: DecisionsScreen
) -> None:
    proposal_id = propose(ctx)
    screen.open_record(proposal_id)
    qtbot.mouseClick(screen.panel.chair_button, Qt.MouseButton.LeftButton)
    recorder = screen.panel.recorder
    assert screen.panel.body.currentWidget() is recorder
    qtbot.waitUntil(lambda: QApplication.focusWidget() is recorder.rows[0])

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)  # Blue Ridge approves
    assert QApplication.focusWidget() is recorder.rows[1]  # on to the next organization
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # its reason, then the next row
    assert QApplication.focusWidget() is recorder.rows[1].reason
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up)  # and back up, from the reason
    assert QApplication.focusWidget() is recorder.rows[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # Greater Idaho: later
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)  # Red Oregon abstains
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)  # Yes California objects…
    assert QApplication.focusWidget() is recorder.rows[3].reason  # …and says why
    assert "needs a reason" in recorder.rows[3].status.text()
    qtbot.keyClicks(QApplication.focusWidget(), "Our members want a referendum first")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    stood = standing(ctx, proposal_id)
    assert {org: row.choice for org, row in stood.items()} == {
        "Blue Ridge Alliance": "approve",
        "Red Oregon": "abstain",
        "Yes California": "object",
    }
    assert all(row.capacity == BallotCapacity.CHAIR for row in stood.values())
    assert stood["Yes California"].reason == "Our members want a referendum first"
    assert "✓ Approve" in recorder.rows[0].status.text()
    assert "not voted" in recorder.rows[1].status.text()
    assert "3 of 4 voted" in screen.list.item(0).text()

    qtbot.mouseClick(screen.panel.chair_button, Qt.MouseButton.LeftButton)  # back to the table
    assert table_row(screen, "Red Oregon")[1:4] == [
        "Abstain",
        "",
        "recorded by the chair (Test Organizer)",
    ]
    assert "on behalf of Red Oregon" in screen.panel.table.item(2, 3).toolTip()

    ctx.undo_stack.undo()  # the last ballot recorded goes
    assert "Yes California" not in standing(ctx, proposal_id)
    assert table_row(screen, "Yes California")[1] == "not voted"


def test_a_refused_ballot_is_said_on_its_row(
    qtbot: QtBot, ctx: AppContext, screen: DecisionsScreen, monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal_id = propose(ctx)
    screen.open_record(proposal_id)
    screen.panel.chair_button.setChecked(True)
    row = screen.panel.recorder.rows[0]
    IDENTITY.role = "member"  # no longer the chair
    row.choose("approve")
    assert "Only the chair" in row.status.text()
    assert standing(ctx, proposal_id) == {}


def test_a_delegate_votes_for_their_organization(
    qtbot: QtBot, ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx)
    IDENTITY.actor, IDENTITY.role = "Maria Lopez", "delegate"
    IDENTITY.org, IDENTITY.org_id = "Red Oregon", orgs["Red Oregon"]
    screen.open_record(proposal_id)
    assert not screen.panel.chair_button.isVisible()  # not the chair
    [button] = screen.panel.vote_buttons
    assert button.text() == "Vote for Red Oregon…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = screen.panel.last_dialog
    assert isinstance(dialog, VoteDialog)
    dialog.choice_buttons["object"].setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and "needs a reason" in dialog.problem_text("reason")
    dialog.reason.setText("Not before our members vote")
    dialog.accept()
    assert not dialog.isVisible()
    row = standing(ctx, proposal_id)["Red Oregon"]
    assert (row.choice, row.capacity) == ("object", BallotCapacity.DELEGATE)
    assert table_row(screen, "Red Oregon")[1:4] == [
        "Object",
        "Not before our members vote",
        "Maria Lopez (delegate)",
    ]


def test_hidden_results_show_voted_without_the_choice(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx, results_shown="after_close")
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Greater Idaho"], "approve", on_behalf=True)
    screen.open_record(proposal_id)
    assert table_row(screen, "Greater Idaho")[1] == "voted"
    assert table_row(screen, "Red Oregon")[1] == "not voted"
    assert "Approve" not in screen.list.item(0).toolTip()
    screen.panel.chair_button.setChecked(True)
    assert "Approve" not in screen.panel.recorder.rows[1].status.text()


def test_a_later_ballot_by_another_hand_shows_as_a_conflict(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx)
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Red Oregon"], "approve", on_behalf=True)
    IDENTITY.actor, IDENTITY.role = "Maria Lopez", "delegate"
    IDENTITY.org, IDENTITY.org_id = "Red Oregon", orgs["Red Oregon"]
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Red Oregon"], "abstain")
    screen.open_record(proposal_id)
    note = screen.panel.conflicts.text()
    assert screen.panel.conflicts.isVisibleTo(screen)
    assert note.startswith("Two ballots for Red Oregon: Approve (recorded by the chair")
    assert "then Abstain (Maria Lopez (delegate)" in note and note.endswith("the later stands.")


def test_close_now_shows_the_frozen_outcome_and_exports_the_declaration(
    ctx: AppContext,
    screen: DecisionsScreen,
    orgs: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    proposal_id = propose(ctx, quorum=3)
    for name, choice in (
        ("Blue Ridge Alliance", "approve"),
        ("Greater Idaho", "approve"),
        ("Red Oregon", "abstain"),
    ):
        ctx.run(ballots.cast_ballot, proposal_id, orgs[name], choice, on_behalf=True)
    screen.open_record(proposal_id)
    panel = screen.panel
    assert not panel.outcome.isVisibleTo(screen)
    asked: list[str] = []
    monkeypatch.setattr(panel, "confirm", lambda question, _detail: asked.append(question) or True)
    assert panel.close_now()
    assert asked == [f"Close “{TITLE}” now?"]
    assert panel.outcome.isVisibleTo(screen)
    assert panel.outcome.chip.text() == "Adopted"
    tally = panel.outcome.tally_label.text()
    assert "Approve (2): Blue Ridge Alliance, Greater Idaho" in tally
    assert "Abstain (1): Red Oregon" in tally
    assert "Did not vote (1): Yes California" in tally
    assert not panel.close_button.isVisible() and not panel.chair_button.isVisible()
    assert screen.list.item(0).text().splitlines()[1].startswith("Adopted · closed")

    target = tmp_path / "declaration.md"
    monkeypatch.setattr(filedialogs, "save_file", lambda *_a, **_k: str(target))
    assert panel.outcome.markdown_button.isVisibleTo(screen)
    assert panel.outcome.export_markdown() == target
    written = target.read_text(encoding="utf-8")
    assert TITLE in written and "Blue Ridge Alliance" in written and "Greater Idaho" in written
    pdf = tmp_path / "declaration.pdf"
    monkeypatch.setattr(filedialogs, "save_file", lambda *_a, **_k: str(pdf))
    assert panel.outcome.export_pdf() == pdf
    assert pdf.read_bytes().startswith(b"%PDF")


def test_no_quorum_offers_no_declaration(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    proposal_id = propose(ctx, quorum=3)
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Red Oregon"], "approve", on_behalf=True)
    screen.open_record(proposal_id)
    monkeypatch.setattr(screen.panel, "confirm", lambda *_a: True)
    screen.panel.close_now()
    assert screen.panel.outcome.chip.text() == "No quorum"
    assert not screen.panel.outcome.markdown_button.isVisibleTo(screen)


def test_the_filter_lists_open_then_closed(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    first = propose(ctx, title="Closed one")
    propose(ctx, title="Open one")
    ctx.run(proposals.close_proposal, first)
    titles = [screen.list.item(r).text().splitlines()[0] for r in range(screen.list.count())]
    assert titles == ["Open one", "Closed one"]
    screen.state_filter.setCurrentIndex(0)  # Open
    assert [screen.list.item(r).text().splitlines()[0] for r in range(screen.list.count())] == [
        "Open one"
    ]
    screen.state_filter.setCurrentIndex(1)  # Closed
    assert screen.list.count() == 1 and screen.panel.outcome.isVisibleTo(screen)


def test_ctrl_n_in_the_area_opens_a_new_proposal(qtbot: QtBot, screen: DecisionsScreen) -> None:
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.list.setFocus()
    qtbot.keyClick(screen.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert screen.last_dialog is not None and screen.last_dialog.isVisible()
    assert screen.last_dialog.windowTitle() == "New proposal"


def test_a_delegate_holding_a_proxy_votes_for_that_group_too(
    qtbot: QtBot, ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    proposal_id = propose(ctx)
    ctx.run(proxies.give_proxy, orgs["Greater Idaho"], orgs["Red Oregon"], label="Give a proxy")
    IDENTITY.actor, IDENTITY.role = "Maria Lopez", "delegate"
    IDENTITY.org, IDENTITY.org_id = "Red Oregon", orgs["Red Oregon"]
    screen.open_record(proposal_id)
    assert [b.text() for b in screen.panel.vote_buttons] == [
        "Vote for Red Oregon…",
        "Vote for Greater Idaho (proxy)…",
    ]
    qtbot.mouseClick(screen.panel.vote_buttons[1], Qt.MouseButton.LeftButton)
    dialog = screen.panel.last_dialog
    assert isinstance(dialog, VoteDialog)
    dialog.choice_buttons["approve"].setChecked(True)
    dialog.accept()
    row = standing(ctx, proposal_id)["Greater Idaho"]
    assert row.capacity == BallotCapacity.PROXY
    assert table_row(screen, "Greater Idaho")[3] == "by proxy, held by Red Oregon (Maria Lopez)"


def test_a_ballot_arriving_after_the_close_is_marked_late(
    ctx: AppContext, screen: DecisionsScreen, orgs: dict[str, str]
) -> None:
    """As a laptop's ballot cast offline after the close reaches this one by sync."""
    proposal_id = propose(ctx)
    ctx.run(ballots.cast_ballot, proposal_id, orgs["Red Oregon"], "approve", on_behalf=True)
    ctx.run(proposals.close_proposal, proposal_id)
    with ctx.db.session() as session:
        closed_at = proposals.get_proposal(session, proposal_id).closed_at
        assert closed_at is not None
        session.add(
            Ballot(
                proposal_id=proposal_id,
                organization_id=orgs["Greater Idaho"],
                choice="object",
                reason="We were offline",
                capacity=BallotCapacity.DELEGATE,
                cast_by="Sam Lee",
                cast_at=closed_at + dt.timedelta(minutes=5),
            )
        )
        session.commit()
    screen.open_record(proposal_id)
    assert table_row(screen, "Greater Idaho")[1] == "not voted"  # its standing: none
    table = screen.panel.table
    late = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
        if table.item(r, 0).text() == "Greater Idaho"
    ][1]
    assert late[1] == "Object" and late[4].endswith("late: not counted")
    assert "Did not vote (3)" in screen.panel.outcome.tally_label.text()


def test_each_underlined_letter_of_the_proposal_dialog_reaches_its_row(
    qtbot: QtBot, screen: DecisionsScreen
) -> None:
    dialog = screen.new_proposal()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.title.hasFocus)
    expected = {
        Qt.Key.Key_A: dialog.about_text,
        Qt.Key.Key_H: dialog.consent,
        Qt.Key.Key_V: dialog.all_voters,
        Qt.Key.Key_L: dialog.closes,
        Qt.Key.Key_R: dialog.rule,
        Qt.Key.Key_Q: dialog.quorum,
        Qt.Key.Key_S: dialog.results,
        Qt.Key.Key_T: dialog.title,
    }
    for key, field in expected.items():
        qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        focused = QApplication.focusWidget()
        assert focused is field or field.isAncestorOf(focused), (key, focused)
    dialog.reject()
