"""The goals area's screen: the dashboard, the app's home.

:mod:`~coalition.ui.goals.screen` is the dashboard itself; :mod:`~coalition.ui.goals.cards`
a goal's card and the framed sections of its side column; :mod:`~coalition.ui.goals.dialogs`
editing a goal and its recorded values; :mod:`~coalition.ui.goals.charts` a goal's chart
(also drawn in the board report) and saving a view as a picture.
"""
