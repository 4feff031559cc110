"""The app quits cleanly after putting rich text on the clipboard.

PySide6 6.11 crashes at exit when a QMimeData made in Python is still on the clipboard;
a draft copied as HTML must not turn quitting into a segmentation fault.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from coalition.ui.drafts import copy_rich_text

app = QApplication(sys.argv)
copy_rich_text("<p><b>Would you</b> really mind?</p>")
mime = QApplication.clipboard().mimeData()
print(mime.hasHtml(), mime.text())
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def test_quitting_after_copying_html_is_clean() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True Would you really mind?"
