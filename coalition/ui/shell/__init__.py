"""The frame of the application: the QApplication owner (:mod:`.app`), the main window,
the context every screen shares, the welcome page, search, history and undo placement."""
