"""The goals area's screens: the dashboard, the app's home, and the State map.

:mod:`~coalition.ui.goals.screen` is the dashboard itself; :mod:`~coalition.ui.goals.cards`
a goal's card and the framed sections of its side column; :mod:`~coalition.ui.goals.dialogs`
editing a goal and its recorded values; :mod:`~coalition.ui.goals.charts` a goal's chart
(also drawn in the board report) and saving a view as a picture.
:mod:`~coalition.ui.goals.statescreen` and :mod:`~coalition.ui.goals.statemap` are the
State map screen and its tile map; :mod:`~coalition.ui.goals.graph` the coalition graph;
:mod:`~coalition.ui.goals.report_pdf` the board report as a PDF.
"""
