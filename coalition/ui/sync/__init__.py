"""Sharing through the coalition server and bundle files, in the window.  Import from the
module that holds what you need:

- :mod:`~coalition.ui.sync.start`: puts the sync into a main window once it has painted.
- :mod:`~coalition.ui.sync.controller`: the Sync menu, the status label, the automatic sync.
- :mod:`~coalition.ui.sync.server_dialog`: Settings → Coalition server, and the password.
- :mod:`~coalition.ui.sync.conflicts`: Sync → Conflicts…, to review and decide again.
- :mod:`~coalition.ui.sync.bundles`: Sync → Export changes… and Import changes….
- :mod:`~coalition.ui.sync.common`: labels, the worker thread and words they all share.
"""
