"""The endorsement matrix: the right status in the right cell, and the dialogs it opens."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.directory.records import OrganizationInput, PersonInput
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import CampaignInput, EndorsementInput
from coalition.store.models import EndorsementStatus
from coalition.ui.common.context import AppContext
from coalition.ui.endorsements.endorsementdialog import (
    STATUS_COLORS,
    STATUS_TEXT_COLORS,
    EndorsementDialog,
    EndorsementHistoryDialog,
)
from coalition.ui.endorsements.matrix import MatrixScreen

Display = Qt.ItemDataRole.DisplayRole
Background = Qt.ItemDataRole.BackgroundRole


@dataclass
class Coalition:
    cnp: str
    red_illinois: str
    michael: str
    plebiscite: str
    borders: str
    cnp_on_plebiscite: str
    red_illinois_on_borders: str


@pytest.fixture
def coalition(ctx: AppContext) -> Coalition:
    """Two groups and a person, two campaigns, three endorsements (one conditional)."""

    def org(name: str) -> str:
        return ctx.run(directory.create_organization, OrganizationInput(name=name)).id

    def campaign(name: str, vote_date: str | None = None) -> str:
        data = CampaignInput(name=name, vote_date=vote_date)
        return ctx.run(endorsements.create_campaign, data).id

    def endorse(status: EndorsementStatus, condition: str = "", **parties: str) -> str:
        data = EndorsementInput(status=status, condition=condition, **parties)
        return ctx.run(endorsements.record_endorsement, data).id

    cnp, red_illinois = org("California National Party"), org("Red Illinois")
    michael = ctx.run(directory.create_person, PersonInput(name="Michael Tran")).id
    plebiscite = campaign("2028 California independence plebiscite", "2028-11-07")
    borders = campaign("Peaceful movement of state borders")
    made = Coalition(
        cnp=cnp,
        red_illinois=red_illinois,
        michael=michael,
        plebiscite=plebiscite,
        borders=borders,
        cnp_on_plebiscite=endorse(
            EndorsementStatus.CONDITIONAL,
            "We will need to see the full text first",
            endorser_org_id=cnp,
            campaign_id=plebiscite,
        ),
        red_illinois_on_borders=endorse(
            EndorsementStatus.ENDORSED, endorser_org_id=red_illinois, campaign_id=borders
        ),
    )
    endorse(EndorsementStatus.DECLINED, endorser_person_id=michael, campaign_id=borders)
    ctx.undo_stack.clear()
    return made


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, coalition: Coalition) -> MatrixScreen:
    widget = MatrixScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click(qtbot: QtBot, screen: MatrixScreen, index: QModelIndex) -> None:
    assert index.isValid()
    centre = screen.view.visualRect(index).center()
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def test_endorsers_down_organizations_first_campaigns_across(screen: MatrixScreen) -> None:
    model = screen.model
    down = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    across = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert down == ["California National Party", "Red Illinois", "Michael Tran"]
    assert across == [
        "2028 California independence plebiscite",
        "Peaceful movement of state borders",
    ]
    assert screen.count_label.text() == "3 endorsers × 2 campaigns"


def test_each_cell_shows_its_status_in_its_colour(
    screen: MatrixScreen,
    coalition: Coalition,
) -> None:
    model = screen.model
    conditional = model.index_of(coalition.cnp, coalition.plebiscite)
    assert model.data(conditional, Display) == "Conditional"
    conditional_colour = QColor(STATUS_COLORS[EndorsementStatus.CONDITIONAL])
    assert model.data(conditional, Background) == conditional_colour
    assert model.data(conditional, Qt.ItemDataRole.ForegroundRole) == QColor(
        STATUS_TEXT_COLORS[EndorsementStatus.CONDITIONAL]
    )
    tooltip = model.data(conditional, Qt.ItemDataRole.ToolTipRole)
    assert "Condition: We will need to see the full text first" in tooltip

    endorsed = model.index_of(coalition.red_illinois, coalition.borders)
    assert (endorsed.row(), endorsed.column()) == (1, 1)
    assert model.data(endorsed, Display) == "Endorsed"
    assert model.data(endorsed, Background) == QColor(STATUS_COLORS[EndorsementStatus.ENDORSED])
    declined = model.index_of(coalition.michael, coalition.borders)
    assert model.data(declined, Display) == "Declined"
    assert model.data(declined, Background) == QColor(STATUS_COLORS[EndorsementStatus.DECLINED])

    empty = model.index_of(coalition.red_illinois, coalition.plebiscite)
    assert model.data(empty, Display) is None
    assert model.data(empty, Background) is None
    assert screen.legend_chips[EndorsementStatus.ENDORSED].text() == "Endorsed 1"
    assert screen.legend_chips[EndorsementStatus.PENDING].text() == "Pending"


def test_a_selected_cell_keeps_its_colour(screen: MatrixScreen, coalition: Coalition) -> None:
    index = screen.model.index_of(coalition.red_illinois, coalition.borders)
    screen.view.setCurrentIndex(index)
    assert screen.view.selectionModel().isSelected(index)
    rect = screen.view.visualRect(index)
    image = screen.view.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    inside = QPoint(round((rect.left() + 8) * ratio), round(rect.center().y() * ratio))
    assert image.pixelColor(inside) == QColor(STATUS_COLORS[EndorsementStatus.ENDORSED])


def test_clicking_an_endorsement_opens_its_history(
    qtbot: QtBot,
    screen: MatrixScreen,
    coalition: Coalition,
) -> None:
    _click(qtbot, screen, screen.model.index_of(coalition.cnp, coalition.plebiscite))
    dialog = screen.last_dialog
    assert isinstance(dialog, EndorsementHistoryDialog) and dialog.isVisible()
    assert dialog.endorsement_id == coalition.cnp_on_plebiscite
    assert dialog.heading.text() == (
        "California National Party → 2028 California independence plebiscite"
    )
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "Conditional"
    dialog.close()


def test_enter_on_a_cell_opens_it_too(
    qtbot: QtBot,
    screen: MatrixScreen,
    coalition: Coalition,
) -> None:
    screen.activateWindow()
    screen.view.setFocus()
    screen.view.setCurrentIndex(screen.model.index_of(coalition.red_illinois, coalition.borders))
    qtbot.keyClick(screen.view, Qt.Key.Key_Return)
    dialog = screen.last_dialog
    assert isinstance(dialog, EndorsementHistoryDialog)
    assert dialog.endorsement_id == coalition.red_illinois_on_borders
    dialog.close()


def test_an_empty_cell_offers_to_record_one_there(
    qtbot: QtBot,
    ctx: AppContext,
    screen: MatrixScreen,
    coalition: Coalition,
) -> None:
    _click(qtbot, screen, screen.model.index_of(coalition.michael, coalition.plebiscite))
    dialog = screen.last_dialog
    assert isinstance(dialog, EndorsementDialog) and dialog.isVisible()
    assert dialog.endorser_is_person.isChecked()
    assert dialog.endorser.currentData() == coalition.michael
    assert dialog.target.currentData() == coalition.plebiscite
    dialog.status.setCurrentIndex(dialog.status.findData(EndorsementStatus.PENDING))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    assert not dialog.isVisible()
    cell = screen.model.index_of(coalition.michael, coalition.plebiscite)
    assert screen.model.data(cell, Display) == "Pending"
    assert screen.view.currentIndex() == cell  # the matrix kept its place
    assert screen.legend_chips[EndorsementStatus.PENDING].text() == "Pending 1"


def test_the_matrix_follows_changes_and_undo(
    ctx: AppContext,
    screen: MatrixScreen,
    coalition: Coalition,
) -> None:
    endorsed = EndorsementStatus.ENDORSED
    ctx.run(endorsements.set_endorsement_status, coalition.cnp_on_plebiscite, endorsed)
    cell = screen.model.index_of(coalition.cnp, coalition.plebiscite)
    assert screen.model.data(cell, Display) == "Endorsed"
    ctx.undo_stack.undo()
    cell = screen.model.index_of(coalition.cnp, coalition.plebiscite)
    assert screen.model.data(cell, Display) == "Conditional"


def test_filtering_endorsers_by_name(screen: MatrixScreen, coalition: Coalition) -> None:
    screen.search.setText("  red ")
    assert screen.model.rowCount() == 1
    assert screen.model.headerData(0, Qt.Orientation.Vertical) == "Red Illinois"
    assert screen.count_label.text() == "1 of 3 endorsers × 2 campaigns"
    assert not screen.model.index_of(coalition.cnp, coalition.plebiscite).isValid()
    screen.search.clear()
    assert screen.model.rowCount() == 3


def test_double_clicking_a_header_asks_to_open_the_record(
    qtbot: QtBot,
    screen: MatrixScreen,
    coalition: Coalition,
) -> None:
    across, down = screen.view.horizontalHeader(), screen.view.verticalHeader()
    with qtbot.waitSignal(screen.openRequested) as opened:
        middle = across.sectionViewportPosition(1) + across.sectionSize(1) // 2
        qtbot.mouseDClick(across.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(middle, 5))
    assert opened.args == ["campaign", coalition.borders]
    with qtbot.waitSignal(screen.openRequested) as opened:
        middle = down.sectionViewportPosition(2) + down.sectionSize(2) // 2
        qtbot.mouseDClick(down.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, middle))
    assert opened.args == ["person", coalition.michael]


def test_an_empty_matrix_says_where_to_start(qtbot: QtBot, ctx: AppContext) -> None:
    screen = MatrixScreen(ctx)
    qtbot.addWidget(screen)
    assert screen.pages.currentWidget() is screen.empty
    assert screen.count_label.text() == "0 endorsers × 0 campaigns"
