"""Coalition: the directory, endorsements, calls and shared messaging of a coalition of allies."""

__version__ = "0.1.0"
APP_NAME = "Coalition"
# The application's id, reverse-DNS, the same everywhere: the desktop entry and the AppStream
# file are named by it, the data folder and Qt's settings are kept under it, and the window
# manager matches the window to its desktop entry by it.  An open-source project without a
# domain of its own takes the one its code host gives it (coalitionapp.github.io), as Flathub
# asks; a name never changes once people have data under it.
APP_ID = "io.github.coalitionapp.Coalition"
# The domain APP_ID reverses: Qt names the settings on macOS by it (APP_ID.plist).
ORGANIZATION_DOMAIN = "coalitionapp.github.io"
# The project's licence, as pyproject.toml declares it (SPDX).
LICENSE = "GPL-3.0-or-later"
