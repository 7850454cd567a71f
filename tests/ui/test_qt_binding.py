"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 on Python 3.11).

Such a binding aborts the app after a few thousand calls ("deallocating None").
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def test_void_qt_calls_do_not_leak_none(qapp):
    timer = QTimer()
    before = sys.getrefcount(None)
    for _ in range(2000):
        timer.setInterval(5)
    assert before - sys.getrefcount(None) < 50
