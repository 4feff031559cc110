"""The Campaigns & Endorsements screen and the endorsement dialogs, driven as a user would."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.directory.records import OrganizationInput
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import CampaignInput, EndorsementInput
from coalition.store.models import EndorsementStatus
from coalition.ui.common.context import AppContext
from coalition.ui.endorsements.campaigns import CampaignsScreen
from coalition.ui.endorsements.endorsementdialog import (
    STATUS_COLORS,
    STATUS_TEXT_COLORS,
    EndorsementDialog,
    EndorsementHistoryDialog,
)


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> CampaignsScreen:
    widget = CampaignsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def plebiscite(ctx: AppContext) -> tuple[str, str]:
    """(campaign id, organization id): a campaign and an ally who may endorse it."""
    cnp = ctx.run(
        directory.create_organization, OrganizationInput(name="California National Party")
    )
    campaign = ctx.run(
        endorsements.create_campaign,
        CampaignInput(name="2028 California independence plebiscite", vote_date="2028-11-07"),
    )
    ctx.undo_stack.clear()
    return campaign.id, cnp.id


def _choose(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def _stored_endorsements(ctx: AppContext, campaign_id: str) -> list[tuple[str, str]]:
    with ctx.reading() as session:
        return [
            (e.endorser_name, e.status.value)
            for e in endorsements.endorsements_of_campaign(session, campaign_id)
        ]


def _record_requested(ctx: AppContext, campaign_id: str, org_id: str) -> str:
    data = EndorsementInput(
        endorser_org_id=org_id,
        campaign_id=campaign_id,
        status_on="2026-09-22",
        note="Asked on the call",
    )
    return ctx.run(endorsements.record_endorsement, data).id


def test_status_colours_cover_every_status_and_stay_readable() -> None:
    def luminance(hex_colour: str) -> float:
        colour = QColor(hex_colour)
        channels = [c / 255 for c in (colour.red(), colour.green(), colour.blue())]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    assert set(STATUS_COLORS) == set(EndorsementStatus) == set(STATUS_TEXT_COLORS)
    assert len(set(STATUS_COLORS.values())) == len(STATUS_COLORS)
    for status, background in STATUS_COLORS.items():
        lighter, darker = sorted(
            (luminance(background), luminance(STATUS_TEXT_COLORS[status])), reverse=True
        )
        assert (lighter + 0.05) / (darker + 0.05) >= 4.5, status


def test_create_a_campaign_through_the_editor(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
) -> None:
    owner = ctx.run(
        directory.create_organization, OrganizationInput(name="California Freedom Coalition")
    )
    screen.new_record()
    editor = screen.editor
    _choose(editor.owner, owner.id)  # the owner list was read when the form was cleared
    qtbot.keyClicks(editor.name, "2028 California independence plebiscite")
    qtbot.keyClicks(editor.filing_date, "2026-09-15")
    qtbot.keyClicks(editor.signature_deadline, "2027-03-15")
    qtbot.keyClicks(editor.vote_date, "2028-11-07")
    qtbot.keyClicks(editor.signature_goal, "546,651")
    assert editor.endorsements_view.isHidden()  # nothing to endorse until it is saved
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    with ctx.reading() as session:
        [stored] = endorsements.campaigns(session)
        assert stored.name == "2028 California independence plebiscite"
        assert stored.owner_id == owner.id
        assert stored.signature_goal == 546651
        assert stored.vote_date.isoformat() == "2028-11-07"
    assert screen.model.rowCount() == 1
    assert screen.selected_id() == stored.id
    assert editor.heading.text() == stored.name
    assert editor.signature_goal.text() == "546,651"
    assert editor.endorsements_view.isVisibleTo(editor)
    assert editor.endorsements_title.text() == "Endorsements: none recorded yet"
    assert ctx.undo_stack.undoText() == "Add 2028 California independence plebiscite"


def test_vote_before_the_deadline_is_refused_under_the_field(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
) -> None:
    screen.new_record()
    editor = screen.editor
    qtbot.keyClicks(editor.name, "Article V convention initiative")
    qtbot.keyClicks(editor.signature_deadline, "2027-03-15")
    qtbot.keyClicks(editor.vote_date, "2027-01-05")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.problem_text("vote_date") == "The vote comes before the signature deadline."
    assert editor.problem_text("signature_deadline") == ""
    assert editor.dirty
    with ctx.reading() as session:
        assert endorsements.campaigns(session) == []
    assert screen.model.rowCount() == 0


def test_record_an_endorsement_through_the_dialog(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
) -> None:
    campaign_id, cnp_id = plebiscite
    screen.open_record(campaign_id)
    editor = screen.editor
    qtbot.mouseClick(editor.record_button, Qt.MouseButton.LeftButton)
    dialog = editor.last_dialog
    assert isinstance(dialog, EndorsementDialog) and dialog.isVisible()
    assert dialog.target.currentData() == campaign_id  # prefilled with the open campaign
    _choose(dialog.endorser, cnp_id)
    _choose(dialog.status, EndorsementStatus.ENDORSED)
    assert not dialog.condition.isEnabled()
    dialog.date.setText("2026-10-20")
    dialog.note.setText("Voted at the party's convention")
    dialog.source.setText("cnp.example.org/endorsements")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    assert _stored_endorsements(ctx, campaign_id) == [("California National Party", "endorsed")]
    model = editor.endorsements_model
    assert model.rowCount() == 1
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    status_column = headers.index("Status")
    assert model.data(model.index(0, 0)) == "California National Party"
    status = model.index(0, status_column)
    assert model.data(status) == "Endorsed"
    endorsed_colour = QColor(STATUS_COLORS[EndorsementStatus.ENDORSED])
    assert model.data(status, Qt.ItemDataRole.BackgroundRole) == endorsed_colour
    assert editor.selected_endorsement() == model.id_at(0)  # the new one is selected
    assert editor.endorsements_title.text() == "Endorsements (1)"
    with ctx.reading() as session:
        stored = endorsements.get_endorsement(session, model.id_at(0))
        assert stored.source_url == "https://cnp.example.org/endorsements"
        assert [(e.on.isoformat(), e.note) for e in stored.events] == [
            ("2026-10-20", "Voted at the party's convention")
        ]


def test_a_conditional_endorsement_needs_its_condition(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
) -> None:
    campaign_id, cnp_id = plebiscite
    screen.open_record(campaign_id)
    dialog = screen.editor.record_endorsement()
    assert dialog is not None
    _choose(dialog.endorser, cnp_id)
    _choose(dialog.status, EndorsementStatus.CONDITIONAL)
    assert dialog.condition.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # stays open, with the problem beside the field
    assert dialog.problem_text("condition") == "A conditional endorsement needs its condition."
    assert _stored_endorsements(ctx, campaign_id) == []

    dialog.condition.setText("We will need to see the full text first")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert _stored_endorsements(ctx, campaign_id) == [("California National Party", "conditional")]


def test_an_endorser_must_be_chosen(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
) -> None:
    campaign_id, _cnp_id = plebiscite
    screen.open_record(campaign_id)
    dialog = screen.editor.record_endorsement()
    assert dialog is not None
    dialog.endorser.setEditText("Nobody we know")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.problem_text("endorser") == "Choose one endorser: an organization or a person."
    assert _stored_endorsements(ctx, campaign_id) == []


def test_changing_the_status_adds_to_the_history_and_undo_takes_it_back(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
) -> None:
    campaign_id, cnp_id = plebiscite
    endorsement_id = _record_requested(ctx, campaign_id, cnp_id)
    screen.open_record(campaign_id)
    editor = screen.editor
    view = editor.endorsements_view
    assert not editor.history_button.isEnabled()
    first_row = view.visualRect(editor.endorsements_model.index(0, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first_row)
    history = editor.last_dialog
    assert isinstance(history, EndorsementHistoryDialog) and history.isVisible()
    assert history.endorsement_id == endorsement_id
    assert history.table.rowCount() == 1
    assert history.status_chip.text() == "Requested"

    qtbot.mouseClick(history.change_button, Qt.MouseButton.LeftButton)
    change = history.last_dialog
    assert isinstance(change, EndorsementDialog) and change.isVisible()
    assert not change.endorser.isVisibleTo(change)  # who endorses what is fixed once recorded
    _choose(change.status, EndorsementStatus.CONDITIONAL)
    change.condition.setText("We will need to see the full text first")
    change.date.setText("2026-10-13")
    change.note.setText("Said by the chair")
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)

    assert not change.isVisible()
    assert history.table.rowCount() == 2
    newest = [history.table.item(0, c).text() for c in range(4)]
    assert newest == [
        "10/13/2026",  # typed as ISO, shown as the US writes it
        "Conditional",
        "We will need to see the full text first",
        "Said by the chair",
    ]
    assert history.table.item(1, 1).text() == "Requested"
    conditional_colour = QColor(STATUS_COLORS[EndorsementStatus.CONDITIONAL])
    assert history.table.item(0, 1).background().color() == conditional_colour
    assert history.status_chip.text() == "Conditional"
    assert editor.selected_endorsement() == endorsement_id  # the list kept its selection
    assert (
        ctx.undo_stack.undoText()
        == "Change endorsement by California National Party to conditional"
    )

    ctx.undo_stack.undo()
    assert history.table.rowCount() == 1
    assert history.status_chip.text() == "Requested"
    assert _stored_endorsements(ctx, campaign_id) == [("California National Party", "requested")]
    history.close()


def test_deleting_an_endorsement_asks_first(
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    campaign_id, cnp_id = plebiscite
    endorsement_id = _record_requested(ctx, campaign_id, cnp_id)
    screen.open_record(campaign_id)
    editor = screen.editor
    editor.select_endorsement(endorsement_id)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(editor, "confirm", lambda q, d: asked.append((q, d)) or False)
    assert not editor.delete_endorsement()
    assert asked == [
        (
            "Delete the endorsement by California National Party?",
            "Its history of 1 status goes with it. You can undo this with Ctrl+Z.",
        )
    ]
    assert len(_stored_endorsements(ctx, campaign_id)) == 1

    monkeypatch.setattr(editor, "confirm", lambda q, d: True)
    editor.delete_endorsement_button.click()
    assert _stored_endorsements(ctx, campaign_id) == []
    assert editor.endorsements_model.rowCount() == 0
    ctx.undo_stack.undo()
    assert editor.endorsements_model.rowCount() == 1


def test_deleting_a_campaign_names_its_endorsements(
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    campaign_id, cnp_id = plebiscite
    _record_requested(ctx, campaign_id, cnp_id)
    screen.open_record(campaign_id)
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(screen, "confirm", lambda q, d="": asked.append((q, d)) or True)
    screen.delete_selected()

    assert asked == [
        (
            "Delete 2028 California independence plebiscite?",
            "This also deletes its 1 endorsement, with its history. You can undo this with Ctrl+Z.",
        )
    ]
    assert screen.model.rowCount() == 0
    with ctx.reading() as session:
        assert endorsements.campaigns(session) == []
    ctx.undo_stack.undo()
    assert screen.model.rowCount() == 1
    assert len(_stored_endorsements(ctx, campaign_id)) == 1


def test_the_list_follows_undo_of_an_endorsement(
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
) -> None:
    campaign_id, cnp_id = plebiscite
    screen.open_record(campaign_id)
    _record_requested(ctx, campaign_id, cnp_id)
    assert screen.editor.endorsements_model.rowCount() == 1
    ctx.undo_stack.undo()
    assert screen.editor.endorsements_model.rowCount() == 0
    assert screen.editor.endorsements_view.currentIndex() == QModelIndex()


def test_tab_goes_through_the_new_campaign_form_in_the_order_it_is_drawn(
    screen: CampaignsScreen, qtbot: QtBot
) -> None:
    """Tab from the name goes down the form, field by field, and reaches Save last: the
    buttons were made before the fields and came first, so Tab left the name for Save."""
    screen.new_record()
    editor = screen.editor
    qtbot.wait(10)
    chain = []
    widget = editor.nextInFocusChain()
    while widget is not editor:
        if (
            editor.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()

    def drawn_at(widget: QWidget) -> tuple[int, int]:
        corner = widget.mapTo(editor, QPoint(0, 0))
        return corner.y(), corner.x()

    assert chain[0] is editor.name
    assert chain[-1] is editor.save_button
    assert chain == sorted(chain, key=drawn_at)


def test_a_name_two_endorsers_share_asks_to_choose_one_of_them(
    qtbot: QtBot,
    ctx: AppContext,
    screen: CampaignsScreen,
    plebiscite: tuple[str, str],
) -> None:
    """Two Rosa Delgado, each listed with her address: "Rosa Delgado" typed in full said
    "Choose one endorser: an organization or a person"."""
    from coalition.directory import records as directory

    for address in ("rosa.delgado@example.org", "rosa.d@example.net"):
        ctx.run(
            directory.create_person,
            directory.PersonInput("Rosa Delgado", [address]),
            label="Add person",
        )
    campaign_id, _cnp_id = plebiscite
    screen.open_record(campaign_id)
    dialog = screen.editor.record_endorsement()
    assert dialog is not None
    dialog.endorser_is_person.setChecked(True)
    dialog.endorser.setEditText("Rosa Delgado")
    dialog.accept()
    assert dialog.problem_text("endorser").startswith(
        "2 records are called “Rosa Delgado”: choose one from the list"
    )
    assert _stored_endorsements(ctx, campaign_id) == []
