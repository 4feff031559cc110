"""The organization editor's "Part of" picker: the parent shown at once, the rest on demand."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coalition.store.models import Organization
from coalition.ui.common.context import AppContext
from coalition.ui.directory.organizations import OrganizationsScreen


def _chapter(ctx: AppContext) -> Organization:
    with ctx.reading() as session:
        return session.scalars(
            select(Organization)
            .where(Organization.parent_id.is_not(None))
            .order_by(Organization.name)
        ).first()


def test_a_chapter_shows_its_parent_and_lists_the_others_when_opened(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    screen = OrganizationsScreen(sample_ctx)
    qtbot.addWidget(screen)
    chapter = _chapter(sample_ctx)
    screen.open_record(chapter.id)
    picker = screen.editor.parent_org
    assert picker.currentData() == chapter.parent_id
    assert picker.count() == 2  # "—" and the parent, nothing read beyond them
    picker.load_all()
    with sample_ctx.reading() as session:
        others = session.scalar(select(func.count()).select_from(Organization)) - 1
    assert picker.count() == others + 1
    assert picker.findData(chapter.id) == -1  # never part of itself
    assert picker.currentData() == chapter.parent_id
    assert not screen.editor.dirty


def test_choosing_another_parent_is_saved(qtbot: QtBot, sample_ctx: AppContext) -> None:
    screen = OrganizationsScreen(sample_ctx)
    qtbot.addWidget(screen)
    chapter = _chapter(sample_ctx)
    screen.open_record(chapter.id)
    picker = screen.editor.parent_org
    picker.showPopup()
    picker.hidePopup()
    other = next(
        picker.itemData(i)
        for i in range(1, picker.count())
        if picker.itemData(i) != chapter.parent_id
    )
    picker.setCurrentIndex(picker.findData(other))
    assert screen.editor.dirty
    assert screen.editor.save()
    with sample_ctx.reading() as session:
        assert session.get(Organization, chapter.id).parent_id == other
