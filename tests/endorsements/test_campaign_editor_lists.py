"""The campaign editor reads what one campaign needs: its owner and its endorsements."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coalition.store.models import Campaign, Endorsement, Organization
from coalition.ui.common.context import AppContext
from coalition.ui.endorsements.campaigns import CampaignsScreen


def test_endorsements_are_those_of_the_campaign_shown(qtbot: QtBot, sample_ctx: AppContext) -> None:
    screen = CampaignsScreen(sample_ctx)
    qtbot.addWidget(screen)
    editor = screen.editor
    screen.new_record()
    assert editor.endorsements_model.rowCount() == 0  # no campaign: none listed, none counted
    with sample_ctx.reading() as session:
        campaign_id, endorsed = session.execute(
            select(Endorsement.campaign_id, func.count())
            .group_by(Endorsement.campaign_id)
            .order_by(func.count().desc())
        ).first()
    screen.open_record(campaign_id)
    assert editor.endorsements_model.rowCount() == endorsed
    assert editor.endorsements_title.text() == f"Endorsements ({endorsed})"


def test_the_owner_is_shown_and_any_organization_can_be_chosen(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    with sample_ctx.reading() as session:
        campaign = session.scalars(select(Campaign).where(Campaign.owner_id.is_not(None))).first()
        organizations = session.scalar(select(func.count()).select_from(Organization))
    assert campaign is not None
    screen = CampaignsScreen(sample_ctx)
    qtbot.addWidget(screen)
    screen.open_record(campaign.id)
    owner = screen.editor.owner
    assert owner.currentData() == campaign.owner_id
    owner.showPopup()
    owner.hidePopup()
    assert owner.count() == organizations + 1  # and "—"
    assert owner.currentData() == campaign.owner_id
    assert not screen.editor.dirty
