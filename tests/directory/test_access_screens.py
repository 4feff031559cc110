"""The editors show what the organizer may not change as read-only, with why; the
organization editor keeps a group's legal class, finance status and visibility."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from access_helpers import (
    CHARITY,
    CHARITY_SECRET,
    SHARED_NAME,
    TEXAS,
    TEXAS_SECRET,
    World,
    build_world,
)
from coalition.calls import meetings
from coalition.calls import series as calls
from coalition.common import clock
from coalition.directory import records as directory
from coalition.drafts.draft import DraftInput, create_draft
from coalition.drafts.variants import add_variant
from coalition.endorsements import records as endorsements
from coalition.endorsements.records import CampaignInput, EndorsementInput
from coalition.store.base import PRIVATE, SHARED
from coalition.store.changes import writes
from coalition.store.models import CallParticipant, CallSeries, Finance, LegalClass
from coalition.ui.calls.agenda import AgendaRow
from coalition.ui.calls.item_editor import ItemEditor
from coalition.ui.calls.series_dialog import SeriesDialog
from coalition.ui.common.context import AppContext
from coalition.ui.common.readonly import ReadOnlyBanner
from coalition.ui.directory.organizations import OrganizationsScreen
from coalition.ui.directory.people import PeopleScreen
from coalition.ui.drafts import DraftsScreen
from coalition.ui.endorsements.campaigns import CampaignsScreen
from coalition.ui.endorsements.endorsementdialog import EndorsementDialog
from coalition.ui.shell.mainwindow import AREAS, MainWindow


@writes("Invite to the call")
def invite(session: Session, series_id: str, person_id: str) -> None:
    series = session.get(CallSeries, series_id)
    assert series is not None
    series.participants.append(CallParticipant(person_id=person_id))


SHOTS = Path(os.environ.get("COALITION_SHOTS", "/work/shots"))


@pytest.fixture
def world(ctx: AppContext) -> World:
    with ctx.db.session() as session:
        return build_world(session)


def _people(qtbot: QtBot, ctx: AppContext) -> PeopleScreen:
    screen = PeopleScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _organizations(qtbot: QtBot, ctx: AppContext) -> OrganizationsScreen:
    screen = OrganizationsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_another_organizations_record_is_read_only_with_the_reason(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("member", "charity")
    screen = _organizations(qtbot, ctx)
    assert screen.open_record(world.texas_id)
    editor = screen.editor
    assert editor.read_only
    assert editor.read_only_banner.isVisible()
    assert editor.read_only_banner.reason() == (
        f"Read-only. This record belongs to {TEXAS}: only its organizers or a coordinator "
        "can change it."
    )
    assert editor.name.isReadOnly() and not editor.kind.isEnabled()
    assert not editor.legal_class.isEnabled() and not editor.visibility.isEnabled()
    qtbot.keyClicks(editor.name, " (renamed)")
    assert editor.name.text() == TEXAS
    assert not editor.save_button.isEnabled() and not editor.dirty
    editor.mark_dirty()  # even when something marks it changed, nothing is saved
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    if SHOTS.is_dir():
        qtbot.wait(100)  # the form laid out at its size
        screen.grab().save(str(SHOTS / "readonly.png"))


def test_its_own_organization_is_editable(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    world.act("member", "charity")
    screen = _organizations(qtbot, ctx)
    assert screen.open_record(world.charity_id)
    editor = screen.editor
    assert not editor.read_only and editor.read_only_banner.isHidden()
    assert not editor.name.isReadOnly() and editor.legal_class.isEnabled()
    assert editor.legal_class.currentData() == LegalClass.NONPROFIT_C3.value


def test_a_coordinator_sets_legal_class_finance_and_visibility(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    screen = _organizations(qtbot, ctx)
    assert screen.open_record(world.texas_id)
    editor = screen.editor
    assert not editor.read_only
    editor.legal_class.setCurrentIndex(editor.legal_class.findData(LegalClass.PAC.value))
    editor.finance.setCurrentIndex(editor.finance.findData(Finance.COORDINATED.value))
    editor.visibility.setCurrentIndex(editor.visibility.findData(PRIVATE))
    assert editor.visibility.currentText() == f"Private to {TEXAS}"
    assert editor.save()
    with ctx.reading() as session:
        org = directory.get_organization(session, world.texas_id)
        assert (org.legal_class, org.finance, org.visibility) == (
            LegalClass.PAC,
            Finance.COORDINATED,
            PRIVATE,
        )


def test_a_coalition_person_is_read_only_to_a_member_and_its_memberships_too(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("member", "texas")
    screen = _people(qtbot, ctx)
    assert screen.open_record(world.shared_id)
    editor = screen.editor
    assert editor.name.text() == SHARED_NAME
    assert "only a coordinator can change it" in editor.read_only_banner.reason()
    assert not editor.add_membership_button.isEnabled()
    assert editor.emails.isReadOnly()


def test_a_member_makes_its_private_person_shared_from_the_editor(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("member", "texas")
    screen = _people(qtbot, ctx)
    assert screen.open_record(world.texas_secret_id)
    editor = screen.editor
    assert not editor.read_only
    assert editor.visibility.currentData() == PRIVATE
    assert editor.visibility.currentText() == f"Private to {TEXAS}"
    editor.visibility.setCurrentIndex(editor.visibility.findData(SHARED))
    assert editor.save()
    world.act("member", "charity")
    with ctx.reading() as session:
        assert directory.get_person(session, world.texas_secret_id).name == TEXAS_SECRET


def test_a_new_person_of_a_charity_starts_private(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("member", "charity")
    screen = _people(qtbot, ctx)
    screen.new_record()
    editor = screen.editor
    assert editor.visibility.currentData() == PRIVATE
    assert editor.visibility.currentText() == f"Private to {CHARITY}"


def test_an_observer_sees_every_editor_read_only(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    world.act("observer", "texas")
    screen = _people(qtbot, ctx)
    assert screen.open_record(world.texas_secret_id)
    assert "observer" in screen.editor.read_only_banner.reason()
    screen.new_record()
    assert screen.editor.read_only


def test_another_groups_endorsement_opens_read_only(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.db.session() as session:
        campaign = endorsements.create_campaign(session, CampaignInput(name="Texit Petition"))
        row = endorsements.record_endorsement(
            session, EndorsementInput(endorser_org_id=world.texas_id, campaign_id=campaign.id)
        )
    world.act("member", "charity")
    dialog = EndorsementDialog(ctx, row.id)
    qtbot.addWidget(dialog)
    assert dialog.read_only and TEXAS in dialog.read_only_banner.reason()
    assert not dialog.ok_button.isEnabled() and not dialog.status.isEnabled()
    world.act("member", "texas")
    mine = EndorsementDialog(ctx, row.id)
    qtbot.addWidget(mine)
    assert not mine.read_only and mine.ok_button.isEnabled()


def coalition_call(session: Session) -> Any:
    """The coalition's weekly call (a coordinator's), on today's weekday, with a roll call."""
    return calls.create_series(
        session,
        calls.SeriesInput(
            title="Weekly coalition call", start_date=clock.today(), start_time="17:00",
            time_zone="America/Los_Angeles", standing_items=[("Roll call", 5)],
            recurrence=calls.Recurrence(weekdays=(clock.today().weekday(),)),
        ),
    )  # fmt: skip


