"""The PySide6 desktop interface: it reads through services and writes through them only."""
