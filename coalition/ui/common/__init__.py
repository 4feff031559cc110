"""Widgets and helpers every screen uses: the unsaved-work gate (:mod:`.editing`), list
screens and their models, formatting with QLocale, file dialogs, fitting small screens."""