def test_the_coalitions_call_series_is_read_only_to_a_member(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.db.session() as session:
        series = coalition_call(session)
    world.act("member", "texas")
    dialog = SeriesDialog(ctx, series.id)
    qtbot.addWidget(dialog)
    assert dialog.read_only
    assert not dialog.ok_button.isEnabled() and dialog.title.isReadOnly()
    banner = dialog.findChild(ReadOnlyBanner)
    assert banner is not None and "only a coordinator" in banner.reason()


def test_a_variant_addressed_to_another_group_is_shown_not_changed(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.db.session() as session:
        draft = create_draft(session, DraftInput(title="The question", channels=["x"]), "Core")
        variant = add_variant(session, draft.id, "Texas", organization_id=world.texas_id)
    world.act("member", "charity")
    screen = DraftsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    screen.refresh()
    screen.open_record(draft.id)
    panel = screen.panel
    panel.select_variant(variant.id)
    assert panel.variant_read_only
    assert TEXAS in panel.variant_banner.reason()
    assert panel.variant_editor.edit.isReadOnly()
    assert not panel.delete_variant_button.isEnabled()
    world.act("member", "texas")
    screen.refresh()
    screen.open_record(draft.id)
    panel.select_variant(variant.id)
    panel.show_variant_access(panel.current_variant())  # type: ignore[arg-type]
    assert not panel.variant_read_only and not panel.variant_editor.edit.isReadOnly()


def test_an_agenda_item_of_the_coalitions_call_is_read_only_to_a_member(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.db.session() as session:
        series = coalition_call(session)
        occurrence = meetings.prepare_call(session, series.id, clock.today())
        item = meetings.agenda(session, occurrence.id)[0]
        row = AgendaRow(item.id, item.title, None, "", 5, "", "", "", item.status, False)
    editor = ItemEditor(ctx)
    qtbot.addWidget(editor)
    editor.load(row)
    assert not editor.read_only and editor.title.isEnabled() and not editor.title.isReadOnly()
    world.act("member", "texas")
    editor.load(row)
    assert editor.read_only and editor.title.isReadOnly() and not editor.status.isEnabled()
    assert "only a coordinator" in editor.read_only_banner.reason()
    editor.load(None)  # nothing chosen: nothing to type in, and no banner
    assert not editor.title.isEnabled() and editor.read_only_banner.isHidden()
    world.act("coordinator")
    editor.load(row)
    assert editor.title.isEnabled() and not editor.title.isReadOnly() and editor.status.isEnabled()


def test_a_new_charity_is_of_its_legal_class(qtbot: QtBot, ctx: AppContext, world: World) -> None:
    screen = _organizations(qtbot, ctx)
    screen.new_record()
    editor = screen.editor
    editor.kind.setCurrentIndex(editor.kind.findData("501c3"))
    assert editor.legal_class.currentData() == LegalClass.NONPROFIT_C3.value


def test_a_member_reads_a_coalition_campaign_and_records_its_own_endorsement(
    qtbot: QtBot, ctx: AppContext, world: World
) -> None:
    with ctx.db.session() as session:
        campaign = endorsements.create_campaign(session, CampaignInput(name="Texit Petition"))
    world.act("member", "texas")
    screen = CampaignsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    assert screen.open_record(campaign.id)
    editor = screen.editor
    assert editor.read_only and "only a coordinator" in editor.read_only_banner.reason()
    assert editor.record_button.isEnabled()


def test_every_area_opens_for_a_member_on_a_laptop_holding_others_private_records(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    """The sample coalition with both groups' private people, one of them invited to the
    coalition's own call: each area opens for the other group's organizer, without them."""
    with sample_ctx.db.session() as session:
        world = build_world(session)
        series = session.scalars(select(CallSeries).where(CallSeries.organizer_id.is_not(None)))
        invite(session, next(iter(series)).id, world.charity_secret_id)
    world.act("member", "texas")
    window = MainWindow(sample_ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for area in AREAS:
        screen = window.show_area(area.key)
        QApplication.processEvents()
        texts = " ".join(w.text() for w in screen.findChildren(QLabel) if w.isVisibleTo(window))
        assert CHARITY_SECRET not in texts, area.key
