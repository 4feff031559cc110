"""A group's list of who consented, written from the Events area: only the people who
ticked that group's box, each with the words they agreed to, and never a formula."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coalition.events.signups import SignUpInput, record_signup
from coalition.store.models import Consent, Event, Organization, Person
from coalition.ui.common.context import AppContext
from coalition.ui.events import consent_export
from coalition.ui.events.screen import EventsScreen


def test_the_export_holds_only_those_who_said_yes_to_the_group_chosen(
    qtbot: QtBot, sample_ctx: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = sample_ctx
    with ctx.reading() as session:
        event = session.scalars(select(Event).order_by(Event.starts_at)).first()
        assert event is not None and event.hosts
        group_id = event.hosts[0].organization_id
        group = session.get(Organization, group_id)
        assert group is not None
        group_name, event_id = group.name, event.id
    # Someone types a formula as their name at the table, and says yes to the group.
    ctx.run(
        record_signup,
        event_id,
        SignUpInput(
            name='=HYPERLINK("http://evil.example","Click")',
            email="trick@example.org",
            postal_code="93721",
            consents={group_id: f"I agree that {group_name} may contact me about its work."},
        ),
    )
    with ctx.reading() as session:
        consented = {
            p.name
            for p in session.scalars(
                select(Person)
                .join(Consent, Consent.person_id == Person.id)
                .where(Consent.organization_id == group_id, Consent.withdrawn_at.is_(None))
            )
        }
        everyone = set(session.scalars(select(Person.name)))
    assert len(everyone - consented) > 0  # the sample has people who did not consent

    offered: list[str] = []

    def choose(_parent: Any, _title: str, _label: str, items: list[str], *_: Any) -> Any:
        offered.extend(items)
        return next(i for i in items if i.startswith(group_name + " (")), True

    target = tmp_path / "consented"
    said: list[str] = []
    monkeypatch.setattr(consent_export.QInputDialog, "getItem", choose)
    monkeypatch.setattr(consent_export.filedialogs, "save_file", lambda *a: str(target))
    monkeypatch.setattr(
        consent_export.QMessageBox, "information", lambda _p, _t, text: said.append(text)
    )

    screen = EventsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 768)
    screen.show()
    qtbot.waitExposed(screen)
    qtbot.mouseClick(screen.consent_button, Qt.MouseButton.LeftButton)

    written = target.with_suffix(".csv")
    rows = list(csv.DictReader(written.read_text(encoding="utf-8").splitlines()))
    names = {r["name"] for r in rows}
    # Only the group's own yeses, the formula made harmless text.
    assert names == {("'" + n if n.startswith("=") else n) for n in consented}
    assert '\'=HYPERLINK("http://evil.example","Click")' in names
    assert all(r["consent_wording"] and r["consent_date"] for r in rows)
    assert f"{len(rows)} people" in said[0] and "not encrypted" in said[0]
    assert any(i.startswith(group_name) for i in offered)
    assert written.stat().st_mode & 0o077 == 0  # private, like the database
