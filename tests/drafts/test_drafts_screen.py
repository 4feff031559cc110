"""The Drafts screen driven as a state lead would: a draft started in its dialog, the core
message typed against the X limit, saved twice and compared, a variant for South Carolina
with its merge fields filled, a group's sign-off voided by an edit, comments threaded, and
the variant and the message pack sent out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.directory.records import OrganizationInput
from coalition.drafts.comments import add_comment, comment_thread
from coalition.drafts.draft import DraftInput, create_draft
from coalition.drafts.export import variant_as
from coalition.drafts.lookup import get_draft, get_variant
from coalition.drafts.revisions import revisions, save_core_text, save_variant_text
from coalition.drafts.signoffs import (
    VariantState,
    active_sign_offs,
    request_sign_off,
    variant_state,
)
from coalition.drafts.variants import add_variant
from coalition.store.models import SignOffAnswer
from coalition.ui.common import editing
from coalition.ui.common.context import AppContext
from coalition.ui.drafts import (
    AnswerDialog,
    AskSignOffDialog,
    CommentDialog,
    DiffDialog,
    DraftDialog,
    DraftsScreen,
    VariantDialog,
)
from coalition.ui.drafts.editor import MessageEditor
from coalition.ui.shell.mainwindow import MainWindow

CORE = "Would you really mind if California left the union?"
RED = "color: #b00020"


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext) -> DraftsScreen:
    widget = DraftsScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 850)
    widget.show()
    return widget


@pytest.fixture
def group(ctx: AppContext) -> str:
    with ctx.db.session() as session:
        return directory.create_organization(session, OrganizationInput(name="Red Oregon")).id


@pytest.fixture
def draft_id(ctx: AppContext, group: str) -> str:
    """A draft for X and SMS, owned by the group, with its core message saved once."""
    with ctx.db.session() as session:
        data = DraftInput(title="The question", channels=["x", "sms"], owner_org_id=group)
        return create_draft(session, data, CORE).id


def _shown(qtbot: QtBot, screen: DraftsScreen, draft_id: str) -> None:
    screen.refresh()
    screen.open_record(draft_id)
    assert screen.panel.record_id == draft_id


def _type(editor: MessageEditor, text: str) -> None:
    editor.edit.selectAll()
    editor.edit.insertPlainText(text)


def _revision_numbers(screen: DraftsScreen) -> list[str]:
    tree = screen.panel.revision_list
    return [tree.topLevelItem(n).text(0) for n in range(tree.topLevelItemCount())]


def _add_variant(screen: DraftsScreen, audience: str, state: str) -> str:
    dialog = screen.panel.add_variant()
    assert isinstance(dialog, VariantDialog)
    dialog.audience.setText(audience)
    dialog.state.setText(state)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()
    assert dialog.variant_id is not None
    return dialog.variant_id


def test_a_draft_made_in_its_dialog_is_listed_and_shown(
    qtbot: QtBot, screen: DraftsScreen, group: str
) -> None:
    dialog = screen.new_draft()
    assert isinstance(dialog, DraftDialog)
    dialog.ok_button.click()
    assert dialog.isVisible()  # a title is needed
    assert dialog.problem_text("title")

    dialog.title.setText("The question")
    dialog.channel_boxes["sms"].setChecked(True)
    dialog.owner.setCurrentIndex(dialog.owner.findData(group))
    dialog.tags.setText("question, 2028")
    dialog.core.setPlainText(CORE)
    dialog.ok_button.click()
    assert not dialog.isVisible(), dialog.general_error.text()

    assert screen.list.count() == 1
    assert screen.list.item(0).text() == "The question"
    panel = screen.panel
    assert panel.record_id == dialog.draft_id
    assert panel.title.text() == "The question"
    assert "Red Oregon" in panel.details.text() and "Tags: 2028, question" in panel.details.text()
    assert panel.core_editor.text() == CORE
    assert set(panel.core_editor.counts.labels) == {"x", "sms"}
    assert panel.status_chip.text() == "Draft"


def test_typing_counts_against_x_and_turns_red_when_over(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str
) -> None:
    _shown(qtbot, screen, draft_id)
    editor = screen.panel.core_editor
    x = editor.counts.labels["x"]
    _type(editor, "a" * 143)
    assert x.text() == "Post on X 143 / 280" or x.text().endswith(" 143 / 280")
    assert RED not in x.styleSheet()

    _type(editor, "a" * 292)
    assert x.text().endswith("292 / 280 · +12 over")
    assert RED in x.styleSheet()
    assert editor.dirty and editor.save_button.isEnabled()


def test_each_save_is_a_revision_compared_word_by_word_and_restored_as_a_new_one(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str
) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    with screen.ctx.reading() as session:
        before = len(revisions(session, draft_id))

    _type(panel.core_editor, "Would you mind if California left?")
    panel.core_editor.note.setText("shorter")
    assert panel.save_core()
    _type(panel.core_editor, "Would you really care if California left?")
    assert panel.save_core()
    assert not panel.core_editor.dirty

    panel.tabs.setCurrentIndex(2)
    numbers = _revision_numbers(screen)
    assert len(numbers) == before + 2
    newest, previous = numbers[0], numbers[1]
    assert panel.revision_list.topLevelItem(1).text(3) == "shorter"

    panel.select_revisions(int(previous), int(newest))
    dialog = panel.compare_revisions()
    assert isinstance(dialog, DiffDialog)
    assert "<del" in dialog.left_html and ">mind</del>" in dialog.left_html
    assert "<ins" in dialog.right_html and ">really care</ins>" in dialog.right_html
    assert dialog.right.toPlainText() == "Would you really care if California left?"
    dialog.close()

    panel.select_revisions(int(previous))
    assert panel.restore_button.isEnabled()
    panel.restore_revision()
    assert len(_revision_numbers(screen)) == before + 3
    assert panel.revision_list.topLevelItem(0).text(3) == f"Restored revision {previous}"
    assert panel.core_editor.text() == "Would you mind if California left?"


def test_undo_after_a_save_puts_the_old_text_back_in_the_editor(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str
) -> None:
    _shown(qtbot, screen, draft_id)
    editor = screen.panel.core_editor
    _type(editor, "A new question")
    assert screen.panel.save_core()
    assert editor.text() == "A new question"

    screen.ctx.undo_stack.undo()
    assert editor.text() == CORE
    assert not editor.dirty
    screen.ctx.undo_stack.redo()
    assert editor.text() == "A new question"


def test_a_variant_shows_its_text_as_its_audience_reads_it(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str
) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    _add_variant(screen, "South Carolina", "SC")
    assert panel.current_variant() is not None
    assert panel.current_variant().audience == "South Carolina"

    _type(panel.variant_editor, "Would {state} really mind if California left?")
    assert panel.preview.toPlainText() == "Would South Carolina really mind if California left?"
    assert not panel.missing.isVisibleTo(panel)
    # Counted as read: the state's name, not the field.
    x = panel.variant_editor.counts.labels["x"]
    assert x.text().endswith(
        f" {len('Would South Carolina really mind if California left?')} / 280"
    )

    _type(panel.variant_editor, "See you on {next_call}, {nickname}!")
    assert panel.missing.isVisibleTo(panel)
    assert "{nickname}" in panel.missing.text()

    _type(panel.variant_editor, "Would {state} mind?")
    assert panel.save_variant()
    dialog = panel.compare_with_core()
    assert isinstance(dialog, DiffDialog)
    assert "<ins" in dialog.right_html


def test_an_edit_voids_a_sign_off_and_asks_again(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str, group: str
) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    _add_variant(screen, "Oregon", "OR")

    ask = panel.ask_sign_off()
    assert isinstance(ask, AskSignOffDialog)
    ask.choose(group)
    ask.ok_button.click()
    assert not ask.isVisible(), ask.general_error.text()
    assert panel.sign_offs.rowCount() == 1
    assert panel.sign_offs.item(0, 2).text() == "Pending"

    panel.select_sign_off("Red Oregon")
    answer = panel.record_answer()
    assert isinstance(answer, AnswerDialog)
    answer.choose(SignOffAnswer.APPROVED)
    answer.comment.setPlainText("Good for our page")
    answer.ok_button.click()
    assert not answer.isVisible(), answer.general_error.text()
    assert panel.variant_state.text() == "Approved"
    assert panel.sign_offs.item(0, 2).text() == "Approved"

    _type(panel.variant_editor, "Would {state} mind if California left?")
    assert panel.save_variant()

    assert panel.sign_offs.rowCount() == 2
    rows = [[panel.sign_offs.item(r, c) for c in range(5)] for r in range(2)]
    new, old = rows
    assert new[2].text() == "Pending" and not new[0].font().strikeOut()
    assert old[2].text() == "Approved" and old[0].font().strikeOut()
    assert old[4].text().startswith("voided by the edit of")
    assert panel.variant_state.text() == "In review"
    assert "In review" in panel.variant_list.currentItem().text()


def test_comments_and_replies_are_threaded(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.tabs.setCurrentIndex(3)
    panel.new_comment.setPlainText("Too long for an SMS")
    panel.add_comment_button.click()
    assert panel.new_comment.toPlainText() == ""
    tree = panel.comment_tree
    assert tree.topLevelItemCount() == 1
    top = tree.topLevelItem(0)
    assert top.text(0) == "Too long for an SMS"
    assert top.text(2)  # when

    tree.setCurrentItem(top)
    dialog = panel.reply()
    assert isinstance(dialog, CommentDialog)
    dialog.body.setPlainText("Cut after the question")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    top = tree.topLevelItem(0)
    assert tree.topLevelItemCount() == 1 and top.childCount() == 1
    assert top.child(0).text(0) == "Cut after the question"
    assert panel.tabs.tabText(3) == "Comments (2)"

    monkeypatch.setattr(panel, "confirm", lambda *_a: True)
    tree.setCurrentItem(top)
    panel.delete_comment()
    assert tree.topLevelItemCount() == 0


def test_a_variant_is_copied_as_markdown_and_the_pack_saved_as_pdf(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str, tmp_path: Path
) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    _add_variant(screen, "South Carolina", "SC")
    panel.copy_variant("markdown")
    with screen.ctx.reading() as session:
        expected = variant_as(session, panel.variant_id, "markdown")
    assert QGuiApplication.clipboard().text() == expected
    assert "South Carolina" in expected

    panel.copy_variant("html")
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasHtml() and mime.hasText()

    pdf = panel.export_pack("pdf", str(tmp_path / "pack.pdf"))
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")
    page = panel.export_pack("html", str(tmp_path / "pack.html"))
    assert page is not None and "<html" in page.read_text(encoding="utf-8").lower()


def test_leaving_typed_text_asks_first(
    qtbot: QtBot,
    screen: DraftsScreen,
    ctx: AppContext,
    draft_id: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with ctx.db.session() as session:
        other = create_draft(session, DraftInput(title="Another", channels=["x"])).id
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    _type(panel.core_editor, "Not saved yet")
    asked: list[str] = []

    def answer(_parent: object, what: str) -> editing.Answer:
        asked.append(what)
        return editing.Answer.CANCEL

    monkeypatch.setattr(editing, "ask_hook", answer)
    screen.open_record(other)
    qtbot.wait(10)
    assert asked == ["the core message of “The question”"]
    assert panel.record_id == draft_id and panel.core_editor.text() == "Not saved yet"

    monkeypatch.setattr(editing, "ask_hook", lambda _p, _w: editing.Answer.SAVE)
    screen.open_record(other)
    assert panel.record_id == other
    with ctx.reading() as session:
        assert get_draft(session, draft_id).core_text == "Not saved yet"


def test_the_status_moves_by_its_buttons(qtbot: QtBot, screen: DraftsScreen, draft_id: str) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    review = next(b for s, b in panel.move_buttons.items() if s.value == "in_review")
    assert review.isVisibleTo(panel)
    review.click()
    assert panel.status_chip.text() == "In review"
    assert "In review" in panel.status_chip.toolTip()
    screen.ctx.undo_stack.undo()
    assert panel.status_chip.text() == "Draft"


def test_search_as_you_type_and_the_status_filter(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str
) -> None:
    with ctx.db.session() as session:
        create_draft(
            session,
            DraftInput(title="Press release on the plebiscite", channels=["press_release"]),
        )
    screen.refresh()
    assert screen.list.count() == 2
    qtbot.keyClicks(screen.search, "plebisc")
    qtbot.waitUntil(lambda: screen.list.count() == 1)
    assert screen.list.item(0).text() == "Press release on the plebiscite"
    screen.search.clear()
    qtbot.waitUntil(lambda: screen.list.count() == 2)
    screen.status_filter.setCurrentIndex(screen.status_filter.findText("Approved"))
    assert screen.list.count() == 0


def test_a_draft_found_by_the_global_search_opens(
    qtbot: QtBot, ctx: AppContext, draft_id: str
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.open_record("draft", draft_id)
    screen = window.stack.currentWidget()
    assert isinstance(screen, DraftsScreen)
    assert screen.panel.record_id == draft_id
    assert screen.panel.title.text() == "The question"


def test_ctrl_s_saves_the_text_being_typed(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str
) -> None:
    _shown(qtbot, screen, draft_id)
    editor = screen.panel.core_editor
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    editor.edit.setFocus()
    _type(editor, "Saved from the keyboard")
    qtbot.keyClick(editor.edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.dirty
    with screen.ctx.reading() as session:
        assert get_draft(session, draft_id).core_text == "Saved from the keyboard"


def test_a_request_for_changes_needs_a_comment(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, group: str
) -> None:
    with ctx.db.session() as session:
        variant = add_variant(session, draft_id, "Oregon", state="OR")
        session.flush()
        request_sign_off(session, variant.id, group)
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.select_sign_off("Red Oregon")
    dialog = panel.record_answer()
    assert isinstance(dialog, AnswerDialog)
    dialog.choose(SignOffAnswer.CHANGES_REQUESTED)
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.problem_text("comment")
    dialog.comment.setPlainText("Say 'the interior', not 'Red Oregon'")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert panel.variant_state.text() == "Changes requested"
    assert panel.sign_offs.item(0, 3).text() == "Say 'the interior', not 'Red Oregon'"


def test_the_two_sides_of_a_comparison_scroll_together(qtbot: QtBot) -> None:
    old = "\n".join(f"Line {n} of the old text" for n in range(60))
    new = "\n".join(f"Line {n} of the new text" for n in range(60))
    dialog = DiffDialog(old, new, "Old", "New")
    qtbot.addWidget(dialog)
    dialog.show()
    left, right = dialog.left.verticalScrollBar(), dialog.right.verticalScrollBar()
    assert left.maximum() > 0
    left.setValue(left.maximum())
    assert right.value() == right.maximum()
    right.setValue(0)
    assert left.value() == 0


def test_a_deleted_draft_comes_back_with_undo(
    qtbot: QtBot, screen: DraftsScreen, draft_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _shown(qtbot, screen, draft_id)
    monkeypatch.setattr(screen, "confirm", lambda *_a: True)
    screen.delete_draft()
    assert screen.list.count() == 0
    assert screen.panel.record_id is None
    screen.ctx.undo_stack.undo()
    assert screen.list.count() == 1
    screen.open_record(draft_id)
    assert screen.panel.core_editor.text() == CORE


def test_history_shows_who_changed_the_draft_and_its_revisions(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str
) -> None:
    from coalition.store.changes import IDENTITY

    with ctx.db.session() as session:
        save_core_text(session, draft_id, CORE + " Say it in your own words.")
    _shown(qtbot, screen, draft_id)
    assert screen.panel.history_button.isVisibleTo(screen)
    dialog = screen.panel.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    tables = {entry.table for entry in dialog.entries}
    assert {"draft", "draft_revision"} <= tables
    assert all(entry.actor == IDENTITY.actor for entry in dialog.entries)
    dialog.close()


# --- typed work belongs to the record it was typed for --------------------------------------


class Asked:
    """Answers the Save / Discard / Cancel question as told, and keeps what was asked."""

    def __init__(self, answer: editing.Answer) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, _parent: object, what: str) -> editing.Answer:
        self.questions.append(what)
        return self.answer


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Asked:
    answer = Asked(editing.Answer.CANCEL)
    monkeypatch.setattr(editing, "ask_hook", answer)
    return answer


def _comments(ctx: AppContext, draft_id: str, variant_id: str | None = None) -> list[str]:
    with ctx.reading() as session:
        return [n.comment.body for n in comment_thread(session, draft_id, variant_id)]


def _other_draft(ctx: AppContext) -> str:
    with ctx.db.session() as session:
        return create_draft(session, DraftInput(title="Another", channels=["x"])).id


def test_a_comment_typed_under_one_draft_is_never_posted_on_another(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, asked: Asked
) -> None:
    other = _other_draft(ctx)
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.tabs.setCurrentIndex(3)
    qtbot.keyClicks(panel.new_comment, "Cut the second sentence")

    screen.open_record(other)  # Cancel: the draft and its comment stay
    qtbot.wait(10)
    assert len(asked.questions) == 1 and "comment" in asked.questions[0]
    assert "The question" in asked.questions[0]
    assert panel.record_id == draft_id
    assert screen.selected_id() == draft_id
    assert panel.new_comment.toPlainText() == "Cut the second sentence"

    asked.answer = editing.Answer.SAVE  # posted where it was typed, then the other shown
    screen.open_record(other)
    assert panel.record_id == other
    assert panel.new_comment.toPlainText() == ""
    qtbot.mouseClick(panel.add_comment_button, Qt.MouseButton.LeftButton)
    assert _comments(ctx, draft_id) == ["Cut the second sentence"]
    assert _comments(ctx, other) == []

    qtbot.keyClicks(panel.new_comment, "Not this one")
    asked.answer = editing.Answer.DISCARD
    screen.open_record(draft_id)
    assert panel.record_id == draft_id and panel.new_comment.toPlainText() == ""
    qtbot.mouseClick(panel.add_comment_button, Qt.MouseButton.LeftButton)
    assert _comments(ctx, draft_id) == ["Cut the second sentence"]
    assert _comments(ctx, other) == []


def test_the_screen_holds_a_typed_comment_for_the_window_to_ask_about(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, asked: Asked
) -> None:
    _shown(qtbot, screen, draft_id)
    assert isinstance(screen, editing.HoldsUnsaved)
    assert not screen.has_unsaved()
    screen.panel.tabs.setCurrentIndex(3)
    qtbot.keyClicks(screen.panel.new_comment, "Ask Red Oregon first")
    core = screen.panel.core_editor.edit
    core.moveCursor(core.textCursor().MoveOperation.End)
    qtbot.keyClicks(core, " Really?")
    assert screen.has_unsaved()
    assert screen.unsaved_label() == (
        "the core message of “The question” and the comment typed on “The question”"
    )

    assert not editing.may_leave(screen)  # Cancel: both stay typed
    assert screen.has_unsaved()
    asked.answer = editing.Answer.SAVE
    assert editing.may_leave(screen)
    assert not screen.has_unsaved()
    assert _comments(ctx, draft_id) == ["Ask Red Oregon first"]
    with ctx.reading() as session:
        assert get_draft(session, draft_id).core_text.endswith(" Really?")


def test_choosing_another_thread_asks_about_the_comment_typed_for_the_last_one(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, asked: Asked
) -> None:
    with ctx.db.session() as session:
        oregon = add_variant(session, draft_id, "Oregon", state="OR").id
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.tabs.setCurrentIndex(3)
    qtbot.keyClicks(panel.new_comment, "On the core, please")
    target = panel.comment_target
    target.setCurrentIndex(target.findData(oregon))  # Cancel: back on the core thread
    assert target.currentData() == ""
    assert panel.new_comment.toPlainText() == "On the core, please"

    asked.answer = editing.Answer.SAVE
    target.setCurrentIndex(target.findData(oregon))
    assert target.currentData() == oregon
    qtbot.mouseClick(panel.add_comment_button, Qt.MouseButton.LeftButton)
    assert _comments(ctx, draft_id) == ["On the core, please"]
    assert _comments(ctx, draft_id, oregon) == []


def test_choosing_another_variant_saves_the_typed_one_and_shows_the_one_chosen(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, asked: Asked
) -> None:
    with ctx.db.session() as session:
        oregon = add_variant(session, draft_id, "Oregon", state="OR").id
        illinois = add_variant(session, draft_id, "Illinois", state="IL").id
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.tabs.setCurrentIndex(1)
    panel.select_variant(oregon)
    qtbot.keyClicks(panel.variant_editor.edit, "Oregon: ")

    panel.select_variant(illinois)  # Cancel: Oregon stays, typed
    qtbot.wait(10)
    assert asked.questions == ["the variant for Oregon"]
    assert panel.variant_id == oregon and panel.audience.text() == "Oregon"
    assert panel.variant_list.currentItem().data(Qt.ItemDataRole.UserRole) == oregon
    assert panel.variant_editor.text().startswith("Oregon: ")

    asked.answer = editing.Answer.SAVE
    panel.select_variant(illinois)
    assert panel.variant_id == illinois and panel.audience.text() == "Illinois"
    assert panel.variant_list.currentItem().data(Qt.ItemDataRole.UserRole) == illinois
    assert not panel.variant_editor.text().startswith("Oregon: ")
    with ctx.reading() as session:
        assert get_variant(session, oregon).text.startswith("Oregon: ")
        assert not get_variant(session, illinois).text.startswith("Oregon: ")


# --- sign-offs ----------------------------------------------------------------------------


@pytest.fixture
def asked_oregon(ctx: AppContext, draft_id: str, group: str) -> str:
    """A variant for Oregon whose group is asked to sign it off (the variant's id)."""
    with ctx.db.session() as session:
        variant = add_variant(session, draft_id, "Oregon", state="OR")
        session.flush()
        request_sign_off(session, variant.id, group)
        return variant.id


def test_an_answer_over_unsaved_edits_saves_them_first_and_covers_the_saved_text(
    qtbot: QtBot,
    screen: DraftsScreen,
    ctx: AppContext,
    draft_id: str,
    asked_oregon: str,
    asked: Asked,
) -> None:
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.tabs.setCurrentIndex(1)
    edit = panel.variant_editor.edit
    edit.moveCursor(edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(edit, " Oregon too?")
    typed = panel.variant_editor.text()
    panel.select_sign_off("Red Oregon")

    assert panel.record_answer() is None  # Cancel: no answer, the edit still typed
    assert asked.questions == ["the variant for Oregon"]
    assert panel.variant_editor.dirty

    asked.answer = editing.Answer.SAVE
    panel.select_sign_off("Red Oregon")
    dialog = panel.record_answer()
    assert isinstance(dialog, AnswerDialog)
    assert dialog.text.toPlainText() == typed  # what the group is shown: the saved text
    assert dialog.by.text() == "Test Organizer"  # the profile's, never typed in
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.general_error.text()

    with ctx.reading() as session:
        active = active_sign_offs(session, asked_oregon)
        assert [(s.answer, s.answered_by) for s in active] == [
            (SignOffAnswer.APPROVED, "Test Organizer")
        ]
        assert active[0].revision.text == typed == get_variant(session, asked_oregon).text
    assert panel.variant_state.text() == "Approved"
    assert not panel.variant_editor.dirty


def test_approving_a_variant_too_long_for_a_channel_asks_first(
    qtbot: QtBot,
    screen: DraftsScreen,
    ctx: AppContext,
    draft_id: str,
    asked_oregon: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with ctx.db.session() as session:
        save_variant_text(session, asked_oregon, "a" * 300)
    _shown(qtbot, screen, draft_id)
    panel = screen.panel
    panel.select_sign_off("Red Oregon")
    dialog = panel.record_answer()
    assert isinstance(dialog, AnswerDialog)
    warned: list[tuple[str, str]] = []

    def refuse(question: str, detail: str) -> bool:
        warned.append((question, detail))
        return False

    monkeypatch.setattr(dialog, "confirm_over_limit", refuse)
    assert dialog.by.text() == "Test Organizer"  # the profile's, never typed in
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    [(question, detail)] = warned
    assert "Post on X" in question and "Oregon" in question
    assert "280" in detail and "300" in detail and "SMS" in detail and "160" in detail
    with ctx.reading() as session:
        assert variant_state(session, asked_oregon) == VariantState.WAITING

    monkeypatch.setattr(dialog, "confirm_over_limit", lambda _q, _d: True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with ctx.reading() as session:
        assert variant_state(session, asked_oregon) == VariantState.APPROVED

    # Asking for changes is no approval: nothing to warn about.
    with ctx.db.session() as session:
        save_variant_text(session, asked_oregon, "b" * 300)
    panel.reload()
    panel.select_sign_off("Red Oregon")
    dialog = panel.record_answer()
    assert isinstance(dialog, AnswerDialog)
    monkeypatch.setattr(dialog, "confirm_over_limit", refuse)
    dialog.choose(SignOffAnswer.CHANGES_REQUESTED)
    qtbot.keyClicks(dialog.comment, "Too long for X")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and len(warned) == 1


# --- dialogs ask before Escape throws typed input away ----------------------------------------


def _open_dialog(kind: str, screen: DraftsScreen, ctx: AppContext, draft_id: str):  # type: ignore[no-untyped-def]  # a different dialog class and field per kind
    """The dialog of ``kind`` and the field to type into."""
    panel = screen.panel
    if kind == "draft":
        dialog = screen.new_draft()
        return dialog, dialog.title
    if kind == "variant":
        dialog = panel.add_variant()
        return dialog, dialog.audience
    if kind == "ask":
        dialog = panel.ask_sign_off()
        return dialog, dialog.group.lineEdit()
    if kind == "answer":
        panel.select_sign_off("Red Oregon")
        dialog = panel.record_answer()
        return dialog, dialog.comment
    with ctx.db.session() as session:
        add_comment(session, draft_id, "Too long for an SMS")
    panel.tabs.setCurrentIndex(3)
    panel.comment_tree.setCurrentItem(panel.comment_tree.topLevelItem(0))
    dialog = panel.reply()
    return dialog, dialog.body


@pytest.mark.parametrize("kind", ["draft", "variant", "ask", "answer", "comment"])
def test_escape_in_a_dialog_asks_before_losing_what_was_typed(
    qtbot: QtBot,
    screen: DraftsScreen,
    ctx: AppContext,
    draft_id: str,
    asked_oregon: str,
    asked: Asked,
    kind: str,
) -> None:
    _shown(qtbot, screen, draft_id)
    dialog, field = _open_dialog(kind, screen, ctx, draft_id)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed yet: closes, asking nothing
    assert not dialog.isVisible() and asked.questions == []

    dialog, field = _open_dialog(kind, screen, ctx, draft_id)
    qtbot.keyClicks(field, "Typed with care")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked.questions) == 1
    assert dialog.isVisible()  # Cancel: still there, still typed
    asked.answer = editing.Answer.DISCARD
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# --- pickers --------------------------------------------------------------------------------


def test_the_group_picker_starts_empty_and_down_does_not_choose(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, group: str
) -> None:
    _shown(qtbot, screen, draft_id)
    dialog = screen.panel.add_variant()
    assert isinstance(dialog, VariantDialog)
    picker = dialog.group
    assert picker.currentIndex() == -1 and picker.currentText() == ""
    assert picker.lineEdit().placeholderText().startswith("Choose a group…")
    picker.setFocus()
    qtbot.keyClick(picker, Qt.Key.Key_Down)
    assert picker.currentIndex() == -1 and picker.currentText() == ""
    picker.hidePopup()
    qtbot.keyClicks(dialog.audience, "Oregon")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.general_error.text()
    with ctx.reading() as session:
        assert get_variant(session, dialog.variant_id).organization_id is None


def test_groups_with_the_same_name_are_told_apart_when_asking_for_sign_off(
    qtbot: QtBot, screen: DraftsScreen, ctx: AppContext, draft_id: str, group: str
) -> None:
    with ctx.db.session() as session:
        other = directory.create_organization(
            session, OrganizationInput(name="Red Oregon", home_state="WA")
        ).id
        add_variant(session, draft_id, "Oregon", state="OR")
    _shown(qtbot, screen, draft_id)
    dialog = screen.panel.ask_sign_off()
    assert isinstance(dialog, AskSignOffDialog)
    labels = [dialog.group.itemText(n) for n in range(dialog.group.count())]
    assert len(labels) == 2 and len(set(labels)) == 2
    assert all(label.startswith("Red Oregon (") for label in labels)

    qtbot.keyClicks(dialog.group.lineEdit(), "Red Oregon")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "2 groups are called “Red Oregon”" in dialog.problem_text("organization_id")

    washington = next(label for label in labels if "Washington" in label)
    dialog.group.lineEdit().clear()
    qtbot.keyClicks(dialog.group.lineEdit(), washington)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible(), dialog.problem_text("organization_id")
    variant = screen.panel.current_variant()
    assert variant is not None
    with ctx.reading() as session:
        asked_groups = [s.organization_id for s in active_sign_offs(session, variant.id)]
    assert asked_groups == [other]


# --- the screen fits a laptop -------------------------------------------------------------


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_the_drafts_screen_fits_a_1280_pixel_screen(
    qtbot: QtBot, sample_ctx: AppContext, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    larger = QFont(font)
    larger.setPointSizeF(font.pointSizeF() * scale)
    app.setFont(larger)
    try:
        window = MainWindow(sample_ctx)
        qtbot.addWidget(window)
        screen = window.show_area("drafts")
        assert isinstance(screen, DraftsScreen)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        assert screen.panel.record_id is not None
        room = 1280 - window.sidebar.minimumWidth()
        for tab in range(screen.panel.tabs.count()):
            screen.panel.tabs.setCurrentIndex(tab)
            assert screen.minimumSizeHint().width() <= room, tab
            assert window.minimumSizeHint().width() <= 1280, tab
            assert window.minimumSizeHint().height() <= 720, tab
        assert window.width() == 1280
    finally:
        app.setFont(font)
