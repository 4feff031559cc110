"""The person picker of the dialogs: every person of the directory, found by any part of a name."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from coalition.directory import records as directory
from coalition.ui.common.context import AppContext
from coalition.ui.common.pickers import PersonPicker


def _people(ctx: AppContext) -> dict[str, str]:
    made = {}
    with ctx.db.session() as s:
        for key, name in (
            ("ana", "Ana Reyes"),
            ("ana2", "Ana Reyes"),
            ("ben", "Ben Olsen"),
            ("cy", "Cy Park"),
        ):
            made[key] = directory.create_person(s, directory.PersonInput(name=name)).id
    return made


def test_namesakes_stay_apart_and_each_is_found_by_its_id(ctx: AppContext, qtbot: QtBot) -> None:
    people = _people(ctx)
    picker = PersonPicker()
    qtbot.addWidget(picker)
    with ctx.reading() as s:
        picker.set_choices(directory.person_choices(s), people["ana2"])
    assert picker.currentText() == "Ana Reyes"
    assert picker.person_id() == people["ana2"] and picker.currentData() == people["ana2"]
    picker.set_person(people["ana"])
    assert picker.person_id() == people["ana"]
    assert (
        picker.findData(people["cy"]) >= 0
        and picker.itemData(picker.findData(people["cy"])) == people["cy"]
    )


def test_a_typed_name_is_trusted_only_when_it_names_someone(ctx: AppContext, qtbot: QtBot) -> None:
    people = _people(ctx)
    picker = PersonPicker()
    qtbot.addWidget(picker)
    with ctx.reading() as s:
        picker.set_choices(directory.person_choices(s))
    assert picker.currentText() == "" and picker.person_id() is None and picker.problem() == ""
    picker.setEditText("cy park")
    assert picker.person_id() == people["cy"] and picker.problem() == ""
    picker.setEditText("Nobody We Know")
    assert picker.person_id() is None
    assert picker.problem() == "no one called “Nobody We Know” is in the directory"


def test_any_part_of_a_name_offers_the_people_who_have_it(ctx: AppContext, qtbot: QtBot) -> None:
    _people(ctx)
    picker = PersonPicker()
    qtbot.addWidget(picker)
    with ctx.reading() as s:
        picker.set_choices(directory.person_choices(s))
    completer = picker.completer()
    completer.setCompletionPrefix("reye")
    offered = [
        completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())
    ]
    assert offered == ["Ana Reyes", "Ana Reyes"]
    completer.setCompletionPrefix("OLS")
    assert completer.currentCompletion() == "Ben Olsen"
