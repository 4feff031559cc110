"""Dates, numbers and paper as the person's locale writes them, not the C library's."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coalition.ui.common.context import AppContext
from coalition.ui.endorsements.campaigns import CampaignsScreen

US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
SPAIN = QLocale(QLocale.Language.Spanish, QLocale.Country.Spain)


def _cells(screen: CampaignsScreen, key: str) -> list[tuple[object, str]]:
    """(stored value, text shown) of a column, for the rows that have a value."""
    column = next(i for i, c in enumerate(screen.spec.columns) if c.key == key)
    found = []
    for row in range(screen.model.rowCount()):
        stored = screen.model.row_values(row)[column + 1]  # type: ignore[index]  # the row exists: it is below rowCount()
        if stored not in (None, ""):
            found.append(
                (stored, screen.model.index(row, column).data(Qt.ItemDataRole.DisplayRole))
            )
    return found


@pytest.mark.parametrize(
    ("locale", "day_shape", "thousands"),
    [(US, "{m}/{d}/{y}", ","), (SPAIN, "{d}/{m}/{y}", ".")],
    ids=["en_US", "es_ES"],
)
def test_the_campaign_list_writes_vote_dates_and_goals_as_the_locale_does(
    sample_ctx: AppContext, qtbot: QtBot, locale: QLocale, day_shape: str, thousands: str
) -> None:
    QLocale.setDefault(locale)
    screen = CampaignsScreen(sample_ctx)
    qtbot.addWidget(screen)
    votes = _cells(screen, "vote_date")
    goals = _cells(screen, "signature_goal")
    assert votes and goals
    for stored, shown in votes:
        day = dt.date.fromisoformat(str(stored))
        assert shown == day_shape.format(m=day.month, d=day.day, y=day.year)
    for stored, shown in goals:
        assert shown == f"{stored:,}".replace(",", thousands)  # 546,651 / 546.651


def _media_box(pdf: Path) -> tuple[float, float]:
    """The first page's width and height in points, as the PDF declares them."""
    match = re.search(rb"/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]", pdf.read_bytes())
    assert match, "no page size in the PDF"
    return float(match.group(1)), float(match.group(2))


@pytest.mark.parametrize(
    ("locale", "long_side", "short_side"),
    [(US, 792, 612), (SPAIN, 842, 595)],  # Letter: 11 × 8.5 in; A4: 297 × 210 mm
    ids=["Letter in the US", "A4 in Spain"],
)
def test_the_board_report_is_printed_on_the_locales_paper(
    sample_ctx: AppContext, tmp_path: Path, locale: QLocale, long_side: int, short_side: int
) -> None:
    from coalition.ui.goals.report_pdf import write_report

    QLocale.setDefault(locale)
    target = tmp_path / "report.pdf"
    write_report(sample_ctx.db, target, now=dt.datetime(2026, 12, 8, 18, 0, tzinfo=dt.UTC))
    width, height = _media_box(target)
    assert (round(width), round(height)) == (long_side, short_side)  # landscape


@pytest.mark.parametrize(
    ("locale", "size"),
    [(US, (612, 792)), (SPAIN, (595, 842))],
    ids=["Letter in the US", "A4 in Spain"],
)
def test_an_agenda_as_pdf_is_on_the_locales_paper(
    qapp: QApplication, tmp_path: Path, locale: QLocale, size: tuple[int, int]
) -> None:
    from coalition.ui.common.documents import write_pdf

    QLocale.setDefault(locale)
    target = tmp_path / "agenda.pdf"
    write_pdf("# Coalition call\n\n1. Welcome\n2. The plebiscite", target, "Agenda")
    width, height = _media_box(target)
    assert (round(width), round(height)) == size


def test_the_report_dates_its_title_in_the_locales_words(
    sample_ctx: AppContext, tmp_path: Path
) -> None:
    QLocale.setDefault(SPAIN)
    from coalition.ui.goals.report_pdf import write_report

    target = tmp_path / "informe.pdf"
    write_report(sample_ctx.db, target, now=dt.datetime(2026, 12, 8, 18, 0, tzinfo=dt.UTC))
    data = target.read_bytes()
    title = "8 de diciembre de 2026".encode("utf-16-be")
    assert title in data or b"8 de diciembre de 2026" in data


def test_follower_counts_are_shown_and_read_back_in_the_locales_digits(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    from coalition.directory import records as directory
    from coalition.ui.directory.organizations import OrganizationsScreen

    QLocale.setDefault(SPAIN)
    with sample_ctx.reading() as session:
        org_id = directory.find_organization_by_name(session, "Cal Con Con").id  # type: ignore[union-attr]  # the sample coalition has this organization
    screen = OrganizationsScreen(sample_ctx)
    qtbot.addWidget(screen)
    screen.open_record(org_id)
    table = screen.editor.pages.table
    assert table.item(0, 2).text() == "2300"  # Spain groups no four-digit number

    table.item(0, 2).setText("12.345")  # 12,345 followers, as Spain writes it
    assert screen.editor.save()
    with sample_ctx.reading() as session:
        stored = directory.organization_input(directory.get_organization(session, org_id))
    assert stored.social_pages[0].followers == 12345
    assert table.item(0, 2).text() == "12.345"


def test_the_dashboard_says_the_day_of_the_call_in_the_locales_words(
    qtbot: QtBot, sample_ctx: AppContext
) -> None:
    from coalition.ui.goals.screen import DashboardScreen

    QLocale.setDefault(SPAIN)
    screen = DashboardScreen(sample_ctx)
    qtbot.addWidget(screen)
    said = screen.call_when.text()
    assert re.search(r" · (lun|mar|mié|jue|vie|sáb|dom) \d{1,2} \w+, \d{1,2}:\d\d ", said), said
    assert "Tue" not in said and "Dec" not in said


def test_names_a_screen_sorts_itself_follow_the_locales_alphabet(qapp: QApplication) -> None:
    """Accents after the bare letter, lower case before upper; and in Spanish ñ is a letter
    of its own after n (Nunz before Nuñez), where English reads it as an n with a tilde."""
    from coalition.ui.common.formatting import name_key

    names = ["Núñez", "Nuo", "nuñez", "Nunez", "Nunz", "Nuñez", "Ángela", "Angela", "Müller"]
    assert sorted(names, key=name_key()) == [
        "Angela", "Ángela", "Müller", "Nunez", "nuñez", "Nuñez", "Núñez", "Nunz", "Nuo",
    ]  # fmt: skip
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates))
    assert sorted(names, key=name_key()) == [
        "Angela", "Ángela", "Müller", "Nunez", "Nunz", "nuñez", "Nuñez", "Núñez", "Nuo",
    ]  # fmt: skip
