"""The frame of the application: the owner of the windows (:mod:`.app`), the main window,
the welcome page, the search dialog, and where an undo or redo shows its record."""
