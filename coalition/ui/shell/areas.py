"""The areas of the main window, in the sidebar's order: each one's title and tip (marked
for translation in the window's context, translated where they are shown) and the
screen that shows it, imported the first time it is asked for."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP


class Area(NamedTuple):
    key: str
    title: str
    factory: str  # "module:Class", imported when first shown
    tip: str


AREAS = (
    Area(
        "dashboard",
        str(QT_TRANSLATE_NOOP("MainWindow", "Dashboard")),
        "coalition.ui.goals.screen:DashboardScreen",
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Goals, growth, this week's call, what is overdue and waiting"
            )
        ),
    ),
    Area(
        "organizations",
        str(QT_TRANSLATE_NOOP("MainWindow", "Organizations")),
        "coalition.ui.directory.organizations:OrganizationsScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "Allied groups, their chapters, pages and members")),
    ),
    Area(
        "people",
        str(QT_TRANSLATE_NOOP("MainWindow", "People")),
        "coalition.ui.directory.people:PeopleScreen",
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Everyone in the coalition, their addresses and memberships"
            )
        ),
    ),
    Area(
        "campaigns",
        str(QT_TRANSLATE_NOOP("MainWindow", "Campaigns & Endorsements")),
        "coalition.ui.endorsements.campaigns:CampaignsScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "What can be endorsed, and who endorsed it")),
    ),
    Area(
        "matrix",
        str(QT_TRANSLATE_NOOP("MainWindow", "Endorsement matrix")),
        "coalition.ui.endorsements.matrix:MatrixScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "Endorsers down, campaigns across")),
    ),
    Area(
        "states",
        str(QT_TRANSLATE_NOOP("MainWindow", "State map")),
        "coalition.ui.goals.statescreen:StatesScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "Where the coalition has representatives and pages")),
    ),
    Area(
        "calls",
        str(QT_TRANSLATE_NOOP("MainWindow", "Calls")),
        "coalition.ui.calls:CallsScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "The weekly call: agendas, minutes, attendance")),
    ),
    Area(
        "actions",
        str(QT_TRANSLATE_NOOP("MainWindow", "Action items")),
        "coalition.ui.calls.actions:ActionItemsScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "Who owes what, across calls")),
    ),
    Area(
        "drafts",
        str(QT_TRANSLATE_NOOP("MainWindow", "Drafts")),
        "coalition.ui.drafts:DraftsScreen",
        str(QT_TRANSLATE_NOOP("MainWindow", "Shared messages, a variant per audience, sign-offs")),
    ),
    Area(
        "decisions",
        str(QT_TRANSLATE_NOOP("MainWindow", "Decisions")),
        "coalition.ui.decisions:DecisionsScreen",
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow",
                "Proposals put to the member organizations, one ballot each, and their outcomes",
            )
        ),
    ),
    Area(
        "events",
        str(QT_TRANSLATE_NOOP("MainWindow", "Events")),
        "coalition.ui.events.screen:EventsScreen",
        str(
            QT_TRANSLATE_NOOP(
                "MainWindow", "Fairs, conventions and campus tables: shifts, check-ins, sign-ups"
            )
        ),
    ),
)
